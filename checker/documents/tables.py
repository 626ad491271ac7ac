"""Trade tables (CSV, XLSX, Parquet) -> figure rows, one per value cell.

Layouts recognised by their headers:
- Comtrade (current API): reporterISO, partnerISO, flowCode, period, primaryValue
  (optional cmdCode: only TOTAL is total trade, other codes are a scope);
- Comtrade legacy: Reporter ISO, Partner ISO, Trade Flow, Year, Trade Value (US$);
- national wide tables (partner rows, year columns) through a mapping file
  beside the table, ``<name>.tradecheck.yaml`` (see ``WideMapping``).
Each row becomes a figure whose location is sheet, row and column; partner
groups (World, CIS, EAEU, EU, Asia, ...) are marked as aggregates.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from checker.extraction.numbers import read_number
from checker.extraction.periods import month_end
from checker.extraction.tables import percent_header
from checker.flows import FLOW_WORDS
from checker.lexicon import load_lexicon, load_yaml, rules_dir

TABLE_SUFFIXES = {".csv", ".tsv", ".xlsx", ".xlsm", ".parquet"}
MAPPING_SUFFIX = ".tradecheck.yaml"
HEADER_SEARCH_ROWS = 30
MISSING = {"", "-", "–", "—", "..", "...", "…", "x", "n/a", "na", "nan", "none", "null", "*"}

COMTRADE = {"reporter": "reporteriso", "partner": "partneriso", "flow": "flowcode", "period": "period", "value": "primaryvalue"}
COMTRADE_LEGACY = {"reporter": "reporter iso", "partner": "partner iso", "flow": "trade flow", "period": "year", "value": "trade value (us$)"}
COMMODITY_COLUMNS = ("cmdcode", "commodity code")
TOTAL_COMMODITY = {"total", "all", "ag0", "00", ""}


class TableProblem(ValueError):
    """A table, sheet or cell that cannot be read; the message names where."""


class NotATradeTable(TableProblem):
    """No sheet has a layout tradecheck knows (a data file that is not a trade table)."""


@dataclass
class TableRead:
    rows: dict[str, list[Any]]  # raw figure columns (extraction.RAW_COLUMNS + location columns)
    problems: list[str] = field(default_factory=list)  # cells skipped, each named


Grid = list[list[str]]


# -- reading cells ---------------------------------------------------------


def _cell_text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float):
        return repr(value) if not value.is_integer() else str(int(value))
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    return str(value).strip()


def _sheets(path: Path, data: bytes) -> Iterator[tuple[str | None, Grid]]:
    """(sheet name, grid of cell texts) for every sheet of the file."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv"):
        from checker.documents.decoding import decode

        text, _ = decode(data)
        sample = text[:8192]
        try:
            dialect: Any = csv.Sniffer().sniff(sample, delimiters="\t;," if suffix == ".csv" else "\t")
        except csv.Error:
            dialect = csv.excel_tab if suffix == ".tsv" else csv.excel
        yield None, [[c.strip() for c in row] for row in csv.reader(io.StringIO(text), dialect)]
    elif suffix in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            for sheet in book.worksheets:
                yield sheet.title, [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        finally:
            book.close()
    elif suffix == ".parquet":
        try:
            import pyarrow.parquet as pq
        except ImportError:
            raise TableProblem("reading Parquet needs pyarrow: pip install 'tradecheck[parquet]'") from None
        frame = pq.read_table(io.BytesIO(data)).to_pandas()
        grid = [[str(c) for c in frame.columns]]
        grid += [[_cell_text(v) for v in row] for row in frame.itertuples(index=False, name=None)]
        yield None, grid


_NUMBER = re.compile(r"^[-+]?(?:\d+(?:[.,]\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?)(?:[eE][-+]?\d+)?$")


def read_value(text: str, decimal_separator: str = ".") -> tuple[float, int] | None:
    """(value, decimals printed) of a numeric cell, or None when it is not a
    number. The number styles are the text extraction's (numbers.read_number)."""
    compact = text.strip().replace("\u2212", "-")
    if not _NUMBER.match(compact):
        return None
    if "e" in compact.lower():
        return float(compact.replace(" ", "")), 0
    sign = -1.0 if compact.startswith("-") else 1.0
    reading = read_number(compact.lstrip("+-"), decimal_separator)
    return sign * reading.value, reading.decimals


# -- countries and aggregates ------------------------------------------------


@lru_cache(maxsize=1)
def _aggregates() -> dict[str, str]:
    data = load_yaml(rules_dir() / "lexicon" / "aggregates.yaml")
    return {str(name).casefold(): code for code, names in data.items() for name in names}


@lru_cache(maxsize=1)
def _country_lookup() -> dict[str, str]:
    import pycountry

    from checker.lexicon import available_languages

    names: dict[str, str] = {}
    for country in pycountry.countries:
        names[country.alpha_3.casefold()] = country.alpha_3
        names[str(int(country.numeric))] = country.alpha_3
    for language in available_languages():
        for name, code in load_lexicon(language).country_of.items():
            names.setdefault(name.casefold(), code)
    return names


@lru_cache(maxsize=4096)  # a long table names the same few countries on every row
def country_or_group(text: str) -> tuple[str | None, bool]:
    """(code, is_aggregate) for a country name, ISO code or M49 number."""
    key = text.strip().casefold()
    if key in _aggregates():
        return _aggregates()[key], True
    key = key.lstrip("0") or "0" if key.isdigit() else key
    return _country_lookup().get(key), False


# -- periods and units -------------------------------------------------------

_PERIOD = re.compile(r"^(?P<y>(?:19|20)\d\d)(?:(?:-|/|M)?(?P<m>0[1-9]|1[0-2]))?(?:\.0)?$")


@lru_cache(maxsize=4096)
def read_period(text: str) -> tuple[dt.date, dt.date, str] | None:
    m = _PERIOD.match(text.strip())
    if not m:
        return None
    year = int(m["y"])
    if m["m"]:
        month = int(m["m"])
        return dt.date(year, month, 1), month_end(year, month), f"{year}-{month:02d}"
    return dt.date(year, 1, 1), dt.date(year, 12, 31), str(year)


def find_unit(text: str) -> tuple[str | None, str | None]:
    """(scale, currency) named in a title or header ("thousand US dollars",
    "тыс. долларов США") in any language the lexicons know."""
    from checker.lexicon import available_languages, named_unit

    scale = currency = None
    for language in available_languages():
        found_scale, found_currency = named_unit(text, load_lexicon(language))
        scale, currency = scale or found_scale, currency or found_currency
    return scale, currency


# -- figure rows -------------------------------------------------------------


class _Rows:
    """Collects figure rows in the raw column layout the text extraction uses:
    one tuple per row in column order (a million-row table must not cost a
    dict per row), turned into columns once."""

    def __init__(self) -> None:
        from checker.extraction import RAW_COLUMNS

        self.names = (*RAW_COLUMNS, *LOCATION_COLUMNS)
        self.records: list[tuple[Any, ...]] = []

    def add(self, **values: Any) -> None:
        self.records.append(tuple(map(values.get, self.names)))

    @property
    def columns(self) -> dict[str, list[Any]]:
        if not self.records:
            return {name: [] for name in self.names}
        return {name: list(values) for name, values in zip(self.names, zip(*self.records, strict=True), strict=True)}


LOCATION_COLUMNS = ("page", "sheet", "row", "column", "aggregate")


def _cell(rows: _Rows, *, shown: str, metric: str, flow: str, reporter: str, partner: str, aggregate: bool,
          period: tuple[dt.date, dt.date, str], sheet: str | None, row: int, column: str, col: int, **figure: Any) -> None:  # fmt: skip
    """One figure of a table cell: where it stands, its claim, and a sentence that says both."""
    where = f"sheet {sheet}, " if sheet else ""
    flow_words = {"export": f"exports to {partner}", "import": f"imports from {partner}"}.get(flow, f"{metric.replace('_', ' ')} with {partner}")
    rows.add(
        start=0, end=0, line=row, col=col, sentence=f"{reporter} {flow_words}, {period[2]}: {shown} ({where}row {row}, column {column})",
        sentence_start=0, number_format="plain", metric=metric, flow=flow, negative=False, reporter=reporter, partner=partner,
        reporter_source="table", period_start=period[0], period_end=period[1], period_label=period[2],
        sheet=sheet, row=row, column=column, aggregate=aggregate, **figure,
    )  # fmt: skip


def _figure(rows: _Rows, *, cell: str, value: float, decimals: int, scale: str | None, currency: str, scope: str | None, **where: Any) -> None:
    """A value cell: money in the table's unit."""
    shown = f"{cell} {' '.join(p for p in (scale, currency) if p)}".strip()
    _cell(rows, shown=shown, surface=shown, kind="money", number_text=cell, amount=value, decimals=decimals,
          scale=scale, currency=currency, currency_inferred=False, scope=scope, **where)  # fmt: skip


def _rate(rows: _Rows, *, cell: str, value: float, decimals: int, **where: Any) -> None:
    """A cell of a column of changes in percent: a signed rate of the row's claim."""
    _cell(rows, shown=cell, surface=cell if cell.endswith("%") else f"{cell}%", kind="percent",
          number_text=cell.lstrip("+-\u2212").rstrip("%").strip(), amount=abs(value), decimals=decimals,
          change="down" if value < 0 else "up", **where)  # fmt: skip


def _share(rows: _Rows, *, cell: str, value: float, decimals: int, **where: Any) -> None:
    """A cell of a column of shares in percent: the row's share of the table's total (TC306)."""
    _cell(rows, shown=cell, surface=cell if cell.endswith("%") else f"{cell}%", kind="percent",
          number_text=cell.rstrip("%").strip(), amount=value, decimals=decimals, role="share", **where)  # fmt: skip


@lru_cache(maxsize=2)
def _column_words(key: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of a kind of percent column (``change_columns``: "Change, %", "Изменение, %"; ``share_columns``:
    "Share, %", "Доля, %") and of percentages, in every shipped language."""
    grammars = [load_lexicon(language).data["grammar"] for language in ("en", "ru")]
    words = frozenset(str(w).lower() for g in grammars for w in g.get(key) or ())
    percents = frozenset(str(w).lower() for g in grammars for w in g.get("percent_words") or ())
    return words, percents


def is_change_header(text: str) -> bool:
    return percent_header(text, *_column_words("change_columns"))


def is_share_header(text: str) -> bool:
    return percent_header(text, *_column_words("share_columns"))


def _header_row(grid: Grid, wanted: dict[str, str]) -> tuple[int, dict[str, int]] | None:
    """The first row holding most of a layout's header names, with their columns."""
    for number, row in enumerate(grid[:HEADER_SEARCH_ROWS]):
        names = {c.strip().lower(): i for i, c in enumerate(row) if c.strip()}
        found = {key: names[name] for key, name in wanted.items() if name in names}
        if len(found) >= 3:
            return number, found
    return None


def _long_table(grid: Grid, sheet: str | None, rows: _Rows, problems: list[str]) -> bool:
    """A Comtrade-style long table; False when the sheet is not one."""
    for wanted in (COMTRADE, COMTRADE_LEGACY):
        header = _header_row(grid, wanted)
        if header is None:
            continue
        number, found = header
        missing = [wanted[k] for k in wanted if k not in found]
        if missing:
            names = ", ".join(next(c for c in grid[number] if c.strip().lower() == wanted[k]) if k in found else k for k in wanted)
            raise TableProblem(f"missing column(s) {', '.join(missing)} for a Comtrade table (found {names})")
        heads = [c.strip().lower() for c in grid[number]]
        commodity = next((heads.index(c) for c in COMMODITY_COLUMNS if c in heads), None)
        printed = grid[number]
        for index, line in enumerate(grid[number + 1 :], start=number + 2):
            if not any(c.strip() for c in line):
                continue
            cells = {k: (line[i] if i < len(line) else "") for k, i in found.items()}
            place = f"row {index}"
            value_text = cells["value"]
            if value_text.strip().lower() in MISSING:
                continue
            reading = read_value(value_text)
            if reading is None:
                problems.append(f"{place}, column {printed[found['value']]}: {value_text[:40]!r} is not a number (row skipped)")
                continue
            reporter, _ = country_or_group(cells["reporter"])
            partner, aggregate = country_or_group(cells["partner"])
            flow = FLOW_WORDS.get(cells["flow"].strip().lower())
            period = read_period(cells["period"])
            for ok, key, what in (
                (reporter, "reporter", "country"),
                (partner, "partner", "country or group"),
                (flow, "flow", "flow"),
                (period, "period", "period"),
            ):
                if not ok:
                    problems.append(f"{place}, column {printed[found[key]]}: unknown {what} {cells[key][:40]!r} (row skipped)")
                    break
            else:
                code = line[commodity].strip() if commodity is not None and commodity < len(line) else ""
                scope = None if code.lower() in TOTAL_COMMODITY else f"HS {code}"
                assert flow and period and reporter and partner
                _figure(rows, cell=value_text, value=reading[0], decimals=reading[1], scale=None, currency="USD",
                        metric=flow[0], flow=flow[1], reporter=reporter, partner=partner, aggregate=aggregate, period=period,
                        scope=scope, sheet=sheet, row=index, column=printed[found["value"]], col=found["value"] + 1)  # fmt: skip
        return True
    return False


@dataclass(frozen=True)
class WideMapping:
    """A national wide table: partner rows, period columns. From YAML:

    reporter: KAZ            # the declaring country (required)
    flow: export             # export|import|turnover|balance, for the whole file
    sheets: {Exports: {flow: export}, Imports: {flow: import}}   # or per sheet
    partner_column: 1        # 1-based column of partner names (default 1)
    unit: thousand US dollars   # default: read from the title and header rows
    decimal_separator: "."   # "," for tables written with decimal commas
    """

    reporter: str
    flows: dict[str | None, str]
    partner_column: int = 1
    unit: str | None = None
    decimal_separator: str = "."

    KEYS = frozenset({"reporter", "flow", "sheets", "partner_column", "unit", "decimal_separator", "layout"})


def load_mapping(path: Path) -> WideMapping:
    try:
        data = load_yaml(path)
    except Exception as exc:  # a YAML error: report it, do not stop the run
        raise TableProblem(f"mapping {path.name}: not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise TableProblem(f"mapping {path.name}: expected keys reporter, flow or sheets")
    unknown = sorted(set(data) - WideMapping.KEYS)
    if unknown:
        raise TableProblem(f"mapping {path.name}: unknown key(s) {', '.join(unknown)} (known: {', '.join(sorted(WideMapping.KEYS))})")
    reporter, aggregate = country_or_group(str(data.get("reporter", "")))
    if not reporter or aggregate:
        raise TableProblem(f"mapping {path.name}: key reporter: {data.get('reporter')!r} is not a country")
    flows: dict[str | None, str] = {}
    if "flow" in data:
        flows[None] = str(data["flow"])
    for sheet, spec in (data.get("sheets") or {}).items():
        if not isinstance(spec, dict) or "flow" not in spec:
            raise TableProblem(f"mapping {path.name}: key sheets.{sheet}: needs a flow")
        flows[str(sheet)] = str(spec["flow"])
    for sheet, flow in flows.items():
        if flow.lower() not in FLOW_WORDS:
            key = f"sheets.{sheet}.flow" if sheet else "flow"
            raise TableProblem(f"mapping {path.name}: key {key}: {flow!r} is not export, import, turnover or balance")
    if not flows:
        raise TableProblem(f"mapping {path.name}: needs a flow (or sheets with a flow each)")
    column = data.get("partner_column", 1)
    if not isinstance(column, int) or column < 1:
        raise TableProblem(f"mapping {path.name}: key partner_column: {column!r} is not a column number (1 = first)")
    separator = str(data.get("decimal_separator", "."))
    if separator not in (".", ","):
        raise TableProblem(f"mapping {path.name}: key decimal_separator: {separator!r} is not '.' or ','")
    return WideMapping(reporter, flows, column, data.get("unit"), separator)


def _wide_table(grid: Grid, sheet: str | None, mapping: WideMapping, rows: _Rows, problems: list[str]) -> None:
    flow_name = mapping.flows.get(sheet, mapping.flows.get(None))
    if flow_name is None:
        return  # a sheet the mapping does not describe (notes, metadata)
    metric, flow = FLOW_WORDS[flow_name.lower()]
    header = next((n for n, row in enumerate(grid[:HEADER_SEARCH_ROWS]) if sum(read_period(c) is not None for c in row) >= 1), None)
    if header is None:
        raise TableProblem("no header row with period columns (2023, 2024-01, ...) in the first rows")
    periods = {i: p for i, c in enumerate(grid[header]) if (p := read_period(c)) is not None}
    # "Change, %" beside the year columns: each row's rate to the newest of them (TC305 checks it against the row)
    changes = [i for i, c in enumerate(grid[header]) if i not in periods and is_change_header(c)]
    # "Share, %": each row's share of the total of the newest period (TC306 checks it against the row and the world row)
    shares = [i for i, c in enumerate(grid[header]) if i not in periods and i not in changes and is_share_header(c)]
    newest = max(periods.values(), key=lambda p: (p[1], p[0]))
    title = " ".join(" ".join(r) for r in grid[: header + 1])
    scale, currency = find_unit(mapping.unit or title)
    if currency is None:
        raise TableProblem("no currency in the title or header (say it with unit: in the mapping file)")
    partner_at = mapping.partner_column - 1
    for index, line in enumerate(grid[header + 1 :], start=header + 2):
        name = line[partner_at].strip() if partner_at < len(line) else ""
        if not name or not any(line[i].strip() for i in periods if i < len(line)):
            continue
        partner, aggregate = country_or_group(name)
        if partner is None:
            problems.append(f"row {index}, column {grid[header][partner_at] or partner_at + 1}: unknown partner {name[:40]!r} (row skipped)")
            continue
        for i, period in periods.items():
            cell = line[i].strip() if i < len(line) else ""
            if cell.lower() in MISSING:
                continue
            reading = read_value(cell, mapping.decimal_separator)
            if reading is None:
                problems.append(f"row {index}, column {grid[header][i]}: {cell[:40]!r} is not a number (cell skipped)")
                continue
            _figure(rows, cell=cell, value=reading[0], decimals=reading[1], scale=scale, currency=currency, metric=metric, flow=flow,
                    reporter=mapping.reporter, partner=partner, aggregate=aggregate, period=period, scope=None,
                    sheet=sheet, row=index, column=grid[header][i], col=i + 1)  # fmt: skip
        for i, percent_cell in [*((i, _rate) for i in changes), *((i, _share) for i in shares)]:
            cell = line[i].strip() if i < len(line) else ""
            reading = None if cell.lower() in MISSING else read_value(cell.rstrip("%").strip(), mapping.decimal_separator)
            if reading is not None:
                percent_cell(rows, cell=cell, value=reading[0], decimals=reading[1], metric=metric, flow=flow, reporter=mapping.reporter,
                             partner=partner, aggregate=aggregate, period=newest, sheet=sheet, row=index, column=grid[header][i], col=i + 1)  # fmt: skip


def mapping_path(path: Path) -> Path:
    return path.with_name(path.stem + MAPPING_SUFFIX)


def read_table(path: Path, data: bytes) -> TableRead:
    """All figure rows of a table file. Raises TableProblem when nothing in it
    can be read; cells that cannot be read are listed in ``problems``."""
    mapping = load_mapping(mapping_path(path)) if mapping_path(path).is_file() else None
    rows = _Rows()
    problems: list[str] = []
    sheets = 0
    try:
        for sheet, grid in _sheets(path, data):
            sheets += 1
            label = f"sheet {sheet!r}" if sheet else ""
            found: list[str] = []
            if not any(any(c.strip() for c in r) for r in grid):
                problems.append(f"{label or 'table'}: empty")
                continue
            try:
                if mapping is not None:
                    _wide_table(grid, sheet, mapping, rows, found)
                elif not _long_table(grid, sheet, rows, found):
                    raise TableProblem(
                        "unrecognised layout: expected Comtrade columns (reporterISO, partnerISO, flowCode, period, primaryValue),"
                        f" the legacy ones (Reporter ISO, Partner ISO, Trade Flow, Year, Trade Value (US$)), or a mapping file {mapping_path(path).name}"
                    )
            except TableProblem as exc:
                problems.append(f"{label + ': ' if label else ''}{exc}")
                continue
            problems.extend(f"{label + ', ' if label else ''}{p}" for p in found)
    except TableProblem:
        raise
    except Exception as exc:  # openpyxl/pyarrow raise many types on damaged files; the file is untrusted input
        raise TableProblem(f"cannot read as {path.suffix.lstrip('.').upper()} ({type(exc).__name__}: {str(exc)[:120]})") from None
    if sheets == 0:
        raise TableProblem("no sheets")
    if not rows.records and problems and all("unrecognised layout" in p for p in problems):
        raise NotATradeTable(problems[0])
    return TableRead(rows.columns, problems)
