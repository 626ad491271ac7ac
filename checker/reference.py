"""Reference data: official figures (--reference FILE) joined onto the figures
table, so the ``reference`` rule kind stays a pure function over the table.

CSV columns: reporter, partner, flow, period, value, and optionally currency
(default USD), scale (thousand, million, billion; default none) and source.
- reporter, partner: ISO 3166 alpha-3 codes, M49 numbers, or country names
  (any shipped language); partner groups by code or name (WLD, World, CIS);
- flow: exports|imports|turnover|balance (or Comtrade's X, M, and T, B);
- period: 2024, 2024-Q1, 2024-H1, or a month range 2024-01..2024-09.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import numpy as np
import pandas as pd

from checker import units
from checker.csvdata import read_checked_csv
from checker.documents.tables import country_or_group
from checker.extraction.periods import month_end
from checker.flows import FLOW_WORDS, MIRRORED_METRIC

REQUIRED = ("reporter", "partner", "flow", "period", "value")
PERIOD = re.compile(r"^(?P<y>\d{4})(?:-(?P<q>Q[1-4])|-(?P<h>H[12])|-(?P<m1>\d{2})\.\.(?P<y2>\d{4})-(?P<m2>\d{2}))?$", re.I)


class ReferenceError(ValueError):
    """A reference file that cannot be used (exit 2)."""


def _period(text: str) -> tuple[dt.date, dt.date]:
    m = PERIOD.match(text.strip())
    if not m:
        raise ValueError(f"period {text!r} is not YYYY, YYYY-Qn, YYYY-Hn or YYYY-MM..YYYY-MM")
    year = int(m["y"])
    if m["q"]:
        q = int(m["q"][1])
        first, last = 3 * q - 2, 3 * q
    elif m["h"]:
        h = int(m["h"][1])
        first, last = (1, 6) if h == 1 else (7, 12)
    elif m["m1"]:
        if int(m["y2"]) != year:
            raise ValueError(f"period {text!r} spans years")
        first, last = int(m["m1"]), int(m["m2"])
        if not 1 <= first <= last <= 12:
            raise ValueError(f"period {text!r} has bad months")
    else:
        first, last = 1, 12
    return dt.date(year, first, 1), month_end(year, last)


def load_reference(path: Path) -> pd.DataFrame:
    """The reference table, checked row by row; errors name the file, row and column."""
    frame = read_checked_csv(path, REQUIRED, "reference", ReferenceError)
    rows = []
    for number, row in enumerate(frame.to_dict(orient="records"), start=2):
        where = f"{path}: row {number}"
        codes = []
        for column in ("reporter", "partner"):
            name = row[column].strip()
            # One country reading for reference files and trade tables: ISO codes
            # (checked), M49 numbers, names in every shipped language, groups (World, CIS).
            code, _ = country_or_group(name)
            if not code:
                raise ReferenceError(f"{where}, column {column}: unknown country {name!r}")
            codes.append(code)
        metric = FLOW_WORDS.get(row["flow"].strip().lower(), (None, None))[0]
        if metric is None:
            raise ReferenceError(f"{where}, column flow: {row['flow']!r} is not one of exports, imports, turnover, balance")
        try:
            start, end = _period(row["period"])
        except ValueError as exc:
            raise ReferenceError(f"{where}, column period: {exc}") from None
        try:
            amount = float(row["value"].replace(",", "").replace(" ", ""))
        except ValueError:
            raise ReferenceError(f"{where}, column value: {row['value']!r} is not a number") from None
        scale = (row.get("scale") or "").strip().lower() or None
        if scale not in (None, *units.SCALES):
            raise ReferenceError(f"{where}, column scale: {scale!r} is not one of {', '.join(units.SCALES)}")
        currency = (row.get("currency") or "USD").strip().upper()
        value = float(units.apply_scale(np.array([amount]), scale, currency)[0])
        rows.append((*codes, metric, pd.Timestamp(start), pd.Timestamp(end), currency, value, (row.get("source") or path.name).strip()))
    return pd.DataFrame(rows, columns=["reporter", "partner", "metric", "period_start", "period_end", "currency", "ref_value", "ref_source"])


def attach(figures: pd.DataFrame, reference: pd.DataFrame | None) -> pd.DataFrame:
    """Figures with ``ref_value`` and ``ref_source`` where an official figure
    exists for the same reporter, partner, metric, period and currency."""
    figures = figures.copy(deep=False)  # copy-on-write: only the ref_* columns are new
    figures["ref_total"], figures["ref_total_country"], figures["ref_total_source"] = np.nan, None, None
    if reference is None or reference.empty or figures.empty:
        figures["ref_value"] = np.nan
        figures["ref_source"] = None
        return figures
    _attach_totals(figures, reference)
    key = ["reporter", "partner", "metric", "period_start", "period_end", "currency"]
    ref = reference.drop_duplicates(key)
    left = figures[key].astype({"period_start": "datetime64[ns]", "period_end": "datetime64[ns]"})
    right = ref.astype({"period_start": "datetime64[ns]", "period_end": "datetime64[ns]"})
    merged = left.merge(right, on=key, how="left")
    figures["ref_value"] = merged["ref_value"].to_numpy()
    figures["ref_source"] = merged["ref_source"].to_numpy()
    return figures


def _attach_totals(figures: pd.DataFrame, reference: pd.DataFrame) -> None:
    """``ref_total``: the smallest official world total (partner WLD) that
    bounds a bilateral figure: its reporter's total for the same metric, or
    its partner's for the mirrored one (A's exports to B <= B's imports)."""
    world = reference[reference["partner"] == "WLD"]
    if world.empty:
        return
    period = ["period_start", "period_end", "currency"]
    totals = world.rename(columns={"reporter": "country"})[["country", "metric", *period, "ref_value", "ref_source"]]
    totals = totals.astype({"period_start": "datetime64[ns]", "period_end": "datetime64[ns]"}).drop_duplicates(["country", "metric", *period])
    base = figures[["reporter", "partner", "metric", *period]].astype({"period_start": "datetime64[ns]", "period_end": "datetime64[ns]"})
    best = pd.Series(np.inf, index=figures.index)
    for country, metric in ((base["reporter"], base["metric"]), (base["partner"], base["metric"].map(MIRRORED_METRIC))):
        keys = pd.DataFrame({"country": country, "metric": metric}, index=figures.index).join(base[period])
        found = keys.reset_index().merge(totals, on=["country", "metric", *period], how="inner").set_index("index")
        smaller = found.index[found["ref_value"].to_numpy() < best.loc[found.index].to_numpy()]
        best.loc[smaller] = found.loc[smaller, "ref_value"]
        figures.loc[smaller, "ref_total_country"] = found.loc[smaller, "country"]
        figures.loc[smaller, "ref_total_source"] = found.loc[smaller, "ref_source"]
    figures["ref_total"] = best.where(np.isfinite(best), np.nan)
    bilateral = figures["partner"].notna() & (figures["partner"] != "WLD")
    figures.loc[~bilateral, ["ref_total", "ref_total_country", "ref_total_source"]] = [np.nan, None, None]
