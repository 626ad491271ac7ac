"""Russian text: decimal commas, case forms, Russian metrics and periods, and
the same claims and findings as its English translation."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import checker
from checker import check
from tests.conftest import CORPUS, figures_of, findings_of, grows_linearly

DATE = dt.date(2025, 2, 25)
PAIR = CORPUS / "translation"


def ru(text: str):
    return checker.extract(text, doc="ru.txt", doc_date=DATE, language="ru")


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("Товарооборот составил 1,34 млрд долларов США.", 1.34e9, "USD"),
        ("Экспорт составил 49 млн долл. США.", 49e6, "USD"),
        ("Импорт составил 450 млрд тенге.", 450e9, "KZT"),
        ("Товарооборот составил 320 млрд сомов.", 320e9, "KGS"),
        ("Инвестиции составили 1 340,5 млн рублей.", 1340.5e6, "RUB"),
        ("Экспорт составил 12,5 тыс. долларов.", 12.5e3, "USD"),
        ("ВВП составил 1,2 трлн тенге.", 1.2e12, "KZT"),
    ],
)
def test_amounts_with_decimal_commas_and_russian_scales(text, value, currency):
    (row,) = ru(text).to_dict(orient="records")
    assert row["value"] == pytest.approx(value) and row["currency"] == currency


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Товарооборот составил 1,3 млрд долларов.", "trade_turnover"),
        ("Объем взаимной торговли составил 1,3 млрд долларов.", "trade_turnover"),
        ("Экспорт составил 1,3 млрд долларов.", "exports"),
        ("Импорт составил 1,3 млрд долларов.", "imports"),
        ("Инвестиции составили 1,3 млрд долларов.", "investment"),
        ("Сальдо торговли составило 1,3 млрд долларов.", "trade_balance"),
    ],
)
def test_russian_metrics(text, metric):
    assert list(ru(text)["metric"]) == [metric]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Товарооборот за 2024 год составил 1,3 млрд долларов.", "2024"),
        ("Товарооборот за январь-июнь 2024 года составил 1,3 млрд долларов.", "Jan-Jun 2024"),
        ("В январе-сентябре 2024 года товарооборот составил 1,3 млрд долларов.", "Jan-Sep 2024"),
        ("По итогам прошлого года товарооборот составил 1,3 млрд долларов.", "2024"),
        ("За девять месяцев 2024 года товарооборот составил 1,3 млрд долларов.", "Jan-Sep 2024"),
        ("В первом полугодии 2024 года товарооборот составил 1,3 млрд долларов.", "H1 2024"),
    ],
)
def test_russian_periods(text, label):
    assert list(ru(text)["period_label"]) == [label]


def test_russian_product_and_running_total():
    assert list(ru("Экспорт пшеницы в Китай в 2024 году составил 300 млн долларов.")["scope"]) == ["wheat"]
    assert list(ru("Начиная с 2015 года товарооборот составил $20 млрд.")["period_label"]) == ["since 2015"]


def test_russian_running_total_heading_period_and_correction():
    # "За годы независимости": a running total with no period; "в 2024 году —" heads the next figure.
    text = "За годы независимости в экономику Казахстана привлечено 170 млрд долларов инвестиций, в 2024 году — 15 млрд долларов."
    assert list(ru(text)["period_label"]) == [None, "2024"]
    assert list(ru("Экспорт в 2023 году составил 5 млрд долларов, в 2024 году — 6 млрд долларов.")["period_label"]) == ["2023", "2024"]
    assert list(ru("В предыдущей версии новости экспорт ошибочно указан как 812,5 млрд долларов.")["status"]) == ["misstated"]


def test_russian_same_period_of_a_year():
    text = "В январе-сентябре 2025 года товарооборот составил 11,8 млрд долларов. За аналогичный период 2024 года — 11,1 млрд долларов."
    assert list(ru(text)["period_label"]) == ["Jan-Sep 2025", "Jan-Sep 2024"]


def test_russian_release_announcing_data_gives_its_period_to_the_next_paragraph():
    text = (
        "Национальный статистический комитет опубликовал предварительные данные о внешней торговле за январь-сентябрь 2025 года.\n\n"
        "Товарооборот Кыргызстана с Казахстаном составил 1,21 млрд долларов США."
    )
    assert list(ru(text)["period_label"]) == ["Jan-Sep 2025"]


def test_russian_base_a_year_earlier_is_the_year_before():
    text = "Во втором квартале 2025 года экспорт составил 310 млн долларов против 295 млн долларов годом ранее."
    assert list(ru(text)["period_label"]) == ["Q2 2025", "Q2 2024"]


def test_russian_base_a_year_earlier_before_its_bracketed_value_is_the_year_before():
    text = "Товарооборот в 2024 году составил 657,3 млн долларов, что на 14,2% больше, чем годом ранее (575,6 млн долларов)."
    figures = ru(text)
    assert list(figures.query("kind == 'money'")["period_label"]) == ["2024", "2023"]
    assert list(figures.query("kind == 'money'")["status"].fillna("")) == ["", "previous"]


def test_russian_base_period_opening_the_sentence_is_not_the_figures_period():
    text = "В январе-августе 2025 года товарооборот составил 9871,4 млн долларов. По сравнению с январем-августом 2024 года товарооборот увеличился на 8,7%."
    figures = ru(text)
    assert list(figures["period_label"]) == ["Jan-Aug 2025", "Jan-Aug 2025"]
    assert figures["status"].isna().all()


@pytest.mark.parametrize(
    "text",
    [
        "Отрицательное сальдо торгового баланса для Таджикистана составило 282,5 млн долларов.",
        "Дефицит торгового баланса Таджикистана составил 282,5 млн долларов.",
        "Дефицит внешнеторгового баланса Таджикистана составил 282,5 млн долларов.",
    ],
)
def test_russian_deficit_named_before_the_trade_balance(text):
    # A deficit's word heading the balance's name: a negative balance.
    figures = ru(text)
    assert list(figures["metric"]) == ["trade_balance"]
    assert list(figures["value"]) == [-282.5e6]


def test_russian_respectively_pairs_partners_in_order():
    text = "Экспорт Казахстана в Россию и Китай в 2024 году составил 11,1 млрд долларов и 13,3 млрд долларов соответственно."
    assert list(ru(text)["partner"]) == ["RUS", "CHN"]


def test_russian_figures_sharing_a_currency_named_after_the_last():
    text = "Экспорт Казахстана в Россию и Китай в 2024 году составил 11,1 млрд и 13,3 млрд долларов соответственно."
    table = ru(text)
    assert list(table["value"]) == [11.1e9, 13.3e9] and list(table["currency"]) == ["USD", "USD"]
    assert list(table["partner"]) == ["RUS", "CHN"]


def test_russian_target_covers_a_coordinated_figure():
    text = "Стороны намерены довести товарооборот до 10 млрд долларов и инвестиции до 2 млрд долларов."
    assert list(ru(text)["status"]) == ["target", "target"]


def test_an_office_named_in_lower_case_up_to_its_country_speaks_for_it():
    table = ru("По данным Бюро национальной статистики Казахстана, товарооборот с Кыргызстаном в 2024 году составил 1,6 млрд долларов.")
    assert list(zip(table["attribution"], table["reporter"], table["reporter_source"], strict=True)) == [
        ("Бюро национальной статистики Казахстана", "KAZ", "attribution")
    ]
    # A person followed by a phrase is not an office: "в интервью казахстанскому телевидению" is no name.
    table = ru("По словам Бектенова в интервью казахстанскому телевидению, товарооборот с Узбекистаном в 2024 году составил 4,4 млрд долларов.")
    assert list(table["attribution"]) == ["Бектенов"]


def test_russian_union_statistics_declare():
    table = ru("По данным Евростата, импорт ЕС из Казахстана в 2024 году составил 32,4 млрд евро.")
    assert list(zip(table["reporter"], table["partner"], table["reporter_source"], strict=True)) == [("EUU", "KAZ", "attribution")]


def test_russian_comparison_base_period_is_not_the_figures():
    text = "В январе-мае 2025 года товарооборот составил $6,2 млрд, что на 12,4% больше, чем за аналогичный период 2024 года."
    assert list(ru(text)["period_label"]) == ["Jan-May 2025", "Jan-May 2025"]


def test_a_period_after_the_base_is_the_bases_and_the_next_sentence_keeps_the_outcomes():
    # "вырос на 2,5 млрд долларов до 46,5 млрд долларов с 44,0 млрд долларов в январе-сентябре 2024 года" had given
    # the 2024 period to the change and the new value too, and the next sentence carried it on.
    text = (
        "Экспорт в январе-сентябре 2025 года составил 58,3 млрд долларов. Импорт вырос на 2,5 млрд долларов до 46,5 млрд"
        " долларов с 44,0 млрд долларов в январе-сентябре 2024 года. Сальдо сократилось с 18,9 млрд долларов до 11,8 млрд"
        " долларов, то есть на 7,1 млрд долларов."
    )
    table = ru(text)
    assert list(table["period_label"]) == ["Jan-Sep 2025"] * 3 + ["Jan-Sep 2024"] + ["Jan-Sep 2025"] * 3
    assert [None if pd.isna(s) else s for s in table["status"]] == [None, "difference", None, "previous", "previous", None, "difference"]


@pytest.mark.parametrize(
    ("text", "reporter", "partner"),
    [
        ("Товарооборот Казахстана с Кыргызстаном составил 1,3 млрд долларов.", "KAZ", "KGZ"),
        ("Товарооборот между Казахстаном и Кыргызстаном составил 1,3 млрд долларов.", "KAZ", "KGZ"),
        ("Экспорт Узбекистана в Китай составил 1,3 млрд долларов.", "UZB", "CHN"),
        ("Импорт Таджикистана из России составил 1,3 млрд долларов.", "TJK", "RUS"),
    ],
)
def test_country_names_in_every_case_form(text, reporter, partner):
    row = ru(text).iloc[0]
    assert (row["reporter"], row["partner"]) == (reporter, partner)


def test_currency_country_is_not_a_party():
    # "долларов США": the United States names the currency, not a partner.
    row = ru("Товарооборот между Казахстаном и Кыргызстаном составил 1,34 млрд долларов США.").iloc[0]
    assert {row["reporter"], row["partner"]} == {"KAZ", "KGZ"}


def test_decimal_comma_is_not_malformed_in_russian():
    text = "В 2024 году товарооборот Казахстана с Кыргызстаном составил 1,340 млрд долларов, а годом ранее — 1,3 млрд долларов."
    report_figures = ru(text)
    assert report_figures.iloc[0]["value"] == pytest.approx(1.34e9)
    assert report_figures.iloc[0]["alt_value"] == pytest.approx(1.34e12)  # the other reading is kept, as in English


def _claims(report):
    money = report.figures[report.figures["kind"] == "money"]
    return sorted(money[["metric", "reporter", "partner", "period_label", "value", "currency", "reporter_source"]].itertuples(index=False, name=None))


def test_russian_article_and_its_translation_give_the_same_claims_and_findings():
    russian, english = check([str(PAIR / "kg-kz-meeting.ru.md")]), check([str(PAIR / "kg-kz-meeting.en.md")])
    assert russian.documents[0].language == "ru" and english.documents[0].language == "en"
    assert _claims(russian) == _claims(english)
    assert [(f.code, f.claim, f.evidence["gap"]) for f in russian.findings] == [(f.code, f.claim, f.evidence["gap"]) for f in english.findings]
    (finding,) = russian.findings
    assert finding.code == "TC202" and "Kyrgyz side" in finding.message and "Kazakh side" in finding.message


def test_russian_and_english_reports_are_one_body_of_evidence():
    both = check([str(PAIR)])
    (finding,) = both.findings  # the same statements in two languages are one conflict, not four
    assert finding.code == "TC202" and finding.evidence["also_stated_count"] == 2


# -- property-based: written in Russian style, read back; hostile text ----------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from checker.extraction.amounts import scan_amounts  # noqa: E402
from checker.extraction.numbers import format_number  # noqa: E402
from checker.lexicon import load_lexicon  # noqa: E402

RU = load_lexicon("ru")


@settings(max_examples=150, deadline=None)
@given(st.decimals(min_value=1, max_value=999_999, places=1, allow_nan=False, allow_infinity=False), st.sampled_from(["space", "eu"]))
def test_russian_amount_round_trip(value, style):
    number = float(value)
    text = f"Экспорт Казахстана составил {format_number(number, 1, style)} млн долларов."
    (row,) = ru(text).to_dict(orient="records")
    assert row["value"] == pytest.approx(number * 1e6)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789,. $₸₽-–%\nмлрдтыснолaрвКазхсШАпоиьм«»")), max_size=400))
def test_hostile_russian_text_never_raises(text):
    for amount in scan_amounts(text, RU):
        assert 0 <= amount.start < amount.end <= len(text)
    ru(text)


@pytest.mark.parametrize(
    "unit",
    ["по словам ", "Премьер-министр Казахстана Олжас Бектенов заявил 1 млн долл. ", "1 340,5 млрд тенге ", "казахстанская сторона ", "январе-"],
)
def test_russian_extraction_is_linear_in_input(unit):
    assert grows_linearly(ru, unit)


def test_a_partner_list_with_s_is_shares_not_comparison_bases():
    # "Китай с 6,4 млрд": "with", not "from 6.4 billion" (which made every figure a comparison base).
    text = (
        "Внешнеторговый оборот Узбекистана в 2024 году составил 65,9 млрд долларов.\n\n"
        "Крупнейшим торговым партнером остается Китай с 13,7 млрд долларов, далее следуют Россия с 11,9 млрд долларов."
    )
    rows = ru(text).iloc[1:]
    assert list(rows["status"]) == [None, None]
    assert list(zip(rows["reporter"], rows["partner"], strict=True)) == [("UZB", "CHN"), ("UZB", "RUS")]
    # "снизился с 5,1 млрд до 4,8 млрд": still a change from a base.
    change = ru("В 2024 году экспорт Казахстана в Китай снизился с 5,1 млрд долларов до 4,8 млрд долларов.")
    assert list(change["status"]) == ["previous", None]


def test_russian_other_balances_are_not_the_trade_balance():
    text = "В 2024 году дефицит текущего счета составил 2,1 млрд долларов, а дефицит бюджета — 0,9 млрд долларов."
    assert list(ru(text)["metric"]) == ["current_account", "budget"]


def test_russian_wire_base_in_brackets_abbreviated_paragraph_end_and_rosstat():
    text = (
        "Товарооборот Казахстана и России в 2024 году составил 27,9 млрд долл., сократившись на 2,5% "
        "по сравнению с 2023 годом (28,6 млрд долл.), сообщил министр.\n\n"
        "Экспорт казахстанских товаров в Россию составил 9,2 млрд долл., импорт из России — 18,7 млрд долл.\n\n"
        "По данным Росстата, объем взаимной торговли за тот же год достиг 28,3 млрд долларов."
    )
    money = ru(text).query("kind == 'money'")
    # The bracketed value after "по сравнению с 2023 годом" is 2023's, a base.
    assert list(money["period_label"]) == ["2024", "2023", "2024", "2024", "2024"]
    assert list(money["status"]) == [None, "previous", None, None, None]
    # "долл." before a blank line still ends the paragraph; Rosstat speaks for Russia.
    last = money.iloc[-1]
    assert (last["reporter"], last["partner"], last["reporter_source"]) == ("RUS", "KAZ", "attribution")


def test_russian_table_of_partners_under_a_titled_year():
    # The row countries are partners (they do not make Kazakhstan the document's country), and the
    # title's year, below the dateline, is the cells' period: Kyrgyz and Kazakh figures then meet.
    text = (
        "Бишкек, 10 апреля 2025 года\n\nВнешняя торговля Кыргызстана со странами ЕАЭС в 2024 году (млн долл. США)\n\n"
        "| Страна | Экспорт | Импорт | Товарооборот |\n|---|---|---|---|\n"
        "| Россия | 512,4 | 2 836,1 | 3 348,5 |\n| Казахстан | 640,2 | 901,7 | 1 541,9 |\n\n"
        "По данным казахстанской стороны, товарооборот с Кыргызстаном в 2024 году составил 1,8 млрд долларов."
    )
    table = ru(text)
    cells = table[table["sentence_start"] < text.index("По данным")]
    assert set(cells["reporter"]) == {"KGZ"} and set(cells["period_label"]) == {"2024"}
    assert [f.code for f in findings_of(text, "2025-04-10")] == ["TC202"]


@pytest.mark.parametrize(
    "record", ["Дефицит в 3,2 млрд долларов стал минимальным с 2021 года.", "Впервые с 2019 года дефицит сократился, до 3,2 млрд долларов."]
)
def test_a_record_since_a_year_is_not_the_figures_period(record):
    table = ru(f"Экспорт в 2024 году составил 5,1 млрд долларов.\n\n{record}")
    assert table.iloc[-1]["period_label"] == "2024"


def test_a_base_value_after_kogda_is_the_base_periods_and_its_growth_is_checked():
    text = "Экспорт Казахстана в Китай в 2024 году составил 5,2 млрд долларов, что на {} больше, чем в 2023 году, когда он составил 4,1 млрд долларов."
    base = ru(text.format("12%")).iloc[-1]
    assert (base["period_label"], base["status"]) == ("2023", "previous")
    assert [f.code for f in findings_of(text.format("12%"), "2025-03-03")] == ["TC303"]
    assert findings_of(text.format("27%"), "2025-03-03") == []


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("Товарооборот превысил 2 млрд долларов в 2024 году.", "превысил"), ("Экспорт составил свыше 2 млрд долларов.", "свыше")],
)
def test_russian_qualifiers_of_passing_a_mark(text, qualifier):
    row = checker.extract(text, doc_date=dt.date(2025, 3, 3), language="ru").iloc[0]
    assert (row["qualifier"], row["value_low"], row["value_high"]) == (qualifier, 2e9, float("inf"))


@pytest.mark.parametrize(
    ("text", "roles", "partners"),
    [
        # The share's country after "доля" is the partner; the total is Kazakhstan's trade with the world.
        (
            "Доля Китая в товарообороте Казахстана в 2024 году составила 23,5%, или 32,8 млрд долларов из 139,6 млрд долларов.",
            ["share", None, "whole"],
            ["CHN", "CHN", "WLD"],
        ),
        (
            "Экспорт Казахстана в Китай в 2024 году составил 15,6 млрд долларов, или 19,8% от общего объема экспорта в 78,7 млрд долларов.",
            [None, "share", "whole"],
            ["CHN", "CHN", "WLD"],
        ),
        # The genitive alone links a share to its metric.
        ("На долю России пришлось 28,1% товарооборота Кыргызстана в 2024 году.", ["share"], ["RUS"]),
        # "всего экспорта" (all exports) is the whole too
        ("Узбекистан в 2024 году экспортировал золота на 12,4 млрд долларов, или 47,5% всего экспорта.", [None, "share"], ["WLD", "WLD"]),
    ],
)
def test_russian_shares_and_their_totals(text, roles, partners):
    figures = ru(text)
    assert [None if r is None else r for r in figures["role"]] == roles
    assert list(figures["partner"]) == partners


def test_a_partner_after_its_preposition_right_before_the_metric_is_the_partner():
    # "Со странами ЕАЭС товарооборот составил" had made the EAEU the declaring side, with Kyrgyzstan its partner.
    for opening, partner in [("Со странами ЕАЭС", "EAEU"), ("С Китаем", "CHN")]:
        text = f"Внешнеторговый оборот Кыргызстана в 2024 году составил 11 млрд долларов. {opening} товарооборот составил 3,4 млрд долларов."
        row = ru(text).iloc[1]
        assert (row["reporter"], row["partner"]) == ("KGZ", partner), opening


def test_a_negative_balance_of_trade_with_a_partner_is_a_balance():
    # "отрицательное сальдо торговли с Китаем составило $4,6 млрд": "торговли с" after "отрицательное сальдо" had made it turnover.
    row = ru("В 2025 году отрицательное сальдо торговли Казахстана с Китаем составило $4,6 млрд.").iloc[0]
    assert (row["metric"], row["value"], row["partner"]) == ("trade_balance", -4.6e9, "CHN")


def test_a_difference_with_its_rate_in_commas_may_print_a_decimal_comma():
    # "что на 10,3 млрд долларов, или на 22,1%, больше": the comma of 22,1 had ended the aside, so 10,3 was a second turnover.
    text = "Товарооборот Узбекистана в январе-сентябре 2025 года составил 56,9 млрд долларов, что на 10,3 млрд долларов, или на {rate}, больше."
    assert [None if pd.isna(s) else s for s in ru(text.format(rate="22,1%"))["status"]] == [None, "difference", None]
    assert [f.code for f in findings_of(text.format(rate="25,1%"), "2025-10-16")] == ["TC304"]


def test_russian_oil_is_a_scope_and_a_part_carries_over_to_the_next_sentence():
    text = "Экспорт нефти составил 5,3 млрд долларов."
    assert list(ru(text)["scope"]) == ["energy"]
    # "Из них" opens a part of the figure before: of its scope (oil), not all exports in the fourth quarter.
    text = "На долю сырой нефти пришлось 35% экспорта в Китай, или 5,3 млрд долларов. Из них 2,1 млрд долларов пришлось на четвертый квартал 2024 года."
    assert list(ru(text)["scope"]) == ["energy", "energy", "energy"]
    # Under a turnover, "из них" lists exports and imports: other metrics, no parts of it.
    text = "Товарооборот Казахстана с Китаем в 2024 году составил 43,8 млрд долларов, из них экспорт — 20,4 млрд долларов, импорт — 23,4 млрд долларов."
    assert list(ru(text)["scope"]) == [None, None, None]


def test_a_balance_in_trade_with_a_partner_is_the_balance_and_a_share_has_no_unnamed_scope():
    # "Отрицательное сальдо в торговле с Китаем достигло 4,63 млрд долларов" was the turnover ("торговле"), a false
    # TC201 against the turnover of 4,81 млрд; "На долю Китая пришлось 37,4% ... оборота" had the scope of an unnamed part.
    text = (
        "Товарооборот Кыргызстана с Китаем за январь-октябрь 2025 года составил 4,81 млрд долларов. "
        "Отрицательное сальдо в торговле с Китаем достигло 4,63 млрд долларов. "
        "На долю Китая пришлось 37,4% внешнеторгового оборота республики."
    )
    table = figures_of(text, "2025-11-24", "ru")
    assert [(r.metric, r.value) for r in table.itertuples()][:2] == [("trade_turnover", 4.81e9), ("trade_balance", -4.63e9)]
    assert (table["role"].iloc[2], table["scope"].iloc[2]) == ("share", None)


def test_a_partners_share_restated_in_money_after_the_genitive_total():
    # "На долю России пришлось 15,7% товарооборота, или 9,95 млрд долларов": Russia's trade, restated (it had been an
    # unnamed part of the turnover, so neither the share nor the value was checked)
    text = (
        "Внешнеторговый оборот Узбекистана за январь-октябрь 2025 года составил 63,4 млрд долларов.\n\n"
        "На долю России пришлось {pct}% товарооборота, или 9,95 млрд долларов."
    )
    table = figures_of(text.format(pct="15,7"), "2025-11-21", "ru")
    assert [(r.partner, None if pd.isna(r.scope) else r.scope) for r in table.itertuples()][-1] == ("RUS", None)
    assert [f.code for f in findings_of(text.format(pct="17,7"), "2025-11-21")] == ["TC306"]
