"""Find money amounts and percentages in text, with their exact spans.

One pass of the lexicon's number pattern over the text; around each number,
short anchored matches read the currency sign or code before it, and the
range, scale word, percent sign or currency word after it. Every pattern is
anchored at a known position or searched in a bounded window, so scanning is
linear in the text whatever the input.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from checker.extraction.numbers import Reading, read_number
from checker.extraction.tables import Tables, cell_unit, percent_column
from checker.lexicon import Lexicon

PREFIX_WINDOW = 8
TIMES_CHANGE_WINDOW = 24  # "increased by" + " " before "1.5 times": a multiplier follows its direction word
TIMES = "times"  # the scale of a growth multiplier ("grew 1.5 times", "вырос в 1,5 раза"): a percent-kind figure whose value is the ratio
QUALIFIER_WINDOW = 32
DIFFERENCE_NOUN_CHARS = 72  # "a decrease in the goods deficit of $6.2 billion": the noun's reach back
INHERIT_WINDOW = 160
# Characters that no suffix (range dash, scale word, percent sign, currency code or word) starts with
# (a line break may: "$43.8\nbillion" in wrapped text).
NOTHING_FOLLOWS = frozenset(["", ".", ",", ";", ":", ")", "]", "}", "!", "?", '"', "'", "»", "”", "’", "/"])


class Amount(NamedTuple):
    start: int
    end: int
    kind: str  # money | percent
    number_text: str
    reading: Reading
    high: Reading | None  # upper end of a range
    scale: str | None  # thousand | million | billion | trillion | pp
    currency: str | None
    currency_inferred: bool
    qualifier: str | None
    qualifier_kind: str | None


def _currency(lex: Lexicon, code: str | None, symbol: str | None, word: str | None) -> str | None:
    if code:
        return code
    if symbol:
        return lex.currency_of_symbol.get(symbol)
    if word:
        return lex.currency_of_word.get(" ".join(word.lower().split()))
    return None


def _suffix(lex: Lexicon, after: re.Match[str], currency: str | None) -> tuple[str | None, str | None, str | None]:
    """Scale, percent sign and currency read from what follows a number."""
    scale_word, pct = after["scale"], after["pct"]
    currency = currency or _currency(lex, after["code2"], after["symbol2"], None)
    currency = currency or _currency(lex, after["code3"], None, after["curword"])
    scale = lex.scale_of.get(scale_word.lower()) if scale_word else None
    if scale and scale_word.lower() in lex.short_scales and currency is None:
        scale = None  # "5 m" without a currency is a distance, not money
    return scale, pct, currency


SHARED_UNIT_HOPS = 4  # figures in a list that share one currency word after the last


def _currency_named_after(lex: Lexicon, text: str, pos: int) -> str | None:
    """The currency of the next figures in a list, each with a scale, when the
    last of them names it: "11,1 млрд и 13,3 млрд долларов" is in dollars."""
    rx = lex.regex
    for _ in range(SHARED_UNIT_HOPS):
        joiner = rx["shared_unit_joiner"].match(text, pos)
        number = rx["number"].match(text, joiner.end()) if joiner is not None and joiner.end() > pos else None
        if number is None:
            return None
        after = rx["suffix"].match(text, number.end())
        if after is None or not after["scale"]:
            return None
        _, pct, currency = _suffix(lex, after, None)
        if currency is not None or pct:
            return currency
        pos = after.end()
    return None


def _direction_before(change: re.Pattern[str], text: str, pos: int) -> bool:
    """Whether a direction word ("grew", "вырос") ends the few words before ``pos`` (a word, not "up" in "group")."""
    lo = max(0, pos - TIMES_CHANGE_WINDOW)
    return any(not (m.start() and text[m.start() - 1].isalnum()) for m in change.finditer(text, lo, pos))


def _direction_after(change: re.Pattern[str], text: str, pos: int) -> bool:
    """Whether a direction word follows ``pos`` after at most a space ("в 1,1 раза больше", "1.5 times higher")."""
    while pos < len(text) and text[pos] in " \u00a0":
        pos += 1
    return change.match(text, pos) is not None


def scan_amounts(text: str, lex: Lexicon, tables: Tables | None = None) -> list[Amount]:
    """Every money amount and percentage in ``text``, in order of position; a
    bare number in a cell of one of ``tables`` takes the unit its table names."""
    rx = lex.regex
    number_re, prefix_re, qualifier_re = rx["number"], rx["prefix"], rx["qualifier"]
    suffix_re, between_re, sentence_end = rx["suffix"], rx["suffix_between"], rx["sentence_end"]
    prefix_ends, word_signs = lex.prefix_last_chars, lex.prefix_word_signs
    found: list[Amount] = []
    consumed = 0
    last_money_end, last_currency = -1, None

    for number in number_re.finditer(text):
        start, end = number.span()
        if start < consumed:
            continue
        # Most numbers (years, days, counts) have no currency sign before them:
        # one character test spares the prefix search.
        at = start - 1
        before = text[at] if start else ""
        if before in " \u00a0\n" and start > 1:
            at -= 1
            before = text[at]
            if before in " \u00a0\r" and at:  # "USD \n14,092.3 million": a line wrapped after the sign and its space
                at -= 1
                before = text[at]
        signs = word_signs.get(before)
        if before in prefix_ends or (signs is not None and any(text.startswith(sign, at + 1 - len(sign)) for sign in signs)):
            prefix = prefix_re.search(text, max(0, start - PREFIX_WINDOW), start)
        else:
            prefix = None
        span_start = prefix.start() if prefix else start
        currency = _currency(lex, prefix["code"], prefix["symbol"], None) if prefix else None
        if prefix is None and text[end : end + 1] in NOTHING_FOLLOWS:
            continue  # "in 2024." or "(2023)": no sign before, no scale, unit or range after: not a figure

        after = suffix_re.match(text, end)
        assert after is not None  # every part of the suffix pattern is optional
        scale, pct, currency = _suffix(lex, after, currency)
        if scale is None and start and text[start - 1].isalpha():
            continue  # a code glued to a bare number ("TOP10", "USD500"): an identifier as often as money

        inferred = in_table = False
        if currency is None and pct is None and scale and rx["quantity_after"].match(text, after.end()):
            continue  # "$500 million, or 3 million tonnes": a quantity, never the money before's currency
        if currency is None and pct is None:
            # "exports of $3.2 billion and imports of 1.9 billion": the second
            # amount carries the first one's currency within one sentence.
            near = scale and last_currency and 0 <= start - last_money_end <= INHERIT_WINDOW
            if near and sentence_end.search(text, last_money_end, start) is None:
                currency, inferred = last_currency, True
            if currency is None and scale:
                currency = _currency_named_after(lex, text, after.end())  # "11,1 млрд и 13,3 млрд долларов"
                inferred = currency is not None
            if currency is None and tables is not None and tables.tables:
                unit = cell_unit(tables, text, start, end, lex)  # "| 2024 | 4.1 |" under "US$ billion"
                if unit is not None:
                    currency, scale, inferred, in_table = unit.currency, scale or unit.scale, True, True
                elif scale is None and percent_column(tables, text, start, end, lex):
                    pct = "%"  # "| Change, % | 17.9 |", "| Share, % | 19.1 |": a rate or a share, the column header its sign
            if currency is None and pct is None:
                continue

        qual = qualifier_re.search(text, max(0, span_start - QUALIFIER_WINDOW), span_start)
        qualifier = " ".join(qual["q"].lower().split()) if qual else None
        if qualifier in lex.range_start:
            # "between $1 and $2 billion": one figure, a range.
            ranged = between_re.match(text, end)
            if ranged is not None and ranged["range"] is not None:
                after = ranged
                scale, pct, currency = _suffix(lex, after, currency)
        if qualifier in lex.range_start and after["range"] is None:
            qualifier = None
        if qualifier is None:
            trailing = rx["qualifier_after"].match(text, after.end("pct") if after["pct"] else after.end())
            if trailing is None and after.end() > end and text[after.end() - 1] in " \u00a0":
                trailing = rx["qualifier_after"].match(text, after.end() - 1)
            qualifier = " ".join((trailing["q"] or trailing["g"]).lower().split()) if trailing else None
        span_end = after.end()
        # Trailing space or a lone full stop after the scale belongs to the sentence.
        while span_end > end and text[span_end - 1] in " \u00a0.":
            span_end -= 1
        if pct:
            kind, currency, inferred = "percent", None, False
            pct_word = " ".join(pct.lower().split())
            scale = "pp" if pct_word in lex.point_words else TIMES if pct_word in lex.times_words else None
            if scale == TIMES and not _direction_before(rx["change"], text, span_start) and not _direction_after(rx["change"], text, after.end()):
                continue  # "visited 3 times": a count, not how much a value grew ("в 1,1 раза больше" is one)
            span_end = after.end("pct") if after["pct"] else end
        else:
            kind = "money"
        reading = read_number(number.group(), lex.decimal_separator)
        if in_table and reading.number_format == "ambiguous":
            # "1,420" under "KZT billion": a table groups its digits; no scale word stands beside it to mislead
            reading = reading._replace(number_format="grouped", alt_value=None, alt_decimals=None)
        high = read_number(after["num2"], lex.decimal_separator) if after["num2"] else None
        found.append(
            Amount(
                span_start,
                span_end,
                kind,
                number.group(),
                reading,
                high,
                scale,
                currency,
                inferred,
                qualifier,
                lex.qualifier_kind.get(qualifier) if qualifier else ("range" if high else None),
            )
        )
        consumed = span_end
        if kind == "money":
            last_money_end, last_currency = span_end, currency
    return _join_ranges(found, text, lex) if len(found) > 1 else found


def _join_ranges(found: list[Amount], text: str, lex: Lexicon) -> list[Amount]:
    """Two whole amounts that make one range: "$1.1bn-$1.2bn", "$1.1 billion to $1.2
    billion", "between $1 billion and $2 billion". Same currency and scale, rising, and
    not a change ("from $1 billion to $1.2 billion")."""
    rx = lex.regex
    joined: list[Amount] = []
    i = 0
    while i < len(found):
        low = found[i]
        high = found[i + 1] if i + 1 < len(found) else None
        if (
            high is not None and low.kind == high.kind == "money" and low.high is None and high.high is None
            and low.currency == high.currency and low.scale == high.scale and low.reading.value < high.reading.value
        ):  # fmt: skip
            before = rx["qualifier"].search(text, max(0, low.start - QUALIFIER_WINDOW), low.start)
            between = before is not None and " ".join(before["q"].lower().split()) in lex.range_start
            link = (rx["range_join_between"] if between else rx["range_join"]).fullmatch(text, low.end, high.start)
            if link is not None and (between or not _changes_by(text, low.start, lex)):
                qualifier = " ".join(before["q"].lower().split()) if between and before else low.qualifier
                kind = lex.qualifier_kind.get(qualifier) if qualifier else "range"
                joined.append(low._replace(end=high.end, high=high.reading, qualifier=qualifier, qualifier_kind=kind or "range"))
                i += 2
                continue
        joined.append(low)
        i += 1
    return joined


def _changes_by(text: str, start: int, lex: Lexicon) -> bool:
    """Whether the amount at ``start`` opens a change, not a range: "from $1 billion to $1.2 billion",
    "rose by $1.2 billion to $5.4 billion", "decreased $0.4 billion to $10.2 billion", "a decrease in
    the goods deficit of $6.2 billion to $79.1 billion"."""
    window = max(0, start - QUALIFIER_WINDOW)
    if lex.regex["change_from"].search(text, window, start):
        return lex.regex["no_direction_before"].search(text, window, start) is None  # "made up $1.1 billion to $1.2 billion": a range
    return difference_noun_before(text, start, 0, lex)


def difference_noun_before(text: str, start: int, lo: int, lex: Lexicon) -> bool:
    """ "a decrease in the goods deficit of $6.2 billion": the change's noun before the figure at ``start``
    (not before ``lo``). The noun's regex runs only after "of" right before the figure (most figures lack it)."""
    head = text[max(lo, start - 8) : start].rstrip(" \u00a0")
    if not any(head.endswith(w) and not head[: -len(w)][-1:].isalnum() for w in lex.data["grammar"]["of"]):
        return False
    return lex.regex["difference_noun"].search(text, max(lo, start - DIFFERENCE_NOUN_CHARS), start) is not None


@lru_cache(maxsize=8)
def _scale_words(language: str) -> tuple[tuple[str, str], ...]:
    """Scale words an amount in words can carry ("billion", "миллиарда"): whole words only."""
    from checker.lexicon import load_lexicon

    lex = load_lexicon(language)
    return tuple(sorted((w, s) for w, s in lex.scale_of.items() if len(w) > 3 and w.isalpha() and w not in lex.short_scales))


def scan_word_amounts(text: str, lex: Lexicon, lowered: str) -> list[Amount]:
    """Amounts written in words: "two billion dollars", "half a billion euros",
    "два миллиарда долларов". Found from the scale word with ``str.find`` (fast):
    most scale words follow digits and cost one character test. ``lowered`` is
    ``text.lower()`` (of the same length)."""
    found = []
    for word, scale in _scale_words(lex.language):
        pos = lowered.find(word)
        while pos != -1:
            end = pos + len(word)
            before = text[max(0, pos - 2) : pos].rstrip(" -\u00a0")
            if before and not before[-1].isdigit() and not (end < len(text) and text[end].isalnum()):
                amount = _word_amount(text, lex, pos, end, scale)
                if amount is not None:
                    found.append(amount)
            pos = lowered.find(word, end)
    return sorted(found)


def _word_amount(text: str, lex: Lexicon, pos: int, end: int, scale: str) -> Amount | None:
    """The amount whose scale word stands at ``text[pos:end]``, if words name its
    number before it and a currency follows it."""
    words = lex.regex["amount_words"].search(text, max(0, pos - 40), pos)
    after = lex.regex["amount_words_currency"].match(text, end) if words else None
    if words is None or after is None:
        return None
    currency = after["code"] or lex.currency_of_word.get(" ".join(after["curword"].lower().split()))
    values = {**lex.data["number_words"], **(lex.data["grammar"].get("amount_words") or {})}
    value = values.get(" ".join(words["words"].lower().split()))
    if not currency or not value:
        return None
    reading = Reading(float(value), 0 if float(value).is_integer() else 1, "words", None, None)
    return Amount(words.start(), after.end(), "money", words["words"], reading, None, scale, currency, False, *_qualifier_before(text, lex, words.start()))


def _qualifier_before(text: str, lex: Lexicon, pos: int) -> tuple[str | None, str | None]:
    """(qualifier, its kind) of a figure in words starting at ``pos``: "almost two billion dollars", "more than doubled"."""
    qual = lex.regex["qualifier"].search(text, max(0, pos - QUALIFIER_WINDOW), pos)
    qualifier = " ".join(qual["q"].lower().split()) if qual else None
    return qualifier, lex.qualifier_kind.get(qualifier) if qualifier else None


@lru_cache(maxsize=8)
def _multiplier_words(language: str) -> tuple[tuple[str, float, bool], ...]:
    """(word, multiplier, needs a direction word before it): "doubled" says its direction itself,
    "threefold" and "вдвое" follow one ("rose threefold", "сократился вдвое")."""
    from checker.lexicon import load_lexicon

    grammar = load_lexicon(language).data["grammar"]
    verbs = [(str(w).lower(), float(v), False) for w, v in (grammar.get("multiplier_verbs") or {}).items()]
    return tuple(verbs + [(str(w).lower(), float(v), True) for w, v in (grammar.get("multiplier_words") or {}).items()])


def scan_multiplier_words(text: str, lex: Lexicon, lowered: str) -> list[Amount]:
    """Growth multipliers in words ("doubled", "rose threefold", "вырос в два раза"): percent-kind figures of
    scale ``times`` whose value is the multiplier, as "grew 1.5 times" gives. Found with ``str.find``."""
    found = []
    change = lex.regex["change"]
    for word, value, directed in _multiplier_words(lex.language):
        for pos, end in _phrase_spans(lowered, word):
            whole = not (pos and lowered[pos - 1].isalnum()) and not (end < len(text) and text[end].isalnum())
            if whole and (not directed or _direction_before(change, text, pos)):
                reading = Reading(value, 0 if value.is_integer() else 1, "words", None, None)
                found.append(Amount(pos, end, "percent", text[pos:end], reading, None, TIMES, None, False, *_qualifier_before(text, lex, pos)))
    return sorted(found)


def _phrase_spans(lowered: str, phrase: str) -> Iterator[tuple[int, int]]:
    """Where a lower-case phrase stands: ``str.find`` for one word; for several, any white space between them
    ("в полтора\nраза": a line wrapped inside the phrase)."""
    if " " not in phrase:
        pos = lowered.find(phrase)
        while pos != -1:
            yield pos, pos + len(phrase)
            pos = lowered.find(phrase, pos + len(phrase))
        return
    for m in _spaced(phrase).finditer(lowered):
        yield m.span()


@lru_cache(maxsize=256)
def _spaced(phrase: str) -> re.Pattern[str]:
    return re.compile(r"\s+".join(re.escape(word) for word in phrase.split()))
