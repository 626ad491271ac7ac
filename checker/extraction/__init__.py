"""Text -> raw figures: amounts with spans and their context (no pandas, no pint)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from checker.extraction.amounts import Amount, scan_amounts, scan_multiplier_words, scan_word_amounts
from checker.extraction.context import DocumentContext
from checker.extraction.tables import find_tables
from checker.lexicon import load_lexicon

# Columns produced per figure, in order; figures.py turns them into the table.
RAW_COLUMNS = (
    "start", "end", "line", "col", "surface", "sentence", "sentence_start", "kind", "number_text",
    "amount", "decimals", "amount_high", "decimals_high", "alt_amount", "alt_decimals",
    "number_format", "scale", "currency", "currency_inferred", "qualifier", "qualifier_kind",
    "metric", "flow", "negative", "reporter", "partner", "reporter_source",
    "period_start", "period_end", "period_label", "status", "attribution", "change", "scope", "role",
)  # fmt: skip


def scan(text: str, *, doc_date: dt.date | None = None, language: str = "en") -> dict[str, list[Any]]:
    """All figures of one text as columns (lists of equal length)."""
    lex = load_lexicon(language)
    tables = find_tables(text, lex)
    amounts = scan_amounts(text, lex, tables)
    lowered = text.lower()
    if len(lowered) == len(text):  # (a few characters lengthen when lowered: then positions would not match)
        in_words = scan_word_amounts(text, lex, lowered) + scan_multiplier_words(text, lex, lowered)
        if in_words:  # rare: merged by position, never overlapping (they hold no digit)
            amounts = sorted(amounts + in_words)
    if not amounts:
        return {name: [] for name in RAW_COLUMNS}
    rows: list[tuple[Any, ...]] = []
    ctx = DocumentContext(text, lex, doc_date, [(a.start, a.end) for a in amounts], tables)
    for i, amount in enumerate(amounts):
        previous: Amount | None = amounts[i - 1] if i else None
        following: Amount | None = amounts[i + 1] if i + 1 < len(amounts) else None
        about = ctx.describe(amount, previous, following)
        reading, high = amount.reading, amount.high
        period = about.period
        row = (
            amount.start, amount.end, about.line, about.col, text[amount.start : amount.end],
            about.sentence, about.sentence_start, amount.kind, amount.number_text,
            reading.value, reading.decimals,
            high.value if high else None, high.decimals if high else None,
            reading.alt_value, reading.alt_decimals,
            reading.number_format, amount.scale, amount.currency, amount.currency_inferred,
            amount.qualifier, amount.qualifier_kind,
            about.metric, about.flow, about.negative, about.reporter, about.partner, about.reporter_source,
            period.start if period else None, period.end if period else None, period.label if period else None,
            about.status, about.attribution, about.change, about.scope, about.role,
        )  # fmt: skip
        rows.append(row)
    rows = _headline_sides(rows)
    # One transpose at the end: appending to 34 lists per figure cost more.
    return {name: list(values) for name, values in zip(RAW_COLUMNS, zip(*rows, strict=True), strict=True)}


_AT = {name: i for i, name in enumerate(RAW_COLUMNS)}
_SAME_FIGURE = tuple(_AT[c] for c in ("kind", "amount", "scale", "currency", "metric", "period_start", "period_end", "status"))
_SIDES = tuple(_AT[c] for c in ("reporter", "partner", "reporter_source", "attribution"))
# Whose figure a headline's is, by how its side was found there: one the document presumed takes the side the text
# names for the same figure; one the headline's own words gave ("Kazakhstan-China trade hits ...") only an office's
# or speaker's side.
_TAKES_FROM = {"document": ("attribution", "sentence"), "sentence": ("attribution",)}


def _headline_sides(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """A headline's figure takes the side of the same figure stated in the text: "Kazakhstan-China trade hits $36.5
    bln" restates "... reached $36.5 bln, according to China's General Administration of Customs" (the Chinese
    side's figure, not a Kazakh one conflicting with Kazakh statistics)."""
    line, source = _AT["line"], _AT["reporter_source"]
    headline = [i for i, row in enumerate(rows) if row[line] == 1 and row[source] in _TAKES_FROM]
    if not headline:
        return rows
    stated: dict[tuple[Any, ...], list[tuple[Any, ...]]] = {}
    for row in rows:
        if row[line] > 1 and row[source] in ("attribution", "sentence"):
            stated.setdefault(tuple(row[i] for i in _SAME_FIGURE), []).append(row)
    for i in headline:
        found = [row for row in stated.get(tuple(rows[i][k] for k in _SAME_FIGURE), []) if row[source] in _TAKES_FROM[rows[i][source]]]
        if found:
            rows[i] = tuple(found[0][k] if k in _SIDES else value for k, value in enumerate(rows[i]))
    return rows
