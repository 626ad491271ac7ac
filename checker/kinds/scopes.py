"""Kind ``scope_sum``: a total that is not the sum of its stated parts.

"The UK trade deficit was £18.4 billion ... The trade in goods deficit was
£57.3 billion; the trade in services surplus was £38.9 billion": the total
balance is the goods balance plus the services balance (-57.3 + 38.9 =
-18.4); so are total exports and imports. The rule's ``parts`` name the scopes
that together make the total (goods and services; energy and non-energy
goods); each metric of ``metrics`` is checked where one document states the
total (no scope, "goods and services", or the first scope of ``wholes``
found: the goods total of energy and non-energy goods) and every part, for one side (maybe unnamed), partner,
period and currency. Each printed figure stands for the interval of its last
digit, so rounding never fires; a value as printed is taken before a bound of
the same claim ("more than $50 billion" gives way to "$52.8 billion").
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from checker import formatting as fmt
from checker.kinds import Hit, Kind
from checker.kinds.claims import column_isin, place, printed_first, quoted, records, rounding_width, stated_outcomes, take

KEY = ["doc", "reporter", "partner", "metric", "period_start", "period_end", "currency"]
SHOWN = ["id", "cmp_value", "cmp_low", "cmp_high", "cmp_surface", "qualifier", "metric", "flow", "scope", "reporter", "partner",
         "period_label", "line", "page", "sheet", "row", "column"]  # fmt: skip


def _claims(table: pd.DataFrame, metrics: tuple[str, ...], parts: tuple[str, ...], wholes: tuple[str, ...]) -> pd.DataFrame:
    """The figures of the documents that state a part: totals (no scope, or a scope of ``wholes``) and parts, one per claim and scope."""
    outcomes = stated_outcomes(table, metrics, need_partner=False, need_reporter=False)
    scoped = outcomes & column_isin(table, "scope", parts)
    if not scoped.any():
        return pd.DataFrame()
    docs = set(table["doc"].to_numpy()[scoped])
    # Only those documents' figures leave the table (a part is rare; a million totals are not taken out).
    whole = table["scope"].isna().to_numpy() | column_isin(table, "scope", tuple(w for w in wholes if w))
    positions = np.flatnonzero(outcomes & table["doc"].isin(docs).to_numpy() & (scoped | whole))
    rows = take(table, positions, list(dict.fromkeys([*KEY, *SHOWN])))
    rows["pos"] = positions
    rows[["reporter", "scope"]] = rows[["reporter", "scope"]].fillna("")
    rows["partner"] = rows["partner"].fillna("WLD")  # a country's figure with no partner is its trade with the world
    low, high = (rows[c].to_numpy(dtype="float64") for c in ("cmp_low", "cmp_high"))
    rows = rows[np.isfinite(low) | np.isfinite(high)]  # a figure unbounded both ways says nothing
    return printed_first(rows, [*KEY, "scope"])  # one figure per claim and scope


def scope_sum(table: pd.DataFrame, params: dict[str, Any], covered: set[frozenset[str]]) -> list[Hit]:
    parts, metrics = tuple(str(p) for p in params["parts"]), tuple(str(m) for m in params["metrics"])
    # The scopes that are the parts' total, first found first taken ("" is no scope): goods' total for
    # energy and non-energy goods ("merchandise exports"), else the total
    wholes = tuple(str(w or "") for w in params.get("wholes") or [""])
    rows = _claims(table, metrics, parts, wholes)
    if rows.empty:
        return []
    hits: list[Hit] = []
    for _, claim in rows.groupby(KEY, sort=True, dropna=False):
        by_scope = {str(r["scope"]): r for r in records(claim)}
        whole = next((w for w in wholes if w in by_scope), None)
        if whole is None or not all(p in by_scope for p in parts):
            continue
        total, terms = by_scope[whole], [by_scope[p] for p in parts]
        low, high = sum(float(t["cmp_low"]) for t in terms), sum(float(t["cmp_high"]) for t in terms)
        if float(total["cmp_low"]) <= high and float(total["cmp_high"]) >= low:
            continue
        figures = (str(total["id"]), *(str(t["id"]) for t in terms))
        if frozenset(figures) in covered:
            continue
        hits.append(_hit(total, terms, low, high))
    return hits


def _hit(total: dict[str, Any], terms: list[dict[str, Any]], low: float, high: float) -> Hit:
    currency = str(total["currency"])
    value = sum(float(t["cmp_value"]) for t in terms)
    widths = [rounding_width(float(f["cmp_low"]), float(f["cmp_high"]), float(f["cmp_value"])) for f in (total, *terms)]
    tolerance = float(sum(widths)) / 2
    computed = fmt.money(value, currency, digits=4)
    sums = " + ".join(
        f"({fmt.money(t['cmp_value'], currency, digits=4)})" if t["cmp_value"] < 0 else fmt.money(t["cmp_value"], currency, digits=4) for t in terms
    )
    arithmetic = f"{sums} = {computed}, stated {quoted(total, signed=fmt.money(total['cmp_value'], currency, digits=4))}"
    values = {
        "parts_text": " and ".join(f"{t['scope']} {quoted(t)} ({place(t)})" for t in terms),
        "total_text": quoted(total), "total_where": place(total), "computed": computed,
        "difference": fmt.money(abs(float(total["cmp_value"]) - value), currency, digits=3),
        "tolerance": fmt.money(tolerance, currency, digits=2), "claim": fmt.claim_label(total), "arithmetic": arithmetic,
        "metric": fmt.metric_label(str(total["metric"])),
    }  # fmt: skip
    evidence = {
        "stated": float(total["cmp_value"]), "parts": {str(t["scope"]): float(t["cmp_value"]) for t in terms},
        "computed": value, "computed_interval": [low, high], "stated_interval": [float(total["cmp_low"]), float(total["cmp_high"])],
        "tolerance": tolerance, "arithmetic": arithmetic,
    }  # fmt: skip
    positions = (int(total["pos"]), *(int(t["pos"]) for t in terms))
    return Hit((str(total["id"]), *(str(t["id"]) for t in terms)), values, evidence, positions=positions)


KIND = Kind("scope_sum", scope_sum, phase=2, doc=__doc__ or "")
