"""Kind ``scale_slip``: two figures for one claim about a power of 1,000 apart.

"$5.2 million" against "$5.1 billion" is rarely a real disagreement: one scale
word is wrong. The pair is reported once here and not again as a conflict.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from checker import formatting as fmt
from checker.kinds import Hit, Kind
from checker.kinds.claims import quoted, where
from checker.kinds.pairs import reading_pairs


def scale_slip(table: pd.DataFrame, params: dict[str, Any], covered: set[frozenset[str]]) -> list[Hit]:
    factors = [float(f) for f in params["factors"]]
    tolerance = float(params["log10_tolerance"])
    pairs = reading_pairs(table)
    value_a, value_b = (v.astype("float64") for v in pairs.column("cmp_value"))
    with np.errstate(divide="ignore", invalid="ignore"):
        times = np.abs(value_b / value_a)
        times = np.where(np.abs(value_a) > np.abs(value_b), 1 / times, times)  # big over small
        near = np.zeros(len(times), dtype=bool)
        for factor in factors:
            near |= np.abs(np.log10(times) - math.log10(factor)) <= tolerance
    same_sign = (value_a != 0) & (value_b != 0) & ((value_a < 0) == (value_b < 0))
    hits: list[Hit] = []
    for a, b in pairs.records(np.flatnonzero(near & same_sign)):
        small, big = (a, b) if abs(a["cmp_value"]) <= abs(b["cmp_value"]) else (b, a)
        times_i = abs(big["cmp_value"] / small["cmp_value"])
        factor = min(factors, key=lambda f: abs(math.log10(times_i) - math.log10(f)))
        currency = small["currency"]
        values = {
            "a_text": quoted(a, first=True), "b_text": quoted(b),
            "a_where": where(a, b), "b_where": where(b, a),
            "ratio": fmt.ratio(times_i), "factor": f"{factor:,.0f}",
            "small_up": fmt.money(small["cmp_value"] * factor, currency),
            "big_down": fmt.money(big["cmp_value"] / factor, currency),
            "small_text": quoted(small), "big_text": quoted(big),
            "claim": fmt.claim_label(a),
        }  # fmt: skip
        evidence = {
            "values": {a["id"]: float(a["cmp_value"]), b["id"]: float(b["cmp_value"])},
            "ratio": round(times_i, 3),
            "factor": factor,
            "log10_tolerance": tolerance,
            "arithmetic": f"{fmt.money(big['cmp_value'], currency, digits=4)} / {fmt.money(small['cmp_value'], currency, digits=4)} = {times_i:,.1f}",
        }
        hits.append(Hit((a["id"], b["id"]), values, evidence, positions=(a["pos"], b["pos"])))
    return hits


KIND = Kind("scale_slip", scale_slip, phase=1, doc=__doc__ or "")
