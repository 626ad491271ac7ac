"""Kind ``currency``: one claim stated in two currencies ("KZT 450 billion
(about $950 million)") that the exchange rate for the period does not join.

Both figures are taken to US dollars at the annual average rate of the year
their period starts in (``value_usd``, from rules/fx/rates.csv or ``--fx``);
each keeps its printed precision and qualifier. The ``band`` allows for the
writer having used a day's rate rather than the year's average.

``sides`` picks pairs from one side or an undeclared one ("same", the
default: one figure and its conversion) or from the two declared sides of a
bilateral pair ("opposite": two statistics offices, each in its own currency,
compared in US dollars as a mirror pair).
"""

from __future__ import annotations

from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from checker import formatting as fmt
from checker.kinds import Hit, Kind
from checker.kinds.claims import column_codes, comparable, first_of, group_at, quoted, records, speaker, two_sides, where

KEY = ["metric", "scope", "flow", "pair", "period_start", "period_end"]


# What a message uses of a figure (records are built for flagged pairs only).
USED = ["id", "pos", "cmp_surface", "qualifier", "cmp_value", "value", "value_usd", "usd", "usd_low", "usd_high", "currency", "period_start", "period_label",
        "metric", "scope", "flow", "reporter", "partner", "reporter_source", "attribution", "doc", "line", "page", "sheet", "row", "column"]  # fmt: skip


class _Readings(NamedTuple):
    at: np.ndarray  # positions in ``comparable(table)``
    usd: np.ndarray  # each reading and its interval in US dollars
    low: np.ndarray
    high: np.ndarray


def _pairs(table: pd.DataFrame) -> tuple[pd.DataFrame, _Readings, np.ndarray, np.ndarray, np.ndarray]:
    """The readings of claims stated in more than one currency (rows of
    ``comparable``, with their US-dollar intervals as arrays) and every two of
    one claim in different currencies (positions in those readings). Positions
    and integer codes throughout: the wide frame is never filtered."""
    rows = comparable(table)
    value, value_usd = rows["value"].to_numpy(dtype="float64"), rows["value_usd"].to_numpy(dtype="float64")
    at = np.flatnonzero(np.isfinite(value_usd) & (value != 0))
    none = np.zeros(0, dtype="int64")
    if not len(at):
        return rows, _Readings(none, none, none, none), none, none, np.zeros(0, dtype=bool)
    positions = rows["pos"].to_numpy()[at]
    group = group_at(table, positions, [rows["pair"].to_numpy()[at] if k == "pair" else k for k in KEY])
    currency = column_codes(table, "currency")[positions]
    # Groups stated in more than one currency (distinct group-currency pairs per group).
    first = first_of(group * (int(currency.max(initial=0)) + 1) + currency)
    several = np.flatnonzero(np.bincount(group[first], minlength=int(group.max(initial=0)) + 1)[group] > 1)
    # One reading per group, currency and value (the first, in table order).
    cmp_value = rows["cmp_value"].to_numpy(dtype="float64")
    reading = group_at(table, positions[several], [group[several], currency[several], cmp_value[at[several]]])
    several = several[first_of(reading)]
    at, group, currency = at[several], group[several], currency[several]
    factor = value_usd[at] / value[at]
    readings = _Readings(
        at, cmp_value[at] * factor, rows["cmp_low"].to_numpy(dtype="float64")[at] * factor, rows["cmp_high"].to_numpy(dtype="float64")[at] * factor
    )
    order = pd.DataFrame({"group": group, "order": np.arange(len(at))})
    merged = order.merge(order, on="group", suffixes=("_a", "_b"))
    a, b = merged["order_a"].to_numpy(), merged["order_b"].to_numpy()
    keep = (currency[a] != currency[b]) & (a < b)
    a, b = a[keep], b[keep]
    # Two sides: two statistics offices in their own currencies (Eurostat's euros, the Kazakh
    # side's dollars), a mirror pair rather than one figure converted.
    reporter = rows["reporter"].to_numpy()[at]
    opposite = two_sides(reporter[a], reporter[b])
    # A side that also gave its figure in the other side's currency is compared in that currency
    # (TC202): its figure in its own currency would only repeat that finding.
    stated = set(zip(group.tolist(), reporter.tolist(), currency.tolist(), strict=True))
    repeated = np.zeros(len(a), dtype=bool)
    for i in np.flatnonzero(opposite).tolist():
        g, ca, cb = int(group[a[i]]), int(currency[a[i]]), int(currency[b[i]])
        repeated[i] = (g, reporter[a[i]], cb) in stated or (g, reporter[b[i]], ca) in stated
    return rows, readings, a[~repeated], b[~repeated], opposite[~repeated]


def currency(table: pd.DataFrame, params: dict[str, Any], covered: set[frozenset[str]]) -> list[Hit]:
    band = float(params["band"])
    if "value_usd" not in table:  # a table built without exchange rates
        return []
    rows, readings, a, b, opposite = _pairs(table)
    wanted_sides = opposite if params.get("sides", "same") == "opposite" else ~opposite
    a, b = a[wanted_sides], b[wanted_sides]
    if not len(a):
        return []
    at, usd, usd_low, usd_high = readings
    a_lower = usd[a] <= usd[b]
    low_high = np.where(a_lower, usd_high[a], usd_high[b])  # the lower figure's upper end
    high_low = np.where(a_lower, usd_low[b], usd_low[a])  # the higher figure's lower end
    base = np.minimum(np.abs(usd[a]), np.abs(usd[b]))
    with np.errstate(invalid="ignore"):
        off = (base > 0) & np.isfinite(low_high) & (high_low > low_high + band * base)
    a, b = a[off], b[off]
    wanted = np.unique(np.concatenate([a, b]))
    flagged = rows.iloc[at[wanted]][[c for c in USED if c in rows]].assign(usd=usd[wanted], usd_low=usd_low[wanted], usd_high=usd_high[wanted])
    by_order = dict(zip(wanted.tolist(), records(flagged), strict=True))
    hits: list[Hit] = []
    for i, j in zip(a.tolist(), b.tolist(), strict=True):
        first, second = by_order[i], by_order[j]
        if frozenset((first["id"], second["id"])) in covered:
            continue
        hits.append(_hit(first, second, band))
    return hits


def _hit(a: dict[str, Any], b: dict[str, Any], band: float) -> Hit:
    foreign, dollar = (a, b) if a["currency"] != "USD" else (b, a)
    rate = foreign["value"] / foreign["value_usd"]
    year = pd.Timestamp(foreign["period_start"]).year
    low_value, high_value = sorted((a["usd"], b["usd"]))
    gap = (high_value - low_value) / min(abs(low_value), abs(high_value))
    foreign_money = fmt.money(foreign["cmp_value"], foreign["currency"], digits=4)
    rate_shown = f"{rate:,.0f}" if rate >= 1000 else f"{rate:,.4g}"  # "12,580", not "1.258e+04"
    converted = f"{foreign_money} / {rate_shown} = {fmt.money(foreign['cmp_value'] / rate, 'USD', digits=4)}"
    values = {
        "a_text": quoted(a, first=True), "b_text": quoted(b), "a_where": where(a, b), "b_where": where(b, a),
        "claim": fmt.claim_label(a), "year": str(year), "gap_pct": fmt.percent(gap), "band_pct": fmt.percent(band, 0),
        "rate_text": f"{rate_shown} {foreign['currency']} per US dollar",
        "foreign_text": quoted(foreign), "foreign_usd": fmt.money(foreign["cmp_value"] / rate, "USD"),
        "other_text": quoted(dollar), "a_side": speaker(a), "b_side": speaker(b),
    }  # fmt: skip
    evidence = {
        "values_usd": {a["id"]: float(a["usd"]), b["id"]: float(b["usd"])},
        "intervals_usd": {a["id"]: [float(a["usd_low"]), float(a["usd_high"])], b["id"]: [float(b["usd_low"]), float(b["usd_high"])]},
        "rate": {"currency": foreign["currency"], "year": int(year), "per_usd": float(rate)},
        "gap": round(float(gap), 6), "band": band,
        "arithmetic": f"{converted} vs {fmt.money(dollar['usd'], 'USD', digits=4)}: {fmt.percent(gap)} apart > {fmt.percent(band, 0)} band",
    }  # fmt: skip
    return Hit((a["id"], b["id"]), values, evidence, positions=(a["pos"], b["pos"]))


KIND = Kind("currency", currency, phase=2, doc=__doc__ or "")
