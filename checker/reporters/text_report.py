"""The analyst's report: per document, findings grouped by claim, each with
its numbers, arithmetic, tolerance, likely cause and suggestion; quiet
figures summarised. Colour only when asked for (a terminal)."""

from __future__ import annotations

import textwrap
import unicodedata
from collections import defaultdict

from checker.extraction.amounts import TIMES
from checker.figures import to_records
from checker.findings import Finding
from checker.formatting import claim_label, unit_read_in
from checker.kinds.claims import place
from checker.report import Report

WIDTH = 100
INDENT = " " * 11
COLORS = {"error": "red", "warning": "yellow", "info": "cyan", "ok": "green"}


def _style(text: str, severity: str, color: bool) -> str:
    if not color:
        return text
    import click

    return click.style(text, fg=COLORS[severity], bold=severity == "error")


def _where(finding: Finding) -> str:
    locs = finding.locations
    if len(locs) == 1:
        return f'{locs[0].label}  "{locs[0].surface}"'
    first = locs[0]
    short = [loc.label.rsplit(", col", 1)[0] if loc.row is None else loc.label for loc in locs]
    parts = [short[0]] + [s if loc.doc == first.doc else f"{loc.doc} {s}" for loc, s in zip(locs[1:], short[1:], strict=True)]
    return " vs ".join(parts)


def _as_read(record: dict) -> str:
    """The figure as printed, with the unit it was read in when a table's header or caption gave it ("230.3 (EUR billion)")."""
    surface = " ".join(str(record["surface"]).split())
    if record["kind"] == "percent" and "%" not in surface and not any(c.isalpha() for c in surface):
        return f"{surface} {unit_read_in('percent', None, None)}"  # "| Change, % | 17.9 |"
    if record["kind"] != "money" or not record["currency"] or any(c.isalpha() or unicodedata.category(c) == "Sc" for c in surface):
        return surface
    return f"{surface} {unit_read_in('money', record['currency'], record['scale'])}"


def _claim_key(finding: Finding, figures_by_id: dict[str, dict]) -> object:
    """What findings are grouped by: their claim, where a two-way pair is one claim in either
    order ("Kyrgyzstan-Kazakhstan" and "Kazakhstan-Kyrgyzstan" are one turnover)."""
    record = figures_by_id.get(finding.figures[0]) if finding.figures else None
    if record is None or record["flow"] != "two-way" or not (record["reporter"] and record["partner"]):
        return finding.claim
    labels = {claim_label(record), claim_label({**record, "reporter": record["partner"], "partner": record["reporter"]})}
    return frozenset(labels) if finding.claim in labels else finding.claim


def _finding_lines(finding: Finding, color: bool) -> list[str]:
    head = f"  {_style(f'{finding.severity:<8}', finding.severity, color)} {finding.code} {finding.name:<30} {_where(finding)}"
    lines = [head.rstrip()]
    lines += textwrap.wrap(finding.message, WIDTH, initial_indent=INDENT, subsequent_indent=INDENT)
    arithmetic = finding.evidence.get("arithmetic")
    if arithmetic:
        lines += textwrap.wrap(f"arithmetic: {arithmetic}", WIDTH, initial_indent=INDENT, subsequent_indent=INDENT + "  ")
    if finding.suggestion:
        lines += textwrap.wrap(f"suggestion: {finding.suggestion}", WIDTH, initial_indent=INDENT, subsequent_indent=INDENT + "  ")
    return lines


def render(report: Report, *, fail_on: str = "error", color: bool = False) -> str:
    out: list[str] = []
    for problem in report.problems:
        out.append(f"{problem.path}: {problem.level}: {problem.message}")
    if report.problems:
        out.append("")

    by_doc: dict[str, list[Finding]] = defaultdict(list)
    flagged: set[str] = set()
    for finding in report.findings:
        by_doc[finding.locations[0].doc if finding.locations else ""].append(finding)
        flagged.update(finding.figures)
    records = to_records(report.figures) if len(report.figures) else []
    figures_by_doc: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        figures_by_doc[record["doc"]].append(record)
    figures_by_id = {record["id"]: record for record in records}

    for doc in report.documents:
        findings = by_doc.get(doc.path, [])
        dated = f"dated {doc.date.isoformat()}{' from its file name' if doc.date_source == 'file name' else ''}" if doc.date else "no date"
        out.append(f"{doc.path}  ({dated})  {doc.figures} figure{'s' * (doc.figures != 1)}, {len(findings)} finding{'s' * (len(findings) != 1)}")
        claims: dict[object, tuple[str, list[Finding]]] = {}
        for finding in findings:
            claims.setdefault(_claim_key(finding, figures_by_id), (finding.claim or "other", []))[1].append(finding)
        for claim, items in claims.values():
            out += ["", f"  Claim: {claim}", ""]
            for finding in items:
                out += [*_finding_lines(finding, color), ""]
        quiet = [r for r in figures_by_doc.get(doc.path, []) if r["id"] not in flagged]
        if quiet:
            out.append("")
        if quiet and not doc.text:  # a trade table: one line, not one per cell
            out.append(f"  {_style('ok      ', 'ok', color)} {len(quiet)} other value{'s' * (len(quiet) != 1)} in the table: no findings")
            quiet = []
        for record in quiet:
            qualifier = f"{record['qualifier']} " if record["qualifier"] else ""
            what = claim_label(record) if record["kind"] == "money" else "multiplier" if record["scale"] == TIMES else "percentage"
            status = f" [{record['status']}]" if record["status"] else ""
            out.append(f"  {_style('ok      ', 'ok', color)} {what}: {qualifier}{_as_read(record)}{status} ({place(record)})")
        out.append("")

    counts = report.counts()
    parts = [f"{counts[s]} {s}{'s' * (counts[s] != 1)}" for s in ("error", "warning", "info") if counts[s]]
    docs = len(report.documents)
    summary = (", ".join(parts) or "No findings") + f" in {docs} document{'s' * (docs != 1)}."
    summary += f" Rules run: {len(report.rules_run)}, skipped: {len(report.rules_skipped)}"
    summary += " (" + ", ".join(f"{r.code} {why}" for r, why in report.rules_skipped) + ")." if report.rules_skipped else "."
    if report.baselined or report.fixed:
        summary += f" Baseline: {len(report.baselined)} known finding{'s' * (len(report.baselined) != 1)} not shown"
        summary += f", {len(report.fixed)} fixed since."
    unread = sum(1 for p in report.problems if p.level == "error")
    if unread:
        summary += f" {unread} input{'s' * (unread != 1)} could not be read."
    out.append(summary)
    return "\n".join(out) + "\n"
