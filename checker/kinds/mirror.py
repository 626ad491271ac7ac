"""Kind ``mirror``: A's exports to B against B's imports from A, same period.

Each statistics office records the same goods twice: the exporter by
destination, valued FOB; the importer by origin, valued CIF. So B's imports
from A normally exceed A's exports to B by a few percent (IMF DOTS uses a
1.10 CIF/FOB factor), and two right figures differ. The kind flags a pair
whose gap, after rounding, lies beyond the normal ``band``; it classes the
gap (a real asymmetry, or beyond ``pathological`` times) and, when the same
pair is known for the year before, says how the asymmetry moved: a sudden
change in a long-stable asymmetry is what an analyst looks into first.
Partner groups (World, CIS) are never paired, except those with statistics
of their own (``reporting_groups``: the EU, whose Eurostat figures meet
China's customs figures). Two sides stated in different currencies (Eurostat
in euros, China in dollars) meet in US dollars at the annual average rate of
the period's first year; ``fx_band`` widens the tolerance for the rates each
office used (monthly, or the day's) against that average.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from checker import formatting as fmt
from checker.kinds import Hit, Kind
from checker.kinds.claims import (
    DECLARED,
    bounds,
    column_isin,
    column_notna,
    comparable,
    group_at,
    own_partner,
    period_shape,
    quoted,
    rounding_width,
    side_records,
    where,
)


def _sides(table: pd.DataFrame, reporting_groups: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    rows = comparable(table)
    at = rows["pos"].to_numpy()
    paired = ~rows["aggregate"].fillna(False).astype(bool).to_numpy() | column_isin(table, "partner", reporting_groups)[at]
    mask = column_isin(table, "reporter_source", DECLARED)[at] & paired & ~column_notna(table, "scope")[at]
    rows = rows[mask & ~own_partner(table, at)]
    at = rows["pos"].to_numpy()
    # One row per reading (integer codes, not the strings, find the repeats).
    key = group_at(table, at, ["reporter", "partner", "period_start", "period_end", "currency", rows["cmp_value"].to_numpy()])
    rows = rows.assign(reading=key)
    exports = rows[column_isin(table, "metric", ["exports"])[at]].drop_duplicates("reading").drop(columns="reading")
    imports = rows[column_isin(table, "metric", ["imports"])[at]].drop_duplicates("reading").drop(columns="reading")
    return exports, imports


def _in_usd(pairs: pd.DataFrame, side: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A side's comparable value and interval in US dollars, at the rate its ``value_usd`` was
    converted with (NaN where the period's rate is unknown)."""
    value = pairs[f"value{side}"].to_numpy(dtype="float64")
    rate = pairs[f"value_usd{side}"].to_numpy(dtype="float64") / np.where(value != 0, value, np.nan)
    return tuple(pairs[f"{c}{side}"].to_numpy(dtype="float64") * rate for c in ("cmp_value", "cmp_low", "cmp_high"))  # type: ignore[return-value]


def mirror_pairs(table: pd.DataFrame, reporting_groups: list[str] | None = None) -> pd.DataFrame:
    """One row per (A's exports to B, B's imports from A) pair, with the gap, the rounding
    room and whether the two were joined through exchange rates (``converted``)."""
    exports, imports = _sides(table, reporting_groups or [])
    if exports.empty or imports.empty:
        return pd.DataFrame()
    pairs = exports.merge(
        imports, left_on=["reporter", "partner", "period_start", "period_end"],
        right_on=["partner", "reporter", "period_start", "period_end"], suffixes=("_x", "_m"),
    )  # fmt: skip
    if pairs.empty:
        return pairs
    converted = (pairs["currency_x"] != pairs["currency_m"]).to_numpy()
    x, x_low, x_high = (pairs[f"{c}_x"].to_numpy(dtype="float64") for c in ("cmp_value", "cmp_low", "cmp_high"))
    m, m_low, m_high = (pairs[f"{c}_m"].to_numpy(dtype="float64") for c in ("cmp_value", "cmp_low", "cmp_high"))
    if converted.any():
        x, x_low, x_high = (np.where(converted, usd, own) for usd, own in zip(_in_usd(pairs, "_x"), (x, x_low, x_high), strict=True))
        m, m_low, m_high = (np.where(converted, usd, own) for usd, own in zip(_in_usd(pairs, "_m"), (m, m_low, m_high), strict=True))
    known = np.isfinite(x) & np.isfinite(m)  # a currency without the period's rate: no comparison
    pairs = pairs[known].reset_index(drop=True)
    x, x_low, x_high, m, m_low, m_high = (a[known] for a in (x, x_low, x_high, m, m_low, m_high))
    pairs["converted"], pairs["x_compared"], pairs["m_compared"] = converted[known], x, m
    base = np.minimum(np.abs(x), np.abs(m))
    pairs["gap"] = np.where(base > 0, np.abs(m - x) / np.where(base > 0, base, 1), np.nan)
    # Rounding room: half the width of each interval's printed precision, relative to the smaller
    # figure. A qualifier's bound ("exceeded $800 million", "less than $500 million") is no
    # rounding: the pair is compared from the bound, and one whose other figure lies on the
    # bound's open side ("more than $500 million" and $700 million) may agree, whatever the gap.
    rounding = (rounding_width(x_low, x_high, x) + rounding_width(m_low, m_high, m)) / 2
    pairs["rounding"] = np.where(base > 0, rounding / np.where(base > 0, base, 1), np.nan)
    bounded = np.logical_or.reduce([*bounds(x_low, x_high, x), *bounds(m_low, m_high, m)])
    with np.errstate(invalid="ignore"):
        apart = (m_low > x_high) | (x_low > m_high)
    pairs["bounded"], pairs["reachable"] = bounded, bounded & ~apart
    return pairs.sort_values(["reporter_x", "partner_x", "period_start", "id_x", "id_m"], kind="stable").reset_index(drop=True)


def _year_before(pairs: pd.DataFrame) -> pd.DataFrame:
    """Each pair's gap for the same two countries and period one year earlier,
    and that period's label (NaN and None if unknown); see ``period_shape``."""
    start_year, shape = period_shape(pairs["period_start"], pairs["period_end"])
    keyed = pairs[["reporter_x", "partner_x", "gap", "period_label_x"]].assign(start_year=start_year, shape=shape)
    key = ["reporter_x", "partner_x", "shape", "start_year"]
    # Of several pairs a year earlier, one in a single currency first: its gap owes nothing to exchange rates.
    keyed = keyed.assign(converted=pairs["converted"].to_numpy())
    earlier = keyed.sort_values("converted", kind="stable").drop_duplicates(key).assign(start_year=lambda f: f["start_year"] + 1)
    earlier = earlier.rename(columns={"gap": "gap_before", "period_label_x": "label_before"})
    merged = keyed[key].merge(earlier[[*key, "gap_before", "label_before"]], on=key, how="left")
    return merged[["gap_before", "label_before"]]


def trend_text(gap: float, before: float, band: float, year: str) -> str:
    if not np.isfinite(before):
        return ""
    change = (gap - before) * 100
    state = "within the normal band" if before <= band else "already beyond the band"
    verb = "widened" if change > 0 else "narrowed"
    return f" A year earlier ({year}) the gap was {fmt.percent(before)}, {state}: it {verb} by {abs(change):.1f} points."


def mirror(table: pd.DataFrame, params: dict[str, Any], covered: set[frozenset[str]]) -> list[Hit]:
    band, pathological, fx_band = float(params["band"]), float(params["pathological"]), float(params["fx_band"])
    pairs = mirror_pairs(table, list(params["reporting_groups"]))
    if pairs.empty:
        return []
    before = _year_before(pairs)
    pairs["gap_before"], pairs["label_before"] = before["gap_before"].to_numpy(), before["label_before"].to_numpy()
    pairs["tolerance"] = pairs["rounding"] + band + np.where(pairs["converted"], fx_band, 0.0)
    flagged = pairs[(pairs["gap"] > pairs["tolerance"]) & ~pairs["reachable"] & ~pairs.duplicated(["id_x", "id_m"])]
    hits: list[Hit] = []
    # Only what a message uses goes through to_dict (the merge has ~60 columns).
    used = ["id", "pos", "cmp_surface", "cmp_value", "qualifier", "currency", "reporter", "partner", "period_label",
            "doc", "line", "page", "sheet", "row", "column"]  # fmt: skip
    keys = ["period_start", "period_end", "gap", "rounding", "gap_before", "label_before", "converted", "bounded", "x_compared", "m_compared"]  # computed
    flagged = flagged[[*keys, *[f"{c}{s}" for c in used for s in ("_x", "_m") if f"{c}{s}" in flagged]]]
    for x, m in side_records(flagged, ("_x", "_m")):
        if frozenset((x["id"], m["id"])) in covered:
            continue
        row = x  # the computed columns are on both sides
        converted = bool(row["converted"])
        unit = "USD" if converted else x["currency"]
        x_value, m_value = float(row["x_compared"]), float(row["m_compared"])
        gap, ratio = float(row["gap"]), m_value / x_value if x_value else float("inf")
        # Past a bound ("exceeded $800 million") the printed gap is the least the gap can be.
        at_least, ratio_sign = ("at least ", "≥" if ratio > 1 else "≤") if row["bounded"] else ("", "=")
        kind = f"pathological (more than x{1 + pathological:g} apart)" if gap > pathological else "a real asymmetry"
        year = str(row["period_start"])[:4]
        conversion = (
            f" In US dollars at the {year} average rates: {fmt.money(x_value, 'USD', digits=4)} and {fmt.money(m_value, 'USD', digits=4)}"
            f" (±{fmt.percent(fx_band, 0)} allowed for the rates each office used)."
            if converted
            else ""
        )
        fx = fx_band if converted else 0.0
        exporter, importer = fmt.country_in_text(x["reporter"]), fmt.country_in_text(m["reporter"])
        values = {
            "x_text": quoted(x), "m_text": quoted(m), "x_where": where(x, m), "m_where": where(m, x),
            "exporter": exporter, "importer": importer,
            "exporter_possessive": fmt.capitalised(fmt.possessive(exporter)), "importer_possessive": fmt.possessive(importer),
            "period": x["period_label"], "gap_pct": at_least + fmt.percent(gap), "ratio": f"{ratio_sign} {ratio:.2f}",
            "rounding_pct": fmt.percent(float(row["rounding"])), "band_pct": fmt.percent(band, 0), "class": kind,
            "conversion": conversion, "trend": trend_text(gap, float(row["gap_before"]), band, str(row["label_before"])),
            "claim": f"{fmt.country_name(x['reporter'])} -> {fmt.country_name(x['partner'])} trade (mirror), {x['period_label']}",
        }  # fmt: skip
        tolerance = f" > {fmt.percent(float(row['rounding']))} rounding + {fmt.percent(band, 0)} band" + (f" + {fmt.percent(fx, 0)} rates" if converted else "")
        evidence = {
            "values": {x["id"]: float(x["cmp_value"]), m["id"]: float(m["cmp_value"])},
            "gap": round(gap, 6), "import_export_ratio": round(ratio, 6), "rounding_tolerance": round(float(row["rounding"]), 6),
            "band": band, "class": "pathological" if gap > pathological else "asymmetry",
            "gap_year_before": None if not np.isfinite(row["gap_before"]) else round(float(row["gap_before"]), 6),
            "arithmetic": (
                f"|{fmt.money(m_value, unit, digits=4)} - {fmt.money(x_value, unit, digits=4)}|"
                f" / {fmt.money(min(abs(x_value), abs(m_value)), unit, digits=4)} = {fmt.percent(gap)}{tolerance}"
            ),
        }  # fmt: skip
        if converted:
            evidence["in_usd"] = {x["id"]: x_value, m["id"]: m_value}
            evidence["fx_band"] = fx_band
        hits.append(Hit((x["id"], m["id"]), values, evidence, positions=(x["pos"], m["pos"])))
    return hits


KIND = Kind("mirror", mirror, phase=2, doc=__doc__ or "")
