"""Pipe tables inside text (Markdown, and web pages as the HTML reader writes
them): the unit their caption or column header states, for cells that hold a
bare number ("US$ billion" above, "| 2024 | 4.1 |" below)."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import NamedTuple

from checker.lexicon import Lexicon, named_unit

# The rule under a table's header row: |---|:--:|
FOOTNOTE_MARKS = "*\u2020\u2021\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u2070"  # "98 410.2*", "1,204.1¹"
TABLE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-*:?[ \t]*)?$", re.MULTILINE)
LINE = re.compile(r"[^\n]*")
CAPTION_LINES = 2  # non-blank lines above the header that may state the unit


class Unit(NamedTuple):
    scale: str | None
    currency: str


class PipeTable(NamedTuple):
    body_start: int  # first character after the rule line
    body_end: int  # end of the last row
    header_bars: tuple[int, ...]  # where the header row's "|" stand
    caption: Unit | None  # the unit of the whole table (caption or header row)
    columns: tuple[Unit | None, ...]  # per header cell, the unit it names
    row_starts: list[int]  # where each body row starts
    row_bars: list[list[int]]  # where each body row's "|" stand (found once: a cell is a bisect away)
    title: tuple[int, int]  # span of the caption lines above the header ("Georgia's trade with Armenia, US$ million"); empty if none


class Cell(NamedTuple):
    """Where a position stands in a table body."""

    table: PipeTable
    column: int  # 1 for the first cell after the row header
    bars: list[int]  # the row's bars
    row_header: tuple[int, int]  # span of the row's first cell
    column_header: tuple[int, int]  # span of the column's header cell


def _unit(text: str, lex: Lexicon, inherited: Unit | None = None) -> Unit | None:
    """The unit a caption or header names: words and codes as trade tables read
    them, or a currency sign ("US$ billion"); a scale alone takes the caption's currency."""
    scale, currency = named_unit(text, lex)
    if currency is None and scale is not None and inherited is not None:
        return Unit(scale, inherited.currency)  # "| Exports, million |" under a "US$" caption
    return Unit(scale, currency) if currency else None


class Tables(NamedTuple):
    tables: list[PipeTable]
    starts: list[int]  # body starts, for bisect


NO_TABLES = Tables([], [])


def find_tables(text: str, lex: Lexicon) -> Tables:
    """The pipe tables of a text, in text order."""
    if "|" not in text or "---" not in text:
        return NO_TABLES
    tables: list[PipeTable] = []
    rules = list(TABLE_RULE.finditer(text))
    for k, rule in enumerate(rules):
        above = [(a, b) for a, b in _lines_before(text, rule.start(), CAPTION_LINES + 6) if text[a:b].strip()]
        if not above or not text[slice(*above[0])].lstrip().startswith("|"):
            continue
        header_start, header_end = above[0]
        header = text[header_start:header_end]
        captions: list[tuple[int, int]] = []
        for a, b in above[1 : CAPTION_LINES + 3]:
            line = text[a:b]
            if TABLE_RULE.fullmatch(line):
                continue
            if line.lstrip().startswith("|"):
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if cells[0] and not any(cells[1:]):
                    captions.append((a, b))  # a web page's <caption>, as trafilatura writes it: "| Trade, US$ million |  |  |"
                break  # the table before this one, or this one's caption row: no prose above it is the caption
            captions.append((a, b))
            if len(captions) == CAPTION_LINES:
                break
        # The nearest line that names a unit ("Main partners, Jan-Jun 2025 (million US dollars)"), not a
        # paragraph above it that happens to hold "$3.8 billion"; the lines together when none does alone.
        lines = [header, *(text[a:b].strip(" |") for a, b in captions)]  # nearest first
        together = _unit(" ".join(reversed(lines)), lex)
        caption = next((unit for line in lines if (unit := _unit(line, lex, together)) is not None), together)
        title = (captions[-1][0], captions[0][1]) if captions else (header_start, header_start)
        bars = tuple(header_start + i for i, char in enumerate(header) if char == "|")
        columns = tuple(_unit(text[a + 1 : b], lex, caption) for a, b in itertools.pairwise(bars))
        if tables and tables[-1].body_end > header_start:  # rows run up to the next table's header
            last = tables[-1]
            kept = bisect_right(last.row_starts, header_start - 1)
            tables[-1] = last._replace(body_end=header_start, row_starts=last.row_starts[:kept], row_bars=last.row_bars[:kept])
        end, row_starts, row_bars = _body(text, rule.end(), rules[k + 1].start() if k + 1 < len(rules) else len(text))
        tables.append(PipeTable(rule.end(), end, bars, caption, columns, row_starts, row_bars, title))
    return Tables(tables, [t.body_start for t in tables])


def _lines_before(text: str, pos: int, count: int) -> list[tuple[int, int]]:
    """Spans of up to ``count`` lines before the line starting at ``pos``, nearest first."""
    spans: list[tuple[int, int]] = []
    end = pos - 1  # the newline that ends the line above
    while end >= 0 and len(spans) < count:
        start = text.rfind("\n", 0, end) + 1
        spans.append((start, end))
        end = start - 1
    return spans


def _body(text: str, pos: int, limit: int) -> tuple[int, list[int], list[list[int]]]:
    """The rows after a rule (and before ``limit``, the next rule: each stretch of
    text is walked once): pipe rows, blank lines between them allowed. Returns
    where they end, where each starts and where its bars stand."""
    end, starts, bars = pos, [], []
    for line in LINE.finditer(text, pos, limit):
        content = line.group()
        if content.lstrip().startswith("|"):
            end = line.end()
            starts.append(line.start())
            bars.append([line.start() + i for i, char in enumerate(content) if char == "|"])
        elif content.strip():
            break
    return end, starts, bars


def _row_at(tables: Tables, pos: int) -> tuple[PipeTable, list[int]] | None:
    """The table and the bars of the body row holding ``pos``."""
    i = bisect_right(tables.starts, pos) - 1
    if i < 0 or pos >= tables.tables[i].body_end:
        return None
    table = tables.tables[i]
    row = bisect_right(table.row_starts, pos) - 1
    return (table, table.row_bars[row]) if row >= 0 else None


def row_header_at(tables: Tables, pos: int) -> tuple[int, int] | None:
    """The span of the body row header (its first cell) holding ``pos``."""
    found = _row_at(tables, pos)
    bars = found[1] if found is not None else []
    return (bars[0] + 1, bars[1]) if len(bars) > 1 and bars[0] < pos < bars[1] else None


def cell_at(tables: Tables, pos: int) -> Cell | None:
    """The body cell (not the row header) holding ``pos``, with its headers' spans."""
    found = _row_at(tables, pos)
    if found is None:
        return None
    table, bars = found
    column = bisect_left(bars, pos) - 1  # cells between bars; 0 is the row header
    if column < 1 or column + 1 >= len(table.header_bars):
        return None
    return Cell(table, column, bars, (bars[0] + 1, bars[1]), (table.header_bars[column] + 1, table.header_bars[column + 1]))


def _bare_cell(tables: Tables, text: str, start: int, end: int, signs: tuple[str, ...] = ("", "-", "\u2212")) -> Cell | None:
    """The body cell a number fills alone (a minus sign, a footnote mark are no words)."""
    cell = cell_at(tables, start)
    if cell is None or cell.column + 1 >= len(cell.bars):
        return None
    left, right = cell.bars[cell.column], cell.bars[cell.column + 1]
    if end > right or text[left + 1 : start].strip() not in signs or text[end:right].strip().strip(FOOTNOTE_MARKS):
        return None
    return cell


def percent_column(tables: Tables, text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """What a bare number filling a cell of a column in percent is: "change" under "| Change, % |",
    "| y/y, % |" (changes on the year before), "share" under "| Share, % |", "| % of total |" (shares
    of the total), else None."""
    cell = _bare_cell(tables, text, start, end, ("", "-", "\u2212", "\u2013", "+"))  # a change has its sign
    if cell is None:
        return None
    grammar, header = lex.data["grammar"], text[slice(*cell.column_header)]
    if change_header(header, grammar.get("change_columns") or (), grammar["percent_words"]):
        return "change"
    if percent_header(header, grammar.get("share_columns") or (), grammar["percent_words"]):
        return "share"
    return None


def change_header(header: str, change_words: Iterable[str], percent_words: Iterable[str]) -> bool:
    """ "Change, %", "y/y, %", "Growth (%)", "Изменение, %": a column of changes on the year before, in percent."""
    return percent_header(header, change_words, percent_words)


def percent_header(header: str, column_words: Iterable[str], percent_words: Iterable[str]) -> bool:
    """A header in percent ("%" or a percent word) naming one of the column's words or phrases."""
    words = re.findall(r"[\w/]+", header.lower())
    in_percent = "%" in header or any(str(w).lower() in words for w in percent_words)
    joined = f" {' '.join(words)} "
    return in_percent and any(f" {' '.join(str(w).lower().split())} " in joined for w in column_words)


def cell_unit(tables: Tables, text: str, start: int, end: int, lex: Lexicon) -> Unit | None:
    """The unit of a bare number filling a body cell, if its table names one."""
    cell = _bare_cell(tables, text, start, end)
    if cell is None:
        return None  # the number shares its cell with words: not a bare value
    row_header, column_header = text[slice(*cell.row_header)], text[slice(*cell.column_header)]
    if "%" in row_header or "%" in column_header or _not_money(row_header + " " + column_header, lex):
        return None  # "| Growth, % | 5 |", "| Number of exporters | 1,200 |": whatever the caption says
    columns = cell.table.columns
    return _unit(row_header, lex, cell.table.caption) or (columns[cell.column] if cell.column < len(columns) else None) or cell.table.caption


def _not_money(text: str, lex: Lexicon) -> bool:
    """A header that counts or weighs ("number of", "tonnes") or gives a percentage."""
    words = set(re.findall(r"\w+", text.lower()))
    grammar = lex.data["grammar"]
    return any(w in words for w in [*grammar["percent_words"], *(grammar.get("count_words") or [])])
