"""Kind ``identity``: turnover = exports + imports, balance = exports - imports.

Figures of one document for one country pair, period and currency are
combined; the stated total must meet the interval of the computed one, where
each term carries half a unit of its last printed digit (so "3.2 + 1.9 = 5.1"
allows 5.0-5.2, and "5.6" is flagged). Exports and imports must be seen from
one side (the same reporter), or the identity does not hold.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from checker import formatting as fmt
from checker.kinds import Hit, Kind
from checker.kinds.claims import NOT_SAME_FACT, label, per_table

TERMS = {"trade_turnover": "total", "trade_balance": "total", "exports": "exports", "imports": "imports"}
KEY = ["doc", "scope", "pair", "period_start", "period_end", "currency"]


@per_table
def _groups(table: pd.DataFrame) -> list[pd.DataFrame]:
    mask = (
        (table["kind"] == "money")
        & table["metric"].isin(list(TERMS))
        & table["reporter"].notna()
        & table["partner"].notna()
        & table["period_start"].notna()
        & ~table["status"].isin(NOT_SAME_FACT)
        & np.isfinite(table["cmp_value"])
        & np.isfinite(table["cmp_low"])
        & np.isfinite(table["cmp_high"])
    )
    rows = table.loc[mask].copy()
    if rows.empty:
        return []
    a, b = rows["reporter"].astype(str).to_numpy(), rows["partner"].astype(str).to_numpy()
    rows["pair"] = np.where(a < b, a + "-" + b, b + "-" + a)
    kinds = rows.groupby(KEY, sort=False, dropna=False)["metric"].transform("nunique")
    rows = rows[kinds >= 3]
    return [g for _, g in rows.groupby(KEY, sort=True, dropna=False)]


def identity(table: pd.DataFrame, params: dict[str, Any], covered: set[frozenset[str]]) -> list[Hit]:
    total_metric = {"turnover_sum": "trade_turnover", "balance_difference": "trade_balance"}[params["identity"]]
    hits: list[Hit] = []
    for group in _groups(table):
        first = {m: g.iloc[0] for m, g in group.groupby("metric", sort=False)}
        if not {"exports", "imports", total_metric} <= set(first):
            continue
        x, m, total = first["exports"], first["imports"], first[total_metric]
        if x["reporter"] != m["reporter"]:
            continue  # exports and imports from two sides: not one identity
        if total_metric == "trade_turnover":
            low, high, value, op = x["cmp_low"] + m["cmp_low"], x["cmp_high"] + m["cmp_high"], x["cmp_value"] + m["cmp_value"], "+"
        else:
            low, high, value, op = x["cmp_low"] - m["cmp_high"], x["cmp_high"] - m["cmp_low"], x["cmp_value"] - m["cmp_value"], "-"
        if total["cmp_high"] >= low and total["cmp_low"] <= high:
            continue
        ids = (total["id"], x["id"], m["id"])
        if frozenset(ids) in covered:
            continue
        currency = total["currency"]
        tolerance = (high - low) / 2 + (total["cmp_high"] - total["cmp_low"]) / 2
        arithmetic = (
            f"{fmt.money(x['cmp_value'], currency, digits=4)} {op} {fmt.money(m['cmp_value'], currency, digits=4)}"
            f" = {fmt.money(value, currency, digits=4)}, stated {fmt.money(total['cmp_value'], currency, digits=4)}"
        )
        values = {
            "total_text": total["cmp_surface"], "x_text": x["cmp_surface"], "m_text": m["cmp_surface"],
            "total_line": int(total["line"]), "x_line": int(x["line"]), "m_line": int(m["line"]),
            "computed": fmt.money(value, currency, digits=4), "op": op,
            "difference": fmt.money(abs(total["cmp_value"] - value), currency, digits=3),
            "tolerance": fmt.money(tolerance, currency, digits=2),
            "claim": label(total), "arithmetic": arithmetic,
        }  # fmt: skip
        evidence = {
            "stated": float(total["cmp_value"]), "exports": float(x["cmp_value"]), "imports": float(m["cmp_value"]),
            "computed": float(value), "computed_interval": [float(low), float(high)],
            "stated_interval": [float(total["cmp_low"]), float(total["cmp_high"])], "tolerance": float(tolerance),
            "arithmetic": arithmetic,
        }  # fmt: skip
        hits.append(Hit(ids, values, evidence))
    return hits


KIND = Kind("identity", identity, phase=2, doc=__doc__ or "")
