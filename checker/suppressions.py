"""Inline suppressions in documents: ``<!-- tradecheck: ignore TC201 TC1 -->``.

A comment silences the named codes (or code prefixes) for the paragraph it
stands in; a comment alone in its paragraph silences the paragraph after it.
Suppressions that silence nothing are reported, so they do not outlive the
problem they were written for.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from checker.documents import Document, InputProblem
from checker.findings import Finding

COMMENT = re.compile(r"<!--\s*tradecheck:\s*ignore\s+(?P<codes>[A-Za-z0-9 ,]{2,200}?)\s*-->")
PARAGRAPH_END = re.compile(r"\n[ \t]*\n\s*")


@dataclass
class Suppression:
    doc: str
    line: int
    codes: tuple[str, ...]
    start: int  # the paragraph it covers
    end: int
    used: bool = False


def find_suppressions(document: Document) -> list[Suppression]:
    text = document.text
    if "tradecheck" not in text:
        return []
    starts = [0] + [m.end() for m in PARAGRAPH_END.finditer(text)]
    found = []
    for m in COMMENT.finditer(text):
        codes = tuple(c.upper() for c in re.split(r"[\s,]+", m["codes"]) if c)
        i = bisect_right(starts, m.start()) - 1
        start = starts[i]
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        if not text[start:end].replace(m.group(), "").strip() and i + 1 < len(starts):
            start, end = starts[i + 1], starts[i + 2] if i + 2 < len(starts) else len(text)
        found.append(Suppression(document.path, text.count("\n", 0, m.start()) + 1, codes, start, end))
    return found


def apply_suppressions(findings: list[Finding], suppressions: list[Suppression]) -> tuple[list[Finding], list[Finding], list[InputProblem]]:
    """(kept, suppressed, unused-suppression notices)."""
    kept, silenced = [], []
    for finding in findings:
        hit = None
        for s in suppressions:
            if any(finding.code.startswith(code) for code in s.codes) and any(loc.doc == s.doc and s.start <= loc.start < s.end for loc in finding.locations):
                hit = s
                break
        if hit is None:
            kept.append(finding)
        else:
            hit.used = True
            silenced.append(finding)
    unused = [
        InputProblem(s.doc, f"line {s.line}: unused suppression of {' '.join(s.codes)} (nothing to silence in its paragraph)", "warning")
        for s in suppressions
        if not s.used
    ]
    return kept, silenced, unused
