"""The ratio kind (TC308): a coverage ratio (exports / imports x 100) against the two values it is of."""

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
