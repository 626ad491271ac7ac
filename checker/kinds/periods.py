"""Kinds ``period_containment`` and ``period_sum``: parts of a period against
the whole, for flows that cannot be negative (exports, imports, turnover,
investment; never balances).

A part ("January-September 2024", "Q1") cannot exceed its whole year, and
parts that tile the year (H1 + H2, Q1..Q4) must add up to it within their
printed precision. Figures are compared within one side (same reporter, or
one side unstated), so a mirror asymmetry is not mistaken for a period error.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from checker import formatting as fmt
from checker.kinds import Hit, Kind
from checker.kinds.claims import NOT_SAME_FACT, label, per_table

NON_NEGATIVE = ("trade_turnover", "exports", "imports", "investment")
KEY = ["metric", "scope", "flow", "pair", "currency", "side"]


@per_table
def _periods(table: pd.DataFrame) -> list[pd.DataFrame]:
    mask = (
        (table["kind"] == "money")
        & table["metric"].isin(NON_NEGATIVE)
        & table["reporter"].notna()
        & table["partner"].notna()
        & table["period_start"].notna()
        & ~table["status"].isin(NOT_SAME_FACT)
    )
    rows = table.loc[mask].copy()
    if rows.empty:
        return []
    a, b = rows["reporter"].astype(str), rows["partner"].astype(str)
    rows["pair"] = a.where(a < b, b) + "-" + b.where(a < b, a)
    # Whose figure it is: the stated side, or "either" when not stated.
    rows["side"] = rows["reporter"].where(rows["reporter_source"].isin(["attribution", "sentence"]), "either")
    rows["year"] = rows["period_start"].dt.year
    rows["full"] = (rows["period_start"].dt.strftime("%m-%d") == "01-01") & (rows["period_end"].dt.strftime("%m-%d") == "12-31")
    rows["full"] &= rows["period_start"].dt.year == rows["period_end"].dt.year
    return [g for _, g in rows.groupby([*KEY, "year"], sort=True, dropna=False) if g["full"].any() and (~g["full"]).any()]


def _texts(row: pd.Series) -> str:
    return f"{row['cmp_surface']} for {row['period_label']} (line {row['line']})"


def period_containment(table: pd.DataFrame, params: dict[str, Any], covered: set[frozenset[str]]) -> list[Hit]:
    hits = []
    for group in _periods(table):
        for _, whole in group[group["full"]].iterrows():
            for _, part in group[~group["full"]].iterrows():
                if part["cmp_low"] <= whole["cmp_high"]:
                    continue
                currency = whole["currency"]
                arithmetic = f"{fmt.money(part['cmp_value'], currency, digits=4)} > {fmt.money(whole['cmp_value'], currency, digits=4)}"
                values = {"part": _texts(part), "whole": _texts(whole), "claim": label(whole), "arithmetic": arithmetic}
                evidence = {"part": float(part["cmp_value"]), "whole": float(whole["cmp_value"]), "arithmetic": arithmetic}
                hits.append(Hit((part["id"], whole["id"]), values, evidence))
    return hits


def _tilings(parts: pd.DataFrame) -> list[list[pd.Series]]:
    """Sets of part figures whose periods tile the year exactly (one figure per period)."""
    firsts = {(r["period_start"], r["period_end"]): r for _, r in parts.iterrows()}
    found = []
    for months in (((1, 6), (7, 12)), ((1, 3), (4, 6), (7, 9), (10, 12))):
        chosen = []
        for first, last in months:
            match = next((r for (s, e), r in firsts.items() if s.month == first and e.month == last), None)
            if match is None:
                break
            chosen.append(match)
        else:
            found.append(chosen)
    return found


def period_sum(table: pd.DataFrame, params: dict[str, Any], covered: set[frozenset[str]]) -> list[Hit]:
    hits = []
    for group in _periods(table):
        wholes = group[group["full"]]
        for tiling in _tilings(group[~group["full"]]):
            low, high = sum(p["cmp_low"] for p in tiling), sum(p["cmp_high"] for p in tiling)
            value = sum(p["cmp_value"] for p in tiling)
            for _, whole in wholes.iterrows():
                if whole["cmp_high"] >= low and whole["cmp_low"] <= high:
                    continue
                currency = whole["currency"]
                terms = " + ".join(fmt.money(p["cmp_value"], currency, digits=4) for p in tiling)
                arithmetic = f"{terms} = {fmt.money(value, currency, digits=4)}, stated {fmt.money(whole['cmp_value'], currency, digits=4)}"
                values = {
                    "parts": ", ".join(_texts(p) for p in tiling), "whole": _texts(whole), "claim": label(whole),
                    "sum": fmt.money(value, currency, digits=4), "arithmetic": arithmetic,
                }  # fmt: skip
                evidence = {"parts": [float(p["cmp_value"]) for p in tiling], "sum_interval": [float(low), float(high)],
                            "whole": float(whole["cmp_value"]), "arithmetic": arithmetic}  # fmt: skip
                hits.append(Hit((whole["id"], *(p["id"] for p in tiling)), values, evidence))
    return hits


CONTAINMENT_KIND = Kind("period_containment", period_containment, phase=2, doc=__doc__ or "")
SUM_KIND = Kind("period_sum", period_sum, phase=2, doc=__doc__ or "")
