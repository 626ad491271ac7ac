"""Which figures state the same fact (a claim), shared by the comparison kinds."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from checker.formatting import claim_label

# Statuses that are not the reported outcome itself: never compared as conflicts.
NOT_SAME_FACT = ("target", "forecast", "previous", "revised")
CLAIM_KEY = ["metric", "flow", "pair", "period_start", "period_end", "currency"]


def comparable(table: pd.DataFrame) -> pd.DataFrame:
    """Money figures with a metric, a country pair and a period, stated as outcomes."""
    mask = (
        (table["kind"] == "money")
        & table["metric"].notna()
        & table["reporter"].notna()
        & table["partner"].notna()
        & table["period_start"].notna()
        & ~table["status"].isin(NOT_SAME_FACT)
        & np.isfinite(table["cmp_value"])
    )
    rows = table.loc[mask].copy()
    a = rows["reporter"].astype(str)
    b = rows["partner"].astype(str)
    rows["pair"] = np.where(a < b, a + "-" + b, b + "-" + a)
    return rows


def claim_groups(table: pd.DataFrame) -> list[pd.DataFrame]:
    """Groups of two or more figures stating one claim, in a stable order."""
    rows = comparable(table)
    if rows.empty:
        return []
    sizes = rows.groupby(CLAIM_KEY, sort=True, dropna=False)["id"].transform("size")
    rows = rows[sizes > 1]
    return [group for _, group in rows.groupby(CLAIM_KEY, sort=True, dropna=False)]


def label(row: Any) -> str:
    return claim_label(row)


def where(row: Any, other: Any = None) -> str:
    """ "line 17", or "doc.txt line 17" when it is another document."""
    if other is not None and other["doc"] != row["doc"]:
        return f"{row['doc']} line {row['line']}"
    return f"line {row['line']}"
