"""Kind ``conflict``: two figures for one claim whose intervals do not meet.

Each figure's interval already carries its printed precision (half a unit of
the last digit) and its qualifier; the rule adds a relative ``band`` (0 for
statements that should agree exactly, ~10% for two statistics offices'
mirror figures). ``sides`` picks pairs from one side ("same": same or unknown
reporter) or from the two sides of a bilateral pair ("opposite").
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from checker import formatting as fmt
from checker.kinds import Hit, Kind
from checker.kinds.claims import quoted, rounding_width, speaker, where
from checker.kinds.mirror import trend_text
from checker.kinds.pairs import reading_pairs

MAX_LISTED = 20


def conflict(table: pd.DataFrame, params: dict[str, Any], covered: set[frozenset[str]]) -> list[Hit]:
    band = float(params["band"])
    want_opposite = params["sides"] == "opposite"
    hits: list[Hit] = []
    earlier = _opposite_gaps(table) if want_opposite else {}
    pairs = reading_pairs(table)
    # Test every pair at once; only the pairs that disagree become records.
    value_a, value_b = (v.astype("float64") for v in pairs.column("cmp_value"))
    low_a, low_b = (v.astype("float64") for v in pairs.column("cmp_low"))
    high_a, high_b = (v.astype("float64") for v in pairs.column("cmp_high"))
    a_lower = value_a <= value_b
    lower_high, upper_low = np.where(a_lower, high_a, high_b), np.where(a_lower, low_b, low_a)
    base = np.minimum(np.abs(value_a), np.abs(value_b))
    with np.errstate(invalid="ignore"):
        apart = (base > 0) & np.isfinite(lower_high) & np.isfinite(upper_low) & (upper_low > lower_high + band * base)
    selected = apart & (pairs.opposite_sides() == want_opposite)
    band_pct = fmt.percent(band, 0)
    for a, b in pairs.records(np.flatnonzero(selected)):
        if frozenset((a["id"], b["id"])) in covered:
            continue
        a_ids, b_ids = pairs.ids_of(int(a["reading"])), pairs.ids_of(int(b["reading"]))
        lower, upper = (a, b) if a["cmp_value"] <= b["cmp_value"] else (b, a)
        base = min(abs(lower["cmp_value"]), abs(upper["cmp_value"]))
        gap = (upper["cmp_value"] - lower["cmp_value"]) / base
        # A qualifier's bound ("более $36 млрд", "less than $1 billion") widens nothing towards the other figure: only printed precision is rounding.
        widths = [float(rounding_width(float(r["cmp_low"]), float(r["cmp_high"]), float(r["cmp_value"]))) for r in (lower, upper)]
        rounding = sum(widths) / 2 / base
        gap_pct, rounding_pct = fmt.percent(gap), fmt.percent(rounding)
        values = {
            "a_text": quoted(a, first=True), "b_text": quoted(b),  # the messages start with the first
            "a_where": where(a, b), "b_where": where(b, a),
            "a_side": speaker(a), "b_side": speaker(b),
            "gap_pct": gap_pct, "rounding_pct": rounding_pct, "band_pct": band_pct,
            "claim": fmt.claim_label(a),
            "trend": "",
        }  # fmt: skip
        before, before_label = earlier.get(_key(a, b, a["start_year"] - 1, a["period_shape"]), (None, "")) if want_opposite else (None, "")
        if before is not None:
            values["trend"] = trend_text(gap, before, band, before_label)
        evidence = {
            "values": {a["id"]: float(a["cmp_value"]), b["id"]: float(b["cmp_value"])},
            "intervals": {a["id"]: [float(a["cmp_low"]), float(a["cmp_high"])], b["id"]: [float(b["cmp_low"]), float(b["cmp_high"])]},
            "gap": round(float(gap), 6),
            "rounding_tolerance": round(float(rounding), 6),
            "band": band,
            "arithmetic": (
                f"({fmt.money(upper['cmp_value'], upper['currency'], digits=4)} - {fmt.money(lower['cmp_value'], lower['currency'], digits=4)})"
                f" / {fmt.money(base, lower['currency'], digits=4)} = {gap_pct} > {rounding_pct} rounding + {band_pct} band"
            ),
            # Other figures stating the same two readings (capped: a claim may recur in thousands of documents).
            "also_stated_by": [i for i in a_ids[: MAX_LISTED + 1] + b_ids[: MAX_LISTED + 1] if i != a["id"] and i != b["id"]][:MAX_LISTED],
            "also_stated_count": len(a_ids) + len(b_ids) - 2,
        }
        if want_opposite:
            evidence["gap_year_before"] = None if before is None else round(float(before), 6)
        hits.append(Hit((a["id"], b["id"]), values, evidence, positions=(a["pos"], b["pos"])))
    return hits


def _key(a: dict[str, Any], b: dict[str, Any], year: int, shape: int) -> tuple[Any, ...]:
    return (frozenset((a["reporter"], b["reporter"])), a["metric"], a["scope"], a["currency"], year, shape)


def _opposite_gaps(table: pd.DataFrame) -> dict[tuple[Any, ...], tuple[float, str]]:
    """The gap between the two sides' figures, and the period's label, for
    every claim and period: to say how an asymmetry moved from one year to the next."""
    gaps: dict[tuple[Any, ...], tuple[float, str]] = {}
    pairs = reading_pairs(table)
    opposite = np.flatnonzero(pairs.opposite_sides())
    if not len(opposite):
        return gaps
    reporter_a, reporter_b = (values[opposite].tolist() for values in pairs.column("reporter"))
    value_a, value_b = (values[opposite].astype("float64") for values in pairs.column("cmp_value"))
    metric, scope, currency, label, year, shape = (
        pairs.column(name)[0][opposite].tolist() for name in ("metric", "scope", "currency", "period_label", "start_year", "period_shape")
    )
    base = np.minimum(np.abs(value_a), np.abs(value_b))
    with np.errstate(divide="ignore", invalid="ignore"):
        gap = (np.abs(value_a - value_b) / base).tolist()
    for i in np.flatnonzero(base != 0).tolist():  # the first pair of a claim and period speaks for it
        key = (frozenset((reporter_a[i], reporter_b[i])), metric[i], scope[i], currency[i], year[i], shape[i])
        gaps.setdefault(key, (gap[i], str(label[i])))
    return gaps


KIND = Kind("conflict", conflict, phase=2, doc=__doc__ or "")
