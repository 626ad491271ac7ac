"""SARIF 2.1.0: the rule catalogue in tool.driver.rules, one result per
finding with file/line/column, and the other figures of a conflict as
related locations. Code-scanning services read this format."""

from __future__ import annotations

import json
from typing import Any

from checker import __version__
from checker.findings import Finding, Location, json_safe
from checker.report import Report

LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _region(loc: Location) -> dict[str, int]:
    return {"startLine": loc.line, "startColumn": loc.col, "endLine": loc.line, "endColumn": loc.col + len(loc.surface)}


def _location(loc: Location, index: int | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "physicalLocation": {"artifactLocation": {"uri": loc.doc}, "region": _region(loc)},
        "message": {"text": f"{loc.surface} ({loc.figure})"},
    }
    if index is not None:
        out["id"] = index
    return out


def _result(finding: Finding, rule_index: dict[str, int]) -> dict[str, Any]:
    text = finding.message + (f" Suggestion: {finding.suggestion}" if finding.suggestion else "")
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index.get(finding.code, -1),
        "level": LEVEL[finding.severity],
        "message": {"text": text},
        "locations": [_location(finding.locations[0])] if finding.locations else [],
        "partialFingerprints": {"tradecheck/v1": finding.fingerprint()},
        "properties": {"category": finding.category, "claim": finding.claim, "figures": list(finding.figures), "evidence": json_safe(finding.evidence)},
    }
    if len(finding.locations) > 1:
        result["relatedLocations"] = [_location(loc, i) for i, loc in enumerate(finding.locations[1:], start=1)]
    return result


def payload(report: Report) -> dict[str, Any]:
    rules = sorted([*report.rules_run, *(r for r, _ in report.rules_skipped)], key=lambda r: r.code)
    rule_index = {r.code: i for i, r in enumerate(rules)}
    driver = {
        "name": "tradecheck",
        "version": __version__,
        "informationUri": "https://pypi.org/project/tradecheck/",
        "rules": [
            {
                "id": r.code,
                "name": r.name,
                "shortDescription": {"text": r.summary},
                "fullDescription": {"text": r.doc},
                "help": {"text": r.doc},
                "defaultConfiguration": {"level": LEVEL[r.severity], "enabled": r in report.rules_run},
                "properties": {"category": r.category, "kind": r.kind},
            }
            for r in rules
        ],
    }
    notifications = [
        {"level": "error" if p.level == "error" else "warning", "message": {"text": p.message},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": p.path}}}]}
        for p in report.problems
    ]  # fmt: skip
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "results": [_result(f, rule_index) for f in report.findings],
        "invocations": [{"executionSuccessful": not report.input_failed(), "toolExecutionNotifications": notifications}],
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render(report: Report, *, fail_on: str = "error", color: bool = False) -> str:
    return json.dumps(payload(report), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
