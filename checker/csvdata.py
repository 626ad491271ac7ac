"""User CSV files (official figures, exchange rates): read as text, columns
checked, every error naming the file (and later the row and column)."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd


def read_checked_csv(path: Path, required: tuple[str, ...], what: str, error: type[ValueError]) -> pd.DataFrame:
    """All cells as text, lower-case column names. Lines starting with ``#``
    are comments (a ``#`` inside a cell, "Bulletin #3", is kept)."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines(keepends=True)
        text = "".join(line for line in lines if not line.lstrip().startswith("#"))
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise error(f"{path}: cannot read {what} CSV: {exc}") from None
    frame.columns = [c.strip().lower() for c in frame.columns]
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise error(f"{path}: missing column(s) {', '.join(missing)} (needs {', '.join(required)})")
    return frame
