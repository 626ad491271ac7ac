"""Kind ``identity``: turnover = exports + imports, balance = exports - imports.

Figures of one document for one country pair, period and currency are
combined; the stated total must meet the interval of the computed one, where
each term carries half a unit of its last printed digit (so "3.2 + 1.9 = 5.1"
allows 5.0-5.2, and "5.6" is flagged). Exports, imports and the total must be
seen from one side (the same reporter), or the identity does not hold. An
open-ended figure ("more than $6 billion") bounds one end only: exports of
$3.2 billion and imports of $1.9 billion cannot make a turnover of more than
$6 billion, and exports of more than $3 billion with imports of $2 billion
cannot make $4 billion.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from checker import formatting as fmt
from checker.kinds import Hit, Kind
from checker.kinds.claims import bounds, column_codes, first_of, group_at, pair_at, per_table, place, quoted, rounding_width, stated_outcomes, take

TERMS = {"trade_turnover": "total", "trade_balance": "total", "exports": "exports", "imports": "imports"}
# One side's figures: its exports, imports and total (another office's total for the pair is a
# mirror figure, compared by the conflict rules, never summed with this side's flows).
KEY = ["doc", "scope", "pair", "side", "period_start", "period_end", "currency"]


FIELDS = [
    "id",
    "cmp_value",
    "cmp_low",
    "cmp_high",
    "cmp_surface",
    "line",
    "page",
    "sheet",
    "row",
    "column",
    "reporter",
    "partner",
    "flow",
    "period_label",
    "metric",
    "qualifier",
]


@per_table
def _wide(table: pd.DataFrame) -> pd.DataFrame:
    """One row per (document, pair, period, currency) holding exports, imports
    and a total: the first figure of each metric, side by side."""
    # No partner is allowed here: a country's totals are its trade with the world.
    # An open end bounds one side only; a figure unbounded both ways says nothing.
    low, high = table["cmp_low"].to_numpy(dtype="float64"), table["cmp_high"].to_numpy(dtype="float64")
    # The document's own side may go unnamed (a bulletin of the statistics office): KEY holds the document.
    mask = (
        stated_outcomes(table, tuple(TERMS), need_partner=False, need_reporter=False)
        & (np.isfinite(low) | np.isfinite(high))
        & ~np.isnan(low)
        & ~np.isnan(high)
    )
    positions = np.flatnonzero(mask)
    # Grouped as integer arrays first; only the groups holding three metrics
    # are taken out of the table (a few rows of a million).
    # No partner: the reporter's trade with the world ("WLD", as WITS writes it).
    pair = pair_at(table, positions)
    group = group_at(table, positions, [pair if c == "pair" else "reporter" if c == "side" else c for c in KEY])
    metric = column_codes(table, "metric")[positions]
    # The first statement of each metric in table order, a figure as printed before a bound (a
    # headline's "exceeded $3.5 billion" gives way to the text's $3,582.4 million).
    value = table["cmp_value"].to_numpy(dtype="float64")[positions]
    bounded = np.logical_or(*bounds(low[positions], high[positions], value))
    order = np.argsort(bounded, kind="stable")
    first = np.sort(order[first_of((group * (int(metric.max(initial=0)) + 1) + metric)[order])])
    positions, group, pair = positions[first], group[first], pair[first]
    keep = np.bincount(group)[group] >= 3 if len(group) else np.zeros(0, dtype=bool)
    if not keep.any():
        return pd.DataFrame()
    rows = take(table, positions[keep], [*FIELDS, "scope", "doc", "period_start", "period_end", "currency"])
    rows["pair"] = pair[keep]
    rows["side"] = rows["reporter"]
    rows["scope"] = rows["scope"].fillna("")
    parts = {m: rows[rows["metric"] == m].set_index(KEY)[FIELDS].add_prefix(f"{name}_") for m, name in
             (("exports", "x"), ("imports", "m"), ("trade_turnover", "t"), ("trade_balance", "b"))}  # fmt: skip
    wide = parts["exports"].join(parts["imports"], how="inner")
    return wide.join(parts["trade_turnover"], how="left").join(parts["trade_balance"], how="left").reset_index()


def _record(row: pd.Series, prefix: str) -> dict[str, Any]:
    record = {name: row[f"{prefix}_{name}"] for name in FIELDS}
    record["scope"] = row["scope"] or None
    return record


def identity(table: pd.DataFrame, params: dict[str, Any], covered: set[frozenset[str]]) -> list[Hit]:
    total = {"turnover_sum": "t", "balance_difference": "b"}[params["identity"]]
    wide = _wide(table)
    if wide.empty or f"{total}_id" not in wide:
        return []
    wide = wide[wide[f"{total}_id"].notna() & (wide["x_reporter"].fillna("") == wide["m_reporter"].fillna(""))]  # one side (maybe unnamed)
    if total == "t":
        low, high, value, op = wide["x_cmp_low"] + wide["m_cmp_low"], wide["x_cmp_high"] + wide["m_cmp_high"], wide["x_cmp_value"] + wide["m_cmp_value"], "+"
    else:
        low, high, value, op = wide["x_cmp_low"] - wide["m_cmp_high"], wide["x_cmp_high"] - wide["m_cmp_low"], wide["x_cmp_value"] - wide["m_cmp_value"], "-"
    off = (wide[f"{total}_cmp_high"] < low) | (wide[f"{total}_cmp_low"] > high)
    hits: list[Hit] = []
    for i in np.flatnonzero(off.to_numpy()):
        row = wide.iloc[i]
        hits.append(_hit(_record(row, total), _record(row, "x"), _record(row, "m"), row["currency"], low.iloc[i], high.iloc[i], value.iloc[i], op))
    return hits


def _bounded(value: float, low: float, high: float, currency: str) -> str:
    """A computed value, said as a bound where one of its terms was open-ended."""
    text = fmt.money(value, currency, digits=4)
    if np.isinf(high) and np.isfinite(low):
        return f"more than {text}"
    if np.isinf(low) and np.isfinite(high):
        return f"less than {text}"
    return text


def _width(record: dict[str, Any]) -> float:
    return float(rounding_width(float(record["cmp_low"]), float(record["cmp_high"]), float(record["cmp_value"])))


def _hit(total: dict[str, Any], x: dict[str, Any], m: dict[str, Any], currency: str, low: float, high: float, value: float, op: str) -> Hit:
    tolerance = (_width(x) + _width(m) + _width(total)) / 2
    computed = _bounded(value, low, high, currency)
    arithmetic = (
        f"{fmt.money(x['cmp_value'], currency, digits=4)} {op} {fmt.money(m['cmp_value'], currency, digits=4)}"
        f" = {computed}, stated {quoted(total, signed=fmt.money(total['cmp_value'], currency, digits=4))}"
    )
    values = {
        "total_text": quoted(total), "x_text": quoted(x), "m_text": quoted(m),
        "total_where": place(total), "x_where": place(x), "m_where": place(m),
        "computed": computed, "op": op,
        "difference": fmt.money(abs(total["cmp_value"] - value), currency, digits=3),
        "tolerance": fmt.money(tolerance, currency, digits=2),
        "claim": fmt.claim_label(total), "arithmetic": arithmetic,
    }  # fmt: skip
    evidence = {
        "stated": float(total["cmp_value"]), "exports": float(x["cmp_value"]), "imports": float(m["cmp_value"]),
        "computed": float(value), "computed_interval": [float(low), float(high)],
        "stated_interval": [float(total["cmp_low"]), float(total["cmp_high"])], "tolerance": float(tolerance),
        "arithmetic": arithmetic,
    }  # fmt: skip
    return Hit((str(total["id"]), str(x["id"]), str(m["id"])), values, evidence)


KIND = Kind("identity", identity, phase=2, doc=__doc__ or "")
