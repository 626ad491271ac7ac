"""Faster scans must find exactly what the plain regex passes find."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extraction.context import DocumentContext
from checker.extraction.periods import _tokens
from checker.lexicon import load_lexicon

PIECES = [
    "Prime Minister", "prime minister", "PRIME MINISTER", "Minister", "minister of trade", "Vice President", "Head of",
    "head", "Chairman", "chair", "service", "Trade", "Olzhas Bektenov", "Adylbek Kasymaliev", "of Kazakhstan", "of the Kyrgyz Republic",
    ",", ", ", " ", "  ", "\n", ".", "said", "the", "Q1", "H2", "3Q", "first half", "nine months", "last year", "2024",
    "January-June", "quarter", "İ", "ẞ", "Σ",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join), st.sampled_from(["en", "ru"]))
def test_title_scan_matches_the_plain_regex(text, language):
    lex = load_lexicon(language)
    context = DocumentContext(text, lex, None, [])
    fast = [m.span() for m in context._title_person_matches()]
    assert fast == [m.span() for m in lex.regex["title_person"].finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join))
def test_period_gates_keep_every_period(text):
    """Skipping the period patterns whose key word a sentence lacks loses nothing:
    compared with running every pattern on the same text."""
    from unittest import mock

    import checker.extraction.periods as periods

    lex = load_lexicon("en")
    gated = _tokens(text, 0, len(text), lex, dt.date(2025, 6, 1))
    with mock.patch.object(periods, "_needs", lambda language: {}):  # no gates: every pattern runs
        plain = _tokens(text, 0, len(text), lex, dt.date(2025, 6, 1))
    assert gated == plain


def test_every_language_pattern_compiles_on_first_use():
    """Patterns compile lazily (half a lexicon's load time); a bad one must still
    fail the tests, not a user's scan, so every language compiles them all here."""
    from checker.lexicon import available_languages

    for language in available_languages():
        patterns = load_lexicon(language).regex
        patterns.compile_all()
        assert set(patterns) == set(patterns.sources), language
        assert patterns["number"].search("exports of $1,340 billion").group() == "1,340"
