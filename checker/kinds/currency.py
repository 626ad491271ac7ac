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
from checker.kinds.claims import comparable, where

KEY = ["metric", "scope", "flow", "pair", "period_start", "period_end"]


def currency(table: pd.DataFrame, params: dict[str, Any], covered: set[frozenset[str]]) -> list[Hit]:
    band = float(params["band"])
    if "value_usd" not in table:
        return []
    rows = comparable(table)
    rows = rows.assign(value_usd=table.loc[rows.index, "value_usd"].to_numpy())
    rows = rows[np.isfinite(rows["value_usd"]) & (rows["value"] != 0)]
    # Claims stated in more than one currency.
    rows = rows[rows.groupby(KEY, dropna=False)["currency"].transform("nunique") > 1]
    hits: list[Hit] = []
    for _, group in rows.groupby(KEY, sort=True, dropna=False):
        records = [{str(k): v for k, v in r.items()} for r in group.drop_duplicates(["currency", "cmp_value"]).to_dict(orient="records")]
        for i, a in enumerate(records):
            for b in records[i + 1 :]:
                if a["currency"] == b["currency"] or frozenset((a["id"], b["id"])) in covered:
                    continue
                factor_a, factor_b = a["value_usd"] / a["value"], b["value_usd"] / b["value"]
                a_low, a_high = a["cmp_low"] * factor_a, a["cmp_high"] * factor_a
                b_low, b_high = b["cmp_low"] * factor_b, b["cmp_high"] * factor_b
                lower, upper = (
                    ((a, a_low, a_high), (b, b_low, b_high))
                    if a["cmp_value"] * factor_a <= b["cmp_value"] * factor_b
                    else ((b, b_low, b_high), (a, a_low, a_high))
                )
                low_value = lower[0]["cmp_value"] * (lower[0]["value_usd"] / lower[0]["value"])
                high_value = upper[0]["cmp_value"] * (upper[0]["value_usd"] / upper[0]["value"])
                base = min(abs(low_value), abs(high_value))
                if base == 0 or not np.isfinite(lower[2]) or upper[1] <= lower[2] + band * base:
                    continue
                foreign, dollar = (a, b) if a["currency"] != "USD" else (b, a)
                rate = foreign["value"] / foreign["value_usd"]
                year = pd.Timestamp(foreign["period_start"]).year
                gap = (high_value - low_value) / base
                dollar_usd = dollar["cmp_value"] * (dollar["value_usd"] / dollar["value"])
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
                    "values_usd": {a["id"]: float(a["cmp_value"] * factor_a), b["id"]: float(b["cmp_value"] * factor_b)},
                    "intervals_usd": {a["id"]: [float(a_low), float(a_high)], b["id"]: [float(b_low), float(b_high)]},
                    "rate": {"currency": foreign["currency"], "year": int(year), "per_usd": float(rate)},
                    "gap": round(float(gap), 6), "band": band,
                    "arithmetic": f"{converted} vs {fmt.money(dollar_usd, 'USD', digits=4)}: {fmt.percent(gap)} apart > {fmt.percent(band, 0)} band",
                }  # fmt: skip
                hits.append(Hit((a["id"], b["id"]), values, evidence))
    return hits


KIND = Kind("currency", currency, phase=2, doc=__doc__ or "")
