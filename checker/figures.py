"""Raw figures + context -> the figures table (one typed row per figure).

Column contract (DESIGN.md): id, doc, start, end, line, col, surface,
sentence, kind, value, currency, scale, value_low, value_high, decimals,
number_format, qualifier, metric, flow, reporter, partner, period_start,
period_end, period_label, status, attribution, value_usd; plus the other
reading of an ambiguous number (alt_value, alt_low, alt_high, alt_decimals)
and the provenance columns the rules need.

All arithmetic here is vectorised over the table; pint is applied once per
(scale, currency) group.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pandas as pd

from checker import units
from checker.lexicon import aggregate_codes, shared_currency_names

COLUMNS = [
    "id", "doc", "start", "end", "line", "col", "surface", "sentence", "sentence_start", "kind",
    "value", "currency", "scale", "value_low", "value_high", "decimals", "number_text", "number_format",
    "alt_value", "alt_low", "alt_high", "alt_decimals",
    "qualifier", "metric", "scope", "flow", "reporter", "partner", "reporter_source",
    "period_start", "period_end", "period_label", "status", "attribution", "change", "role", "value_usd", "language",
    "page", "sheet", "row", "column", "aggregate",
]  # fmt: skip
# Where a figure sits beyond line and column: the PDF page; a table's sheet,
# row and column header; and whether a table's partner is a group (World, CIS).
LOCATION_COLUMNS = ["page", "sheet", "row", "column", "aggregate"]

FLOAT_COLUMNS = ["value", "value_low", "value_high", "alt_value", "alt_low", "alt_high", "value_usd"]
INT_COLUMNS = ["start", "end", "line", "col", "sentence_start"]
NULLABLE_INT_COLUMNS = ["decimals", "alt_decimals", "page", "row"]
TEXT_COLUMNS = [c for c in COLUMNS if c not in FLOAT_COLUMNS + INT_COLUMNS + NULLABLE_INT_COLUMNS + ["period_start", "period_end", "aggregate"]]

# How a qualifier widens the interval of the printed value v (after rounding).
BELOW_BAND = 0.10  # "almost 49": [0.9 v, v]
APPROX_BAND = 0.05  # "about 49": rounding interval widened by 5% of v each way


def empty_table() -> pd.DataFrame:
    return _typed(pd.DataFrame({c: [] for c in COLUMNS}))


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    for c in FLOAT_COLUMNS:
        frame[c] = frame[c].astype("float64")
    for c in INT_COLUMNS:
        frame[c] = frame[c].astype("int64")
    for c in NULLABLE_INT_COLUMNS:
        frame[c] = frame[c].astype("Int64")
    frame["aggregate"] = frame["aggregate"].fillna(False).astype("bool")
    for c in ("period_start", "period_end"):
        frame[c] = pd.to_datetime(frame[c]).astype("datetime64[s]")
    for c in TEXT_COLUMNS:
        frame[c] = frame[c].astype("object").where(frame[c].notna(), None)
    return frame[COLUMNS]


def _half_unit(decimals: pd.Series) -> np.ndarray:
    return 0.5 * np.power(10.0, -decimals.to_numpy(dtype="float64"))


def _scaled(amounts: pd.Series, scales: pd.Series, currencies: pd.Series) -> np.ndarray:
    """Amounts in plain units of their currency, pint applied per unit group."""
    out = amounts.to_numpy(dtype="float64", na_value=np.nan).copy()
    groups = pd.DataFrame({"s": scales.fillna(""), "c": currencies.fillna("")}).groupby(["s", "c"], sort=True).indices
    for key, rows in groups.items():
        scale, currency = str(key[0]), str(key[1])  # type: ignore[index]
        out[rows] = units.apply_scale(out[rows], scale or None, currency or None)
    return out


def _interval(
    amount: pd.Series, decimals: pd.Series, high_amount: pd.Series, high_decimals: pd.Series,
    qualifier_kind: pd.Series, scales: pd.Series, currencies: pd.Series,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:  # fmt: skip
    """Value and [low, high] of each figure from its printed precision and qualifier."""
    half = _half_unit(decimals.fillna(0))
    is_range = high_amount.notna().to_numpy()
    low = _scaled(amount - half, scales, currencies)
    top = np.where(is_range, high_amount.fillna(0) + _half_unit(high_decimals.fillna(0)), amount + half)
    high = _scaled(pd.Series(top, index=amount.index), scales, currencies)
    value = _scaled(amount, scales, currencies)
    value = np.where(is_range, (low + high) / 2, value)

    kind = qualifier_kind.fillna("").to_numpy()
    below, approx, above, under = (kind == k for k in ("below", "approx", "above", "under"))
    low = np.where(below, value * (1 - BELOW_BAND), low)
    high = np.where(below, value, high)
    low = np.where(approx, low - APPROX_BAND * np.abs(value), low)
    high = np.where(approx, high + APPROX_BAND * np.abs(value), high)
    low = np.where(above, value, low)
    high = np.where(above, np.inf, high)
    low = np.where(under, 0.0, low)
    high = np.where(under, value, high)
    return value, low, high


def _declarers_currency(frame: pd.DataFrame) -> np.ndarray:
    """A shared sign or name ("Rs", "som", "manat") read as its default currency is the currency of the
    declaring country, else of the partner, where currencies.yaml (``shared_names``) lists that country
    (a partner only when the declaring country is not the default's own), unless the figure holds a mark
    only the default has ("INR", "₹", "Azerbaijani"). Returns which rows to keep: a name the rules may not
    guess ("manat") with neither country's side named is no figure."""
    keep = np.ones(len(frame), dtype=bool)
    for default, spec in shared_currency_names().items():
        rows = np.array(frame["currency"] == default, dtype=bool)
        if not rows.any():
            continue
        surfaces = frame.loc[rows, "surface"].astype(str).str.lower()
        marked = np.zeros(len(surfaces), dtype=bool)
        for mark in spec.marks:
            marked |= np.array(surfaces.str.contains(mark, regex=False), dtype=bool)
        rows[np.flatnonzero(rows)[marked]] = False
        if not rows.any():
            continue
        reporter, partner = frame.loc[rows, "reporter"], frame.loc[rows, "partner"]
        by_reporter = reporter.map(spec.countries)
        by_partner = partner.map(spec.countries).where(~reporter.isin(spec.owners))
        currency = by_reporter.fillna(by_partner)
        if spec.own_sign_elsewhere_keeps and currency.notna().any():
            # "A$4.6 billion ($3.0 billion)": a document writing the country's own currency in its own way means the default by the shared sign
            docs = frame["doc"] if "doc" in frame else pd.Series("", index=frame.index)
            others = ~frame.index.isin(currency.index)
            written = pd.MultiIndex.from_arrays([docs[others], frame.loc[others, "currency"]])
            own = pd.MultiIndex.from_arrays([docs[currency.index], currency]).isin(written)
            currency = currency.where(~own)
        frame.loc[currency.index[currency.notna()], "currency"] = currency[currency.notna()]
        if not spec.guess:
            sided = currency.notna() | reporter.isin(spec.owners) | partner.isin(spec.owners)
            keep[np.flatnonzero(rows)[~sided.to_numpy(dtype=bool)]] = False
    return keep


def build_table(raw: dict[str, list[Any]], *, doc: str | None = None, language: str | None = None, first_id: int = 1) -> pd.DataFrame:
    """The figures table from raw columns: of one document (``doc``, ``language``
    given), or of many at once (``raw`` has "doc" and "language" columns)."""
    n = len(raw["start"])
    if n == 0:
        return empty_table()
    # Object columns from the start: with pyarrow installed, pandas would infer
    # Arrow strings and _typed would pay to convert them back.
    frame = pd.DataFrame(raw, dtype=object)
    keep = _declarers_currency(frame)
    if not keep.all():
        frame = frame[keep].reset_index(drop=True)
        n = len(frame)
        if n == 0:
            return empty_table()
    frame["id"] = [f"f{i}" for i in range(first_id, first_id + n)]
    for c in LOCATION_COLUMNS:
        if c not in frame:
            frame[c] = None
    if doc is not None:
        frame["doc"] = doc
    if language is not None:
        frame["language"] = language
    for c in ("amount", "amount_high", "alt_amount"):
        frame[c] = frame[c].astype("float64")
    for c in ("decimals", "decimals_high", "alt_decimals"):
        frame[c] = frame[c].astype("float64")

    scales, currencies = frame["scale"], frame["currency"]
    value, low, high = _interval(
        frame["amount"], frame["decimals"], frame["amount_high"], frame["decimals_high"],
        frame["qualifier_kind"], scales, currencies,
    )  # fmt: skip
    alt_value, alt_low, alt_high = _interval(
        frame["alt_amount"], frame["alt_decimals"], pd.Series(np.nan, index=frame.index), frame["decimals_high"],
        frame["qualifier_kind"], scales, currencies,
    )  # fmt: skip
    # A deficit is a negative balance: "a deficit of $334 million" is -334 m. Not its rate ("the deficit
    # widened by 11.5%": of its size) nor its share.
    sign = np.where(frame["negative"].astype(bool) & (frame["metric"] == "trade_balance") & (frame["kind"] == "money"), -1.0, 1.0)
    frame["value"] = sign * value
    frame["value_low"] = np.where(sign < 0, -high, low)
    frame["value_high"] = np.where(sign < 0, -low, high)
    frame["alt_value"] = sign * alt_value
    frame["alt_low"] = np.where(sign < 0, -alt_high, alt_low)
    frame["alt_high"] = np.where(sign < 0, -alt_low, alt_high)
    frame["value_usd"] = np.where(frame["currency"] == "USD", frame["value"], np.nan)
    # A partner group named in text ("exports to the world") is an aggregate too.
    frame["aggregate"] = frame["aggregate"].fillna(False).astype(bool) | frame["partner"].isin(list(aggregate_codes()))
    return _typed(frame)


def combine(tables: list[pd.DataFrame]) -> pd.DataFrame:
    """One table for a run: documents in order, ids unique across the run."""
    tables = [t for t in tables if len(t)]
    if not tables:
        return empty_table()
    frame = pd.concat(tables, ignore_index=True)
    return _typed(frame)


def to_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as plain JSON-ready dicts (dates ISO, NaN -> None, inf kept as None),
    converted column by column (a large run has a hundred thousand figures)."""
    names = [str(c) for c in frame.columns]
    columns = [_json_values(frame.iloc[:, i]) for i in range(len(names))]
    return [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]


def _json_values(column: pd.Series) -> list[Any]:
    dtype = column.dtype
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return column.dt.strftime("%Y-%m-%d").astype(object).where(column.notna(), None).tolist()
    if pd.api.types.is_float_dtype(dtype):
        values = column.to_numpy(dtype="float64", na_value=np.nan)
        return [v if ok else None for v, ok in zip(values.tolist(), np.isfinite(values).tolist(), strict=True)]
    if pd.api.types.is_bool_dtype(dtype) and not column.hasnans:
        return column.astype(bool).tolist()
    if pd.api.types.is_integer_dtype(dtype):
        present = column.notna().to_numpy()
        return [int(v) if ok else None for v, ok in zip(column.astype(object).tolist(), present.tolist(), strict=True)]
    return [_json_value(v) for v in column.astype(object).tolist()]


def _json_value(value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (float, np.floating)):
        return float(value) if np.isfinite(value) else None
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, np.integer):
        return int(value)
    return value


def to_jsonl(frame: pd.DataFrame) -> str:
    """Rows as JSON lines, vectorised (a million rows in seconds, not minutes):
    the values ``to_records`` gives, written by pandas (floats to 15
    significant digits: 4.35, not 4.3500000000000005)."""
    out = frame.copy(deep=False)
    for c in ("period_start", "period_end"):
        if c in out:
            out[c] = out[c].dt.strftime("%Y-%m-%d").astype(object).where(out[c].notna(), None)
    for c in FLOAT_COLUMNS:
        if c in out:
            out[c] = out[c].where(np.isfinite(out[c]), np.nan)
    if out.empty:
        return ""
    text = out.to_json(orient="records", lines=True, force_ascii=False, double_precision=15)
    return text if text.endswith("\n") else text + "\n"
