"""JSON: {"version": 1, "figures": [...], "findings": [...], "rules": [...], ...}.

Figure fields are named as in the figures table; the shape is versioned and
only grows (new keys) within a version.
"""

from __future__ import annotations

import json
from typing import Any

from checker.figures import COLUMNS, to_records
from checker.report import Report

VERSION = 1


def payload(report: Report, fail_on: str) -> dict[str, Any]:
    return {
        "version": VERSION,
        "figures": to_records(report.figures[COLUMNS]),
        "findings": [f.to_dict() for f in report.findings],
        "rules": sorted(
            [{"code": r.code, "name": r.name, "category": r.category, "severity": r.severity, "summary": r.summary, "status": "run"} for r in report.rules_run]
            + [
                {
                    "code": r.code,
                    "name": r.name,
                    "category": r.category,
                    "severity": r.severity,
                    "summary": r.summary,
                    "status": "skipped",
                    "reason": why,
                }
                for r, why in report.rules_skipped
            ],
            key=lambda rule: rule["code"],
        ),
        "documents": [
            {
                "path": d.path,
                "date": d.date.isoformat() if d.date else None,
                "date_source": d.date_source,
                "language": d.language,
                "figures": d.figures,
            }
            for d in report.documents
        ],
        "problems": [{"path": p.path, "level": p.level, "message": p.message} for p in report.problems],
        "suppressed": [f.to_dict() for f in report.suppressed],
        "baseline": {"known": [f.to_dict() for f in report.baselined], "fixed": report.fixed},
        "summary": {
            **report.counts(),
            "documents": len(report.documents),
            "figures": len(report.figures),
            "exit_code": report.exit_code(fail_on),
        },
    }


def render(report: Report, *, fail_on: str = "error", color: bool = False) -> str:
    return json.dumps(payload(report, fail_on), ensure_ascii=False, indent=2, sort_keys=False, allow_nan=False) + "\n"
