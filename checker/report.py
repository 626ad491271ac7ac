"""Report: what a run found, and the exit code it implies."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from checker.documents import InputProblem
from checker.findings import SEVERITY_RANK, Finding
from checker.rulebook import Rule

FAIL_ON = ("error", "warning", "info", "never")


@dataclass(frozen=True)
class DocumentInfo:
    path: str
    date: dt.date | None
    date_source: str | None
    language: str
    figures: int
    text: str = field(default="", repr=False)  # for reports that show figures in place


@dataclass
class Report:
    figures: pd.DataFrame
    findings: list[Finding]
    rules_run: list[Rule]
    rules_skipped: list[tuple[Rule, str]]
    documents: list[DocumentInfo] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)
    baselined: list[Finding] = field(default_factory=list)  # known findings (--baseline): reported, never failing
    fixed: list[str] = field(default_factory=list)  # baseline fingerprints no longer found
    suppressed: list[Finding] = field(default_factory=list)  # silenced by comments in the documents

    def counts(self) -> dict[str, int]:
        counts = {"error": 0, "warning": 0, "info": 0}
        for finding in self.findings:
            counts[finding.severity] += 1
        return counts

    def input_failed(self) -> bool:
        return any(p.level == "error" for p in self.problems)

    def exit_code(self, fail_on: str = "error") -> int:
        """0 clean, 1 findings at or above ``fail_on``, 2 when an input could not be read."""
        if self.input_failed():
            return 2
        if fail_on == "never":
            return 0
        threshold = SEVERITY_RANK[fail_on]
        return 1 if any(SEVERITY_RANK[f.severity] >= threshold for f in self.findings) else 0
