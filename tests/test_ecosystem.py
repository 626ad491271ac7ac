"""The pre-commit hook and the GitHub Action name commands that exist."""

from __future__ import annotations

import yaml
from click.testing import CliRunner

from checker.cli import main
from tests.conftest import ROOT


def test_pre_commit_hook_runs_the_check_command():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    hook = hooks[0]
    assert hook["id"] == "tradecheck" and hook["entry"].split() == ["tradecheck", "check"]
    assert CliRunner().invoke(main, ["check", "--help"]).exit_code == 0
    import re

    from checker.documents import READABLE_SUFFIXES

    for suffix in READABLE_SUFFIXES:
        assert re.search(hook["files"], f"report{suffix}"), suffix  # every input the checker reads reaches it


def test_action_uses_real_options():
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    steps = " ".join(step["run"] for step in action["runs"]["steps"])
    help_text = CliRunner().invoke(main, ["check", "--help"]).output
    for option in ("--format", "--fail-on", "--baseline"):
        assert option in steps and option in help_text
    assert "--format auto" in steps and "--format sarif" in steps


def test_start_up_path_stays_light():
    # `tradecheck --help`, `rules` and configuration errors must not pay for pandas and pint.
    import subprocess
    import sys

    heavy = "('pandas', 'pint', 'trafilatura', 'pypdf')"
    probe = f"import sys, checker.cli, checker.config, checker.documents; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"
