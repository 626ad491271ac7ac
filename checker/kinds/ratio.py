"""Kind ``ratio``: a percentage stated as one metric over another, against the two values.

TurkStat's "export-import coverage ratio" is exports / imports x 100 ("The
export-import coverage ratio was 77.7%" beside exports of $24.0 billion and
imports of $30.9 billion). The percentage (its ``metric`` the rule's
``metric``) is checked against the numerator and denominator stated in the
same document for the same side, partner and period, each within its printed
precision: the stated interval must meet numerator / denominator x 100. A side
or partner left unnamed is the document's own; a missing partner is the world.
With ``numerator_size`` the numerator's size is taken (a deficit's share of the
turnover).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from checker import formatting as fmt
from checker.kinds import Hit, Kind
from checker.kinds.claims import column_isin, column_notna, percent_of, place, printed_first, quoted, records, stated_outcomes, take

KEY = ["doc", "reporter", "partner", "period_start", "period_end"]
SHOWN = ["id", "cmp_value", "cmp_low", "cmp_high", "cmp_surface", "qualifier", "currency", "metric", "flow", "period_label",
         "line", "page", "sheet", "row", "column"]  # fmt: skip


def _keyed(table: pd.DataFrame, positions: np.ndarray) -> pd.DataFrame:
    rows = take(table, positions, list(dict.fromkeys([*KEY, *SHOWN])))
    rows["reporter"] = rows["reporter"].fillna("")
    rows["partner"] = rows["partner"].fillna("WLD")  # a country's figure with no partner is its trade with the world
    rows["pos"] = positions
    return rows


def ratio(table: pd.DataFrame, params: dict[str, Any], covered: set[frozenset[str]]) -> list[Hit]:
    numerator, denominator = str(params["numerator"]), str(params["denominator"])
    stated = column_isin(table, "kind", ["percent"]) & column_isin(table, "metric", [params["metric"]])
    stated &= ~column_notna(table, "status") & ~column_notna(table, "scale") & table["period_start"].notna().to_numpy()
    at = np.flatnonzero(stated)
    if not len(at):
        return []
    pct = _keyed(table, at)
    found = np.flatnonzero(stated_outcomes(table, (numerator, denominator), need_partner=False, need_reporter=False))
    found = found[pd.Series(table["doc"].to_numpy()[found], copy=False).isin(set(pct["doc"])).to_numpy()]  # the ratios' documents only
    money = _keyed(table, found)
    money = printed_first(money, [*KEY, "metric"])  # one value per metric and claim
    linked = pct.merge(money[money["metric"] == numerator], on=KEY, suffixes=("", "_x")).merge(
        money[money["metric"] == denominator], on=KEY, suffixes=("", "_m")
    )
    linked = linked[(linked["currency_x"] == linked["currency_m"]) & (linked["cmp_low_m"] > 0)]
    hits = []
    for row in records(linked):
        rate = {k: v for k, v in row.items() if not k.endswith(("_x", "_m"))}
        x, m = ({**{k.removesuffix(s): v for k, v in row.items() if k.endswith(s)}, **{k: row[k] for k in KEY}} for s in ("_x", "_m"))
        if params.get("numerator_size") and x["cmp_value"] < 0:
            # A deficit's share of the turnover is of its size: -8,627.1 is 8,627.1 of 19,412.5
            x = {**x, "cmp_value": -x["cmp_value"], "cmp_low": -x["cmp_high"], "cmp_high": -x["cmp_low"]}
        implied, implied_low, implied_high, division = percent_of(x, m)
        if rate["cmp_low"] <= implied_high and rate["cmp_high"] >= implied_low:
            continue
        figures = (str(rate["id"]), str(x["id"]), str(m["id"]))
        if frozenset(figures) in covered:
            continue
        arithmetic = f"{division} x 100 = {implied:.1f}%, stated {rate['cmp_value']:g}%"
        values = {
            "pct_text": quoted(rate), "pct_where": place(rate), "x_text": quoted(x), "x_where": place(x), "m_text": quoted(m), "m_where": place(m),
            "implied": f"{implied:.1f}%", "range": fmt.percent_range(implied_low, implied_high), "claim": fmt.claim_label(rate),
            "numerator": fmt.metric_label(numerator), "denominator": fmt.metric_label(denominator), "arithmetic": arithmetic,
        }  # fmt: skip
        evidence = {
            "stated": float(rate["cmp_value"]), "stated_interval": [float(rate["cmp_low"]), float(rate["cmp_high"])],
            "implied": float(implied), "implied_interval": [float(implied_low), float(implied_high)], "arithmetic": arithmetic,
        }  # fmt: skip
        hits.append(Hit(figures, values, evidence, positions=(int(rate["pos"]), int(x["pos"]), int(m["pos"]))))
    return hits


KIND = Kind("ratio", ratio, phase=2, doc=__doc__ or "")
