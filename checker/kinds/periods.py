"""Kinds ``period_containment`` and ``period_sum``: parts of a period against
the whole, for flows that cannot be negative (exports, imports, turnover,
investment; never balances).

A part ("January-September 2024", "Q1", "March") cannot exceed a period of
the same year that holds it (the year, a half, a quarter, January-September),
and parts that tile such a period end to end (H1 + H2, Q1..Q4,
January-September + Q4, January + February + March = Q1) must add up to it
within their printed precision. Figures are compared within one side (the
same stated or presumed reporter), so a mirror asymmetry is not mistaken for a
period error.
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
    quoted,
    records,
    side_records,
    stated_outcomes,
    take,
)

NON_NEGATIVE = ("trade_turnover", "exports", "imports", "investment")
KEY = ["metric", "scope", "flow", "pair", "currency", "side"]
SPANS = 13 * 13  # a period's months as one number: first * 13 + last


@per_table
def _periods(table: pd.DataFrame) -> pd.DataFrame:
    """Distinct readings of non-negative flows over whole months of one year,
    in groups (column ``g``: one claim, one side, one year) that hold at least
    two different periods."""
    positions = np.flatnonzero(stated_outcomes(table, NON_NEGATIVE))
    # Calendar fields of the few distinct dates only, spread back by their codes
    # (per row, the calendar casts cost more than all the grouping).
    start_codes, start_dates = pd.factorize(table["period_start"].to_numpy(dtype="datetime64[ns]")[positions])
    end_codes, end_dates = pd.factorize(table["period_end"].to_numpy(dtype="datetime64[ns]")[positions])
    start, end = np.asarray(start_dates, dtype="datetime64[D]"), np.asarray(end_dates, dtype="datetime64[D]")
    start_month, end_month = start.astype("datetime64[M]"), end.astype("datetime64[M]")
    start_year, end_year = start.astype("datetime64[Y]"), end.astype("datetime64[Y]")
    whole_start, whole_end = start == start_month, (end + 1).astype("datetime64[M]") != end_month
    months = (start_codes >= 0) & (end_codes >= 0)  # a period is stated (factorize codes a missing date -1)
    months &= whole_start[start_codes] & whole_end[end_codes] & (start_year[start_codes] == end_year[end_codes])  # not "since 2015", "2024/25"
    start_codes, end_codes, positions = start_codes[months], end_codes[months], positions[months]
    year = start_year.astype(np.int64)[start_codes]
    first_month = (start_month - start_year).astype(np.int64)[start_codes] + 1
    last_month = (end_month - end_year).astype(np.int64)[end_codes] + 1
    # Grouped as integer arrays first; only groups holding two periods or more
    # are taken out of the table.
    # The stated side, or the side a document is presumed to speak for: parts from a Kazakh
    # article and an Uzbek release are two offices' figures, never summed together.
    declared = column_isin(table, "reporter_source", [*DECLARED, "document"])[positions]
    side = np.where(declared, column_codes(table, "reporter")[positions], -1)
    keys = {"pair": pair_at(table, positions), "side": side}
    g = group_at(table, positions, [*[keys.get(k, k) for k in KEY], year], sort=True)
    span = first_month * 13 + last_month
    if len(g):
        distinct = np.unique(g.astype(np.int64) * SPANS + span) // SPANS  # one entry per (group, period)
        keep = np.bincount(distinct, minlength=int(g.max()) + 1)[g] > 1
    else:
        keep = np.zeros(0, dtype=bool)
    needed = ["id", "cmp_value", "cmp_low", "cmp_high", "cmp_surface", "qualifier", "line", "page", "sheet", "row", "column", "period_start", "period_end",
              "period_label", "metric", "scope", "flow", "reporter", "partner", "reporter_source", "currency"]  # fmt: skip
    # One row per distinct reading of a group's period, found on integer codes
    # before any column is taken out of the table.
    at = positions[keep]
    readings = [g[keep], table["cmp_low"].to_numpy(dtype="float64")[at], table["cmp_high"].to_numpy(dtype="float64")[at], "period_start", "period_end"]
    first = first_of(group_at(table, at, readings))
    rows = take(table, at[first], needed)
    if rows.empty:
        return rows
    rows["scope"] = rows["scope"].fillna("")
    rows["g"], rows["pos"] = g[keep][first], at[first]
    rows["first_month"], rows["last_month"] = first_month[keep][first], last_month[keep][first]
    return rows


def _texts(row: Any) -> str:
    return f"{quoted(row)} for {row['period_label']} ({place(row)})"


def period_containment(table: pd.DataFrame, params: dict[str, Any], covered: set[frozenset[str]]) -> list[Hit]:
    rows = _periods(table)
    if rows.empty:
        return []
    # Only a group where some reading's low end passes another's high end can hold a part larger than its whole.
    by_group = rows.groupby("g", sort=False)
    rows = rows[by_group["cmp_low"].transform("max").to_numpy() > by_group["cmp_high"].transform("min").to_numpy()]
    pairs = rows.merge(rows, on="g", suffixes=("_p", "_w"))
    inside = (pairs["first_month_p"] >= pairs["first_month_w"]) & (pairs["last_month_p"] <= pairs["last_month_w"])
    smaller = (pairs["first_month_p"] != pairs["first_month_w"]) | (pairs["last_month_p"] != pairs["last_month_w"])
    pairs = pairs[inside & smaller & (pairs["cmp_low_p"] > pairs["cmp_high_w"])]
    hits = []
    for part, whole in side_records(pairs, ("_p", "_w")):
        currency = whole["currency"]
        arithmetic = f"{fmt.money(part['cmp_value'], currency, digits=4)} > {fmt.money(whole['cmp_value'], currency, digits=4)}"
        values = {"part": _texts(part), "whole": _texts(whole), "claim": fmt.claim_label(whole), "arithmetic": arithmetic}
        evidence = {"part": float(part["cmp_value"]), "whole": float(whole["cmp_value"]), "arithmetic": arithmetic}
        hits.append(Hit((str(part["id"]), str(whole["id"])), values, evidence, positions=(part["pos"], whole["pos"])))
    return hits


MAX_TILINGS = 16  # per whole period: every way the stated parts cover it, capped


def _tilings(parts: list[dict[str, Any]], first: int, last: int) -> list[list[dict[str, Any]]]:
    """Every way of covering months ``first``..``last`` with two or more stated
    parts end to end (H1 + H2, Q1..Q4, January-September + Q4, three months of a quarter, ...)."""
    by_first: dict[int, list[dict[str, Any]]] = {}
    for part in parts:
        if first <= int(part["first_month"]) and int(part["last_month"]) <= last and (int(part["first_month"]), int(part["last_month"])) != (first, last):
            by_first.setdefault(int(part["first_month"]), []).append(part)
    found: list[list[dict[str, Any]]] = []

    def extend(month: int, chain: list[dict[str, Any]]) -> None:
        if len(found) >= MAX_TILINGS:
            return
        if month == last + 1:
            found.append(list(chain))
            return
        for part in by_first.get(month, []):
            chain.append(part)
            extend(int(part["last_month"]) + 1, chain)
            chain.pop()

    extend(first, [])
    return found


def period_sum(table: pd.DataFrame, params: dict[str, Any], covered: set[frozenset[str]]) -> list[Hit]:
    rows = _periods(table)
    if rows.empty:
        return []
    parts_of: dict[int, list[dict[str, Any]]] = {}
    for record in records(rows.drop_duplicates(["g", "first_month", "last_month"])):
        parts_of.setdefault(int(record["g"]), []).append(record)
    wholes_of: dict[tuple[int, int, int], list[dict[str, Any]]] = {}  # every reading of each period
    for record in records(rows[rows["last_month"] > rows["first_month"]]):
        wholes_of.setdefault((int(record["g"]), int(record["first_month"]), int(record["last_month"])), []).append(record)
    hits = []
    for g, first, last in sorted(wholes_of):
        for tiles in _tilings(parts_of[g], first, last):
            low, high = sum(t["cmp_low"] for t in tiles), sum(t["cmp_high"] for t in tiles)
            value = sum(t["cmp_value"] for t in tiles)
            for whole in wholes_of[(g, first, last)]:
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
