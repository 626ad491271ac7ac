"""Rule packs: validation, safe templates, selection, packaging."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest

from checker.config import Config
from checker.pipeline import configured_rules
from checker.rulebook import RuleError, load_rules, render, rule_doc, select_rules, template_fields
from tests.conftest import ROOT

RULE = """
rules:
  - code: TC901
    name: test-rule
    kind: conflict
    category: conflict
    severity: warning
    summary: s
    message: "{message}"
    doc: d
    params: {sides: same, band: 0.0}
"""


def write_pack(tmp_path, message="{a_text}", extra=""):
    (tmp_path / "pack.yaml").write_text(RULE.replace("{message}", message) + extra)
    return tmp_path


def test_codes_are_unique_and_well_formed():
    codes = [r.code for r in load_rules()]
    assert len(codes) == len(set(codes))
    assert all(c.startswith("TC") and len(c) == 5 for c in codes)


@pytest.mark.parametrize("template", ["{a_text.__class__}", "{a_text[0]}", "{0}", "{a_text!r}"])
def test_templates_reach_no_attributes(tmp_path, template):
    with pytest.raises(RuleError):
        load_rules(write_pack(tmp_path, template))


def test_bad_packs_name_the_problem(tmp_path):
    with pytest.raises(RuleError, match="unknown kind"):
        load_rules(_pack(tmp_path, "kind: conflict", "kind: nope"))
    with pytest.raises(RuleError, match="severity"):
        load_rules(_pack(tmp_path, "severity: warning", "severity: fatal"))
    (tmp_path / "pack.yaml").write_text("rules: [\n")
    with pytest.raises(RuleError, match="not valid YAML"):
        load_rules(tmp_path)
    (tmp_path / "pack.yaml").write_text("!!python/object/apply:os.system ['echo hi']\n")
    with pytest.raises(RuleError):
        load_rules(tmp_path)


def _pack(tmp_path, old, new):
    (tmp_path / "pack.yaml").write_text(RULE.replace("{message}", "{a_text}").replace(old, new))
    return tmp_path


def test_render_and_fields():
    assert template_fields("{a} and {b:>5}") == {"a", "b"}
    assert render("x {a}  y", {"a": 1}) == "x 1 y"


def test_selection_by_prefix():
    rules = load_rules()
    chosen, skipped = select_rules(rules, ["TC2"], ["TC203"])
    assert [r.code for r in chosen] == ["TC201", "TC202", "TC204", "TC205", "TC206"]
    assert {r.code: why for r, why in skipped}["TC203"] == "ignored"
    with pytest.raises(RuleError, match="TC8"):
        select_rules(rules, ["TC8"], [])


def test_parameter_and_severity_overrides():
    rules, _ = configured_rules(Config(params={"TC202": {"band": 0.3}}, severity={"TC202": "error"}))
    tc202 = next(r for r in rules if r.code == "TC202")
    assert tc202.params["band"] == 0.3 and tc202.severity == "error"
    with pytest.raises(RuleError, match="unknown parameter"):
        configured_rules(Config(params={"TC202": {"bandwidth": 0.3}}))
    with pytest.raises(RuleError, match="must be float"):
        configured_rules(Config(params={"TC202": {"band": "wide"}}))
    with pytest.raises(RuleError, match="unknown rule"):
        configured_rules(Config(params={"TC999": {}}))


def test_rule_doc_comes_from_the_entry():
    rule = next(r for r in load_rules() if r.code == "TC101")
    text = rule_doc(rule)
    assert rule.summary in text and "Flagged:" in text and "Not flagged:" in text
    assert "scales_always" in text


def test_wheel_ships_the_rules(tmp_path):
    """A plain (non-editable) wheel carries rules/ as checker/rules and finds it."""
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    wheel = next(tmp_path.glob("tradecheck-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for data in ("malformed.yaml", "lexicon/en.yaml", "lexicon/ru.yaml", "lexicon/aggregates.yaml", "lexicon/currencies.yaml", "fx/rates.csv"):
        assert f"checker/rules/{data}" in names, data
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    probe = (
        "import checker.lexicon as l, checker.rulebook as r, checker.fx as fx; print(l.rules_dir()); print(len(r.load_rules()));"
        " assert len(fx.shipped_rates()) > 100 and l.available_languages() == ['en', 'ru']"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path, env={"PYTHONPATH": str(unpacked)})
    assert out.returncode == 0, out.stderr
    folder, count = out.stdout.split()
    assert folder.startswith(str(unpacked)) and int(count) == len(load_rules())
