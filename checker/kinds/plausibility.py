"""Kind ``plausibility``: a bilateral figure larger than the whole it is part of.

A's trade with B cannot exceed A's trade with the world (nor B's): A's
exports to B are bounded by A's total exports and by B's total imports,
their turnover by either country's total turnover; nor A's trade with a
group of fixed membership B belongs to (the EAEU, the EU, Central Asia). The totals come from
the evidence of the run itself (tables' World rows, figures whose partner
is the World) and, with ``--reference``, from official rows whose partner is
WLD. No locale is guessed: the bound is another figure, named in the
finding. ``band`` allows for the two offices' different valuation.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from checker import formatting as fmt
from checker.flows import MIRRORED_METRIC
from checker.kinds import Hit, Kind
from checker.kinds.claims import DECLARED, column_isin, column_notna, comparable, place, quoted, records
from checker.lexicon import group_members

PERIOD = ["period_start", "period_end", "currency"]


def _totals(table: pd.DataFrame) -> pd.DataFrame:
    """World totals stated in the run: one row per (country, metric, period, currency), the largest reading."""
    rows = comparable(table)
    at = rows["pos"].to_numpy()
    world = column_isin(table, "partner", ["WLD"])[at] & column_isin(table, "metric", MIRRORED_METRIC)[at] & ~column_notna(table, "scope")[at]
    rows = rows[world]
    rows = rows.sort_values("cmp_high", ascending=False, kind="stable").drop_duplicates(["reporter", "metric", *PERIOD])
    return rows.rename(columns={"reporter": "country"})[
        ["country", "metric", *PERIOD, "id", "cmp_high", "cmp_surface", "qualifier", "doc", "line", "page", "sheet", "row", "column"]
    ]


def _group_totals(table: pd.DataFrame) -> pd.DataFrame:
    """A country's trade with a group of fixed membership (rules/lexicon/members.yaml), one row per member
    country: "trade with the EAEU countries amounted to $4.40 billion" bounds its trade with Russia."""
    members = group_members()
    rows = comparable(table)
    at = rows["pos"].to_numpy()
    with_group = column_isin(table, "partner", sorted(members))[at] & column_isin(table, "metric", MIRRORED_METRIC)[at] & ~column_notna(table, "scope")[at]
    rows = rows[with_group]
    if rows.empty:
        return rows
    rows = rows.sort_values("cmp_high", ascending=False, kind="stable").drop_duplicates(["reporter", "partner", "metric", *PERIOD])
    country = pd.DataFrame([(group, member) for group, codes in members.items() for member in sorted(codes)], columns=["group", "member"])
    rows = rows.merge(country, left_on="partner", right_on="group")
    return rows.rename(columns={"reporter": "country"})[
        ["country", "member", "group", "metric", *PERIOD, "id", "cmp_high", "cmp_surface", "qualifier", "doc", "line", "page", "sheet", "row", "column"]
    ]


def plausibility(table: pd.DataFrame, params: dict[str, Any], covered: set[frozenset[str]]) -> list[Hit]:
    band = float(params["band"])
    totals = _totals(table)
    groups = _group_totals(table)
    if totals.empty and groups.empty and "ref_total" not in table.columns:
        return []  # no country totals to bound the bilateral figures by
    rows = comparable(table)
    at = rows["pos"].to_numpy()
    bilateral = rows[
        column_isin(table, "metric", MIRRORED_METRIC)[at] & ~column_notna(table, "scope")[at] & column_notna(table, "partner")[at]
        & ~column_isin(table, "partner", ["WLD"])[at] & ~rows["aggregate"].fillna(False).astype(bool).to_numpy()
        # A flow's direction needs a declared side; turnover is the same for both.
        & (column_isin(table, "metric", ["trade_turnover"])[at] | column_isin(table, "reporter_source", DECLARED)[at])
    ]  # fmt: skip
    candidates = []
    if not groups.empty and not bilateral.empty:
        # The declaring side's trade with a group its partner is a member of (same metric): a part of it.
        own = bilateral.assign(country=bilateral["reporter"], total_metric=bilateral["metric"])
        joined = own.merge(
            groups, left_on=["country", "partner", "total_metric", *PERIOD], right_on=["country", "member", "metric", *PERIOD], suffixes=("", "_total")
        )
        candidates.append(joined.drop(columns=["member"]))
    if not totals.empty and not bilateral.empty:
        # Bound by the declaring side's own total (same metric) and by the partner's (mirrored metric).
        own = bilateral.assign(country=bilateral["reporter"], total_metric=bilateral["metric"])
        other = bilateral.assign(country=bilateral["partner"], total_metric=bilateral["metric"].map(MIRRORED_METRIC))
        for side in (own, other):
            joined = side.merge(totals, left_on=["country", "total_metric", *PERIOD], right_on=["country", "metric", *PERIOD], suffixes=("", "_total"))
            candidates.append(joined)
    if "ref_total" in table.columns:
        official = table.loc[bilateral.index.intersection(table.index[table["ref_total"].notna()])]
        if not official.empty:
            sources = official["ref_total_source"].tolist()
            mine = (official["ref_total_country"] == official["reporter"]).to_numpy()
            ref = bilateral.loc[official.index].assign(
                country=official["ref_total_country"], id_total=None, cmp_high_total=official["ref_total"],
                total_metric=[m if own else MIRRORED_METRIC[m] for m, own in zip(official["metric"], mine, strict=True)],
                cmp_surface_total=[f"{fmt.money(v, c)} ({s})" for v, c, s in zip(official["ref_total"], official["currency"], sources, strict=True)],
            )  # fmt: skip
            candidates.append(ref)
    if not candidates:
        return []
    pairs = pd.concat(candidates, ignore_index=True)
    pairs = pairs[pairs["cmp_low"] > pairs["cmp_high_total"] * (1 + band)]
    pairs = pairs.sort_values(["doc", "start", "id"], kind="stable").drop_duplicates("id")
    hits: list[Hit] = []
    for record in records(pairs):
        row = {str(k): v for k, v in record.items()}
        total_id = row.get("id_total")
        figures = (row["id"], total_id) if isinstance(total_id, str) else (row["id"],)
        if frozenset(figures) in covered:
            continue
        ratio = row["cmp_value"] / row["cmp_high_total"] if row["cmp_high_total"] else float("inf")
        if isinstance(total_id, str):
            total_where = place(
                {"line": row["line_total"], "page": row["page_total"], "sheet": row["sheet_total"], "row": row["row_total"], "column": row["column_total"]}
            )
            if row["doc_total"] != row["doc"]:
                total_where = f"{row['doc_total']} {total_where}"
        else:
            total_where = "reference data"
        group = row.get("group")
        values = {
            "whole": fmt.country_in_text(group) if isinstance(group, str) else "the world",
            "text": quoted(row, first=True), "where": place(row), "claim": fmt.claim_label(row), "country": fmt.country_in_text(row["country"]),
            "country_possessive": fmt.possessive(fmt.country_in_text(row["country"])),
            "total_metric": fmt.metric_label(row["total_metric"]), "total_where": total_where,
            "total_text": quoted({"cmp_surface": row["cmp_surface_total"], "qualifier": row.get("qualifier_total")}),
            "ratio": fmt.ratio(ratio), "band_pct": fmt.percent(band, 0),
        }  # fmt: skip
        evidence = {
            "value": float(row["cmp_value"]), "low": float(row["cmp_low"]), "total": float(row["cmp_high_total"]),
            "total_of": row["country"], "total_with": group if isinstance(group, str) else "WLD", "ratio": round(float(ratio), 6), "band": band,
            "arithmetic": (
                f"{fmt.money(row['cmp_low'], row['currency'], digits=4)} > {fmt.money(row['cmp_high_total'], row['currency'], digits=4)} x {1 + band:g}"
            ),
        }  # fmt: skip
        hits.append(Hit(figures, values, evidence))
    return hits


KIND = Kind("plausibility", plausibility, phase=2, doc=__doc__ or "")
