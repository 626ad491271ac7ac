"""The figures table: contract columns, types, intervals, signs, pint scaling."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

import checker
from checker import check, units
from checker.figures import COLUMNS
from tests.conftest import ROOT, figures_of, findings_of


def test_contract_columns_and_types():
    table = figures_of("In 2024, Kazakhstan's exports to China reached $15.2 billion, up 7.5%.", "2025-01-10")
    assert list(table.columns) == COLUMNS
    for column in ("value", "value_low", "value_high", "alt_value", "value_usd"):
        assert table[column].dtype == np.float64
    assert str(table["period_start"].dtype).startswith("datetime64")
    money, pct = table.iloc[0], table.iloc[1]
    assert (money["metric"], money["flow"], money["reporter"], money["partner"]) == ("exports", "export", "KAZ", "CHN")
    assert money["value_usd"] == pytest.approx(15.2e9)
    assert (pct["kind"], pct["value"], pct["currency"]) == ("percent", 7.5, None)


def test_deficit_is_a_negative_balance():
    row = figures_of("Georgia's trade deficit with Turkey was $1.2 billion in 2023.").iloc[0]
    assert row["metric"] == "trade_balance"
    assert row["value"] == pytest.approx(-1.2e9)
    assert row["value_low"] == pytest.approx(-1.25e9) and row["value_high"] == pytest.approx(-1.15e9)


def test_a_list_of_deficits_and_surpluses_is_of_balances():
    # "Deficits were recorded with China ($21.4 billion)" had been unclassified figures.
    table = figures_of("In 2024 the U.S. had surpluses with the Netherlands ($4.9 billion) and deficits with China ($21.4 billion).")
    assert list(table["metric"]) == ["trade_balance", "trade_balance"]
    assert list(table["value"]) == [pytest.approx(4.9e9), pytest.approx(-21.4e9)]


def test_surplus_is_positive():
    row = figures_of("Kazakhstan's trade surplus with Uzbekistan was $1.2 billion in 2023.").iloc[0]
    assert row["value"] == pytest.approx(1.2e9)


@pytest.mark.parametrize(
    ("text", "label", "start", "end"),
    [
        ("In the first nine months of 2024 exports were $5 billion.", "Jan-Sep 2024", "2024-01-01", "2024-09-30"),
        ("In Q2 2023 exports were $5 billion.", "Q2 2023", "2023-04-01", "2023-06-30"),
        ("In the third quarter of 2023 exports were $5 billion.", "Q3 2023", "2023-07-01", "2023-09-30"),
        ("In January-June 2024 exports were $5 billion.", "Jan-Jun 2024", "2024-01-01", "2024-06-30"),
        ("In the first half of 2022 exports were $5 billion.", "H1 2022", "2022-01-01", "2022-06-30"),
        ("Last year exports were $5 billion.", "2024", "2024-01-01", "2024-12-31"),
        ("At the end of last year exports were $5 billion.", "2024", "2024-01-01", "2024-12-31"),
        ("This year exports were $5 billion.", "2025", "2025-01-01", "2025-12-31"),
        ("In January-March exports were $5 billion.", "Jan-Mar 2025", "2025-01-01", "2025-03-31"),
        ("In the 2024/25 marketing year exports were $5 billion.", "2024/25", "2024-07-01", "2025-06-30"),
        ("In 2023/2024 exports were $5 billion.", "2023/24", "2023-07-01", "2024-06-30"),
        # A fiscal year as India and Pakistan write it (it had been calendar 2024), glued to "FY" too
        ("In 2024-25 exports were $5 billion.", "2024/25", "2024-07-01", "2025-06-30"),
        ("In FY2024–25 exports were $5 billion.", "2024/25", "2024-07-01", "2025-06-30"),
        ("In 2024 to 25 countries exports were $5 billion.", "2024", "2024-01-01", "2024-12-31"),  # a dash word splits no year
        ("In 2023-2024 exports were $5 billion.", "2023-2024", "2023-01-01", "2024-12-31"),
        ("In Q1–Q3 2025 exports were $5 billion.", "Jan-Sep 2025", "2025-01-01", "2025-09-30"),  # a run of quarters
        ("In 2Q-3Q 2024 exports were $5 billion.", "Apr-Sep 2024", "2024-04-01", "2024-09-30"),
        # Months counted in a split year run from its July (they had been January-April of the first calendar year)
        ("In the first four months of fiscal year 2024-25 exports were $5 billion.", "Jul-Oct 2024", "2024-07-01", "2024-10-31"),
        ("In the first quarter of FY2024-25 exports were $5 billion.", "Jul-Sep 2024", "2024-07-01", "2024-09-30"),
        ("In the first nine months of 2024-25 exports were $5 billion.", "Jul 2024-Mar 2025", "2024-07-01", "2025-03-31"),
        ("In the third quarter of fiscal 2024-25 exports were $5 billion.", "Jan-Mar 2025", "2025-01-01", "2025-03-31"),
        # Months counted back from a named month (ONS): they had been January-March
        ("In the three months to September 2024 exports were $5 billion.", "Jul-Sep 2024", "2024-07-01", "2024-09-30"),
        ("In the 12 months to June 2024 exports were $5 billion.", "Jul 2023-Jun 2024", "2023-07-01", "2024-06-30"),
        ("In the three months to March exports were $5 billion.", "Jan-Mar 2025", "2025-01-01", "2025-03-31"),
        # A noun between named months and their year (the months had been left for the year alone)
        ("In the January-March quarter of 2024 exports were $5 billion.", "Jan-Mar 2024", "2024-01-01", "2024-03-31"),
        ("In the July-September period of 2024 exports were $5 billion.", "Jul-Sep 2024", "2024-07-01", "2024-09-30"),
    ],
)
def test_periods(text, label, start, end):
    row = figures_of(text, "2025-05-20").iloc[0]
    assert row["period_label"] == label
    assert str(row["period_start"].date()) == start and str(row["period_end"].date()) == end


@pytest.mark.parametrize(
    ("text", "label", "start", "end"),
    [
        # India counts by April-March years (they had been July-June, and "FY25" no period at all)
        ("India's merchandise exports in FY2024-25 were $437.42 billion.", "2024/25", "2024-04-01", "2025-03-31"),
        ("India's exports in the first quarter of FY2025-26 were $112.17 billion.", "Apr-Jun 2025", "2025-04-01", "2025-06-30"),
        ("India's exports in January-March 2025-26 were $112.17 billion.", "Jan-Mar 2026", "2026-01-01", "2026-03-31"),
        ("India's exports in April-October 2025-26 were $254.25 billion.", "Apr-Oct 2025", "2025-04-01", "2025-10-31"),
        ("India's exports in FY25 were $437.42 billion.", "2024/25", "2024-04-01", "2025-03-31"),  # named by the year it ends in
        ("In the April-June quarter of 2025-26, India's exports were Rs 310.5 crore.", "Apr-Jun 2025", "2025-04-01", "2025-06-30"),
        # Japan's fiscal year is named by the year it starts in (it had been calendar 2024)
        ("Japan posted a trade deficit of 5.52 trillion yen in fiscal 2024.", "2024/25", "2024-04-01", "2025-03-31"),
        ("Japan's deficit in the first half of fiscal year 2024 was 3.1 trillion yen.", "Apr-Sep 2024", "2024-04-01", "2024-09-30"),
        # Pakistan's runs July-June; named months before "FY2025-26" join it (they had taken the whole year)
        ("Pakistan's exports in July-October FY2025-26 were $10.8 billion.", "Jul-Oct 2025", "2025-07-01", "2025-10-31"),
        ("Pakistan's exports in FY25 were $32.1 billion.", "2024/25", "2024-07-01", "2025-06-30"),
        ("U.S. exports to Mexico in fiscal 2025 were $320 billion.", "2024/25", "2024-10-01", "2025-09-30"),
    ],
)
def test_a_countrys_fiscal_years(text, label, start, end):
    row = figures_of(text, "2025-11-20").iloc[0]
    assert (row["period_label"], str(row["period_start"].date()), str(row["period_end"].date())) == (label, start, end)


def test_a_fiscal_year_in_two_digits_is_no_calendar_year_where_the_country_is_unknown():
    # "FY25" names 2024-25 in India and 2025-26 in Japan: with no country's fiscal year to go by, no period
    assert figures_of("Kazakhstan's exports in FY25 were $1.5 billion.", "2025-11-20")["period_label"].isna().all()
    assert figures_of("Kazakhstan's exports in fiscal 2024 were $1.5 billion.", "2025-11-20")["period_label"].tolist() == ["2024"]


def test_year_to_date_is_january_to_the_month_of_the_text():
    # "Year-to-date, exports were $40 billion" after September's figures had been September's: a false conflict waiting.
    text = (
        "Kazakhstan's exports to China were $5 billion in September 2025. Year-to-date, they were $40 billion, up 5%."
        " Imports were $4 billion in September alone, and $31 billion so far this year."
    )
    assert list(figures_of(text, "2025-11-01")["period_label"]) == ["Sep 2025", "Jan-Sep 2025", "Jan-Sep 2025", "Sep 2025", "Jan-Sep 2025"]
    russian = "В сентябре 2025 года экспорт составил 5 млрд долларов. С начала года экспорт составил 40 млрд долларов."
    assert list(figures_of(russian, "2025-11-01", "ru")["period_label"]) == ["Sep 2025", "Jan-Sep 2025"]
    # With only a year to go by, the months are unknown: no period rather than the whole year.
    assert figures_of("So far this year exports reached $30 billion.", "2025-11-01")["period_label"].isna().all()


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # A later period past another figure is that figure's base, not the first figure's.
        (
            "In January-May 2025, Kyrgyzstan's foreign trade turnover amounted to $6.2bn, a 12.4 per cent increase on the same period of 2024.",
            ["Jan-May 2025", "Jan-May 2025"],
        ),
        ("In 2023 Georgia's exports to Armenia were $3 billion, and its imports $2 billion in 2024.", ["2023", "2024"]),
        ("Exports were $3 billion and imports $2 billion in 2024.", ["2024", "2024"]),
        # A list of months, each heading its figure, then their quarter ("first-quarter" hyphenated).
        (
            "In January exports were $101.5 million, in February $112.3 million and in March $130.2 million,"
            " bringing the first-quarter total to $344.0 million.",
            ["Jan 2025", "Feb 2025", "Mar 2025", "Q1 2025"],
        ),
        # A part whose noun is left out ("in the second") is the same kind as the one named before it.
        (
            "Turnover was $1.05 billion in the first quarter of 2025, $1.21 billion in the second and $1.32 billion in the third,"
            " bringing the total for January-September to $3.58 billion.",
            ["Q1 2025", "Q2 2025", "Q3 2025", "Jan-Sep 2025"],
        ),
        ("Exports were $1.4 billion in the first half of 2024 and $1.5 billion in the second.", ["H1 2024", "H2 2024"]),
        ("Экспорт составил 2 млрд долларов в первом полугодии 2024 года и 2,5 млрд во втором.", ["H1 2024", "H2 2024"]),
        # An ordinal with its own noun is no part: "the second largest partner".
        ("In the first quarter of 2025 exports were $1 billion; China was the second largest buyer, with $0.2 billion.", ["Q1 2025", "Q1 2025"]),
        # A period right after "from", "than", "on the same period of" is a comparison base.
        ("In 2024 exports rose 12% from 2023 to $5 billion.", ["2024", "2024"]),
        ("In 2024, exports reached $5 billion, 12% more than in 2023.", ["2024", "2024"]),
        ("Exports reached $5 billion in 2024, compared with $4.1 billion in 2023.", ["2024", "2023"]),
        ("Exports from Kazakhstan in 2023 reached $5bn.", ["2023"]),  # "from" a country, not a period
        # A running total whose start no year names has no period, not the year it was said in.
        ("Since independence, foreign investors have put more than $170 billion into Kazakhstan, the minister said in 2024.", [None]),
        ("In 2024 investors put $15 billion into Kazakhstan, bringing the total since independence to $170 billion.", ["2024", None]),
        # Nor one carried from the sentence before.
        ("Kazakhstan's exports rose to $1.2 billion in 2024. Since the collapse of the Soviet Union, China has invested $25 billion.", ["2024", None]),
        # A period nearer the figure than the running total is its own.
        ("Since independence, trade has grown: in 2024 it reached $5 billion.", ["2024"]),
        # A period followed by a dash or colon heads the next figure, not the one before it.
        ("Exports were $5 billion in 2023, in 2024: $6 billion.", ["2023", "2024"]),
        ("Exports were $5 billion in 2023, and in 2024 - $6 billion.", ["2023", "2024"]),
        ("Exports were $5 billion in 2024, $6 billion in 2025.", ["2024", "2025"]),
        # "The same period of 2024" is the months of the period before, a year earlier.
        ("Turnover in Q1-Q3 2025 was $11.8 bn. In the same period of 2024, turnover was $11.1 bn.", ["Jan-Sep 2025", "Jan-Sep 2024"]),
        ("In January-May 2025 exports were $6.2bn, against $5.5bn in the same months of 2024.", ["Jan-May 2025", "Jan-May 2024"]),
        # With no months before it, it stays the year.
        ("In the same period of 2024 exports were $3bn.", ["2024"]),
        ("Kazakhstan's Jan-Sept 2025 trade surplus narrowed to $9.2 bln.", ["Jan-Sep 2025"]),  # wire copy's "Sept"
        # A base "a year earlier" or "a year ago" is the same months a year back.
        ("Exports reached $5.2 billion in January-June 2025, up from $4.8 billion a year ago.", ["Jan-Jun 2025", "Jan-Jun 2024"]),
        ("In 2024 exports were $5 billion, against $4 billion a year earlier.", ["2024", "2023"]),
    ],
)
def test_the_period_of_each_figure_in_a_sentence(text, labels):
    assert list(figures_of(text, "2025-07-01")["period_label"]) == labels


def test_a_paragraph_of_figures_continues_the_period_of_the_one_before():
    text = (
        "In January-May 2025, Kyrgyzstan's trade with Kazakhstan amounted to $6.2bn.\n\n"
        "Exports totalled $1.1 billion and imports $5.0 billion.\n\n"
        "A new border crossing will cost $50 million.\n\n"  # no trade figure: a new subject, none carried across the break
        "The ministers met in Astana.\n\nThe plant will cost $80 million."  # before it, no figures: a new subject
    )
    assert list(figures_of(text, "2025-07-01")["period_label"]) == ["Jan-May 2025", "Jan-May 2025", "Jan-May 2025", None, None]


def test_a_paragraph_announcing_data_gives_its_period_to_the_figures_after_it():
    # A press release names its period once, in a paragraph with no figure; the figures after it are that period's.
    text = (
        "The National Statistical Committee has published preliminary foreign trade data for January-September 2025.\n\n"
        "Kyrgyzstan's trade with Kazakhstan amounted to $1.21 billion. Exports to Kazakhstan were $402.5 million.\n\n"
        "The presidents first met in Astana in 2019.\n\n"  # a period, but no data announced: a new subject
        "Trade between Kazakhstan and Kyrgyzstan reached $1.5 billion, officials said."
    )
    assert list(figures_of(text, "2025-11-14")["period_label"]) == ["Jan-Sep 2025", "Jan-Sep 2025", None]


def test_since_a_year_is_a_running_total_to_the_document_date():
    row = figures_of("Since 2015, trade between Kazakhstan and China has totalled $200 billion.", "2025-04-10").iloc[0]
    assert row["period_label"] == "since 2015"
    assert (str(row["period_start"].date()), str(row["period_end"].date())) == ("2015-01-01", "2025-04-10")
    # Undated, the running total has no end: no period rather than the year 2015.
    assert figures_of("Since 2015, trade between Kazakhstan and China has totalled $200 billion.").iloc[0]["period_label"] is None


def test_a_rate_and_value_share_their_period_and_a_later_part_takes_its_year():
    # "grew 10% in Q1 2025 to $300 million" is Q1 2025 for both; "in the second quarter" is 2025's, as the
    # part before it says. Before, the value took Q2 2024 and gave a false TC201 against the next one.
    text = (
        "Trade between Georgia and Armenia grew 10% in the first quarter of 2025 to $300 million; in the second"
        " quarter it was up 5% at $310 million, compared with $295 million a year earlier."
    )
    # "$295 million a year earlier" is the base's value for Q2 of the year before.
    assert list(figures_of(text, "2025-08-01")["period_label"]) == ["Q1 2025", "Q1 2025", "Q2 2025", "Q2 2025", "Q2 2024"]
    assert findings_of(text, "2025-08-01") == []


def test_a_base_period_after_the_figure_is_not_its_own():
    # The only period of the sentence is the comparison base's: the figure has none, not "last year".
    text = "Turnover reached $11.8 billion, 6.1% more than in the same period last year."
    assert list(figures_of(text, "2025-03-01")["period_label"]) == [None, None]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Trade in services between the countries was $1.2 billion in 2024.", "services"),
        ("Exports of goods and services were $5 billion in 2024.", None),  # the total
        ("The goods and services deficit was $52.8 billion in September 2024.", None),  # was "services"
        ("Торговля товарами и услугами составила 5 млрд долларов в 2024 году.", None),
        ("Kazakh wheat exports to China were 1.2 million tonnes worth $300 million in 2024.", "wheat"),
        ("Exports of copper to China reached $3 billion in 2024.", "copper"),
        ("Oil sold at $80 a barrel in 2024.", "per_unit"),
        ("Wheat exports averaged $250 per tonne in 2024.", "per_unit"),
        ("Exports were $5 billion a year in 2024.", None),  # a yearly total, not a unit price
        ("Wheat exports were $1.2 billion at an average of $215 per tonne.", "wheat"),  # "a t" is no unit
        ("Exports were $5 billion at home prices.", None),
        ("Gas sold for $120/tcm and oil for $80/bbl in 2024.", "per_unit"),
    ],
)
def test_scope_of_a_part_or_a_unit_price(text, scope):
    assert figures_of(text).iloc[0]["scope"] == scope


def test_relative_period_needs_a_date():
    row = figures_of("Last year exports were $5 billion.").iloc[0]
    assert row["period_label"] is None


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The sides plan to bring trade to $5 billion.", "target"),
        ("Trade is expected to reach $5 billion in 2026.", "forecast"),
        ("Exports rose to $3.5 billion from $3.1 billion.", None),
        ("Preliminary data put exports at $3.5 billion.", "preliminary"),
        ("Officials expect trade to reach $30 billion by 2026.", "forecast"),
        ("The sides seek to raise trade to $10 billion.", "target"),
        ("An earlier version of this story misstated exports to Turkey as $812.5 billion.", "misstated"),
    ],
)
def test_status(text, status):
    assert figures_of(text).iloc[0]["status"] == status


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        # An aim or a forecast covers the figure joined to its figure by "and" alone.
        ("The sides plan to raise trade to $5 billion and investment to $2 billion.", ["target", "target"]),
        ("Kazakhstan expects exports of $25 billion and imports of $20 billion.", ["forecast", "forecast"]),
        # Not past a period or another figure: "and in 2024 it was $3 billion" is an outcome.
        ("The sides aim to bring trade to $5 billion by 2030, and in 2024 it was $3 billion.", ["target", None]),
        ("Exports rose to $5 billion in 2024 and imports to $3 billion.", [None, None]),
    ],
)
def test_a_status_reaches_a_coordinated_figure(text, statuses):
    assert list(figures_of(text, "2025-03-01")["status"]) == statuses


def test_comparison_base_is_marked():
    table = figures_of("Exports rose to $3.5 billion from $3.1 billion.")
    assert list(table["status"]) == [None, "previous"]
    # The superseded figure of a revision is a base too, never an outcome of its own.
    table = figures_of("Kazakhstan's trade with Uzbekistan in 2023 was revised to $4.2 billion from an earlier $4.0 billion.")
    assert list(table["status"]) == ["revised", "previous"]


def test_an_office_named_up_to_its_country_speaks_for_it():
    table = figures_of("According to the Bureau of National Statistics of Kazakhstan, trade with Kyrgyzstan was $1.6 billion in 2024.")
    assert list(zip(table["attribution"], table["reporter"], table["reporter_source"], strict=True)) == [
        ("Bureau of National Statistics of Kazakhstan", "KAZ", "attribution")
    ]


def test_attribution_and_sides():
    text = (
        "Kazakh Prime Minister Olzhas Bektenov met Uzbek Prime Minister Abdulla Aripov.\n\n"
        "Abdulla Aripov said trade between the countries reached $4 billion in 2024.\n\n"
        "The Kazakh side stated that trade in 2024 was $4.4 billion."
    )
    table = figures_of(text)
    assert list(table["attribution"]) == ["Abdulla Aripov", "Kazakh side"]
    assert list(table["reporter"]) == ["UZB", "KAZ"]
    assert list(table["reporter_source"]) == ["attribution", "attribution"]


@pytest.mark.parametrize(
    "said",
    [
        '"Trade between Kazakhstan and Kyrgyzstan doubled in 2024 to $2.4 billion," a Kyrgyz MP said.',
        "Trade between Kazakhstan and Kyrgyzstan reached $2.4 billion in 2024, a Kyrgyz official said.",
        "Trade between Kazakhstan and Kyrgyzstan reached $2.4 billion in 2024, according to Kyrgyz officials.",
        "Trade between Kazakhstan and Kyrgyzstan reached $2.4 billion in 2024, Kyrgyz MP Dastan Bekeshev said.",
    ],
)
def test_an_official_or_mp_named_by_country_speaks_for_that_side(said):
    row = figures_of("Kazakhstan and Kyrgyzstan held talks.\n\n" + said, "2025-03-12").iloc[0]
    assert (row["reporter"], row["partner"], row["reporter_source"]) == ("KGZ", "KAZ", "attribution")


def test_a_scale_abbreviation_inside_an_amount_ends_no_sentence():
    text = (
        "The foreign trade turnover of Kyrgyzstan in January-September 2025 amounted to 11 234,5 mln. USD and increased by 8,1% "
        "compared to the corresponding period of 2024.\n\n- Exports – 2 145,3 mln. USD (+12,4%);\n\n"
        "The negative trade balance was 6 943,9 mln. USD. Trade reached $5 bn. Exports rose."
    )
    table = figures_of(text, "2025-11-14")
    assert list(table["period_label"]) == ["Jan-Sep 2025"] * 6
    assert table.iloc[0]["sentence"].endswith("period of 2024.") and table.iloc[-1]["sentence"] == "Trade reached $5 bn."
    # A national release's partnerless figures after its totals with the world are with the world too.
    assert list(table["partner"]) == ["WLD"] * 6


def test_up_in_made_up_or_up_to_is_no_rise():
    text = "Oil and gas made up 53% of exports, worth $41.7 billion. Exports of up to $5 billion were planned. Exports rose 5% to $2 billion."
    assert list(figures_of(text, "2025-03-03")["change"]) == [None, None, None, "up", "up"]


def test_pint_scaling_is_per_unit_group():
    amounts = np.array([1.0, 2.5, 1340.0])
    assert list(units.apply_scale(amounts, "billion", "USD")) == [1e9, 2.5e9, 1.34e12]
    assert units.scale_factor("trillion") == 1e12
    assert units.convert(np.array([470.0]), "KZT", "USD", 470.0)[0] == pytest.approx(1.0)
    assert np.isnan(units.convert(np.array([1.0]), "KZT", "USD", None)[0])


def test_countries_bound_to_the_metric_phrase():
    text = "Armenian companies invested $12 million in Georgia, while Georgia's imports from Armenia were $1.2 billion in 2024."
    row = figures_of(text).iloc[1]
    assert (row["metric"], row["reporter"], row["partner"]) == ("imports", "GEO", "ARM")


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # A breakdown: each share belongs to the country named in its own clause.
        ("Kyrgyzstan's trade with the EAEU was $2.3 billion, of which Russia accounted for $1.4 billion and Kazakhstan for $0.8 billion.",
         [("KGZ", "EAEU"), ("KGZ", "RUS"), ("KGZ", "KAZ")]),
        ("Kazakhstan's exports to China were $5bn in 2024 and imports from Russia $3bn.", [("KAZ", "CHN"), ("KAZ", "RUS")]),
        # "foreign trade" is trade with the world, unless a partner is named.
        ("Kyrgyzstan and China signed deals. Kyrgyzstan's foreign trade turnover was $16.1bn in 2024.", [("KGZ", "WLD")]),
        ("Kyrgyzstan's foreign trade with China was $16.1bn in 2024.", [("KGZ", "CHN")]),
        # "for its part" is no share: Kazakhstan declares.
        ("Kazakhstan for its part said trade with China was $5bn in 2024.", [("KAZ", "CHN")]),
        # Countries listed as partners, or called one, never declare: the document's country does.
        (
            "Kazakhstan's foreign trade grew in 2024. Kazakhstan exported more grain.\n\n"
            "In 2024 Russia remained the largest partner with $19.0 billion, followed by Kyrgyzstan with $1.6 billion and Belarus with $1.0 billion.",
            [("KAZ", "RUS"), ("KAZ", "KGZ"), ("KAZ", "BLR")],
        ),
        # "its partner": the country owns the partnership, it is not the partner.
        ("Kazakhstan and its partner Uzbekistan traded $5 billion in 2024.", [("KAZ", "UZB")]),
        # A clause with its own possessive country declares for itself, with the sentence's partner.
        (
            "In 2024 Kazakhstan's trade with China was $43.8 billion, and Uzbekistan's trade with China $13.7 billion,"
            " while Kyrgyzstan's reached $22.7 billion.",
            [("KAZ", "CHN"), ("UZB", "CHN"), ("KGZ", "CHN")],
        ),
        # A country written as a figure's label is its partner, even in a sentence about another partner.
        (
            "Turkey was Uzbekistan's fifth-largest trading partner in January-June 2025, after China ($6.9 billion),"
            " Russia ($5.8 billion) and Kazakhstan ($2.1 billion).",
            [("UZB", "CHN"), ("UZB", "RUS"), ("UZB", "KAZ")],
        ),
        # A union with statistics of its own declares: "EU imports", "according to Eurostat".
        ("EU imports from Kazakhstan were €32.4 billion in 2024, while Kazakhstan's exports to the EU were $37.5 billion.",
         [("EUU", "KAZ"), ("KAZ", "EUU")]),
        ("According to Eurostat, trade between the EU and Kazakhstan was €40.2 billion in 2024. The Kazakh side put it at $44.1 billion.",
         [("EUU", "KAZ"), ("KAZ", "EUU")]),
        ("The Eurasian Economic Commission put the EAEU's trade with China at $200 billion in 2024.", [("EAEU", "CHN")]),
        # Other groups never declare, nor speak as an office: "the World Bank" is not the world.
        ("According to the World Bank, Kazakhstan's exports reached $80 billion in 2024.", [("KAZ", "WLD")]),  # (its exports with the world: no partner named)
        ("Trade with the world reached $140 billion in 2024, Kazakhstan said.", [("KAZ", "WLD")]),
        # A sentence naming no country continues the stated sides before it, not the document's pair
        # (here Kazakhstan-Uzbekistan: that gave a false TC201 between the two exports figures).
        (
            "Trade between Kazakhstan and Uzbekistan reached $4.4 billion in 2024, Kazakh exports to Uzbekistan were $2.9 billion.\n\n"
            "Kazakhstan's trade with China reached $43.8 billion in 2024. Exports were $15.6 billion.",
            [("KAZ", "UZB"), ("KAZ", "UZB"), ("KAZ", "CHN"), ("KAZ", "CHN")],
        ),
        # Parts named after a country's trade with the world are parts of it, not trade with another country.
        ("Kazakhstan's foreign trade turnover reached $140 billion in 2024. Exports were $80 billion and imports $60 billion.",
         [("KAZ", "WLD"), ("KAZ", "WLD"), ("KAZ", "WLD")]),
        # "Kazakhstan's largest trade partner": the possessive country owns the partnership and declares.
        ("China is Kazakhstan's largest trade partner, with trade of $40 billion in 2024.", [("KAZ", "CHN")]),
        ("The EU is Kazakhstan's largest trade partner, with trade of $40 billion in 2024.", [("KAZ", "EUU")]),
        # "Between A and B" names a pair even when figures stand around it (not a list of partners).
        ("Of the $5 billion in trade between Kazakhstan and Turkey in 2024, Kazakh exports made up $3 billion.", [("KAZ", "TUR"), ("KAZ", "TUR")]),
        # A pair written as one word: the first country first, whichever stands next to "trade".
        ("Kazakhstan-China trade reached $40 billion in 2024.", [("KAZ", "CHN")]),
        ("Armenia–Georgia trade grew to $1.2 billion in 2024.", [("ARM", "GEO")]),
        # The declaring side as a label stays the declaring side.
        ("Kazakhstan: $5 billion in exports to China in 2024.", [("KAZ", "CHN")]),
    ],
)  # fmt: skip
def test_reporter_and_partner_of_each_figure(text, pairs):
    table = figures_of(text)
    assert list(zip(table["reporter"], table["partner"], strict=True)) == pairs


def test_comparable_figures_carried_over_a_correction_equal_a_fresh_grouping():
    # The engine reuses the grouping of comparable figures after a malformed
    # number is corrected; it must equal grouping the corrected table afresh.
    from checker.engine import _with_comparison_columns
    from checker.kinds.claims import carry_over, comparable

    text = (ROOT / "seeds" / "000_2d71913308cefc30.txt").read_text(encoding="utf-8")
    work = _with_comparison_columns(checker.extract(text, doc_date=dt.date(2025, 2, 25)))
    comparable(work)
    corrected = work.copy(deep=False)
    rows = corrected["surface"] == "$1,340 billion"
    corrected.loc[rows, ["cmp_value", "cmp_low", "cmp_high", "cmp_surface"]] = [1.34e9, 1.3395e9, 1.3405e9, "$1.340 billion"]
    carry_over(work, corrected, corrected.index[rows])
    carried = comparable.cached(corrected)
    assert carried is not None
    pd.testing.assert_frame_equal(carried, comparable.__wrapped__(corrected))


def test_jsonl_rows_equal_the_records_the_json_report_uses():
    import json

    from checker.figures import to_jsonl, to_records

    text = (ROOT / "seeds" / "000_2d71913308cefc30.txt").read_text(encoding="utf-8")
    table = checker.extract(text, doc="seed.txt", doc_date=dt.date(2025, 2, 25))
    table.loc[0, "value_high"] = np.inf  # "more than": no upper end
    table.loc[1, "value_low"] = 4.3500000000000005  # float noise beyond 15 digits
    text = to_jsonl(table)
    assert text.endswith("}\n") and "\n\n" not in text  # one line per figure
    lines = [json.loads(line) for line in text.split("\n")[:-1]]
    records = to_records(table)
    assert [set(line) for line in lines] == [set(record) for record in records]
    for line, record in zip(lines, records, strict=True):
        for key, value in record.items():
            if isinstance(value, float):
                assert line[key] == pytest.approx(value, rel=1e-14), key  # 15 significant digits
            else:
                assert line[key] == value, key
    assert lines[0]["period_start"] == "2024-01-01" and lines[0]["value_high"] is None


def test_a_bulletin_carries_its_period_past_comparison_bases_and_asides():
    text = (
        "Kazakhstan's foreign trade turnover in January-September 2025 amounted to $102.6 billion, 3.4% more than in January-September 2024.\n\n"
        "Exports totalled $57.9 billion, while imports rose to $44.7 billion. The surplus narrowed to $13.2 billion.\n\n"
        "In September alone, exports were $6.4 billion.\n\n"  # an aside: not carried on
        "Trade with China reached $21.8 billion."
    )
    table = figures_of(text, "2025-11-14")
    money = table[table["kind"] == "money"]
    assert list(money["period_label"]) == ["Jan-Sep 2025"] * 4 + ["Sep 2025", "Jan-Sep 2025"]


def test_a_back_reference_takes_the_metric_of_the_sentences_before():
    text = (
        "Trade between Tajikistan and Uzbekistan reached $715.6 million last year, up 20% from 2023, according to Tajik data.\n\n"
        "Uzbekistan's statistics agency put the figure higher, at $822 million.\n\n"
        "A new bridge will cost $100 million."  # no back reference: no metric carried
    )
    table = figures_of(text, "2025-03-05")
    money = table[table["kind"] == "money"]
    assert list(money["metric"]) == ["trade_turnover", "trade_turnover", None]
    assert list(money["period_label"])[:2] == ["2024", "2024"]  # "from 2023" is the base, not carried
    assert list(money["reporter"])[:2] == ["TJK", "UZB"]


def test_a_share_of_a_total_is_a_part_not_the_total():
    named = figures_of("In 2024 oil and gas made up 53% of exports, worth about $30.7 billion.").iloc[1]
    unnamed = figures_of("In 2024 the ten largest items made up 53% of exports, worth about $30.7 billion.").iloc[1]
    total = figures_of("In 2024 exports were $57.9 billion, 53% of them oil.").iloc[0]
    assert (named["scope"], unnamed["scope"], total["scope"]) == ("energy", "share", None)


def test_a_dateline_is_no_period():
    text = "DUSHANBE, March 5 (Reuters) - Tajikistan and Uzbekistan aim to lift trade to $2 billion by 2027, the president said."
    assert figures_of(text, "2025-03-05").iloc[0]["period_label"] == "2027"
    assert figures_of("On 5 March trade reached $2 billion in 2024.", "2025-03-05").iloc[0]["period_label"] == "2024"
    assert figures_of("In March exports reached $2 billion.", "2025-06-05").iloc[0]["period_label"] == "Mar 2025"


def test_a_table_of_partners_reads_each_rows_country_as_the_partner():
    text = (
        "Kyrgyzstan's trade with the EAEU grew in 2024.\n\n"
        "| Partner | Exports, $ million |\n|---|---|\n| Russia | 790.4 |\n| Kazakhstan | 600.2 |\n| Total | 1,390.6 |\n"
    )
    table = figures_of(text, "2025-04-02")
    assert list(zip(table["reporter"], table["partner"], table["metric"], strict=True)) == [
        ("KGZ", "RUS", "exports"), ("KGZ", "KAZ", "exports"), ("KGZ", None, "exports"),
    ]  # fmt: skip
    # Partners across the top, years down the side.
    across = figures_of(
        "Kyrgyzstan's trade turnover with its neighbours, $ million:\n\n| Year | Russia | **Kazakhstan** |\n|---|---|---|\n| 2024 | 3,201.0 | 1,899.7 |\n",
        "2025-04-02",
    )
    assert list(zip(across["reporter"], across["partner"], across["period_label"], strict=True)) == [("KGZ", "RUS", "2024"), ("KGZ", "KAZ", "2024")]


def test_of_a_pair_the_country_named_as_the_declaring_side_speaks_for_sentences_naming_neither():
    text = (
        "Uzbekistan's exports to Kazakhstan rose in 2024.\n\n"
        "Exports to Kazakhstan reached $1.12 billion in 2024, and trade with Kazakhstan grew.\n\n"
        "Kazakhstan's imports from Uzbekistan were $1.16 billion in 2024, Kazakhstan said.\n\n"
        "The agency expects exports to reach $1.3 billion this year."
    )
    last = figures_of(text, "2025-04-10").iloc[-1]
    assert (last["reporter"], last["partner"], last["reporter_source"]) == ("UZB", "KAZ", "document")


def test_the_next_sentence_takes_the_period_of_the_figures_not_of_their_base():
    text = (
        "Kyrgyzstan's trade with Kazakhstan rose 8.5% to $1.95 billion in 2024 from $1.8 billion in 2023.\n\n"
        "Exports fell to $610 million, down 4% from $640 million a year earlier, while imports grew to $1.34 billion."
    )
    money = figures_of(text, "2025-01-21").query("kind == 'money'")
    assert list(money["period_label"]) == ["2024", "2023", "2024", "2023", "2024"]
    # "a year earlier" after $640 million is that figure's base (2023), not the next figure's.
    assert list(money["status"]) == [None, "previous", None, "previous", None]


def test_for_the_same_year_takes_the_period_named_before_across_paragraphs():
    text = (
        "Trade between Georgia and Armenia reached $1.14 billion in 2024, according to Geostat.\n\n"
        "The ministers also discussed a new border crossing.\n\n"
        "Armstat put bilateral trade at $1.27 billion for the same year."
    )
    assert list(figures_of(text, "2025-02-18")["period_label"]) == ["2024", "2024"]
    # Without the reference the paragraph is a new subject: no period carried over a paragraph without figures.
    assert figures_of(text.replace(" for the same year", ""), "2025-02-18").iloc[1]["period_label"] is None


def test_a_figure_for_a_period_not_yet_begun_is_no_outcome():
    text = "Officials expect trade to top $2 billion in 2025 and reach $3 billion by 2030."
    assert list(figures_of(text, "2025-01-21")["status"]) == ["forecast", "forecast"]
    # A year under way is reported on ("in 2025 trade reached $1 billion" in June 2025): an outcome.
    assert figures_of("In 2025 trade reached $1 billion.", "2025-06-01").iloc[0]["status"] is None


def test_a_list_introduced_by_a_colon_continues_its_sentence():
    text = (
        "Key figures of Tajikistan's trade with Uzbekistan in January-June 2025:\n\n"
        "- Exports: $84.3 million (+5.1%)\n- Imports: $211.6 million\n- Turnover: $295.9 million\n- Balance: -$127.3 million\n"
    )
    money = figures_of(text, "2025-07-20").query("kind == 'money'")
    assert list(money["metric"]) == ["exports", "imports", "trade_turnover", "trade_balance"]
    assert set(money["period_label"]) == {"Jan-Jun 2025"}
    assert set(zip(money["reporter"], money["partner"], strict=True)) == {("TJK", "UZB")}
    assert money.iloc[-1]["value"] == -127.3e6  # the minus sign of a balance


def test_other_balances_are_not_the_trade_balance():
    text = "In 2024 Georgia posted a current account deficit of $2.1 billion and a trade deficit of $7.4 billion; the budget deficit was $0.9 billion."
    assert list(figures_of(text)["metric"]) == ["current_account", "trade_balance", "budget"]


def test_a_meeting_of_two_speakers_is_about_their_pair():
    # Uzbekistan is named once ("Uzbek President"), but each side has a speaker: the document is about the pair.
    text = (
        '"Last year our mutual trade reached $4.4 billion," Kazakh President Kassym-Jomart Tokayev said on Tuesday.\n\n'
        '"Our trade grew to $4.9 billion in 2024," Uzbek President Shavkat Mirziyoyev replied.'
    )
    table = figures_of(text, "2025-06-03")
    assert list(zip(table["reporter"], table["partner"], table["reporter_source"], strict=True)) == [
        ("KAZ", "UZB", "attribution"), ("UZB", "KAZ", "attribution"),
    ]  # fmt: skip


def test_a_bracketed_value_after_a_base_period_is_that_periods():
    text = "Trade between Kazakhstan and Russia was $27.9 billion in 2024, down 2.5% compared with 2023 ($28.6 billion), the ministry said."
    money = figures_of(text, "2025-02-20").query("kind == 'money'")
    assert list(zip(money["period_label"], money["status"], strict=True)) == [("2024", None), ("2023", "previous")]


def test_the_country_named_as_declaring_side_outranks_one_named_more_often_as_partner():
    text = (
        "Uzbekistan's trade with Tajikistan reached 9.8 trillion soums ($776 million) in 2024, the Statistics Agency said."
        " Exports to Tajikistan made up 6.5 trillion soums, and imports 3.3 trillion UZS.\n\n"
        "In the first quarter of 2025 trade grew by 11% to $201.3 million."
    )
    money = figures_of(text, "2025-04-14").query("kind == 'money'")
    assert list(money["currency"]) == ["UZS", "USD", "UZS", "UZS", "USD"]
    assert set(zip(money["reporter"], money["partner"], strict=True)) == {("UZB", "TJK")}


def test_a_minus_sign_makes_a_balance_negative_in_prose_and_in_tables():
    prose = figures_of("In 2024 Tajikistan's trade balance with Uzbekistan was -$127.3 million.").iloc[0]
    cell = figures_of("Tajikistan's trade with Uzbekistan, US$ million:\n\n| Indicator | 2024 |\n|---|---|\n| Trade balance | -127.3 |\n").iloc[0]
    assert (prose["value"], cell["value"]) == (-127.3e6, -127.3e6)


def test_a_correction_notices_wrong_value_is_not_compared():
    text = (
        "Tashkent, 3 September 2025\n\nUzbek exports to Turkey were $812.5 million in 2024, the statistics agency said.\n\n"
        "Correction: An earlier version of this story {verb} the value of Uzbek exports to Turkey in 2024 as $812.5 billion."
    )
    assert [f.code for f in findings_of(text.format(verb="gave"))] == ["TC203"]  # a scale slip when stated
    assert findings_of(text.format(verb="misstated")) == []


@pytest.mark.parametrize(
    ("text", "column", "expected"),
    [
        # "respectively" pairs the figures with a list of as many periods, partners or metrics, in order.
        ("Kazakhstan's exports to Kyrgyzstan in 2023 and 2024 were $1.1 billion and $1.3 billion, respectively.", "period_label", ["2023", "2024"]),
        ("Kazakhstan and Kyrgyzstan traded goods worth $1.3 billion and $1.5 billion in 2023 and 2024 respectively.", "period_label", ["2023", "2024"]),
        ("Kazakhstan's exports to Russia and China were $11.1 billion and $13.3 billion, respectively.", "partner", ["RUS", "CHN"]),
        ("Exports to Russia, China and Italy reached $11.1 billion, $13.3 billion and $20.2 billion respectively.", "partner", ["RUS", "CHN", "ITA"]),
        ("Kazakhstan's exports to Kyrgyzstan and imports from it were $1.1 billion and $0.6 billion respectively.", "metric", ["exports", "imports"]),
        # A list of another length assigns nothing: the figures keep what they had.
        ("Kazakhstan's exports in 2023 and 2024 were $1.1 billion, $1.3 billion and $1.4 billion respectively.", "period_label", ["2024"] * 3),
        # A listed partner is never the declaring side ("to Russia, China and Italy").
        ("Exports to Russia, China and Italy reached $11.1 billion, $13.3 billion and $20.2 billion respectively.", "reporter", [None] * 3),
    ],
)
def test_respectively_pairs_figures_with_a_list_in_order(text, column, expected):
    assert list(figures_of(text, "2025-03-01")[column]) == expected


def test_a_monthly_table_under_a_year_column_and_a_titled_metric():
    # Months heading the rows and the year heading the column make each row's month of that year; the
    # title names the metric the headers do not. Before, every cell was "2025" with no metric: never compared.
    text = (
        "Exports of the Kyrgyz Republic to Kazakhstan, thousand US dollars\n\n"
        "| Month | 2025 |\n|---|---|\n| January | 41 205.3 |\n| February | 44 870.1 |\n| March | 52 310.9 |\n| Q1 total | 139 386.3 |\n"
    )
    table = figures_of(text, "2025-04-10")
    assert list(table["period_label"]) == ["Jan 2025", "Feb 2025", "Mar 2025", "Q1 2025"]
    assert set(table["metric"]) == {"exports"} and table["value"].iloc[0] == 41_205_300
    # The months do not add up to the quarter (138,386.3 thousand): found.
    assert [f.code for f in findings_of(text, "2025-04-10")] == ["TC402"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("• Trade balance: –$210.9 million", -210.9e6),  # typeset minus: an en dash glued to the figure
        ("• Trade balance: −$210.9 million", -210.9e6),
        ("• Trade balance – $210.9 million", 210.9e6),  # a dash with spaces is punctuation
    ],
)
def test_minus_signs_of_a_balance(text, value):
    assert figures_of(text)["value"].iloc[-1] == value


def test_respectively_is_no_conflict():
    # Before, both figures took 2024 and conflicted (TC201): two years' values, not two values of one year.
    text = "Kazakhstan's exports to Kyrgyzstan in 2023 and 2024 were $1.1 billion and $1.3 billion, respectively."
    assert findings_of(text, "2025-03-01") == []


def test_a_figure_restated_in_brackets_or_after_or_keeps_the_sides_of_the_one_before():
    # "and Russia for 17.5% ($5.91 billion)": the money restates the share, Russia's; before, it took the
    # sentence's first partner (China) and gave a false TC201 against China's $6.36 billion.
    text = (
        "In the first half of 2025, Uzbekistan's foreign trade turnover reached $33.8 billion. China accounted for"
        " 18.8% of it, with $6.36 billion, and Russia for 17.5% ($5.91 billion)."
    )
    assert list(figures_of(text, "2025-08-02")["partner"]) == ["WLD", "CHN", "CHN", "RUS", "RUS"]
    assert findings_of(text, "2025-08-02") == []


def test_a_numbered_list_of_partners_under_a_colon():
    text = (
        "Kyrgyzstan's foreign trade turnover in Q1-Q3 2025 amounted to $11.8 bn, the statistics committee reported.\n\n"
        "Top partners (share of turnover):\n\n1. China — $4.4 bn (37.3%)\n2. Russia — $2.7 bn (22.9%)\n3. Kazakhstan — $1.2 bn (10.2%)\n"
    )
    money = figures_of(text, "2025-11-15").query("kind == 'money'")
    assert list(money["partner"])[1:] == ["CHN", "RUS", "KAZ"]  # the item's label, never the declaring side
    assert set(money["reporter"]) == {"KGZ"}
    assert set(money["period_label"]) == {"Jan-Sep 2025"}  # the list continues the sentence before it


def test_a_table_cell_with_a_footnote_mark_and_a_re_exports_row():
    text = (
        "Dushanbe, 2 October 2025\n\nTajikistan's trade with Uzbekistan, thousand USD:\n\n"
        "| Indicator | Jan–Aug 2025 |\n|---|---|\n| Exports | 98 410.2* |\n| Re-exports | 1 250.0 |\n\n\\* revised\n"
    )
    table = figures_of(text)
    assert list(table["value"]) == [98_410_200.0, 1_250_000.0]  # the mark is no word: the cell is read
    assert list(table["scope"]) == [None, "re-export"]  # a part of exports, never compared with the total


def test_the_year_of_a_date_is_when_something_was_said_not_a_period():
    # "extracted 20 February 2025" is a source line: "the same year" reaches past it to the figures' 2024.
    text = (
        "Exports to China dropped 4.5% to €213.3 billion in 2024.\n\n"
        "Source: Eurostat, extracted 20 February 2025.\n\n"
        "China's customs reported its exports to the EU of $516.4 billion for the same year."
    )
    assert list(figures_of(text, "2025-03-03")["period_label"]) == ["2024", "2024", "2024"]
    assert figures_of("On March 3, 2025 the ministry put exports at $5 billion.", "2025-03-03").iloc[0]["period_label"] is None
    # A month with its year is a period; so is a year after a date that is not the date's own.
    assert figures_of("In March 2025, exports reached $5 billion.", "2025-06-03").iloc[0]["period_label"] == "Mar 2025"
    assert figures_of("On 5 March 2025 the agency said exports in 2024 were $5 billion.", "2025-06-03").iloc[0]["period_label"] == "2024"


@pytest.mark.parametrize(
    "record",
    [
        "The deficit of €304.9 billion was the smallest since 2021.",
        "The deficit, at €304.9 billion, was the lowest level since 2021.",
        "For the first time since 2019, the deficit narrowed, to €304.9 billion.",
    ],
)
def test_a_record_since_a_year_is_dated_by_the_figures_before_not_by_that_year(record):
    text = f"Exports to China dropped 4.5% to €213.3 billion in 2024.\n\n{record}"
    assert figures_of(text, "2025-03-03").iloc[-1]["period_label"] == "2024"


def test_a_target_year_does_not_date_the_next_paragraph():
    text = (
        "In 2024 mutual trade amounted to $7.1 billion. The two countries have set a target of $15 billion by 2030.\n\n"
        "Turkey remains Azerbaijan's second-largest trading partner, accounting for 13.5% of its foreign trade."
    )
    share = figures_of(text, "2025-10-14").iloc[-1]
    assert (share["period_label"], share["status"]) == (None, None)
    # A paragraph after an outcome still carries its period on.
    outcome = text.replace(" The two countries have set a target of $15 billion by 2030.", "")
    assert figures_of(outcome, "2025-10-14").iloc[-1]["period_label"] == "2024"


@pytest.mark.parametrize(
    ("header", "currency", "scale"),
    [
        ("US$ mn", "USD", "million"), ("USD m", "USD", "million"), ("$ million", "USD", "million"),
        ("EUR bn", "EUR", "billion"), ("€ bn", "EUR", "billion"), ("million US dollars", "USD", "million"),
    ],
)  # fmt: skip
def test_a_column_header_names_the_unit_of_its_cells(header, currency, scale):
    text = f"EU trade with China.\n\n| Year | Exports ({header}) |\n|---|---:|\n| 2024 | 213.3 |\n"
    cell = figures_of(text, "2025-03-03").iloc[0]
    assert (cell["currency"], cell["scale"]) == (currency, scale)


def test_a_short_scale_word_in_a_header_needs_a_currency_beside_it():
    from checker.lexicon import load_lexicon, named_unit

    lex = load_lexicon("en")
    assert named_unit("Length (m)", lex) == (None, None)
    assert named_unit("Value (US$ m)", lex) == ("million", "USD")


def test_a_figure_whose_sentence_names_only_its_bases_period_takes_the_period_before():
    text = (
        "Britain's exports to the EU fell to £358.6bn in 2024, while imports from the EU were £448.1bn. "
        "That left a trade deficit with the EU of £89.5bn, up from £81.2bn in 2023."
    )
    assert list(figures_of(text, "2025-02-12")["period_label"]) == ["2024", "2024", "2024", "2023"]


def test_sides_past_an_article_and_a_possessive_after_a_partner():
    text = (
        "Britain's exports to the EU fell to £358.6bn in 2024.\n\n"
        "Exports to Germany, Britain's largest EU market, were worth about £44bn. Trade with the Netherlands totalled £60bn."
    )
    table = figures_of(text, "2025-02-12")
    assert list(zip(table["reporter"], table["partner"], strict=True)) == [("GBR", "EUU"), ("GBR", "DEU"), ("GBR", "NLD")]


def test_total_exports_are_with_the_world():
    text = "Britain's exports to the EU fell to £358.6bn in 2024. The government aims to raise total exports to £1 trillion by 2030."
    assert list(figures_of(text, "2025-02-12")["partner"]) == ["EUU", "WLD"]


def test_a_total_named_as_such_is_with_the_world_whatever_partner_the_sentence_has():
    # The sentence's partner (Russia) is the share's; the money figure is China's whole trade.
    text = (
        "Russia accounted for 3.9% of China's total foreign trade of $6.16 trillion in 2024. "
        "Trade with Russia made up 5% of Kazakhstan's overall trade, which reached $80 billion."
    )
    money = figures_of(text, "2025-01-13").query("kind == 'money'")
    assert list(zip(money["reporter"], money["partner"], strict=True)) == [("CHN", "WLD"), ("KAZ", "WLD")]
    # A total with its own partner stays bilateral.
    text = "China's total trade with Russia was $244.8 billion in 2024. Total trade between Kazakhstan and Russia reached $28 billion."
    assert list(figures_of(text, "2025-01-13")["partner"]) == ["RUS", "RUS"]
    text = "Trade between China and Russia rose to $244.8 billion in 2024. Russia accounted for 3.9% of China's total foreign trade of $6.16 trillion."
    assert findings_of(text, "2025-01-13") == []


SHARE_SENTENCES = [
    # (sentence, roles in order, the whole's partner)
    ("Kazakhstan's exports to China reached $15.6 billion in 2024, or 19.8% of total exports of $78.7 billion.", [None, "share", "whole"]),
    ("China accounted for 23.5% of Kazakhstan's foreign trade turnover of $139.6 billion in 2024, or $32.8 billion.", ["share", "whole", None]),
    ("Russia's share in Kyrgyzstan's trade turnover was 28.1% in 2024: $3.6 billion out of $12.6 billion.", ["share", None, "whole"]),
    # A qualifier before the total: "out of some $12.6 billion"
    ("Russia's share in Kyrgyzstan's trade turnover was 28.1% in 2024: $3.6 billion out of some $12.6 billion.", ["share", None, "whole"]),
    ("China took a 19.8% share of the country's exports worth $78.7 billion in 2024.", ["share", "whole"]),
    ("In 2024 exports to China were $15.6 billion (19.8% of the total of $78.7 billion).", [None, "share", "whole"]),
    ("China and Russia accounted for 23.5% and 17.5% of Kazakhstan's foreign trade turnover of $139.6 billion in 2024.", ["share", "share", "whole"]),
    # ", worth": the part, not the total (the scope word names what the part is)
    ("Oil and gas condensate made up 53% of Kazakhstan's exports, worth $41.7 billion, in 2024.", ["share", None]),
    # A percentage that is no share, and a money figure after "of" that is no total
    ("Kazakhstan's exports to China rose 12% in 2024 to a record of $15.6 billion.", [None, None]),
]


@pytest.mark.parametrize(("text", "roles"), SHARE_SENTENCES)
def test_a_share_and_the_total_it_is_of_are_marked(text, roles):
    figures = figures_of(text, "2025-03-14")
    assert [None if pd.isna(r) else r for r in figures["role"]] == roles
    whole = figures[figures["role"] == "whole"]
    # The total is the country's trade with the world, not with the share's country.
    assert list(whole["partner"]) == ["WLD"] * len(whole)
    assert (figures.loc[figures["role"].isna() & (figures["kind"] == "money"), "partner"] != "WLD").all()


def test_a_part_and_its_total_in_one_sentence_are_no_conflict():
    # Read as one claim, 32.8 and 139.6 were a 325% "conflict" (TC201), 3.6 and 12.6 another.
    text = (
        "China accounted for 23.5% of Kazakhstan's foreign trade turnover of $139.6 billion in 2024, or $32.8 billion.\n\n"
        "Russia's share in Kyrgyzstan's trade turnover was 28.1% in 2024: $3.6 billion out of $12.6 billion."
    )
    assert findings_of(text, "2025-03-14") == []
    # A part restated right after the total keeps the share's sides, not the total's.
    text = "China accounted for 23.5% of Kazakhstan's foreign trade turnover of $139.6 billion, or $32.8 billion, in 2024."
    money = figures_of(text, "2025-03-14").query("kind == 'money'")
    assert list(zip(money["reporter"], money["partner"], strict=True)) == [("KAZ", "WLD"), ("KAZ", "CHN")]


def test_a_pronoun_accounting_for_a_share_is_the_partner_of_the_sentence_before():
    text = (
        "China remained Uzbekistan's largest trading partner. It accounted for 19.9% of Uzbekistan's foreign trade "
        "turnover of $65.9 billion in 2024, or $13.1 billion."
    )
    assert list(figures_of(text, "2025-02-20")["partner"]) == ["CHN", "WLD", "CHN"]
    # Unnamed, the part's partner stays unknown: the world is its total's, and 13.1 against 65.9 is no conflict.
    text = (
        "Uzbekistan's foreign trade turnover reached $65.9 billion in 2024.\n\n"
        "The largest partner accounted for 19.9% of Uzbekistan's foreign trade turnover of $65.9 billion in 2024, or $13.1 billion."
    )
    figures = figures_of(text, "2025-02-20")
    assert [None if pd.isna(p) else p for p in figures["partner"]] == ["WLD", "WLD", "WLD", None]
    assert findings_of(text, "2025-02-20") == []


def test_countries_sharing_a_total_take_their_figures_respectively():
    # Read as Russia's both, 32.8 and 24.4 were a false conflict (TC201).
    text = (
        "China and Russia accounted for 23.5% and 17.5% of Kazakhstan's foreign trade turnover of $139.6 billion in 2024, "
        "$32.8 billion and $24.4 billion respectively."
    )
    figures = figures_of(text, "2025-03-14")
    assert list(figures["partner"]) == ["CHN", "RUS", "WLD", "CHN", "RUS"]
    assert findings_of(text, "2025-03-14") == []


def test_a_comparison_cue_before_to_names_the_base_not_the_figure():
    text = (
        "In December, China's exports to Russia rose 2.5% from a year earlier to $11.2 billion. "
        "Imports rose to $9.9 billion, up from a year ago. Exports were $3.1 billion a year earlier. "
        "Imports rose 5.2% to $300.2 billion compared with the same period of the previous year."
    )
    assert list(figures_of(text, "2025-01-13").query("kind == 'money'")["status"]) == [None, None, "previous", None]


def test_a_country_named_as_a_supplier_or_destination_is_the_partner():
    text = (
        "Germany was the main destination for Turkish exports in October with $1.9 billion. "
        "Russia was the top source of imports with $3.9 billion, followed by China ($3.8 billion)."
    )
    table = figures_of(text, "2025-11-04")
    assert list(zip(table["reporter"], table["partner"], strict=True)) == [("TUR", "DEU"), ("TUR", "RUS"), ("TUR", "CHN")]


@pytest.mark.parametrize(
    "text",
    [
        "Turnover reached $33.8 billion, an increase of $4.2 billion on 2024.",
        "Turnover reached $33.8 billion in 2025, having grown by $4.2 billion.",
        "Товарооборот составил 33,8 млрд долларов, увеличившись на 4,2 млрд долларов.",
    ],
)
def test_how_much_a_value_changed_is_a_difference_not_the_value(text):
    table = figures_of(text, "2025-07-18")
    assert list(table["status"]) == [None, "difference"]
    assert findings_of(text, "2025-07-18") == []


def test_a_negative_trade_balance_is_a_deficit():
    assert figures_of("The negative trade balance was 564.8 million US dollars.", "2025-07-18").iloc[0]["value"] == -564.8e6


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Exports were $5.2 billion in 2024, $1.1 billion more than in 2023.", "up"),
        ("Exports were $5.2 billion in 2024, $1.1 billion less than in 2023.", "down"),
        ("Товарооборот составил 512,3 млн долларов, что на 78,1 млн долларов, или на 13%, меньше, чем годом ранее.", "down"),
    ],
)
def test_a_difference_named_after_the_figure_has_its_own_direction(text, change):
    difference = figures_of(text, "2025-08-25").query("kind == 'money'").iloc[1]
    assert (difference["status"], difference["change"]) == ("difference", change)
    # "More than" before a figure is a qualifier, not a difference.
    assert figures_of("Trade was more than $5 billion in 2024.", "2025-08-25").iloc[0]["status"] is None


def test_figures_beside_a_trading_partner_are_trade_turnover():
    text = (
        "Kazakhstan's trade with China reached $43.8 billion in January-September 2025.\n\n"
        "China remained Kazakhstan's largest trading partner, ahead of Russia ($19.1 billion) and Italy ($13.6 billion)."
    )
    table = figures_of(text, "2025-11-14")
    assert list(zip(table["metric"], table["partner"], table["period_label"], strict=True))[1:] == [
        ("trade_turnover", "RUS", "Jan-Sep 2025"), ("trade_turnover", "ITA", "Jan-Sep 2025"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Imports from China totalled $4.1 billion in the first half of 2025.\n\nAnalysts expect full-year imports from China of $8-9 billion.",
        "Экспорт за январь-июнь 2025 года составил 5,1 млрд долларов. По итогам года экспорт ожидается на уровне 11 млрд долларов.",
    ],
)
def test_a_full_year_figure_takes_the_whole_year_of_the_months_carried_on(text):
    assert list(figures_of(text, "2025-07-30")["period_label"]) == ["H1 2025" if "first half" in text else "Jan-Jun 2025", "2025"]


def test_a_rate_against_the_year_before_given_elsewhere_in_the_document(tmp_path):
    # January-February 2024 (a leap year) against January-February 2023: matched by months, not by last day.
    text = (
        "In January-February 2024 Kazakhstan's exports to China rose 30% to $2.6 billion.\n\n"
        "In January-February 2023, Kazakhstan's exports to China were $2.4 billion."
    )
    (finding,) = [f for f in findings_of(text, "2024-03-20") if f.code == "TC305"]
    assert "+8.3%" in finding.message and "(line 3)" in finding.message and "Jan-Feb 2024" in finding.message
    assert findings_of(text.replace("30%", "8%"), "2024-03-20") == []
    # Another document's year before is not this document's base.
    one, other = text.split("\n\n")
    (tmp_path / "a.txt").write_text(f"20 March 2024\n\n{one}\n")
    (tmp_path / "b.txt").write_text(f"20 March 2023\n\n{other}\n")
    assert "TC305" not in [f.code for f in check([str(tmp_path)]).findings]


def test_a_table_column_of_changes_in_percent_gives_rates_of_the_newest_period():
    text = (
        "EU trade with China, EUR billion\n\n"
        "| Flow | 2024 | 2023 | Change, % |\n|---|---:|---:|---:|\n"
        "| Exports | 213.3 | 223.5 | -4.5 |\n| Imports | 518.2 | 514.1 | +0.8 |\n"
    )
    rates = figures_of(text, "2025-03-03").query("kind == 'percent'")
    assert list(zip(rates["value"], rates["change"], rates["metric"], rates["period_label"], strict=True)) == [
        (4.5, "down", "exports", "2024"),
        (0.8, "up", "imports", "2024"),
    ]
    assert findings_of(text, "2025-03-03") == []
    # Another header makes no rate: "Share, %" gives shares (no direction), "in % of 2023" an index (100 is no change).
    shares = figures_of(text.replace("Change, %", "Share, %"), "2025-03-03").query("kind == 'percent'")
    assert list(shares["role"]) == ["share", "share"] and shares["change"].isna().all()
    assert figures_of(text.replace("Change, %", "2024 in % of 2023"), "2025-03-03").query("kind == 'percent'").empty


@pytest.mark.parametrize(
    ("text", "scopes", "partners"),
    [
        # A scope word accounting for a figure is its scope: gold exports, not a second exports total. (With the world: no partner named.)
        ("Exports rose 29.6% to $28.7 billion in 2024, of which gold accounted for $12.2 billion.", [None, "gold"], ["WLD", "WLD"]),
        # A part after "of which" is a part of the figure before, whoever it went to.
        ("Kazakhstan's exports reached $28.7 billion in 2024, of which $12.2 billion went to Italy.", [None, "share"], [None, None]),
        # A partner named in a part's clause is the part's, not the total's.
        ("Kazakhstan's exports reached $28.7 billion in 2024, of which Russia accounted for $12.2 billion.", [None, None], [None, "RUS"]),
    ],
)
def test_parts_of_a_figure_are_not_the_figure(text, scopes, partners):
    figures = figures_of("Astana, 1 March 2025\n\nKazakhstan's foreign trade grew in 2024.\n\n" + text, "2025-03-01")
    money = figures.query("kind == 'money'")
    assert [None if pd.isna(s) else s for s in money["scope"]] == scopes
    assert [None if pd.isna(p) else p for p in money["partner"]][-len(partners) :] == partners


def test_partners_listed_after_the_largest_are_partners_not_the_documents_countries():
    text = (
        "Uzbekistan's foreign trade turnover rose to $64.1 billion in January-October 2025.\n\n"
        "China remained the country's biggest trading partner with a share of 18.2%, followed by Russia with 16.9% and "
        "Kazakhstan with 6.1%. Trade with China reached $11.7 billion, while trade with Russia was $10.8 billion."
    )
    figures = figures_of(text, "2025-11-20")
    assert set(figures["reporter"]) == {"UZB"}
    assert list(figures.query("kind == 'money'")["partner"]) == ["WLD", "CHN", "RUS"]


def test_a_document_naming_several_partners_alike_is_about_no_pair():
    # China and Russia are named alike: an exports figure with no partner is not China's by default.
    text = (
        "Kazakhstan's exports reached $78.9 billion in 2024. China accounted for 25.9% of Kazakhstan's exports and Russia for 11.5%. "
        "Kazakhstan's trade with China and Russia grew.\n\nOil and gas condensate made up 53% of exports, worth $41.8 billion."
    )
    figures = figures_of(text, "2025-03-14")
    # (the country's exports with the world: the sentence names no partner; the share's part stays unnamed)
    assert [None if pd.isna(p) else p for p in figures.query("kind == 'money'")["partner"]] == ["WLD", None]


def test_another_sources_higher_figure_answers_the_headline_of_its_period():
    text = (
        "ASTANA, Oct 28, 2025 - Turnover between Kazakhstan and Uzbekistan was $1.32 billion in the third quarter, "
        "bringing the total for January-September to $3.58 billion.\n\n"
        "Kazakhstan's exports to Uzbekistan accounted for about two-thirds of that, at $2.4 billion, while imports came to $1.18 billion.\n\n"
        "Uzbekistan's statistics agency reported a slightly higher figure for the nine months: $3.9 billion."
    )
    figures = figures_of(text, "2025-10-28")
    # The nine months' turnover (the headline), not the imports named last; Uzbekistan's side.
    assert list(figures[["metric", "reporter"]].iloc[-1]) == ["trade_turnover", "UZB"]
    # 3.58 against 3.9 is within the mirror band: nothing. Further apart, the two offices' asymmetry.
    assert findings_of(text, "2025-10-28") == []
    assert [f.code for f in findings_of(text.replace("$3.9 billion", "$4.3 billion"), "2025-10-28")] == ["TC202"]


def test_a_group_named_in_a_pair_is_the_partner_not_the_documents_country():
    text = (
        "Trade between the European Union and the five Central Asian states reached a record €54.1 billion in 2024, "
        "up 20% from €45.1 billion a year earlier, according to Eurostat.\n\n"
        "EU imports from Kazakhstan came to €29.6 billion, while EU exports to Kazakhstan rose to €12.8 billion."
    )
    figures = figures_of(text, "2025-05-12").query("kind == 'money'")
    assert list(figures["reporter"]) == ["EUU"] * 4
    assert list(figures["partner"]) == ["CENTRAL_ASIA", "CENTRAL_ASIA", "KAZ", "KAZ"]
    # Not Kazakhstan's turnover: no sum of the Kazakh exports and imports to compare it with.
    assert findings_of(text, "2025-05-12") == []


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan's exports to China rose to $5.2 billion in 2024 from $4.1 billion in 2023, up 26.8%.",
        "In 2024 Kazakhstan's exports to China were $5.2 billion, compared with $4.1 billion in 2023, an increase of 26.8%.",
    ],
)
def test_a_rate_after_its_base_is_of_the_outcomes_period(text):
    figures = figures_of(text, "2025-05-12")
    assert list(figures["period_label"]) == ["2024", "2023", "2024"]


def test_a_countrys_total_trade_turnover_is_with_the_world_in_a_document_about_a_pair():
    text = (
        "Russia's share in Uzbekistan's foreign trade fell by 1.2 percentage points to 15.4% in the first half of 2025. "
        "Trade with Russia amounted to $5.2 billion.\n\n"
        "Uzbekistan's total trade turnover for the half-year reached $33.8 billion. Exports grew by 24.4% to $16.6 billion, "
        "and imports by 6.3% to $17.2 billion."
    )
    figures = figures_of(text, "2025-08-04").query("kind == 'money'")
    assert list(figures["partner"]) == ["RUS", "WLD", "WLD", "WLD"]
    # Not Russia's turnover: no conflict with the $5.2 billion, and the world's sum adds up.
    assert findings_of(text, "2025-08-04") == []


@pytest.mark.parametrize(
    "text",
    ["The central bank's average rate for the period was KZT 490.2 per dollar.", "The rate was 12,500 soums per US dollar."],
)
def test_an_exchange_rate_is_a_rate_per_unit_not_an_amount(text):
    assert list(figures_of(text, "2025-08-04")["scope"]) == ["per_unit"]


def test_a_partner_named_after_a_share_of_the_total_has_its_own_figure_not_an_unnamed_part():
    text = (
        "China remained Kazakhstan's largest trading partner with US$18.3bn, or 17.8% of turnover, "
        "followed by Russia with US$16.1bn (15.7%) in January-September 2025."
    )
    figures = figures_of(text, "2025-11-12").query("kind == 'money'")
    assert list(figures["partner"]) == ["CHN", "RUS"]
    assert figures["scope"].isna().all()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russia's share in Uzbekistan's foreign trade fell by 1.2 percentage points to 16.9% in the first half of 2025.", "en"),
        ("Доля России во внешней торговле Узбекистана снизилась на 1,2 процентного пункта до 16,9%.", "ru"),
    ],
)
def test_a_change_of_a_share_in_points_is_not_the_share(text, language):
    figures = figures_of(text, "2025-08-04", language)
    assert [None if pd.isna(r) else r for r in figures["role"]] == [None, "share"]
    assert list(figures["metric"]) == ["trade_turnover", "trade_turnover"]


def test_a_rate_after_compared_with_a_period_is_no_base():
    text = (
        "In January-August 2025, the foreign trade turnover of the Kyrgyz Republic amounted to 9,871.4 million US dollars "
        "and, compared with January-August 2024, increased by 8.7 percent."
    )
    figures = figures_of(text, "2025-10-15")
    assert figures["status"].isna().all()
    assert list(figures["period_label"]) == ["Jan-Aug 2025", "Jan-Aug 2025"]


def test_a_year_earlier_ending_a_sentence_is_no_base_of_the_next_sentences_period():
    text = (
        "The foreign trade deficit was $7.1 billion in October, compared with $7.2 billion a year earlier.\n\n"
        "In January-October 2025, exports rose 4.1% to $221.5 billion."
    )
    figures = figures_of(text, "2025-11-04")
    assert list(figures["period_label"])[-2:] == ["Jan-Oct 2025", "Jan-Oct 2025"]


def test_a_statistics_office_putting_the_figure_at_speaks_for_its_country():
    text = (
        "Trade turnover between Azerbaijan and Georgia totalled $1.08 billion in 2024, Azerbaijani Prime Minister Ali Asadov said.\n\n"
        "In the first seven months of 2025, bilateral trade rose by 6.3% to $655.4 million, Asadov said. "
        "Georgia's statistics office Geostat put the figure at $598.2 million."
    )
    figures = figures_of(text, "2025-09-18").query("kind == 'money'")
    assert list(figures["reporter"]) == ["AZE", "AZE", "GEO"]
    # Two offices, 9.6% apart: inside the mirror band, not a conflict.
    assert findings_of(text, "2025-09-18") == []
    assert [f.code for f in findings_of(text.replace("$598.2 million", "$558.2 million"), "2025-09-18")] == ["TC202"]


def test_a_headline_eyeing_a_figure_states_a_target():
    assert list(figures_of("Azerbaijan, Georgia eye $2 billion in trade", "2025-09-18")["status"]) == ["target"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Exports from Kazakhstan to Uzbekistan amounted to $2,401.7 million (+12.3%), imports to $1,180.7 million (-3.1%).", "en"),
        ("Экспорт из Казахстана в Узбекистан составил 2 401,7 млн долларов (+12,3%), импорт — 1 180,7 млн долларов (−3,1%).", "ru"),
    ],
)
def test_the_trader_after_its_flow_declares_and_a_signed_rate_has_its_direction(text, language):
    figures = figures_of(text, "2025-10-22", language)
    assert list(figures["reporter"]) == ["KAZ"] * 4
    assert list(figures["partner"]) == ["UZB"] * 4
    assert list(figures.query("kind == 'percent'")["change"]) == ["up", "down"]


def test_imports_into_a_country_are_its_own():
    figures = figures_of("Imports into the EU from China rose to €518.2 billion in 2024.", "2025-03-03")
    assert list(figures[["reporter", "partner"]].iloc[0]) == ["EUU", "CHN"]


WIRE = (
    "TASHKENT, Nov 20, 2025 (Reuters) - Uzbekistan's trade with China hit a record $11.6 bln in January-October, up 18% year-on-year.\n\n"
    "Imports from China rose to $9.8 bln in the 10 months, while exports slipped 4% to $1.8 bln, leaving Tashkent with a deficit "
    "of $8.0 bln in its trade with Beijing.\n\n"
    "In the third quarter alone, bilateral trade totalled $3.9 bln, compared with $3.4 bln in Q3 2024.\n\n"
    "China's customs reported a higher figure of {china} for the same period.\n\n"
    "Analysts expect full-year trade of $13.5-14 bln."
)


def test_capitals_and_datelines_name_their_countries_and_another_sources_figure_answers_the_headline():
    figures = figures_of(WIRE.format(china="$12.4 bln"), "2025-11-20").query("kind == 'money'")
    # Tashkent (the dateline) and Beijing make the document about Uzbekistan and China, not China alone.
    assert set(figures["reporter"].iloc[:4]) == {"UZB"} and set(figures["partner"].iloc[:4]) == {"CHN"}
    china = figures[figures["surface"] == "$12.4 bln"].iloc[0]
    assert (china["metric"], china["reporter"], china["period_label"]) == ("trade_turnover", "CHN", "Jan-Oct 2025")
    # A base's period ("$3.4 bln in Q3 2024") is no period for the sentences after it: the full year is 2025.
    assert figures["period_label"].iloc[-1] == "2025"
    # 6.9% apart is inside the mirror band; beyond it, the two offices' asymmetry.
    assert findings_of(WIRE.format(china="$12.4 bln"), "2025-11-20") == []
    assert [f.code for f in findings_of(WIRE.format(china="$13.4 bln"), "2025-11-20")] == ["TC202"]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan's exports reached $78.7 billion in 2024; exports to China were $15.6 billion.",
        "Kazakhstan's exports reached $78.7 billion in 2024, with China taking $15.6 billion.",
    ],
)
def test_a_partner_named_for_the_next_clause_is_not_the_totals(text):
    figures = figures_of(text, "2025-03-14")
    assert [None if pd.isna(p) else p for p in figures["partner"]] == [None, "CHN"]
    assert findings_of(text, "2025-03-14") == []  # the total is no conflicting figure for exports to China


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Kyrgyzstan imported goods worth $1.1 billion from Kazakhstan in 2024.", ["imports", "KGZ", "KAZ", "2024"]),
        ("Uzbekistan shipped $1.2 billion of gold to Switzerland in 2024.", ["exports", "UZB", "CHE", "2024"]),
    ],
)
def test_a_partner_after_from_is_no_comparison_base_of_the_period_after_it(text, row):
    figure = figures_of(text, "2025-03-14").iloc[0]
    assert [figure["metric"], figure["reporter"], figure["partner"], figure["period_label"]] == row


def test_a_metric_in_an_aside_in_brackets_is_not_the_next_figures():
    text = "In 2024, exports to Russia amounted to $11.1 billion (14.1% of total exports), up from $9.7 billion."
    base = figures_of(text, "2025-03-14").iloc[-1]
    assert (base["metric"], base["partner"], base["status"]) == ("exports", "RUS", "previous")
    assert pd.isna(base["scope"])


def test_trade_with_other_countries_is_no_second_total_with_the_world():
    text = (
        "Uzbekistan's foreign trade turnover in the first half of 2025 reached $33.8 billion. The main trading partners were:\n\n"
        "1. China — $6.9 billion (20.4%);\n2. Russia — $5.5 billion (16.3%);\n\n"
        "Trade with other countries amounted to $17.7 billion."
    )
    figures = figures_of(text, "2025-07-18").query("kind == 'money'")
    assert list(figures["partner"]) == ["WLD", "CHN", "RUS", "OTHER"]
    assert findings_of(text, "2025-07-18") == []


@pytest.mark.parametrize(
    ("text", "language", "surfaces"),
    [
        ("Uzbekistan's trade with China grew 1.5 times to $13.1 billion in 2024.", "en", ["1.5 times", "$13.1 billion"]),
        ("Товарооборот в 2024 году вырос в 1,5 раза и составил 13,1 млрд долларов.", "ru", ["1,5 раза", "13,1 млрд долларов"]),
        # A count is no multiplier ("up" inside "group" is no direction word).
        ("The group met 3 times in 2024 and trade reached $13.1 billion.", "en", ["$13.1 billion"]),
    ],
)
def test_a_multiplier_after_a_direction_word_is_a_percent_figure_of_scale_times(text, language, surfaces):
    figures = figures_of(text, "2025-06-01", language)
    assert list(figures["surface"]) == surfaces
    multipliers = figures.query("kind == 'percent'")
    assert list(multipliers["scale"]) == ["times"] * len(multipliers)
    assert all(multipliers["value"] == 1.5)


def test_a_tables_world_row_is_trade_with_the_world_and_meets_the_texts_total():
    table = (
        "Uzbekistan's trade turnover by partner, 2024, USD million\n\n"
        "| Country | Turnover |\n|---|---:|\n| World | 65,876.3 |\n| China | 13,074.5 |\n| Total CIS | 9,000.0 |\n"
    )
    figures = figures_of(table, "2025-03-01")
    assert [None if pd.isna(p) else p for p in figures["partner"]] == ["WLD", "CHN", None]  # "Total" may be a group's
    text = "Uzbekistan's foreign trade turnover in 2024 reached {total}.\n\n" + table
    assert findings_of(text.format(total="$65.9 billion"), "2025-03-01") == []
    assert [f.code for f in findings_of(text.format(total="$62.9 billion"), "2025-03-01")] == ["TC201"]


def test_a_sars_release_reads_differences_bases_and_a_headings_partner():
    # South African Revenue Service's shape: the heading "Trade with China" had made China the partner of the next
    # line's "South Africa" and so the document a pair (every total was trade with China: five false TC201); the
    # difference whose verb stands before the months compared had been October's exports (a false TC201)
    text = (
        "The preliminary trade balance surplus of R16.05 billion for October 2025 is attributable to exports of R196.66 billion and "
        "imports of R180.61 billion.\n\nExports increased from September 2025 to October 2025 by R12.95 billion (7.0%) and imports "
        "increased by R4.90 billion (2.8%) from September 2025 to October 2025.\n\nThe cumulative trade balance surplus for "
        "January-October 2025 of R164.14 billion was an improvement on the R93.27 billion surplus for the comparable period in 2024."
        "\n\nTrade with China\n\nSouth Africa recorded a trade deficit of R9.8 billion with China in October 2025, with exports of "
        "R14.2 billion and imports of R24.0 billion."
    )
    table = figures_of(text, "2025-11-28").query("kind == 'money'")
    assert list(table["partner"]) == ["WLD"] * 7 + ["CHN"] * 3
    assert [None if pd.isna(s) else s for s in table["status"]] == ["preliminary", None, None, "difference", "difference", None, "previous", None, None, None]
    # the comparable period of 2024 is January-October's, and a base ("an improvement on")
    assert table["period_label"].iloc[6] == "Jan-Oct 2024"
    assert findings_of(text, "2025-11-28") == []


def test_a_base_figures_same_month_of_the_previous_year_is_no_later_figures_period():
    # CAPMAS: imports, and the next sentence's exports, had taken August 2024 from the base's period
    text = (
        "The value of exports rose 18.3% to $4.12 billion in August 2025, compared with $3.48 billion in the same month of the previous"
        " year, while the value of imports increased 5.3% to $8.03 billion.\n\nExports of petroleum products fell 12.4% to $0.51 billion,"
        " while non-petroleum exports rose 24.6% to $3.61 billion."
    )
    table = figures_of(text, "2025-11-12")
    assert table["period_label"].tolist() == ["Aug 2025", "Aug 2025", "Aug 2024", "Aug 2025", "Aug 2025", "Aug 2025", "Aug 2025", "Aug 2025", "Aug 2025"]
    assert [None if pd.isna(s) else s for s in table["scope"]][-2:] == ["non-energy", "non-energy"]


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # a base period compared with a figure before it is no later figure's own (imports had been 2024's)
        (
            "In January-October 2025 trade grew.\n\nExports of R1,750.45 billion were 3.2% higher than in the same period of 2024, "
            "and imports of R1,586.31 billion were 0.8% lower.",
            ["Jan-Oct 2025"] * 4,
        ),
        # a base opening its sentence still states its own value
        ("In 2025 trade grew. A year earlier, in January-September 2024, imports were $9.3 billion.", ["Jan-Sep 2024"]),
    ],
)
def test_a_base_period_after_a_figure_is_no_later_figures_own(text, periods):
    assert list(figures_of(text, "2025-11-28")["period_label"]) == periods


def test_export_and_import_turnover_as_vietnams_statistics_office_writes_them():
    # "Export turnover" had been the trade turnover (three false TC201 against the total of both flows)
    text = (
        "In October 2025, the total export and import turnover of goods was estimated at USD 85.64 billion.\n\n"
        "Export turnover of goods in October 2025 was estimated at USD 42.02 billion. Import turnover of goods was estimated at USD 43.62 billion."
    )
    assert list(figures_of(text, "2025-11-06")["metric"]) == ["trade_turnover", "exports", "imports"]
    # "the largest export market with an estimated turnover of" is exports to it (it had been the trade turnover)
    market = "The United States was Vietnam's largest export market with an estimated turnover of USD 125.0 billion in January-October 2025."
    assert figures_of(market, "2025-11-06")[["metric", "partner"]].values.tolist() == [["exports", "USA"]]
    assert findings_of(text, "2025-11-06") == []
    assert [f.code for f in findings_of(text.replace("43.62", "45.62"), "2025-11-06")] == ["TC301"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # "the world's top copper producer" is Chile, not the world (its exports had been the world's with the world)
        ("Total exports from the world's top copper producer reached $8.62 billion in October, Chile's central bank said.", [("CHL", "WLD")]),
        ("Chile, the world's second-largest lithium producer, exported goods worth $95 billion in 2024.", [("CHL", "WLD")]),
        # the world as the partner still is
        ("Chile's exports to the world reached $8.62 billion in October.", [("CHL", "WLD")]),
    ],
)
def test_the_worlds_top_producer_is_a_rank_not_the_world(text, sides):
    figures = figures_of(text, "2025-11-07")
    assert list(zip(figures["reporter"], figures["partner"], strict=True)) == sides


@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        # the same flow named again holds the part its first words named (the balance had been the total's, so the
        # identity with goods exports and imports went unchecked)
        (
            "Mexico's merchandise trade balance registered a surplus of 2,449 million dollars in October 2025, compared with a deficit"
            " of 1,031 million dollars in the same month of 2024.",
            ["goods", "goods"],
        ),
        # "export sales of goods", "the total import bill for goods" (they had been trade figures of no part)
        (
            "The total export sales of goods in September 2025 was $6.94 billion. The total import bill for goods was $10.30 billion.",
            ["goods", "goods"],
        ),
        # a total named as such stays the total
        ("Goods exports were $5.1 billion in 2024, while total exports were $7.9 billion.", ["goods", None]),
    ],
)
def test_goods_named_once_hold_for_the_same_flow_again(text, scopes):
    assert [None if pd.isna(s) else s for s in figures_of(text, "2025-11-26")["scope"]] == scopes


def test_a_coverage_ratio_of_exports_to_imports_and_an_on_year_rate():
    text = "In January-October 2025 exports were $224.6 billion and imports $297.1 billion. The coverage ratio of exports to imports stood at {pct}%."
    assert figures_of(text.format(pct="75.6"), "2025-11-04")["metric"].tolist()[-1] == "coverage_ratio"
    assert [f.code for f in findings_of(text.format(pct="77.6"), "2025-11-04")] == ["TC308"]
    # Yonhap's "on-year" is year-on-year
    rate = figures_of("South Korea's exports rose 8.4 percent on-year to $61.0 billion in November.", "2025-12-01").iloc[0]
    assert (rate["role"], rate["period_label"]) == ("year_on_year", "Nov 2025")


def test_parts_listed_after_their_metric_each_keep_their_own_scope():
    text = "In July-October 2025 Bangladesh's knitwear exports were $6.98 billion and woven garments $5.96 billion."
    assert list(figures_of(text, "2025-11-03")["scope"]) == ["knitwear", "woven garments"]
    assert findings_of(text, "2025-11-03") == []


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # "of the current fiscal year 2025-26" joins the months to their year (it had been the whole fiscal year)
        ("In the July-October period of the current fiscal year 2025-26, Bangladesh's exports were $16.14 billion.", ["Jul-Oct 2025"]),
        # "the same month of 2024" is the month before's (it had been the whole year)
        (
            "The Philippines' imports were $10.30 billion in September 2025, up 5.3 percent from $9.78 billion in the same month of 2024.",
            ["Sep 2025", "Sep 2025", "Sep 2024"],
        ),
    ],
)
def test_fiscal_and_same_month_phrases_name_their_months(text, labels):
    assert list(figures_of(text, "2025-11-10")["period_label"]) == labels


@pytest.mark.parametrize(
    ("exports_rate", "imports_rate", "codes"),
    [("7.0%", "2.8%", []), ("9.0%", "2.8%", ["TC304"]), ("7.0%", "4.8%", ["TC304"])],
)
def test_each_difference_with_its_rate_against_the_value_stated_before(exports_rate, imports_rate, codes):
    # SARS: two differences each with its rate in one sentence, the values in the sentence before (none had been checked)
    text = (
        "South Africa's exports were R196.66 billion and imports R180.61 billion in October 2025.\n\nExports increased from September"
        f" 2025 to October 2025 by R12.95 billion ({exports_rate}) and imports increased by R4.90 billion ({imports_rate})."
    )
    assert [f.code for f in findings_of(text, "2025-11-28")] == codes
    # a second value of the claim in the document: which one the difference is of is a guess, so nothing is checked
    again = text.replace(f"({exports_rate})", "(9.0%)").replace(f"({imports_rate})", "(2.8%)")
    again += " South Africa's exports were R199.66 billion in October 2025, another estimate said."
    assert [f.code for f in findings_of(again, "2025-11-28")] == ["TC201"]


def test_countries_other_than_a_country_are_every_other_partner_not_that_country():
    # Statistics Canada's shape: the partner had been the United States (and the sides swapped), a false TC201 of
    # $6.1 billion against $10.8 billion
    text = (
        "Canada's merchandise trade deficit with the world narrowed to $4.7 billion in September. Exports rose to $64.2 billion, "
        "while imports were $68.9 billion.\n\nExports to the United States rose to $48.5 billion in September, while imports from "
        "the United States were $42.4 billion. As a result, Canada's trade surplus with the United States widened to $6.1 billion.\n\n"
        "Exports to countries other than the United States rose to $15.7 billion in September. Imports from countries other than "
        "the United States were {imports}. As a result, Canada's trade deficit with countries other than the United States widened to $10.8 billion."
    )
    figures = figures_of(text.format(imports="$26.5 billion"), "2025-11-04")
    assert list(zip(figures["reporter"], figures["partner"], strict=True))[-3:] == [("CAN", "OTHER")] * 3
    assert findings_of(text.format(imports="$26.5 billion"), "2025-11-04") == []
    # the identity holds for every other partner too
    assert [f.code for f in findings_of(text.format(imports="$28.5 billion"), "2025-11-04")] == ["TC302"]


def test_non_eu_countries_are_a_partner_group_not_the_eu():
    # "Imports from non-EU countries" had read the EU as the importing side and the UK as its partner.
    figures = figures_of("UK imports from non-EU countries fell by £1.3 billion to £80.1 billion in 2024.", "2025-03-01")
    assert list(figures["reporter"]) == ["GBR", "GBR"]
    assert list(figures["partner"]) == ["NON_EUU", "NON_EUU"]
    ru = figures_of("Импорт Великобритании из стран вне ЕС составил 80,1 млрд долларов в 2024 году.", "2025-03-01", "ru")
    assert list(ru["partner"]) == ["NON_EUU"]


def test_a_countrys_total_trade_deficit_is_with_the_world():
    text = "UK trade deficit narrows as exports to the EU pick up\n\nThe UK's total trade deficit narrowed to £4.9 billion in 2024."
    assert list(figures_of(text, "2025-03-01")["partner"]) == ["WLD"]


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # A base of the same quarter opening the sentence: the figures are the quarter the story is about.
        (
            "Exports fell in the first quarter of 2025. Compared with the same quarter of 2024, exports were up 1.9 per cent at £222.3 billion.",
            ["Q1 2025", "Q1 2025"],
        ),
        # ... but a sentence stating the base's own value keeps its period.
        ("Exports fell in the first quarter of 2025. In the same quarter of 2024, exports were £218.2 billion.", ["Q1 2024"]),
        # "From January to March": "from" opens the range; it names no base.
        ("From January to March 2025, exports rose 5% to $2 billion.", ["Jan-Mar 2025", "Jan-Mar 2025"]),
        ("С января по март 2025 года экспорт вырос на 5% до 2 млрд долларов.", ["Jan-Mar 2025", "Jan-Mar 2025"]),
        # "rose 3% from January-March 2024 to $1 billion": the figure after "to" is the new value.
        ("Exports fell in January-March 2025. Imports rose 3% from January-March 2024 to $1 billion.", ["Jan-Mar 2025", "Jan-Mar 2025"]),
        ("Exports grew to $5 billion in 2024 from $4 billion in 2023.", ["2024", "2023"]),
        # A base "in the same period of 2024": the base's own months of that year.
        (
            "In January-October 2025, exports totalled $224.6 billion, up 3.9% from $216.2 billion in the same period of 2024.",
            ["Jan-Oct 2025", "Jan-Oct 2025", "Jan-Oct 2024"],
        ),
    ],
)
def test_a_base_period_is_not_the_figures_own(text, periods):
    language = "ru" if "экспорт" in text else None
    assert list(figures_of(text, "2025-06-01", language)["period_label"]) == periods


@pytest.mark.parametrize(
    ("text", "language", "multipliers"),
    [
        ("Kazakhstan's exports to Uzbekistan doubled to $2.8 billion in 2024 from $1.4 billion in 2019.", "en", [("doubled", 2.0, "up")]),
        ("Investment halved to $40 million, while imports rose threefold to $3 billion.", "en", [("halved", 2.0, "down"), ("threefold", 3.0, "up")]),
        ("Exports more than doubled to $3.3 billion in 2024.", "en", [("doubled", 2.0, "up")]),  # qualifier "more than"
        ("Экспорт вырос в два раза, а импорт сократился вдвое.", "ru", [("в два раза", 2.0, "up"), ("вдвое", 2.0, "down")]),
        ("Товарооборот удвоился и составил 4 млрд долларов.", "ru", [("удвоился", 2.0, "up")]),
        # After no direction word, "threefold" and "в два раза" are no change ("a threefold rise" reads "rise" after it).
        ("The plan sets a threefold target; the hall is в два раза larger.", "en", []),
    ],
)
def test_a_multiplier_in_words_is_a_percent_figure_of_scale_times(text, language, multipliers):
    figures = figures_of(text, "2025-06-01", language).query("kind == 'percent'")
    assert list(zip(figures["surface"], figures["value"], figures["change"], strict=True)) == multipliers
    assert set(figures["scale"]) <= {"times"}


def test_a_percentage_after_a_listed_partners_figure_is_its_share_of_the_total_stated_before():
    text = (
        "Uzbekistan's foreign trade turnover in the first half of 2025 reached $33.8 billion. The main trading partners were:\n\n"
        "1. China — $6.9 billion (20.4%);\n2. Russia — $5.5 billion (16.3%)."
    )
    figures = figures_of(text, "2025-07-18")
    assert [None if pd.isna(r) else r for r in figures["role"]] == [None, None, "share", None, "share"]
    # With no total of the metric before, a bracketed percentage stays a plain percentage.
    alone = figures_of("Uzbekistan's main trading partners in the first half of 2025 were:" + text.split("were:", 1)[1], "2025-07-18")
    assert list(alone["partner"]) == ["CHN", "CHN", "RUS", "RUS"]
    assert alone["role"].isna().all()


def test_a_share_of_a_named_sides_metric_makes_the_figure_worth_it_a_part():
    # "38% of EU imports ..., worth about €0.5 billion": a part of the EU's imports, not a second reading of them.
    text = "EU imports from Uzbekistan stood at €1.3 billion in 2024. Textiles made up 38% of EU imports from Uzbekistan, worth about €0.5 billion."
    figures = figures_of(text)
    assert [None if pd.isna(s) else s for s in figures["scope"]] == [None, "textiles", "textiles"]
    # ... but "of Uzbekistan's foreign trade turnover of $65.9 billion" names the country's total, the whole.
    whole = figures_of("Uzbekistan accounted for 19.9% of Uzbekistan's foreign trade turnover of $65.9 billion in 2024.")
    assert list(whole["role"]) == ["share", "whole"]


def test_a_rate_restated_after_how_much_a_value_changed_is_no_share():
    text = (
        "UK exports of goods rose to £97.4 billion in the first quarter of 2025. "
        "Exports to the EU increased by £1.8 billion, or 4.1 per cent, to £45.7 billion."
    )
    assert figures_of(text, "2025-05-15")["role"].isna().all()


@pytest.mark.parametrize(
    ("text", "language", "partners"),
    [
        (
            "China's trade with the five Central Asian countries totaled $39.8 billion. China's exports to the region reached $25.2 billion.",
            "en",
            ["CENTRAL_ASIA", "CENTRAL_ASIA"],
        ),
        (
            "Товарооборот Китая со странами Центральной Азии составил 39,8 млрд долларов. Экспорт Китая в регион достиг 25,2 млрд долларов.",
            "ru",
            ["CENTRAL_ASIA", "CENTRAL_ASIA"],
        ),
        # With no group named before, "the region" is no partner.
        ("China's exports to the region reached $25.2 billion.", "en", [None]),
    ],
)
def test_the_region_is_the_partner_group_named_before(text, language, partners):
    assert [None if pd.isna(p) else p for p in figures_of(text, "2025-05-12", language)["partner"]] == partners


def test_the_value_a_rate_led_to_shares_the_rates_partner():
    # "and with Russia it fell 2.1% to $19.4 bln" had given the $19.4 bln to China, a false TC201.
    text = "Turnover with China rose 4.5% to $22.1 bln in 2025, and with Russia it fell 2.1% to $19.4 bln."
    assert list(figures_of(text, "2025-10-14")["partner"]) == ["CHN", "CHN", "RUS", "RUS"]
    assert findings_of(text, "2025-10-14") == []


def test_a_groups_share_named_by_udelny_ves_is_the_groups():
    # "Удельный вес стран СНГ": a share noun and the group in the genitive; its part had been read as the world's turnover.
    text = "Удельный вес стран СНГ во внешнеторговом обороте Таджикистана в 2025 году составил 48,6%, или 3 165,0 млн долл. США."
    figures = figures_of(text, "2025-10-20", "ru")
    assert list(figures["partner"]) == ["CIS", "CIS"]
    assert list(figures["role"].fillna("-")) == ["share", "-"]


def test_a_possessive_country_before_share_is_the_partner():
    # "Russia's share was $2.7 billion" had read Russia as the declaring side (and Russia-Kazakhstan as a pair).
    text = "Kyrgyzstan's trade with EAEU countries was $4.5 billion in 2025. Of this, Russia's share was $2.7 billion and Kazakhstan's $1.6 billion."
    figures = figures_of(text, "2025-11-20")
    assert list(zip(figures["reporter"], figures["partner"], strict=True)) == [("KGZ", "EAEU"), ("KGZ", "RUS"), ("KGZ", "KAZ")]


def test_a_change_in_money_is_checked_against_the_two_values_it_links():
    text = "In 2024 Kazakhstan's exports to China rose by {change} to $15.6 billion from $13.1 billion in 2023."
    (finding,) = [f for f in findings_of(text.format(change="$1.2 billion"), "2025-03-01") if f.code == "TC307"]
    assert finding.evidence["implied"] == pytest.approx(2.5e9)
    assert finding.evidence["implied_interval"] == [pytest.approx(2.4e9), pytest.approx(2.6e9)]
    assert "TC307" not in [f.code for f in findings_of(text.format(change="$2.5 billion"), "2025-03-01")]
    # The size matches but the word goes the wrong way: that is TC501's finding, not a second one here.
    codes = [f.code for f in findings_of(text.replace("rose", "fell").format(change="$2.5 billion"), "2025-03-01")]
    assert "TC501" in codes and "TC307" not in codes
    # A deficit's change is in its size; a balance that turned from surplus to deficit changed by new - old.
    deficit = "Georgia's trade deficit with Turkey was $1.5 billion in 2024, up {change} from $1.2 billion in 2023."
    assert "TC307" not in [f.code for f in findings_of(deficit.format(change="$0.3 billion"), "2025-03-01")]
    assert "TC307" in [f.code for f in findings_of(deficit.format(change="$2.7 billion"), "2025-03-01")]
    flipped = "Georgia's trade balance with Turkey was -$0.1 billion in 2024, down {change} from $0.2 billion in 2023."
    assert "TC307" not in [f.code for f in findings_of(flipped.format(change="$0.3 billion"), "2025-03-01")]
    assert "TC307" in [f.code for f in findings_of(flipped.format(change="$0.1 billion"), "2025-03-01")]
    # "from a surplus of $0.2 billion" is the base too (it had been a second 2023 balance)
    worded = "In 2024 Georgia's trade balance with Turkey fell by {change} to a deficit of $0.1 billion from a surplus of $0.2 billion in 2023."
    assert "TC307" not in [f.code for f in findings_of(worded.format(change="$0.3 billion"), "2025-03-01")]
    assert "TC307" in [f.code for f in findings_of(worded.format(change="$0.5 billion"), "2025-03-01")]


def test_a_bare_list_of_partners_names_no_declaring_side():
    # With no country named as a side, the first listed partner had become the document's country: China's
    # trade "with Russia" and "with Turkey", and the first item's figure China's own, with no partner.
    text = "The main trading partners in 2024 were: 1. China — $6.9 billion (20.4%); 2. Russia — $5.5 billion (16.3%); 3. Turkey — $2.1 billion (6.2%)."
    table = figures_of(text, "2025-03-03")
    assert table["reporter"].isna().all()
    assert list(table["partner"]) == ["CHN", "CHN", "RUS", "RUS", "TUR", "TUR"]
    # A side named once is still the document's country.
    named = figures_of("Kazakhstan's " + text[4:], "2025-03-03")
    assert set(named["reporter"]) == {"KAZ"} and list(named["partner"]) == ["CHN", "CHN", "RUS", "RUS", "TUR", "TUR"]


def test_a_country_that_remained_its_largest_partner_is_the_partner():
    # "China remained its largest trading partner" had made China the declaring side and Kazakhstan its partner,
    # and "followed by Russia" China's trade with Russia.
    text = (
        "Kazakhstan's trade turnover reached $140 billion in 2024. China remained its largest trading partner with $43.8 billion,"
        " followed by Russia with $27.6 billion."
    )
    table = figures_of(text, "2025-03-03")
    assert list(table["reporter"]) == ["KAZ"] * 3 and list(table["partner"].fillna("")) == ["WLD", "CHN", "RUS"]
    # The subject's own pronoun still names no partner: "Kazakhstan boosted its trade with partner China".
    own = figures_of("Kazakhstan boosted its trade with partner China to $5 billion in 2024.", "2025-03-03").iloc[0]
    assert (own["reporter"], own["partner"]) == ("KAZ", "CHN")


def test_a_targets_horizon_is_never_carried_to_the_next_sentence():
    # "... to $10 billion by 2030. ... 32 joint projects worth $2.1 billion" had given the projects 2030, and so a
    # forecast's status: an outcome never checked.
    text = (
        "In 2024 bilateral trade stood at $4.4 billion. The parties agreed to increase mutual trade to $10 billion by 2030."
        " Exports to Uzbekistan amounted to $2.4 billion."
    )
    table = figures_of(text, "2025-11-24")
    assert list(table["period_label"]) == ["2024", "2030", "2024"]
    assert [None if pd.isna(s) else s for s in table["status"]] == [None, "target", None]
    # A span counted back from the document has no year of its own.
    span = figures_of("In 2024 trade was $4.4 billion. Investment over the past five years exceeded $300 million.", "2025-11-24")
    assert list(span["period_label"].fillna("")) == ["2024", ""]


def test_total_imports_and_exports_is_turnover_with_the_world():
    # China's customs: "total goods imports and exports rose 3.6 percent to 37.31 trillion yuan" had been exports
    # (the nearest metric word), and TC301 and TC302 then compared the wrong totals.
    text = "China's total goods imports and exports rose 3.6 percent year on year to 37.31 trillion yuan in the first 10 months of 2025."
    row = figures_of(text, "2025-11-07").iloc[1]
    assert (row["metric"], row["reporter"], row["partner"]) == ("trade_turnover", "CHN", "WLD")
    # A list of the two flows stays a list: "exports and imports were $5 billion and $3 billion, respectively".
    listed = figures_of("In 2024 Kazakhstan's exports and imports were $5 billion and $3 billion, respectively.", "2025-03-01")
    assert list(listed["metric"]) == ["exports", "imports"]


def test_figures_after_a_countrys_trade_with_the_world_in_its_sentence_are_the_worlds():
    # In a document about Kazakhstan and Kyrgyzstan, "foreign trade reached $10 billion: exports were $6 billion and
    # imports $4 billion" gave the exports and imports Kyrgyzstan (the document's other country) as partner.
    text = (
        "In 2024 Kazakhstan's foreign trade reached $10 billion: exports were $6 billion and imports $4 billion.\n\n"
        "In 2024 Kyrgyzstan's exports to Kazakhstan were $1 billion, while Kazakhstan's imports from Kyrgyzstan were $0.9 billion."
    )
    table = figures_of(text, "2025-03-03")
    assert list(table["partner"]) == ["WLD", "WLD", "WLD", "KAZ", "KGZ"]


def test_partners_listed_with_their_values_name_no_declaring_side():
    # A national bulletin that never names its own country: "Germany was the main partner ... and Germany with
    # USD 2.0 billion" had made Germany the document's country (the second "and Germany with" read as a side),
    # so China's and Germany's imports were Germany's, and two figures of "imports, Germany <- China" conflicted.
    text = (
        "Germany was the main partner country for exports in October with USD 1.9 billion. It was followed by the United Kingdom "
        "with USD 1.4 billion and the United States with USD 1.3 billion.\n\nChina was the main partner country for imports in "
        "October with USD 4.1 billion, followed by Russia with USD 3.7 billion and Germany with USD 2.0 billion."
    )
    table = figures_of(text, "2025-12-02")
    assert table["reporter"].isna().all()
    assert list(table["partner"]) == ["DEU", "GBR", "USA", "CHN", "RUS", "DEU"]
    assert [f.code for f in findings_of(text, "2025-12-02")] == []
    # A side named once is still the document's country.
    named = figures_of("Türkiye's foreign trade grew in October. " + text, "2025-12-02")
    assert set(named["reporter"]) == {"TUR"} and list(named["partner"]) == ["DEU", "GBR", "USA", "CHN", "RUS", "DEU"]


def test_a_rate_after_another_rate_and_and_is_no_share():
    # "by 2.4% and imports": "% and" before the metric had made the second rate a share ("2.4% of imports").
    table = figures_of("Exports increased by 2.4% and imports increased by 1.1% in October 2025.", "2025-12-02")
    assert list(table["metric"]) == ["exports", "imports"] and table["scope"].isna().all() and table["role"].isna().all()


def test_a_deficits_rate_is_of_its_size_and_never_negative():
    # "The deficit widened by 11.5%": the deficit's sign had been given to its rate (-11.5%).
    table = figures_of("Turkey's trade deficit widened by 11.5% to USD 72.2 billion from USD 64.8 billion in January-October 2025.", "2025-12-02")
    assert list(table["value"]) == [pytest.approx(11.5), pytest.approx(-72.2e9), pytest.approx(-64.8e9)]


def test_a_rate_on_a_year_earlier_says_so_and_keeps_its_period():
    # "year-on-year" before the period: its "on" had read as a comparison base's cue, leaving the rate no period.
    table = figures_of("China's trade with Russia fell 8.7% year-on-year in the first ten months of 2025 to $176.4 billion.", "2025-11-07")
    assert [(r.role, r.period_label) for r in table.itertuples()] == [("year_on_year", "Jan-Oct 2025"), (None, "Jan-Oct 2025")]
    # A base's value after "a year earlier, when": the period a year back (it had the new value's).
    text = "In October 2025 China's trade with Russia totalled $19.4 billion, down 11.6% from a year earlier, when it was $23.9 billion."
    table = figures_of(text, "2025-11-07")
    assert [(r.role, r.status, r.period_label) for r in table.itertuples()] == [
        (None, None, "Oct 2025"), ("year_on_year", None, "Oct 2025"), (None, "previous", "Oct 2024"),
    ]  # fmt: skip
    assert figures_of("Exports rose 4% in 2024, from $5 billion in 2023.", "2025-03-01")["role"].isna().all()


def test_the_balance_of_foreign_trade_is_a_balance_and_the_ftt_a_turnover():
    # "The negative balance of foreign trade was ...": the nearest metric, "foreign trade", had made it a turnover
    # (a false TC201 against the turnover); "the FTT" (foreign trade turnover, as Uzbek statistics write it) was unread.
    text = (
        "In January-September 2025 the foreign trade turnover (FTT) of Uzbekistan was 52,487.3 million US dollars. "
        "The negative balance of foreign trade was 3,850.1 million US dollars. In September 2025 alone, the FTT amounted to 6,412.9 million US dollars."
    )
    table = figures_of(text, "2025-10-20")
    assert [(r.metric, r.value, r.partner) for r in table.itertuples()] == [
        ("trade_turnover", pytest.approx(52_487.3e6), "WLD"), ("trade_balance", pytest.approx(-3_850.1e6), "WLD"),
        ("trade_turnover", pytest.approx(6_412.9e6), "WLD"),
    ]  # fmt: skip


def test_a_table_column_of_changes_on_a_year_earlier_says_so():
    table = "| Indicator | October 2024 | October 2025 | {header} |\n|---|---:|---:|---:|\n| Kazakh exports to China, US$ million | 1,310.2 | 1,402.6 | 7.1 |\n"
    assert list(figures_of(table.format(header="y/y, %"), "2025-11-20")["role"]) == [None, None, "year_on_year"]
    # A bare "Change, %" may be on the month before: no role, so TC305 leaves a month's rate alone.
    assert figures_of(table.format(header="Change, %"), "2025-11-20")["role"].isna().all()


def test_russian_participles_are_directions_and_a_multiplier_may_precede_its_direction():
    # "снизившись на 2,1%" had no direction; "в 1,1 раза больше" was no figure (a multiplier needed its verb before it).
    text = (
        "По итогам января-сентября 2025 года торговля Казахстана с Россией составила 19,8 млрд долларов, снизившись на 2,1% в годовом выражении. "
        "В третьем квартале товарооборот Казахстана с Россией составил 7,1 млрд долларов, что в 1,1 раза больше, чем во втором квартале (6,4 млрд долларов)."
    )
    table = figures_of(text, "2025-11-25", "ru")
    assert [(r.surface, r.change, r.scale) for r in table.itertuples() if r.kind == "percent"] == [("2,1%", "down", None), ("1,1 раза", "up", "times")]


def test_an_aim_takes_no_past_period_from_the_sentences_before():
    # "The countries aim to raise bilateral trade to $15 billion" had the period 2024 of the sentence before.
    text = "In 2024 Turkey's exports to Azerbaijan were worth $3.3 billion. The countries aim to raise bilateral trade to $15 billion."
    table = figures_of(text, "2025-03-20")
    assert [(r.status, r.period_label) for r in table.itertuples()] == [(None, "2024"), ("target", None)]
    # Its own horizon stays.
    assert list(figures_of(text.replace("$15 billion", "$15 billion by 2030"), "2025-03-20")["period_label"]) == ["2024", "2030"]


def test_an_appositives_metric_is_not_the_figures():
    # "Gold exports, the country's main export item, totaled $1.05 billion": "export" in the appositive had made
    # it the exports themselves (a false TC201 against the exports of $2.48 billion).
    table = figures_of("In 2024 Kyrgyzstan's gold exports, the country's main export item, totaled $1.05 billion.", "2025-03-01")
    assert list(zip(table["metric"], table["scope"], strict=True)) == [("exports", "gold")]
    # Without the commas' article the nearest metric stays.
    plain = figures_of("In 2024 Kyrgyzstan's gold shipments were large and its exports totaled $2.48 billion.", "2025-03-01")
    assert plain["scope"].isna().all()


def test_a_numbers_whole_part_is_no_year():
    # "1900.3%": its "1900" had been taken as the year 1900 and made the figure's period.
    table = figures_of("Turkey's export-import coverage ratio was 1900.3% in October 2025.", "2025-12-02")
    assert list(table["period_label"]) == ["Oct 2025"]


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        # Another clause's direction: the metric named after a figure starts a new subject (a false TC501 followed:
        # "the text says it fell, from $9.20 billion to $10.39 billion").
        (
            "Exports reached $2.48 billion in 2024, a decrease of 4.6%, and imports totaled $10.39 billion, compared with $9.20 billion a year earlier.",
            [None, "down", None, None],
        ),
        ("Imports grew 11.2% to $48.1 billion in 2024, leaving a surplus of $18.2 billion.", ["up", "up", None]),
        # A rate after the new metric carries the left-out verb on to its value.
        ("Exports grew by 24.4% to $16.6 billion in 2024, and imports by 6.3% to $17.2 billion.", ["up", "up", "up", "up"]),
        # The same subject: the direction is the value's.
        ("Exports fell 4.6% to $2.48 billion in 2024.", ["down", "down"]),
    ],
)
def test_a_direction_word_stays_in_its_clause(text, changes):
    assert figures_of(text, "2025-03-01")["change"].tolist() == changes
    assert "TC501" not in [f.code for f in findings_of(text, "2025-03-01")]


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("In 2024 Uzbekistan's foreign trade balance was negative at $3.85 billion.", "en", [-3.85e9]),
        ("In 2024 Uzbekistan's trade balance was in the red at $3.85 billion, after a positive balance of $1.2 billion in 2023.", "en", [-3.85e9, 1.2e9]),
        ("В 2024 году сальдо торгового баланса Узбекистана было отрицательным и составило 3,85 млрд долларов.", "ru", [-3.85e9]),
        ("In 2024 Uzbekistan's foreign trade balance was positive at $3.85 billion.", "en", [3.85e9]),
        # a sign word before a metric phrase that holds the balance's ("foreign trade balance" holds "trade balance")
        ("The negative foreign trade balance was USD 5.6 billion in 2024.", "en", [-5.6e9]),
    ],
)
def test_a_sign_word_after_the_balances_name_makes_it_negative(text, language, values):
    # "the balance was negative at $3.85 billion" had stayed positive: the sign word stood after the balance's name.
    assert figures_of(text, "2025-03-01", language)["value_usd"].tolist() == values


def test_a_national_report_by_partner_is_about_no_pair():
    # A Reuters story on Japan's trade with the world named the United States in its headline and twice as a
    # partner: the pair Japan-United States gave its world totals the U.S. as partner (two false TC201).
    text = (
        "Japan's exports rise for second month as U.S. shipments recover\nNovember 19, 2025\n\n"
        "TOKYO, Nov 19 (Reuters) - Japan's exports rose 3.6% in October from a year earlier, Ministry of Finance data showed.\n\n"
        "Exports totalled 9.15 trillion yen and imports 9.38 trillion yen.\n\n"
        "Exports to the United States, Japan's biggest export destination, fell 3.1% year-on-year to 1.62 trillion yen, "
        "while shipments to China rose 2.1% to 1.64 trillion yen.\n\n"
        "Japan's trade surplus with the United States shrank 9.8% to 643.5 billion yen."
    )
    table = figures_of(text, "2025-11-19").set_index("surface")
    assert table.loc[["9.15 trillion yen", "9.38 trillion yen"], "partner"].tolist() == ["WLD", "WLD"]
    assert table.loc[["1.62 trillion yen", "643.5 billion yen"], "partner"].tolist() == ["USA", "USA"]
    assert table.loc["1.64 trillion yen", "partner"] == "CHN"
    assert not [f.code for f in findings_of(text, "2025-11-19")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The partner right after the figure, goods words between: this figure's, not the next clause's.
        (
            "In 2024 Mongolia exported US$14.4 billion worth of goods to China and imported US$3.8 billion from its southern neighbour.",
            [("exports", "CHN"), ("imports", "CHN")],  # "its southern neighbour": the sentence's partner
        ),
        (
            "In September 2025 Germany exported goods worth 70.7 billion euros to the member states of the European Union.",
            [("exports", "EUU")],
        ),
        # A passive verb after the figure names its metric.
        (
            "In September 2025 goods worth 131.1 billion euros were exported and goods worth 115.9 billion euros were imported.",
            [("exports", None), ("imports", None)],
        ),
    ],
)
def test_a_figures_partner_and_verb_right_after_it_are_its_own(text, expected):
    table = figures_of(text, "2025-11-19")
    assert [(r.metric, r.partner) for r in table.itertuples()] == expected


def test_the_euro_area_and_the_eus_trade_with_the_rest_of_the_world():
    # A Eurostat release: the euro area was no group at all (its figures were the EU's, from "Eurostat"), "extra-EU
    # exports" had the group "non-EU countries" declare them, and "in September 2025 euro area" was 2025 euros.
    text = (
        "Euro area trade in goods surplus\nEurostat news release, 17 November 2025\n\n"
        "In September 2025 euro area exports of goods to the rest of the world were €243.7 bn. "
        "As a result, the euro area recorded a €14.2 bn surplus in trade in goods with the rest of the world, compared with +€10.7 bn in September 2024. "
        "Intra-euro area trade rose to €205.4 bn.\n\n"
        "In September 2025 extra-EU exports of goods were €222.1 bn. Extra-EU imports stood at €209.9 bn."
    )
    table = figures_of(text, "2025-11-17")
    assert [(r.surface, r.metric, r.reporter, r.partner) for r in table.itertuples()] == [
        ("€243.7 bn", "exports", "EMU", "WLD"),
        ("€14.2 bn", "trade_balance", "EMU", "WLD"),
        ("€10.7 bn", "trade_balance", "EMU", "WLD"),  # "a surplus in trade" is the balance, and so is its base
        ("€205.4 bn", "trade_turnover", "EMU", "EMU"),  # among the members
        ("€222.1 bn", "exports", "EUU", "WLD"),
        ("€209.9 bn", "imports", "EUU", "WLD"),
    ]
    russian = figures_of("В сентябре 2025 года экспорт еврозоны составил 243,7 млрд евро.", "2025-11-17", "ru")
    assert russian["reporter"].tolist() == ["EMU"]


def test_a_rate_before_its_value_links_to_the_base_after_it_in_a_crowded_sentence():
    # "exports fell 5.5% to $10.84 billion, compared with $11.47 billion, while imports rose ...": with a second
    # comparison in the sentence the rate before the value had been left out of the link (no TC303 for 7.5%).
    text = (
        "In July-October 2025 exports fell {rate} to $10.84 billion, compared with $11.47 billion a year earlier, "
        "while imports rose 14.9% to $23.42 billion from $20.38 billion."
    )
    assert [f.code for f in findings_of(text.format(rate="5.5%"), "2025-11-03")] == []
    assert [f.code for f in findings_of(text.format(rate="7.5%"), "2025-11-03")] == ["TC303"]


def test_a_revised_base_is_a_base_and_carries_no_period_on():
    # "narrowed to A$3.94 billion in September from a revised A$4.85 billion in August": the revised figure was no
    # base, so August became the period of the next sentence's exports.
    text = (
        "Australia's trade surplus narrowed to A$3.94 billion in September 2025 from a revised A$4.85 billion in August. "
        "Exports fell 1.8% to A$41.7 billion, while imports rose 0.4% to A$37.8 billion."
    )
    table = figures_of(text, "2025-11-06").set_index("surface")
    assert table.loc["A$4.85 billion", "status"] == "previous"
    assert table.loc[["A$41.7 billion", "A$37.8 billion"], "period_label"].tolist() == ["Sep 2025", "Sep 2025"]


def test_a_headline_restating_an_offices_figure_takes_its_side_and_the_figure_refers_back():
    # "Kazakhstan-China trade hits $36.5 bln" restates China's customs figure: it was a Kazakh figure conflicting with
    # Kazakh statistics (a false TC201); "the Bureau ... recorded $23.9 bln" after "put the figure lower" had taken
    # "imports" named after it (a false TC301 and a false TC204).
    text = (
        "Kazakhstan-China trade hits $36.5 bln in ten months\nASTANA, November 27, 2025. Kazinform\n\n"
        "Trade turnover between Kazakhstan and China reached $36.5 bln in January-October 2025, according to China's General Administration of Customs.\n\n"
        "Kazakh statistics put the figure lower: the Bureau of National Statistics recorded $23.9 bln for the same period, "
        "as Kazakhstan records imports by country of origin."
    )
    table = figures_of(text, "2025-11-27")
    assert [(r.metric, r.reporter, r.reporter_source) for r in table.itertuples()] == [
        ("trade_turnover", "CHN", "attribution"),
        ("trade_turnover", "CHN", "attribution"),
        ("trade_turnover", "KAZ", "sentence"),
    ]
    assert [f.code for f in findings_of(text, "2025-11-27")] == ["TC202"]  # a mirror asymmetry, as the story says


def test_the_one_partner_of_the_sentence_before_carries_on_in_its_paragraph():
    # U.S. Census: "The deficit with China decreased $2.1 billion to $21.4 billion. Exports decreased $0.4 billion to
    # $10.2 billion and imports ...": the exports and imports were with no partner, so TC302 never saw them.
    text = (
        "U.S. trade in September 2025\nNovember 5, 2025\n\n"
        "The U.S. goods and services deficit was $52.8 billion in September 2025.\n\n"
        "The deficit with China decreased $2.1 billion to $21.4 billion in September 2025. "
        "Exports decreased $0.4 billion to $10.2 billion and imports decreased $2.5 billion to {imports}."
    )
    table = figures_of(text.format(imports="$31.6 billion"), "2025-11-05")
    assert table["partner"].tolist()[-4:] == ["CHN"] * 4
    assert "TC302" not in [f.code for f in findings_of(text.format(imports="$31.6 billion"), "2025-11-05")]
    assert "TC302" in [f.code for f in findings_of(text.format(imports="$33.6 billion"), "2025-11-05")]
    # A sentence before naming several partners ("Deficits were recorded with China ..., Mexico ...") carries none.
    listed = text.replace(
        "The deficit with China decreased $2.1 billion to $21.4 billion", "Deficits were recorded with China ($21.4 billion) and Mexico ($16.9 billion)"
    )
    assert figures_of(listed.format(imports="$31.6 billion"), "2025-11-05")["partner"].tolist()[-4:] == [None] * 4


def test_a_comparative_may_stand_between_a_rate_and_year_on_year():
    # Geostat: "USD 19,412.5 million, 9.8 percent higher year-on-year" had no role (only "9.8 percent year-on-year" did).
    table = figures_of("In January-October 2025 Georgia's turnover amounted to USD 19,412.5 million, 9.8 percent higher year-on-year.", "2025-11-19")
    assert [(r.role, r.change) for r in table.itertuples()] == [(None, None), ("year_on_year", "up")]
    # A comparative alone is no base of its own.
    assert figures_of("In 2025 exports were 5% higher at $5 billion.", "2025-11-19")["role"].isna().all()


def test_a_status_in_brackets_closing_the_sentence_is_all_its_figures():
    # Destatis: "goods worth 131.1 billion euros were exported and goods worth 115.9 billion euros were imported in
    # September 2025 (calendar and seasonally adjusted)": only the last figure had been adjusted.
    text = "In September 2025 goods worth 131.1 billion euros were exported and goods worth 115.9 billion euros were imported ({cue})."
    assert figures_of(text.format(cue="calendar and seasonally adjusted"), "2025-11-07")["status"].tolist() == ["adjusted", "adjusted"]
    assert figures_of(text.format(cue="preliminary data"), "2025-11-07")["status"].tolist() == ["preliminary", "preliminary"]
    # A target in such brackets is no status of the whole sentence.
    assert figures_of(text.format(cue="the target was 140 billion euros"), "2025-11-07")["status"].tolist()[0] is None


def test_a_country_first_named_after_the_storys_figures_is_no_pair_partner():
    # A Reuters story on India's trade named the United States only in its fourth paragraph, as a partner: the pair
    # India-United States gave India's world totals the U.S. as partner (a false TC201, TC302 and TC311).
    text = (
        "India's trade deficit widens to record $41.68 billion in October\n\n"
        "NEW DELHI, Nov 17 (Reuters) - India's merchandise trade deficit widened to a record $41.68 billion in October "
        "from $32.15 billion in September, government data showed on Monday.\n\n"
        "Merchandise exports fell 11.8% year-on-year to $34.38 billion in October, while imports rose 16.6% to $76.06 billion.\n\n"
        "Exports to the United States, India's largest export market, fell 8.6% to $6.31 billion in October.\n\n"
        "Services exports in October were estimated at $38.52 billion, against imports of $17.64 billion.\n\n"
        "Exports to the U.S. in the first seven months of the fiscal year stood at $52.12 billion, up 10.2%."
    )
    table = figures_of(text, "2025-11-17").set_index("surface")
    assert (table.loc[["$34.38 billion", "$76.06 billion", "$38.52 billion", "$17.64 billion"], "partner"] == "WLD").all()
    assert table.loc[["$6.31 billion", "$52.12 billion"], "partner"].tolist() == ["USA", "USA"]
    assert not [f.code for f in findings_of(text, "2025-11-17")]


@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        # Goods or services named with the sentence's first flow hold for the flows after it (they had no scope,
        # so the balance identity and the goods-and-services sums never met them)
        (
            "In 2024-25, India's merchandise exports were $437.42 billion and imports $720.24 billion, leaving a deficit of $282.82 billion.",
            ["goods", "goods", "goods"],
        ),
        ("Services exports in October were estimated at $38.52 billion, against imports of $17.64 billion.", ["services", "services"]),
        # not a product ("gold exports"), nor a whole said to be one
        ("In October gold exports were $1.2 billion and imports $14.72 billion.", ["gold", None]),
        ("In October goods exports were $34.38 billion, while total imports were $93.7 billion.", ["goods", None]),
    ],
)
def test_goods_or_services_named_once_hold_for_the_sentences_other_flows(text, scopes):
    table = figures_of(text, "2025-11-17")
    assert [None if pd.isna(s) else s for s in table["scope"]] == scopes


def test_a_rate_of_another_claim_in_the_sentence_is_not_the_changes():
    # "... widened to $41.68 billion from $32.15 billion, as gold imports nearly tripled": the balance's change was
    # checked against "tripled" (a false TC303)
    text = "India's trade deficit widened to $41.68 billion in October from $32.15 billion in September, as gold imports nearly tripled."
    assert not [f.code for f in findings_of(text, "2025-11-17")]
    assert [f.code for f in findings_of(text.replace("gold imports", "it"), "2025-11-17")] == ["TC303"]


@pytest.mark.parametrize(
    ("text", "date", "label"),
    [
        ("India's exports to the U.S. in the first seven months of the fiscal year stood at $52.12 billion.", "2025-11-17", "Apr-Oct 2025"),
        ("Pakistan's exports in the first four months of the current fiscal year were $10.8 billion.", "2025-11-03", "Jul-Oct 2025"),
        # not ended by the document's date: the year before's
        ("India's exports in the first quarter of the financial year were $100 billion.", "2025-05-17", "Apr-Jun 2024"),
    ],
)
def test_months_of_the_current_fiscal_year(text, date, label):
    # "the first seven months of the fiscal year" had been January-July
    assert figures_of(text, date)["period_label"].tolist() == [label]


def test_a_possessive_appositive_names_no_metric_of_the_figure():
    # "Exports to China, Japan's largest trading partner, rose 2.1%": the appositive's "trading partner" had made
    # the figures trade turnover
    table = figures_of("Exports to China, Japan's largest trading partner, rose 2.1% to 19.0 trillion yen in 2024.", "2025-04-17")
    assert table["metric"].tolist() == ["exports", "exports"]


@pytest.mark.parametrize(
    ("text", "label", "start", "end"),
    [
        # twelve months ending in the named month (it had been the month alone)
        ("Japan posted a trade deficit of 5.52 trillion yen in the fiscal year that ended in March.", "2024/25", "2024-04-01", "2025-03-31"),
        ("Exports in the financial year ended March 2025 were $437 billion.", "2024/25", "2024-04-01", "2025-03-31"),
        ("Exports in the year ended June 2025 were $5 billion.", "2024/25", "2024-07-01", "2025-06-30"),
        # "in the year to October" is October's rate on a year before, as Reuters writes it
        ("Imports grew 0.7% in the year to October.", "Oct 2025", "2025-10-01", "2025-10-31"),
    ],
)
def test_a_year_ending_in_a_named_month(text, label, start, end):
    row = figures_of(text, "2025-11-19").iloc[0]
    assert (row["period_label"], str(row["period_start"].date()), str(row["period_end"].date())) == (label, start, end)


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        # A metric's word in a name names no metric (the Ministry of Trade had made Korea's exports trade turnover)
        (
            "Outbound shipments came to $59.57 billion last month, up 3.6 percent from a year earlier, according to the data released"
            " by the Ministry of Trade, Industry and Energy.",
            ["exports", "exports"],
        ),
        ("The figure of $5 billion for 2024 was published by the Ministry of Trade and Integration.", [None]),
        ("The figure of $5 billion for 2024 was published by the trade ministry.", [None]),
        # a metric's word further on in an office's name (it had made the base trade turnover)
        (
            "Brazil posted a trade surplus of US$7.0 billion in October 2025, the Ministry of Development, Industry, Trade and Services"
            " (MDIC) said on Thursday, up from US$4.3 billion a year earlier.",
            ["trade_balance", "trade_balance"],
        ),
        # a title-case headline's metric is still one
        ("Brazil Trade Surplus Widens to US$7.0 Billion in October 2025", ["trade_balance"]),
        ("Exports of semiconductors, the country's key export item, jumped 25.4 percent to $16.6 billion in October.", ["exports", "exports"]),
        # an appositive's possessive owner may be a name of two words
        ("By destination, exports to China, South Korea's largest trading partner, fell 1.8 percent to $11.2 billion.", ["exports", "exports"]),
    ],
)
def test_metric_words_in_names_and_asides(text, metrics):
    table = figures_of(text, "2025-11-01")
    assert [None if pd.isna(m) else m for m in table["metric"]] == metrics


def test_a_national_figure_an_office_states_is_trade_with_the_world():
    # "Japan posted a trade deficit ..., Ministry of Finance data showed": the attribution names the side; the
    # partner had been none, so the identity with exports and imports went unchecked
    text = (
        "Brazil posted a trade surplus of US$7.0 billion in October 2025, the Ministry of Development, Industry, Trade and Services"
        " (MDIC) said on Thursday.\n\nExports rose 9.1% year-on-year to US$31.9 billion, while imports fell 1.2% to US${imports} billion."
    )
    assert figures_of(text.format(imports="24.9"), "2025-11-06")["partner"].tolist() == ["WLD"] * 5
    assert findings_of(text.format(imports="24.9"), "2025-11-06") == []
    assert [f.code for f in findings_of(text.format(imports="25.9"), "2025-11-06")] == ["TC302"]


def test_a_product_is_a_scope_and_the_first_quarters_are_months():
    # "Exports of semiconductors" had been total exports; "the first three quarters of 2025" the whole year
    chips = figures_of("Exports of semiconductors jumped 25.4 percent to $16.6 billion in October.", "2025-11-01")
    assert chips["scope"].tolist() == ["semiconductors", "semiconductors"]
    quarters = figures_of("In the first three quarters of 2025 China's exports grew 7.1 percent to 19.95 trillion yuan.", "2025-10-13")
    assert quarters["period_label"].tolist() == ["Jan-Sep 2025", "Jan-Sep 2025"]
    # "three quarters of" a total is a share, not a period
    share = figures_of("Three quarters of exports, $5 billion, went to China in 2024.", "2025-10-13")
    assert share["period_label"].tolist() == ["2024"]


@pytest.mark.parametrize(
    "subject",
    ["The Association of Southeast Asian Nations (ASEAN)", "ASEAN (the Association of Southeast Asian Nations)", "The European Union (EU)"],
)
def test_a_group_named_with_its_abbreviation_is_the_partner(subject):
    # "The European Union (EU) remained China's largest trading partner": the bracket hid "remained ... partner", so
    # the EU declared China as its partner (and ASEAN was no group at all)
    text = (
        f"{subject} remained China's largest trading partner, with bilateral trade totaling 5.57 trillion yuan, up 9.6 percent,"
        " accounting for 16.6 percent of China's total foreign trade in 2025."
    )
    table = figures_of(text, "2025-10-13")
    code = "EUU" if "EU" in subject else "ASEAN"
    assert set(zip(table["reporter"], table["partner"], strict=True)) == {("CHN", code)}


def test_a_national_storys_trade_figures_with_no_partner_are_trade_with_the_world():
    # India's totals had no partner, so two different services imports for October were never compared
    text = (
        "India's merchandise trade deficit widened to $41.68 billion in October, government data showed.\n\n"
        "Services exports in October were estimated at $38.52 billion, against imports of $17.64 billion.\n\n"
        "Trade with the Belt and Road partner countries reached $25.2 billion in October.\n\n"
        "The October figures show surpluses with South and Central America ($6.1 billion), Netherlands ($4.9 billion)."
    )
    table = figures_of(text, "2025-11-17").set_index("surface")
    assert table.loc[["$41.68 billion", "$38.52 billion", "$17.64 billion"], "partner"].tolist() == ["WLD", "WLD", "WLD"]
    # a partner no name gives is not the world, nor a group before a listed partner
    assert table.loc[["$25.2 billion", "$6.1 billion"], "partner"].isna().all()
    assert table.loc["$4.9 billion", "partner"] == "NLD"
    assert not [f.code for f in findings_of(text, "2025-11-17")]
    restated = text.replace("against imports of $17.64 billion.", "against imports of $17.64 billion. Services imports were $19.64 billion in October.")
    assert [f.code for f in findings_of(restated, "2025-11-17")] == ["TC201"]


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        # a status in brackets right after a figure is that figure's (it had gone to the next figure)
        ("In September 2025 exports were 131.1 billion euros (seasonally adjusted) and imports were 115.9 billion euros.", ["adjusted", None]),
        ("Exports were $5.2 billion (preliminary data) and imports $4.1 billion in 2024.", ["preliminary", None]),
        ("Exports were $5.2 billion and imports (preliminary) $4.1 billion in 2024.", [None, "preliminary"]),
    ],
)
def test_a_status_in_brackets_right_after_a_figure_is_its_own(text, statuses):
    assert [None if pd.isna(s) else s for s in figures_of(text, "2025-11-20")["status"]] == statuses


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # a product word one word from its metric (it had been total exports)
        ("Tajikistan's cotton fibre exports brought in 95 million dollars in 2024.", "cotton"),
        ("Kazakhstan's iron ore exports were $1 billion in 2024.", "iron ore"),
        ("Kazakhstan's wheat flour exports were $400 million in 2024.", "flour"),  # the word nearest the metric
        ("Kazakhstan's crude oil exports were $40 billion in 2024.", "energy"),
        ("Kazakhstan's cement exports were $80 million in 2024.", "cement"),
        # products right before their metric that had been total exports, or energy ("palm oil")
        ("Malaysia's palm oil exports were $20 billion in 2024.", "vegetable oils"),
        ("Ukraine's sunflower oil exports were $5.1 billion in 2024.", "vegetable oils"),
        ("Guinea's bauxite exports were $4.2 billion in 2024.", "bauxite and alumina"),
        ("Brazil's soybean exports were $42 billion in 2024.", "oilseeds"),
        ("Chile's lithium exports were $7 billion in 2024.", "lithium"),
        ("Russia's arms exports were $8 billion in 2024.", "arms"),
        ("Bangladesh's garment exports were $38 billion in 2024.", "textiles"),
        ("Egypt's tourism exports were $14 billion in 2024.", "tourism"),
        ("Kazakhstan's annual exports were $80 billion in 2024.", None),
        # a part named right before its figure after the metric (both had been total exports: a false TC201)
        ("Bangladesh's knitwear exports were $6.98 billion in July-October 2025 and woven garments $5.96 billion.", "knitwear"),
        # a listed product after an unlisted word ("fresh" had been the scope)
        ("Chile's exports of fresh fruit climbed to $310 million in October 2025.", "fruit and vegetables"),
        # after the metric, with an article ("a surplus in the non-oil and gas sector": it had been the total balance)
        ("Indonesia's surplus in the non-oil and gas sector was US$5.99 billion in September 2025.", "non-energy"),
        ("Indonesia's deficit in the oil and gas sector was US$1.65 billion in September 2025.", "energy"),
        ("Kazakhstan aims to raise non-resource exports to US$41bn by 2029.", "non-commodity"),
        # a product no scope lists, after "of" (it had been total exports, a false TC201 against them)
        ("Rwanda's exports of tantalum were $80 million in 2024.", "tantalum"),
        ("Kazakhstan's exports of bauxite were $80 million in 2024.", "bauxite and alumina"),
        ("Exports of dual-use goods to Russia were $80 million in 2024.", "dual-use"),
        # not a qualifier, article or currency after "of"
        ("Kazakhstan's exports of nearly $80 billion in 2024 set a record.", None),
        ("Kazakhstan's exports of the country were $80 billion in 2024.", None),
        ("Kazakhstan recorded exports of five billion dollars in 2024.", None),
        # not across a function or metric word
        ("Kazakhstan's oil and exports were $400 million in 2024.", None),
        ("Georgia's external merchandise trade turnover was $19.4 billion in 2024.", None),
    ],
)
def test_a_product_named_near_its_metric_is_its_scope(text, scope):
    found = figures_of(text, "2025-11-20")["scope"].iloc[0]
    assert (None if pd.isna(found) else found) == scope


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        # English names CLDR keeps as alternates, and demonyms (the sides had been the country named before, or none)
        ("Ivory Coast's cocoa exports were $6 billion in 2024.", "CIV"),
        ("Exports from the Democratic Republic of the Congo were $25 billion in 2024.", "COD"),
        ("DR Congo's cobalt exports were $6 billion in 2024.", "COD"),
        ("Chilean copper exports were $50 billion in 2024.", "CHL"),
        ("Thai rubber exports were $4 billion in 2024.", "THA"),
        ("Dutch exports were 600 billion euros in 2024.", "NLD"),
        ("North Korean exports were $300 million in 2024.", "PRK"),
        ("Burma's exports were $15 billion in 2024.", "MMR"),
    ],
)
def test_alternate_country_names_and_demonyms_name_the_declaring_side(text, reporter):
    assert figures_of(text, "2025-11-20")["reporter"].iloc[0] == reporter


@pytest.mark.parametrize(
    ("text", "language", "sides"),
    [
        # the partner noun before the country, a copula between (the country had declared Belarus its partner)
        (
            "Belarus's foreign trade was $61.2 billion in 2024. The main trading partner remained Russia, with trade of $35.9 billion in 2024.",
            "en",
            [("BLR", "WLD"), ("BLR", "RUS")],
        ),
        (
            "Внешнеторговый оборот Беларуси в 2024 году составил 61,2 млрд долларов. Основным торговым партнером остается Россия: "
            "товарооборот с ней составил 35,9 млрд долларов.",
            "ru",
            [("BLR", "WLD"), ("BLR", "RUS")],
        ),
        # the genitive after the partner noun is the side
        ("Китай остается крупнейшим торговым партнером Казахстана: товарооборот составил 43,8 млрд долларов в 2024 году.", "ru", [("KAZ", "CHN")]),
        # partners no name gives are not the world
        (
            "Внешнеторговый оборот Беларуси в 2024 году составил 61,2 млрд долларов. Товарооборот со странами Персидского залива составил 1,1 млрд"
            " долларов.\n\nЭкспорт в страны Африки составил 0,6 млрд долларов.",
            "ru",
            [("BLR", "WLD"), ("BLR", None), ("BLR", None)],
        ),
    ],
)
def test_a_partner_named_after_its_noun_and_partners_no_name_gives(text, language, sides):
    table = figures_of(text, "2025-11-20", language)
    assert [(r, None if pd.isna(p) else p) for r, p in zip(table["reporter"], table["partner"], strict=True)] == sides
