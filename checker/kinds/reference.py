"""Kind ``reference``: a stated figure against the official one (--reference).

The official value is joined onto the figures table beforehand (reference.py),
by reporter, partner, metric, period and currency. A figure whose interval
(precision and qualifier) stays outside the official value's band is flagged
with both numbers and the gap.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from checker import formatting as fmt
from checker.kinds import Hit, Kind
from checker.kinds.claims import place, quoted, records, stated_outcomes


def reference(table: pd.DataFrame, params: dict[str, Any], covered: set[frozenset[str]]) -> list[Hit]:
    if "ref_value" not in table.columns:
        return []
    band = float(params["band"])
    # Official tables give totals: figures with a scope ("agricultural trade") are not compared.
    rows = table[stated_outcomes(table) & table["ref_value"].notna() & table["scope"].isna()]
    hits = []
    for row in records(rows):
        official = float(row["ref_value"])
        low, high = official - band * abs(official), official + band * abs(official)
        if row["cmp_high"] >= low and row["cmp_low"] <= high:
            continue
        gap = (row["cmp_value"] - official) / abs(official) if official else float("inf")
        currency = row["currency"]
        arithmetic = (
            f"({fmt.money(row['cmp_value'], currency, digits=4)} - {fmt.money(official, currency, digits=4)})"
            f" / {fmt.money(official, currency, digits=4)} = {fmt.percent(gap)}"
        )
        values = {
            "text": quoted(row, first=True), "where": place(row), "claim": fmt.claim_label(row),
            "official": fmt.money(official, currency, digits=4), "source": row["ref_source"],
            "gap_pct": fmt.percent(gap), "band_pct": fmt.percent(band, 0), "arithmetic": arithmetic,
        }  # fmt: skip
        evidence = {"stated": float(row["cmp_value"]), "official": official, "source": row["ref_source"], "gap": gap, "band": band,
                    "arithmetic": arithmetic}  # fmt: skip
        hits.append(Hit((str(row["id"]),), values, evidence))
    return hits


KIND = Kind("reference", reference, phase=2, doc=__doc__ or "")
