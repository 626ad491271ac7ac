"""Great Expectations Data Docs: the rulebook as a suite, verdicts agree, text escaped."""

from __future__ import annotations

import pytest

from checker import check
from tests.conftest import CORPUS, SEEDS

gx = pytest.importorskip("great_expectations")

from checker.reporters.gx_docs import build_data_docs, gx_table  # noqa: E402


@pytest.mark.parametrize(
    ("paths", "fail_on"),
    [
        ([SEEDS / "000_2d71913308cefc30.txt"], "error"),
        ([SEEDS / "000_2d71913308cefc30.txt"], "never"),
        ([CORPUS / "by-kz-2025-06-02-clean.txt"], "error"),
        ([SEEDS / "000_2d71913308cefc30.txt"], "warning"),
    ],
)
def test_gx_verdict_is_the_gate_verdict(tmp_path, paths, fail_on):
    report = check([str(p) for p in paths])
    result = build_data_docs(report, tmp_path / "docs", fail_on=fail_on)
    assert result.success == (report.exit_code(fail_on) == 0)
    assert result.index.is_file()
    assert result.evaluated == 7 + len(report.rules_run)


def test_flagged_figures_are_the_unexpected_rows(tmp_path):
    report = check([str(SEEDS / "000_2d71913308cefc30.txt")])
    result = build_data_docs(report, tmp_path / "docs")
    assert result.failed == ["TC101"]
    page = next((tmp_path / "docs" / "validations").rglob("*.html")).read_text()
    assert "TC101 malformed-scale-separator" in page
    flagged = report.findings[0].figures[0]
    assert flagged in page  # the unexpected row, named by figure id


def test_document_text_is_escaped_before_gx(tmp_path):
    doc = tmp_path / "evil.txt"
    doc.write_text("date: 2025-01-01\n\nIn 2024 <script>alert(1)</script> trade between Chile and Peru was $1,250 billion.\n")
    report = check([str(doc)])
    frame = gx_table(report)
    assert "<script>" not in frame["sentence"].iloc[0] and "&lt;script&gt;" in frame["sentence"].iloc[0]
    build_data_docs(report, tmp_path / "docs")
    for page in (tmp_path / "docs").rglob("*.html"):
        assert "<script>alert(1)</script>" not in page.read_text()
