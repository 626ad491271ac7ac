"""Figures whose qualifier sets a bound ("more than $6 billion", "less than $1 billion") in the
comparison kinds: identity (TC301, TC302: turnover = exports + imports, balance = exports -
imports), mirror (TC204) and conflict (TC201). A bound is compared from its printed value, is
no rounding room, and is said in the message."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.conftest import findings_of

TURNOVER = "In 2024 Kazakhstan's exports to Uzbekistan were {x} and its imports from Uzbekistan {m}, bringing trade turnover between the two in 2024 to {t}."
BALANCE = "In 2024 Georgia's exports to Turkey were {x} and its imports from Turkey {m}, leaving Georgia's trade {side} with Turkey in 2024 at {b}."


def _findings(text: str):  # type: ignore[no-untyped-def]
    return [f for f in findings_of(text, "2025-03-01") if f.code in ("TC301", "TC302")]


def test_a_turnover_above_what_the_flows_can_make_is_flagged_with_its_bound_said():
    (finding,) = _findings(TURNOVER.format(x="$3.2 billion", m="$1.9 billion", t="more than $6 billion"))
    assert finding.code == "TC301"
    assert "the turnover is given as more than $6 billion (line 1)" in finding.message
    # Only printed precision is rounding: the open end widens nothing.
    assert "rounding of the printed figures allows ±$100 million" in finding.message
    assert finding.evidence["arithmetic"] == "$3.2 billion + $1.9 billion = $5.1 billion, stated more than $6 billion"
    assert finding.to_dict()["evidence"]["stated_interval"] == [6e9, None]  # strict JSON: the open end is null
    # A bound the flows meet passes.
    assert _findings(TURNOVER.format(x="$3.2 billion", m="$1.9 billion", t="more than $5 billion")) == []


def test_an_open_ended_flow_bounds_the_computed_total():
    (finding,) = _findings(TURNOVER.format(x="more than $3.2 billion", m="$1.9 billion", t="$4 billion"))
    assert "exports more than $3.2 billion (line 1) + imports $1.9 billion (line 1) = more than $5.1 billion" in finding.message
    assert "rounding of the printed figures allows ±$550 million" in finding.message  # $1.9 billion and $4 billion
    assert _findings(TURNOVER.format(x="more than $3.2 billion", m="$1.9 billion", t="$6 billion")) == []


def test_deficits_with_bounds_are_compared_in_size_and_said_with_signs():
    # A deficit of more than $1.5 billion is below -$1.5 billion; the flows give -$1.2 billion.
    (finding,) = _findings(BALANCE.format(x="$0.8 billion", m="$2.0 billion", side="deficit", b="more than $1.5 billion"))
    assert finding.code == "TC302"
    assert "the balance is given as more than $1.5 billion (line 1)" in finding.message
    assert finding.evidence["arithmetic"].endswith("= -$1.2 billion, stated less than -$1.5 billion")
    # A deficit of less than $1 billion lies between -$1 billion and zero: not -$1.2 billion either.
    (finding,) = _findings(BALANCE.format(x="$0.8 billion", m="$2.0 billion", side="deficit", b="less than $1 billion"))
    assert "given as less than $1 billion" in finding.message and "rounding allows ±$100 million" in finding.message
    assert finding.evidence["arithmetic"].endswith("stated more than -$1 billion")
    assert _findings(BALANCE.format(x="$0.8 billion", m="$2.0 billion", side="deficit", b="more than $1 billion")) == []
    assert _findings(BALANCE.format(x="$0.8 billion", m="$2.0 billion", side="deficit", b="less than $1.5 billion")) == []


@settings(max_examples=40, deadline=None)
@given(x=st.integers(5, 400), m=st.integers(5, 400), offset=st.integers(-30, 30))
def test_a_lower_bound_is_flagged_exactly_when_the_flows_cannot_reach_it(x, m, offset):
    # Tenths of a billion: the flows' sum lies within ±0.1 of (x + m) / 10.
    bound = max(x + m + offset, 1)
    assume(bound != x + m + 1)  # exactly at the flows' highest sum: a float's last bit decides
    text = TURNOVER.format(x=f"${x / 10:.1f} billion", m=f"${m / 10:.1f} billion", t=f"more than ${bound / 10:.1f} billion")
    flagged = [f.code for f in _findings(text)] == ["TC301"]
    assert flagged == (bound / 10 > (x + m) / 10 + 0.1 + 1e-9)


MIRROR = "In 2023, Uzbekistan's exports to Tajikistan {x}.\n\nIn 2023, Tajikistan's imports from Uzbekistan were {m}."


def test_mirror_flows_are_compared_from_a_bound_and_the_gap_said_as_the_least_it_can_be():
    (finding,) = findings_of(MIRROR.format(x="exceeded $800 million", m="$700 million"), "2024-03-01")
    assert finding.code == "TC204"
    assert "(exceeded $800 million, line 1)" in finding.message  # the qualifier as printed
    assert "are at least 14.3% apart (imports/exports ≤ 0.88)" in finding.message
    (finding,) = findings_of(MIRROR.format(x="reached less than $500 million", m="$700 million"), "2024-03-01")
    assert "at least 40.0% apart (imports/exports ≥ 1.40)" in finding.message
    assert "Rounding allows ±0.1%" in finding.message  # the $700 million's precision; a bound is no rounding
    # The other figure on the bound's open side: the two may agree.
    assert findings_of(MIRROR.format(x="reached more than $500 million", m="$700 million"), "2024-03-01") == []
    assert findings_of(MIRROR.format(x="exceeded $690 million", m="$700 million"), "2024-03-01") == []


def test_a_conflict_between_bounds_names_them_and_counts_no_rounding():
    text = (
        "In 2024 Georgia's trade deficit with Turkey was less than $1 billion, the ministry said.\n\n"
        "Geostat put Georgia's trade deficit with Turkey in 2024 at more than $1.5 billion."
    )
    (finding,) = [f for f in findings_of(text, "2025-03-01") if f.code == "TC201"]
    assert finding.message.startswith("Less than $1 billion (line 1) and more than $1.5 billion (line 3) are both given")
    assert "beyond the ±0.0% their printed precision allows" in finding.message


def test_the_identity_takes_a_figure_as_printed_before_a_bound_of_the_same_claim():
    # A headline's bound and the text's exact turnover: the exact one is summed against.
    text = (
        "Kazakhstan-Uzbekistan trade exceeded $3.5 billion in January-September 2025\n\n"
        "In January-September 2025 trade turnover between Kazakhstan and Uzbekistan was $3,582.4 million. "
        "Kazakhstan's exports to Uzbekistan were $2,401.7 million and its imports from Uzbekistan $1,280.7 million."
    )
    (finding,) = _findings(text)
    assert "the turnover is given as $3,582.4 million (line 3)" in finding.message
    assert _findings(text.replace("$1,280.7 million", "$1,180.7 million")) == []


@pytest.mark.parametrize(
    ("text", "code", "quoted"),
    [
        (  # a part of the year above the year
            "In January-September 2024 Kazakhstan's exports to China exceeded $5 billion. In 2024 Kazakhstan's exports to China were $4.1 billion.",
            "TC401",
            "exceeded $5 billion for Jan-Sep 2024 (line 1) is larger than $4.1 billion for 2024 (line 1)",
        ),
        (  # a scale slip
            "In 2024 trade between Kazakhstan and Georgia reached almost $1.5 billion. Trade between Kazakhstan and Georgia was $1.49 million in 2024.",
            "TC203",
            "Almost $1.5 billion (line 1) and $1.49 million (line 1) are both given",
        ),
    ],
)
def test_messages_quote_a_figure_with_its_qualifier(text, code, quoted):
    (finding,) = [f for f in findings_of(text, "2025-03-01") if f.code == code]
    assert quoted in finding.message
