"""One module per output format, one interface: ``render(report, fail_on) -> str``."""

from __future__ import annotations

from importlib import import_module
from typing import Protocol

from checker.report import Report

FORMATS = ("text", "json", "sarif", "junit", "github", "html")


class Reporter(Protocol):
    def __call__(self, report: Report, *, fail_on: str, color: bool) -> str: ...


def resolve_format(name: str, environ: dict[str, str]) -> str:
    """``auto``: GitHub annotations under GitHub Actions, else the text report."""
    if name == "auto":
        return "github" if environ.get("GITHUB_ACTIONS") == "true" else "text"
    return name


def get_reporter(name: str) -> Reporter:
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}; choose from {', '.join(FORMATS)}")
    module = import_module(f"checker.reporters.{name}_report")
    return module.render  # type: ignore[no-any-return]
