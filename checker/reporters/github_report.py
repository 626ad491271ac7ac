"""GitHub Actions workflow commands: one annotation per finding
(::error file=...,line=...,col=...::message), shown on the pull request."""

from __future__ import annotations

from checker.report import Report

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, *, fail_on: str = "error", color: bool = False) -> str:
    lines = []
    for problem in report.problems:
        level = "error" if problem.level == "error" else "warning"
        lines.append(f"::{level} file={_property(problem.path)},title=tradecheck input::{_data(problem.message)}")
    for finding in report.findings:
        loc = finding.locations[0]
        props = f"file={_property(loc.doc)},line={loc.line},col={loc.col},endColumn={loc.col + len(loc.surface)}"
        props += f",title={_property(f'{finding.code} {finding.name}')}"
        message = finding.message + (f" Suggestion: {finding.suggestion}" if finding.suggestion else "")
        lines.append(f"::{COMMAND[finding.severity]} {props}::{_data(message)}")
    counts = report.counts()
    lines.append(f"tradecheck: {counts['error']} errors, {counts['warning']} warnings, {counts['info']} notes in {len(report.documents)} documents")
    return "\n".join(lines) + "\n"
