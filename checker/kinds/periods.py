"""Kinds ``period_containment`` and ``period_sum``: parts of a period against
the whole, for flows that cannot be negative (exports, imports, turnover,
investment; never balances).

A part ("January-September 2024", "Q1") cannot exceed its whole year, and
parts that tile the year end to end (H1 + H2, Q1..Q4, January-September +
Q4, the twelve months) must add up to it within their
printed precision. Figures are compared within one side (same reporter, or
one side unstated), so a mirror asymmetry is not mistaken for a period error.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from checker import formatting as fmt
from checker.kinds import Hit, Kind
from checker.kinds.claims import (
    DECLARED,
    column_codes,
    column_isin,
    first_of,
    group_at,
    pair_at,
    per_table,
    place,
    records,
    side_records,
    stated_outcomes,
    take,
)

NON_NEGATIVE = ("trade_turnover", "exports", "imports", "investment")
KEY = ["metric", "scope", "flow", "pair", "currency", "side"]


@per_table
def _periods(table: pd.DataFrame) -> pd.DataFrame:
    """Distinct readings of non-negative flows, in groups (column ``g``) that
    hold both a whole year and a part of it, for one side."""
    positions = np.flatnonzero(stated_outcomes(table, NON_NEGATIVE))
    # Grouped as integer arrays first; only groups holding both a whole year
    # and a part of it are taken out of the table.
    start = pd.DatetimeIndex(table["period_start"].to_numpy()[positions])
    end = pd.DatetimeIndex(table["period_end"].to_numpy()[positions])
    full = (start.month == 1) & (start.day == 1) & (end.month == 12) & (end.day == 31) & (start.year == end.year)
    # Whose figure it is: the stated side, or either side when not stated.
    declared = column_isin(table, "reporter_source", DECLARED)[positions]
    side = np.where(declared, column_codes(table, "reporter")[positions], -1)
    keys = {"pair": pair_at(table, positions), "side": side}
    g = group_at(table, positions, [*[keys.get(k, k) for k in KEY], start.year.to_numpy()], sort=True)
    wholes = np.bincount(g, weights=full)[g] if len(g) else np.zeros(0)
    keep = (wholes > 0) & (wholes < np.bincount(g)[g]) if len(g) else np.zeros(0, dtype=bool)
    needed = ["id", "cmp_value", "cmp_low", "cmp_high", "cmp_surface", "line", "page", "sheet", "row", "column", "period_start", "period_end", "period_label",
              "metric", "scope", "flow", "reporter", "partner", "reporter_source", "currency"]  # fmt: skip
    # One row per distinct reading of a group's period, found on integer codes
    # before any column is taken out of the table.
    at = positions[keep]
    readings = [g[keep], table["cmp_low"].to_numpy(dtype="float64")[at], table["cmp_high"].to_numpy(dtype="float64")[at], "period_start", "period_end"]
    first = first_of(group_at(table, at, readings))
    rows = take(table, at[first], needed)
    if rows.empty:
        return rows
    rows["scope"] = rows["scope"].fillna("")
    rows["g"], rows["full"], rows["pos"] = g[keep][first], full[keep][first], at[first]
    rows["first_month"], rows["last_month"] = start.month[keep][first], end.month[keep][first]
    return rows


def _texts(row: Any) -> str:
    return f"{row['cmp_surface']} for {row['period_label']} ({place(row)})"


def period_containment(table: pd.DataFrame, params: dict[str, Any], covered: set[frozenset[str]]) -> list[Hit]:
    rows = _periods(table)
    if rows.empty:
        return []
    wholes, parts = rows[rows["full"]], rows[~rows["full"]]
    pairs = parts.merge(wholes, on="g", suffixes=("_p", "_w"))
    pairs = pairs[pairs["cmp_low_p"] > pairs["cmp_high_w"]]
    hits = []
    for part, whole in side_records(pairs, ("_p", "_w")):
        currency = whole["currency"]
        arithmetic = f"{fmt.money(part['cmp_value'], currency, digits=4)} > {fmt.money(whole['cmp_value'], currency, digits=4)}"
        values = {"part": _texts(part), "whole": _texts(whole), "claim": fmt.claim_label(whole), "arithmetic": arithmetic}
        evidence = {"part": float(part["cmp_value"]), "whole": float(whole["cmp_value"]), "arithmetic": arithmetic}
        hits.append(Hit((str(part["id"]), str(whole["id"])), values, evidence, positions=(part["pos"], whole["pos"])))
    return hits


MAX_TILINGS = 16  # per group: every way the stated parts cover the year, capped


def _tilings(parts: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Every way of covering January-December with stated parts end to end
    (H1 + H2, Q1..Q4, January-September + Q4, twelve months, ...)."""
    by_first: dict[int, list[dict[str, Any]]] = {}
    for part in parts:
        by_first.setdefault(int(part["first_month"]), []).append(part)
    found: list[list[dict[str, Any]]] = []

    def extend(month: int, chain: list[dict[str, Any]]) -> None:
        if len(found) >= MAX_TILINGS:
            return
        if month == 13:
            found.append(list(chain))
            return
        for part in by_first.get(month, []):
            chain.append(part)
            extend(int(part["last_month"]) + 1, chain)
            chain.pop()

    extend(1, [])
    return [t for t in found if len(t) > 1]


def period_sum(table: pd.DataFrame, params: dict[str, Any], covered: set[frozenset[str]]) -> list[Hit]:
    rows = _periods(table)
    if rows.empty:
        return []
    parts = rows[~rows["full"]].drop_duplicates(["g", "first_month", "last_month"])
    wholes = rows[rows["full"]]
    parts_of: dict[int, list[dict[str, Any]]] = {}
    for record in records(parts):
        parts_of.setdefault(int(record["g"]), []).append(record)
    wholes_of: dict[int, list[dict[str, Any]]] = {}
    for record in records(wholes[wholes["g"].isin(list(parts_of))]):
        wholes_of.setdefault(int(record["g"]), []).append(record)
    hits = []
    for g in sorted(parts_of):
        for tiles in _tilings(parts_of[g]):
            low, high = sum(t["cmp_low"] for t in tiles), sum(t["cmp_high"] for t in tiles)
            value = sum(t["cmp_value"] for t in tiles)
            for whole in wholes_of.get(g, []):
                if whole["cmp_high"] >= low and whole["cmp_low"] <= high:
                    continue
                currency = whole["currency"]
                terms = " + ".join(fmt.money(t["cmp_value"], currency, digits=4) for t in tiles)
                arithmetic = f"{terms} = {fmt.money(value, currency, digits=4)}, stated {fmt.money(whole['cmp_value'], currency, digits=4)}"
                values = {
                    "parts": ", ".join(_texts(t) for t in tiles), "whole": _texts(whole), "claim": fmt.claim_label(whole),
                    "sum": fmt.money(value, currency, digits=4), "arithmetic": arithmetic,
                }  # fmt: skip
                evidence = {"parts": [float(t["cmp_value"]) for t in tiles], "sum_interval": [float(low), float(high)],
                            "whole": float(whole["cmp_value"]), "arithmetic": arithmetic}  # fmt: skip
                figures = (str(whole["id"]), *(str(t["id"]) for t in tiles))
                hits.append(Hit(figures, values, evidence, positions=(whole["pos"], *(t["pos"] for t in tiles))))
    return hits


CONTAINMENT_KIND = Kind("period_containment", period_containment, phase=2, doc=__doc__ or "")
SUM_KIND = Kind("period_sum", period_sum, phase=2, doc=__doc__ or "")
