"""Pairs of distinct readings within each claim, for the comparison kinds.

Built once per table as arrays (one self-merge), so the kinds can test every
pair with numpy and turn only the pairs they report into Python records.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from checker.kinds.claims import comparable, group_at, per_table, period_shape, records, two_sides

MAX_PAIRWISE = 40  # distinct readings per claim compared all against all
READING = ["cmp_value", "cmp_low", "cmp_high", "reporter", "reporter_source"]


@dataclass(frozen=True)
class Pairs:
    readings: pd.DataFrame  # one row per distinct reading of a claim with two or more readings
    a: np.ndarray  # positions in ``readings``: the earlier reading of each pair
    b: np.ndarray  # ... and the later one
    figure_ids: np.ndarray  # ids of the figures behind the readings, grouped by reading ...
    reading_starts: np.ndarray  # ... reading r's figures at figure_ids[reading_starts[r]:reading_starts[r + 1]]

    def ids_of(self, reading: int) -> list[str]:
        """The figures stating one reading, in table order."""
        ids: list[str] = self.figure_ids[self.reading_starts[reading] : self.reading_starts[reading + 1]].tolist()
        return ids

    def records(self, pair_indices: np.ndarray) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        """(earlier, later) reading records of the chosen pairs, built in one go."""
        if not len(pair_indices):
            return []
        wanted = np.unique(np.concatenate([self.a[pair_indices], self.b[pair_indices]]))
        rows = records(self.readings.iloc[wanted])
        by_position = dict(zip(wanted.tolist(), rows, strict=True))  # column names are strings already
        a, b = self.a.tolist(), self.b.tolist()
        return [(by_position[a[i]], by_position[b[i]]) for i in pair_indices.tolist()]

    def column(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        values = self.readings[name].to_numpy()
        return values[self.a], values[self.b]

    def opposite_sides(self) -> np.ndarray:
        """The two sides of the pair (a mirror pair of two offices): see ``two_sides``."""
        return two_sides(*self.column("reporter"))


@per_table
def reading_pairs(table: pd.DataFrame) -> Pairs:
    """Figures stating the same reading from the same side collapse into one,
    so repeated statements cost nothing; "earlier" is document order (the
    table is in reading order)."""
    rows = comparable(table)
    none = np.zeros(0, dtype="int64")
    empty = Pairs(rows.iloc[0:0], none, none, np.zeros(0, dtype=object), np.zeros(1, dtype="int64"))
    if rows.empty:
        return empty
    # Strings by the table's shared codes; readings (possibly corrected) from the rows.
    keys = [rows[c].to_numpy() if c.startswith("cmp_") else c for c in READING]
    reading = group_at(table, rows["pos"].to_numpy(), [rows["claim"].to_numpy(), *keys])
    rows = rows.assign(reading=reading)
    # Figures grouped by reading with one stable sort (lists are made only for the readings a kind reports).
    by_reading = np.argsort(reading, kind="stable")
    figures = (rows["id"].to_numpy()[by_reading], np.searchsorted(reading[by_reading], np.arange(int(reading.max(initial=-1)) + 2)))
    firsts = rows.drop_duplicates("reading")
    # Messages name a period by its label; the year before is found by year and
    # shape. The dates stay behind (boxing them costs more than the rest of a record).
    start_year, shape = period_shape(firsts["period_start"], firsts["period_end"])
    firsts = firsts.drop(columns=["period_start", "period_end"]).assign(start_year=start_year, period_shape=shape)
    claim = firsts["claim"].to_numpy()
    firsts = firsts[np.bincount(claim)[claim] > 1].reset_index(drop=True)
    if firsts.empty:
        return Pairs(firsts, empty.a, empty.b, *figures)
    position = pd.DataFrame({"claim": firsts["claim"].to_numpy(), "pos": np.arange(len(firsts))})
    claim = firsts["claim"].to_numpy()
    size = np.bincount(claim)[claim]
    small = position[size <= MAX_PAIRWISE]
    merged = small.merge(small, on="claim", suffixes=("_a", "_b"))
    merged = merged[merged["pos_a"] < merged["pos_b"]]
    # A claim stated in very many different ways: its extremes only.
    large = firsts[size > MAX_PAIRWISE]
    if not large.empty:
        ordered = large.assign(pos=np.flatnonzero(size > MAX_PAIRWISE)).sort_values(["claim", "cmp_value"], kind="stable")
        ends = ordered.groupby("claim")["pos"].agg(["first", "last"]).reset_index()
        merged = pd.concat([merged, ends.rename(columns={"first": "pos_a", "last": "pos_b"})], ignore_index=True)
    merged = merged.sort_values(["claim", "pos_a", "pos_b"], kind="stable")
    return Pairs(firsts, merged["pos_a"].to_numpy(dtype="int64"), merged["pos_b"].to_numpy(dtype="int64"), *figures)
