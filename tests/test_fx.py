"""Exchange rates: the shipped table, user overrides, and conversion through pint."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

import checker
from checker.cli import main
from checker.fx import FxError, load_rates, shipped_rates

TEXT = "2025-01-10\n\nIn 2024, Kazakhstan's exports to China amounted to KZT 450 billion (about $1.5 billion).\n"


def test_shipped_table_covers_the_region_with_named_sources():
    rates = shipped_rates()
    for currency in ("KZT", "KGS", "UZS", "TJS", "AMD", "BYN", "AZN", "GEL", "RUB", "EUR", "GBP", "JPY", "CNY", "TRY"):
        years = set(rates.loc[rates["currency"] == currency, "year"])
        assert set(range(2015, 2025)) <= years, currency
    for currency in ("KZT", "UZS", "TJS", "AMD", "BYN", "AZN", "GEL", "RUB", "EUR", "CNY"):  # 2025 where the sources publish it
        assert 2025 in set(rates.loc[rates["currency"] == currency, "year"]), currency
    assert set(rates["source"].str.split().str[0]) == {"ECB", "World", "Bank", "Central"}  # ECB, World Bank WDI, Bank of Russia, CB of Turkmenistan
    eur = rates[(rates["currency"] == "EUR") & (rates["year"] == 2024)]["per_usd"].item()
    assert 0.85 < eur < 1.0  # euros per dollar


def test_value_usd_is_filled_through_the_rate_of_the_period():
    table = checker.extract("In 2023, exports reached KZT 456.165 billion.", doc_date=dt.date(2024, 5, 1))
    assert table.loc[0, "value_usd"] == pytest.approx(1e9)  # 456.165 tenge per US dollar in 2023


@pytest.mark.parametrize(
    ("text", "currency", "usd"),
    [
        # ECB annual means of daily cross rates: CAD 1.3696, INR 82.59, PLN 3.9791 per US dollar.
        ("In 2024, exports reached C$1.3698 billion.", "CAD", 1e9),
        ("In 2023, exports reached ₹82.6 billion.", "INR", 1e9),
        ("In 2024, exports reached PLN 3.98bn.", "PLN", 1e9),
    ],
)
def test_every_currency_the_ecb_fixes_converts(text, currency, usd):
    table = checker.extract(text, doc_date=dt.date(2025, 2, 1))
    assert table.loc[0, "currency"] == currency
    assert table.loc[0, "value_usd"] == pytest.approx(usd, rel=2e-3)


def test_lari_converts_at_the_world_bank_average():
    # 2023: 2.628 lari per US dollar (World Bank PA.NUS.FCRF).
    table = checker.extract("In 2023, Georgia's exports to Armenia reached 262.8 million lari.", doc_date=dt.date(2024, 2, 1))
    assert table.loc[0, "currency"] == "GEL"
    assert table.loc[0, "value_usd"] == pytest.approx(100e6, rel=1e-3)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In 2019, Turkmenistan's exports to Uzbekistan reached 350 million Turkmen manats.", "en"),
        ("В 2019 году экспорт Туркменистана в Узбекистан составил 350 млн туркменских манатов.", "ru"),
    ],
)
def test_pegged_manat_converts_at_the_official_rate(text, language):
    table = checker.extract(text, doc_date=dt.date(2020, 2, 1), language=language)
    assert table.loc[0, "currency"] == "TMT"
    assert table.loc[0, "value_usd"] == pytest.approx(100e6)


@pytest.mark.parametrize(
    ("text", "language", "currency"),
    [
        ("In 2019, Georgia's exports to Armenia reached 35 million lari.", "en", "GEL"),
        ("В 2019 году экспорт Грузии в Армению составил 35 млн лари.", "ru", "GEL"),
        ("In 2019, exports reached 340 million Azerbaijani manats.", "en", "AZN"),
        ("В 2019 году экспорт достиг 340 млн азербайджанских манатов.", "ru", "AZN"),
    ],
)
def test_regional_currency_names(text, language, currency):
    assert checker.extract(text, doc_date=dt.date(2020, 2, 1), language=language).loc[0, "currency"] == currency


def test_bare_manat_is_not_guessed():
    # Azerbaijan and Turkmenistan both call their currency the manat: with neither named, no figure (the
    # other figures keep their ids); with one named, its manat (test_amounts).
    table = checker.extract("In 2019, exports reached 340 million manats and $5 million.", doc_date=dt.date(2020, 2, 1))
    assert list(table["surface"]) == ["$5 million"] and list(table["id"]) == ["f1"]


def test_figure_without_a_rate_has_no_usd_value():
    table = checker.extract("In 2010, exports reached KZT 450 billion.", doc_date=dt.date(2011, 5, 1))
    assert table["value_usd"].isna().all()


def test_user_rates_override_shipped_ones(tmp_path):
    user = tmp_path / "rates.csv"
    user.write_text("currency,year,per_usd,source\nKZT,2024,300,our treasury desk\nTMT,2024,3.5,central bank of Turkmenistan\n")
    rates = load_rates(str(user))
    assert rates.set_index(["currency", "year"]).loc[("KZT", 2024), "per_usd"] == 300
    assert ("TMT", 2024) in set(zip(rates["currency"], rates["year"], strict=True))
    doc = tmp_path / "doc.txt"
    doc.write_text(TEXT)
    assert CliRunner().invoke(main, ["check", str(doc), "--fail-on", "warning"]).exit_code == 1  # 959 million vs 1.5 billion
    assert CliRunner().invoke(main, ["check", str(doc), "--fail-on", "warning", "--fx", str(user)]).exit_code == 0  # at 300: 1.5 billion


def test_bad_rate_file_names_row_and_column(tmp_path):
    user = tmp_path / "rates.csv"
    user.write_text("currency,year,per_usd\nKZT,2024,-3\n")
    with pytest.raises(FxError, match="row 2, column per_usd"):
        load_rates(str(user))
    doc = tmp_path / "doc.txt"
    doc.write_text(TEXT)
    result = CliRunner().invoke(main, ["check", str(doc), "--fx", str(user)])
    assert result.exit_code == 2 and "row 2, column per_usd" in result.stderr and "Traceback" not in result.stderr


def test_comment_lines_skipped_but_hash_inside_a_cell_kept(tmp_path):
    user = tmp_path / "rates.csv"
    user.write_text("# our desk's rates\ncurrency,year,per_usd,source\nKZT,2024,470,Bulletin #3\n")
    rates = load_rates(str(user))
    assert rates.set_index(["currency", "year"]).loc[("KZT", 2024), "source"] == "Bulletin #3"


def test_a_pakistani_rupee_figure_has_a_dollar_value():
    # "Rs3.05 trillion" in a Pakistani release had no US-dollar value: no PKR rate was shipped.
    from tests.conftest import figures_of

    table = figures_of("In July-October 2025 Pakistan's exports stood at Rs3.05 trillion.", "2025-11-03")
    assert table["currency"].tolist() == ["PKR"]
    assert table["value_usd"].iloc[0] == pytest.approx(3.05e12 / 281.143001, rel=1e-6)  # World Bank WDI, 2025 average


@pytest.mark.parametrize(
    ("text", "currency", "per_usd"),
    [
        ("In 2024 Nepal's exports to India were Rs 150 billion.", "NPR", 133.726644),  # World Bank WDI, 2024 average
        ("Sri Lanka's exports reached Rs 3.5 trillion in 2023.", "LKR", 327.506533),  # World Bank WDI, 2023 average
        # World Bank WDI averages of currencies the ECB does not fix, and their bare names ("naira" had been no currency)
        ("Nigeria's total trade stood at 31.5 trillion naira in 2024.", "NGN", 1478.965197),
        ("Saudi Arabia's exports were 1.1 trillion riyals in 2024.", "SAR", 3.75),
        ("The UAE's non-oil trade reached 3 trillion dirhams in 2024.", "AED", 3.6725),
        ("Vietnam's exports were 9,800 trillion dong in 2024.", "VND", 24164.885833),
        ("Chile's exports to China were 12,000 billion pesos in 2024.", "CLP", 943.572167),
        ("Ivory Coast's cocoa exports were 3,500 billion CFA francs in 2024.", "XOF", 606.345298),
    ],
)
def test_nepalese_and_sri_lankan_rupee_figures_have_dollar_values(text, currency, per_usd):
    from tests.conftest import figures_of

    table = figures_of(text, "2025-11-03")
    assert table["currency"].tolist() == [currency]
    assert table["value_usd"].iloc[0] == pytest.approx(table["value"].iloc[0] / per_usd, rel=1e-6)


def test_tc205s_documentation_names_every_world_bank_currency_shipped():
    # The rule's doc lists the rates' sources by hand: a currency added to rates.csv must be named there too
    import csv

    from checker.lexicon import rules_dir
    from checker.rulebook import load_rules

    rows = [r for r in (rules_dir() / "fx" / "rates.csv").read_text(encoding="utf-8").splitlines() if not r.startswith("#")]
    world_bank = {r["currency"] for r in csv.DictReader(rows) if r["source"].startswith("World Bank") and r["currency"] != "RUB"}
    doc = " ".join(next(rule for rule in load_rules() if rule.code == "TC205").doc.split())
    assert sorted(c for c in world_bank if c not in doc) == []
