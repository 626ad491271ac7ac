"""Periods named in a sentence: years, quarters, halves, month ranges,
"first nine months of 2024", and relative years resolved against a date."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

from checker.lexicon import FiscalYear, Lexicon, load_lexicon, phrase_first_words

MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


YEAR_ENDING_CHARS = 40  # "the financial year which ended in March": how far before the month the words may start
FISCAL_WORDS_CHARS = 24  # "the financial year 2024": how far before a year its fiscal words may start

# A day number right after or before a month name makes a date, not a period.
_DAY_AFTER = re.compile(r"[ \u00a0]+[0-3]?\d(?![\d%]|[.,]\d|[ \u00a0]*(?:%|[^\W\d_]))")
_DAY_BEFORE = re.compile(r"(?:^|[^\d.,])[0-3]?\d[ \u00a0]+\Z")
# The year closing a date ("20 February 2025", "March 3, 2025"): when something was said or published, not a period.
_DATE_YEAR = re.compile(r"(?:[ \u00a0]+[0-3]?\d(?!\d))?,?[ \u00a0]+\d{4}(?![\d%]|[.,]\d)")


class Period(NamedTuple):
    start: dt.date
    end: dt.date
    label: str
    pos: int  # where the phrase starts in the text
    end_pos: int


class _Token(NamedTuple):
    start: int
    end: int
    months: tuple[int, int] | None  # sub-year part: first and last month
    sub_label: str | None
    year: int | None
    year_end: int | None
    relative: bool
    counted: bool = False  # months counted from the start of the year ("first four months", "Q1"), not named
    fiscal: bool = False  # a year said to be a fiscal one ("FY2025", "fiscal 2024", "FY25")


def _month_index(lex: Lexicon, word: str) -> int:
    return lex.month_number[" ".join(word.lower().rstrip(".").split())]


def _number(lex: Lexicon, word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else int(lex.data["number_words"].get(word, 0))


PERIOD_PATTERNS = (
    "period_nmonths", "period_nmonths_digits", "period_nquarters", "period_part", "period_elided", "period_code",
    "period_months", "period_relative", "period_fiscal_code", "period_year",
)  # fmt: skip


@lru_cache(maxsize=8)
def _needs(language: str) -> dict[str, tuple[tuple[str, ...], bool]]:
    """Per period pattern: words one of which a sentence must hold for the
    pattern to match there, and whether they are looked for as written (else
    in the lower-cased sentence). Patterns not listed always run. Most
    sentences name no quarter, half or "nine months": their patterns are skipped."""
    lex = load_lexicon(language)
    grammar = lex.data["grammar"]
    months = phrase_first_words(grammar["months_word"])
    parts = phrase_first_words([*grammar["half_word"], *grammar["quarter_word"]])
    return {
        "period_nmonths": (months, False),
        "period_nmonths_digits": (months, False),
        "period_nquarters": (phrase_first_words(grammar.get("quarters_word") or []), False),
        "period_part": (parts, False),
        "period_elided": (parts, False),  # only after a named part
        "period_relative": (phrase_first_words(list(lex.relative_year)), False),
        "period_code": (("Q", "H"), True),  # "Q1", "H2", "3Q": matched case-sensitively
        "period_fiscal_code": (tuple(str(p) for p in lex.data.get("period_glued_prefixes") or ()), True),
    }


def _glued_prefix(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a prefix written onto the year stands right before ``pos``: "FY2024-25" (a fiscal year)."""
    return _glued_prefix_length(text, pos, lex) > 0


def _glued_prefix_length(text: str, pos: int, lex: Lexicon) -> int:
    return next(
        (
            len(prefix)
            for prefix in lex.data.get("period_glued_prefixes", ())
            if text.startswith(prefix, pos - len(prefix)) and not (pos > len(prefix) and text[pos - len(prefix) - 1].isalnum())
        ),
        0,
    )


def _tokens(text: str, start: int, end: int, lex: Lexicon, doc_date: dt.date | None) -> list[_Token]:
    matches: list[re.Match[str]] = []
    needs = _needs(lex.language)
    chunk = text[start:end]
    lowered = chunk.lower()
    for name in PERIOD_PATTERNS:
        if name in needs:
            words, as_written = needs[name]
            if not any(w in (chunk if as_written else lowered) for w in words):
                continue
        for m in lex.regex[name].finditer(text, start, end):
            if not (m.start() and text[m.start() - 1].isalnum()) or _glued_prefix(text, m.start(), lex):
                matches.append(m)
    matches.sort(key=lambda m: (m.start(), -m.end()))
    tokens: list[_Token] = []
    ordinals = lex.data["ordinals"]
    covered = -1
    for m in matches:
        if m.start() < covered:
            continue  # inside a longer period phrase already taken
        groups = m.groupdict()
        months: tuple[int, int] | None = None
        label = None
        year = year_end = None
        relative = False
        if groups.get("nmonths"):
            n = _number(lex, groups["nmonths"])
            if not 1 <= n <= 12:
                continue
            months, label = (1, n), f"Jan-{MONTH_NAMES[n - 1]}"
        elif groups.get("nquarters"):
            n = _number(lex, groups["nquarters"])
            if not 1 <= n <= 4:
                continue
            months, label = (1, 3 * n), f"Jan-{MONTH_NAMES[3 * n - 1]}" if n > 1 else "Q1"
        elif groups.get("ordinal"):
            part = ordinals.get(groups["ordinal"].lower(), 0)
            if groups.get("half"):
                if part not in (1, 2):
                    continue
                months, label = ((1, 6) if part == 1 else (7, 12)), f"H{part}"
            else:
                if not 1 <= part <= 4:
                    continue
                months, label = (3 * part - 2, 3 * part), f"Q{part}"
        elif groups.get("elided"):
            # "in the second" after "in the first quarter": the same kind of part as the last one named
            named = next((t.sub_label for t in reversed(tokens) if t.sub_label and t.sub_label[0] in "QH" and t.sub_label[1:].isdigit()), None)
            part = ordinals.get(groups["elided"].lower(), 0)
            if named is None or not 1 <= part <= (2 if named[0] == "H" else 4):
                continue
            months, label = ((1, 6) if part == 1 else (7, 12)) if named[0] == "H" else (3 * part - 2, 3 * part), f"{named[0]}{part}"
            covered = m.end()
            tokens.append(_Token(m.start("elided"), m.end(), months, label, None, None, False))
            continue
        elif groups.get("code"):
            code = groups["code"].upper()
            part = int(code.strip("QH"))
            last = int(groups["code2"].upper().strip("Q")) if groups.get("code2") else part
            if "H" in code:
                months, label = ((1, 6) if part == 1 else (7, 12)), f"H{part}"
            elif last > part:  # "Q1-Q3": the months they span, labelled as a month range is
                months = (3 * part - 2, 3 * last)
                label = f"{MONTH_NAMES[months[0] - 1]}-{MONTH_NAMES[months[1] - 1]}"
            else:
                months, label = (3 * part - 2, 3 * part), f"Q{part}"
        elif groups.get("m1"):
            if groups["m1"].lower().rstrip(".") == "may" and not groups["m2"] and groups["m1"][0].islower():
                continue  # the verb "may"
            if _DAY_AFTER.match(text, m.end()) or _DAY_BEFORE.search(text[max(0, m.start() - 6) : m.start()]):
                # "DUSHANBE, March 5 (Reuters)", "on 5 March", "5 марта": a date, not the month, nor its year
                date_year = _DATE_YEAR.match(text, m.end(), end)
                if date_year is not None:
                    covered = date_year.end()
                continue
            first = _month_index(lex, groups["m1"])
            last = _month_index(lex, groups["m2"]) if groups["m2"] else first
            if last < first:
                continue
            months = (first, last)
            label = MONTH_NAMES[first - 1] + (f"-{MONTH_NAMES[last - 1]}" if last != first else "")
        elif groups.get("rel"):
            if doc_date is None:
                continue
            offset = lex.relative_year[" ".join(groups["rel"].lower().split())]
            year, relative = doc_date.year + offset, True
        elif groups.get("fy"):
            # "FY25" (one fiscal year, which calendar year it names depends on the country), "FY24-25" (a split year)
            year = 2000 + int(groups["fy"])
            if groups.get("fy2"):
                if int(groups["fy2"]) != (year + 1) % 100:
                    continue
                year_end, label = year + 1, f"{year}/{groups['fy2']}"
        elif groups.get("year"):
            year = int(groups["year"])
            year_end = int(groups["year2"]) if groups["year2"] else None
            if year_end is not None and year_end <= year:
                year_end = None
            split = groups.get("split")
            if split and (year // 100) * 100 + int(split[-2:]) == year + 1:
                # "the 2024/25 marketing year": neither calendar year, so a period of its own
                year_end, label = year + 1, f"{year}/{split[-2:]}"
        else:
            continue
        covered = m.end()
        counted = bool(groups.get("nmonths") or groups.get("nquarters") or groups.get("ordinal") or groups.get("code"))
        fiscal = (
            year is not None
            and not relative
            and (
                bool(groups.get("fy"))
                or _glued_prefix(text, m.start(), lex)
                or lex.regex["fiscal_before"].search(text, max(start, m.start() - FISCAL_WORDS_CHARS), m.start()) is not None
            )
        )
        tokens.append(_Token(m.start(), m.end(), months, label, year, year_end, relative, counted, fiscal))
    return tokens


def _months_ending(text: str, tokens: list[_Token], i: int, lex: Lexicon, doc_date: dt.date | None) -> tuple[Period, int] | None:
    """ "the three months to September 2025" (ONS): the months counted back from a named month, not the year's
    first three; with the tokens it used. The year is the month's own, else the latest such month by the document date."""
    tok = tokens[i]
    if not (tok.counted and tok.months is not None and tok.months[0] == 1 and tok.sub_label and tok.sub_label.startswith(MONTH_NAMES[0])):
        return None
    month = tokens[i + 1] if i + 1 < len(tokens) else None
    if month is None or month.months is None or month.counted or month.months[0] != month.months[1]:
        return None
    if not lex.regex["months_to"].fullmatch(text, tok.end, month.start):
        return None
    last, count = month.months[1], tok.months[1]
    named = _month_year(text, tokens, i + 1, lex, doc_date)
    if named is None:
        return None
    year, used, end_pos = named[0], named[1] + 1, named[2]
    start_year, start_month = (year, last - count + 1) if last >= count else (year - 1, last - count + 13)
    label = _months_label(start_year, start_month, year, last)
    return Period(dt.date(start_year, start_month, 1), month_end(year, last), label, tok.start, end_pos), used


def _months_label(start_year: int, start_month: int, end_year: int, end_month: int) -> str:
    """ "Jul-Sep 2025", "Sep 2025", "Jul 2024-Jun 2025": a span of whole months as the periods' labels write it."""
    if start_year != end_year:
        return f"{MONTH_NAMES[start_month - 1]} {start_year}-{MONTH_NAMES[end_month - 1]} {end_year}"
    months = MONTH_NAMES[start_month - 1] + (f"-{MONTH_NAMES[end_month - 1]}" if end_month != start_month else "")
    return f"{months} {start_year}"


def _month_year(text: str, tokens: list[_Token], i: int, lex: Lexicon, doc_date: dt.date | None) -> tuple[int, int, int] | None:
    """The year of the month token ``tokens[i]``: the year joined after it ("September 2025"), else the latest such month
    by the document's date; with the tokens used (the month and its year) and where the phrase ends. None with neither."""
    month = tokens[i]
    assert month.months is not None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is not None and after.year is not None and after.months is None and lex.regex["period_join"].match(text[month.end : after.start]):
        return after.year, 2, after.end
    if doc_date is not None:
        last = month.months[1]
        return (doc_date.year if month_end(doc_date.year, last) <= doc_date else doc_date.year - 1), 1, month.end
    return None


def _in_split_year(tok: _Token, first_year: int, first_month: int, end_pos: int) -> Period:
    """Months of a fiscal year that starts in ``first_month`` of ``first_year``. Counted months run from its start:
    "the first four months of fiscal year 2025-26" (July-June) are July-October 2025, its third quarter January-March
    2026. Named months fall in the first year from the first month on: "January-March 2025-26" (April-March) are 2026's."""
    assert tok.months is not None
    first, last = tok.months
    if tok.counted:
        offset = first_month - 1
        start_year, start_month = first_year + (first - 1 + offset) // 12, (first - 1 + offset) % 12 + 1
        end_year, end_month = first_year + (last - 1 + offset) // 12, (last - 1 + offset) % 12 + 1
    else:
        start_year, start_month = first_year + (first < first_month), first
        end_year, end_month = first_year + (last < first_month), last
        if (end_year, end_month) < (start_year, start_month):
            start_year = end_year = first_year  # "April-October 2025-26" read with July-June: the months as named, in the first year
    label = _months_label(start_year, start_month, end_year, end_month)
    return Period(dt.date(start_year, start_month, 1), month_end(end_year, end_month), label, tok.start, end_pos)


def _year_ending(text: str, tokens: list[_Token], i: int, lex: Lexicon, doc_date: dt.date | None, start: int) -> tuple[Period, int] | None:
    """ "the fiscal year that ended in March" (Reuters on Japan), "the year ended June 2025": the twelve months ending
    in the named month, of its own year or else the latest by the document's date; with the tokens it used."""
    tok = tokens[i]
    if tok.months is None or tok.counted or tok.months[0] != tok.months[1]:
        return None
    if not lex.regex["year_ending"].search(text, max(start, tok.start - YEAR_ENDING_CHARS), tok.start):
        return None
    last = tok.months[1]
    named = _month_year(text, tokens, i, lex, doc_date)
    if named is None:
        return None
    year, used, end_pos = named
    first_year, first_month = (year - 1, last + 1) if last < 12 else (year, 1)
    return _fiscal_year(first_year, first_month, tok.start, end_pos), used


def _in_current_fiscal_year(tok: _Token, fiscal: FiscalYear, doc_date: dt.date, end_pos: int) -> Period:
    """ "the first seven months of the fiscal year": counted months of the latest fiscal year in which they ended by the document's date."""
    first_year = doc_date.year if doc_date.month >= fiscal.first_month else doc_date.year - 1
    period = _in_split_year(tok, first_year, fiscal.first_month, end_pos)
    return period if period.end <= doc_date else _in_split_year(tok, first_year - 1, fiscal.first_month, end_pos)


def _fiscal_year(first_year: int, first_month: int, pos: int, end_pos: int) -> Period:
    """A whole fiscal year: twelve months from ``first_month`` of ``first_year``, labelled as a split year ("2024/25")."""
    last_year, last_month = (first_year + 1, first_month - 1) if first_month > 1 else (first_year, 12)
    label = f"{first_year}/{(first_year + 1) % 100:02d}" if first_month > 1 else str(first_year)
    return Period(dt.date(first_year, first_month, 1), month_end(last_year, last_month), label, pos, end_pos)


def _first_year(tok: _Token, fiscal: FiscalYear | None) -> int | None:
    """The calendar year a fiscal year starts in: a split year's first ("2025-26"), or, for a single year said to be
    fiscal ("FY25", "fiscal 2024"), the one the country's fiscal years are named by; None when neither."""
    if tok.year is None or tok.months is not None:
        return None
    if tok.year_end == tok.year + 1 and tok.sub_label is not None:
        return tok.year
    if tok.fiscal and tok.year_end is None and fiscal is not None and fiscal.named_by is not None:
        return tok.year if fiscal.named_by == "start" else tok.year - 1
    return None


def month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def in_year(period: Period, year: int) -> Period | None:
    """The same months in another year ("Q2 2025" in 2024 -> "Q2 2024"); None for a
    period that is not whole months of one year ("since 2015", "2024/25", a date)."""
    own = period.start.year
    whole_months = period.start.day == 1 and period.end == month_end(own, period.end.month)
    if period.end.year != own or not whole_months or not period.label.endswith(str(own)):
        return None
    label = f"{period.label.removesuffix(str(own))}{year}"
    return Period(dt.date(year, period.start.month, 1), month_end(year, period.end.month), label, period.pos, period.end_pos)


def year_before(period: Period) -> Period | None:
    """The same months a year earlier ("Q2 2025" -> "Q2 2024")."""
    return in_year(period, period.start.year - 1)


def find_periods(text: str, start: int, end: int, lex: Lexicon, doc_date: dt.date | None, fiscal: FiscalYear | None = None) -> list[Period]:
    """Periods in ``text[start:end]``: sub-periods joined to their year. ``fiscal``: the fiscal year of the
    document's country, by which its split years ("2024-25") and years said to be fiscal ("FY25") are read."""
    tokens = _tokens(text, start, end, lex, doc_date)
    default_first_month = lex.data["grammar"].get("split_year_first_month")
    first_month = fiscal.first_month if fiscal is not None else int(default_first_month) if default_first_month else None
    periods: list[Period] = []
    sibling_year = None  # "in the first quarter of 2025 ...; in the second quarter": the year named with the part before
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.months is not None:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            year = None
            end_pos = tok.end
            year_to = _year_ending(text, tokens, i, lex, doc_date, start)
            if year_to is not None:
                period, used = year_to
                periods.append(period)
                i += used
                continue
            ending = _months_ending(text, tokens, i, lex, doc_date)
            if ending is not None:
                period, used = ending
                periods.append(period)
                i += used
                continue
            gap_end = nxt.start - _glued_prefix_length(text, nxt.start, lex) if nxt is not None else tok.end  # "of FY2025-26"
            joined = nxt is not None and nxt.year is not None and nxt.months is None and lex.regex["period_join"].match(text[tok.end : gap_end])
            first_year = _first_year(nxt, fiscal) if joined and nxt is not None else None
            if first_year is not None and nxt is not None and first_month:
                periods.append(_in_split_year(tok, first_year, first_month, nxt.end))
                i += 2
                continue
            current = lex.regex["current_fiscal_year"].match(text, tok.end, end) if fiscal is not None and tok.counted and not joined else None
            if current is not None and fiscal is not None and doc_date is not None:
                periods.append(_in_current_fiscal_year(tok, fiscal, doc_date, current.end()))
                i += 1
                continue
            if nxt and nxt.year is not None and nxt.months is None and lex.regex["period_join"].match(text[tok.end : nxt.start]):
                year, end_pos = nxt.year, nxt.end
                sibling_year = year
                i += 1
            elif sibling_year is not None:
                year = sibling_year
            elif doc_date is not None:
                # "in January-June" without a year: the latest such span ending by the document date.
                year = doc_date.year if month_end(doc_date.year, tok.months[1]) <= doc_date else doc_date.year - 1
            if year is not None:
                first, last = tok.months
                periods.append(Period(dt.date(year, first, 1), month_end(year, last), f"{tok.sub_label} {year}", tok.start, end_pos))
        elif tok.year is not None and not tok.relative and lex.regex["since"].search(text, max(0, tok.start - 16), tok.start):
            # "Since 2015, trade has totalled $200 billion": a running total to the document date, not 2015.
            if doc_date is not None and doc_date.year >= tok.year:
                periods.append(Period(dt.date(tok.year, 1, 1), doc_date, f"since {tok.year}", tok.start, tok.end))
        elif (fiscal_start := _first_year(tok, fiscal)) is not None:
            # A split year, twelve months across two calendar years, from the country's fiscal year's first month, else
            # July-June (the grain marketing year and most such fiscal years), as no calendar period can stand for it;
            # or a year said to be fiscal, in a country whose fiscal years are named by one year ("FY25" in India).
            periods.append(_fiscal_year(fiscal_start, first_month or 7, tok.start, tok.end))
        elif tok.fiscal and tok.sub_label is None and tok.year_end is None and lex.regex["period_fiscal_code"].match(text, tok.start):
            pass  # "FY25" in a country not known to name fiscal years so: not a calendar year
        elif tok.year is not None:
            last_year = tok.year_end or tok.year
            label = str(tok.year) if tok.year_end is None else f"{tok.year}-{tok.year_end}"
            periods.append(Period(dt.date(tok.year, 1, 1), dt.date(last_year, 12, 31), label, tok.start, tok.end))
        i += 1
    return periods
