"""Every rule's pass/fail examples (from its YAML entry) run as tests."""

from __future__ import annotations

import pytest

from checker.rulebook import load_rules
from tests.conftest import findings_of

CASES = [
    pytest.param(rule.code, outcome, example, id=f"{rule.code}-{outcome}-{i}")
    for rule in load_rules()
    for outcome in ("fail", "pass")
    for i, example in enumerate(rule.examples.get(outcome) or [])
]


def test_every_rule_has_pass_and_fail_examples():
    for rule in load_rules():
        assert rule.examples.get("fail"), f"{rule.code} has no fail example"
        assert rule.examples.get("pass"), f"{rule.code} has no pass example"


@pytest.mark.parametrize(("code", "outcome", "example"), CASES)
def test_rule_example(code, outcome, example):
    date = str(example["date"]) if example.get("date") else None
    hits = [f for f in findings_of(example["text"], date, example.get("reference")) if f.code == code]
    if outcome == "fail":
        assert hits, f"{code} should flag: {example['text']}"
        for finding in hits:
            assert finding.message and finding.evidence and finding.figures
    else:
        assert not hits, f"{code} should not flag: {example['text']}\n{[h.message for h in hits]}"
