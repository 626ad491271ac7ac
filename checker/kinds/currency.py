"""Kind ``currency``: one claim stated in two currencies ("KZT 450 billion
(about $950 million)") that the exchange rate for the period does not join.

Both figures are taken to US dollars at the annual average rate of the year
their period starts in (``value_usd``, from rules/fx/rates.csv or ``--fx``);
each keeps its printed precision and qualifier. The ``band`` allows for the
writer having used a day's rate rather than the year's average.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from checker import formatting as fmt
from checker.kinds import Hit, Kind
from checker.kinds.claims import column_codes, comparable, group_at, records, where

KEY = ["metric", "scope", "flow", "pair", "period_start", "period_end"]


def _pairs(table: pd.DataFrame) -> pd.DataFrame:
    """Every two readings of one claim in different currencies, with their
    US-dollar intervals: one self-merge, no loop over groups."""
    rows = comparable(table)
    rows = rows[np.isfinite(rows["value_usd"].to_numpy(dtype="float64")) & (rows["value"].to_numpy() != 0)]
    if rows.empty:
        return rows
    positions = rows["pos"].to_numpy()
    group = group_at(table, positions, [rows["pair"].to_numpy() if k == "pair" else k for k in KEY])
    currency = column_codes(table, "currency")[positions]
    # Groups stated in more than one currency (distinct group-currency pairs per group).
    first = np.unique(group * (int(currency.max(initial=0)) + 1) + currency, return_index=True)[1]
    several = np.bincount(group[first], minlength=int(group.max(initial=0)) + 1)[group] > 1
    rows = rows[several].assign(group=group[several]).drop_duplicates(["group", "currency", "cmp_value"])
    factor = rows["value_usd"] / rows["value"]
    rows = rows.assign(usd=rows["cmp_value"] * factor, usd_low=rows["cmp_low"] * factor, usd_high=rows["cmp_high"] * factor, order=np.arange(len(rows)))
    pairs = rows.merge(rows, on="group", suffixes=("_a", "_b"))
    return pairs[(pairs["currency_a"] != pairs["currency_b"]) & (pairs["order_a"] < pairs["order_b"])]


def currency(table: pd.DataFrame, params: dict[str, Any], covered: set[frozenset[str]]) -> list[Hit]:
    band = float(params["band"])
    if "value_usd" not in table:  # a table built without exchange rates
        return []
    pairs = _pairs(table)
    if pairs.empty:
        return []
    a_lower = pairs["usd_a"] <= pairs["usd_b"]
    low_high = np.where(a_lower, pairs["usd_high_a"], pairs["usd_high_b"])  # the lower figure's upper end
    high_low = np.where(a_lower, pairs["usd_low_b"], pairs["usd_low_a"])  # the higher figure's lower end
    base = np.minimum(pairs["usd_a"].abs(), pairs["usd_b"].abs())
    off = (base > 0) & np.isfinite(low_high) & (high_low > low_high + band * base)
    hits: list[Hit] = []
    # Only what a message uses goes through to_dict (the merge has ~60 columns).
    used = ["id", "cmp_surface", "cmp_value", "value", "value_usd", "usd", "usd_low", "usd_high", "currency", "period_start", "period_label",
            "metric", "scope", "flow", "reporter", "partner", "doc", "line", "page", "sheet", "row", "column"]  # fmt: skip
    flagged = pairs.loc[off, [f"{c}{s}" for c in used for s in ("_a", "_b") if f"{c}{s}" in pairs]]
    for record in records(flagged):
        a = {str(k)[:-2]: v for k, v in record.items() if str(k).endswith("_a")}
        b = {str(k)[:-2]: v for k, v in record.items() if str(k).endswith("_b")}
        if frozenset((a["id"], b["id"])) in covered:
            continue
        hits.append(_hit(a, b, band))
    return hits


def _hit(a: dict[str, Any], b: dict[str, Any], band: float) -> Hit:
    foreign, dollar = (a, b) if a["currency"] != "USD" else (b, a)
    rate = foreign["value"] / foreign["value_usd"]
    year = pd.Timestamp(foreign["period_start"]).year
    low_value, high_value = sorted((a["usd"], b["usd"]))
    gap = (high_value - low_value) / min(abs(low_value), abs(high_value))
    foreign_money = fmt.money(foreign["cmp_value"], foreign["currency"], digits=4)
    converted = f"{foreign_money} / {rate:,.4g} = {fmt.money(foreign['cmp_value'] / rate, 'USD', digits=4)}"
    values = {
        "a_text": a["cmp_surface"], "b_text": b["cmp_surface"], "a_where": where(a, b), "b_where": where(b, a),
        "claim": fmt.claim_label(a), "year": str(year), "gap_pct": fmt.percent(gap), "band_pct": fmt.percent(band, 0),
        "rate_text": f"{rate:,.4g} {foreign['currency']} per US dollar",
        "foreign_text": foreign["cmp_surface"], "foreign_usd": fmt.money(foreign["cmp_value"] / rate, "USD"),
        "other_text": dollar["cmp_surface"],
    }  # fmt: skip
    evidence = {
        "values_usd": {a["id"]: float(a["usd"]), b["id"]: float(b["usd"])},
        "intervals_usd": {a["id"]: [float(a["usd_low"]), float(a["usd_high"])], b["id"]: [float(b["usd_low"]), float(b["usd_high"])]},
        "rate": {"currency": foreign["currency"], "year": int(year), "per_usd": float(rate)},
        "gap": round(float(gap), 6), "band": band,
        "arithmetic": f"{converted} vs {fmt.money(dollar['usd'], 'USD', digits=4)}: {fmt.percent(gap)} apart > {fmt.percent(band, 0)} band",
    }  # fmt: skip
    return Hit((a["id"], b["id"]), values, evidence)


KIND = Kind("currency", currency, phase=2, doc=__doc__ or "")
