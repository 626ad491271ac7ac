"""tradecheck: a trade-statistics consistency checker.

checker.extract(text, doc=None, doc_date=None) -> figures DataFrame
checker.check(paths, config=None) -> Report
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "check", "extract"]

if TYPE_CHECKING:
    from checker.pipeline import check, extract


def __getattr__(name: str) -> Any:
    # Lazy, so "import checker" (and `tradecheck --help`) stays fast.
    if name in ("check", "extract"):
        from checker import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'checker' has no attribute {name!r}")
