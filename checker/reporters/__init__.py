"""One module per output format, one interface: ``render(report, fail_on) -> str``."""

from __future__ import annotations

from importlib import import_module
from typing import Protocol

from checker.report import Report

FORMATS = ("text", "json")


class Reporter(Protocol):
    def __call__(self, report: Report, *, fail_on: str, color: bool) -> str: ...


def get_reporter(name: str) -> Reporter:
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}; choose from {', '.join(FORMATS)}")
    module = import_module(f"checker.reporters.{name}_report")
    return module.render  # type: ignore[no-any-return]
