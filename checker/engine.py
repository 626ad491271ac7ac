"""Run rules over the figures table -> findings, sorted deterministically.

Rules run by their kind's phase: readings first (a malformed number may get a
corrected reading), then scale slips, then comparisons. Later rules compare
figures by the ``cmp_*`` columns, and skip figure groups an earlier rule
already explained, so one problem is reported once.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import numpy as np
import pandas as pd

from checker import formatting as fmt
from checker.extraction.amounts import TIMES
from checker.findings import Finding, Location
from checker.kinds import KINDS, Hit
from checker.kinds.claims import carry_over
from checker.rulebook import Rule, render

# Columns no kind reads: left out of the working copy (the sentence text is
# most of a table's memory).
UNREAD = ["sentence", "alt_decimals", "decimals"]


def _with_comparison_columns(table: pd.DataFrame) -> pd.DataFrame:
    table = table.drop(columns=UNREAD, errors="ignore")
    table["cmp_value"] = table["value"]
    table["cmp_low"] = table["value_low"]
    table["cmp_high"] = table["value_high"]
    table["cmp_surface"] = _with_units(table)
    return table


def _with_units(table: pd.DataFrame) -> pd.Series:
    """Surfaces as findings quote them: a table cell printed as a bare number gets the unit its
    header or caption gave ("514.1 (EUR billion)"), as the text report shows it; prose as printed.
    One comparison over the table: only cells whose whole surface is their number are rewritten."""
    surfaces = table["surface"].to_numpy()
    bare = np.flatnonzero(surfaces == table["number_text"].to_numpy())
    if not len(bare):
        return table["surface"]
    quoted = surfaces.copy()
    currency, scale, kind = table["currency"].to_numpy()[bare], table["scale"].to_numpy()[bare], table["kind"].to_numpy()[bare]
    for i, unit, size, what in zip(bare.tolist(), currency.tolist(), scale.tolist(), kind.tolist(), strict=True):
        if size == TIMES:
            continue  # "doubled": a multiplier in words, its own unit
        if read_in := fmt.unit_read_in(what, unit, size):
            quoted[i] = f"{quoted[i]} {read_in}"
    return pd.Series(quoted, index=table.index, dtype=table["surface"].dtype)


def _locations(table: pd.DataFrame, ids: set[str], known: dict[str, int]) -> dict[str, Location]:
    """Locations of the figures that findings name (not of every figure);
    ``known`` holds the row positions kinds reported, the rest are searched."""
    if not ids:
        return {}
    wanted = ["doc", "line", "col", "start", "end", "surface", "id", "page", "sheet", "row", "column"]
    named = table[wanted].take(_positions(table, ids, known))
    rows = named.drop_duplicates("id").set_index("id", drop=False).loc[sorted(ids)]
    # Column by column (not a pandas call per cell): a large run names tens of thousands of figures.
    columns = [
        rows["doc"].astype(str).tolist(), rows["line"].astype("int64").tolist(), rows["col"].astype("int64").tolist(),
        rows["start"].astype("int64").tolist(), rows["end"].astype("int64").tolist(),
        [" ".join(s.split()) for s in rows["surface"].astype(str).tolist()],  # a span wrapped over two lines reads on one
        rows["id"].astype(str).tolist(), _optional_ints(rows["page"]), _optional_strings(rows["sheet"]),
        _optional_ints(rows["row"]), _optional_strings(rows["column"]),
    ]  # fmt: skip
    return {fields[6]: Location(*fields) for fields in zip(*columns, strict=True)}


def _positions(table: pd.DataFrame, ids: Iterable[str], known: dict[str, int]) -> np.ndarray:
    """Row positions of figures, sorted: those kinds reported, the rest searched
    (an ``isin`` over a million ids costs ~0.1 s, so only when some are unknown)."""
    ids = set(ids)
    unknown = ids.difference(known)
    found = np.flatnonzero(table["id"].isin(unknown).to_numpy()) if unknown else np.zeros(0, dtype="int64")
    return np.sort(np.concatenate([np.fromiter((known[i] for i in ids if i in known), dtype="int64"), found]))


def _optional_ints(column: pd.Series) -> list[int | None]:
    present = column.notna().to_numpy()
    values = column.to_numpy(dtype="float64", na_value=np.nan)
    return [int(v) if ok else None for v, ok in zip(values.tolist(), present.tolist(), strict=True)]


def _optional_strings(column: pd.Series) -> list[str | None]:
    return [None if v is None else str(v) for v in column.tolist()]


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector off while rules run. Its full passes walk
    every object array (a million-row table holds dozens), and the findings'
    dicts and lists trigger them again and again: measured on the 1M-figure
    bench, 1-2.5 s of a ~6 s run. The rules make no reference cycles worth
    collecting meanwhile; the collector resumes as it was afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _corrected(work: pd.DataFrame, corrections: dict[str, tuple[float, float, float, str]], known: dict[str, int]) -> pd.DataFrame:
    """A new table object (kinds' per-table caches start afresh) sharing the
    data with ``work``: copy-on-write copies only the cmp_* columns written."""
    previous, work = work, work.copy(deep=False)
    positions = _positions(work, corrections, known)
    fixed = [corrections[i] for i in work["id"].to_numpy()[positions]]
    for column, values in zip(["cmp_value", "cmp_low", "cmp_high", "cmp_surface"], zip(*fixed, strict=True), strict=True):
        column_values = work[column]
        updated = column_values.to_numpy(copy=True)
        updated[positions] = values
        # The column's own dtype: left to itself pandas would infer (and convert to) Arrow strings.
        work[column] = pd.Series(updated, index=work.index, dtype=column_values.dtype, copy=False)
    carry_over(previous, work, work.index[positions])
    return work


def run_rules(table: pd.DataFrame, rules: list[Rule]) -> list[Finding]:
    with _no_cycle_collection():
        return _run_rules(table, rules)


def _run_rules(table: pd.DataFrame, rules: list[Rule]) -> list[Finding]:
    work = _with_comparison_columns(table)
    covered: set[frozenset[str]] = set()
    fired: list[tuple[Rule, Hit]] = []
    known: dict[str, int] = {}  # figure id -> row position, as kinds report them
    for rule in sorted(rules, key=lambda r: (KINDS[r.kind].phase, r.code)):
        hits = KINDS[rule.kind].function(work, rule.params, covered)
        corrections = {}
        for hit in hits:
            fired.append((rule, hit))
            covered.add(frozenset(hit.figures))
            if hit.positions:
                known.update(zip(hit.figures, hit.positions, strict=True))
            if hit.correction is not None:
                corrections[hit.figures[0]] = (*hit.correction, str(hit.values.get("suggestion", "")))
        if corrections:
            work = _corrected(work, corrections, known)
    locations = _locations(work, {f for _, hit in fired for f in hit.figures}, known)
    findings = [
        Finding(
            code=rule.code,
            name=rule.name,
            category=rule.category,
            severity=rule.severity,
            message=render(rule.message, hit.values),
            figures=hit.figures,
            suggestion=render(rule.suggestion, hit.values) if rule.suggestion else "",
            evidence=hit.evidence,
            claim=str(hit.values.get("claim", "")),
            locations=tuple(locations[f] for f in hit.figures),
        )
        for rule, hit in fired
    ]
    return sorted(findings, key=Finding.sort_key)
