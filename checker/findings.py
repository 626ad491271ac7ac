"""The finding record: one shape for every reporter."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


def json_safe(value: Any) -> Any:
    """Evidence as strict JSON holds it: an open end ("more than $36 billion": an infinite bound) or an
    unknown number is null, as in the figures' records (json.dumps would write Infinity, which jq,
    JavaScript and SARIF viewers reject)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    return value


@dataclass(frozen=True)
class Location:
    doc: str
    line: int
    col: int
    start: int
    end: int
    surface: str
    figure: str
    page: int | None = None  # PDF page
    sheet: str | None = None  # table sheet (None for CSV and Parquet)
    row: int | None = None  # table row, as a spreadsheet numbers it
    column: str | None = None  # table column header

    @property
    def label(self) -> str:
        """Where to look, as a reader says it: "line 17, col 4",
        "page 2, line 17, col 4", "sheet 'Exports', row 5, column 2024"."""
        if self.row is not None:
            sheet = f"sheet {self.sheet!r}, " if self.sheet else ""
            return f"{sheet}row {self.row}, column {self.column}"
        page = f"page {self.page}, " if self.page is not None else ""
        return f"{page}line {self.line}, col {self.col}"


@dataclass(frozen=True)
class Finding:
    code: str
    name: str
    category: str
    severity: str
    message: str
    figures: tuple[str, ...]
    suggestion: str
    evidence: dict[str, Any]
    claim: str
    locations: tuple[Location, ...] = field(default=())

    @property
    def location(self) -> Location | None:
        return self.locations[0] if self.locations else None

    def sort_key(self) -> tuple[Any, ...]:
        loc = self.location
        return (loc.doc, loc.start, self.code, self.figures) if loc else ("", 0, self.code, self.figures)

    def fingerprint(self) -> str:
        """Stable across runs, figure renumbering and unrelated edits. A finding
        about one figure is known by that figure's text; a finding comparing
        figures by the claim it concerns, so correcting one of the figures
        does not turn a known conflict into a "new" one."""
        docs = sorted({loc.doc for loc in self.locations})
        if len(self.locations) == 1:
            return "::".join([self.code, docs[0], self.locations[0].surface])
        return "::".join([self.code, self.claim, *docs])

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "figures": list(self.figures),
            "suggestion": self.suggestion,
            "evidence": json_safe(self.evidence),
            "claim": self.claim,
            "locations": [loc.__dict__ for loc in self.locations],
            "fingerprint": self.fingerprint(),
        }
