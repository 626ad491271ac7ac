"""A self-contained HTML report: a summary table, then each document with its
findings and its text, every figure highlighted where it stands; findings
link to the rules' documentation at the end of the page.

Documents are untrusted web text: every piece of text is escaped, the page
has no script of its own, and its Content-Security-Policy forbids scripts and
any network access, so it opens offline and a hostile document runs nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from html import escape
from typing import Any

import pandas as pd

from checker.findings import SEVERITY_RANK, Finding
from checker.formatting import claim_label
from checker.report import Report

CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:70rem;color:#1d232a;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.5rem;border-bottom:1px solid #ccd}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccd;padding:.3rem .7rem;text-align:left}
.error{--c:#b3261e}.warning{--c:#9a6700}.info{--c:#0b5cad}.ok{--c:#1a7f37}
.sev{display:inline-block;min-width:4.5rem;font-weight:600;color:var(--c)}
.finding{border-left:4px solid var(--c);padding:.4rem .8rem;margin:.6rem 0;background:#f7f8fa;list-style:none}
.finding p{margin:.25rem 0}.evidence{font-family:ui-monospace,monospace;font-size:.85rem;color:#444}
.text{white-space:pre-wrap;background:#fff;border:1px solid #dde;padding:1rem;font-family:Georgia,serif}
mark{background:#e6f4ea;border-bottom:2px solid #1a7f37;padding:0 .1rem}
mark.error{background:#fce8e6;border-color:#b3261e}mark.warning{background:#fff4ce;border-color:#9a6700}
.rule{margin:1rem 0;padding:.5rem 1rem;border:1px solid #dde}.rule pre{white-space:pre-wrap;font-family:inherit}
a{color:#0b5cad}
"""
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"


def _finding(finding: Finding, number: int) -> str:
    where = ", ".join(f'<a href="#{escape(loc.figure)}">{escape(loc.label)}</a> &ldquo;{escape(loc.surface)}&rdquo;' for loc in finding.locations)
    parts = [
        f'<li class="finding {finding.severity}" id="finding-{number}">',
        f'<p><span class="sev">{finding.severity}</span> '
        f'<a href="#rule-{escape(finding.code)}">{escape(finding.code)} {escape(finding.name)}</a> · {where}</p>',
        f"<p>{escape(finding.message)}</p>",
    ]
    if finding.evidence.get("arithmetic"):
        parts.append(f'<p class="evidence">arithmetic: {escape(str(finding.evidence["arithmetic"]))}</p>')
    if finding.suggestion:
        parts.append(f"<p><strong>Suggestion:</strong> {escape(finding.suggestion)}</p>")
    parts.append("</li>")
    return "".join(parts)


def _highlighted(text: str, marks: list[tuple[int, int, str, str, str]]) -> str:
    """The document text, escaped, with each figure in a <mark>."""
    out, pos = [], 0
    for start, end, fid, severity, title in sorted(marks):
        if start < pos:
            continue
        out.append(escape(text[pos:start]))
        out.append(f'<mark id="{escape(fid)}" class="{severity}" title="{escape(title)}">{escape(text[start:end])}</mark>')
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def _table_cells(rows: list[dict[str, Any]], worst: dict[str, str]) -> str:
    flagged = [r for r in rows if r["id"] in worst]
    if not flagged:
        return ""
    out = ["<table><tr><th>figure</th><th>sheet</th><th>row</th><th>column</th><th>claim</th><th>cell</th></tr>"]
    for r in flagged:
        fid = str(r["id"])
        out.append(
            f"<tr><td>{escape(fid)}</td><td>{escape(str(r['sheet'] or ''))}</td><td>{escape(str(r['row']))}</td><td>{escape(str(r['column']))}</td>"
            f'<td>{escape(claim_label(r))}</td><td><mark id="{escape(fid)}" class="{worst[fid]}">{escape(str(r["surface"]))}</mark></td></tr>'
        )
    out.append("</table>")
    return "\n".join(out)


# What the document sections show of a figure (claim_label reads the last six).
SHOWN = ["id", "start", "end", "surface", "sheet", "row", "column", "metric", "scope", "flow", "reporter", "partner", "period_label"]


def _rows_by_document(figures: pd.DataFrame) -> Callable[[str], list[dict[str, Any]]]:
    """A document's figures as records, the table grouped once (filtering it
    per document made a report of thousands of documents quadratic)."""
    shown = [c for c in SHOWN if c in figures]
    values = {c: figures[c].tolist() for c in shown}
    positions = figures.groupby("doc", sort=False).indices if len(figures) else {}

    def rows_of(path: str) -> list[dict[str, Any]]:
        return [{c: values[c][i] for c in shown} for i in positions.get(path, [])]

    return rows_of


def render(report: Report, *, fail_on: str = "error", color: bool = False) -> str:
    counts = report.counts()
    worst: dict[str, str] = {}
    by_doc: dict[str, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        by_doc[finding.locations[0].doc if finding.locations else ""].append(finding)
        for fid in finding.figures:
            if SEVERITY_RANK[finding.severity] > SEVERITY_RANK.get(worst.get(fid, ""), -1):
                worst[fid] = finding.severity
    figures = report.figures
    html = [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>tradecheck report</title><style>{CSS}</style></head><body>",
        "<h1>tradecheck report</h1>",
        "<table><tr><th>documents</th><th>figures</th><th>errors</th><th>warnings</th><th>info</th><th>exit code</th></tr>",
        f"<tr><td>{len(report.documents)}</td><td>{len(figures)}</td><td>{counts['error']}</td><td>{counts['warning']}</td>"
        f"<td>{counts['info']}</td><td>{report.exit_code(fail_on)}</td></tr></table>",
    ]
    if report.problems:
        html.append("<h2>Inputs not read</h2><ul>")
        html += [f"<li><strong>{escape(p.path)}</strong>: {escape(p.level)}: {escape(p.message)}</li>" for p in report.problems]
        html.append("</ul>")
    html.append("<table><tr><th>document</th><th>date</th><th>figures</th><th>findings</th></tr>")
    for i, doc in enumerate(report.documents, start=1):
        date = doc.date.isoformat() if doc.date else "no date"
        html.append(f'<tr><td><a href="#doc-{i}">{escape(doc.path)}</a></td><td>{date}</td><td>{doc.figures}</td><td>{len(by_doc.get(doc.path, []))}</td></tr>')
    html.append("</table>")
    number = 0
    rows_of = _rows_by_document(figures)
    for i, doc in enumerate(report.documents, start=1):
        html.append(f'<section id="doc-{i}"><h2>{escape(doc.path)}</h2>')
        from_name = " from its file name" if doc.date_source == "file name" else ""
        html.append(
            f"<p>{'dated ' + doc.date.isoformat() + from_name if doc.date else 'no date found'} · language {escape(doc.language)} · {doc.figures} figures</p>"
        )
        findings = by_doc.get(doc.path, [])
        if findings:
            html.append("<ol>")
            for finding in findings:
                number += 1
                html.append(_finding(finding, number))
            html.append("</ol>")
        else:
            html.append('<p class="ok"><span class="sev">ok</span> no findings</p>')
        rows = rows_of(doc.path)
        if not doc.text:  # a trade table: list the cells the findings name
            html.append(_table_cells(rows, worst))
            html.append("</section>")
            continue
        marks = [(int(r["start"]), int(r["end"]), str(r["id"]), worst.get(str(r["id"]), "ok"), f"{r['id']}: {claim_label(r)}") for r in rows]
        html.append(f'<div class="text">{_highlighted(doc.text, marks)}</div></section>')
    html.append('<h2 id="rules">Rules</h2>')
    for rule, status in [(r, "run") for r in report.rules_run] + [(r, f"skipped: {why}") for r, why in report.rules_skipped]:
        html.append(
            f'<div class="rule" id="rule-{escape(rule.code)}"><h3>{escape(rule.code)} {escape(rule.name)}</h3>'
            f"<p>{escape(rule.severity)} · {escape(rule.category)} · {escape(status)}</p><p>{escape(rule.summary)}</p><pre>{escape(rule.doc)}</pre></div>"
        )
    html.append("</body></html>")
    return "\n".join(html) + "\n"
