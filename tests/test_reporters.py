"""Every output format, golden-file tested from one shared fixture.

Set UPDATE_GOLDEN=1 to rewrite the expected files after an intended change."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET

import pytest

from checker import check
from checker.formatting import claim_label
from checker.reporters import FORMATS, get_reporter, resolve_format
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden"
FIXTURE = "tests/golden/fixture.md"
SUFFIX = {"text": "txt", "json": "json", "sarif": "sarif", "junit": "xml", "github": "github", "html": "html"}


@pytest.fixture(scope="module")
def report():
    cwd = os.getcwd()
    os.chdir(ROOT)  # paths in reports are as the user typed them: keep them relative
    try:
        return check([FIXTURE])
    finally:
        os.chdir(cwd)


def test_fixture_has_the_findings_the_reporters_show(report):
    assert sorted(f.code for f in report.findings) == ["TC101", "TC102", "TC202"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_golden(report, fmt):
    out = get_reporter(fmt)(report, fail_on="error", color=False)
    path = GOLDEN / f"fixture.{SUFFIX[fmt]}"
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(out, encoding="utf-8")
    assert out == path.read_text(encoding="utf-8")


def test_sarif_shape(report):
    data = json.loads(get_reporter("sarif")(report, fail_on="error", color=False))
    assert data["version"] == "2.1.0"
    run = data["runs"][0]
    codes = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert codes == sorted(codes) and "TC202" in codes
    mirror = next(r for r in run["results"] if r["ruleId"] == "TC202")
    region = mirror["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 9 and region["startColumn"] > 1
    assert mirror["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 11
    assert run["tool"]["driver"]["rules"][mirror["ruleIndex"]]["id"] == "TC202"


def test_junit_passes_when_clean(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("date: 2025-01-01\n\nIn 2024 exports of Chile to Peru were $2.1 billion.\n")
    root = ET.fromstring(get_reporter("junit")(check([str(clean)]), fail_on="error", color=False))
    assert root.get("failures") == "0" and int(root.get("tests")) > 0
    assert root.find("testsuite/testcase") is not None


def test_github_annotations_escape_their_data(report):
    out = get_reporter("github")(report, fail_on="error", color=False)
    line = next(x for x in out.splitlines() if "TC202" in x)
    assert line.startswith("::warning file=tests/golden/fixture.md,line=9,")
    assert "%25" in line and "\n" not in line


def test_auto_format_follows_the_environment():
    assert resolve_format("auto", {"GITHUB_ACTIONS": "true"}) == "github"
    assert resolve_format("auto", {}) == "text"
    assert resolve_format("json", {"GITHUB_ACTIONS": "true"}) == "json"


def test_text_colour_only_when_asked(report):
    assert "\x1b[" not in get_reporter("text")(report, fail_on="error", color=False)
    assert "\x1b[" in get_reporter("text")(report, fail_on="error", color=True)


def test_text_report_gives_the_unit_a_table_cell_was_read_in(tmp_path):
    doc = tmp_path / "eu.md"
    doc.write_text(
        "Published 3 March 2025\n\nEU trade with China in 2024.\n\n| Year | Exports (EUR bn) |\n|---|---:|\n| 2024 | 213.3 |\n\n"
        "Exports reached €213.3 billion in 2024.\n",
        encoding="utf-8",
    )
    out = get_reporter("text")(check([str(doc)]), fail_on="error", color=False)
    assert "2024: 213.3 (EUR billion) (line 7)" in out
    assert "2024: €213.3 billion (line 9)" in out  # prose states its unit: shown as printed


def test_findings_name_lines_as_whole_numbers_and_imports_point_at_the_importer(tmp_path):
    # TC301 joins exports, imports and a turnover per claim: when another claim (Georgia-Armenia)
    # had no turnover, the joined lines were floats and printed "line 3.0". The label's arrow follows the goods.
    doc = tmp_path / "release.txt"
    doc.write_text(
        "12 February 2025\n\n"
        "In 2024, trade turnover between Kazakhstan and Uzbekistan reached $4.4 billion.\n\n"
        "Kazakhstan's exports to Uzbekistan were $2.9 billion and its imports from Uzbekistan $1.2 billion.\n\n"
        "In 2024 Georgia's exports to Armenia were $150 million and its imports from Armenia $310 million, a deficit of $160 million.\n"
    )
    report = check([str(doc)])
    (finding,) = [f for f in report.findings if f.code == "TC301"]
    assert "(line 3)" in finding.message and "(line 5)" in finding.message and ".0)" not in finding.message
    text = get_reporter("text")(report, fail_on="error", color=False)
    assert "imports, Georgia <- Armenia, 2024: $310 million (line 7)" in text
    assert "exports, Georgia -> Armenia, 2024: $150 million (line 7)" in text


def test_messages_name_countries_as_english_writes_them_in_a_sentence(tmp_path):
    from checker.formatting import country_in_text, possessive

    assert [possessive(country_in_text(c)) for c in ("KAZ", "EUU", "NLD", "USA", "LAO", "WLD")] == [
        "Kazakhstan's", "the EU's", "the Netherlands'", "the United States'", "Laos's", "the world's",
    ]  # fmt: skip
    doc = tmp_path / "nl.txt"
    doc.write_text(
        "10 March 2025\n\n"
        "In 2024 the Netherlands' exports to Kazakhstan were $1.9 billion, according to the Dutch statistics office.\n\n"
        "Kazakhstan's imports from the Netherlands were $1.2 billion in 2024, the Kazakh bureau said.\n"
    )
    (finding,) = [f for f in check([str(doc)]).findings if f.code == "TC204"]
    assert finding.message.startswith("The Netherlands' exports to Kazakhstan ($1.9 billion, line 3) and Kazakhstan's imports from the Netherlands")


def test_text_report_groups_a_turnover_named_in_either_order_as_one_claim(tmp_path):
    doc = tmp_path / "factcheck.txt"
    doc.write_text(
        "FACT CHECK, 12 March 2025\n\n"
        "Trade between Kyrgyzstan and Kazakhstan reached $2.4 billion in 2024, a Kyrgyz MP said.\n\n"
        "According to Kazakhstan's Bureau of National Statistics, trade with Kyrgyzstan was $1.34 billion in 2024.\n\n"
        "Kyrgyzstan's National Statistical Committee put 2024 turnover with Kazakhstan at $1.7 billion.\n"
    )
    report = check([str(doc)])
    assert len({f.claim for f in report.findings}) == 2  # each finding keeps its own label in JSON
    out = get_reporter("text")(report, fail_on="error", color=False)
    assert out.count("Claim: ") == 1 and len(report.findings) == 3


def test_findings_quote_a_table_cell_with_the_unit_it_was_read_in(tmp_path):
    doc = tmp_path / "eu.md"
    doc.write_text(
        "Published 3 March 2025\n\nEU trade with China.\n\n| Year | Imports (EUR bn) |\n|---|---:|\n| 2023 | 514.1 |\n\n"
        "In 2024 EU imports from China slipped 0.6% to €518.2 billion.\n",
        encoding="utf-8",
    )
    (finding,) = [f for f in check([str(doc)]).findings if f.code == "TC305"]
    assert "the year before's 514.1 (EUR billion) (line 7)" in finding.message
    assert finding.locations[2].surface == "514.1"  # where it stands: the printed text, unchanged


def test_a_claim_with_an_unnamed_side_names_its_partner():
    # A statistics office's bulletin need not name its own country: "exports, Oct 2025" had hidden the partner.
    row = {"metric": "exports", "scope": None, "reporter": None, "partner": "GBR", "flow": "export", "period_label": "Oct 2025"}
    assert claim_label(row) == "exports, to United Kingdom, Oct 2025"
    assert claim_label({**row, "metric": "imports", "flow": "import", "partner": "CHN"}) == "imports, from China, Oct 2025"
    assert claim_label({**row, "partner": None}) == "exports, Oct 2025"
