"""Which figures state the same fact (a claim), shared by the comparison kinds."""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

import numpy as np
import pandas as pd

# Statuses that are not the reported outcome itself: never compared as conflicts.
# Where a figure's declaring country was stated (not guessed from the document):
# a speaker or "the Kazakh side", the sentence itself, or a statistics table.
DECLARED = ("attribution", "sentence", "table")
NOT_SAME_FACT = ("target", "forecast", "previous", "revised", "adjusted")
CLAIM_KEY = ["metric", "scope", "flow", "pair", "period_start", "period_end", "currency"]
# What the comparison kinds read of a figure (the rest of the table is not copied).
COMPARED_COLUMNS = [
    "id", "doc", "start", "line", "page", "sheet", "row", "column", "aggregate", "surface",
    "cmp_surface", "cmp_value", "cmp_low", "cmp_high", "value", "alt_value",
    "currency", "value_usd", "metric", "scope", "flow", "reporter", "partner", "reporter_source", "attribution",
    "period_start", "period_end", "period_label",
]  # fmt: skip


F = TypeVar("F", bound=Callable[..., Any])


def per_table(func: F) -> F:
    """Remember the result for the last table object seen: several rules
    group the same table the same way. The engine hands kinds a new table
    object whenever it changes readings, so a stale result is never reused.
    Only a weak reference to the table is kept, and the result is dropped
    with it, so a finished run leaves nothing behind."""
    last: dict[str, Any] = {}

    @functools.wraps(func)
    def wrapper(table: pd.DataFrame) -> Any:
        ref = last.get("table")
        if ref is None or ref() is not table:
            remember(table, func(table))
        return last["value"]

    def remember(table: pd.DataFrame, value: Any) -> None:
        last.clear()
        last["value"] = value
        last["table"] = weakref.ref(table, lambda _: last.clear())

    def cached(table: pd.DataFrame) -> Any:
        ref = last.get("table")
        return last["value"] if ref is not None and ref() is table else None

    wrapper.remember = remember  # type: ignore[attr-defined]
    wrapper.cached = cached  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]


@per_table
def _outcome_positions(table: pd.DataFrame) -> np.ndarray:
    """Positions of money figures with a declaring side and a period, stated
    as outcomes (the part of ``stated_outcomes`` every kind shares)."""
    mask = (
        (table["kind"] == "money").to_numpy()
        & table["metric"].notna().to_numpy()
        & table["reporter"].notna().to_numpy()
        & table["period_start"].notna().to_numpy()
        & np.isfinite(table["cmp_value"].to_numpy(dtype="float64"))
    )
    positions = np.flatnonzero(mask)
    status = pd.Series(table["status"].to_numpy()[positions], dtype=object)
    return positions[~status.isin(NOT_SAME_FACT).to_numpy()]


def stated_outcomes(table: pd.DataFrame, metrics: tuple[str, ...] | None = None, *, need_partner: bool = True) -> np.ndarray:
    """Money figures with a metric (one of ``metrics``), a declaring side, a
    partner (unless not needed) and a period, stated as outcomes: not
    targets, forecasts, revisions or comparison bases. The row filter every
    kind that compares figures starts from, as a boolean mask."""
    positions = _outcome_positions(table)
    keep = np.ones(len(positions), dtype=bool)
    if metrics:
        keep &= pd.Series(table["metric"].to_numpy()[positions], dtype=object).isin(metrics).to_numpy()
    if need_partner:
        keep &= ~pd.isna(table["partner"].to_numpy()[positions])
    mask = np.zeros(len(table), dtype=bool)
    mask[positions[keep]] = True
    return mask


def group_ids(frame: pd.DataFrame, columns: list[str], *, sort: bool = False) -> np.ndarray:
    """One integer per distinct combination of ``columns`` (a missing value is
    a value of its own), numbered in sorted order of the combinations when
    ``sort``, else in order of first appearance. Column by column with
    ``pd.factorize``: pandas' multi-column groupby sorts every column's
    distinct values as Python objects, several times slower on a million rows."""
    ids = np.zeros(len(frame), dtype="int64")
    for column in columns:
        codes, uniques = pd.factorize(frame[column], sort=sort, use_na_sentinel=False)
        ids, _ = pd.factorize(ids * (len(uniques) + 1) + codes, sort=sort)
    return ids


@per_table
def comparable(table: pd.DataFrame) -> pd.DataFrame:
    """Money figures with a metric, a country pair and a period, stated as
    outcomes; ``claim`` numbers the claims (CLAIM_KEY) in sorted order."""
    mask = stated_outcomes(table)
    # A boolean row selection is a new frame already (no .copy(): it would
    # consolidate and copy every column once more).
    rows = table.loc[mask, [c for c in COMPARED_COLUMNS if c in table.columns]]
    # Turnover is one fact for both countries; a flow has a direction:
    # A's exports to B and B's exports to A are different facts.
    two_way = (rows["flow"] == "two-way").to_numpy()
    a, b, size = _country_codes(rows["reporter"], rows["partner"])
    rows["pair"] = np.where(two_way, np.minimum(a, b) * size + np.maximum(a, b), a * size + b)
    rows["claim"] = group_ids(rows, CLAIM_KEY, sort=True)
    return rows


def carry_over(old: pd.DataFrame, new: pd.DataFrame, changed: pd.Index) -> None:
    """After the engine corrected some readings (a new table ``new``, rows
    ``changed``): the comparable figures of ``new`` are those of ``old`` with
    the corrected ``cmp_*`` values, so they need not be grouped again."""
    previous = comparable.cached(old)  # type: ignore[attr-defined]
    if previous is None:
        return
    columns = ["cmp_value", "cmp_low", "cmp_high", "cmp_surface"]
    updated = previous.copy(deep=False)
    present = updated.index.intersection(changed)
    finite = np.isfinite(new.loc[present, "cmp_value"].to_numpy(dtype="float64"))
    if not finite.all():
        return  # membership would change: group afresh
    updated.loc[present, columns] = new.loc[present, columns].to_numpy()
    comparable.remember(new, updated)  # type: ignore[attr-defined]


def pair_key(reporter: pd.Series, partner: pd.Series, *, ordered: bool = False) -> np.ndarray:
    """One integer per country pair, unordered (KAZ-KGZ == KGZ-KAZ) unless
    ``ordered``; a missing partner is the world. Integers group far faster
    than joined strings."""
    a, b, size = _country_codes(reporter, partner)
    return a * size + b if ordered else np.minimum(a, b) * size + np.maximum(a, b)


def _country_codes(reporter: pd.Series, partner: pd.Series) -> tuple[np.ndarray, np.ndarray, int]:
    """Reporter and partner as integers from one numbering (a missing partner is the world)."""
    codes, _ = pd.factorize(pd.concat([reporter, partner.fillna("WLD")], ignore_index=True))
    n = len(reporter)
    return codes[:n].astype("int64"), codes[n:].astype("int64"), int(codes.max(initial=0)) + 1


def place(row: Any) -> str:
    """ "line 17", "page 2, line 17", or "sheet 'Exports', row 5, column 2024"."""
    table_row = row.get("row")
    if table_row is not None and not pd.isna(table_row):
        sheet = row.get("sheet")
        return f"{f'sheet {sheet!r}, ' if sheet else ''}row {int(table_row)}, column {row.get('column')}"
    page = row.get("page")
    return f"{'' if page is None or pd.isna(page) else f'page {int(page)}, '}line {row['line']}"


def where(row: Any, other: Any = None) -> str:
    """ "line 17", or "doc.txt line 17" when it is another document."""
    if other is not None and other["doc"] != row["doc"]:
        return f"{row['doc']} {place(row)}"
    return place(row)
