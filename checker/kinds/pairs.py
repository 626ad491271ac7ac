"""Pairs of distinct readings within each claim, for the comparison kinds."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd

from checker.kinds.claims import claim_groups

MAX_PAIRWISE = 40  # distinct readings per claim compared all against all


def reading_pairs(table: pd.DataFrame) -> Iterator[tuple[pd.Series, pd.Series, list[str], list[str]]]:
    """(first, second, ids stating the first reading, ids stating the second),
    first and second in document order. Figures stating the same reading from
    the same side collapse into one, so repeated statements cost nothing."""
    for group in claim_groups(table):
        keys = ["cmp_value", "cmp_low", "cmp_high", "reporter", "reporter_source"]
        distinct = group.groupby(keys, sort=False, dropna=False)
        firsts = distinct.head(1).sort_values(["doc", "start"])
        if len(firsts) < 2:
            continue
        ids_of = {tuple(k): list(v) for k, v in distinct["id"].agg(list).items()}
        rows = [r for _, r in firsts.iterrows()]
        if len(rows) > MAX_PAIRWISE:
            ordered = sorted(rows, key=lambda r: r["cmp_value"])
            pairs = [(ordered[0], ordered[-1])]
        else:
            pairs = [(rows[i], rows[j]) for i in range(len(rows)) for j in range(i + 1, len(rows))]
        for a, b in pairs:
            yield a, b, ids_of[tuple(a[k] for k in keys)], ids_of[tuple(b[k] for k in keys)]


def sides_known(a: pd.Series, b: pd.Series) -> bool:
    """Both figures' declaring side is stated (by attribution or in the sentence) and differs."""
    known = ("attribution", "sentence")
    return a["reporter_source"] in known and b["reporter_source"] in known and a["reporter"] != b["reporter"]
