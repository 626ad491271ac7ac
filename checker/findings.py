"""The finding record: one shape for every reporter."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class Location:
    doc: str
    line: int
    col: int
    start: int
    end: int
    surface: str
    figure: str


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
        """Stable across runs and figure renumbering: code + the figures' text and document."""
        parts = [self.code] + [f"{loc.doc}|{loc.surface}" for loc in self.locations]
        return "::".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "figures": list(self.figures),
            "suggestion": self.suggestion,
            "evidence": self.evidence,
            "claim": self.claim,
            "locations": [loc.__dict__ for loc in self.locations],
            "fingerprint": self.fingerprint(),
        }
