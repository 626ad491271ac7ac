from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

import checker
from checker.engine import run_rules
from checker.findings import Finding
from checker.rulebook import load_rules

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = Path(__file__).resolve().parent / "corpus"


def figures_of(text: str, date: str | None = None) -> pd.DataFrame:
    return checker.extract(text, doc="t.txt", doc_date=dt.date.fromisoformat(date) if date else None)


def findings_of(text: str, date: str | None = None, reference: str | None = None) -> list[Finding]:
    table = figures_of(text, date)
    if reference:
        import tempfile

        from checker.reference import attach, load_reference

        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "reference.csv"
            path.write_text(reference, encoding="utf-8")
            table = attach(table, load_reference(path))
    return run_rules(table, load_rules())


@pytest.fixture(scope="session")
def rules():
    return load_rules()
