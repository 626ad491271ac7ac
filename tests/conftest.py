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


def figures_of(text: str, date: str | None = None, language: str | None = None) -> pd.DataFrame:
    return checker.extract(text, doc="t.txt", doc_date=dt.date.fromisoformat(date) if date else None, language=language)


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


def grows_linearly(work, unit: str, small: int = 300, large: int = 2_400) -> bool:
    """Whether ``work(text)`` takes time linear in the text: a catastrophic
    pattern grows with the square (64x for 8x); 20x leaves room for noise."""
    import time

    def cost(text: str) -> float:
        best = float("inf")
        for _ in range(2):
            started = time.perf_counter()
            work(text)
            best = min(best, time.perf_counter() - started)
        return best

    cost(unit * small)  # warm up
    return cost(unit * large) < 20 * max(cost(unit * small), 1e-3)
