"""Number styles: write a number in every supported style and read it back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.extraction.numbers import format_number, read_number

values = st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False)


@given(values, st.integers(min_value=0, max_value=2))
def test_english_style_round_trip(value, decimals):
    number = round(float(value), decimals)
    text = format_number(number, decimals, "en")
    reading = read_number(text, ".")
    if reading.number_format == "ambiguous":
        # "1,340" in English: grouping is the reading, the decimal comma the alternative.
        assert reading.value == pytest.approx(number)
        assert reading.alt_value is not None
    else:
        assert reading.value == pytest.approx(number)
        assert reading.decimals == decimals or decimals == 0


@given(values, st.integers(min_value=1, max_value=2))
def test_continental_styles_round_trip(value, decimals):
    number = round(float(value), decimals)
    for style in ("eu", "space"):
        text = format_number(number, decimals, style)
        # In a comma-decimal language (Russian), every such form reads back exactly.
        reading = read_number(text, ",")
        assert reading.value == pytest.approx(number), (style, text)
        assert reading.decimals == decimals


@pytest.mark.parametrize(
    ("text", "sep", "value", "fmt", "alt"),
    [
        ("1,340.5", ".", 1340.5, "grouped", None),
        ("1.340,5", ".", 1340.5, "grouped_foreign", None),
        ("1 340,5", ".", 1340.5, "grouped_space", None),
        ("1,25", ".", 1.25, "decimal_foreign", None),
        ("1340", ".", 1340.0, "plain", None),
        ("1.34", ".", 1.34, "decimal", None),
        ("1,340", ".", 1340.0, "ambiguous", 1.34),
        ("1.340", ".", 1.34, "ambiguous", 1340.0),
        ("1,340", ",", 1.34, "ambiguous", 1340.0),
        ("0,340", ".", 0.34, "decimal_foreign", None),
        ("12,3456", ".", 12.3456, "decimal_foreign", None),
        ("1,340,500", ".", 1340500.0, "grouped", None),
    ],
)
def test_read_number_styles(text, sep, value, fmt, alt):
    reading = read_number(text, sep)
    assert reading.value == pytest.approx(value)
    assert reading.number_format == fmt
    assert reading.alt_value == (pytest.approx(alt) if alt is not None else None)
