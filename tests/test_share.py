"""The share kind (TC306): a share against the part and the total it is stated with."""

from __future__ import annotations

import math

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.kinds.share import share_links
from tests.conftest import figures_of, findings_of

# The three ways a sentence states part, share and total, as news writes them.
TEMPLATES = [
    "Kazakhstan's exports to China reached ${part} billion in 2024, or {pct}% of total exports of ${whole} billion.",
    "China accounted for {pct}% of Kazakhstan's foreign trade turnover of ${whole} billion in 2024, or ${part} billion.",
    "Russia's share in Kyrgyzstan's trade turnover was {pct}% in 2024: ${part} billion out of ${whole} billion.",
    "In 2024 Uzbekistan's imports from Russia were ${part} billion ({pct}% of the total of ${whole} billion).",
]


def _codes(text: str) -> list[str]:
    return [f.code for f in findings_of(text, "2025-03-14")]


@settings(max_examples=60, deadline=None)
@given(tenths=st.integers(10, 2000), rest=st.integers(1, 3000), template=st.sampled_from(TEMPLATES))
def test_a_share_rounded_from_its_part_and_total_passes_and_one_beyond_rounding_fails(tenths, rest, template):
    part, whole = tenths / 10, (tenths + rest) / 10
    fits = template.format(part=f"{part:.1f}", whole=f"{whole:.1f}", pct=f"{100 * part / whole:.1f}")
    assert _codes(fits) == []
    # Beyond what the printed precision of all three numbers allows (each off by half its last digit).
    highest = 100 * (part + 0.05) / (whole - 0.05) + 0.05
    if highest + 0.5 < 100:
        beyond = template.format(part=f"{part:.1f}", whole=f"{whole:.1f}", pct=f"{math.ceil((highest + 0.2) * 10) / 10:.1f}")
        assert _codes(beyond) == ["TC306"]


def test_shares_and_parts_pair_in_order_and_only_one_to_one():
    text = (
        "Kazakhstan's exports to China reached $15.6 billion and exports to Italy $13.1 billion in 2024, or 19.8% and 16.6% of total exports of $78.7 billion."
    )
    links = share_links(_table(text))
    assert [(s["surface"], p["surface"], w["surface"]) for s, p, w in links] == [
        ("19.8%", "$15.6 billion", "$78.7 billion"),
        ("16.6%", "$13.1 billion", "$78.7 billion"),
    ]
    # Two parts, one share: which part the share is of is a guess, so nothing is checked.
    text = "Kazakhstan's exports to China reached $15.6 billion and exports to Italy $13.1 billion in 2024, 29.8% of total exports of $78.7 billion."
    assert share_links(_table(text)) == []


def test_a_total_of_another_period_or_currency_has_no_part():
    text = "Kazakhstan's exports to China reached 15.6 billion euros in 2024, or 29.8% of total exports of $78.7 billion."
    assert share_links(_table(text)) == []
    assert _codes(text) == []


def _table(text: str):
    from checker.engine import _with_comparison_columns

    return _with_comparison_columns(figures_of(text, "2025-03-14"))


def test_a_range_of_percentages_prints_its_two_ends_apart():
    from checker import formatting as fmt

    assert fmt.percent_range(19.71, 19.93) == "19.7% to 19.9%"
    assert fmt.percent_range(23.48, 23.51) == "23.48% to 23.51%"  # not "23.5% to 23.5%"
    assert fmt.percent_range(-5.391, -5.384, signed=True) == "-5.39% to -5.38%"
    assert fmt.percent_range(15.14771, 15.14794) == "15.148%"  # one value, not "15.148% to 15.148%"
    assert fmt.percent_range(9.02, 9.05, signed=True) == "+9.0% to +9.1%"


TABLE = (
    "Trade turnover by partner, 2024, million US dollars\n\n"
    "| Country | Turnover | Share, % |\n|---|---:|---:|\n| China | 13,074.5 | 19.8 |\n| Kazakhstan | 4,365.2 | {kz} |\n"
)


def test_a_share_column_is_read_as_shares_of_the_tables_metric_and_partners():
    figures = figures_of(TABLE.format(kz="6.6"), "2025-03-14").query("kind == 'percent'")
    assert list(figures["role"]) == ["share", "share"]
    assert list(figures["partner"]) == ["CHN", "KAZ"]
    assert list(figures["metric"]) == ["trade_turnover", "trade_turnover"]


def test_a_share_column_is_checked_against_the_documents_one_total_with_the_world():
    text = "Uzbekistan's foreign trade turnover in 2024 reached $65.9 billion.\n\n" + TABLE
    assert _codes(text.format(kz="6.6")) == []
    assert _codes(text.format(kz="7.6")) == ["TC306"]
    link = [(s["surface"], p["surface"], w["surface"]) for s, p, w in share_links(_table(text.format(kz="7.6")))]
    assert link == [("19.8", "13,074.5", "$65.9 billion"), ("7.6", "4,365.2", "$65.9 billion")]


def test_a_share_column_with_two_different_totals_in_the_document_is_not_checked():
    text = (
        "Uzbekistan's foreign trade turnover in 2024 reached $65.9 billion. "
        "Another estimate of Uzbekistan's foreign trade turnover in 2024 is $62.1 billion.\n\n" + TABLE
    )
    assert "TC306" not in _codes(text.format(kz="7.6"))


def test_a_share_whose_part_is_stated_twice_differently_elsewhere_is_not_checked():
    text = (
        "Trade turnover between Tajikistan and Russia in the first quarter of 2025 amounted to $412.6 million. "
        "Russia accounted for 27.7% of Tajikistan's foreign trade of $1.82 billion in the quarter."
    )
    assert _codes(text) == ["TC306"]
    # A second, different value of the same side's trade: which one the share is of is a guess.
    other = text + " Another estimate of trade turnover between Tajikistan and Russia in the first quarter of 2025 is $452.6 million."
    assert "TC306" not in _codes(other)
    # The other side's figure (Rosstat's, Russia -> Tajikistan) is not this side's part.
    mirror = text + " Rosstat put trade turnover between Russia and Tajikistan in the first quarter of 2025 at $502.6 million."
    assert "TC306" in _codes(mirror)


def test_a_headline_and_the_text_that_agree_are_one_stated_total():
    # "almost $4.3 billion" in the headline and "$4.29 billion" in the text had been two different totals, so a
    # share of "the total" in another sentence went unchecked.
    text = (
        "Tajikistan's foreign trade grows to almost $4.3 billion in first half\nJuly 25, 2025\n\n"
        "Tajikistan's foreign trade turnover in January-June 2025 reached $4.29 billion. "
        "Trade with CIS countries amounted to $1.96 billion, or {share} percent of the total."
    )
    assert "TC306" not in [f.code for f in findings_of(text.format(share="45.7"), "2025-07-25")]
    assert "TC306" in [f.code for f in findings_of(text.format(share="48.7"), "2025-07-25")]
    # Totals that disagree still leave which one is meant a guess: no finding.
    disagreeing = text.replace("almost $4.3 billion", "$5.1 billion")
    assert "TC306" not in [f.code for f in findings_of(disagreeing.format(share="48.7"), "2025-07-25")]


def test_a_partners_part_of_a_named_metric_restated_as_a_share():
    # "China accounted for $13.8 billion of the turnover, or 20.2%": the metric between the part and "or" had kept the
    # percentage from being the part's share.
    text = (
        "Kazakhstan's foreign trade turnover reached $68.2 billion in the first half of 2025."
        " China accounted for $13.8 billion of the turnover, or {share}, followed by Russia with $12.5 billion."
    )
    assert "TC306" not in [f.code for f in findings_of(text.format(share="20.2%"), "2025-08-12")]
    assert "TC306" in [f.code for f in findings_of(text.format(share="22.2%"), "2025-08-12")]
    # Words other than the metric between them: no restatement ("... of the turnover in the first half, or 22.2%").
    other = text.replace("of the turnover, or", "of the turnover in the first half, or")
    assert figures_of(other.format(share="22.2%"), "2025-08-12")["role"].isna().all()


def test_only_sentences_with_a_share_or_a_whole_are_taken_out_of_the_table():
    # A rate's role "year_on_year" once sent every sentence with such a rate through the share kind's
    # per-sentence Python (the 1M-figure bench took 270 s instead of 5).
    from checker.engine import _with_comparison_columns
    from checker.kinds.share import _sentences_with_a_share

    table = _with_comparison_columns(figures_of("Kazakhstan's exports to China rose 12% from a year earlier to $15.6 billion in 2024.", "2025-03-14"))
    assert list(table["role"].dropna()) == ["year_on_year"]
    assert _sentences_with_a_share(table).empty
    text = "Kazakhstan's exports to China reached $15.6 billion in 2024, or 19.8% of total exports of $78.7 billion."
    shared = _with_comparison_columns(figures_of(text, "2025-03-14"))
    assert len(_sentences_with_a_share(shared)) == 3


def test_a_share_restated_in_money_after_its_totals_name_is_the_shares_trade():
    # "Trade with the EAEU countries accounted for 34.2% of the total turnover, or $4.40 billion": the money is the
    # EAEU's part, not the world's total with an unnamed scope.
    text = (
        "Kyrgyzstan's foreign trade turnover in January-October 2025 totaled $12.87 billion.\n\n"
        "Trade with the EAEU countries accounted for 34.2% of the total turnover, or $4.40 billion."
        " Trade with Russia amounted to $2.86 billion."
    )
    figures = figures_of(text, "2025-11-26").set_index("surface")
    assert figures.loc["$4.40 billion", "partner"] == "EAEU"
    assert figures.loc["$4.40 billion", ["scope", "role"]].isna().all()
    assert figures.loc["$2.86 billion", "partner"] == "RUS"
    # The share's own scope carries over: "Gold accounted for 42.3% of total exports, or $1.05 billion".
    gold = figures_of("Kyrgyzstan's exports totaled $2.48 billion in 2025. Gold accounted for 42.3% of total exports, or $1.05 billion.", "2025-11-26")
    assert gold.set_index("surface").loc["$1.05 billion", "scope"] == "gold"


def test_partners_shares_in_brackets_are_each_checked_against_their_trade_and_the_total():
    # "was recorded with China (20.1%), Russia (16.8%)": bare percentages in brackets after partners were read as
    # nothing at all; each is a share of the total, checked against the partner's value stated in another sentence.
    text = (
        "Uzbekistan's foreign trade turnover in January-September 2025 amounted to $52.5 billion.\n\n"
        "The largest volume of foreign trade turnover was recorded with China ({china}), Russia (16.8%) and Kazakhstan (+6.9%).\n\n"
        "Trade turnover with China reached $10.5 billion in January-September 2025."
    )
    figures = figures_of(text.format(china="20.0%"), "2025-10-20").set_index("surface")
    assert figures.loc[["20.0%", "16.8%"], "role"].tolist() == ["share", "share"]
    assert pd.isna(figures.loc["6.9%", "role"]) and figures.loc["6.9%", "change"] == "up"  # a signed percentage is a change
    assert "TC306" not in _codes(text.format(china="20.0%"))
    assert "TC306" in _codes(text.format(china="23.0%"))


def test_a_partners_share_of_merchandise_exports_stated_in_another_sentence():
    # GASTAT's shape: the total is "merchandise exports" (goods), stated before with "compared with September 2024,
    # to SAR 95.3 billion" (it had been read as the base, and a goods total was never a share's whole)
    text = (
        "Saudi Arabia's merchandise exports increased by 12.3% in September 2025 compared with September 2024, to SAR 95.3 billion.\n\n"
        "China remained Saudi Arabia's main trading partner: exports to China amounted to SAR 14.1 billion, or {pct}% of total exports."
    )

    def _codes_of(doc: str) -> list[str]:
        return [f.code for f in findings_of(doc, "2025-11-25")]

    assert figures_of(text.format(pct="14.8"), "2025-11-25")["status"].isna().all()
    assert _codes_of(text.format(pct="14.8")) == []
    assert _codes_of(text.format(pct="16.8")) == ["TC306"]
    # a goods total and a different total of goods and services: which one is meant is a guess
    both = text.replace(", to SAR 95.3 billion.", ", to SAR 95.3 billion. Exports of goods and services were SAR 110.2 billion in September 2025.")
    assert "TC306" not in _codes_of(both.format(pct="16.8"))
