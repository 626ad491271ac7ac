"""Which figures state the same fact (a claim), shared by the comparison kinds."""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

import numpy as np
import pandas as pd

from checker import formatting as fmt
from checker.extraction.context import STATED_SOURCES

# Where a figure's declaring country was stated (not guessed from the document).
DECLARED = STATED_SOURCES
# Statuses that are not the reported outcome itself: never compared as conflicts.
NOT_SAME_FACT = ("target", "forecast", "previous", "revised", "adjusted", "misstated", "difference")
CLAIM_KEY = ["metric", "scope", "flow", "pair", "period_start", "period_end", "currency"]
# What the comparison kinds read of a figure (the rest of the table is not copied).
COMPARED_COLUMNS = [
    "id", "doc", "start", "line", "page", "sheet", "row", "column", "aggregate", "surface",
    "cmp_surface", "cmp_value", "cmp_low", "cmp_high", "value", "alt_value",
    "currency", "value_usd", "metric", "scope", "flow", "reporter", "partner", "reporter_source", "attribution",
    "period_start", "period_end", "period_label", "qualifier",
]  # fmt: skip


F = TypeVar("F", bound=Callable[..., Any])


def per_table(func: F) -> F:
    """Remember the result for the last table object seen: several rules
    group the same table the same way. The engine hands kinds a new table
    object whenever it changes readings, so a stale result is never reused.
    Only a weak reference to the table is kept, and the result is dropped
    with it, so a finished run leaves nothing behind."""
    last: dict[str, Any] = {}

    @functools.wraps(func)
    def wrapper(table: pd.DataFrame) -> Any:
        ref = last.get("table")
        if ref is None or ref() is not table:
            remember(table, func(table))
        return last["value"]

    def remember(table: pd.DataFrame, value: Any) -> None:
        last.clear()
        last["value"] = value
        last["table"] = weakref.ref(table, lambda _: last.clear())

    def cached(table: pd.DataFrame) -> Any:
        ref = last.get("table")
        return last["value"] if ref is not None and ref() is table else None

    wrapper.remember = remember  # type: ignore[attr-defined]
    wrapper.cached = cached  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]


@per_table
def _outcome_positions(table: pd.DataFrame) -> np.ndarray:
    """Positions of money figures with a metric and a period, stated as
    outcomes (the part of ``stated_outcomes`` every kind shares)."""
    mask = (
        column_isin(table, "kind", ["money"])
        & column_notna(table, "metric")
        & table["period_start"].notna().to_numpy()
        & np.isfinite(table["cmp_value"].to_numpy(dtype="float64"))
        & ~column_isin(table, "status", NOT_SAME_FACT)
    )
    return np.flatnonzero(mask)


def stated_outcomes(table: pd.DataFrame, metrics: tuple[str, ...] | None = None, *, need_partner: bool = True, need_reporter: bool = True) -> np.ndarray:
    """Money figures with a metric (one of ``metrics``), a declaring side and a
    partner (unless not needed) and a period, stated as outcomes: not
    targets, forecasts, revisions or comparison bases. The row filter every
    kind that compares figures starts from, as a boolean mask. (A kind that
    compares figures of one document only may take an unnamed side: a
    national bulletin need not name its own country.)"""
    positions = _outcome_positions(table)
    keep = np.ones(len(positions), dtype=bool)
    if need_reporter:
        keep &= column_notna(table, "reporter")[positions]
    if metrics:
        keep &= column_isin(table, "metric", metrics)[positions]
    if need_partner:
        keep &= column_notna(table, "partner")[positions]
    mask = np.zeros(len(table), dtype=bool)
    mask[positions[keep]] = True
    return mask


def take(table: pd.DataFrame, positions: np.ndarray, columns: list[str]) -> pd.DataFrame:
    """The rows at ``positions`` and only ``columns``, in one step (a new frame)."""
    rows: pd.DataFrame = table[columns].take(positions)
    return rows


def rows_of_sentences(table: pd.DataFrame, keys: pd.DataFrame, rows: Any, columns: list[str] | None = None) -> pd.DataFrame:
    """The selected ``rows`` (a mask) in the sentences ``keys`` names (doc, sentence_start), with their
    row positions (``pos``): narrowed by the start first (a float ``isin``), so only those few rows are
    taken out of the table (all columns, or ``columns``) and merged on the document."""
    positions = np.flatnonzero(np.asarray(rows, dtype=bool) & table["sentence_start"].isin(keys["sentence_start"]).to_numpy())
    picked = table.take(positions) if columns is None else take(table, positions, columns)
    return picked.assign(pos=positions).merge(keys, on=["doc", "sentence_start"])


def period_shape(start: Any, end: Any) -> tuple[np.ndarray, np.ndarray]:
    """Each period's first year, and its shape: first month and day and the
    months it spans. A period and the same period a year earlier share the
    shape (matched by first day and length, not last day: February 2024 ends
    on the 29th, February 2023 on the 28th; "2023-2024" follows "2022-2023").
    Missing dates give -1."""
    first, last = pd.DatetimeIndex(start), pd.DatetimeIndex(end)

    def whole(values: Any) -> np.ndarray:
        return np.nan_to_num(np.asarray(values, dtype="float64"), nan=-1).astype("int64")

    months = whole((last.year - first.year) * 12 + last.month - first.month)
    shape = (whole(first.month) * 100 + whole(first.day)) * 1000 + months
    return whole(first.year), shape


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows as dicts of Python values, like ``to_dict(orient="records")``
    but column by column: pandas boxes every cell of every row there, which
    costs seconds on the thousands of rows a large run reports."""
    names = [str(c) for c in frame.columns]
    columns = [frame.iloc[:, i].tolist() for i in range(len(names))]
    return [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]


def side_records(frame: pd.DataFrame, suffixes: tuple[str, str]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The rows of a self-merge as (left, right) records without the suffixes;
    columns without a suffix (the merge keys) go to both."""
    left, right = suffixes
    shared = [c for c in frame.columns if not str(c).endswith(suffixes)]

    def side(suffix: str) -> list[dict[str, Any]]:
        own = [c for c in frame.columns if str(c).endswith(suffix)]
        return records(frame[shared + own].set_axis(shared + [str(c)[: -len(suffix)] for c in own], axis=1))

    return list(zip(side(left), side(right), strict=True))


def group_at(table: pd.DataFrame, positions: np.ndarray, keys: list[Any], *, sort: bool = False, numbered: bool = True) -> np.ndarray:
    """One integer per distinct combination of ``keys`` for the rows of
    ``table`` at ``positions`` (a missing value is a value of its own),
    numbered in sorted order of the combinations when ``sort``, else in order
    of first appearance; not ``numbered``, the integers are only equal for equal
    combinations (one hash pass cheaper, for keys merged on, never counted).
    A key is a column name (its codes computed once per table and shared by
    every kind) or an array of values at ``positions``."""
    parts = [column_codes(table, key, sort=sort)[positions] if isinstance(key, str) else _as_codes(np.asarray(key), sort) for key in keys]
    return _combine(parts, len(positions), sort, numbered)


def first_of(keys: np.ndarray) -> np.ndarray:
    """Positions of each distinct key's first occurrence, in order (a hash
    pass: ``np.unique(..., return_index=True)`` sorts, several times slower)."""
    return np.flatnonzero(~pd.Series(keys, copy=False).duplicated().to_numpy())


def _as_codes(values: np.ndarray, sort: bool) -> np.ndarray:
    if values.dtype.kind in "iu":
        return values
    return pd.factorize(values, sort=sort, use_na_sentinel=False)[0]


def _combine(parts: list[np.ndarray], n: int, sort: bool, numbered: bool = True) -> np.ndarray:
    # Mixed-radix integers, one pd.factorize at the end: pandas' multi-column
    # groupby sorts every column's distinct values as Python objects, several
    # times slower on a million rows. When the next radix could overflow, the
    # key so far is renumbered first (order kept when sorting), so numbering is
    # by first appearance, or lexicographic when sorting, either way.
    ids = np.zeros(n, dtype="int64")
    bound = 1  # ids < bound
    for codes in parts:
        codes = codes.astype("int64", copy=False)
        if len(codes) and codes.min() < 0:
            codes = codes - codes.min()  # e.g. -1 for "no value": keep every code distinct
        radix = int(codes.max(initial=0)) + 1
        if bound * radix >= 2**62:
            ids, uniques = pd.factorize(ids, sort=sort)
            bound = max(len(uniques), 1)
        ids = ids * radix + codes
        bound *= radix
    if not numbered:
        return ids
    renumbered, _ = pd.factorize(ids, sort=sort)
    return renumbered


@per_table
def _codes_of(table: pd.DataFrame) -> dict[str, Any]:
    """The column codes of a table, filled as kinds ask (kept for the last table seen, like every ``per_table`` result)."""
    return {}


def column_codes(table: pd.DataFrame, column: str, *, sort: bool = False) -> np.ndarray:
    """A column as integers (a missing value is one more code, the last),
    numbered in sorted order of the values when ``sort``. The factorization
    is done once per table; codes are kept as int32 (a million rows: 4 MB)."""
    codes, uniques = _factorized(table, column)
    if not sort:
        return np.where(codes < 0, len(uniques), codes)
    store = _codes_of(table)
    key = f"{column} (sorted)"
    if key not in store:
        rank = np.empty(len(uniques) + 1, dtype="int32")
        rank[np.argsort(np.asarray(uniques), kind="stable")] = np.arange(len(uniques))
        rank[-1] = len(uniques)  # code -1 (missing) indexes the last slot
        store[key] = rank[codes]
    found: np.ndarray = store[key]
    return found


def column_isin(table: pd.DataFrame, column: str, values: Any) -> np.ndarray:
    """``table[column].isin(values)`` (missing values never match) from the column's codes."""
    codes, uniques = _factorized(table, column)
    # A lookup per code (the last slot, for code -1, stays False): cheaper than np.isin over a million codes.
    wanted = np.zeros(len(uniques) + 1, dtype=bool)
    wanted[:-1] = pd.Index(uniques, dtype=object).isin(list(values))
    found: np.ndarray = wanted[codes]
    return found


def column_notna(table: pd.DataFrame, column: str) -> np.ndarray:
    codes, _ = _factorized(table, column)
    notna: np.ndarray = codes >= 0
    return notna


def _factorized(table: pd.DataFrame, column: str) -> tuple[np.ndarray, np.ndarray]:
    """Codes (-1 where missing) and distinct values, in order of appearance.
    pandas finds missing values while hashing; asking it to keep them as a
    value (or to sort) costs a second pass over a million objects."""
    store = _codes_of(table)
    key = f"{column} (factorized)"
    if key not in store:
        values = table[column].to_numpy()
        codes, uniques = _factorize_objects(values) if values.dtype == object else pd.factorize(values)
        store[key] = (codes.astype("int32"), uniques)
    found: tuple[np.ndarray, np.ndarray] = store[key]
    return found


def _factorize_objects(values: np.ndarray, *, min_rows: int = 10_000) -> tuple[np.ndarray, np.ndarray]:
    """``pd.factorize`` of an object column, by object identity first. The
    table's columns of few values (metric, currency, flow...) repeat a few
    string objects a million times; hashing their addresses as integers is
    ~4x faster than pandas' object hashing, which then only sees each
    distinct object once. Equal strings at different addresses still get one
    code, and codes stay numbered in order of first appearance (a value's
    first row is its first object's first row)."""
    values = np.ascontiguousarray(values)
    addresses = np.frombuffer(values, dtype=np.intp)  # the array's references, as CPython's id()
    if len(values) < min_rows or len(pd.unique(addresses[:4096])) > 512:
        return pd.factorize(values)  # small, or mostly distinct objects (ids, documents): nothing to gain
    by_address, distinct = pd.factorize(addresses)
    first = np.empty(len(distinct), dtype=np.intp)
    first[by_address[::-1]] = np.arange(len(values) - 1, -1, -1)  # each object's first row: the last write wins
    codes, uniques = pd.factorize(values[first])
    return codes[by_address], uniques


def pair_at(table: pd.DataFrame, positions: np.ndarray, *, ordered: np.ndarray | bool = False) -> np.ndarray:
    """One integer per country pair for the rows at ``positions``: unordered
    (KAZ-KGZ == KGZ-KAZ) unless ``ordered`` (an array: ordered where True); a
    missing partner is the world. From country codes computed once per table."""
    reporter, partner, size = _countries(table)
    a, b = reporter[positions].astype("int64"), partner[positions].astype("int64")
    unordered = np.minimum(a, b) * size + np.maximum(a, b)
    return np.where(ordered, a * size + b, unordered)


def _countries(table: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, int]:
    codes = _codes_of(table)
    if "(countries)" not in codes:
        reporter, partner, size = _country_codes(table)
        codes["(countries)"] = (reporter.astype("int32"), partner.astype("int32"), size)
    found: tuple[np.ndarray, np.ndarray, int] = codes["(countries)"]
    return found


def own_partner(table: pd.DataFrame, positions: np.ndarray) -> np.ndarray:
    """Where a figure's partner is its declaring country itself (compared as integer codes, not strings)."""
    reporter, partner, _ = _countries(table)
    same: np.ndarray = reporter[positions] == partner[positions]
    return same


@per_table
def comparable(table: pd.DataFrame) -> pd.DataFrame:
    """Money figures with a metric, a country pair and a period, stated as
    outcomes; ``claim`` numbers the claims (CLAIM_KEY) in sorted order and
    ``pos`` is each row's position in ``table``."""
    positions = np.flatnonzero(stated_outcomes(table))
    # A row selection is a new frame already (no .copy(): it would
    # consolidate and copy every column once more).
    rows = take(table, positions, [c for c in COMPARED_COLUMNS if c in table.columns])
    # Turnover is one fact for both countries; a flow has a direction:
    # A's exports to B and B's exports to A are different facts.
    rows["pair"] = pair_at(table, positions, ordered=~column_isin(table, "flow", ["two-way"])[positions])
    rows["claim"] = group_at(table, positions, [c if c != "pair" else rows["pair"].to_numpy() for c in CLAIM_KEY], sort=True)
    rows["pos"] = positions  # where each row is in ``table``: for column_codes and friends
    return rows


def carry_over(old: pd.DataFrame, new: pd.DataFrame, changed: pd.Index) -> None:
    """After the engine corrected some readings (a new table ``new``, rows
    ``changed``): the comparable figures of ``new`` are those of ``old`` with
    the corrected ``cmp_*`` values, so they need not be grouped again."""
    # Only cmp_* columns changed: the codes of every other column still hold.
    codes = _codes_of.cached(old)  # type: ignore[attr-defined]
    if codes is not None:
        _codes_of.remember(new, {k: v for k, v in codes.items() if not k.startswith("cmp_")})  # type: ignore[attr-defined]
    previous = comparable.cached(old)  # type: ignore[attr-defined]
    if previous is None:
        return
    columns = ["cmp_value", "cmp_low", "cmp_high", "cmp_surface"]
    updated = previous.copy(deep=False)
    present = updated.index.intersection(changed)
    finite = np.isfinite(new.loc[present, "cmp_value"].to_numpy(dtype="float64"))
    if not finite.all():
        return  # membership would change: group afresh
    updated.loc[present, columns] = new.loc[present, columns].to_numpy()
    comparable.remember(new, updated)  # type: ignore[attr-defined]


def _country_codes(table: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, int]:
    """Reporter and partner as integers from one numbering (a missing partner
    is the world), from the two columns' shared codes: countries numbered in
    order of first appearance among the reporters, then the partners."""
    reporter, reporter_names = _factorized(table, "reporter")
    partner, partner_names = _factorized(table, "partner")
    partner_names = np.asarray(partner_names, dtype=object)
    missing = np.flatnonzero(partner < 0)
    if len(missing):  # "WLD" takes the place of the first missing partner
        before = int(partner[: missing[0]].max(initial=-1)) + 1
        partner_names = np.concatenate([partner_names[:before], ["WLD"], partner_names[before:]])
        partner = np.where(partner < 0, before, partner + (partner >= before))
    union, names = pd.factorize(np.concatenate([np.asarray(reporter_names, dtype=object), partner_names]))
    reporter_union, partner_union = union[: len(reporter_names)], union[len(reporter_names) :]
    reporter_codes = np.where(reporter < 0, -1, reporter_union[np.maximum(reporter, 0)]) if len(reporter_union) else np.full(len(reporter), -1)
    return reporter_codes.astype("int64"), partner_union[partner].astype("int64"), len(names)


def _missing(value: Any) -> bool:
    """None, pd.NA or NaN: the missing values a record may hold (cheaper than pd.isna per call)."""
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def place(row: Any) -> str:
    """ "line 17", "page 2, line 17", or "sheet 'Exports', row 5, column 2024"."""
    table_row = row.get("row")
    if not _missing(table_row):
        sheet = row.get("sheet")
        return f"{f'sheet {sheet!r}, ' if sheet else ''}row {int(table_row)}, column {row.get('column')}"
    page, line = row.get("page"), row["line"]
    # A joined record holds its line as a float ("line 5.0") when another row lacked one.
    return f"{'' if _missing(page) else f'page {int(page)}, '}line {line if _missing(line) else int(line)}"


def where(row: Any, other: Any = None) -> str:
    """ "line 17", or "doc.txt line 17" when it is another document."""
    if other is not None and other["doc"] != row["doc"]:
        return f"{row['doc']} {place(row)}"
    return place(row)


def speaker(row: dict[str, Any]) -> str:
    """Who a figure speaks for, as findings name it: "Kazakh side, Olzhas Bektenov", "Georgia's statistics"."""
    if row["reporter_source"] == "table":
        return f"{fmt.possessive(fmt.country_in_text(row['reporter']))} statistics"
    if row["reporter_source"] == "document" and row["reporter"]:
        return f"{fmt.side_name(row['reporter'])} (the document's country)"
    side = fmt.side_name(row["reporter"]) if row["reporter_source"] in DECLARED else "side not stated"
    who = row["attribution"]
    # "according to Tajik official data": the who is the side itself, said once.
    said = who and not str(who).endswith(" side") and str(who) not in (side.removesuffix(" side"), fmt.country_name(row["reporter"]))
    return f"{side}, {who}" if said else side


def two_sides(reporter_a: np.ndarray, reporter_b: np.ndarray) -> np.ndarray:
    """Pairs of figures from the two sides of a bilateral pair: different declaring countries,
    stated or presumed. A side presumed from the document's country is that country's office,
    against the other's stated side (a Kyrgyz release's figure against the Kazakh side's) and
    against the other country's document (a Kyrgyz release against a Kazakh bulletin: one
    document never presumes two sides), so their gap is a mirror asymmetry, not a conflict."""
    known: np.ndarray = pd.notna(reporter_a) & pd.notna(reporter_b) & (reporter_a != reporter_b)
    return known


def bounds(low: Any, high: Any, value: Any) -> tuple[Any, Any]:
    """Which intervals a qualifier made bounds rather than rounding: open-ended ("more than",
    "exceeded": unbounded in size) and from zero to the value ("less than", "up to").
    Arrays or single values."""
    with np.errstate(invalid="ignore"):
        open_ended = ~np.isfinite(high - low)
        below = (value != 0) & (((low == 0) & (high == value)) | ((low == value) & (high == 0)))
    return open_ended, below


def printed_first(rows: pd.DataFrame, key: list[str]) -> pd.DataFrame:
    """One figure per ``key`` among ``rows`` (in table order): a value as printed before a bound of the same claim
    ("exceeded $3.5 billion" gives way to "$3,582.4 million"), then the first stated."""
    open_ended, below = bounds(*(rows[c].to_numpy(dtype="float64") for c in ("cmp_low", "cmp_high", "cmp_value")))
    return rows.assign(bounded=open_ended | below).sort_values("bounded", kind="stable").drop_duplicates(key)


def bound_words(record: dict[str, Any]) -> str:
    """The bound a figure's qualifier set, in words of size ("more than", "less than"), or ""."""
    open_ended, below = bounds(float(record["cmp_low"]), float(record["cmp_high"]), float(record["cmp_value"]))
    return "more than" if open_ended else "less than" if below else ""


def quoted(record: dict[str, Any], signed: str | None = None, *, first: bool = False) -> str:
    """A figure as messages quote it: its qualifier as printed and its surface ("more than $6
    billion", "almost $58 million"); or the ``signed`` value (a deficit negative) after the bound
    the qualifier set, said the other way round where the value is negative ("less than -$1.5
    billion" for a deficit of more than $1.5 billion). ``first``: it starts a sentence."""
    if signed is not None:
        bound = bound_words(record)
        if record["cmp_value"] < 0:
            bound = {"more than": "less than", "less than": "more than"}.get(bound, "")
        return f"{bound} {signed}" if bound else signed
    qualifier, surface = record.get("qualifier"), record.get("cmp_surface", record.get("surface"))
    text = str(surface) if _missing(qualifier) else f"{qualifier} {surface}"
    return text[:1].upper() + text[1:] if first and not _missing(qualifier) else text


def rounding_width(low: Any, high: Any, value: Any) -> Any:
    """Each interval's width as rounding room: its printed precision; none where a qualifier set a bound."""
    open_ended, below = bounds(low, high, value)
    return np.where(open_ended | below, 0.0, high - low)


def percent_of(part: dict[str, Any], whole: dict[str, Any]) -> tuple[float, float, float, str]:
    """``part`` as a percentage of ``whole`` (a share, a coverage ratio): the value, its interval when both
    figures vary within their printed precision (``whole`` above zero), and the division as text."""
    value = 100 * part["cmp_value"] / whole["cmp_value"]
    low, high = 100 * part["cmp_low"] / whole["cmp_high"], 100 * part["cmp_high"] / whole["cmp_low"]
    division = f"{fmt.money(part['cmp_value'], part['currency'], digits=4)} / {fmt.money(whole['cmp_value'], whole['currency'], digits=4)}"
    return value, low, high, division
