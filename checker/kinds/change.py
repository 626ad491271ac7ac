"""Kinds ``growth_rate``, ``direction``, ``difference_rate``, ``year_on_year``
and ``difference_amount``: a stated change against the values it links.

"rose 18% to $620 million from $525.8 million" links a percentage, a new
value and a comparison base (the figure after "from"). ``growth_rate`` checks
the percentage against new / old - 1; ``direction`` checks the direction word
("rose", "fell") against the sign of new - old. ``difference_rate`` checks a
rate stated beside how much the value changed ("$33.8 billion, an increase
of $4.2 billion, or 14.2%") against change / (value - change);
``difference_amount`` checks a change stated in money against new - old ("down
$6.5 billion from $59.3 billion").
``year_on_year`` checks a rate stated beside a year's (or January-to-date)
value against the same claim's value for the year before, given elsewhere in
the document ("turnover was $27.6 billion in 2024, 2.4% less than a year
earlier ... In 2023 it was $28.3 billion"). All use the figures' intervals, so
rounding in any of the printed numbers is allowed for.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from checker import formatting as fmt
from checker.extraction.amounts import TIMES
from checker.kinds import Hit, Kind
from checker.kinds.claims import column_codes, column_isin, column_notna, group_at, per_table, place, quoted, records, rows_of_sentences, stated_outcomes, take


def _as_outcome(status: pd.Series) -> pd.Series:
    """Values stated as the outcome: no status, or a preliminary one ("according to preliminary data, ... amounted to")."""
    return status.isna() | (status == "preliminary")


def _record(row: pd.Series) -> dict[str, Any]:
    return {str(k): v for k, v in row.items()}


@per_table
def _links(table: pd.DataFrame) -> list[tuple[dict[str, Any], dict[str, Any], dict[str, Any] | None]]:
    """(new value, comparison base, percentage or None) per sentence that has
    exactly one of each, the new value and base in one currency."""
    in_sentence = table["sentence_start"].notna()
    directed = table["change"].notna()
    # Only sentences holding a comparison base ("from $525.8 million") link two values; a base with no
    # direction word of its own ("compared with €9.1 billion ..., an increase of 12.1%") only beside a directed rate.
    rates = table.loc[in_sentence & directed & (table["kind"] == "percent"), ["doc", "sentence_start"]].drop_duplicates()
    previous = in_sentence & (table["status"] == "previous")
    bases = pd.concat([table.loc[previous & directed, ["doc", "sentence_start"]], table.loc[previous, ["doc", "sentence_start"]].merge(rates)])
    bases = bases.drop_duplicates()
    if bases.empty:
        return []
    # "were $5.2 billion in 2024, up 12% on 2023, when they stood at $4.1 billion": the new value
    # may come before the direction word, so a sentence's undirected values take part too.
    rows = rows_of_sentences(table, bases, directed | previous | ((table["kind"] == "money") & _as_outcome(table["status"])))
    # "reached $3.0 billion in 2024, up from $2.6 billion in 2023 and $2.3 billion in 2022":
    # with two values that are not bases, which one the word describes is a guess: no link.
    claims = table.loc[in_sentence & (table["kind"] == "money") & _as_outcome(table["status"]), ["doc", "sentence_start"]].merge(bases)
    crowded = set(claims.groupby(["doc", "sentence_start"]).size().loc[lambda n: n > 1].index)
    links = []
    for key, group in rows.groupby(["doc", "sentence_start"], sort=True):
        if key in crowded:
            links.extend(_adjacent_links(group))
            continue
        money = group[group["kind"] == "money"]
        old = money[money["status"] == "previous"]
        new = money[_as_outcome(money["status"])]
        pct = group[(group["kind"] == "percent") & (group["scale"].isna() | (group["scale"] == TIMES))]
        if len(old) != 1 or len(new) != 1 or len(pct) > 1:
            continue
        o, n = _record(old.iloc[0]), _record(new.iloc[0])
        p = _record(pct.iloc[0]) if len(pct) else None
        if p is not None and not _same_claim(p, n):
            p = None  # "the deficit widened to $41.68 billion from $32.15 billion, as gold imports nearly tripled": another claim's rate
        if _linkable(n, o, p):
            links.append((n, o, _own_rate(p, n, o)))
    return links


def _maybe_a_year_apart(new: dict[str, Any], old: dict[str, Any]) -> bool:
    """Whether ``old``'s period may be ``new``'s a year before (by months: February ends on the 28th or 29th):
    not when both are known and differ otherwise. A base that took its value's own period had none of its own."""
    periods = [new["period_start"], new["period_end"], old["period_start"], old["period_end"]]
    if any(pd.isna(p) for p in periods) or periods[:2] == periods[2:]:
        return True
    n_start, n_end, o_start, o_end = (pd.Timestamp(p) for p in periods)
    return (n_start.year - 1, n_start.month, n_end.year - 1, n_end.month) == (o_start.year, o_start.month, o_end.year, o_end.month)


def _own_rate(pct: dict[str, Any] | None, new: dict[str, Any], old: dict[str, Any]) -> dict[str, Any] | None:
    """The rate of the change from ``old`` to ``new``, or None when its own words give it another base: "$19.4
    billion, down 11.6% from a year earlier and down from $20.3 billion in September" (the rate is on October 2024)."""
    if pct is not None and pct.get("role") == "year_on_year" and not _maybe_a_year_apart(new, old):
        return None
    return pct


def _linkable(new: dict[str, Any], old: dict[str, Any], pct: dict[str, Any] | None) -> bool:
    """One currency, the "new" value not older than its base, and, when no direction word
    stands before the new value, the base's metric and flow ("exports were $5.2 billion,
    while imports fell 3% from $2.1 billion" links nothing to the exports). A base with no
    direction word of its own links only through a directed rate of its claim ("compared
    with €9.1 billion in January-March 2024, an increase of 12.1%")."""
    older = pd.notna(new["period_end"]) and pd.notna(old["period_start"]) and new["period_end"] < old["period_start"]
    undirected = pd.isna(new["change"])
    same_claim = new["metric"] == old["metric"] and new["flow"] == old["flow"]
    if pd.isna(old["change"]) and (pct is None or pd.isna(pct["change"]) or (pct["metric"], pct["flow"]) != (old["metric"], old["flow"])):
        return False
    return bool(new["currency"] == old["currency"] and not older and (same_claim or not undirected))


def _adjacent_links(group: pd.DataFrame) -> list[tuple[dict[str, Any], dict[str, Any], dict[str, Any] | None]]:
    """In a sentence with several values, only a value directly followed by its base, at most a
    percentage between them: "Exports fell to $610 million, down 4% from $640 million, while
    imports grew to $1.34 billion" links 610, 4% and 640, and nothing to 1.34."""
    figures = records(group.sort_values("start"))
    links = []
    for j, base in enumerate(figures):
        if base["kind"] != "money" or base["status"] != "previous":
            continue
        k, pct = j - 1, None
        if k >= 0 and figures[k]["kind"] == "percent" and (pd.isna(figures[k]["scale"]) or figures[k]["scale"] == TIMES):
            pct, k = figures[k], k - 1
        new = figures[k] if k >= 0 else None
        before = figures[k - 1] if pct is None and k >= 1 else None
        if before is not None and before["kind"] == "percent" and pd.isna(before["scale"]) and new is not None and _rate_of(before, new):
            pct = before  # "fell 5.5% to $10.84 billion, compared with $11.47 billion, while imports ...": the rate before its value
        if new is not None and new["kind"] == "money" and (pd.isna(new["status"]) or new["status"] == "preliminary") and _linkable(new, base, pct):
            links.append((new, base, _own_rate(pct, new, base)))
    return links


def _same_claim(pct: dict[str, Any], value: dict[str, Any]) -> bool:
    """Whether a rate may be a value's: the same metric and flow where both are known."""
    return all(pct[c] == value[c] for c in ("metric", "flow") if pd.notna(pct[c]) and pd.notna(value[c]))


def _rate_of(pct: dict[str, Any], value: dict[str, Any]) -> bool:
    """Whether a directed rate right before a value is that value's change: same claim, same direction."""
    same = all(pct[c] == value[c] for c in ("metric", "flow", "reporter", "partner") if pd.notna(pct[c]) or pd.notna(value[c]))
    return same and pd.notna(pct["change"]) and (pd.isna(value["change"]) or value["change"] == pct["change"])


def _ratio_range(low: float, high: float) -> str:
    """ "x1.93 to x1.98", with a digit more while the ends would print alike (at most four)."""
    digits = 2
    while digits < 4 and f"{low:.{digits}f}" == f"{high:.{digits}f}":
        digits += 1
    return f"x{low:.{digits}f} to x{high:.{digits}f}"


def _multiplier_mismatch(
    pct: dict[str, Any], new: dict[str, Any], old: dict[str, Any], claim: dict[str, Any], word_band: float
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """A stated multiplier ("grew 1.5 times", "снизился в 2 раза": new = old / 2) against new / old, each
    value anywhere within its printed precision: None when they meet, else the message values and evidence.
    A multiplier in words ("doubled", "halved") has no printed precision: it allows ``word_band`` (relative)."""
    low, high = float(pct["value_low"]), float(pct["value_high"])
    if pct["number_format"] == "words":
        low = pct["value"] * (1 - word_band)
        high = pct["value"] * (1 + word_band) if np.isfinite(pct["value_high"]) else np.inf  # "more than doubled": no upper bound
    stated_low, stated_high = (1 / high, 1 / low) if pct["change"] == "down" and low > 0 else (low, high)
    implied_low, implied_high = new["cmp_low"] / old["cmp_high"], new["cmp_high"] / old["cmp_low"]
    if stated_high >= implied_low and stated_low <= implied_high:
        return None
    implied = new["cmp_value"] / old["cmp_value"]
    stated = f"x{pct['value']:g}" if pct["change"] != "down" else f"x1/{pct['value']:g}"
    if pct["number_format"] == "words":
        allowed = _ratio_range(stated_low, stated_high) if np.isfinite(stated_high) else f"at least x{stated_low:.2f}"
        stated += f" ({allowed} for a word)"
    arithmetic = (
        f"{fmt.money(new['cmp_value'], new['currency'], digits=4)} / {fmt.money(old['cmp_value'], old['currency'], digits=4)} = x{implied:.2f}, stated {stated}"
    )
    values = {
        "pct_text": quoted(pct), "new_text": quoted(new), "old_text": quoted(old),
        "implied": f"x{implied:.2f} ({(implied - 1) * 100:+.1f}%)", "stated": stated,
        "range": _ratio_range(implied_low, implied_high), "claim": fmt.claim_label(claim), "arithmetic": arithmetic,
    }  # fmt: skip
    evidence = {
        "stated": pct["value"], "stated_interval": [stated_low, stated_high],
        "implied": implied, "implied_interval": [implied_low, implied_high], "arithmetic": arithmetic,
    }  # fmt: skip
    return values, evidence


def _rate_mismatch(
    pct: dict[str, Any], new: dict[str, Any], old: dict[str, Any], claim: dict[str, Any], word_band: float = 0.0
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """A stated rate against new / old - 1, each value anywhere within its printed precision:
    None when they meet, else the finding's message values and evidence."""
    if pct.get("scale") == TIMES:
        return _multiplier_mismatch(pct, new, old, claim, word_band)
    sign = -1.0 if pct["change"] == "down" else 1.0
    stated_low, stated_high = sorted((sign * pct["value_low"] / 100, sign * pct["value_high"] / 100))
    implied_low, implied_high = new["cmp_low"] / old["cmp_high"] - 1, new["cmp_high"] / old["cmp_low"] - 1
    if stated_high >= implied_low and stated_low <= implied_high:
        return None
    implied = new["cmp_value"] / old["cmp_value"] - 1
    arithmetic = (
        f"{fmt.money(new['cmp_value'], new['currency'], digits=4)} / {fmt.money(old['cmp_value'], old['currency'], digits=4)}"
        f" - 1 = {implied * 100:+.1f}%, stated {sign * pct['value']:+g}%"
    )
    values = {
        "pct_text": quoted(pct), "new_text": quoted(new), "old_text": quoted(old),
        "implied": f"{implied * 100:+.1f}%", "stated": f"{sign * pct['value']:+g}%",
        "range": fmt.percent_range(implied_low * 100, implied_high * 100, signed=True), "claim": fmt.claim_label(claim), "arithmetic": arithmetic,
    }  # fmt: skip
    evidence = {
        "stated": sign * pct["value"] / 100, "stated_interval": [stated_low, stated_high],
        "implied": implied, "implied_interval": [implied_low, implied_high], "arithmetic": arithmetic,
    }  # fmt: skip
    return values, evidence


def _deficits(metric: str, *records: dict[str, Any]) -> bool:
    """Whether the figures are deficits: a balance below zero (their words speak of their size)."""
    return metric == "trade_balance" and all(r["cmp_high"] < 0 for r in records)


def _in_size(record: dict[str, Any]) -> dict[str, Any]:
    """A deficit (a negative balance) as its size: its words ("widened by 11.5%") speak of that."""
    return {**record, "cmp_value": -record["cmp_value"], "cmp_low": -record["cmp_high"], "cmp_high": -record["cmp_low"]}


def growth_rate(table: pd.DataFrame, params: dict[str, Any], covered: set[frozenset[str]]) -> list[Hit]:
    hits = []
    for new, old, pct in _links(table):
        if pct is None:
            continue
        if _deficits(new["metric"], new, old):
            new, old = _in_size(new), _in_size(old)  # two deficits: the rate of their sizes
        if old["cmp_low"] <= 0:
            continue  # from zero or from a surplus to a deficit: no rate
        found = _rate_mismatch(pct, new, old, new, float(params.get("multiplier_word_band", 0.1)))
        if found is not None:
            hits.append(Hit((pct["id"], new["id"], old["id"]), *found))
    return hits


def direction(table: pd.DataFrame, params: dict[str, Any], covered: set[frozenset[str]]) -> list[Hit]:
    hits = []
    for new, old, _pct in _links(table):
        # "$19.4 billion, down 11.6% from a year earlier and up from $20.3 billion": the base's own word, when the value has none.
        way = new["change"] if pd.notna(new["change"]) else old["change"]
        # "The deficit grew to $3.1 billion from $2.4 billion": a deficit's direction words speak of its size.
        size = -1.0 if _deficits(new["metric"], new, old) else 1.0
        new_low, new_high = sorted((size * new["cmp_low"], size * new["cmp_high"]))
        old_low, old_high = sorted((size * old["cmp_low"], size * old["cmp_high"]))
        if (way == "up" and new_high < old_low) or (way == "down" and new_low > old_high):
            word = "rose" if way == "up" else "fell"
            new_value, old_value = size * new["cmp_value"], size * old["cmp_value"]
            arithmetic = "deficit " if size < 0 else ""
            arithmetic += f"{fmt.money(new_value, new['currency'], digits=4)} - {fmt.money(old_value, old['currency'], digits=4)} = "
            arithmetic += fmt.money(new_value - old_value, new["currency"], digits=4)
            values = {
                "new_text": quoted(new), "old_text": quoted(old), "word": word,
                "actual": "fell" if way == "up" else "rose", "claim": fmt.claim_label(new), "arithmetic": arithmetic,
            }  # fmt: skip
            hits.append(Hit((new["id"], old["id"]), values, {"direction": way, "arithmetic": arithmetic}))
    return hits


@per_table
def _difference_links(table: pd.DataFrame) -> list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]]:
    """(value, how much it changed, the rate) per sentence holding one difference and one rate, or several
    differences each followed by its rate; the value is the sentence's one value of the change's metric and
    currency ("turnover amounted to $33.8 billion, an increase of $4.2 billion, or 14.2%"), else the one value
    the document states for the difference's claim ("Exports increased from September 2025 to October 2025 by
    R12.95 billion (7.0%) and imports increased by R4.90 billion (2.8%)" after the sentence giving both values)."""
    in_sentence = table["sentence_start"].notna()
    changes = in_sentence & (table["status"] == "difference")
    if not changes.any():
        return []
    keys = table.loc[changes, ["doc", "sentence_start"]].drop_duplicates()
    rows = rows_of_sentences(table, keys, in_sentence)
    links: list[tuple[dict[str, Any] | None, dict[str, Any], dict[str, Any]]] = []
    for _key, group in rows.sort_values("start", kind="stable").groupby(["doc", "sentence_start"], sort=True):
        change, pct = records(group[group["status"] == "difference"]), records(group[(group["kind"] == "percent") & group["scale"].isna()])
        starts = [f["start"] for pair in zip(change, pct, strict=False) for f in pair]
        if len(change) != len(pct) or not change or (len(change) > 1 and starts != sorted(starts)):
            continue
        money = records(group[(group["kind"] == "money") & _as_outcome(group["status"])])
        for d, p in zip(change, pct, strict=True):
            if pd.notna(p["change"]) and pd.notna(d["change"]) and p["change"] != d["change"]:
                # "на 7,5% больше, чем в сентябре 2024 года, и на 3,1 млн долларов меньше, чем в августе": two comparisons
                continue
            values = [f for f in money if f["metric"] == d["metric"] and f["currency"] == d["currency"]]
            if len(values) <= 1:
                links.append((values[0] if values else None, d, p))
    missing = {d["doc"] for value, d, _ in links if value is None}
    elsewhere = _stated_values(table, missing) if missing else {}
    found: list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]] = []
    for value, d, p in links:
        stated = [value] if value is not None else elsewhere.get(_claim_key(d), [])
        if len(stated) == 1:
            found.append((stated[0], d, p))
    return found


def _claim_key(f: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(None if pd.isna(f[c]) else f[c] for c in ("doc", "reporter", "partner", "metric", "scope", "currency", "period_start", "period_end"))


def _stated_values(table: pd.DataFrame, docs: set[str]) -> dict[tuple[Any, ...], list[dict[str, Any]]]:
    """The money values stated as outcomes in ``docs``, by claim (only those documents' rows leave the table)."""
    mask = (table["doc"].isin(docs) & (table["kind"] == "money") & _as_outcome(table["status"])).to_numpy()
    found: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for f in records(table.take(np.flatnonzero(mask))):
        found.setdefault(_claim_key(f), []).append(f)
    return found


def difference_rate(table: pd.DataFrame, params: dict[str, Any], covered: set[frozenset[str]]) -> list[Hit]:
    hits = []
    for new, diff, pct in _difference_links(table):
        if _deficits(new["metric"], new):
            new = _in_size(new)  # "the deficit narrowed by $0.2 billion, or 2.8%, to $6.9 billion": its size
        n_low, n_high, n = new["cmp_low"], new["cmp_high"], new["cmp_value"]
        d_low, d_high, d = abs(diff["cmp_low"]), abs(diff["cmp_high"]), abs(diff["cmp_value"])
        d_low, d_high = min(d_low, d_high), max(d_low, d_high)
        down = diff["change"] == "down"
        # The value before the change: new - d after an increase, new + d after a decrease.
        old, old_low, old_high = (n + d, n_low + d_low, n_high + d_high) if down else (n - d, n_low - d_high, n_high - d_low)
        if old_low <= 0:
            continue
        sign = -1.0 if down else 1.0
        implied = sign * d / old
        implied_low, implied_high = sorted((sign * d_low / old_high, sign * d_high / old_low))
        stated_low, stated_high = sorted((sign * pct["value_low"] / 100, sign * pct["value_high"] / 100))
        if stated_high >= implied_low and stated_low <= implied_high:
            continue
        unit = new["currency"]
        arithmetic = (
            f"{fmt.money(d, unit, digits=5)} / ({fmt.money(n, unit, digits=5)} {'+' if down else '-'} {fmt.money(d, unit, digits=5)})"
            f" = {implied * 100:+.1f}%, stated {sign * pct['value']:+g}%"
        )
        values = {
            "pct_text": quoted(pct), "new_text": quoted(new), "diff_text": quoted(diff),
            "old_text": fmt.money(old, unit, digits=5), "way": "a decrease" if down else "an increase",
            "implied": f"{implied * 100:+.1f}%", "stated": f"{sign * pct['value']:+g}%",
            "range": fmt.percent_range(implied_low * 100, implied_high * 100, signed=True), "claim": fmt.claim_label(new), "arithmetic": arithmetic,
        }  # fmt: skip
        evidence = {
            "stated": sign * pct["value"] / 100, "stated_interval": [stated_low, stated_high], "implied": implied,
            "implied_interval": [implied_low, implied_high], "value_before": old, "arithmetic": arithmetic,
        }  # fmt: skip
        hits.append(Hit((pct["id"], new["id"], diff["id"]), values, evidence))
    return hits


def _compared_change(new: dict[str, Any], old: dict[str, Any]) -> tuple[float, float, float, float]:
    """(new, old, lowest and highest change) as the change is spoken of, each value anywhere within its
    printed precision: a deficit's change is in its size ("narrowed by $0.3 billion"); a balance that
    turned from surplus to deficit changed by new - old."""
    sign_of = (lambda v: abs(v)) if (new["cmp_value"] < 0) == (old["cmp_value"] < 0) else (lambda v: v)
    new_low, new_high = sorted((sign_of(new["cmp_low"]), sign_of(new["cmp_high"])))
    old_low, old_high = sorted((sign_of(old["cmp_low"]), sign_of(old["cmp_high"])))
    return sign_of(new["cmp_value"]), sign_of(old["cmp_value"]), new_low - old_high, new_high - old_low


def difference_amount(table: pd.DataFrame, params: dict[str, Any], covered: set[frozenset[str]]) -> list[Hit]:
    """A stated change in money against the two values it links: "was $52.8 billion in
    September, down $6.5 billion from $59.3 billion in August"."""
    by_sentence: dict[tuple[str, float], list[dict[str, Any]]] = {}
    for diff in records(table[table["sentence_start"].notna() & (table["status"] == "difference")]):
        by_sentence.setdefault((diff["doc"], diff["sentence_start"]), []).append(diff)
    hits = []
    for new, old, _pct in _links(table) if by_sentence else ():
        same = [d for d in by_sentence.get((new["doc"], new["sentence_start"]), ()) if (d["metric"], d["currency"]) == (new["metric"], new["currency"])]
        if len(same) != 1:
            continue
        diff = same[0]
        new_value, old_value, change_low, change_high = _compared_change(new, old)
        stated_low, stated_high = sorted((abs(diff["cmp_low"]), abs(diff["cmp_high"])))
        # The size of the change only: its direction is TC501's.
        size_low = 0.0 if change_low <= 0 <= change_high else min(abs(change_low), abs(change_high))
        size_high = max(abs(change_low), abs(change_high))
        if stated_high >= size_low and stated_low <= size_high:
            continue
        unit, change = new["currency"], new_value - old_value
        arithmetic = (
            f"{fmt.money(new_value, unit, digits=5)} - {fmt.money(old_value, unit, digits=5)}"
            f" = {fmt.money(change, unit, digits=5)}, stated {fmt.money(abs(diff['cmp_value']), unit, digits=5)}"
        )
        values = {
            "new_text": quoted(new), "old_text": quoted(old), "diff_text": quoted(diff),
            "implied": fmt.money(abs(change), unit, digits=5), "claim": fmt.claim_label(new), "arithmetic": arithmetic,
            "range": f"{fmt.money(size_low, unit, digits=5)} to {fmt.money(size_high, unit, digits=5)}",
        }  # fmt: skip
        evidence = {
            "stated": abs(diff["cmp_value"]), "stated_interval": [stated_low, stated_high],
            "implied": abs(change), "implied_interval": [size_low, size_high], "arithmetic": arithmetic,
        }  # fmt: skip
        hits.append(Hit((diff["id"], new["id"], old["id"]), values, evidence))
    return hits


# The claim a rate, its value and the value a year before share, besides the document.
_SAME_CLAIM = ["metric", "scope", "flow", "reporter", "partner"]
_SHOWN = ["id", "cmp_value", "cmp_low", "cmp_high", "cmp_surface", "qualifier", "currency", "line", "page", "sheet", "row", "column"]


@per_table
def _document_runs(table: pd.DataFrame) -> np.ndarray:
    """A number per run of rows of one document: the pipeline writes each document's figures
    together, and comparing neighbours is ~5x cheaper than factorizing a million document
    names. A document whose rows were split apart would be two runs: fewer links, never a wrong one."""
    docs = table["doc"].to_numpy()
    starts = np.ones(len(docs), dtype=bool)
    starts[1:] = docs[1:] != docs[:-1]
    runs: np.ndarray = np.cumsum(starts)
    return runs


def _claim_ids(table: pd.DataFrame, positions: np.ndarray) -> np.ndarray:
    """An integer per (document run, claim) for the rows at ``positions``, only merged on."""
    return group_at(table, positions, [_document_runs(table)[positions], *_SAME_CLAIM], numbered=False)


def _year_on_year_links(table: pd.DataFrame) -> pd.DataFrame:
    """One row per rate with its value (the one money figure of its sentence for the same claim
    and period) and the claim's one reading a year before in the document. Periods that start
    in January and end in the same year only: a year or a year to date, which news compares
    with a year earlier (a month or quarter may be compared with the one before), unless the
    rate says so ("down 11.6% from a year earlier": role ``year_on_year``). Rows are
    matched as integer codes and positions, and only the linked ones are taken out of the
    table: merging a million rows on six string columns cost ~1 s."""
    rates = column_isin(table, "kind", ["percent"]) & column_notna(table, "change") & ~column_notna(table, "scale")
    rates &= ~column_notna(table, "status") & column_notna(table, "metric") & table["period_start"].notna().to_numpy()
    outcomes = stated_outcomes(table)
    bases = column_isin(table, "kind", ["money"]) & column_isin(table, "status", ["previous"])
    at_rates, at_values, at_bases = np.flatnonzero(rates), np.flatnonzero(outcomes), np.flatnonzero(bases)
    if not len(at_rates) or not len(at_values):
        return pd.DataFrame()
    every = np.concatenate([at_rates, at_values, at_bases])
    claim = _claim_ids(table, every)
    rate_claim, value_claim, base_claim = np.split(claim, [len(at_rates), len(at_rates) + len(at_values)])
    sentence = table["sentence_start"].to_numpy(dtype="float64")
    start, end = table["period_start"].to_numpy(dtype="datetime64[ns]"), table["period_end"].to_numpy(dtype="datetime64[ns]")
    pct = pd.DataFrame(
        {"claim": rate_claim, "sentence_start": sentence[at_rates], "period_start": start[at_rates], "period_end": end[at_rates], "rate": at_rates}
    )
    first, last = pd.DatetimeIndex(pct["period_start"]), pd.DatetimeIndex(pct["period_end"])
    on_the_year = column_isin(table, "role", ["year_on_year"])[at_rates] if "role" in table.columns else np.zeros(len(at_rates), dtype=bool)
    pct = pct[((first.month == 1) & (first.day == 1) & (first.year == last.year)) | on_the_year]
    wanted = pd.Series(value_claim, copy=False).isin(pct["claim"].to_numpy()).to_numpy()  # hashed: np.isin sorts
    at_values, value_claim = at_values[wanted], value_claim[wanted]
    money = pd.DataFrame({"claim": value_claim, "sentence_start": sentence[at_values], "period_start": start[at_values], "period_end": end[at_values],
                          "currency": column_codes(table, "currency")[at_values], "value": table["cmp_value"].to_numpy(dtype="float64")[at_values],
                          "pos": at_values})  # fmt: skip
    if pct.empty or money.empty:
        return pd.DataFrame()
    key = ["claim", "sentence_start", "period_start", "period_end"]
    new = pct.merge(money.drop(columns="value").rename(columns={"pos": "pos_new", "currency": "currency_new"}), on=key)
    new = new[new.groupby("rate")["rate"].transform("size") == 1]
    # Sentences with a comparison base are the growth-rate kind's (TC303): "rose 18% to $620 million from $525.8 million".
    based = pd.DataFrame({"claim": base_claim, "sentence_start": sentence[at_bases]}).drop_duplicates()
    new = new.merge(based, on=["claim", "sentence_start"], how="left", indicator=True)
    new = new[new["_merge"] == "left_only"].drop(columns="_merge")
    if new.empty:
        return pd.DataFrame()
    new["base_start"] = pd.DatetimeIndex(new["period_start"]) - pd.DateOffset(years=1)
    new["base_end"] = pd.DatetimeIndex(new["period_end"] + pd.Timedelta(days=1)) - pd.DateOffset(years=1) - pd.Timedelta(days=1)
    match = ["claim", "base_start", "base_end"]
    earlier = money[money["claim"].isin(new["claim"])].rename(columns={"period_start": "base_start", "period_end": "base_end", "pos": "pos_old"})
    earlier = earlier.drop_duplicates([*match, "currency", "value"])
    linked = new.merge(earlier[[*match, "currency", "pos_old"]], on=match)
    linked = linked[linked["currency"] == linked["currency_new"]]
    # Two readings for the year before are a conflict of their own (TC201): no rate is checked against either.
    linked = linked[linked.groupby("rate")["rate"].transform("size") == 1]
    rate_cols = ["id", "metric", "scope", "flow", "reporter", "partner", "period_label", "change", "value", "value_low", "value_high", "surface", "cmp_surface",
                 "qualifier"]  # fmt: skip
    rows = take(table, linked["rate"].to_numpy(), rate_cols).reset_index(drop=True)
    rows["positions"] = list(zip(linked["rate"].tolist(), linked["pos_new"].tolist(), linked["pos_old"].tolist(), strict=True))
    for suffix, positions in (("_new", linked["pos_new"].to_numpy()), ("_old", linked["pos_old"].to_numpy())):
        rows = rows.join(take(table, positions, _SHOWN).reset_index(drop=True).add_suffix(suffix))
    return rows


def year_on_year(table: pd.DataFrame, params: dict[str, Any], covered: set[frozenset[str]]) -> list[Hit]:
    hits = []
    for row in records(_year_on_year_links(table)):
        figures = (row["id"], row["id_new"], row["id_old"])
        if frozenset(figures) in covered:
            continue
        new = {k.removesuffix("_new"): v for k, v in row.items() if k.endswith("_new")}
        old = {k.removesuffix("_old"): v for k, v in row.items() if k.endswith("_old")}
        if _deficits(row["metric"], new, old):
            new, old = _in_size(new), _in_size(old)  # two deficits: the rate of their sizes
        if old["cmp_low"] <= 0:
            continue
        found = _rate_mismatch(row, new, old, row)
        if found is not None:
            values, evidence = found
            values["old_where"] = place(old)
            hits.append(Hit(figures, values, evidence, positions=row["positions"]))
    return hits


GROWTH_KIND = Kind("growth_rate", growth_rate, phase=2, doc=__doc__ or "")
YEAR_ON_YEAR_KIND = Kind("year_on_year", year_on_year, phase=2, doc=__doc__ or "")
DIFFERENCE_KIND = Kind("difference_rate", difference_rate, phase=2, doc=__doc__ or "")
DIRECTION_KIND = Kind("direction", direction, phase=2, doc=__doc__ or "")
DIFFERENCE_AMOUNT_KIND = Kind("difference_amount", difference_amount, phase=2, doc=__doc__ or "")
