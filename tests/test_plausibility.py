"""A bilateral figure is bounded by the totals the evidence itself holds:
a table's World row, or official world totals from --reference."""

from __future__ import annotations

from checker import check
from checker.config import Config
from tests.conftest import findings_of

HEADER = "reporterISO,partnerISO,flowCode,period,primaryValue\n"


def test_table_world_row_bounds_a_bilateral_row(tmp_path):
    (tmp_path / "uzb.csv").write_text(HEADER + "UZB,TJK,X,2023,40000000000\nUZB,W00,X,2023,24400000000\nUZB,TJK,M,2023,150000000\n")
    (finding,) = check([str(tmp_path)]).findings
    assert finding.code == "TC601" and finding.category == "plausibility"
    assert "Uzbekistan's total exports with the world" in finding.message and "row 3, column primaryValue" in finding.message
    assert finding.evidence["total_of"] == "UZB"


def test_partner_total_bounds_the_mirrored_flow(tmp_path):
    # Uzbekistan's exports to Tajikistan cannot exceed Tajikistan's imports from the world.
    (tmp_path / "uzb.csv").write_text(HEADER + "UZB,TJK,X,2023,9000000000\n")
    (tmp_path / "tjk.csv").write_text(HEADER + "TJK,W00,M,2023,5300000000\n")
    codes = [(f.code, f.evidence.get("total_of")) for f in check([str(tmp_path)]).findings]
    assert codes == [("TC601", "TJK")]


def test_official_world_totals_from_reference(tmp_path):
    doc = tmp_path / "news.txt"
    doc.write_text("2024-02-01\n\nIn 2023, trade between Kyrgyzstan and Kazakhstan reached $19 billion.\n")
    reference = tmp_path / "official.csv"
    reference.write_text("reporter,partner,flow,period,value,scale,source\nKGZ,WLD,turnover,2023,15.7,billion,National Statistical Committee\n")
    (finding,) = check([str(doc)], Config(reference=str(reference))).findings
    assert finding.code == "TC601" and "National Statistical Committee" in finding.message and "reference data" in finding.message


def test_within_totals_stays_silent(tmp_path):
    (tmp_path / "uzb.csv").write_text(HEADER + "UZB,TJK,X,2023,500000000\nUZB,W00,X,2023,24400000000\n")
    assert check([str(tmp_path)]).findings == []


def test_world_in_text_is_a_partner_never_a_side():
    import checker

    table = checker.extract("The world's largest buyer, China, took $5 billion of Kazakhstan's exports in 2023.")
    assert "WLD" not in set(table["reporter"].dropna())


def test_a_members_figure_is_bounded_by_the_trade_with_its_group():
    # "Trade with the EAEU countries ... $4.40 billion" and "trade with Russia ... $4.96 billion": a part larger than
    # its whole, beyond the band; a non-member's figure (China) is no part of it.
    text = (
        "In January-October 2025 Kyrgyzstan's trade with the EAEU countries amounted to $4.40 billion. "
        "Trade with Russia amounted to {russia} in January-October 2025, and trade with China $5.81 billion."
    )
    (finding,) = findings_of(text.format(russia="$4.96 billion"), "2025-11-26")
    assert finding.code == "TC601" and "with the EAEU" in finding.message
    assert finding.evidence["total_with"] == "EAEU" and finding.evidence["total_of"] == "KGZ"
    assert findings_of(text.format(russia="$2.86 billion"), "2025-11-26") == []
