"""Baselines: record today's findings so that only new ones fail the gate.

A finding is known by its fingerprint (rule code + the documents and printed
figures involved), which survives figure renumbering and unrelated edits.
"""

from __future__ import annotations

import json
from pathlib import Path

from checker.findings import Finding
from checker.report import Report

VERSION = 1


class BaselineError(ValueError):
    """A baseline file that cannot be read (exit 2)."""


def write_baseline(report: Report, path: Path) -> None:
    entries = sorted(
        ({"fingerprint": f.fingerprint(), "code": f.code, "doc": f.locations[0].doc if f.locations else "",
          "figures": [loc.surface for loc in f.locations], "message": f.message} for f in report.findings),
        key=lambda e: (e["fingerprint"], e["message"]),
    )  # fmt: skip
    data = {"version": VERSION, "tool": "tradecheck", "findings": entries}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def load_baseline(path: Path) -> set[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read baseline: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"{path}: not a tradecheck baseline (invalid JSON: {exc})") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
        raise BaselineError(f"{path}: not a tradecheck baseline (expected version {VERSION} with a findings list)")
    prints = set()
    for entry in data["findings"]:
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise BaselineError(f"{path}: baseline entry without a fingerprint: {entry!r:.80}")
        prints.add(entry["fingerprint"])
    return prints


def apply_baseline(report: Report, known: set[str]) -> None:
    """Move findings in the baseline to ``report.baselined``; list baseline
    entries no longer found in ``report.fixed``."""
    new: list[Finding] = []
    seen: set[str] = set()
    for finding in report.findings:
        fingerprint = finding.fingerprint()
        if fingerprint in known:
            report.baselined.append(finding)
            seen.add(fingerprint)
        else:
            new.append(finding)
    report.findings = new
    report.fixed = sorted(known - seen)
