"""Configuration files and inline suppressions."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from checker import check
from checker.cli import main
from checker.config import Config, ConfigError, load
from tests.conftest import SEEDS

SEED = SEEDS / "000_2d71913308cefc30.txt"


def run(*args, cwd=None):
    runner = CliRunner()
    result = runner.invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_pyproject_settings_apply(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.tradecheck]\nignore = ["TC101"]\nfail-on = "warning"\n'
        '[tool.tradecheck.severity]\nTC202 = "info"\n[tool.tradecheck.params.TC202]\nband = 0.30\n'
    )
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("check", str(SEED), "--format", "json")
    data = json.loads(out)
    # TC101 ignored; TC202's band widened to 30%, so the 26.9% gap passes; the literal $1,340 billion is a scale slip.
    assert [f["code"] for f in data["findings"]] == ["TC203"]
    assert code == 1
    # Options on the command line win over the file.
    code, out, _ = run("check", str(SEED), "--format", "json", "--fail-on", "never")
    assert code == 0


def test_explicit_config_file(tmp_path):
    config = tmp_path / "tradecheck.toml"
    config.write_text('select = ["TC1"]\n')
    code, out, _ = run("check", str(SEED), "--format", "json", "--config", str(config))
    assert [f["code"] for f in json.loads(out)["findings"]] == ["TC101"] and code == 1


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ("[tool.tradecheck]\nselekt = ['TC1']\n", "selekt"),
        ("[tool.tradecheck]\nfail-on = 'sometimes'\n", "fail-on"),
        ("[tool.tradecheck.severity]\nTC202 = 'fatal'\n", "severity.TC202"),
        ("[tool.tradecheck.params.TC202]\nbandwidth = 0.2\n", "bandwidth"),
        ("[tool.tradecheck.params.TC202]\nband = 'wide'\n", "band"),
        ("[tool.tradecheck.params.TC999]\nband = 0.2\n", "TC999"),
        ("[tool.tradecheck]\nmax-file-size = -1\n", "max-file-size"),
        ("[tool.tradecheck]\njobs = -2\n", "jobs"),
        ("[tool.tradecheck]\njobs = 'many'\n", "jobs"),
        ("[tool.tradecheck\n", "not valid TOML"),
    ],
)
def test_bad_settings_name_the_key(tmp_path, content, named):
    config = tmp_path / "pyproject.toml"
    config.write_text(content)
    code, _, err = run("check", str(SEED), "--config", str(config))
    assert code == 2 and named in err and "Traceback" not in err


def test_nearest_pyproject_without_a_table_means_defaults(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    (tmp_path / "sub").mkdir()
    assert load(start=tmp_path / "sub") == Config()
    (tmp_path / "pyproject.toml").write_text('[tool.tradecheck]\nselect = ["tc2"]\n')
    assert load(start=tmp_path / "sub").select == ["TC2"]
    with pytest.raises(ConfigError, match=r"missing\.toml"):
        load(tmp_path / "missing.toml")


SUPPRESSED = """date: 2025-02-25

<!-- tradecheck: ignore TC101 -->
In 2024, the trade turnover between Kazakhstan and Kyrgyzstan amounted to $1,340 billion.

Exports of Georgia to Armenia were $1,250 billion in 2024. <!-- tradecheck: ignore TC2 -->

<!-- tradecheck: ignore TC303 -->

Nothing to see here.
"""


def test_inline_suppressions(tmp_path):
    doc = tmp_path / "doc.md"
    doc.write_text(SUPPRESSED)
    report = check([str(doc)])
    assert [f.code for f in report.suppressed] == ["TC101"]
    assert [(f.code, f.locations[0].surface) for f in report.findings] == [("TC101", "$1,250 billion")]
    unused = [p.message for p in report.problems]
    assert any("line 6" in m and "TC2" in m for m in unused)  # the TC2 comment silenced nothing
    assert any("line 8" in m and "TC303" in m for m in unused)


def test_reference_file_from_the_command_line(tmp_path):
    ref = tmp_path / "official.csv"
    ref.write_text("reporter,partner,flow,period,value,scale,source\nKyrgyzstan,Kazakhstan,turnover,2024,1311192,thousand,NSC KG\n")
    doc = tmp_path / "doc.txt"
    doc.write_text("date: 2025-02-25\n\nAdylbek Kasymaliev, Chairman of the Cabinet of Ministers of Kyrgyzstan, said that in 2024 "
                   "the trade turnover with Kazakhstan amounted to $1.7 billion.\n")  # fmt: skip
    code, out, _ = run("check", str(doc), "--reference", str(ref), "--format", "json", "--fail-on", "warning")
    finding = json.loads(out)["findings"][0]
    assert code == 1 and finding["code"] == "TC701"
    assert "NSC KG" in finding["message"] and "$1.311 billion" in finding["message"]


def test_reference_countries_read_like_trade_tables(tmp_path):
    from checker.reference import load_reference

    ref = tmp_path / "official.csv"
    ref.write_text("reporter,partner,flow,period,value\nkaz,World,exports,2023,5\n398,WLD,imports,2023,5\nКазахстан,Kyrgyzstan,turnover,2023,5\n")
    table = load_reference(ref)
    assert list(zip(table["reporter"], table["partner"], strict=True)) == [("KAZ", "WLD"), ("KAZ", "WLD"), ("KAZ", "KGZ")]


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ("reporter,partner,flow,period\nKAZ,KGZ,exports,2023\n", "missing column(s) value"),
        ("reporter,partner,flow,period,value\nKAZ,KGZ,exports,2023,lots\n", "row 2, column value"),
        ("reporter,partner,flow,period,value\nKAZ,Atlantis,exports,2023,5\n", "row 2, column partner"),
        ("reporter,partner,flow,period,value\nKAZ,XYZ,exports,2023,5\n", "row 2, column partner"),  # not an ISO code
        ("reporter,partner,flow,period,value\nKAZ,KGZ,smuggling,2023,5\n", "row 2, column flow"),
        ("reporter,partner,flow,period,value\nKAZ,KGZ,exports,last year,5\n", "row 2, column period"),
    ],
)
def test_bad_reference_files_name_row_and_column(tmp_path, content, named):
    ref = tmp_path / "official.csv"
    ref.write_text(content)
    code, _, err = run("check", str(SEED), "--reference", str(ref))
    assert code == 2 and named in err and "official.csv" in err and "Traceback" not in err
