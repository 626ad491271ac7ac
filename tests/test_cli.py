"""The command line: exit codes, formats, bad input, stdout only the report."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from tests.conftest import CORPUS, SEEDS

SEED = str(SEEDS / "000_2d71913308cefc30.txt")
CLEAN = str(CORPUS / "by-kz-2025-06-02-clean.txt")


def run(*args, stdin=None):
    result = CliRunner().invoke(main, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_check_text_report_and_exit_code():
    code, out, err = run("check", SEED)
    assert code == 1
    assert "TC101 malformed-scale-separator" in out and "suggestion: $1.340 billion" in out
    assert "ok       investment" in out
    assert "\x1b[" not in out  # no colour off a terminal
    assert err == ""


def test_check_json_contract():
    code, out, _ = run("check", SEED, "--format", "json")
    data = json.loads(out)
    assert code == 1
    assert data["version"] == 1
    assert {"figures", "findings", "rules"} <= set(data)
    figure = data["figures"][0]
    for column in ("id", "doc", "start", "end", "line", "col", "surface", "sentence", "kind", "value", "currency", "scale",
                   "value_low", "value_high", "decimals", "number_format", "qualifier", "metric", "flow", "reporter",
                   "partner", "period_start", "period_end", "period_label", "status", "attribution", "value_usd"):  # fmt: skip
        assert column in figure
    assert figure["period_start"] == "2024-01-01"
    finding = data["findings"][0]
    assert set(finding) >= {"code", "category", "severity", "message", "figures", "suggestion", "evidence"}
    assert [r["code"] for r in data["rules"]] == sorted(r["code"] for r in data["rules"])


def _strict_json(text: str):
    def reject(constant: str):
        raise ValueError(f"not JSON: {constant}")

    return json.loads(text, parse_constant=reject)


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_an_open_ended_figure_leaves_strict_json(tmp_path, fmt):
    # "превысил $36 млрд" has no upper end: its conflict's evidence held Infinity, which jq and JavaScript reject.
    doc = tmp_path / "open.txt"
    doc.write_text(
        "Trade\nMarch 3, 2025\n\nIn 2024 Kazakhstan's trade with China exceeded $36 billion. In 2024 Kazakhstan's trade with China was $4.6 billion.\n",
        encoding="utf-8",
    )
    code, out, _ = run("check", str(doc), "--format", fmt)
    data = _strict_json(out)
    findings = data["findings"] if fmt == "json" else data["runs"][0]["results"]
    assert code == 1 and findings
    text_out = run("check", str(doc))[1]
    assert "inf%" not in text_out and "±1.1%" in text_out  # the open end widens nothing: the other figure's rounding


@pytest.mark.parametrize(("fail_on", "expected"), [("error", 1), ("warning", 1), ("never", 0)])
def test_fail_on(fail_on, expected):
    assert run("check", SEED, "--fail-on", fail_on)[0] == expected


def test_fail_on_warning_only_findings():
    code_error, _, _ = run("check", SEED, "--select", "TC202")
    code_warning, _, _ = run("check", SEED, "--select", "TC202", "--fail-on", "warning")
    assert (code_error, code_warning) == (0, 1)


def test_clean_document_exits_zero():
    assert run("check", CLEAN)[0] == 0


def test_select_and_ignore():
    _, out, _ = run("check", SEED, "--ignore", "TC1", "--format", "json")
    data = json.loads(out)
    # Without TC101 the literal $1,340 billion stands, 788x the other figure: a scale slip.
    assert [f["code"] for f in data["findings"]] == ["TC203"]
    assert {r["code"] for r in data["rules"] if r["status"] == "skipped"} == {"TC101", "TC102"}
    code, _, err = run("check", SEED, "--select", "TC999")
    assert code == 2 and "TC999" in err


def test_extract_jsonl_and_csv():
    code, out, _ = run("extract", SEED)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["surface"] for r in rows] == ["$1,340 billion", "$49 million", "$1.7 billion"]
    code, out, _ = run("extract", SEED, "--format", "csv")
    assert code == 0 and out.splitlines()[0].startswith("id,doc,start,end")
    assert len(out.splitlines()) == 4


def test_rules_catalogue_and_rule_doc():
    code, out, _ = run("rules")
    assert code == 0 and "TC101" in out and "TC202" in out
    code, out, _ = run("rule", "tc101")
    assert code == 0 and "malformed-scale-separator" in out and "Flagged:" in out and "$1,340 billion" in out
    assert run("rule", "TC999")[0] == 2


def test_bad_inputs_each_named_and_others_still_checked(tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02 $5 billion")
    (tmp_path / "latin1.txt").write_bytes("Exports of caf\xe9 reached $5 billion".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("")
    with open(tmp_path / "huge.txt", "wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: 100 MB on paper, nothing on disk
    (tmp_path / "undated.txt").write_text("Last year trade between Chile and Peru was $4 billion.")
    missing = str(tmp_path / "missing.txt")
    args = ["check", missing, str(tmp_path / "binary.txt"), str(tmp_path / "latin1.txt"), str(tmp_path / "empty.txt"),
            str(tmp_path / "huge.txt"), str(tmp_path / "undated.txt"), SEED, "--format", "json"]  # fmt: skip
    code, out, err = run(*args)
    assert code == 2
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    expected = {
        "missing.txt": "no such file",
        "binary.txt": "binary file",
        "empty.txt": "empty file",
        "huge.txt": "over the 32 MB limit",
        "undated.txt": "no document date",
    }
    for name, reason in expected.items():
        assert any(name in line and reason in line for line in lines), (name, lines)
    assert all(len(line) < 200 for line in lines)
    data = json.loads(out)
    assert [f["code"] for f in data["findings"]] == ["TC101", "TC202"]  # the good file is still checked
    # A legacy 8-bit file is decoded (encoding detected), not refused.
    assert {d["path"] for d in data["documents"]} == {str(tmp_path / "latin1.txt"), str(tmp_path / "undated.txt"), SEED}


PIPED = b"""date: 2025-03-04

Trade between Uzbekistan and Tajikistan reached $1,180 billion last year, Uzbek officials said.
"""


def test_standard_input_is_checked_beside_the_files():
    code, out, err = run("check", "-", SEED, "--format", "json", stdin=PIPED)
    data = json.loads(out)
    assert code == 1 and err == ""
    assert {d["path"] for d in data["documents"]} == {"<stdin>", SEED}
    piped = [f for f in data["findings"] if f["locations"][0]["doc"] == "<stdin>"]
    assert [(f["code"], f["suggestion"]) for f in piped] == [("TC101", "$1.180 billion")]
    assert piped[0]["locations"][0]["line"] == 3
    period = next(f for f in data["figures"] if f["doc"] == "<stdin>")["period_label"]
    assert period == "2024"  # "last year" resolved against the piped text's own date
    # Named twice, read once (a second read would find the stream empty).
    code, out, err = run("check", "-", "-", "--format", "json", stdin=PIPED)
    assert [d["path"] for d in json.loads(out)["documents"]] == ["<stdin>"] and err == ""


def test_stdin_filename_names_the_document_and_picks_its_format():
    page = (b'<html><head><meta property="article:published_time" content="2025-03-04"></head><body>'
            b"<nav>Markets: $9 billion</nav><article><p>Trade between Uzbekistan and Tajikistan reached "
            b"$1,180 billion in 2024, officials said. Exports to Tajikistan were $0.9 billion.</p></article></body></html>")  # fmt: skip
    code, out, err = run("extract", "-", "--stdin-filename", "news/uz-tj.html", "--format", "jsonl", stdin=page)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and err == ""
    assert [r["surface"] for r in rows] == ["$1,180 billion", "$0.9 billion"]  # the article, not the navigation
    assert {r["doc"] for r in rows} == {"news/uz-tj.html"}
    table = b"reporterISO,partnerISO,flowCode,period,primaryValue\nUZB,TJK,X,2024,512000000\n"
    code, out, _ = run("extract", "-", "--stdin-filename", "comtrade.csv", "--format", "jsonl", stdin=table)
    row = json.loads(out.splitlines()[0])
    assert (code, row["reporter"], row["partner"], row["flow"], row["value"]) == (0, "UZB", "TJK", "export", 512000000.0)


@pytest.mark.parametrize(
    ("piped", "options", "reason"),
    [
        (b"", [], "nothing on standard input"),
        (b"  \n", [], "nothing on standard input"),
        (b"\x00\x01\x02 $5 billion", [], "binary"),
        (b"x" * 2_000_000, ["--max-file-size", "1"], "over the 1 MB limit"),
    ],
)
def test_bad_standard_input_is_named_and_the_files_are_still_checked(piped, options, reason):
    code, out, err = run("check", "-", SEED, "--format", "json", *options, stdin=piped)
    assert code == 2
    assert err.startswith("tradecheck: error: <stdin>: ") and reason in err and "Traceback" not in err
    assert [f["code"] for f in json.loads(out)["findings"]] == ["TC101", "TC202"]


def test_folder_input_and_module_entry_point():
    result = subprocess.run([sys.executable, "-m", "checker", "check", str(SEEDS), "--format", "json"], capture_output=True, text=True)
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert len(data["documents"]) == len(list(SEEDS.glob("*.*")))
    assert result.stderr == ""


def test_usage_error_exits_two():
    assert run("check")[0] == 2
    assert run("check", SEED, "--format", "nope")[0] == 2
    assert run("check", SEED, "--date", "yesterday")[0] == 2


def test_baseline_known_findings_pass_new_ones_fail(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text((SEEDS / "000_2d71913308cefc30.txt").read_text())
    baseline = tmp_path / "baseline.json"
    code, _, err = run("check", str(doc), "--write-baseline", str(baseline), "--format", "json")
    assert code == 0 and "wrote 2 findings" in err
    code, out, _ = run("check", str(doc), "--baseline", str(baseline), "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["findings"] == [] and len(data["baseline"]["known"]) == 2

    # A new problem fails; a fixed one is reported as fixed.
    text = doc.read_text().replace("$1,340 billion", "$1.34 billion") + "\nIn 2024, Kyrgyz exports to Kazakhstan were $1,120 billion.\n"
    doc.write_text(text)
    code, out, _ = run("check", str(doc), "--baseline", str(baseline), "--format", "json")
    data = json.loads(out)
    assert code == 1
    assert [f["surface"] for f in data["findings"][0]["locations"]] == ["$1,120 billion"]
    assert any("TC101" in fixed for fixed in data["baseline"]["fixed"])
    code, out, _ = run("check", str(doc), "--baseline", str(baseline))
    assert "fixed since" in out


def test_bad_baseline_is_a_usage_error(tmp_path):
    bad = tmp_path / "baseline.json"
    bad.write_text("{not json")
    code, _, err = run("check", SEED, "--baseline", str(bad))
    assert code == 2 and "baseline.json" in err and "Traceback" not in err


@pytest.mark.parametrize("fmt", ["sarif", "junit", "github", "json", "text"])
def test_every_format_from_the_command_line(fmt):
    code, out, _ = run("check", SEED, "--format", fmt)
    assert code == 1 and out


def test_check_never_imports_great_expectations():
    probe = (
        "import sys; from click.testing import CliRunner; from checker.cli import main; "
        f"CliRunner().invoke(main, ['check', {SEED!r}]); print('great_expectations' in sys.modules, 'pint' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True).stdout.split()
    assert out == ["False", "True"]


def test_docs_command_writes_a_site(tmp_path):
    pytest.importorskip("great_expectations")
    code, out, err = run("docs", SEED, "--out", str(tmp_path / "site"))
    assert code == 1 and out.strip().endswith("index.html") and "suite failed: TC101" in err


def test_an_internal_error_is_one_line_not_a_traceback(monkeypatch, tmp_path):
    import checker.pipeline

    def broken(*args, **kwargs):
        raise KeyError("boom")

    monkeypatch.setattr(checker.pipeline, "extract_documents", broken)
    doc = tmp_path / "a.txt"
    doc.write_text("2024-01-01\n\nIn 2023 exports reached $5 billion.")
    code, out, err = run("check", str(doc))
    assert code == 2 and out == ""
    assert "internal error: KeyError" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_text_without_a_date_takes_the_date_in_its_file_name(tmp_path):
    # "BEIJING, Nov 8 (Reuters)" names no year: the archive's file name does ("cn-reuters-2025-11-08.txt").
    text = "BEIJING, Nov 8 (Reuters)\n\nChina's trade surplus stood at $95.7 billion in October, up from $81.7 billion in September.\n"
    (tmp_path / "cn-reuters-2025-11-08.txt").write_text(text)
    (tmp_path / "cn-reuters-2025-11-31.txt").write_text(text)  # no such day: no date, as before
    code, out, err = run("check", str(tmp_path), "--format", "json")
    assert code == 0  # a missing date is a warning, not an unreadable input
    documents = {Path(d["path"]).name: d for d in json.loads(out)["documents"]}
    assert (documents["cn-reuters-2025-11-08.txt"]["date"], documents["cn-reuters-2025-11-08.txt"]["date_source"]) == ("2025-11-08", "file name")
    assert documents["cn-reuters-2025-11-31.txt"]["date"] is None
    assert "cn-reuters-2025-11-31.txt" in err and "cn-reuters-2025-11-08.txt" not in err
    _, text_report, _ = run("check", str(tmp_path / "cn-reuters-2025-11-08.txt"))
    assert "(dated 2025-11-08 from its file name)" in text_report and "Oct 2025" in text_report
