"""Kind ``number_format``: numbers printed in a form that misleads.

Two uses in the packs: a thousands-grouped number before a scale word that is
really a decimal comma ("$1,340 billion" from "1,340 млрд"), and a decimal
comma in a language that reads commas as grouping ("1,25 billion" in English).
When the rule's ``correct`` param is set, the other reading replaces the
printed one for the rules that compare figures afterwards.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from checker import formatting as fmt
from checker.kinds import Hit, Kind
from checker.kinds.claims import column_isin, comparable, records, where


def _nearest_others(candidates: pd.DataFrame, claims: pd.DataFrame) -> dict[str, dict[str, Any]]:
    """For each candidate in a claim group: the other figure of that claim
    closest to the candidate's alternative reading (one merge, no loop)."""
    # Rows are matched by their position in the table's index (integers), not
    # by id strings: the claims table has a row per comparable figure (a
    # million in a large run) and is never copied here.
    claim_of = claims["claim"]
    wanted = candidates[candidates.index.isin(claims.index) & candidates["alt_value"].notna()]
    if wanted.empty:
        return {}
    docs = pd.Series(pd.factorize(claims["doc"])[0], index=claims.index)
    left = pd.DataFrame(
        {"row": wanted.index.to_numpy(), "group": claim_of.loc[wanted.index].to_numpy(), "doc": docs.loc[wanted.index].to_numpy(),
         "key": np.log(np.abs(wanted["alt_value"].to_numpy()))}
    ).sort_values("key", kind="stable")  # fmt: skip
    right = pd.DataFrame(
        {"other": claims.index.to_numpy(), "group": claim_of.to_numpy(), "doc": docs.to_numpy(), "key": np.log(np.abs(claims["cmp_value"].to_numpy()))}
    )
    right = right[np.isfinite(right["key"])].sort_values("key", kind="stable")
    right["other_key"] = right["key"]
    matched = pd.merge_asof(left, right.drop(columns="doc"), on="key", by="group", direction="nearest")
    # Of figures as near, the candidate's own document's ("... in this document"), not whichever sorted last.
    own = pd.merge_asof(left, right, on="key", by=["group", "doc"], direction="nearest")
    as_near = own["other"].notna() & (own["other"] != own["row"]) & ((own["other_key"] - own["key"]).abs() <= (matched["other_key"] - matched["key"]).abs())
    matched["other"] = matched["other"].where(~as_near, own["other"])
    matched = matched[matched["other"].notna()]
    matched = matched[matched["other"].astype("int64") != matched["row"]]
    others = matched["other"].astype("int64").to_numpy()
    unique = np.unique(others)
    by_row = dict(zip(unique.tolist(), records(claims.loc[unique]), strict=True))
    ids = candidates["id"]
    return {str(ids.at[i]): by_row[int(o)] for i, o in zip(matched["row"], others, strict=True)}


def number_format(table: pd.DataFrame, params: dict[str, Any], covered: set[frozenset[str]]) -> list[Hit]:
    formats = params["formats"]
    mask = column_isin(table, "kind", ["money"]) & column_isin(table, "number_format", formats)
    if params.get("literal_is_grouping"):
        # The printed reading is the grouped one: 1,340 read as 1340, not 1.340.
        value, alt_value = table["value"].to_numpy(dtype="float64"), table["alt_value"].to_numpy(dtype="float64")
        with np.errstate(invalid="ignore"):
            mask &= ~np.isnan(alt_value) & (np.abs(value) > np.abs(alt_value))
    if params.get("languages"):
        mask &= column_isin(table, "language", params["languages"])
    candidates = table.loc[mask]
    if candidates.empty:
        return []
    always = set(params.get("scales_always", []))
    with_evidence = set(params.get("scales_with_evidence", []))
    by_scale = "scales_always" in params or "scales_with_evidence" in params
    others = _nearest_others(candidates, comparable(table))
    hits: list[Hit] = []
    needed = ["id", "doc", "line", "surface", "number_text", "number_format", "value", "alt_value", "alt_low", "alt_high",
              "currency", "scale", "language", "metric", "flow", "reporter", "partner", "period_label"]  # fmt: skip
    for row in records(candidates[needed].assign(pos=np.flatnonzero(mask))):
        other = others.get(str(row["id"]))
        supports_alt = other is not None and abs(np.log(abs(other["cmp_value"] / row["alt_value"]))) < abs(np.log(abs(other["cmp_value"] / row["value"])))
        if by_scale and not ((row["scale"] or "") in always or ((row["scale"] or "") in with_evidence and supports_alt)):
            continue
        hits.append(_hit(row, other, params))
    return hits


@lru_cache(maxsize=4096)
def _suggestion(surface: str, number_text: str, language: str, use_alt: bool) -> str:
    """The surface with its number in English style, once per distinct printing (an archive repeats them)."""
    from checker.extraction.numbers import read_number
    from checker.lexicon import load_lexicon

    reading = read_number(number_text, load_lexicon(language).decimal_separator)
    number, decimals = (reading.alt_value, reading.alt_decimals) if use_alt else (reading.value, reading.decimals)
    return fmt.replace_number(surface, number_text, float(number or 0.0), decimals)


def _hit(row: dict[str, Any], other: dict[str, Any] | None, params: dict[str, Any]) -> Hit:
    value, currency = float(row["value"]), row["currency"]
    use_alt = bool(params.get("correct")) and row["alt_value"] == row["alt_value"]
    shown = float(row["alt_value"]) if use_alt else value
    suggestion = _suggestion(str(row["surface"]), str(row["number_text"]), str(row["language"]), use_alt)
    comparison = ""
    evidence: dict[str, Any] = {
        "printed": row["surface"],
        "number_format": row["number_format"],
        "read_as_written": value,
        "likely_reading": shown,
    }
    if other is not None:
        times = abs(value / float(other["cmp_value"]))
        comparison = (
            f": {fmt.ratio(times)} the other {row['period_label']} {fmt.metric_label(row['metric'])} figure "
            f"{'in this document' if other['doc'] == row['doc'] else 'in ' + str(other['doc'])} "
            f"({other['surface']}, {where(other, row)})"
        )
        evidence.update(
            {"compared_with": other["id"], "other_value": float(other["cmp_value"]), "ratio": round(times, 3),
             "arithmetic": f"{value:,.0f} / {float(other['cmp_value']):,.0f} = {times:,.1f}"}
        )  # fmt: skip
    values = {
        "surface": row["surface"],
        "number": row["number_text"],
        "literal": f"{fmt.full_number(value, currency)} ({fmt.money(value, None)})",
        "comparison": comparison,
        "likely": fmt.money(shown, currency, digits=4),
        "suggestion": suggestion,
        "claim": fmt.claim_label(row),
    }
    correction = None
    if use_alt:
        correction = (float(row["alt_value"]), float(row["alt_low"]), float(row["alt_high"]))
    return Hit((row["id"],), values, evidence, correction, (row["pos"],))


KIND = Kind("number_format", number_format, phase=0, doc=__doc__ or "")
