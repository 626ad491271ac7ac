"""The ratio kind: a coverage ratio (TC308, exports / imports x 100) and a flow's share of the turnover (TC309, TC310) against the two values."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from checker import check
from tests.conftest import findings_of

TEXT = (
    "In October 2025 Turkey's exports were USD {x:.1f} billion and its imports USD {m:.1f} billion. "
    "Turkey's export-import coverage ratio was {r:.1f}% in October 2025."
)


def _codes(text: str) -> list[str]:
    return [f.code for f in findings_of(text, "2025-12-02")]


@settings(max_examples=40, deadline=None)
@given(x=st.integers(10, 900), m=st.integers(10, 900))
def test_a_ratio_within_the_values_rounding_passes_and_one_beyond_it_fails(x, m):
    exports, imports = x / 10, m / 10
    assert _codes(TEXT.format(x=exports, m=imports, r=100 * exports / imports)) == []
    # Beyond what the printed precision of the three numbers allows.
    highest = 100 * (exports + 0.05) / (imports - 0.05) + 0.05
    assert _codes(TEXT.format(x=exports, m=imports, r=highest + 0.2)) == ["TC308"]


def test_a_bulletin_that_never_names_its_country_is_checked_and_other_documents_are_not_mixed_in(tmp_path: Path):
    bulletin = (
        "date: 2025-12-02\n\nExports were USD 24.0 billion in October 2025 and imports USD 30.9 billion. "
        "The export-import coverage ratio was {r}% in October 2025.\n"
    )
    (tmp_path / "a.txt").write_text(bulletin.format(r="79.7"))
    (finding,) = check([str(tmp_path / "a.txt")]).findings
    assert finding.code == "TC308" and "are 77.7% (77.4% to 78.0% with rounding)" in finding.message
    # Another document's exports and imports are not this ratio's (they would give 77.7%, not 79.7%).
    (tmp_path / "a.txt").write_text("date: 2025-12-02\n\nThe export-import coverage ratio was 79.7% in October 2025.\n")
    (tmp_path / "b.txt").write_text("date: 2025-12-02\n\nExports were USD 24.0 billion in October 2025 and imports USD 30.9 billion.\n")
    assert check([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]).findings == []


SHARES = [
    "The share of {flow} in the FTT was {r:.1f}%.",
    "{Flow} amounted to ${v:.1f} billion, or {r:.1f}% of the foreign trade turnover.",
    "{Flow} accounted for {r:.1f}% of total trade turnover.",
]


@settings(max_examples=40, deadline=None)
@given(x=st.integers(10, 900), m=st.integers(10, 900), form=st.sampled_from(SHARES), flow=st.sampled_from(["exports", "imports"]))
def test_a_flows_share_of_the_turnover_is_checked_in_every_wording(x, m, form, flow):
    exports, imports = x / 10, m / 10
    turnover = round(exports + imports, 1)
    value = exports if flow == "exports" else imports
    lead = (
        f"In January-September 2025 Uzbekistan's foreign trade turnover amounted to ${turnover:.1f} billion:"
        f" exports ${exports:.1f} billion, imports ${imports:.1f} billion. "
    )

    def text(r: float) -> str:
        return lead + form.format(flow=flow, Flow=flow.capitalize(), v=value, r=r)

    assert _codes(text(100 * value / turnover)) == []
    highest = 100 * (value + 0.05) / (turnover - 0.05) + 0.05
    if highest + 0.2 < 100:
        assert _codes(text(highest + 0.2)) == ["TC309" if flow == "exports" else "TC310"]


def test_a_share_of_the_turnover_with_a_named_partner_or_of_the_flow_stays_a_share():
    from tests.conftest import figures_of

    # "Exports to China accounted for 10% of the turnover": of the total turnover or the trade with China? Not read as a ratio.
    named = figures_of("In 2024 Uzbekistan's exports to China accounted for 10.4% of total trade turnover.", "2025-03-01")
    assert named["metric"].tolist() == ["exports"] and named["role"].tolist() == ["share"]
    of_flow = figures_of("In 2024 exports to China accounted for 16.3% of Uzbekistan's total exports.", "2025-03-01")
    assert of_flow["metric"].tolist() == ["exports"]
    # The elided second share of a pair: "..., and the share of imports 53.7%".
    pair = figures_of("In 2024 the share of exports in the FTT was 46.3%, and the share of imports 53.7%.", "2025-03-01")
    assert pair["metric"].tolist() == ["export_share", "import_share"]


def test_the_balances_share_of_the_turnover_is_of_its_size():
    # Geostat: "The negative trade balance amounted to USD 8,627.1 million and its share in the external trade turnover
    # was 44.4 percent" had been read as a share of the turnover with no part; a surplus's share the same way.
    text = (
        "In January-October 2025 Georgia's external merchandise trade turnover amounted to USD 19,412.5 million. "
        "The {sign} trade balance amounted to USD 8,627.1 million and its share in the external trade turnover was {share} percent."
    )
    for sign in ("negative", "positive"):
        assert _codes(text.format(sign=sign, share="44.4")) == []
        assert _codes(text.format(sign=sign, share="46.4")) == ["TC312"]
