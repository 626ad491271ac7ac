"""Run configuration: which rules, with which parameters, over which inputs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from checker.documents import DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Config:
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    params: dict[str, dict[str, Any]] = field(default_factory=dict)  # code -> param overrides
    severity: dict[str, str] = field(default_factory=dict)  # code -> severity override
    date: dt.date | None = None  # document date for files that carry none (or all, if forced)
    max_file_size: int = DEFAULT_MAX_BYTES
