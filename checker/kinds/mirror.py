"""Kind ``mirror``: A's exports to B against B's imports from A, same period.

Each statistics office records the same goods twice: the exporter by
destination, valued FOB; the importer by origin, valued CIF. So B's imports
from A normally exceed A's exports to B by a few percent (IMF DOTS uses a
1.10 CIF/FOB factor), and two right figures differ. The kind flags a pair
whose gap, after rounding, lies beyond the normal ``band``; it classes the
gap (a real asymmetry, or beyond ``pathological`` times) and, when the same
pair is known for the year before, says how the asymmetry moved: a sudden
change in a long-stable asymmetry is what an analyst looks into first.
Partner groups (World, CIS) are never paired.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from checker import formatting as fmt
from checker.kinds import Hit, Kind
from checker.kinds.claims import DECLARED, column_isin, column_notna, comparable, group_at, own_partner, period_shape, side_records, where


def _sides(table: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    rows = comparable(table)
    at = rows["pos"].to_numpy()
    mask = column_isin(table, "reporter_source", DECLARED)[at] & ~rows["aggregate"].fillna(False).astype(bool).to_numpy() & ~column_notna(table, "scope")[at]
    rows = rows[mask & ~own_partner(table, at)]
    at = rows["pos"].to_numpy()
    # One row per reading (integer codes, not the strings, find the repeats).
    key = group_at(table, at, ["reporter", "partner", "period_start", "period_end", "currency", rows["cmp_value"].to_numpy()])
    rows = rows.assign(reading=key)
    exports = rows[column_isin(table, "metric", ["exports"])[at]].drop_duplicates("reading").drop(columns="reading")
    imports = rows[column_isin(table, "metric", ["imports"])[at]].drop_duplicates("reading").drop(columns="reading")
    return exports, imports


def mirror_pairs(table: pd.DataFrame) -> pd.DataFrame:
    """One row per (A's exports to B, B's imports from A) pair, with the gap."""
    exports, imports = _sides(table)
    if exports.empty or imports.empty:
        return pd.DataFrame()
    pairs = exports.merge(
        imports, left_on=["reporter", "partner", "period_start", "period_end", "currency"],
        right_on=["partner", "reporter", "period_start", "period_end", "currency"], suffixes=("_x", "_m"),
    )  # fmt: skip
    if pairs.empty:
        return pairs
    x, m = pairs["cmp_value_x"].to_numpy(), pairs["cmp_value_m"].to_numpy()
    base = np.minimum(np.abs(x), np.abs(m))
    pairs["gap"] = np.where(base > 0, np.abs(m - x) / np.where(base > 0, base, 1), np.nan)
    # Rounding room: half the width of each interval, relative to the smaller figure.
    width = (pairs["cmp_high_x"] - pairs["cmp_low_x"]) + (pairs["cmp_high_m"] - pairs["cmp_low_m"])
    pairs["rounding"] = np.where(base > 0, width.to_numpy() / 2 / np.where(base > 0, base, 1), np.nan)
    return pairs.sort_values(["reporter_x", "partner_x", "period_start", "id_x", "id_m"], kind="stable").reset_index(drop=True)


def _year_before(pairs: pd.DataFrame) -> pd.DataFrame:
    """Each pair's gap for the same two countries and period one year earlier,
    and that period's label (NaN and None if unknown); see ``period_shape``."""
    start_year, shape = period_shape(pairs["period_start"], pairs["period_end"])
    keyed = pairs[["reporter_x", "partner_x", "gap", "period_label_x"]].assign(start_year=start_year, shape=shape)
    key = ["reporter_x", "partner_x", "shape", "start_year"]
    earlier = keyed.drop_duplicates(key).assign(start_year=lambda f: f["start_year"] + 1)
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
    band, pathological = float(params["band"]), float(params["pathological"])
    pairs = mirror_pairs(table)
    if pairs.empty:
        return []
    before = _year_before(pairs)
    pairs["gap_before"], pairs["label_before"] = before["gap_before"].to_numpy(), before["label_before"].to_numpy()
    flagged = pairs[(pairs["gap"] > pairs["rounding"] + band) & ~pairs.duplicated(["id_x", "id_m"])]
    hits: list[Hit] = []
    # Only what a message uses goes through to_dict (the merge has ~60 columns).
    used = ["id", "pos", "cmp_surface", "cmp_value", "currency", "reporter", "partner", "period_label", "doc", "line", "page", "sheet", "row", "column"]
    keys = ["period_start", "period_end", "currency", "gap", "rounding", "gap_before", "label_before"]  # merge keys and computed columns
    flagged = flagged[[*keys, *[f"{c}{s}" for c in used for s in ("_x", "_m") if f"{c}{s}" in flagged]]]
    for x, m in side_records(flagged, ("_x", "_m")):
        if frozenset((x["id"], m["id"])) in covered:
            continue
        row = x  # the merge keys and computed columns are on both sides
        gap, ratio = float(row["gap"]), float(m["cmp_value"] / x["cmp_value"]) if x["cmp_value"] else float("inf")
        kind = f"pathological (more than x{1 + pathological:g} apart)" if gap > pathological else "a real asymmetry"
        values = {
            "x_text": x["cmp_surface"], "m_text": m["cmp_surface"], "x_where": where(x, m), "m_where": where(m, x),
            "exporter": fmt.country_name(x["reporter"]), "importer": fmt.country_name(m["reporter"]),
            "period": x["period_label"], "gap_pct": fmt.percent(gap), "ratio": f"{ratio:.2f}",
            "rounding_pct": fmt.percent(float(row["rounding"])), "band_pct": fmt.percent(band, 0), "class": kind,
            "trend": trend_text(gap, float(row["gap_before"]), band, str(row["label_before"])),
            "claim": f"{fmt.country_name(x['reporter'])} -> {fmt.country_name(x['partner'])} trade (mirror), {x['period_label']}",
        }  # fmt: skip
        evidence = {
            "values": {x["id"]: float(x["cmp_value"]), m["id"]: float(m["cmp_value"])},
            "gap": round(gap, 6), "import_export_ratio": round(ratio, 6), "rounding_tolerance": round(float(row["rounding"]), 6),
            "band": band, "class": "pathological" if gap > pathological else "asymmetry",
            "gap_year_before": None if not np.isfinite(row["gap_before"]) else round(float(row["gap_before"]), 6),
            "arithmetic": (
                f"|{fmt.money(m['cmp_value'], m['currency'], digits=4)} - {fmt.money(x['cmp_value'], x['currency'], digits=4)}|"
                f" / {fmt.money(min(abs(x['cmp_value']), abs(m['cmp_value'])), x['currency'], digits=4)} = {fmt.percent(gap)}"
                f" > {fmt.percent(float(row['rounding']))} rounding + {fmt.percent(band, 0)} band"
            ),
        }  # fmt: skip
        hits.append(Hit((x["id"], m["id"]), values, evidence, positions=(x["pos"], m["pos"])))
    return hits


KIND = Kind("mirror", mirror, phase=2, doc=__doc__ or "")
