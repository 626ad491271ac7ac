"""Read a printed number in any of the styles trade texts use.

Styles (``number_format``):
- ``plain``            1340
- ``decimal``          1.34        (the language's own decimal mark)
- ``decimal_foreign``  1,25        (the other decimal mark: "1,25 billion" in English)
- ``grouped``          1,340,500 / 1,340.5 (the language's own grouping)
- ``grouped_foreign``  1.340,5 / 1.340.500 (the other convention, unambiguous)
- ``grouped_space``    1 340,5 / 1 340.5
- ``ambiguous``        1,340 / 1.340: one separator, three digits after it,
                       readable as grouping or as a decimal mark
- ``words``            "two billion", "half a billion" (read in amounts.py)

For ``ambiguous`` the language decides the reading in ``value``; the other
reading is kept in ``alt_value`` so rules can weigh both.
"""

from __future__ import annotations

from typing import NamedTuple

SPACES = " \u00a0\u202f"


class Reading(NamedTuple):
    value: float
    decimals: int
    number_format: str
    alt_value: float | None
    alt_decimals: int | None


def _decimal(int_part: str, frac: str) -> tuple[float, int]:
    return float(f"{int_part}.{frac}") if frac else float(int_part), len(frac)


def read_number(text: str, decimal_separator: str = ".") -> Reading:
    """Parse one number token as matched by the lexicon's number pattern."""
    if any(s in text for s in SPACES):
        compact = text
        for s in SPACES:
            compact = compact.replace(s, "")
        int_part, _, frac = compact.replace(",", ".").partition(".")
        value, decimals = _decimal(int_part, frac)
        return Reading(value, decimals, "grouped_space", None, None)

    commas, dots = text.count(","), text.count(".")
    if commas == 0 and dots == 0:
        return Reading(float(text), 0, "plain", None, None)

    if commas and dots:
        # Both marks: the last one is the decimal mark.
        if text.rfind(",") > text.rfind("."):
            int_part, frac = text.rsplit(",", 1)
            fmt = "grouped" if decimal_separator == "," else "grouped_foreign"
            value, decimals = _decimal(int_part.replace(".", ""), frac)
        else:
            int_part, frac = text.rsplit(".", 1)
            fmt = "grouped" if decimal_separator == "." else "grouped_foreign"
            value, decimals = _decimal(int_part.replace(",", ""), frac)
        return Reading(value, decimals, fmt, None, None)

    mark = "," if commas else "."
    parts = text.split(mark)
    if len(parts) > 2:
        # Repeated mark: only grouping makes sense (1,340,500 / 1.340.500).
        value = float("".join(parts))
        fmt = "grouped" if mark != decimal_separator else "grouped_foreign"
        return Reading(value, 0, fmt, None, None)

    int_part, frac = parts
    grouping_possible = len(frac) == 3 and 1 <= len(int_part) <= 3 and int_part != "0"
    as_decimal, decimal_places = _decimal(int_part, frac)
    as_grouped = float(int_part + frac)
    if not grouping_possible:
        fmt = "decimal" if mark == decimal_separator else "decimal_foreign"
        return Reading(as_decimal, decimal_places, fmt, None, None)
    if mark == decimal_separator:
        return Reading(as_decimal, decimal_places, "ambiguous", as_grouped, 0)
    return Reading(as_grouped, 0, "ambiguous", as_decimal, decimal_places)


def format_number(value: float, decimals: int, style: str = "en") -> str:
    """Write a number back in a style ("en": 1,340.5; "eu": 1.340,5; "space": 1 340,5)."""
    text = f"{value:,.{decimals}f}"
    if style == "en":
        return text
    if style == "eu":
        return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    if style == "space":
        return text.replace(",", " ").replace(".", ",")
    raise ValueError(f"unknown number style {style!r}")
