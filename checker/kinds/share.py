"""Kind ``share``: a share stated with the two values it links.

"Exports to China reached $15.6 billion, or 19.8% of total exports of $78.7
billion" states a part, its share and the whole. Extraction marks the share
(role "share") and the whole (role "whole": the money figure right after the
share's metric, or after "out of"); the part is the sentence's other money
figure of the whole's metric, currency and period. The share must lie in the
interval part / whole takes when both vary within their printed precision
(and qualifiers), widened by the rule's ``band`` in percentage points.

Only sentences with one whole are checked, and only when their shares and
parts pair one to one, in order ("China and Russia accounted for 23.5% and
17.5% of its trade of $139.6 billion, $32.8 billion and $24.4 billion").

A table's column of shares ("| China | 10,012.5 | 19.1 |" under "Share, %")
pairs each share with the value in its row; the whole is the table's row whose
share is 100 (a "Total" row) or its row for the world, else the document's one
value of the country's trade with the world for that metric, currency and
period.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from checker import formatting as fmt
from checker.kinds import Hit, Kind
from checker.kinds.claims import NOT_SAME_FACT, column_isin, column_notna, percent_of, quoted, records, rows_of_sentences, take
from checker.lexicon import group_members

# What a share, its part and its whole are read by (a sentence's few rows, never the table).
COLUMNS = [
    "id", "doc", "sentence_start", "start", "kind", "role", "status", "scope", "scale", "metric", "flow", "currency",
    "period_start", "period_end", "value", "value_low", "value_high", "cmp_value", "cmp_low", "cmp_high", "cmp_surface", "qualifier", "surface",
    "reporter", "partner", "period_label", "line", "page", "sheet", "row", "column", "number_text",
]  # fmt: skip
WORLD = "WLD"


def _sentences_with_a_share(table: pd.DataFrame) -> pd.DataFrame:
    """The rows of the sentences that hold a share or a share's whole: only those few are taken out of the table."""
    if "role" not in table.columns:
        return pd.DataFrame(columns=[*COLUMNS, "pos"])
    wholes = np.flatnonzero(column_isin(table, "role", ["share", "whole"]) & column_notna(table, "sentence_start"))
    if not len(wholes):
        return pd.DataFrame(columns=[*COLUMNS, "pos"])
    keys = take(table, wholes, ["doc", "sentence_start"]).drop_duplicates()
    rows = rows_of_sentences(table, keys, np.ones(len(table), dtype=bool), COLUMNS)
    return rows.sort_values(["doc", "sentence_start", "start"], kind="stable")


def _same_claim(part: dict[str, Any], whole: dict[str, Any]) -> bool:
    """A part of the whole: the same metric, currency and period, stated as an outcome of its own."""
    same = all(part[c] == whole[c] for c in ("metric", "currency")) and part["scope"] != "per_unit"
    return same and _same_period(part, whole) and _outcome(part) and np.isfinite(part["cmp_value"])


def _outcome(figure: dict[str, Any]) -> bool:
    """Stated as what happened (a preliminary figure too), not a target, base, change or revision."""
    return figure["status"] is None or figure["status"] not in NOT_SAME_FACT


def _same_period(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return all((pd.isna(a[c]) and pd.isna(b[c])) or a[c] == b[c] for c in ("period_start", "period_end"))


def _table_cell(figure: dict[str, Any]) -> bool:
    """A table cell ("19.1" under "Share, %"; a row of a CSV or spreadsheet), not a percentage written in prose."""
    return bool(figure["surface"] == figure["number_text"]) or pd.notna(figure["row"])


def _stated_values(table: pd.DataFrame, docs: set[str], among: np.ndarray) -> dict[tuple[Any, ...], list[dict[str, Any]]]:
    """The documents' stated money values (outcomes, no scope or goods: GASTAT's "merchandise exports" are its total)
    among the rows ``among`` selects, by (doc, reporter, metric, flow, currency, period, partner): where a share's whole
    or part stated elsewhere is found (a goods total and a total of goods and services that differ leave it unknown)."""
    mask = among & (table["kind"] == "money").to_numpy() & table["doc"].isin(docs).to_numpy()
    mask &= ~column_isin(table, "status", NOT_SAME_FACT) & (~column_notna(table, "scope") | column_isin(table, "scope", ["goods"]))
    found: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for f in records(take(table, np.flatnonzero(mask), COLUMNS).assign(pos=np.flatnonzero(mask))):
        found.setdefault((*_total_key(f), f["partner"]), []).append(f)
    return found


def _one_value(figures: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The figure all state: the most precise one, when every other one's interval holds its value (a headline's
    "almost $4.3 billion" and the text's "4.29 billion"); values that disagree: which is meant is a guess, so none."""
    if not figures:
        return None
    best = min(figures, key=lambda f: (f["cmp_high"] - f["cmp_low"], f["start"]))
    return best if all(f["cmp_low"] <= best["cmp_value"] <= f["cmp_high"] for f in figures) else None


def _total_key(f: dict[str, Any]) -> tuple[Any, ...]:
    return (f["doc"], f["reporter"], f["metric"], f["flow"], f["currency"], f["period_start"], f["period_end"])


def _row_links(
    shares: list[dict[str, Any]], money: list[dict[str, Any]], totals: dict[tuple[Any, ...], list[dict[str, Any]]]
) -> list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]]:
    """A table's shares, each with the one value of its row and the whole: the table's row whose share is 100
    ("| Total | 65,876.3 | 100.0 |") or its row for the world, else the document's one value of that trade
    (several different ones: which is meant is a guess, so none)."""
    links = []
    whole_lines = {f["line"] for f in shares if f["value"] == 100}
    for pct in shares:
        if pct["line"] in whole_lines:
            continue
        parts = [
            f for f in money
            if f["line"] == pct["line"] and f["partner"] != WORLD and f["metric"] == pct["metric"] and f["role"] is None and _same_period(f, pct)
        ]  # fmt: skip
        if len(parts) != 1 or pd.isna(parts[0]["partner"]):
            continue
        in_table = [f for f in money if (f["line"] in whole_lines or f["partner"] == WORLD) and f["line"] != pct["line"] and _same_claim(f, parts[0])]
        whole = _one_value(in_table or [f for f in totals.get((*_total_key(parts[0]), WORLD), []) if _same_claim(f, parts[0])])
        if whole is not None and _same_claim(parts[0], whole):
            links.append((pct, parts[0], whole))
    return links


def _total_and_partners(figures: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The one figure with no partner (or the world) and, as its parts, the partners' figures of its claim after it."""
    totals = [f for f in figures if pd.isna(f["partner"]) or f["partner"] == WORLD]
    if len(totals) != 1:
        return [], []
    partners = [f for f in figures if f is not totals[0]]
    if all(f["start"] > totals[0]["start"] and f["reporter"] == totals[0]["reporter"] and _same_claim(f, totals[0]) for f in partners):
        return totals, partners
    return [], []


def share_links(table: pd.DataFrame) -> list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]]:
    """(share, part, whole) per share that pairs one to one with a part in a sentence with one whole:
    a figure marked as the whole, else the one figure of the parts' metric with no scope before them
    ("exports of $28.7 billion, of which gold accounted for $12.2 billion, or 42.5% of the total").
    A table's column of shares pairs by row (``_row_links``)."""
    return _links(table)[0]


Pair = tuple[dict[str, Any], dict[str, Any]]


def _links(
    table: pd.DataFrame,
) -> tuple[list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]], list[Pair], list[Pair], list[dict[str, Any]]]:
    """``share_links``; the (share, whole) pairs of sentences that state no part ("Russia accounted for 22.7%
    of Tajikistan's foreign trade of $1.82 billion"); the (share, part) pairs of sentences that state no
    whole ("with bilateral trade of US$18.2 billion, or 71.9 percent of the total"); and a partner's shares
    stated alone ("Доля России во внешнеторговом обороте Казахстана составила 18,2%")."""
    links: list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]] = []
    partless: list[Pair] = []
    wholeless: list[Pair] = []
    alone: list[dict[str, Any]] = []
    rows = _sentences_with_a_share(table)
    in_tables = rows[(rows["role"] == "share") & ((rows["surface"] == rows["number_text"]) | rows["row"].notna())]
    totals = _stated_values(table, set(in_tables["doc"]), (table["partner"] == WORLD).to_numpy()) if len(in_tables) else {}
    for _, group in rows.groupby(["doc", "sentence_start"], sort=True):
        figures = records(group)
        shares = [f for f in figures if f["role"] == "share" and f["kind"] == "percent" and f["scale"] is None and f["status"] is None]
        money = [f for f in figures if f["kind"] == "money" and _outcome(f)]
        if any(_table_cell(f) for f in shares):
            links.extend(_row_links([f for f in shares if _table_cell(f)], money, totals))
            shares = [f for f in shares if not _table_cell(f)]
            money = [f for f in money if not _table_cell(f)]
        wholes = [f for f in money if f["role"] == "whole"]
        if wholes:
            parts = [f for f in money if f["role"] is None and _same_claim(f, wholes[0])]
        else:  # the whole named by the parts' "of which": the unscoped figure before them
            wholes = [f for f in money if f["role"] is None and f["scope"] is None]
            parts = [f for f in money if f["role"] is None and f["scope"] not in (None, "per_unit") and wholes and _same_claim(f, wholes[0])]
            if len(wholes) == 1 and any(p["start"] < wholes[0]["start"] for p in parts):
                continue
            if len(wholes) > 1 and not parts:  # "exports reached $78.7 billion; exports to China were $15.6 billion, or 19.8%"
                wholes, parts = _total_and_partners(wholes)
        if len(wholes) == 1 and shares and len(shares) == len(parts):
            links.extend((s, p, wholes[0]) for s, p in zip(shares, parts, strict=True))
        elif len(wholes) == 1 and wholes[0]["role"] == "whole" and len(shares) == 1 and not parts:
            partless.append((shares[0], wholes[0]))
        elif shares and not money and all(_bilateral(f) and f["scope"] is None for f in shares) and len({f["partner"] for f in shares}) == len(shares):
            alone.extend(shares)  # "Доля России ... составила 18,2%"; "recorded with China (20.1%), Russia (16.8%)": each partner's
        elif shares:
            wholeless.extend(_parts_before(shares, money))
    return links, partless, wholeless, alone


def _parts_before(shares: list[dict[str, Any]], money: list[dict[str, Any]]) -> list[Pair]:
    """(share, part) for each share whose sentence holds only parts (partners' figures, or scoped ones: "Re-exports
    amounted to USD 2,935.1 million, or 57.4% of total exports") and no total: the part is the money figure right
    before the share, else right after it ("Textiles made up 38% of EU imports, worth about €0.5 billion"), with no
    other share between them, of its metric, one to one ("China — $6.9 billion (20.4%); Russia — $5.5 billion
    (16.3%)"; "Exports to China totalled $14.1 bln (21.3% of the total), to Italy $11.9 bln"). Any doubt: none."""
    if not all(_bilateral(f) or f["scope"] not in (None, "per_unit") for f in money):
        return []
    bounds = [-np.inf, *(f["start"] for f in shares), np.inf]
    pairs = []
    for i, pct in enumerate(shares):
        before = [f for f in money if bounds[i] < f["start"] < pct["start"]]
        after = [f for f in money if pct["start"] < f["start"] < bounds[i + 2]]
        part = before[-1] if before else after[0] if after else None
        if part is None or part["role"] is not None or part["metric"] != pct["metric"]:
            return []
        pairs.append((pct, part))
    return pairs if len({part["id"] for _, part in pairs}) == len(pairs) else []


def _bilateral(figure: dict[str, Any]) -> bool:
    """Trade with one partner, not with the world or with no partner named."""
    return pd.notna(figure["partner"]) and figure["partner"] != WORLD


Link = tuple[dict[str, Any], dict[str, Any], dict[str, Any]]  # (share, part, whole)


Stated = dict[tuple[Any, ...], list[dict[str, Any]]]


def _part_elsewhere(stated: Stated, partless: list[Pair]) -> list[Link]:
    """(share, part, whole) for a share and its total whose part the document states in another sentence: its one
    value of the trade between the share's two countries for the total's metric, currency and period ("Trade
    between Tajikistan and Russia ... amounted to $412.6 million. ... Russia accounted for 22.7% of Tajikistan's
    foreign trade of $1.82 billion"). Several different values: which is meant is a guess, so none."""
    links = []
    for pct, whole in partless:
        if not _bilateral(pct):
            continue
        found = stated.get((*_total_key(whole), pct["partner"]), [])
        part = _one_value([f for f in found if f["role"] is None and _same_claim(f, whole)])
        if part is not None:
            links.append((pct, part, whole))
    return links


def _whole_elsewhere(stated: Stated, wholeless: list[Pair]) -> list[Link]:
    """(share, part, whole) for a part and its share whose total the document states in another sentence: for a
    partner's figure, its one value of the country's trade with the world for the part's metric, currency and
    period ("Mongolia's foreign trade turnover reached US$25.3 billion ... China ..., with bilateral trade of
    US$18.2 billion, or 71.9 percent of the total"); for a scoped part, the one unscoped value of its own trade
    ("EU imports from Uzbekistan stood at €1.3 billion ... Textiles made up 38% of EU imports from Uzbekistan,
    worth about €0.5 billion"). Several different values: which is meant is a guess, so none."""
    links = []
    for pct, part in wholeless:
        if _bilateral(part) and part["scope"] is None:
            # The world's total, else the total of the one group the partner belongs to that the document states.
            groups = [WORLD, *sorted(g for g, members in group_members().items() if part["partner"] in members)]
            found = [[f for f in stated.get((*_total_key(part), g), []) if _same_claim(part, f)] for g in groups]
            stated_groups = [values for values in found[1:] if values]
            whole = _one_value(found[0]) if found[0] else _one_value(stated_groups[0]) if len(stated_groups) == 1 else None
        else:
            whole = _one_value([f for f in stated.get((*_total_key(part), part["partner"]), []) if _same_claim(part, f)])
        if whole is not None:
            links.append((pct, part, whole))
    return links


def _both_elsewhere(stated: Stated, alone: list[dict[str, Any]]) -> list[Link]:
    """(share, part, whole) for a partner's share stated alone: the document's one value of the two countries'
    trade for the share's metric and period, and its one value of the country's trade with the world in that
    currency ("Товарооборот Казахстана с Россией ... составил 12,1 млрд долларов ... Доля России ... составила
    18,2%. Всего внешнеторговый оборот страны ... достиг 66,5 млрд долларов"). A part in two currencies: the
    first (by code) that has a total."""
    by_pair: dict[tuple[Any, ...], dict[Any, list[dict[str, Any]]]] = {}  # (doc, reporter, metric, partner) -> currency -> values
    for key in sorted(stated, key=lambda k: str(k[4])):
        doc, reporter, metric, _flow, currency = key[:5]
        by_pair.setdefault((doc, reporter, metric, key[7]), {}).setdefault(currency, []).extend(stated[key])
    links = []
    for pct in alone:
        for values in by_pair.get((pct["doc"], pct["reporter"], pct["metric"], pct["partner"]), {}).values():
            part = _one_value([f for f in values if _same_period(f, pct)])
            whole = _one_value([f for f in stated.get((*_total_key(part), WORLD), []) if _same_claim(part, f)]) if part else None
            if part is not None and whole is not None:
                links.append((pct, part, whole))
                break
    return links


def share(table: pd.DataFrame, params: dict[str, Any], covered: set[frozenset[str]]) -> list[Hit]:
    links, partless, wholeless, alone = _links(table)
    # What the other sentences state, once, for the documents whose shares need it.
    docs = {f["doc"] for f, _ in partless} | {f["doc"] for f, _ in wholeless} | {f["doc"] for f in alone}
    stated = _stated_values(table, docs, np.ones(len(table), dtype=bool)) if docs else {}
    # A part or total stated in another sentence may be of another source or base: it gets the wider band.
    elsewhere = float(params.get("band_part_elsewhere", 0.5))
    checks = [(link, float(params.get("band", 0.0)), "") for link in links]
    checks += [(link, elsewhere, f", ±{elsewhere:g} points more as the part is stated in another sentence") for link in _part_elsewhere(stated, partless)]
    checks += [(link, elsewhere, f", ±{elsewhere:g} points more as the total is stated in another sentence") for link in _whole_elsewhere(stated, wholeless)]
    checks += [
        (link, elsewhere, f", ±{elsewhere:g} points more as the part and total are stated in other sentences") for link in _both_elsewhere(stated, alone)
    ]
    hits = []
    for (pct, part, whole), band, allowance in checks:
        figures = (pct["id"], part["id"], whole["id"])
        if whole["cmp_low"] <= 0 or part["cmp_low"] < 0 or frozenset(figures) in covered:
            continue
        implied, implied_low, implied_high, division = percent_of(part, whole)
        if pct["value_high"] + band >= implied_low and pct["value_low"] - band <= implied_high:
            continue
        arithmetic = f"{division} = {implied:.1f}%, stated {pct['value']:g}%"
        values = {
            "pct_text": quoted(pct), "part_text": quoted(part), "whole_text": quoted(whole),
            "implied": f"{implied:.1f}%", "stated": f"{pct['value']:g}%", "range": fmt.percent_range(implied_low, implied_high),
            "band": f"{band:g}", "allowance": allowance, "claim": fmt.claim_label(part), "arithmetic": arithmetic,
        }  # fmt: skip
        evidence = {
            "stated": pct["value"], "stated_interval": [pct["value_low"], pct["value_high"]],
            "implied": implied, "implied_interval": [implied_low, implied_high], "band_points": band, "arithmetic": arithmetic,
        }  # fmt: skip
        hits.append(Hit(figures, values, evidence, positions=(pct["pos"], part["pos"], whole["pos"])))
    return hits


KIND = Kind("share", share, phase=2, doc=__doc__ or "")
