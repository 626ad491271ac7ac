"""Pipe tables inside text (Markdown, and web pages as the HTML reader writes
them): the unit their caption or column header states, for cells that hold a
bare number ("US$ billion" above, "| 2024 | 4.1 |" below)."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

from checker.lexicon import Lexicon, load_lexicon, trie_pattern

# The rule under a table's header row: |---|:--:|
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


@lru_cache(maxsize=8)
def _unit_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = load_lexicon(language)
    scales = [w for w in lex.scale_of if w not in lex.short_scales]
    currencies = [*(w for w in lex.currency_of_word if len(w) > 2), *lex.currency_of_symbol, *lex.iso_codes]
    return (
        re.compile(rf"(?i)(?<![\w])(?:{trie_pattern(scales)})(?![\w])"),
        re.compile(rf"(?<![\w$])(?:{trie_pattern(currencies)})(?![\w])", re.IGNORECASE),
    )


def unit_of(text: str, lex: Lexicon) -> tuple[str | None, str | None]:
    """(scale, currency) a caption or header names ("US$ billion", "млн долларов США");
    the longest word wins ("us dollars" over "dollars")."""
    scales, currencies = _unit_patterns(lex.language)
    scale_words = [m.group() for m in scales.finditer(text)]
    currency_words = [m.group() for m in currencies.finditer(text)]
    scale = lex.scale_of.get(max(scale_words, key=len).lower()) if scale_words else None
    currency = None
    for word in sorted(currency_words, key=len, reverse=True):
        currency = lex.currency_of_symbol.get(word) or (word.upper() if word.upper() in lex.iso_codes and word.isupper() else None)
        currency = currency or lex.currency_of_word.get(" ".join(word.lower().split()))
        if currency:
            break
    return scale, currency


def _unit(text: str, lex: Lexicon, inherited: Unit | None = None) -> Unit | None:
    scale, currency = unit_of(text, lex)
    if currency is None and scale is not None and inherited is not None:
        return Unit(scale, inherited.currency)  # "| Exports, million |" under a "US$" caption
    return Unit(scale, currency) if currency else None


class Tables(NamedTuple):
    tables: list[PipeTable]
    starts: list[int]  # body starts, for bisect


def find_tables(text: str, lex: Lexicon) -> Tables:
    """The pipe tables of a text, in text order."""
    if "|" not in text or "---" not in text:
        return Tables([], [])
    tables: list[PipeTable] = []
    rules = list(TABLE_RULE.finditer(text))
    for k, rule in enumerate(rules):
        above = [(a, b) for a, b in _lines_before(text, rule.start(), CAPTION_LINES + 6) if text[a:b].strip()]
        if not above or not text[slice(*above[0])].lstrip().startswith("|"):
            continue
        header_start, header_end = above[0]
        header = text[header_start:header_end]
        captions = []
        for a, b in above[1 : CAPTION_LINES + 1]:
            if text[a:b].lstrip().startswith("|"):
                break  # the table before this one
            captions.append(text[a:b])
        caption = _unit(" ".join([*reversed(captions), header]), lex)
        bars = tuple(header_start + i for i, char in enumerate(header) if char == "|")
        columns = tuple(_unit(text[a + 1 : b], lex, caption) for a, b in itertools.pairwise(bars))
        if tables and tables[-1].body_end > header_start:  # rows run up to the next table's header
            tables[-1] = tables[-1]._replace(body_end=header_start)
        end = _body_end(text, rule.end(), rules[k + 1].start() if k + 1 < len(rules) else len(text))
        tables.append(PipeTable(rule.end(), end, bars, caption, columns))
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


def _body_end(text: str, pos: int, limit: int) -> int:
    """The end of the rows after a rule (and before ``limit``, the next rule: each
    stretch of text is walked once): pipe rows, blank lines between them allowed."""
    end = pos
    for line in LINE.finditer(text, pos, limit):
        content = line.group()
        if content.lstrip().startswith("|"):
            end = line.end()
        elif content.strip():
            break
    return end


def cell_unit(tables: Tables, text: str, start: int, end: int, lex: Lexicon) -> Unit | None:
    """The unit of a bare number filling a body cell (not the row header), if its table names one."""
    i = bisect_right(tables.starts, start) - 1
    if i < 0 or start >= tables.tables[i].body_end:
        return None
    table = tables.tables[i]
    line_start = text.rfind("\n", 0, start) + 1
    left = text.rfind("|", line_start, start)
    right = text.find("|", end)
    newline = text.find("\n", end)
    if left < 0 or right < 0 or (0 <= newline < right):
        return None
    if text[left + 1 : start].strip() or text[end:right].strip():
        return None  # the number shares its cell with words: not a bare value
    column = text.count("|", line_start, left)  # cells before this one; 0 is the row header
    if column < 1:
        return None
    row_header = text[line_start : text.find("|", text.find("|", line_start) + 1)]
    column_header = text[table.header_bars[column] : table.header_bars[column + 1]] if column + 1 < len(table.header_bars) else ""
    if "%" in row_header or "%" in column_header or _not_money(row_header + " " + column_header, lex):
        return None  # "| Growth, % | 5 |", "| Number of exporters | 1,200 |": whatever the caption says
    return _unit(row_header, lex, table.caption) or (table.columns[column] if column < len(table.columns) else None) or table.caption


def _not_money(text: str, lex: Lexicon) -> bool:
    """A header that counts or weighs ("number of", "tonnes") or gives a percentage."""
    words = set(re.findall(r"\w+", text.lower()))
    grammar = lex.data["grammar"]
    return any(w in words for w in [*grammar["percent_words"], *(grammar.get("count_words") or [])])
