"""The document's own date, from its text: a ``date: YYYY-MM-DD`` header or
front-matter line, else a written date near the top ("25 February 2025",
"February 25, 2025", "Nov. 20, 2025", "25 февраля 2025 года"). Month names come from every
language file (``months``, ``month_abbreviations`` and ``month_forms`` in rules/lexicon)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from checker.lexicon import available_languages, load_yaml, rules_dir

DATE_SEARCH_CHARS = 600
_ISO_DATE = r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
_HEADER_DATE = re.compile(rf"(?im)^\s*(?:date|dated|published|pubdate|дата)\s*[:=]?\s*[\"']?{_ISO_DATE}")
_BARE_ISO_DATE = re.compile(rf"(?<![\d.\-/]){_ISO_DATE}(?![\d.\-/])")
_DOTTED_DATE = re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]\d)\.(?P<y>(?:19|20)\d\d)(?![\d.])")
_YEAR_FIRST_DATE = re.compile(r"(?<![\d./-])(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?![\d./-])")  # "2025/11/14"
# "15/11/2025" (day first) or "11/15/2025" (month first): read only when one of the two cannot be a month.
_SLASHED_DATE = re.compile(r"(?<![\d./-])(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d./-])")
_ORDINAL = r"(?:st|nd|rd|th)?"  # "November 14th, 2025", "14th November 2025"


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    months: dict[str, int] = {}
    for language in available_languages():
        data = load_yaml(rules_dir() / "lexicon" / f"{language}.yaml")
        for number, name in enumerate(data.get("months") or [], start=1):
            months.setdefault(str(name).lower(), number)
        for number, name in enumerate(data.get("month_abbreviations") or [], start=1):  # "Nov 20, 2025", "20 Nov. 2025"
            months.setdefault(str(name).lower(), number)
        for number, forms in enumerate(data.get("month_forms") or [], start=1):  # "25 февраля 2025"
            for name in forms:
                months.setdefault(str(name).lower(), number)
    return months


@lru_cache(maxsize=1)
def _text_date() -> re.Pattern[str]:
    alt = "|".join(sorted((re.escape(m) for m in _month_numbers()), key=len, reverse=True))
    return re.compile(
        rf"(?i)(?<!\w)(?:(?P<d1>[0-3]?\d){_ORDINAL}\s+(?:of\s+)?(?P<m1>{alt})\.?,?\s+(?P<y1>(?:19|20)\d\d)"
        rf"|(?P<m2>{alt})\.?\s+(?P<d2>[0-3]?\d){_ORDINAL},?\s+(?P<y2>(?:19|20)\d\d))(?!\w)"
    )


def _date(year: str, month: str | int, day: str) -> dt.date | None:
    try:
        number = month if isinstance(month, int) else _month_numbers().get(month.lower(), 0)
        return dt.date(int(year), int(number), int(day))
    except ValueError:
        return None


def header_date(text: str) -> dt.date | None:
    """A 'date: 2025-02-25' header or front-matter line near the top."""
    m = _HEADER_DATE.search(text[:DATE_SEARCH_CHARS])
    return _date(m["y"], int(m["m"]), m["d"]) if m else None


def written_date(text: str) -> dt.date | None:
    """The first date written near the top ("25 February 2025", "February 25,
    2025", "25.02.2025", "2025-11-14" on its own line or in a byline)."""
    head = text[:DATE_SEARCH_CHARS]
    found: list[tuple[int, dt.date]] = []
    for m in _text_date().finditer(head):
        date = _date(m["y1"], m["m1"], m["d1"]) if m["d1"] else _date(m["y2"], m["m2"], m["d2"])
        if date:
            found.append((m.start(), date))
            break
    for pattern in (_DOTTED_DATE, _BARE_ISO_DATE, _YEAR_FIRST_DATE):
        for m in pattern.finditer(head):
            date = _date(m["y"], int(m["m"]), m["d"])
            if date:
                found.append((m.start(), date))
                break
    for m in _SLASHED_DATE.finditer(head):
        date = _unambiguous(int(m["a"]), int(m["b"]), m["y"])
        if date:
            found.append((m.start(), date))
            break
    return min(found)[1] if found else None


def ambiguous_date(text: str) -> str | None:
    """A slashed date near the top that reads two ways ("03/04/2025"), as written."""
    for m in _SLASHED_DATE.finditer(text[:DATE_SEARCH_CHARS]):
        if _unambiguous(int(m["a"]), int(m["b"]), m["y"]) is None and int(m["a"]) <= 12 and int(m["b"]) <= 12:
            return m.group()
    return None


def _unambiguous(a: int, b: int, year: str) -> dt.date | None:
    """ "15/11/2025" is 15 November, "11/15/2025" November 15; "03/04/2025" is 3 April in
    Europe and March 4 in the US, so no date (the reader is asked for --date instead)."""
    if a == b or (a > 12 >= b):
        return _date(year, b, str(a))
    if b > 12 >= a:
        return _date(year, a, str(b))
    return None


_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")


def name_date(path: str) -> dt.date | None:
    """An ISO date in a file's name ("cn-reuters-2025-11-08.txt"), the last one if several; None if none or invalid."""
    found = _NAME_DATE.findall(path.replace("\\", "/").rsplit("/", 1)[-1])
    if not found:
        return None
    year, month, day = found[-1]
    return _date(year, int(month), day)


def find_date(text: str) -> tuple[dt.date | None, str | None]:
    """(date, where it came from: "header" or "text")."""
    date = header_date(text)
    if date:
        return date, "header"
    date = written_date(text)
    return (date, "text") if date else (None, None)
