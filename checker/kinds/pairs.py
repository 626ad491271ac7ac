"""Pairs of distinct readings within each claim, for the comparison kinds."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pandas as pd

from checker.kinds.claims import CLAIM_KEY, comparable, per_table

MAX_PAIRWISE = 40  # distinct readings per claim compared all against all
READING = ["cmp_value", "cmp_low", "cmp_high", "reporter", "reporter_source"]


def reading_pairs(table: pd.DataFrame) -> list[tuple[dict[str, Any], dict[str, Any], list[str], list[str]]]:
    return _reading_pairs(table)


@per_table
def _reading_pairs(table: pd.DataFrame) -> list[tuple[dict[str, Any], dict[str, Any], list[str], list[str]]]:
    return list(_pairs(table))


def _pairs(table: pd.DataFrame) -> Iterator[tuple[dict[str, Any], dict[str, Any], list[str], list[str]]]:
    """(first, second, ids stating the first reading, ids stating the second),
    first and second in document order. Figures stating the same reading from
    the same side collapse into one, so repeated statements cost nothing. The
    grouping is done once over the whole table; pairs are plain dicts."""
    rows = comparable(table)
    if rows.empty:
        return
    # The figures table is in reading order (documents in run order, figures by
    # position), so "first" below is the first statement of a reading.
    key = CLAIM_KEY + READING
    rows["reading"] = rows.groupby(key, sort=False, dropna=False).ngroup()
    id_values = rows["id"].to_numpy()
    ids_of = {int(k): id_values[v].tolist() for k, v in rows.groupby("reading").indices.items()}  # type: ignore[call-overload]
    firsts = rows.drop_duplicates("reading")
    claim = firsts.groupby(CLAIM_KEY, sort=True, dropna=False).ngroup()
    firsts = firsts.assign(claim=claim.to_numpy())
    counts = firsts["claim"].value_counts()
    firsts = firsts[firsts["claim"].isin(counts[counts > 1].index)]
    by_claim: dict[int, list[dict[str, Any]]] = {}
    # Plain records of what the kinds print and compare (dates stay out: slow to box, unused).
    wanted = [c for c in firsts.columns if c not in ("period_start", "period_end")]
    for record in firsts[wanted].to_dict(orient="records"):
        by_claim.setdefault(int(record["claim"]), []).append({str(k): v for k, v in record.items()})
    for claim_id in sorted(by_claim):
        members = by_claim[claim_id]
        if len(members) > MAX_PAIRWISE:
            ordered = sorted(members, key=lambda r: r["cmp_value"])
            pairs = [(ordered[0], ordered[-1])]
        else:
            pairs = [(members[i], members[j]) for i in range(len(members)) for j in range(i + 1, len(members))]
        for a, b in pairs:
            yield a, b, ids_of[a["reading"]], ids_of[b["reading"]]


def sides_known(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Both figures' declaring side is stated (by attribution or in the sentence) and differs."""
    known = ("attribution", "sentence", "table")
    return a["reporter_source"] in known and b["reporter_source"] in known and a["reporter"] != b["reporter"]
