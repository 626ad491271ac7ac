"""What a figure is about: its sentence, metric, countries, period, status
and who stated it. Sentence first, then paragraph, then document.

Per-document work (sentence and paragraph bounds, country mentions, people)
is done once with whole-text regex passes; per-sentence work is cached, so
figures sharing a sentence share its analysis.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import pairwise
from typing import NamedTuple

from checker.extraction.amounts import QUALIFIER_WINDOW, Amount, difference_noun_before
from checker.extraction.periods import MONTH_NAMES, Period, find_periods, in_year, month_end, year_before
from checker.extraction.tables import NO_TABLES, Cell, PipeTable, Tables, cell_at, percent_column, row_header_at
from checker.flows import SHARE_OF_TURNOVER, TRADE_FLOWS
from checker.lexicon import (
    FiscalYear,
    Lexicon,
    aggregate_codes,
    fiscal_years,
    group_references,
    load_lexicon,
    phrase_first_words,
    sentence_starts,
    starts_of,
)

PERSON_COUNTRY_WINDOW = 24  # "Kazakh Prime Minister X": demonym just before the title
FIGURES_BEFORE_A_LATE_PARTNER = 2  # a country first named after this many figures is not the pair's partner
SHARE_COUNTRY_WINDOW = 48  # "Kyrgyz Republic" + " с " + figure: how far back a share's country may start
_NAME_ASIDE = re.compile(r"[ \u00a0]*\([^()\n]{1,60}\)")  # a name's abbreviation or full form in brackets after it
APPOSITIVE_OWNER_WORDS = 3  # ", Bosnia and Herzegovina's main partner,": the possessive owner of an appositive is a short name
PARTNER_NOUN_BEFORE_CHARS = 40  # "partner remained the" before a country: how far back the partner noun may start
SCOPE_WORDS_CHARS = 40  # "liquefied natural gas exports", "iron ore pellet exports": how far before a metric its product may start
PARALLEL_SCOPES = frozenset({"goods", "services"})  # the parts one flow's words name for the others in its sentence
PER_UNIT = "per_unit"  # the scope of a unit price ("$250 per tonne")
SHARE, SHARE_SUBJECT_CHARS = "share", 80  # the scope of an unnamed part of a total ("53% of exports, worth $30.7 billion")
# A figure's role in a share statement ("China accounted for 23.5% of Kazakhstan's trade turnover of $139.6 billion"):
# the percentage is the share, the money figure after its metric the whole; the part is left unmarked.
SHARE_ROLE, WHOLE_ROLE = "share", "whole"
YEAR_ON_YEAR_ROLE = "year_on_year"  # a rate whose own words give its base: the same period a year earlier
JOINED_GAP = 8  # ", " or " and " between two listed countries
GROUP_REFERENCE_CHARS = 1000  # "the region": how far back its group may have been named
COMPLEMENT_CHARS = 32  # "countries other than the " before "United States": how far a complement's words may start
TOTAL_LOOKBACK_CHARS = 1500  # a list of partners' figures after the country's total: how far back the total may stand
SHARE_GAP_CHARS = 64  # "% of " + "the Kyrgyz Republic's total " + metric: how far a share's percentage stands from its metric
BACK_REFERENCE_SENTENCES = 6  # "for the same year" looks this many sentences back for its year
BASE_VALUE_GAP = 12  # "2023" + " годом (" + "28,6 млрд долл.)": the bracketed value of a base period
BASE_LINK_CHARS = 64  # "a year earlier" + ", when they stood at " + the base value
PERIOD_HEAD_GAP = 24  # "in January" + " exports were " + "$101.5 million": the period heads the figure
HEADING_MARKS = ("\u2014", "\u2013", "-", ":")  # "in 2024 — $15 billion": a period heading the figure after it
INTENTS = ("target", "forecast")  # statuses a coordinated figure shares ("to $5 billion and investment to $2 billion")
COORDINATION_GAP = 40  # " and investment in the region to ": how far "and" may join two figures
OFFICE_NAME_CHARS = 48  # "Бюро" + " национальной статистики " + "Казахстана": how far an office's name runs to its country
# Where a figure's declaring country was stated (not guessed from the document): a speaker or
# "the Kazakh side", the sentence itself, or a statistics table. The comparison kinds share it.
STATED_SOURCES = ("attribution", "sentence", "table")
TURNOVER = "trade_turnover"  # the whole a flow's share of the turnover is of
SENTENCE_STATUSES = ("adjusted", "preliminary")  # said once in brackets at a sentence's end, they are all its figures'
WORLD = "WLD"  # the partner of a country's trade with the world, as WITS writes it
DIFFERENCE_VERB_CHARS = 80  # "increased from September 2025 to October 2025 by ": how far a difference's verb may stand
WORLD_EPITHET_CHARS = 40  # "'s second-largest" after "the world": where a rank's word is looked for
SCOPE_RIGHT_BEFORE_CHARS = 32  # "and woven garments $5.96 billion": how far before a figure a part's name may start
OFFICE_NAME_BEFORE_CHARS = 80  # "Ministry of Development, Industry, " before "Trade": how far back an office's name may start
# How a side may be named for its figure to be its trade with the world: by the document, the sentence, or the office
# stating it ("Japan posted a trade deficit ..., Ministry of Finance data showed")
NATIONAL_SOURCES = ("document", "sentence", "attribution")
NEW_VALUE_WORD_CHARS = 8  # " to " right before a figure: where the word leading to a new value is looked for
OTHER = "OTHER"  # every partner but one named: "countries other than the United States"
PAIR_JOINERS = ("-", "\u2013", "\u2014", "/")  # "Armenia-Georgia trade": a pair written as one word
LABEL_MARKS = ("(", ":", "\u2014", "\u2013", "-")  # "China ($6.9 billion)", "China: $6.9 bn", "China — $4.4 bn": the country labels the figure
PASSIVE_GAP_CHARS = 16  # " were imported", " had been exported": an auxiliary between a figure and its verb
NEGATIVE_AFTER_CHARS = 48  # "сальдо торгового баланса" + " было отрицательным и составило "
NEGATIVE_WORD_CHARS = 32  # "Отрицательное сальдо" + " " + "торгового баланса": a deficit's word right before the balance's name
BASE_CUE_WINDOW, BASE_CUE_GAP = 40, 8  # "than in the " before a period: the cue ends at most a short word away


@lru_cache(maxsize=8)
def title_words(language: str) -> tuple[str, ...]:
    """Where a "Prime Minister Olzhas Bektenov" can start: the titles' first words."""
    return phrase_first_words(load_lexicon(language).data["person_titles"])


@lru_cache(maxsize=8)
def _complements(language: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Group -> (its complement, the words before the group's name that make it so, longest first)."""
    grammar = load_lexicon(language).data
    prefixes = tuple(sorted((str(p).lower() for p in grammar.get("complement_prefixes") or ()), key=len, reverse=True))
    return {str(group): (str(other), prefixes) for group, other in (grammar.get("group_complements") or {}).items()}


@lru_cache(maxsize=8)
def _country_complement(language: str) -> re.Pattern[str] | None:
    """The words right before a country's name that make it every other country ("countries other than the United
    States"; a line may wrap between them)."""
    prefixes = [" ".join(str(p).split()) for p in load_lexicon(language).data.get("country_complement_prefixes") or ()]
    if not prefixes:
        return None
    words = sorted((r"\s+".join(map(re.escape, p.split())) for p in prefixes), key=len, reverse=True)
    return re.compile(rf"(?i)(?<![\w])(?:{'|'.join(words)})\s+\Z")


@lru_cache(maxsize=128)
def grammar_words(language: str, key: str) -> frozenset[str]:
    """A grammar entry of the lexicon as a set of lower-cased words or phrases (white space folded): built once
    per process, not once per document."""
    return frozenset(" ".join(str(w).lower().split()) for w in load_lexicon(language).data["grammar"].get(key) or ())


@lru_cache(maxsize=8)
def _group_references(language: str) -> frozenset[str]:
    return frozenset(w.lower() for w in group_references(load_lexicon(language).data))


class Mention(NamedTuple):
    start: int
    end: int
    value: str


class Respective(NamedTuple):
    """A figure's own item of the lists a "respectively" sentence pairs with its figures (None: no such list)."""

    period: Period | None
    partner: str | None
    metric: Mention | None


class Context(NamedTuple):
    sentence: str
    sentence_start: int
    line: int
    col: int
    metric: str | None
    flow: str | None
    negative: bool
    reporter: str | None
    partner: str | None
    reporter_source: str | None
    period: Period | None
    status: str | None
    attribution: str | None
    change: str | None
    scope: str | None
    role: str | None


# The sentence text kept per figure is capped: N figures in one endless
# "sentence" must not cost N copies of it (quadratic time and memory).
MAX_SENTENCE_CHARS = 1000


@dataclass
class DocumentContext:
    text: str
    lex: Lexicon
    doc_date: dt.date | None
    # Where the figures stand: a country named inside a figure is its
    # currency ("долларов США", "US$"), not a party to the trade.
    figure_spans: list[tuple[int, int]] = field(default_factory=list)
    tables: Tables = NO_TABLES  # pipe tables (extraction.tables): a cell is read through its headers
    _sentences: dict[int, dict[str, object]] = field(default_factory=dict)
    _cues: dict[int, tuple[list[int], list[tuple[str | None, str | None]]]] = field(default_factory=dict)
    _sentence_periods: dict[int, Period | None] = field(default_factory=dict)
    _figure_periods: dict[int, Period] = field(default_factory=dict)  # per sentence: the period of its last outcome figure
    _partner_tables: dict[int, bool] = field(default_factory=dict)
    _table_titles: dict[int, tuple[str | None, str | None]] = field(default_factory=dict)
    _period_references: dict[int, bool] = field(default_factory=dict)
    _cue_spans: dict[tuple[str, int], list[tuple[int, int]]] = field(default_factory=dict)  # (cue, sentence) -> where it stands
    _intent_of: dict[int, str] = field(default_factory=dict)  # figure start -> its target or forecast status
    _intent_periods: set[int] = field(default_factory=set)  # where the periods of targets and forecasts stand
    _sides_of: dict[int, tuple[str | None, str | None, str | None]] = field(default_factory=dict)  # figure start -> its sides
    _money_starts: set[int] = field(default_factory=set)  # the starts of money figures described so far
    _differences: set[int] = field(default_factory=set)  # the starts of figures that state how much a value changed
    _respective: dict[int, dict[int, Respective]] = field(default_factory=dict)  # sentence -> figure start -> its list items
    _figure_sides: dict[int, tuple[str | None, str | None, str | None]] = field(default_factory=dict)  # per sentence: its last figure's sides
    _sentence_partners: dict[int, set[str | None]] = field(default_factory=dict)  # per sentence: its figures' partners
    _world_traders: set[str] = field(default_factory=set)  # countries whose trade with the world the text has given
    _share_metric_ends: dict[int, int] = field(default_factory=dict)  # a share's start -> the end of the metric it is a share of
    _share_of_whole: dict[int, int] = field(default_factory=dict)  # a whole's start -> its share's start
    _share_sentences: set[int] = field(default_factory=set)  # sentences holding a share of a total
    _wholes_by_cue: set[int] = field(default_factory=set)  # totals after "out of": the metric before is the part's
    _metric_of: dict[int, str | None] = field(default_factory=dict)  # figure start -> its metric
    _scope_of: dict[int, str | None] = field(default_factory=dict)  # figure start -> its scope
    _parts: set[int] = field(default_factory=set)  # figures after "of which": parts of the figure before
    _bases: set[int] = field(default_factory=set)  # figures that are comparison bases ("from $4 billion in 2023")
    _headlines: list[tuple[Mention, tuple[dt.date, dt.date]]] = field(default_factory=list)  # outcome figures' metric and period, in order

    @cached_property
    def sentence_starts(self) -> list[int]:
        starts = sentence_starts(self.text, self.lex)
        spans = self.figure_spans
        # No sentence starts inside a figure: "11 234,5 mln. USD" is one amount, its stop an abbreviation's.
        return [s for s in starts if not ((i := bisect_left(spans, (s, -1))) and spans[i - 1][1] > s)]

    @cached_property
    def paragraph_starts(self) -> list[int]:
        return [0] + [m.end() for m in self.lex.regex["paragraph_end"].finditer(self.text)]

    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        find = self.text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        return starts

    @cached_property
    def countries(self) -> list[Mention]:
        text, lex = self.text, self.lex
        spans = self.figure_spans
        complements = _complements(lex.language)
        country_complement = _country_complement(lex.language)
        groups = aggregate_codes() - {WORLD, OTHER}  # a region or bloc "the region" may stand for
        mentions: list[Mention] = []
        last_group: Mention | None = None
        for m in lex.regex["country"].finditer(text):
            if m.start() and text[m.start() - 1].isalnum():
                continue  # inside a word
            code = lex.country(m.group())
            if code is None and " ".join(m.group().lower().split()) in _group_references(lex.language):  # "to the region": the group named last
                near = last_group is not None and m.start() - last_group.end <= GROUP_REFERENCE_CHARS
                code = last_group.value if near and last_group is not None else None
            if code is None or (code == WORLD and self._world_epithet(m.end())):
                continue
            # "US dollars", "U.S.$", "U.S. $5 billion": a currency, not a country ("Russia $3bn" is one).
            rest = text[m.end() : m.end() + 9]
            tail = rest.lstrip().lower()
            if tail.startswith(("dollar", "dlr")) or rest.startswith("$") or (tail.startswith("$") and code == "USA"):
                continue
            i = bisect_right(spans, (m.start(), len(text))) - 1
            if i >= 0 and spans[i][0] <= m.start() < spans[i][1]:
                continue
            start = m.start()
            if code in complements:  # "non-EU countries", "стран вне ЕС": the group's complement
                before = text[max(0, start - COMPLEMENT_CHARS) : start].lower()
                prefix = next((p for p in complements[code][1] if before.endswith(p) and not before[: -len(p)][-1:].isalnum()), None)
                if prefix is not None:
                    start, code = start - len(prefix), complements[code][0]
            elif code not in groups and code != WORLD and country_complement is not None:
                # "exports to countries other than the United States": every partner but the country, not the country
                every_other = country_complement.search(text, max(0, start - COMPLEMENT_CHARS), start)
                if every_other is not None:
                    start, code = every_other.start(), OTHER
            if code in groups:
                start -= self._trade_prefix_length(start)  # "extra-EU exports", "intra-EU trade": the group's own (see _group_trade)
            if mentions and mentions[-1].value == code and text[mentions[-1].end : start].strip() == "(" and text.startswith(")", m.end()):
                continue  # "the European Union (EU)", "ASEAN (the Association of Southeast Asian Nations)": one mention
            mentions.append(Mention(start, m.end(), code))
            if code in groups:
                last_group = mentions[-1]
        hints = lex.cue_hints.get("probed_group")
        if hints and any(hint in text for hint in hints):  # "euro area exports": searched only where it may be
            probed = [m for m in lex.regex["probed_group"].finditer(text) if not (m.start() and text[m.start() - 1].isalnum())]
            found = (Mention(m.start() - self._trade_prefix_length(m.start()), m.end(), lex.country(m.group()) or "") for m in probed)
            mentions = sorted([*mentions, *found])
        return mentions

    def _world_epithet(self, end: int) -> bool:
        """ "the world's top copper producer", "the world's largest exporter": a rank among the world's countries,
        not the world as a side (a superlative, or a word of the lexicon's ``world_epithets``, after the possessive)."""
        rest = self.text[end : end + WORLD_EPITHET_CHARS]
        possessive = next((p for p in self._possessives if rest.startswith(p)), None)
        if possessive is None:
            return False
        words = rest[len(possessive) :].split(maxsplit=1)
        word = words[0].lower().rstrip(".,") if words else ""
        return any(w in self._world_epithets or (len(w) > 4 and w.endswith("est")) for w in (word, *word.split("-")))  # "second-largest"

    @cached_property
    def _world_epithets(self) -> frozenset[str]:
        return frozenset(str(w).lower() for w in self.lex.data.get("world_epithets") or ())

    def _trade_prefix_length(self, start: int) -> int:
        """The length of "extra-" or "intra-" right before a group's name at ``start`` (0 if none)."""
        before = self.text[max(0, start - COMPLEMENT_CHARS) : start].lower()
        prefix = next((p for p in self._group_trade_prefixes if before.endswith(p) and not before[: -len(p)][-1:].isalnum()), "")
        return len(prefix)

    @cached_property
    def _group_trade_prefixes(self) -> dict[str, str]:
        """ "extra-" -> "world" (a group's trade with the rest of the world), "intra-" -> "itself" (among its members)."""
        return {str(p).lower(): str(w) for p, w in (self.lex.data.get("group_trade_prefixes") or {}).items()}

    def _group_trade(self, metric: Mention | None) -> tuple[str, str] | None:
        """(reporter, partner) of "extra-EU exports" (the EU, the world) and "intra-euro area trade" (the euro
        area, itself): a group named with such a prefix right before the metric."""
        if metric is None:
            return None
        i = bisect_left(self.country_positions, metric.start) - 1
        if i < 0 or self.text[self.countries[i].end : metric.start].strip():
            return None
        group = self.countries[i]
        named = self.text[group.start : group.end].lower()
        way = next((w for p, w in self._group_trade_prefixes.items() if named.startswith(p)), None)
        if way is None:
            return None
        return group.value, WORLD if way == "world" else group.value

    @cached_property
    def country_positions(self) -> list[int]:
        return [m.start for m in self.countries]

    @cached_property
    def prepositions(self) -> frozenset[str]:
        return frozenset(self.lex.data["grammar"]["partner_prepositions"])

    @cached_property
    def _direction_after(self) -> dict[str, str]:
        """ "more than" -> "up", "меньше" -> "down": the way a difference named after its figure goes."""
        return {" ".join(str(w).lower().split()): way for way, words in (self.lex.data.get("difference_after") or {}).items() for w in words}

    @cached_property
    def _articles(self) -> frozenset[str]:
        return grammar_words(self.lex.language, "article")

    @cached_property
    def _possessive_share_words(self) -> tuple[str, ...]:
        """ "share" in "Russia's share was $2.7 billion": a substring test before the sentence's regex."""
        return tuple(str(w) for w in self.lex.data["grammar"].get("possessive_share_nouns") or ())

    @cached_property
    def _range_openers(self) -> frozenset[str]:
        """ "from" in "From January to March 2025": it opens the period's range, it names no base."""
        return grammar_words(self.lex.language, "period_range_start")

    @cached_property
    def _possessives(self) -> tuple[str, ...]:
        return tuple(self.lex.data["grammar"].get("possessive") or ())

    @cached_property
    def _pair_words(self) -> tuple[frozenset[str], frozenset[str]]:
        grammar = self.lex.data["grammar"]
        return frozenset(grammar.get("pair_start") or []), frozenset(grammar.get("pair_and") or [])

    def _named_in_a_pair(self, country: Mention) -> bool:
        """ "trade between Kazakhstan and Turkey": one of a pair, never a list item."""
        start_words, and_words = self._pair_words
        before = self.text[max(0, country.start - 16) : country.start].lower().split()
        if not before or before[-1] in start_words:
            return bool(before)
        i = bisect_left(self.country_positions, country.start) - 1
        if before[-1] not in and_words or i < 0:
            return False
        first = self.countries[i]
        if self.text[first.end : country.start].lower().split() != [before[-1]]:
            return False
        words = self.text[max(0, first.start - 16) : first.start].lower().split()
        return bool(words) and words[-1] in start_words

    def _office_country(self, start: int, end: int) -> Mention | None:
        """The country that ends an organisation's name within a few words ("Bureau" + " of National
        Statistics of " + "Kazakhstan"), with no punctuation before it."""
        ahead = [c for c in self.countries_between(start, min(end, start + OFFICE_NAME_CHARS)) if c.value not in self.lex.silent_groups]
        if not ahead:
            return None
        between = self.text[start : ahead[0].start]
        of_words = {str(w) for w in self.lex.data["grammar"]["of"]}
        # A name's words, not a phrase: "Bureau of National Statistics of", never "Бектенова в интервью".
        named = all(w in of_words or (len(w) > 2 and w.lower() not in self.prepositions) for w in between.split())
        return ahead[0] if named and not any(ch in ',.;:!?()"\n' for ch in between) else None

    def _minus_before(self, amount: Amount) -> bool:
        """A minus sign right before the figure ("-$127.3 million", "–$210.9 million": typeset text
        writes minus as an en dash), not a range dash ("$1-$2 billion", "2023–$5 billion")."""
        before = self.text[max(0, amount.start - 2) : amount.start]
        return before[-1:] in ("-", "\u2212", "\u2013") and not before[:1].isalnum()

    def _share_right_before(self, pos: int) -> bool:
        """Whether a country's share starts at ``pos`` ("Китай с 6,4 млрд": with, not "from")."""
        named = self.countries_between(max(0, pos - SHARE_COUNTRY_WINDOW), pos)
        return bool(named) and pos - named[-1].end <= 1 and self._share_of(named[-1])

    def _between_figures(self, country: Mention, start: int, end: int) -> bool:
        """Whether figures of the sentence ``text[start:end]`` stand both before and after the country."""
        spans = self.figure_spans
        i = bisect_left(spans, (country.start, -1))
        return 0 < i < len(spans) and spans[i - 1][0] >= start and spans[i][0] < end

    def _share_of(self, country: Mention) -> bool:
        """ "Russia accounted for $1.4 billion", "and Kazakhstan for $0.8 billion": the
        country's share of a total, so a partner, not a declaring side."""
        verb = self.lex.regex["partner_verb"].match(self.text, country.end)
        if verb is None:
            return False
        i = bisect_left(self.figure_spans, (verb.end(), -1))
        return i < len(self.figure_spans) and self.figure_spans[i][0] - verb.end() <= 2

    @cached_property
    def world_phrases(self) -> frozenset[str]:
        return frozenset(" ".join(str(p).lower().split()) for p in self.lex.data.get("world_trade_phrases") or [])

    @cached_property
    def fiscal_year(self) -> FiscalYear | None:
        """The fiscal year of the document's main country, when it is not the calendar year (India's runs April-March)."""
        main = self.main_countries
        return fiscal_years().get(main[0]) if main else None

    @cached_property
    def main_countries(self) -> list[str]:
        """The document's main country, and its counterpart when the document is
        about a pair: the second country is named at least twice and in one
        sentence with the first ("trade between Kyrgyzstan and Kazakhstan"), or
        each country has a person speaking for it ("Kazakh President Tokayev",
        "Uzbek President Mirziyoyev": a meeting). A person of a country counts as
        a mention of it, and a mention as a declaring side counts double (not after
        "to", "with": "Uzbekistan's trade with Tajikistan ... exports to Tajikistan"
        is about Uzbekistan). First mention breaks ties. A national bulletin that
        lists partners is about no pair."""
        groups = self.lex.silent_groups
        persons, person_country, _ = self.people
        named = [(m.start, m.value) for m in self.countries if m.value not in groups]
        spoken = [(m.start, person_country[m.value]) for m in persons if m.value in person_country]
        counts = Counter(code for _, code in named + spoken)
        # "exports to China", "Китай (4,4 млрд долларов)": named as a partner, not as a declaring side
        partnered = {
            m.start: partner
            for m, partner in self._partners_listed(
                (m for m in self.countries if m.value not in groups),
                # (a possessive after a preposition declares: "Russia's share in Kazakhstan's trade")
                lambda m: (
                    (self._after_preposition(m) and not self._possessive(m)) or self._labels_a_figure(m) or self._heads_a_table_row(m) or self._named_partner(m)
                ),
            )
        }
        weight = counts + Counter(m.value for m in self.countries if m.start in partnered and not partnered[m.start])
        first: dict[str, int] = {}
        for pos, code in sorted(named + spoken):
            first.setdefault(code, pos)
        # A country named only as a partner ("1. China — $6.9 billion", "exports to China") comes after any
        # country named as a side; a bare list of partners (labels, no "trade with") names no main country.
        declaring = {m.value for m in self.countries if m.value not in groups and not partnered.get(m.start)} | {code for _, code in spoken}
        if not declaring:
            # Only a country that merely labels a figure ("Kazakhstan: $5 billion in exports to China") may
            # still be the side; one named as a partner in words ("Germany was the main partner country",
            # "exports to China", "and Germany with USD 2.0 billion") never is, nor a bare list's labels.
            labels = {m.value for m in self.countries if m.value not in groups and self._labels_only(m)}
            if not labels or not any(self._after_preposition(m) for m in self.countries if m.value not in groups):
                return []
            counts = Counter({code: n for code, n in counts.items() if code in labels})
        ranked = sorted(counts, key=lambda c: (c not in declaring, -weight[c], first[c]))[:3]
        if len(ranked) == 3 and weight[ranked[2]] >= weight[ranked[1]] and counts[ranked[2]] >= counts[ranked[1]]:
            return ranked[:1]  # a third country as present as the second: partners listed, no pair (China and Russia alike)
        ranked = ranked[:2]
        if len(ranked) < 2 or counts[ranked[1]] < 2 or set(ranked) <= aggregate_codes():
            return ranked[:1]  # (two groups, "the euro area" and "the EU", each report their own trade: no pair)
        starts = self.sentence_starts
        sentences = [{bisect_right(starts, pos) for pos, c in named if c == code} for code in ranked]
        with_speakers = {code for _, code in spoken}
        if not sentences[0] & sentences[1] and not (ranked[0] in with_speakers and ranked[1] in with_speakers):
            return ranked[:1]
        # Of the pair, the one named more often as a declaring side than as a partner
        # ("Uzbekistan's exports to Kazakhstan") speaks for sentences naming neither.
        lean: Counter[str] = Counter()
        for m in self.countries:
            if m.value in ranked:
                lean[m.value] += -1 if partnered[m.start] else 1
        side, other = sorted(ranked, key=lambda c: -lean[c])
        if lean[side] > 0 > lean[other] and (
            any(partnered[m.start] for m in self.countries if m.value not in ranked and m.start in partnered) or self._named_after_figures(other)
        ):
            # "Japan's exports rose 3.6% ... Exports to the United States ... shipments to China": the second country is
            # mostly a partner, and other partners are named too, or it is first named after the story's first figures
            # ("India's trade deficit widened to $41.68 billion ... Exports to the United States fell"): a country's
            # trade with the world, by partner, no pair
            return [side]
        return sorted(ranked, key=lambda c: (-lean[c], -counts[c], first[c]))

    def _in_office_name(self, pos: int) -> bool:
        """Whether ``pos`` stands inside an office's name after its first words ("Ministry of Development, Industry, ")."""
        return self.lex.regex["in_office_name"].search(self.text, max(0, pos - OFFICE_NAME_BEFORE_CHARS), pos) is not None

    def _figure_between(self, start: int, end: int) -> bool:
        """Whether a figure stands wholly inside ``text[start:end]``."""
        spans = self.figure_spans
        i = bisect_left(spans, (start, -1))
        return i < len(spans) and spans[i][1] <= end

    def _named_after_figures(self, code: str) -> bool:
        """Whether a country is first named after two figures were stated in sentences that do not name it."""
        first = next((m.start for m in self.countries if m.value == code), None)
        if first is None:
            return False
        sentence_start = self.sentence_starts[bisect_right(self.sentence_starts, first) - 1]
        return bisect_left(self.figure_spans, (sentence_start, -1)) >= FIGURES_BEFORE_A_LATE_PARTNER

    def _labels_only(self, country: Mention) -> bool:
        """A country that labels a figure or heads a table row, not named as a partner in words."""
        if (self._after_preposition(country) and not self._possessive(country)) or self._named_partner(country):
            return False
        return self._labels_a_figure(country) or self._heads_a_table_row(country)

    def _named_partner(self, country: Mention, end: int | None = None) -> bool:
        """ "Russia remained the largest partner", "Germany was the main destination" (not "Russia's partner")."""
        limit = min(len(self.text), country.end + 120) if end is None else end
        aside = _NAME_ASIDE.match(self.text, country.end, limit)  # "The Association of Southeast Asian Nations (ASEAN) remained"
        after = aside.end() if aside is not None else country.end
        if self._possessive(country):
            return False
        if self.lex.regex["partner_noun"].match(self.text, after, limit) is not None:
            return True
        # "The main trading partner remained Russia", "Основным торговым партнером остается Россия"
        return self.lex.regex["partner_noun_before"].search(self.text, max(0, country.start - PARTNER_NOUN_BEFORE_CHARS), country.start) is not None

    def _after_preposition(self, country: Mention, start: int = 0) -> bool:
        """ "exports to China": the word before the country (not before ``start``) is a partner preposition."""
        words = self.text[max(start, country.start - 16) : country.start].lower().split()
        if len(words) >= 2 and words[-1] in self._articles:
            words.pop()  # "trade with the Netherlands"
        if not words:
            return False
        if words[-1] in self.prepositions:
            return True
        phrases, last_words = self._partner_phrases
        return words[-1] in last_words and " ".join(words[-2:]) in phrases

    @cached_property
    def _partner_phrases(self) -> tuple[frozenset[str], frozenset[str]]:
        """Two words before a partner ("followed by Russia with 16.9%"), and their last words."""
        phrases = frozenset(" ".join(str(p).lower().split()) for p in self.lex.data["grammar"].get("partner_phrases") or ())
        return phrases, frozenset(p.split()[-1] for p in phrases)

    @cached_property
    def people(self) -> tuple[list[Mention], dict[str, str], dict[str, str]]:
        """Person mentions (position, full name), name -> country, surname -> full name."""
        rx = self.lex.regex
        mentions: list[Mention] = []
        country_of: dict[str, str] = {}
        full_name: dict[str, str] = {}
        pronouns = {p.lower() for p in self.lex.data["pronouns"]}
        for m in self._title_person_matches():
            name = self.lex.person(m["name"])
            if self.lex.country(name):
                continue
            full_name[name.split()[-1]] = name
            mentions.append(Mention(m.start("name"), m.end("name"), name))
            inside = self.countries_between(max(0, m.start() - PERSON_COUNTRY_WINDOW), m.start("name"))
            if inside and name not in country_of:
                country_of[name] = inside[-1].value
        for m in rx["person_title"].finditer(self.text):
            name = self.lex.person(m["name"])
            if self.lex.country(name) or self.lex.country(name.split()[0]):
                continue
            full_name[name.split()[-1]] = name
            mentions.append(Mention(m.start("name"), m.end("name"), name))
            inside = self.countries_between(m.end("name"), m.end())
            if inside and name not in country_of:
                country_of[name] = inside[-1].value
        for m in self.speakers:
            name = self.lex.person(m["name"])
            if name.lower() in pronouns or self.lex.country(name) or self.lex.country(name.split()[0]):
                continue
            if " " not in name and name not in full_name:
                continue  # one capitalised word ("the Cabinet recalled") is a person only as a known surname
            name = full_name.get(name.split()[-1], name)
            full_name.setdefault(name.split()[-1], name)
            mentions.append(Mention(m.start("name"), m.end("name"), name))
        mentions.sort()
        return mentions, country_of, full_name

    @cached_property
    def speakers(self) -> list[re.Match[str]]:
        """ "Bektenov said": one pass over the text serves the people and every paragraph's cues."""
        return list(self.lex.regex["speaker"].finditer(self.text))

    @cached_property
    def speaker_starts(self) -> list[int]:
        return [m.start() for m in self.speakers]

    def _title_person_matches(self) -> Iterator[re.Match[str]]:
        """``title_person.finditer(text)``, tried only where a title word
        starts: sre tries the pattern at every letter a title can start with
        (about twice the time on the bench articles, measured)."""
        text, pattern = self.text, self.lex.regex["title_person"]
        lowered = text.lower()
        if len(lowered) != len(text):  # a few letters change length when lower-cased
            yield from pattern.finditer(text)
            return
        resume = 0
        for pos in starts_of(title_words(self.lex.language), lowered):
            if pos < resume:
                continue
            m = pattern.match(text, pos)
            if m is not None:
                yield m
                resume = m.end()

    def countries_between(self, start: int, end: int) -> list[Mention]:
        lo = bisect_left(self.country_positions, start)
        hi = bisect_left(self.country_positions, end)
        return [m for m in self.countries[lo:hi] if m.end <= end]

    def sentence_bounds(self, index: int) -> tuple[int, int]:
        starts = self.sentence_starts
        end = starts[index + 1] if index + 1 < len(starts) else len(self.text)
        return starts[index], end

    def _holds_hint(self, start: int, end: int, cue: str) -> bool:
        """Whether ``text[start:end]`` holds one of a cue's hints (a substring test before its regex; no slice copied)."""
        text = self.text
        return any(text.find(hint, start, end) != -1 for hint in self.lex.cue_hints[cue])

    def _sentence(self, index: int) -> dict[str, object]:
        cached = self._sentences.get(index)
        if cached is not None:
            return cached
        text, rx = self.text, self.lex.regex
        start, end = self.sentence_bounds(index)
        metrics = [
            Mention(m.start(), m.end(), " ".join(m.group().lower().split()))
            for m in rx["metric"].finditer(text, start, end)
            if not (m.start() and text[m.start() - 1].isalnum())
        ]
        if metrics and self._holds_hint(start, end, "metric_name"):
            # "according to the Ministry of Trade, Industry and Energy": a metric's word in a name is no metric
            names = [(m.start(), m.end()) for m in rx["metric_name"].finditer(text, start, end)]
            metrics = [m for m in metrics if not any(a <= m.start and m.end <= b for a, b in names)]
        # "the Ministry of Development, Industry, Trade and Services (MDIC) said": a capitalised metric's word further
        # on in an office's name is no metric either
        metrics = [m for m in metrics if not (m.start > start and text[m.start].isupper() and self._in_office_name(m.start))]
        periods = find_periods(text, start, end, self.lex, self.doc_date, self.fiscal_year)
        status = [
            Mention(m.start(), m.end(), " ".join(m.group().lower().split()))
            for m in rx["status"].finditer(text, start, end)
            if not (m.start() and text[m.start() - 1].isalnum())
        ]
        in_sentence: list[str] = []  # countries that may declare (not after "to", "with", ...)
        partner_hint = None
        groups = self.lex.silent_groups

        # one test per sentence, not per country
        shares_named = rx["share_noun"].search(text, start, end) is not None or (
            any(text.find(word, start, end) != -1 for word in self._possessive_share_words) and rx["possessive_share"].search(text, start, end) is not None
        )

        def leads(m: Mention) -> bool:
            return not self._trader_of_flow(m, metrics) and bool(
                self._after_preposition(m, start)
                or self._share_of(m)
                or self._named_partner(m, end)
                or (shares_named and self._shares_noun(m, start))
                or bool(self._subject_run(m))
            )

        # "Exports reached $28.7 billion, of which Russia accounted for $12.2 billion": a partner named in
        # a part's clause after a figure is that part's (its clause partner), not the sentence's.
        cue = rx["part_cue"].search(text, start, end)
        spans = self.figure_spans
        cut = cue.start() if cue is not None and bisect_left(spans, (start, -1)) < bisect_left(spans, (cue.start(), -1)) else end
        hint_at = (-1, -1)
        for m, partner in self._partners_listed(self.countries_between(start, end), leads):
            if partner:
                if partner_hint is None and m.start < cut:
                    partner_hint, hint_at = m.value, (m.start, m.end)
            elif (self._between_figures(m, start, end) or self._labels_a_figure(m)) and not self._named_in_a_pair(m):
                # "$19.0 billion, followed by Kyrgyzstan with $1.6 billion", "1. China — $4.4 bn":
                # a list item, the partner of its clause
                continue
            elif m.value in groups:
                if m.start < cut and self._named_in_a_pair(m):
                    partner_hint = partner_hint or m.value  # "trade between the EU and the five Central Asian states"
            elif m.value not in in_sentence:
                in_sentence.append(m.value)
        if partner_hint is None and index > 0 and rx["partner_pronoun"].match(text, start) and self._previous_in_paragraph(index) is not None:
            partner_hint = self._sentence(index - 1)["countries"][1]  # type: ignore[index]
        changes = [
            Mention(m.start(), m.end(), self.lex.change_of[m.group().lower()])
            for m in rx["change"].finditer(text, start, end)
            if not (m.start() and text[m.start() - 1].isalnum()) and self.lex.change_of[m.group().lower()] != "neither"
        ]
        info: dict[str, object] = {
            "changes": changes,
            "change_ends": [c.end for c in changes],
            "metrics": metrics,
            "metric_ends": [m.end for m in metrics],
            "periods": periods,
            "period_ends": [p.end_pos for p in periods],
            "status": status,
            "status_starts": [c.start for c in status],
            "countries": (in_sentence, partner_hint),
            "partner_at": hint_at,
        }
        self._sentences[index] = info
        return info

    # --- attribution -------------------------------------------------------

    def _person_before(self, pos: int) -> str | None:
        mentions = self.people[0]
        i = bisect_left(mentions, Mention(pos, pos, ""))
        return mentions[i - 1].value if i else None

    def paragraph_cues(self, para_i: int) -> tuple[list[int], list[tuple[str | None, str | None]]]:
        """Attribution cues of one paragraph, by position: (who, country).
        Only paragraphs holding figures are ever scanned."""
        cached = self._cues.get(para_i)
        if cached is not None:
            return cached
        text, rx, lex = self.text, self.lex.regex, self.lex
        start = self.paragraph_starts[para_i]
        end = self.paragraph_starts[para_i + 1] if para_i + 1 < len(self.paragraph_starts) else len(text)
        chunk = text[start:end]
        cues: list[tuple[int, str | None, str | None]] = []
        pronouns = {p.lower() for p in lex.data["pronouns"]}

        def person(name: str, pos: int) -> tuple[int, str | None, str | None]:
            _, person_country, full_name = self.people
            name = lex.person(name)
            name = full_name.get(name.split()[-1], name)
            return pos, name, person_country.get(name)

        def pronoun(pos: int) -> tuple[int, str | None, str | None]:
            who = self._person_before(pos)
            return pos, who, self.people[1].get(who) if who else None

        # Cheap substring tests first: most paragraphs lack most cue words.
        hints = lex.cue_hints
        if any(h in chunk for h in hints["according_to"]):
            for m in rx["according_to"].finditer(text, start, end):
                if m["pronoun"]:
                    cues.append(pronoun(m.start()))
                elif m["who"]:
                    inside = [c for c in self.countries_between(m.start("who"), m.end("who")) if c.value not in self.lex.silent_groups]
                    if inside:
                        cues.append((m.start(), m["who"], inside[0].value))
                    elif m["who"].split()[0].lower() not in pronouns:
                        cue = person(m["who"], m.start())
                        # "по данным Бюро национальной статистики Казахстана": no person, but an office
                        # whose name runs on in lower case to its country.
                        office = self._office_country(m.end("who"), end) if cue[2] is None else None
                        if office is not None:
                            cue = (m.start(), text[m.start("who") : office.end], office.value)
                        cues.append(cue)
        if any(h in chunk for h in hints["pronoun_speaker"]):
            for m in rx["pronoun_speaker"].finditer(text, start, end):
                before = text[max(0, m.start() - 2) : m.start()]
                if m.start() and not (before.endswith("\n") or (before[-1:].isspace() and before[:1] in ".;:!?")):
                    continue  # "He said" opens a sentence or a line
                cues.append(pronoun(m.start()))
        first, last = bisect_left(self.speaker_starts, start), bisect_left(self.speaker_starts, end)
        for m in self.speakers[first:last]:
            if m.end() > end:
                continue  # runs into the next paragraph
            name = m["name"]
            country = lex.country(name)
            name = name if country else lex.person(name)
            if name.lower() in pronouns or (" " not in name and not country and name not in self.people[2]):
                continue
            cues.append((m.start(), name, country) if country else person(name, m.start()))
        if any(h in chunk for h in hints["side"]):
            for m in rx["side"].finditer(text, start, end):
                country = lex.country(m["who"])
                if country:
                    cues.append((m.start(), f"{m['who']} side", country))
        cues.sort(key=lambda c: c[0])
        result = ([c[0] for c in cues], [(c[1], c[2]) for c in cues])
        self._cues[para_i] = result
        return result

    def attribution(self, sentence_index: int) -> tuple[str | None, str | None]:
        """Who stated the figures of a sentence, and their country: the last
        cue in the paragraph up to the end of this sentence."""
        para_i = bisect_right(self.paragraph_starts, self.sentence_starts[sentence_index]) - 1
        _, end = self.sentence_bounds(sentence_index)
        positions, cues = self.paragraph_cues(para_i)
        i = bisect_left(positions, end) - 1
        return cues[i] if i >= 0 else (None, None)

    # --- per figure --------------------------------------------------------

    def describe(self, amount: Amount, previous: Amount | None, following: Amount | None) -> Context:
        text, lex = self.text, self.lex
        s_index = bisect_right(self.sentence_starts, amount.start) - 1
        s_start, s_end = self.sentence_bounds(s_index)
        info = self._sentence(s_index)
        line_i = bisect_right(self.line_starts, amount.start) - 1

        metric = flow = None
        negative = False
        metrics: list[Mention] = info["metrics"]  # type: ignore[assignment]
        metric_ends: list[int] = info["metric_ends"]  # type: ignore[assignment]
        i = bisect_right(metric_ends, amount.start)
        while i > 1 and (self._in_closed_brackets(metrics[i - 1], amount.start) or self._in_appositive(metrics[i - 2], metrics[i - 1], amount.start)):
            # "exports to Russia were $11.1 billion (14.1% of total exports), up from $9.7 billion": an aside's metric;
            # "Gold exports, the country's main export item, totaled $1.05 billion": an appositive's
            i -= 1
        chosen = metrics[i - 1] if i else None  # nearest phrase before the figure
        if i < len(metrics) and self._passive_metric_after(amount, metrics[i]):
            chosen = metrics[i]  # "goods worth 115.9 billion euros were imported": the verb after the figure names it
        clause_start = previous.end if previous is not None and previous.end > s_start else s_start
        # "Kazakh statistics put the figure lower: ... recorded $23.9 bln for the same period, as Kazakhstan records
        # imports by ...": the figure the sentences before gave, not the metric named after this one
        referred = chosen is None and lex.regex["back_reference"].search(text, clause_start, amount.start) is not None
        if chosen is None and not referred and metrics and metrics[0].start >= amount.end:
            chosen = metrics[0]  # else the first one after it
        if chosen is None and not referred and self._previous_in_paragraph(s_index) is not None:
            # "Trade keeps growing. In 2024 it reached $1.05 billion.": the metric of the sentence before.
            earlier: list[Mention] = self._sentence(s_index - 1)["metrics"]  # type: ignore[assignment]
            chosen = earlier[-1] if earlier else None
        if chosen is None and referred:
            # "Uzbekistan's agency put the figure higher, at $822 million": the figure of the sentences before.
            chosen = self._earlier_metric(s_index)
        elif chosen is None and lex.regex["headline_reference"].search(text, clause_start, amount.start):
            # "Uzbekistan's agency reported a slightly higher figure: $3.9 billion": another source's headline figure.
            chosen = self._headline_metric(info, s_index)
        respective = self._respectively(s_index).get(amount.start)
        if respective is not None and respective.metric is not None:
            chosen = respective.metric  # "exports to Kyrgyzstan and imports from it were $1.1 billion and $0.6 billion respectively"
        if chosen is not None:
            metric, flow = lex.metric_of[chosen.value]
            negative = self._names_a_deficit(chosen)

        period = self._period(s_index, s_end, amount, info, previous, following, metric is not None)
        if respective is not None and respective.period is not None:
            period = respective.period  # "in 2023 and 2024 were $1.1 billion and $1.3 billion, respectively"
        cell = cell_at(self.tables, amount.start)
        table_change = table_share = False
        if cell is not None:
            # A Markdown table: the row and column headers say what a cell is, not the nearest words.
            # ... else the title's ("Exports of the Kyrgyz Republic to Kazakhstan, thousand US dollars").
            chosen = self._last_metric(*cell.row_header) or self._last_metric(*cell.column_header) or self._last_metric(*cell.table.title) or chosen
            metric, flow = lex.metric_of[chosen.value] if chosen is not None else (None, None)
            negative = chosen is not None and self._names_a_deficit(chosen)
            header_periods = self._header_periods(cell)
            column = percent_column(self.tables, text, amount.start, amount.end, lex) if amount.kind == "percent" else None
            table_change, table_share = column == "change", column == "share"
            if table_change and not header_periods:
                header_periods = self._newest_column_period(cell)  # "| 2023 | 2024 | Change, % |": the change to 2024
            if not header_periods and period is None:
                # "Внешняя торговля Кыргызстана со странами ЕАЭС в 2024 году (млн долл. США)" above the table
                title_start, title_end = cell.table.title
                caption_start = text.rfind("\n\n", title_start, title_end)  # the lines right above it, not a dateline
                header_periods = find_periods(text, caption_start + 2 if caption_start >= 0 else title_start, title_end, lex, self.doc_date, self.fiscal_year)
            if len(header_periods) == 1:
                period = header_periods[0]
        if metric == "trade_balance" and self._minus_before(amount):
            negative = True  # "Balance: -$127.3 million", "| Trade balance | -127.3 |"
        elif metric == "trade_balance" and chosen is not None and cell is None and self._negative_after(chosen, amount, previous):
            negative = True  # "Uzbekistan's foreign trade balance was negative at $3.85 billion"
        status = self._status(amount, previous, following, info, (s_start, s_end))
        if status is None and previous is not None and previous.end > s_start and self._coordinated(previous, amount):
            # "plan to raise trade to $5 billion and investment to $2 billion": the aim covers both
            status = self._intent_of.get(previous.start)
        if status in INTENTS:
            self._intent_of[amount.start] = status
        if status is None and period is not None and self._base_value(period, amount) and self._introduced_as_base(period):
            status = "previous"  # "... compared with 2023 ($28.6 billion)": the base's value
        if status == "previous" and (own := self._same_period_after(amount, info, following, s_index)) is not None:
            period = own  # "up 3.9% from $216.2 billion in the same period of 2024": the base's own period
        elif status == "previous" and period is not None and period.end_pos <= amount.start and self._year_earlier_at(amount):
            # "in the second quarter it was $310 million, compared with $295 million a year earlier": Q2 of the
            # year before; "на 14,2% больше, чем годом ранее (575,6 млн долларов)" likewise
            period = year_before(period) or period
        if status == "difference":
            self._differences.add(amount.start)
        if status == "previous":
            self._bases.add(amount.start)
        elif (
            amount.kind == "percent" and previous is not None and previous.start in self._bases and period is not None
            and period.pos >= previous.end and s_index in self._figure_periods and self._period_of_figure_before(period)
        ):  # fmt: skip
            # "rose to $5 billion in 2024 from $4 billion in 2023, up 25%": the rate is the outcome's, not its base's period
            period = self._figure_periods[s_index]
        if status is None and period is not None and self.doc_date is not None and period.start > self.doc_date:
            status = "forecast"  # "... and reach $3 billion by 2030": a period not yet begun holds no outcome
        if period is not None and status in INTENTS and period.pos < s_start and self.doc_date is not None and period.end < self.doc_date:
            # "В 2024 году товарооборот составил 842,5 млн долларов. Стороны поставили задачу довести его до 1,5 млрд
            # долларов в ближайшие годы": an aim is for no past period the sentences before named
            period = None
        if period is not None and status in INTENTS:
            # "... to $10 billion by 2030. According to the minister, 32 projects worth $2.1 billion": an aim's
            # or forecast's horizon is never the period later sentences carry on
            self._intent_periods.add(period.pos)
        elif period is not None and status != "previous" and amount.kind == "money" and not self._aside(period):
            self._figure_periods[s_index] = period  # figures are described in text order: later sentences carry it on
            if chosen is not None and status is None:
                self._headlines.append((chosen, (period.start, period.end)))
        who, side = self.attribution(s_index)
        around = self._around_metric(chosen, s_start, s_end) if chosen is not None and chosen.start >= s_start else (None, None)
        role = SHARE_ROLE if table_share else self._share_role(amount, previous, following, info, s_start)  # "| Share, % | 19.1 |"
        if role is None and amount.kind == "percent" and self.lex.regex["rate_year_on_year"].match(self.text, amount.end):
            role = YEAR_ON_YEAR_ROLE  # "down 11.6% from a year earlier", "up 5% year-on-year"
        elif table_change and role is None and cell is not None and self.lex.regex["rate_year_on_year"].search(self.text, *cell.column_header):
            role = YEAR_ON_YEAR_ROLE  # "| y/y, % |" (a bare "| Change, % |" may be on the month before)
        # A share's total is a country's trade with the world ("23.5% of Kazakhstan's foreign trade turnover of $139.6 billion").
        world = role == WHOLE_ROLE or (chosen is not None and chosen.value in self.world_phrases)
        # "X accounted for 3.9% of China's total foreign trade of $6.16 trillion": the whole, whatever partner the sentence names.
        whole = world and amount.kind == "money" and chosen is not None and (role == WHOLE_ROLE or self._total_named(chosen, s_start))
        # "exports to China were $15.6 billion out of $78.7 billion": the metric's partner is the part's.
        own_around = (around[0], None) if amount.start in self._wholes_by_cue else around
        # "Exports reached $78.7 billion; exports to China were $15.6 billion": a partner named after the figure,
        # before the next one, is the next clause's (but "$15.6 billion went to China, or 19.8%" restates this one).
        hint_at: tuple[int, int] = info["partner_at"]  # type: ignore[assignment]
        next_clause = following is not None and amount.end <= hint_at[0] < following.start < s_end and around[1] is None
        next_clause = next_clause and not self._goes_to_partner(amount.end, hint_at[0])
        # "recorded a €14.2 bn surplus in trade in goods with the rest of the world": the figure's metric, then its partner
        metric_between = chosen is not None and amount.end <= chosen.start < hint_at[0]
        next_clause = next_clause and not (metric_between and not any(c in ",;:" for c in text[amount.end : hint_at[0]]))
        if next_clause and following is not None and not lex.regex["restatement"].match(text[hint_at[1] : following.start]):
            info = {**info, "countries": (info["countries"][0], None)}  # type: ignore[index]
        reporter, partner, source = self._countries(info, own_around, side, world, whole, role == WHOLE_ROLE)
        owner = self._clause_owner(previous.end, amount.start) if previous is not None and previous.end > s_start and side is None else None
        clause_partner = None
        if owner is not None:
            # "..., while Kyrgyzstan's reached $22.7 billion": the clause's own declaring side, with the sentence's partner.
            hint: str | None = info["countries"][1]  # type: ignore[index]
            reporter, source = owner, "sentence"
            partner = around[1] or (WORLD if whole else None) or (hint if hint != owner else None) or (partner if partner != owner else None)
        elif previous is not None and previous.end > s_start:
            # "..., of which Russia accounted for $1.4 billion and Kazakhstan for $0.8 billion":
            # a country named between the previous figure and this one is this figure's partner.
            clause_partner = self._clause_partner(previous.end, amount.start, reporter)
            if clause_partner is None and previous.kind == "percent" and lex.regex["new_value_preposition"].match(text, previous.end, amount.start):
                # "and with Russia it fell 2.1% to $19.4 bln": the value a rate led to shares the rate's partner
                rate_partner = self._sides_of.get(previous.start, (None, None, None))[1]
                clause_partner = rate_partner if rate_partner != WORLD else None
            partner = clause_partner or partner
        label = self._label_country(amount, s_start) if cell is None else None
        if label is not None and label != reporter:
            # "Turkey was Uzbekistan's fifth-largest partner, after China ($6.9 billion), ...": the
            # country the figure is written against is its partner, whatever the sentence is about.
            partner = label
        share_restated = previous is not None and previous.end > s_start and self._share_restated(previous, amount, info)
        restated = share_restated or (previous is not None and previous.end > s_start and lex.regex["restatement"].match(text[previous.end : amount.start]))
        if restated and cell is None and previous is not None and previous.start in self._sides_of:
            # "and Russia for 17.5% ($5.91 billion)": the figure before, restated, with its sides (not the sentence's first partner);
            # after a share's total ("23.5% of its trade of $139.6 billion, or $32.8 billion"), the share restated.
            reporter, partner, source = self._sides_of[self._share_of_whole.get(previous.start, previous.start)]
        elif cell is not None:
            reporter, partner, source = self._table_sides(cell, reporter, partner, source)
        elif source in ("document", None) and label is None and not world and around == (None, None) and info["countries"] == ([], None):
            # A sentence naming no country continues the sides of the figures before it in its paragraph, when
            # those were stated: "Kazakhstan's trade with China reached $43.8 billion. Exports were $15.6 billion."
            # (not the document's pair), "Kyrgyzstan's foreign trade turnover was $11.8 billion. Including: ...".
            # Across a paragraph break, only a country's trade with the world ("Uzbekistan's foreign trade
            # was $33.8 billion.\n\nExports reached $15.0 billion"): a stated bilateral side does not run on
            # into a new paragraph ("The two governments plan to bring trade to $460 million by 2030").
            in_paragraph = self._previous_in_paragraph(s_index) is not None
            carried = self._figure_sides.get(s_index - 1) if in_paragraph or self._continues(s_index) else None
            if carried is not None and self._names_a_partner(s_start, s_end, carried[0]):
                # not into a sentence naming partners of its own, even ones no name gives: "Trade with the Gulf states was
                # $1.1 billion", "surpluses with South and Central America ($6.1 billion), Netherlands ($4.9 billion)"
                carried = None
            if carried is not None and (carried[1] == WORLD or (in_paragraph and carried[2] in STATED_SOURCES)):
                reporter, partner, source = carried
            elif carried is not None and in_paragraph and carried[1] not in (None, WORLD) and self._sentence_partners.get(s_index - 1) == {carried[1]}:
                # "The deficit with China decreased $2.1 billion to $21.4 billion. Exports decreased $0.4 billion to
                # $10.2 billion": the one partner the sentence before named, its side the document's
                reporter, partner, source = carried
        if respective is not None and respective.partner is not None and respective.partner != reporter:
            partner = respective.partner  # "exports to Russia and China were $11.1 billion and $13.3 billion, respectively"
        elif self._world_sentence(s_index, reporter, partner) and info["countries"][1] is None and clause_partner is None and label is None and cell is None:  # type: ignore[index]
            # "Kazakhstan's foreign trade exceeded $10 billion: exports were $3 billion and imports $4 billion": the
            # sentence is about its trade with the world, not the document's other country
            partner = WORLD
        if share_restated and previous is not None:
            scope = self._scope_of.get(previous.start)  # "EAEU countries accounted for 34.2% of the turnover, or $4.40 billion": the share's own
        else:
            scope = None if role == WHOLE_ROLE else self._scope(chosen, amount, s_start) or self._parallel_scope(chosen, info, s_start)
        if scope == SHARE and role == SHARE_ROLE:
            scope = None  # "На долю Китая пришлось 37,4% внешнеторгового оборота": the share itself, not an unnamed part
        if scope == SHARE and ((respective is not None and respective.partner is not None) or clause_partner is not None):
            # "China and Russia accounted for ... of exports, $12.9 billion and $9.1 billion respectively", "17.8% of
            # turnover, followed by Russia with $16.1 billion": each partner's whole, not an unnamed part
            scope = None
        # A part of the figure before: "exports of $28.7 billion, of which $12.2 billion went to China" (of the
        # same metric, of that figure's scope if any: "На долю нефти ... 5,3 млрд. Из них 2,1 млрд"), or one with
        # a scope of its own ("of which gold accounted for $12.2 billion", in the sentence).
        if amount.kind == "money" and previous is not None:
            same_metric = scope is None and metric is not None and self._metric_of.get(previous.start) == metric
            scoped = scope not in (None, PER_UNIT) and previous.end > s_start
            if (same_metric or scoped) and self._part_after(previous, amount, s_index):
                scope = scope or self._scope_of.get(previous.start) or SHARE
                self._parts.add(amount.start)
        if cell is None and (group_trade := self._group_trade(chosen)) is not None:
            (reporter, partner), source = group_trade, "sentence"  # "extra-EU exports": the EU's with the world
        if amount.kind == "percent" and cell is None and partner in (None, WORLD) and (ratio := self._share_of_turnover(amount, chosen, role, info, previous)):
            metric, flow, role = ratio, None, None  # "Exports accounted for 46.3% of the turnover": exports / turnover
        self._metric_of[amount.start], self._scope_of[amount.start] = metric, scope
        if partner == WORLD and role is None and not whole and scope is None and amount.kind == "money" and s_index in self._share_sentences and not around[1]:
            # "It accounted for 19.9% of the country's trade of $65.9 billion, or $13.1 billion": a part whose
            # partner is not named is no trade with the world (that is its total's).
            partner = None
        if partner == WORLD and reporter is not None:
            self._world_traders.add(reporter)
        elif partner is None and metric is not None and source in NATIONAL_SOURCES and self._national(reporter, source, metric, cell, s_index):
            # A national release on its foreign trade: "The negative trade balance was 6 943,9 mln. USD" after the
            # country's totals with the world is one more of them (a document about a pair names its partner), and so
            # is a trade figure whose sentence names no partner at all ("India's merchandise trade deficit widened to
            # $41.68 billion"), unless one no name gives ("trade with the Belt and Road partner countries").
            partner = WORLD
        if metric is not None and status != "previous" and amount.kind == "money" and role != WHOLE_ROLE:
            self._figure_sides[s_index] = (reporter, partner, source)  # a share's total is not what the sentence is about
            self._sentence_partners.setdefault(s_index, set()).add(partner)
        self._sides_of[amount.start] = (reporter, partner, source)
        if amount.kind == "money":
            self._money_starts.add(amount.start)
        if s_end - s_start <= MAX_SENTENCE_CHARS:
            sentence = text[s_start:s_end].strip()
        else:  # a run-on "sentence" (a list, a table flattened to text): the figure's neighbourhood
            lo, hi = max(s_start, amount.start - MAX_SENTENCE_CHARS // 2), min(s_end, amount.end + MAX_SENTENCE_CHARS // 2)
            sentence = f"{'…' * (lo > s_start)}{text[lo:hi].strip()}{'…' * (hi < s_end)}"
        return Context(
            sentence=sentence,
            sentence_start=s_start,
            line=line_i + 1,
            col=amount.start - self.line_starts[line_i] + 1,
            metric=metric,
            flow=flow,
            negative=negative,
            reporter=reporter,
            partner=partner,
            reporter_source=source,
            period=period,
            status=status,
            attribution=who,
            change=("down" if self._minus_before(amount) else "up") if table_change else None if table_share else self._change(amount, info, previous),
            scope=scope,
            role=role,
        )

    def _shares_noun(self, country: Mention, start: int) -> bool:
        """ "the share of China in ...", "доля Китая в ...", "Russia's share was $2.7 billion": the share's
        country, a partner of the total's."""
        if self.lex.regex["share_noun_before"].search(self.text, max(start, country.start - 24), country.start) is not None:
            return True
        return self._possessive(country) and self.lex.regex["possessive_share"].match(self.text, country.end) is not None

    def _part_after(self, previous: Amount, amount: Amount, s_index: int) -> bool:
        """ "$28.7 billion, of which $12.2 billion": a figure after a part cue, in the sentence of the figure
        before or starting the next one ("... 5,3 млрд долларов. Из них 2,1 млрд"), with no country named
        between (that is a partner's share)."""
        s_start = self.sentence_bounds(s_index)[0]
        rx = self.lex.regex
        if previous.end > s_start:
            cue = rx["part_cue"].search(self.text, previous.end, amount.start)
        elif s_index and previous.start >= self.sentence_bounds(s_index - 1)[0]:
            lead = len(self.text[s_start : amount.start]) - len(self.text[s_start : amount.start].lstrip())
            cue = rx["part_cue"].match(self.text, s_start + lead, amount.start)
        else:
            return False
        return cue is not None and not self.countries_between(previous.end, amount.start)

    def _lead(self, amount: Amount) -> int:
        """Where a figure's words start: its qualifier's start ("out of some $12.6 billion"), else the figure's."""
        if amount.qualifier is None or amount.qualifier_kind == "range":
            return amount.start
        found = self.lex.regex["qualifier"].search(self.text, max(0, amount.start - QUALIFIER_WINDOW), amount.start)
        return found.start() if found is not None else amount.start

    def _share_role(self, amount: Amount, previous: Amount | None, following: Amount | None, info: dict[str, object], s_start: int) -> str | None:
        """ "share" for a percentage that is a share of a total ("19.8% of total exports", "Russia's share in
        Kyrgyzstan's trade turnover was 28.1%"), "whole" for that total's money figure ("... of $78.7 billion",
        "$3.6 billion out of $12.6 billion"); the part keeps no role (the share rule pairs it in its sentence)."""
        text, rx = self.text, self.lex.regex
        metrics: list[Mention] = info["metrics"]  # type: ignore[assignment]
        if amount.kind == "percent":
            if amount.scale is not None:
                return None  # "Russia's share ... fell by 1.2 percentage points to 16.9%", "grew 1.5 times": a change, not a share
            if previous is not None and previous.scale == "pp" and previous.end > s_start:
                previous = None  # ... the share itself, whatever change of it stands between
            metric = self._metric_shared(amount, previous, metrics, s_start)
            if metric is None and following is not None and following.kind == "percent" and self._joined(amount.end, following.start):
                metric = self._metric_shared(following, amount, metrics, s_start)  # "19.8% and 16.6% of total exports"
            if metric is not None:
                self._share_metric_ends[amount.start] = metric.end
                self._share_sentences.add(bisect_right(self.sentence_starts, amount.start) - 1)
                return SHARE_ROLE
            if following is not None and rx["share_of_total"].fullmatch(text, amount.end, self._lead(following)):
                return SHARE_ROLE  # "19.8% of the total of $78.7 billion"
            if rx["share_of_the_total"].match(text, amount.end):
                return SHARE_ROLE  # "..., or 42.5% of the total."
            # "of which gold accounted for $12.2 billion, or 42.5%", "Exports reached $78.7 billion; exports to China
            # were $15.6 billion, or 19.8%": a part (or a partner's figure after its total) restated as its share,
            # not as a change ("or 19.8% more").
            if self._bracketed_after_country(amount):
                return SHARE_ROLE  # "recorded with China (20.1%), Russia (16.8%)": each partner's share of the total
            if previous is None or previous.end <= s_start:
                return None
            restated = rx["restatement"].search(text, previous.end, amount.start)
            # "China accounted for $13.8 billion of the turnover, or 20.2%": the part's metric may stand between
            if restated is None or (restated.start() > previous.end and not self._names_the_metric(previous.end, restated.start(), metrics)):
                return None
            if rx["change"].match(text, amount.end + 1) or self.lex.regex["difference_after"].match(text, amount.end):
                return None
            if previous.start in self._differences:
                return None  # "increased by £1.8 billion, or 4.1 per cent": the change's rate, not a share
            return SHARE_ROLE if previous.start in self._parts or self._partner_after_total(previous) else None
        lead = self._lead(amount)
        if self._after_whole_cue(lead, s_start):
            self._wholes_by_cue.add(amount.start)
            return WHOLE_ROLE
        if previous is not None and previous.start in self._share_metric_ends and previous.end > s_start:
            metric_end = self._share_metric_ends[previous.start]
            if metric_end <= lead and rx["whole_link"].fullmatch(text, metric_end, lead):
                self._share_of_whole[amount.start] = previous.start
                return WHOLE_ROLE
        return None

    def _national(self, reporter: str | None, source: str, metric: str, cell: object, s_index: int) -> bool:
        """Whether a figure of the document's one country with no partner is its trade with the world, in a sentence
        that names no partner, not even an unnamed one: one more after its totals with the world, or a trade flow
        after no partner in its paragraph ("Deficits were recorded with China ... and Mexico .... Exports decreased
        $0.4 billion to $10.2 billion": a partner's, which one unknown) nor in a share's sentence ("The largest
        partner accounted for 19.9% of ... turnover, or $13.1 billion": a part, its partner unnamed)."""
        if self.main_countries != [reporter] or cell is not None or self._names_a_partner(*self.sentence_bounds(s_index), reporter):
            return False
        if source == "document" and reporter in self._world_traders:
            return True
        if metric not in TRADE_FLOWS or s_index in self._share_sentences:
            return False
        before = self._previous_in_paragraph(s_index)
        return before is None or not self._names_a_partner(*self.sentence_bounds(before), reporter)

    def _names_a_partner(self, start: int, end: int, side: str | None = None) -> bool:
        """Whether ``text[start:end]`` names a country other than ``side``, or a partner no name gives ("trade with
        the Belt and Road partner countries", "exports to 150 countries")."""
        if any(m.value != side for m in self.countries_between(start, end)):
            return True
        return self.lex.regex["unnamed_partner"].search(self.text, start, end) is not None

    def _world_sentence(self, s_index: int, reporter: str | None, partner: str | None) -> bool:
        """Whether a figure before this one in its sentence is the same side's trade with the world, and this
        figure took another partner only from the document."""
        sides = self._figure_sides.get(s_index)
        return sides is not None and sides[1] == WORLD and sides[0] == reporter and partner not in (None, WORLD)

    def _bracketed_after_country(self, amount: Amount) -> bool:
        """ "China (20.1%)": a percentage alone in brackets right after a country's name (not "(+20.1%)", "(up 20.1%)")."""
        text = self.text
        opening = amount.start - 1
        while opening >= 0 and text[opening] == " ":
            opening -= 1
        if opening < 0 or text[opening] != "(" or not text.startswith(")", amount.end):
            return False
        before = self.countries_between(max(0, opening - SHARE_GAP_CHARS), opening)
        return bool(before) and not text[before[-1].end : opening].strip()

    def _share_of_turnover(self, amount: Amount, chosen: Mention | None, role: str | None, info: dict[str, object], previous: Amount | None) -> str | None:
        """The metric of a flow as a percentage of the trade turnover: "Exports accounted for 46.3% of the turnover",
        "..., or 46.3% of the foreign trade turnover" (the flow before, the turnover after the share), "The share of
        exports in the FTT was 46.3%" (a share noun, the flow, "in" and the turnover before it)."""
        if chosen is None or amount.scale is not None:
            return None
        metric_of, metrics = self.lex.metric_of, info["metrics"]
        metric = metric_of[chosen.value][0]
        assert isinstance(metrics, list)
        if role == SHARE_ROLE:
            end = self._share_metric_ends.get(amount.start)
            whole = next((m for m in metrics if m.end == end and m.start >= amount.end), None)
            if whole is not None:
                return SHARE_OF_TURNOVER.get(metric) if metric_of[whole.value][0] == TURNOVER else None
            if metric == TURNOVER and previous is not None and self._its_share(previous, chosen):
                # "The negative trade balance amounted to USD 8,627.1 million and its share in the external trade
                # turnover was 44.4 percent": the figure before is the part
                return SHARE_OF_TURNOVER.get(self._metric_of.get(previous.start) or "")
            # "..., and the share of imports 53.7%": the whole elided after a flow's share of the turnover
            elided = (
                previous is not None and self._metric_of.get(previous.start) in SHARE_OF_TURNOVER.values() and previous.end <= chosen.start
                and bisect_right(self.sentence_starts, previous.start) == bisect_right(self.sentence_starts, amount.start)
            )  # fmt: skip
            noun = self.lex.regex["share_noun_before"].search(self.text, max(0, chosen.start - SHARE_GAP_CHARS), chosen.start)
            return SHARE_OF_TURNOVER.get(metric) if elided and noun is not None else None
        at = next((i for i, m in enumerate(metrics) if m is chosen), 0)
        if role is not None or metric != TURNOVER or not at or amount.start - chosen.end > SHARE_GAP_CHARS:
            return None
        if previous is not None and previous.end > chosen.start:
            return None
        part = metrics[at - 1]
        if metric_of[part.value][0] not in SHARE_OF_TURNOVER or not self._only_share_words(part.end, chosen.start):
            return None
        noun = self.lex.regex["share_noun_before"].search(self.text, max(0, part.start - SHARE_GAP_CHARS), part.start)
        return SHARE_OF_TURNOVER[metric_of[part.value][0]] if noun is not None else None

    def _its_share(self, previous: Amount, whole: Mention) -> bool:
        """Whether "its share in" stands right before ``whole``, after ``previous`` in the same sentence."""
        if bisect_right(self.sentence_starts, previous.start) != bisect_right(self.sentence_starts, whole.start) or previous.end > whole.start:
            return False
        noun = self.lex.regex["share_noun_before"].search(self.text, max(previous.end, whole.start - SHARE_GAP_CHARS), whole.start)
        if noun is None:
            return False
        words = self.text[previous.end : noun.start()].lower().split()
        return bool(words) and words[-1] in self._possessive_pronouns

    @cached_property
    def _possessive_pronouns(self) -> frozenset[str]:
        return grammar_words(self.lex.language, "possessive_pronouns")

    def _share_restated(self, share: Amount, amount: Amount, info: dict[str, object]) -> bool:
        """Whether a money figure restates the share before it, after the name of its total: "Trade with the EAEU
        accounted for 34.2% of the total turnover, or $4.40 billion" (the EAEU's trade, not the world's)."""
        if amount.kind != "money" or share.start not in self._share_metric_ends:
            return False
        restated = self.lex.regex["restatement"].search(self.text, share.end, amount.start)
        metrics: list[Mention] = info["metrics"]  # type: ignore[assignment]
        return restated is not None and restated.start() > share.end and self._names_the_metric(share.end, restated.start(), metrics)

    def _names_the_metric(self, start: int, end: int, metrics: list[Mention]) -> bool:
        """Whether ``text[start:end]`` is " of the turnover", " of total exports": "of", articles and total words
        around one metric phrase."""
        inside = [m for m in metrics if start <= m.start and m.end <= end]
        if len(inside) != 1:
            return False
        words = (self.text[start : inside[0].start] + " " + self.text[inside[0].end : end]).lower().split()
        grammar = self.lex.data["grammar"]
        allowed = {*grammar["of"], *self._articles, *(str(w).lower() for w in self.lex.data.get("total_words", ()))}
        if not words:
            # "На долю России пришлось 15,7% товарооборота, или 9,95 млрд": a language with cases says "of" by the genitive
            return bool(self.lex.data.get("scope_after_genitive"))
        return words[0] in grammar["of"] and all(w in allowed for w in words)

    def _partner_after_total(self, part: Amount) -> bool:
        """Whether a figure is a partner's, after the country's total of its metric with no partner, only other
        partners' figures of that metric between them: in the sentence ("Kazakhstan's exports reached $78.7 billion;
        exports to China were $15.6 billion") or a list after it ("... reached $33.8 billion. The main trading
        partners were:\n1. China — $6.9 billion (20.4%)")."""
        reporter, partner, _ = self._sides_of.get(part.start, (None, None, None))
        if partner in (None, WORLD):
            return False
        metric = self._metric_of.get(part.start)
        i = bisect_left(self.figure_spans, (part.start - TOTAL_LOOKBACK_CHARS, -1))
        for start, _end in reversed(self.figure_spans[i : bisect_left(self.figure_spans, (part.start, -1))]):
            sides = self._sides_of.get(start)
            if sides is None or start not in self._money_starts or self._metric_of.get(start) != metric or sides[0] != reporter:
                continue
            if sides[1] in (None, WORLD):
                return True
        return False

    def _metric_shared(self, amount: Amount, previous: Amount | None, metrics: list[Mention], s_start: int) -> Mention | None:
        """The metric a percentage is a share of: the one right after it ("19.8% of the country's total exports"),
        or the one a share noun names before it with no other figure between ("Russia's share in trade was 28.1%")."""
        rx, text = self.lex.regex, self.text
        i = bisect_left(metrics, Mention(amount.end, amount.end, ""))
        if i < len(metrics) and metrics[i].start - amount.end <= SHARE_GAP_CHARS:
            after = metrics[i]
            link = rx["share_link"].match(text, amount.end, after.start)
            if link is not None and self._only_share_words(link.end(), after.start):
                return after
        if i and (previous is None or previous.end <= metrics[i - 1].start or previous.end <= s_start):
            before = metrics[i - 1]
            if before.start >= s_start and amount.start - before.end <= SHARE_GAP_CHARS:
                nouns = list(rx["share_noun"].finditer(text, max(s_start, before.start - SHARE_GAP_CHARS), before.start))
                if nouns and self._only_share_words(nouns[-1].end(), before.start):
                    return before
        return None

    def _only_share_words(self, start: int, end: int) -> bool:
        """Whether only countries, articles, possessives and total words stand in ``text[start:end]``
        (between a share's link and its metric: "of the Kyrgyz Republic's total")."""
        pieces, pos = [], start
        for country in self.countries_between(start, end):
            pieces.append(self.text[pos : country.start])
            pos = country.end
        pieces.append(self.text[pos:end])
        return all(word in self._share_gap_words for word in " ".join(pieces).lower().replace("\u2019", "'").split())

    @cached_property
    def _share_gap_words(self) -> frozenset[str]:
        grammar, data = self.lex.data["grammar"], self.lex.data
        words = [*(grammar.get("article") or ()), *(grammar.get("possessive_pronouns") or ()), *(grammar.get("possessive") or ()),
                 *(data.get("total_words") or ()), *(grammar.get("share_gap_words") or ())]  # fmt: skip
        return frozenset(str(w).lower() for w in words)

    def _possessive(self, country: Mention) -> bool:
        """ "Kazakhstan's" (an alias holding its "'s") or "Britain" + "'s"."""
        return self.text[country.start : country.end].endswith(self._possessives) or self.text.startswith(self._possessives, country.end)

    def _partners_listed(self, mentions: Iterable[Mention], leads: Callable[[Mention], bool]) -> Iterator[tuple[Mention, bool]]:
        """Each country mention with whether it names a partner: one that ``leads`` a list
        ("exports to China"), or one joined to the partner before it by commas or "and" alone
        ("to Russia, China and Italy"): never a declaring side, unless possessive ("and Italy's")."""
        listed_end = -1
        for m in mentions:
            partner = leads(m) or (listed_end >= 0 and not self._possessive(m) and self._joined(listed_end, m.start))
            listed_end = m.end if partner else -1
            yield m, partner

    def _joined(self, end: int, start: int) -> bool:
        """Whether only commas and "and" stand between two names ("Russia, China and Italy"), or
        besides them the first name's own figure ("Russia with USD 3.7 billion and the United States",
        "Россия (3,1 млрд), Китай")."""
        written = self.text[end:start]
        between = written.lower().replace(",", " ")
        # (white space alone joins no list: a heading's name and the next line's, "Trade with China\n\nSouth Africa recorded")
        if set(between.split()) <= self._pair_words[1] and not written.isspace():
            return True
        spans = self.figure_spans
        i = bisect_left(spans, (end, -1))
        if i == len(spans) or spans[i][1] > start:
            return False
        # The figure's own words (its link, brackets, a dash) and an article before the next name.
        rest = between[: spans[i][0] - end] + " " + between[spans[i][1] - end :]
        words = set(rest.translate(self._list_punctuation).split())
        return bool(words & self._pair_words[1]) and words <= self._pair_words[1] | self._value_links | self._articles

    @cached_property
    def _value_links(self) -> frozenset[str]:
        return grammar_words(self.lex.language, "partner_value_links")

    _list_punctuation = str.maketrans("();:—–", "      ")

    def _respectively(self, s_index: int) -> dict[int, Respective]:
        """For a sentence saying "respectively": each figure's own item of a list of as many
        periods (before the figures or after them), partners or metrics (before them), in
        order. A list of another length assigns nothing. Worked out once per sentence."""
        found = self._respective.get(s_index)
        if found is not None:
            return found
        found = {}
        start, end = self.sentence_bounds(s_index)
        if self.lex.regex["respectively"].search(self.text, start, end):
            spans = self.figure_spans[bisect_left(self.figure_spans, (start, -1)) : bisect_left(self.figure_spans, (end, -1))]
            if len(spans) >= 2:
                found = self._respective_items(s_index, [s for s, _ in spans], spans[-1][1])
            if spans and not any(r.partner or r.metric or r.period for r in found.values()):
                # "China and Russia accounted for 23.5% and 17.5% of its trade of $139.6 billion: $32.8 billion
                # and $24.4 billion respectively": each run of figures joined by "and" takes the list of its length.
                for run in self._figure_runs(spans):
                    items = self._respective_items(s_index, [s for s, _ in run], run[-1][1]) if len(run) >= 2 else {}
                    if len(run) >= 3 and not any(r.partner or r.metric or r.period for r in items.values()) and self._states_a_total(s_index, run[0][0]):
                        # "of total exports of $78.9 billion, $12.9 billion and $9.1 billion respectively": the total heads the run
                        items = self._respective_items(s_index, [s for s, _ in run[1:]], run[-1][1])
                    found.update(items)
        self._respective[s_index] = found
        return found

    def _states_a_total(self, s_index: int, start: int) -> bool:
        """Whether the figure at ``start`` is a total by its words: right after its metric by a whole link
        ("of total exports of $78.9 billion"), or after "out of"."""
        rx, s_start = self.lex.regex, self.sentence_bounds(s_index)[0]
        metrics: list[Mention] = self._sentence(s_index)["metrics"]  # type: ignore[assignment]
        linked = any(m.end <= start and rx["whole_link"].fullmatch(self.text, m.end, start) for m in metrics)
        return linked or self._after_whole_cue(start, s_start)

    def _after_whole_cue(self, pos: int, s_start: int) -> bool:
        """ "out of " + "$12.6 billion", "of a total of " + "$78.7 billion": a total's cue ends at ``pos``."""
        return self.lex.regex["whole_cue"].search(self.text, max(s_start, pos - SHARE_GAP_CHARS), pos) is not None

    def _figure_runs(self, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
        """Figures joined by commas and "and" alone, as runs."""
        runs: list[list[tuple[int, int]]] = []
        for span in spans:
            if runs and self._joined(runs[-1][-1][1], span[0]):
                runs[-1].append(span)
            else:
                runs.append([span])
        return runs

    def _respective_items(self, s_index: int, figures: list[int], last_end: int) -> dict[int, Respective]:
        start = self.sentence_bounds(s_index)[0]
        info = self._sentence(s_index)
        n, first = len(figures), figures[0]
        own: list[Period] = [p for p in info["periods"] if not self._introduced_as_base(p)]  # type: ignore[attr-defined]
        periods = [p for p in own if p.end_pos <= first]
        if len(periods) != n:
            periods = [p for p in own if p.pos >= last_end]
        metrics: list[Mention] = [m for m in info["metrics"] if m.end <= first]  # type: ignore[attr-defined]
        mentions = self.countries_between(start, first)
        partners = [m.value for m, partner in self._partners_listed(mentions, lambda m: self._after_preposition(m, start)) if partner]
        if len(partners) != n:
            partners = self._sharing_subjects(mentions)
        return {
            figure: Respective(
                periods[k] if len(periods) == n else None,
                partners[k] if len(partners) == n else None,
                metrics[k] if len(metrics) == n else None,
            )
            for k, figure in enumerate(figures)
        }

    def _subject_run(self, country: Mention) -> list[Mention]:
        """The countries listed from ``country`` on as the subjects of a share ("China and Russia accounted
        for 16.3% and 11.5%"): partners, as "Russia accounted for" is. Empty when no share verb ends the list."""
        countries = self.countries
        first = bisect_left(self.country_positions, country.start)
        for i in range(first, len(countries) - 1):
            before, after = countries[i], countries[i + 1]
            if after.start - before.end > JOINED_GAP or not self._joined(before.end, after.start):
                return []
            if self.lex.regex["partner_verb"].match(self.text, after.end):
                return countries[first : i + 2]
        return []

    def _sharing_subjects(self, mentions: list[Mention]) -> list[str]:
        """The first list of countries that are the subjects of a share: "China and Russia accounted for"."""
        return next(([c.value for c in run] for m in mentions if (run := self._subject_run(m))), [])

    def _newest_column_period(self, cell: Cell) -> list[Period]:
        """The latest period the table's column headers name (a change column's period), as a list of one."""
        bars = cell.table.header_bars
        named = [p for a, b in pairwise(bars) for p in find_periods(self.text, a + 1, b, self.lex, self.doc_date, self.fiscal_year)]
        return [max(named, key=lambda p: (p.end, p.start))] if named else []

    def _header_periods(self, cell: Cell) -> list[Period]:
        """The periods a cell's headers name: its column's, else its row's; a year heading one and
        months the other make those months of that year ("| March | ... |" under "| 2025 |": Mar 2025)."""
        column = find_periods(self.text, *cell.column_header, self.lex, self.doc_date, self.fiscal_year)
        row = find_periods(self.text, *cell.row_header, self.lex, self.doc_date, self.fiscal_year)
        if len(column) == 1 and len(row) == 1 and column[0].label.isdigit() != row[0].label.isdigit():
            year, months = (column[0], row[0]) if column[0].label.isdigit() else (row[0], column[0])
            combined = in_year(months, year.start.year)
            if combined is not None:
                return [combined]
        return column or row

    def _plain_gap(self, start: int, end: int) -> str | None:
        """The text between a period and a figure after it, when short and free of other numbers."""
        gap = self.text[start:end]
        return gap if 0 <= end - start <= PERIOD_HEAD_GAP and not any(c.isdigit() for c in gap) else None

    def _headed_by_period(self, figure: Amount, periods: list[Period]) -> bool:
        """Whether a period stands right before the figure ("in January were $101.5 million"), and is
        not the period of the figure before it ("$1.05 billion in the first quarter of 2025, $1.21 billion")."""
        return bool(periods) and self._plain_gap(periods[-1].end_pos, figure.start) is not None and not self._period_of_figure_before(periods[-1])

    def _period_of_figure_before(self, period: Period) -> bool:
        """ "$1.05 billion in the first quarter": the period follows a figure with no comma between
        them (in "in January $101.5 million, in February ..." February heads the next figure)."""
        i = bisect_left(self.figure_spans, (period.pos, -1))
        end = self.figure_spans[i - 1][1] if i else -1
        if not 0 <= end <= period.pos or "," in self.text[end : period.pos]:
            return False
        link_end = period.pos
        # "$3.48 billion in the same month of the previous year": the same months of a year named after them
        same = self.lex.regex["same_period"].search(self.text, end, period.pos)
        if same is not None and self.lex.regex["period_join"].match(self.text[same.end() : period.pos]):
            link_end = same.start()
        return self.lex.regex["figure_period_link"].fullmatch(self.text, end, link_end) is not None

    def _in_appositive(self, subject: Mention, metric: Mention, pos: int) -> bool:
        """Whether the metric stands in an appositive between commas after the subject's metric and before
        ``pos``, opened by an article or a possessive (", the country's main export item,", ", Japan's largest
        trading partner,")."""
        text = self.text
        opened = text.rfind(",", max(subject.end, metric.start - SHARE_GAP_CHARS), metric.start)
        if opened < 0 or subject.end > opened:
            return False
        closed = text.find(",", metric.end, min(pos, metric.end + SHARE_GAP_CHARS))
        words = text[opened + 1 : metric.start].lower().split()
        # an article, or a possessive among the first words (", South Korea's largest trading partner,")
        opener = bool(words) and (words[0] in self._appositive_openers or any(w.endswith(self._possessives) for w in words[:APPOSITIVE_OWNER_WORDS]))
        return closed != -1 and opener and not any(c.isdigit() for c in text[opened:closed])

    @cached_property
    def _appositive_openers(self) -> frozenset[str]:
        return grammar_words(self.lex.language, "appositive_openers")

    def _in_closed_brackets(self, metric: Mention, pos: int) -> bool:
        """Whether the metric stands in brackets that close before ``pos``."""
        lo = max(0, metric.start - SHARE_GAP_CHARS)  # an aside is short: both brackets near the metric
        opened = self.text.rfind("(", lo, metric.start)
        return opened > self.text.rfind(")", lo, metric.start) and self.text.find(")", metric.end, min(pos, metric.end + SHARE_GAP_CHARS)) != -1

    def _base_before(self, start: int, period: Period) -> bool:
        """Whether a comparison base's cue stands between a figure (ending at ``start``) and a later period
        ("than in 2023", "up from £81.2bn in 2023", "compared to the corresponding period of 2024"), but not
        a partner's preposition ("imported $1.1 billion from Kazakhstan in 2024"), nor a rate's own
        ("fell 8.7% year-on-year in the first ten months": its "on" is no base's)."""
        own = self.lex.regex["rate_year_on_year"].match(self.text, start, period.pos)
        for cue in self.lex.regex["base_period_cue"].finditer(self.text, own.end() if own else start, period.pos):
            named = self.countries_between(cue.end(), period.pos)
            if not named or self.text[cue.end() : named[0].start].lower().split() not in ([], *([a] for a in self._articles)):
                return True
        return False

    def _base_period_follows(self, amount: Amount, period: Period) -> bool:
        """Whether a later figure is a comparison base ("с 44,0 млрд долларов") that the period right after it is
        bound to: the base's period, not this figure's (the base's own cue decides; its status is not known yet)."""
        i = bisect_left(self.figure_spans, (period.pos, -1))
        if not i or self.figure_spans[i - 1][0] <= amount.start:
            return False
        start, end = self.figure_spans[i - 1]
        rx = self.lex.regex
        cue = rx["comparison_base"].search(self.text, max(amount.end, start - 40), start)
        return cue is not None and rx["figure_period_link"].fullmatch(self.text, end, period.pos) is not None

    def _period_of_a_base(self, period: Period) -> bool:
        """Whether the period is that of a comparison base right before it ("compared with $3.4 bln in Q3 2024")."""
        i = bisect_left(self.figure_spans, (period.pos, -1))
        return bool(i) and self.figure_spans[i - 1][0] in self._bases and self._period_of_figure_before(period)

    def _coordinated(self, previous: Amount, amount: Amount) -> bool:
        """Whether the figure is joined to the one before by "and" alone ("to $5 billion and
        investment to $2 billion"), with no figure, period or new cue between them."""
        gap = self.text[previous.end : amount.start]
        words = gap.lower().replace(",", " ").split()
        return bool(words) and words[0] in self._pair_words[1] and len(gap) <= COORDINATION_GAP and not any(c.isdigit() for c in gap)

    def _heads(self, period_end: int, figure_start: int) -> bool:
        """Whether a period heads the figure after it with a dash or colon ("в 2024 году — 15 млрд")."""
        gap = self._plain_gap(period_end, figure_start)
        return gap is not None and gap.rstrip().endswith(HEADING_MARKS)

    def _carries_on(self, s_index: int) -> bool:
        """Whether a sentence continues the one before: in its paragraph or, for a
        paragraph's first sentence, after a paragraph that ended with figures (wire
        copy gives each sentence its own paragraph and names the period once)."""
        return s_index > 0 and (self._previous_in_paragraph(s_index) is not None or self._continues(s_index))

    def _sentence_period(self, s_index: int) -> Period | None:
        """The period a sentence's figures take when they name none: the period of
        the last figure of the sentence before that is no comparison base ("rose to
        $1.95 billion in 2024 from $1.8 billion in 2023": 2024), else its own last
        period that is no comparison base nor an aside ("in September alone"), else
        (for a sentence naming none) that of the sentence it carries on from. "In
        Jan-Sep 2025 trade was $102.6 billion, 3.4% more than in Jan-Sep 2024. Exports
        totalled $57.9 billion. The surplus was $13.2 billion.": both take Jan-Sep
        2025. Memoised, so a chain costs once."""
        memo = self._sentence_periods
        chain: list[int] = []
        found: Period | None = None
        index = s_index
        while True:
            if index in memo:
                found = memo[index]
                break
            chain.append(index)
            if index in self._figure_periods:
                found = self._figure_periods[index]
                break
            periods: list[Period] = self._sentence(index)["periods"]  # type: ignore[assignment]
            own = [
                p for p in periods
                if not self._introduced_as_base(p) and not self._aside(p) and not self._period_of_a_base(p) and p.pos not in self._intent_periods
            ]  # fmt: skip
            if own:
                found = own[-1]
                break
            if not self._takes_period_before(index):
                break
            index -= 1
        for i in chain:
            memo[i] = found
        return found

    def _ends_with_intent(self, s_index: int) -> bool:
        """Whether the sentence's last figure is a target or forecast."""
        start, end = self.sentence_bounds(s_index)
        i = bisect_left(self.figure_spans, (end, -1))
        return i > 0 and self.figure_spans[i - 1][0] >= start and self.figure_spans[i - 1][0] in self._intent_of

    def _refers_to_a_period(self, s_index: int) -> bool:
        """Whether the sentence says "for the same year" (searched once per sentence, not per figure)."""
        found = self._period_references.get(s_index)
        if found is None:
            found = bool(self.lex.regex["period_back_reference"].search(self.text, *self.sentence_bounds(s_index)))
            self._period_references[s_index] = found
        return found

    def _headline_metric(self, info: dict[str, object], s_index: int) -> Mention | None:
        """The metric of the first earlier figure for the period the sentence names (or refers back to: "for
        the same period"): the headline another source's "higher figure" answers ("turnover ... $3.58 billion
        for January-September ... Uzbekistan's agency reported a slightly higher figure for the nine months"),
        not the last detail before it."""
        periods: list[Period] = info["periods"]  # type: ignore[assignment]
        if not periods and self._refers_to_a_period(s_index):
            referred = self._period_before(s_index, True)
            periods = [referred] if referred is not None else []
        if len(periods) != 1:
            return None
        wanted = (periods[0].start, periods[0].end)
        return next((metric for metric, period in self._headlines if period == wanted), None)

    def _earlier_metric(self, s_index: int) -> Mention | None:
        """The last metric named in the sentences this one carries on from."""
        index = s_index
        while self._carries_on(index):
            index -= 1
            metrics: list[Mention] = self._sentence(index)["metrics"]  # type: ignore[assignment]
            if metrics:
                return metrics[-1]
        return None

    def _period(
        self, s_index: int, s_end: int, amount: Amount, info: dict[str, object], previous: Amount | None, following: Amount | None, traded: bool
    ) -> Period | None:
        found = self._stated_period(s_index, s_end, amount, info, previous, following, traded)
        if found is not None and found.label.isdigit():
            found = self._same_months(found, s_index)
        lo, hi = self._clause(s_index, s_end, previous, following)
        if found is not None and not found.label.isdigit() and found.start.year == found.end.year and self.lex.regex["full_year"].search(self.text, lo, hi):
            # "Analysts expect full-year imports of $8-9 billion" after figures for January-June: the whole year.
            year = found.start.year
            found = Period(dt.date(year, 1, 1), dt.date(year, 12, 31), str(year), found.pos, found.end_pos)
        to_date = self._cue_spans_in("year_to_date", s_index)
        if to_date:
            # "Year-to-date, exports ...", "... $40 billion so far this year" (the cue before the figure in its
            # sentence, or after it in its clause); a period the sentence states for the figure wins ("in September alone").
            cue = next((c for c in reversed(to_date) if c[1] <= amount.start), None) or next((c for c in to_date if amount.end <= c[0] < hi), None)
            own = found is not None and lo <= found.pos < s_end and not (cue is not None and cue[0] <= found.pos < cue[1]) and not self._aside(found)
            if cue is not None and not own:
                return self._to_date(found, cue, s_index, traded)
        totals = self._cue_spans_in("running_total", s_index)
        if not totals:
            return found
        # "Since independence, investors have put $170 billion into Kazakhstan, the minister said in 2024":
        # a running total whose start no year names has no period, unless one is bound to the figure itself.
        if not any(lo <= t_start and t_end <= hi for t_start, t_end in totals):
            return found
        return found if found is not None and self._bound_to(found, amount, totals) else None

    def _clause(self, s_index: int, s_end: int, previous: Amount | None, following: Amount | None) -> tuple[int, int]:
        """The figure's clause: from the figure before it in its sentence (else the sentence start) to the next one (else the end)."""
        s_start = self.sentence_bounds(s_index)[0]
        lo = previous.end if previous is not None and previous.end > s_start else s_start
        hi = following.start if following is not None and following.start < s_end else s_end
        return lo, hi

    def _bound_to(self, period: Period, amount: Amount, totals: list[tuple[int, int]]) -> bool:
        """Whether a period is the figure's own: right after it ("$15 billion in 2024") or heading it
        ("in 2024 it reached $5 billion"), with no running total between them."""
        if period.pos >= amount.end:
            return self.lex.regex["figure_period_link"].fullmatch(self.text, amount.end, period.pos) is not None
        between = any(period.end_pos <= t_start < amount.start for t_start, _ in totals)
        return self._plain_gap(period.end_pos, amount.start) is not None and not between

    def _same_period_after(self, amount: Amount, info: dict[str, object], following: Amount | None, s_index: int) -> Period | None:
        """The period right after a figure, named as "the same period of" a year ("$216.2 billion in the same
        period of 2024"), with the months of the sentence's period before it: Jan-Oct 2024."""
        periods: list[Period] = info["periods"]  # type: ignore[assignment]
        after = next((p for p in periods if p.pos >= amount.end), None)
        if after is None or (following is not None and following.start < after.pos) or after.pos - amount.end > BASE_CUE_WINDOW:
            return None
        same = self.lex.regex["same_period"].search(self.text, amount.end, after.pos)
        if same is None or not self.lex.regex["figure_period_link"].fullmatch(self.text, amount.end, same.start()):
            return None
        return self._same_months(after, s_index) if after.label.isdigit() else after

    def _same_months(self, year: Period, s_index: int) -> Period:
        """ "In the same period of 2024, turnover was $11.1 bn" after figures for Jan-Sep 2025:
        Jan-Sep 2024, not the whole year. The months are those of the last period with months
        named before in the sentence, else of the sentences it carries on from."""
        if not self.lex.regex["same_period"].search(self.text[max(0, year.pos - 40) : year.pos]):
            return year
        periods: list[Period] = self._sentence(s_index)["periods"]  # type: ignore[assignment]
        earlier = [p for p in periods if p.end_pos <= year.pos and not p.label.isdigit()]
        reference = earlier[-1] if earlier else (self._sentence_period(s_index - 1) if self._carries_on(s_index) else None)
        if reference is None or reference.label.isdigit() or reference.start.year != reference.end.year:
            return year
        if not reference.label.endswith(str(reference.start.year)):
            return year  # "since 2015", "2024/25": no months to take
        first, last = reference.start.month, reference.end.month
        number = int(year.label)
        sub_label = reference.label.removesuffix(str(reference.start.year)).strip()
        return Period(dt.date(number, first, 1), month_end(number, last), f"{sub_label} {number}", year.pos, year.end_pos)

    def _cue_spans_in(self, cue: str, s_index: int) -> list[tuple[int, int]]:
        """Where the sentence says "since independence" (cue ``running_total``) or "year-to-date"
        (``year_to_date``): searched once per sentence, and only when a substring test finds one of
        the phrases' words (the regex, run on every sentence, cost 2%)."""
        found = self._cue_spans.get((cue, s_index))
        if found is None:
            start, end = self.sentence_bounds(s_index)
            sentence = self.text[start:end]
            found = []
            if any(hint in sentence for hint in self.lex.cue_hints[cue]):
                found = [m.span() for m in self.lex.regex[cue].finditer(self.text, start, end)]
            self._cue_spans[(cue, s_index)] = found
        return found

    def _to_date(self, found: Period | None, cue: tuple[int, int], s_index: int, traded: bool) -> Period | None:
        """ "Year-to-date, exports were $40 billion" after September's figures: January to September of
        that year. The period the figure takes otherwise (its cue's own "this year" aside) gives the last
        month; a whole year gives none, so the figure has no period."""
        if found is not None and cue[0] <= found.pos < cue[1]:
            found = self._period_before(s_index, traded)  # "so far this year": the year is the cue's, the months the text's
        if found is None or found.start.year != found.end.year or found.label.isdigit() or found.start.day != 1:
            return None
        year, last = found.end.year, found.end.month
        label = f"Jan {year}" if last == 1 else f"Jan-{MONTH_NAMES[last - 1]} {year}"
        return Period(dt.date(year, 1, 1), found.end, label, found.pos, found.end_pos)

    def _stated_period(
        self, s_index: int, s_end: int, amount: Amount, info: dict[str, object], previous: Amount | None, following: Amount | None, traded: bool
    ) -> Period | None:
        periods: list[Period] = info["periods"]  # type: ignore[assignment]
        if not periods:
            return self._period_before(s_index, traded)

        # The nearest period phrase: the last one ending before the figure, or the first after it.
        ends: list[int] = info["period_ends"]  # type: ignore[assignment]
        i = bisect_right(ends, amount.start)
        before = periods[i - 1] if i else None
        if before is not None and (self._introduced_as_base(before) or self._period_of_a_base(before)) and not self._base_value(before, amount):
            # "In 2024 exports rose 12% from 2023 to $5 billion": 2023 is the base, 2024 the figure's.
            # "For the first time since 2019, the deficit narrowed to ...": a base only, so none of its own.
            # "По сравнению с январем-августом 2024 года товарооборот увеличился на 8,7%": a base opening the sentence
            # that a direction word leads on from is what the figure is compared with (but "A year earlier, in
            # January-September 2024, imports were $9.3 billion" states the base's own value).
            # "rose 3% from January-March 2024 to $1 billion": the figure after "to" is the new value, not the base's.
            # "compared with $3.48 billion in the same month of the previous year, while the value of imports increased
            # 5.3% to $8.03 billion": a base figure's period is no later figure's either.
            led = self._direction_between(info, before.end_pos, amount.start)
            led_to = self.lex.regex["new_value_preposition"].match(self.text, before.end_pos, amount.start) is not None
            # "exports were 3.2% higher than in the comparable period of 2024, and imports of R1,586.31 billion": a base
            # of a figure before it is no later figure's own either
            compared_before = self._figure_between(self.sentence_bounds(s_index)[0], before.pos)
            fallback = None if self._record_since(before) or led_to or compared_before or (led and self._opens_sentence(before, s_index)) else before
            before = next((p for p in reversed(periods[: i - 1]) if not self._introduced_as_base(p)), fallback)
        after = periods[i] if i < len(periods) else None
        if (
            before and after and previous and previous.kind == amount.kind and previous.end <= before.pos
            and self.lex.regex["figure_period_link"].fullmatch(self.text, previous.end, before.pos)
            and not self._headed_by_period(previous, periods[: i - 1])
        ):  # fmt: skip
            # "$1.4 billion in the first half and $1.5 billion in the second half": it is the previous figure's
            # (but "in January $101.5 million, in February $112.3 million": each period heads its figure).
            before = None
        if (
            before and after and following and after.end_pos <= following.start < s_end
            and not self.lex.regex["figure_period_link"].fullmatch(self.text, amount.end, after.pos)
        ):  # fmt: skip
            after = None  # "$2.2 billion in January-September, and in Q4 they were $0.9 billion": Q4 is the next figure's
        if (
            before
            and after
            and following
            and after.end_pos <= following.start < s_end
            and not any(c.isalnum() for c in self.text[after.end_pos : following.start])
        ):
            after = None  # "in January were $101.5 million, in February $112.3 million": February heads the next figure
        if after and following and after.end_pos <= following.start < s_end and self._heads(after.end_pos, following.start):
            after = None  # "$170 billion in all, in 2024 — $15 billion": the period heads the next figure
        if before and after and ((following and following.start < after.pos) or self._base_before(amount.end, after)):
            # "In January-May, turnover was $6.2bn, a 12.4% increase on the same period of 2024": a
            # later period past another figure, or after "on the same period of", is not this figure's.
            after = None
        if not before and after and after.pos > amount.end and self._base_before(amount.end, after):
            after = None  # "составил 11,8 млрд, что на 6,1% больше, чем за аналогичный период прошлого года": the base's period
        if not before and after and self._base_period_follows(amount, after):
            after = None  # "вырос до 46,5 млрд долларов с 44,0 млрд долларов в январе-сентябре 2024 года": the base's period
        candidates = [p for p in (before, after) if p]
        if not candidates:
            # "The deficit of €304.9 billion was the smallest since 2021.", "a deficit of £89.5bn, up from
            # £81.2bn in 2023": the sentence names only bases, and periods of later figures.
            later = self._clause(s_index, s_end, previous, following)[1]
            others = all(self._introduced_as_base(p) or p.pos >= later for p in periods)
            return self._period_before(s_index, traded) if others else None

        def distance(p: Period) -> tuple[int, int]:
            if p.end_pos <= amount.start:
                return amount.start - p.end_pos, 0
            return max(0, p.pos - amount.end), 1

        return min(candidates, key=distance)

    def _period_before(self, s_index: int, traded: bool) -> Period | None:
        """The period of a sentence naming none of its own: that of the sentences before.
        "In 2024 trade grew. Exports reached $3 billion.": 2024."""
        if self._refers_to_a_period(s_index):
            # "Armstat put bilateral trade at $1.27 billion for the same year": the last period named
            # before, however many paragraphs back (within a few sentences).
            for earlier in range(s_index - 1, max(-1, s_index - 1 - BACK_REFERENCE_SENTENCES), -1):
                found = self._sentence_period(earlier)
                if found is not None:
                    return found
            return None
        # Across a paragraph break only for a trade figure: "A new border crossing will cost $50 million" is a new subject.
        if not self._takes_period_before(s_index) or (not traded and self._previous_in_paragraph(s_index) is None):
            return None
        return self._sentence_period(s_index - 1)

    def _takes_period_before(self, s_index: int) -> bool:
        """Whether a sentence naming no period takes that of the sentence before: it carries on from
        it, but not across a paragraph break from a target ("... a target of $15 billion by 2030.")."""
        return self._carries_on(s_index) and not (self._previous_in_paragraph(s_index) is None and self._ends_with_intent(s_index - 1))

    def _country_cell(self, start: int, end: int) -> str | None:
        """The country a header cell is, when it holds nothing else ("| **Russia** |")."""
        named = self.countries_between(start, end)
        if len(named) != 1 or self.text[start : named[0].start].strip(" *_") or self.text[named[0].end : end].strip(" *_"):
            return None
        return named[0].value

    @cached_property
    def _world_rows(self) -> frozenset[str]:
        return frozenset(" ".join(str(w).lower().split()) for w in self.lex.data.get("world_rows") or ())

    def _world_cell(self, start: int, end: int) -> str | None:
        """WLD for a row header that is the world alone ("| World |", "| Мир |"); "Total" may be a group's total."""
        return WORLD if " ".join(self.text[start:end].strip(" *_").lower().split()) in self._world_rows else None

    def _table_sides(self, cell: Cell, reporter: str | None, partner: str | None, source: str | None) -> tuple[str | None, str | None, str | None]:
        """(reporter, partner, reporter_source) of a table cell, from the table's title and headers."""
        titled = self._title_countries(cell.table)
        if titled[0] is not None:
            # "Georgia's trade with Armenia, US$ million" above the table: Georgia declares its cells.
            reporter, source = titled[0], "sentence"
            partner = titled[1] or (partner if partner != reporter else None)
        if self._partner_table(cell.table):
            # "| Russia | 512.4 |": a table of partners. The row's (or column's) country is the
            # partner of the document's country, and a row naming none ("Total") has no partner.
            partner = self._country_cell(*cell.row_header) or self._country_cell(*cell.column_header) or self._world_cell(*cell.row_header)
            if titled[0] is None:
                reporter, source = next(((c, "document") for c in self.main_countries if c != partner), (None, None))
        return reporter, partner, source

    def _title_countries(self, table: PipeTable) -> tuple[str | None, str | None]:
        """The declaring side and partner a table's title binds to its metric ("Georgia's trade with
        Armenia"), found once per table."""
        found = self._table_titles.get(table.body_start)
        if found is None:
            metric = self._last_metric(*table.title)
            found = self._around_metric(metric, *table.title) if metric is not None else (None, None)
            self._table_titles[table.body_start] = found
        return found

    def _partner_table(self, table: PipeTable) -> bool:
        """Whether a row or column header of the table is a country: a table of partners,
        not of indicators ("| Kazakh exports to Uzbekistan |" is an indicator)."""
        found = self._partner_tables.get(table.body_start)
        if found is None:
            rows = (bars[:2] for bars in table.row_bars if len(bars) > 1)
            columns = pairwise(table.header_bars)
            found = any(self._country_cell(left + 1, right) for left, right in (*rows, *columns))
            self._partner_tables[table.body_start] = found
        return found

    def _last_metric(self, start: int, end: int) -> Mention | None:
        found = [m for m in self.lex.regex["metric"].finditer(self.text, start, end) if not (m.start() and self.text[m.start() - 1].isalnum())]
        return Mention(found[-1].start(), found[-1].end(), " ".join(found[-1].group().lower().split())) if found else None

    def _clause_owner(self, start: int, end: int) -> str | None:
        """The last country in ``text[start:end]`` written as a possessive ("Kyrgyzstan's")."""
        possessive = self.lex.data["grammar"]["possessive"]
        owners = [m.value for m in self.countries_between(start, end) if possessive and self.text.startswith(tuple(possessive), m.end)]
        return owners[-1] if owners else None

    @cached_property
    def figure_labels(self) -> dict[int, Mention]:
        """Figure start -> the country written right before it as its label ("China ($6.9 billion)",
        "China — $4.4 bn"): found once per document, from the few figures rather than the many countries."""
        labels: dict[int, Mention] = {}
        positions, countries, text = self.country_positions, self.countries, self.text
        for start, _ in self.figure_spans:
            i = bisect_left(positions, start) - 1
            if i >= 0:
                gap = text[countries[i].end : start]
                if len(gap) <= 3 and gap.strip() in LABEL_MARKS:
                    labels[start] = countries[i]
        return labels

    @cached_property
    def _label_starts(self) -> frozenset[int]:
        return frozenset(m.start for m in self.figure_labels.values())

    def _heads_a_table_row(self, country: Mention) -> bool:
        """Whether the country is a table row's header and nothing else ("| Казахстан | 640,2 |"): a partner."""
        header = row_header_at(self.tables, country.start)
        return header is not None and self._country_cell(*header) == country.value

    def _labels_a_figure(self, country: Mention) -> bool:
        """Whether a figure follows the country as its label ("China ($6.9 billion)")."""
        return country.start in self._label_starts

    def _label_country(self, amount: Amount, s_start: int) -> str | None:
        """The country written right before the figure as its label: "China ($6.9 billion)"."""
        label = self.figure_labels.get(amount.start)
        return label.value if label is not None and label.start >= s_start else None

    def _clause_partner(self, start: int, end: int, reporter: str | None) -> str | None:
        """The last country named in ``text[start:end]`` other than the declaring side."""
        named = [m.value for m in self.countries_between(start, end) if m.value != reporter]
        return named[-1] if named else None

    def _base_value(self, period: Period, amount: Amount) -> bool:
        """Whether the figure is put in brackets right after the period ("по сравнению с
        2023 годом (28,6 млрд долл.)", "compared with 2023 ($28.6 billion)"), or follows
        "when" ("up 12% on 2023, when they stood at $4.1 billion")."""
        gap = self.text[period.end_pos : amount.start]
        if 0 <= len(gap) <= BASE_VALUE_GAP and gap.rstrip().endswith("(") and not any(c.isdigit() for c in gap):
            return True
        return period.end_pos <= amount.start and self.lex.regex["base_value_link"].match(self.text, period.end_pos, amount.start) is not None

    def _aside(self, period: Period) -> bool:
        """ "In September alone": a period for its own sentence only."""
        rx = self.lex.regex
        return bool(rx["aside_after"].match(self.text, period.end_pos) or rx["aside_before"].search(self.text, max(0, period.pos - 24), period.pos))

    @staticmethod
    def _direction_between(info: dict[str, object], start: int, end: int) -> bool:
        """Whether a direction word of the sentence ("increased", "вырос") stands in ``text[start:end]``."""
        changes: list[Mention] = info["changes"]  # type: ignore[assignment]
        return any(start <= c.start and c.end <= end for c in changes)

    def _opens_sentence(self, period: Period, s_index: int) -> bool:
        """Whether a base period's cue opens its sentence ("По сравнению с январем-августом 2024 года ...")."""
        cues, start = self._base_cues(period), self.sentence_bounds(s_index)[0]
        return bool(cues) and cues[0].start() >= start and not self.text[start : cues[0].start()].strip()

    def _sentence_break(self, start: int, end: int) -> bool:
        """Whether a sentence's end or a blank line stands in ``text[start:end]`` (a lone line break, as text
        wrapped at a fixed width has, does not)."""
        gap = self.text[start:end]
        return any(c in ".!?" for c in gap) or gap.count("\n") > 1

    def _introduced_as_base(self, period: Period) -> bool:
        """ "from 2023", "than in 2023", "on the same period of 2024", "the smallest since 2021": a comparison base."""
        return bool(self._base_cues(period))

    def _record_since(self, period: Period) -> bool:
        """ "the smallest since 2021", "впервые с 2019 года": a base that is never the figure's own period."""
        return any(cue["record"] for cue in self._base_cues(period))

    def _base_cues(self, period: Period) -> list[re.Match[str]]:
        # "Compared with the same quarter of 2024": the cue stands before "the same quarter of", which names the year's months.
        same = self.lex.regex["same_period"].search(self.text, max(0, period.pos - BASE_CUE_WINDOW), period.pos)
        anchor = same.start() if same is not None else period.pos
        cues = self.lex.regex["base_period_cue"].finditer(self.text, max(0, anchor - BASE_CUE_WINDOW), period.pos)
        # (not across a sentence end: "... a year earlier.\n\nIn January-October 2025" opens a new sentence; a line
        # wrapped inside the sentence is no end: "по сравнению с\nянварем-сентябрем 2024 года")
        found = [cue for cue in cues if anchor - cue.end() <= BASE_CUE_GAP and not self._sentence_break(cue.end(), period.pos)]
        if found and self.lex.regex["period_word_dash"].search(self.text, period.pos, period.end_pos):
            found = [cue for cue in found if cue.group().lower() not in self._range_openers]  # "From January to March 2025"
        return found

    def _parallel_scope(self, metric: Mention | None, info: dict[str, object], s_start: int) -> str | None:
        """ "merchandise exports were $437.42 billion and imports $720.24 billion, leaving a deficit of $282.82 billion",
        "Services exports were $38.52 billion, against imports of $17.64 billion": goods or services named with the
        sentence's first flow hold for the other flows after it that name no part of their own, and for the same flow
        named again ("merchandise trade balance registered a surplus of")."""
        if metric is None or self.lex.metric_of[metric.value][1] is None:
            return None
        metrics: list[Mention] = info["metrics"]  # type: ignore[assignment]
        first = next((m for m in metrics if self.lex.metric_of[m.value][1] is not None), None)
        if first is None or first.start >= metric.start:
            return None
        # (the same metric too: "Mexico's merchandise trade balance registered a surplus of 2,449 million dollars")
        if self._total_named(metric, s_start):
            return None  # "goods exports ..., while total imports": the whole
        scope = self._named_scope(first)
        return scope if scope in PARALLEL_SCOPES else None

    def _named_scope(self, metric: Mention) -> str | None:
        """The part a metric's own words name: "merchandise exports", "trade in services", "cotton fibre exports"."""
        m = self.lex.regex["scope_before"].search(self.text, max(0, metric.start - 24), metric.start)
        if m is not None and not (m.start() and self.text[m.start() - 1].isalnum()):
            return self.lex.scope_of.get(" ".join(m.group().lower().rstrip(" -").split()))
        after = self.lex.regex["scope_after"].match(self.text, metric.end)
        if after:
            return self.lex.scope_of.get(" ".join(after["scope"].lower().split()))
        product = self.lex.regex["unlisted_product"].match(self.text, metric.end)
        if product is not None and product["word"] not in self._not_products:
            # "exports of tantalum": a product no scope lists is still a part, not the total; "exports of fresh fruit":
            # a listed product after its first word is that product
            following = self.text[product.end() : product.end() + SCOPE_WORDS_CHARS].split(maxsplit=1)
            listed = self.lex.scope_of.get(following[0].lower().rstrip(".,;:")) if following else None
            return listed if listed and listed not in PARALLEL_SCOPES else product["word"]
        # "cotton fibre exports": a product one lower-case word from the metric, found by dictionary look-ups on the
        # words before it (a regex search there cost 4% of the extraction)
        words = self.text[max(0, metric.start - SCOPE_WORDS_CHARS) : metric.start].split()
        if len(words) < 2 or not (words[-1].isalpha() and words[-1].islower()) or words[-1] in self._scope_gap_words:
            return None
        return next((scope for n in (1, 2, 3) if (scope := self.lex.scope_of.get(" ".join(words[-1 - n : -1]).lower())) is not None), None)

    @cached_property
    def _not_products(self) -> frozenset[str]:
        """Words after "exports of" that name no product: stop words, and the lexicon's qualifier, currency, scale,
        number and month words ("exports of nearly $5 billion", "exports of five billion dollars")."""
        lex = self.lex
        words = {str(w) for w in lex.data.get("unlisted_product_stop_words") or ()}
        words |= {w for phrase in lex.qualifier_kind for w in phrase.split()} | set(lex.currency_of_word) | set(lex.scale_of)
        words |= set(lex.data.get("number_words") or {}) | {str(m) for m in lex.data.get("months") or ()}
        return frozenset(w.lower() for w in words)

    @cached_property
    def _scope_gap_words(self) -> frozenset[str]:
        return frozenset(str(w) for w in self.lex.data.get("scope_gap_stop_words") or ())

    def _scope(self, metric: Mention | None, amount: Amount, s_start: int) -> str | None:
        """ "agricultural trade", "trade in services", "non-oil exports": a part of the
        total, not the total; "$250 per tonne": a unit price, not a total."""
        rx = self.lex.regex
        if rx["per_unit"].match(self.text, amount.end):
            return PER_UNIT
        lead = self._lead(amount)
        verb = rx["verb_before"].search(self.text, max(s_start, lead - SHARE_GAP_CHARS), lead)
        subject = rx["scope_before"].search(self.text, max(s_start, verb.start() - SHARE_SUBJECT_CHARS), verb.start()) if verb else None
        if subject is not None and not (subject.start() and self.text[subject.start() - 1].isalnum()):  # "of which gold accounted for $12.2 billion"
            return self.lex.scope_of.get(" ".join(subject.group().lower().rstrip(" -").split()))
        # "Knitwear exports were $6.98 billion and woven garments $5.96 billion": a part named right before the figure,
        # after its metric, is that figure's
        right_before = rx["scope_before"].search(self.text, max(s_start, lead - SCOPE_RIGHT_BEFORE_CHARS), lead)
        if (
            right_before is not None
            and (metric is None or metric.end <= right_before.start())
            and not (right_before.start() and self.text[right_before.start() - 1].isalnum())
        ):
            return self.lex.scope_of.get(" ".join(right_before.group().lower().rstrip(" -").split()))
        if metric is None:
            return None
        own = self._named_scope(metric)
        if own is not None:
            return own
        share = rx["share_of"].search(self.text, max(s_start, metric.start - 24), metric.start)
        if share is None:
            return None
        # "Oil and gas condensate made up 53% of exports, worth $30.7 billion": a part of the
        # total, named by a scope word before the share if there is one.
        named = [m.group() for m in rx["scope_word"].finditer(self.text, max(s_start, share.start() - SHARE_SUBJECT_CHARS), share.start())]
        return (self.lex.scope_of.get(" ".join(named[-1].lower().split())) or SHARE) if named else SHARE

    def _change(self, amount: Amount, info: dict[str, object], previous: Amount | None) -> str | None:
        """The direction word right after the figure ("12% higher", "на 12% больше"), else the
        nearest before it in its sentence ("rose", "fell"), unless that is another clause's: a money figure
        whose metric is named after the figure before it ("a decrease of 4.6%, and imports totaled $10.39 billion")."""
        if amount.kind == "percent":
            # "(+12.3%)", "(−3.1%)": a signed rate's sign is its direction
            sign = self.text[max(0, amount.start - 2) : amount.start]
            if sign[-1:] == "+" or (sign[-1:] in ("-", "\u2212", "\u2013") and not sign[:1].isalnum()):
                return "up" if sign[-1:] == "+" else "down"
        ends: list[int] = info["change_ends"]  # type: ignore[assignment]
        i = bisect_right(ends, amount.start)
        changes: list[Mention] = info["changes"]  # type: ignore[assignment]
        if i < len(changes) and not self.text[amount.end : changes[i].start].strip():
            return changes[i].value
        after = self.lex.regex["difference_after"].match(self.text, amount.end) if amount.kind == "money" else None
        if after is not None:  # "на 78,1 млн долларов, или на 18%, меньше": the difference's own direction
            return self._direction_after[" ".join(after["word"].lower().split())]
        if not i:
            return None
        nearest = changes[i - 1]
        if amount.kind == "money" and previous is not None and nearest.end <= previous.start and self._new_subject(nearest.end, amount.start, info):
            return None
        return nearest.value

    def _new_subject(self, start: int, end: int, info: dict[str, object]) -> bool:
        """Whether a metric is named in ``text[start:end]`` after a figure: "... a decrease of 4.6%, and imports
        totaled $10.39 billion, compared with $9.20 billion": a direction word at ``start`` is the clause before's."""
        metric_ends: list[int] = info["metric_ends"]  # type: ignore[assignment]
        i = bisect_right(metric_ends, end)
        metric: Mention | None = info["metrics"][i - 1] if i else None  # type: ignore[index]
        if metric is None or metric.start < start:
            return False
        j = bisect_left(self.figure_spans, (start, -1))
        if j >= len(self.figure_spans) or self.figure_spans[j][1] > metric.start:
            return False
        last_before = bisect_left(self.figure_spans, (metric.start, -1)) - 1
        words = [w for w in self.text[self.figure_spans[last_before][1] : metric.start].lower().split() if w not in self._any_articles]
        if words and words[-1] in self._change_links:
            # "fell by $0.5 billion to a deficit of $0.1 billion from a surplus of $0.2 billion": the values the change
            # led to and from, not a new subject
            return False
        # "Exports grew by 24.4% to $16.6 billion, and imports by 6.3% to $17.2 billion": a rate after the
        # metric carries the direction on (its verb left out)
        k = bisect_left(self.figure_spans, (metric.end, -1))
        return all(f_start in self._money_starts for f_start, _ in self.figure_spans[k : bisect_left(self.figure_spans, (end, -1))])

    def _continues(self, s_index: int) -> bool:
        """Whether the sentence before (in the paragraph before) names figures too: a
        paragraph break inside a run of figures, not a new subject; or announces the
        data the figures come from, for a period ("The committee has published
        foreign trade data for January-September 2025.")."""
        start, end = self.sentence_bounds(s_index - 1)
        i = bisect_left(self.figure_spans, (start, -1))
        if i < len(self.figure_spans) and self.figure_spans[i][0] < end:
            return True
        periods: list[Period] = self._sentence(s_index - 1)["periods"]  # type: ignore[assignment]
        return bool(periods) and self.lex.regex["data_announcement"].search(self.text, start, end) is not None

    def _previous_in_paragraph(self, s_index: int) -> int | None:
        """The index of the sentence before, if it is in the same paragraph."""
        if s_index == 0:
            return None
        para_start = self.paragraph_starts[bisect_right(self.paragraph_starts, self.sentence_starts[s_index]) - 1]
        return s_index - 1 if self.sentence_starts[s_index - 1] >= para_start else None

    def _status(self, amount: Amount, previous: Amount | None, following: Amount | None, info: dict[str, object], bounds: tuple[int, int]) -> str | None:
        lex = self.lex
        s_start, s_end = bounds
        clause_start = max(s_start, previous.end if previous else 0)
        if amount.kind == "money" and self._difference(amount, clause_start):
            return "difference"  # "an increase of $4.2 billion": how much the value changed, not the value
        base = lex.regex["comparison_base"].search(self.text, max(clause_start, amount.start - 40), amount.start)
        # "compared with January-August 2024, increased by 8.7 percent": a direction word after the base's
        # cue leads to the figure, which is the new value or the rate, not the base.
        if base is not None and not self._direction_between(info, base.end(), amount.start) and not self._share_right_before(base.start()):
            return "previous"
        last_in_sentence = following is None or following.start >= s_end
        cues: list[Mention] = info["status"]  # type: ignore[assignment]
        starts: list[int] = info["status_starts"]  # type: ignore[assignment]
        # A cue belongs to the next figure after it, or else to the last one before it.
        j = bisect_left(starts, amount.end)
        if j < len(cues) and self._bracketed_right_after(amount, cues[j]):
            return lex.status_of[cues[j].value]  # "131.1 billion euros (seasonally adjusted) and imports ...": this figure's
        i = bisect_right(starts, amount.start) - 1
        while i >= 0 and cues[i].start >= clause_start:
            if previous is not None and self._bracketed_right_after(previous, cues[i]):
                break  # the figure before's own
            cue_status = lex.status_of[cues[i].value]
            trailing = cue_status == "previous" and previous is not None and 0 <= cues[i].start - previous.end <= 2
            # "rose 2.5% from a year earlier to $11.2 billion": the base is named, and this figure is what it rose to.
            led_to = cue_status == "previous" and (
                lex.regex["new_value_preposition"].match(self.text, cues[i].end, amount.start) is not None
                or self._direction_between(info, cues[i].end, amount.start)
                # "compared with September 2024, to SAR 95.3 billion": "to" right before the figure
                or lex.regex["new_value_preposition"].search(self.text, max(0, amount.start - NEW_VALUE_WORD_CHARS), amount.start) is not None
            )
            if cues[i].end <= amount.start and not trailing and not led_to:  # "$640 million a year earlier": the cue is the figure before's
                return cue_status
            i -= 1
        if last_in_sentence:
            j = bisect_left(starts, amount.end)
            if j < len(cues):
                cue = cues[j]
                cue_status = lex.status_of[cue.value]
                # "$3.1 billion a year earlier" marks a comparison base; "up 2% from a year earlier",
                # "$5 billion, up from a year ago" and "$300.2 billion compared with 2024" (the base comes after) do not.
                right_after = cue.start - amount.end <= 2 and not self.text[amount.end : cue.start].strip()
                if cue_status != "previous" or (right_after and amount.kind == "money" and lex.regex["year_earlier"].match(self.text, cue.start)):
                    return cue_status
        else:
            j = bisect_left(starts, amount.end)
            if j < len(cues) and lex.status_of[cues[j].value] in SENTENCE_STATUSES and self._closing_aside(cues[j], s_end):
                return lex.status_of[cues[j].value]  # "... were imported in September 2025 (calendar and seasonally adjusted).": all of them
        return None

    def _bracketed_right_after(self, amount: Amount, cue: Mention) -> bool:
        """Whether a status cue stands alone in brackets opened right after the figure: "131.1 billion euros (seasonally
        adjusted)", "(preliminary data)"; not a comparison's ("(an increase of 4.1% compared with ...)": the rate's)."""
        if self.lex.status_of[cue.value] == "previous":
            return False
        opening = self.text.find("(", amount.end, cue.start)
        if opening < 0 or self.text[amount.end : opening].strip() or self.text.find(")", opening, cue.start) >= 0:
            return False
        i = bisect_left(self.figure_spans, (opening, -1))
        if i < len(self.figure_spans) and self.figure_spans[i][0] < cue.start:
            return False  # a figure of its own in the brackets
        return self.text.find(")", cue.end, cue.end + SHARE_GAP_CHARS) >= 0

    def _closing_aside(self, cue: Mention, s_end: int) -> bool:
        """Whether ``cue`` stands in brackets that close its sentence, after the sentence's last figure."""
        if cue.start >= s_end:
            return False
        opening = self.text.rfind("(", 0, cue.start)
        closing = self.text.find(")", cue.end, s_end)
        if opening < 0 or closing < 0 or self.text.find(")", opening, cue.start) >= 0 or self.text[closing + 1 : s_end].strip(" .;\n\r"):
            return False
        i = bisect_left(self.figure_spans, (opening, -1))
        return i == len(self.figure_spans) or self.figure_spans[i][0] >= s_end

    def _names_a_deficit(self, metric: Mention) -> bool:
        """Whether the balance is named a deficit: in its phrase ("trade deficit"), or right before it
        ("Дефицит торгового баланса", "Отрицательное сальдо торгового баланса")."""
        rx = self.lex.regex["negative_balance"]
        if rx.search(self.text, metric.start, metric.end):
            return True
        head = self.text[max(0, metric.start - NEGATIVE_WORD_CHARS) : metric.start].rstrip()
        if any(m.end() == len(head) for m in rx.finditer(head)):
            return True
        # "The negative foreign trade balance": a phrase that holds the metric's ("trade balance") and ends with it
        lo = max(0, metric.start - NEGATIVE_WORD_CHARS)
        return any(m.end() == metric.end and m.start() < metric.start for m in rx.finditer(self.text, lo, metric.end))

    def _passive_metric_after(self, amount: Amount, metric: Mention) -> bool:
        """ "... and goods worth 115.9 billion euros were imported": a metric right after the figure, only an
        auxiliary verb between (the nearest one before it is the clause before's: "were exported")."""
        if metric.start < amount.end or metric.start - amount.end > PASSIVE_GAP_CHARS:
            return False
        words = self.text[amount.end : metric.start].lower().split()
        return bool(words) and " ".join(words) in self._passive_auxiliaries

    @cached_property
    def _passive_auxiliaries(self) -> frozenset[str]:
        return grammar_words(self.lex.language, "passive_auxiliaries")

    def _goes_to_partner(self, end: int, country_start: int) -> bool:
        """ "Mongolia exported US$14.4 billion worth of goods to China": the partner right after the figure, only
        goods words and a partner preposition between (no comma: "..., exports to China were" is the next clause's)."""
        gap = self.text[end:country_start]
        if any(c in ",;:.()" or c.isdigit() for c in gap):
            return False  # "... reached $78.7 billion in 2024; exports to China were": the next clause's
        words = gap.lower().split()
        lead = next((k for k, w in enumerate(words) if w in self.prepositions), None)
        if lead is None or not all(w in self._goods_words for w in words[:lead]):
            return False
        at = bisect_left(self.country_positions, country_start)
        if at == len(self.countries) or self.countries[at].start != country_start:
            return False
        return self._after_preposition(self.countries[at])  # "... to China", "... to the member states of the European Union"

    @cached_property
    def _any_articles(self) -> frozenset[str]:
        return self._articles | grammar_words(self.lex.language, "indefinite_article")

    @cached_property
    def _change_links(self) -> frozenset[str]:
        """One-word links to a change's new value or base: "to", "from", "against"."""
        words = [*(self.lex.data.get("new_value_prepositions") or ()), *(self.lex.data.get("comparison_base_words") or ())]
        return frozenset(str(w).lower() for w in words if " " not in str(w))

    @cached_property
    def _goods_words(self) -> frozenset[str]:
        return grammar_words(self.lex.language, "goods_words")

    def _negative_after(self, metric: Mention, amount: Amount, previous: Amount | None) -> bool:
        """A sign word between the balance's name and its figure, no other figure between: "the balance was
        negative at $3.85 billion", "сальдо было отрицательным и составило 3,85 млрд"."""
        if not metric.end <= amount.start <= metric.end + NEGATIVE_AFTER_CHARS or (previous is not None and previous.end > metric.end):
            return False
        return self.lex.regex["negative_balance_after"].search(self.text, metric.end, amount.start) is not None

    def _year_earlier_at(self, amount: Amount) -> bool:
        """ "$295 million a year earlier", or the cue just before its bracketed figure: "than a year earlier ($295 million)",
        or before the base's own value: "down 11.6% from a year earlier, when it was $21.9 billion"."""
        rx = self.lex.regex["year_earlier"]
        if rx.match(self.text, amount.end):
            return True
        link = self.lex.regex["base_value_link"]
        if any(link.match(self.text, cue.end(), amount.start) for cue in rx.finditer(self.text, max(0, amount.start - BASE_LINK_CHARS), amount.start)):
            return True
        before = self.text[max(0, amount.start - BASE_VALUE_GAP - 16) : amount.start].rstrip()
        if not before.endswith("("):
            return False
        cue_end = before[:-1].rstrip()
        return any(m.end() == len(cue_end) for m in rx.finditer(cue_end))

    def _total_named(self, metric: Mention, s_start: int) -> bool:
        """ "total foreign trade", "overall trade": the metric is the whole, not trade with one partner."""
        rx = self.lex.regex
        if rx["total_word"].match(self.text, metric.start):
            return True
        return rx["total_before"].search(self.text, max(s_start, metric.start - 16), metric.start) is not None

    def _difference(self, amount: Amount, clause_start: int) -> bool:
        """ "an increase of $4.2 billion", "$78.1 million more than", "на 78,1 млн долларов, или на 18%, больше"."""
        rx, lo = self.lex.regex, max(clause_start, amount.start - 24)
        if rx["difference"].search(self.text, lo, amount.start):
            return rx["no_direction_before"].search(self.text, lo, amount.start) is None  # not "made up 2.98 billion"
        if difference_noun_before(self.text, amount.start, clause_start, self.lex):
            return True
        if rx["difference_verb_far"].search(self.text, max(clause_start, amount.start - DIFFERENCE_VERB_CHARS), amount.start):
            return True  # "Exports increased from September 2025 to October 2025 by R12.95 billion"
        needs_preposition = bool(self.lex.data.get("difference_prepositions"))
        if needs_preposition and not rx["difference_preposition"].search(self.text, lo, amount.start):
            return False
        return rx["difference_after"].match(self.text, amount.end) is not None

    def _trades_after(self, metric: Mention, country: Mention) -> bool:
        """Whether the country follows its flow as the trader ("exports from Kazakhstan to Uzbekistan",
        "imports into the EU", "экспорт из Казахстана", "импорт в Казахстан"), not as the partner."""
        flow = self.lex.metric_of[metric.value][1]
        if flow not in ("export", "import") or not 0 <= country.start - metric.end <= 24:
            return False
        grammar = self.lex.data["grammar"]
        words = self.text[metric.end : country.start].lower().split()
        return bool(words) and words[0] in (grammar.get(f"{flow}_trader_prepositions") or ()) and all(w in grammar["article"] for w in words[1:])

    def _trader_of_flow(self, country: Mention, metrics: list[Mention]) -> bool:
        """Whether a metric of the sentence names the country as its trader (``_trades_after``)."""
        i = bisect_left(metrics, Mention(country.start, country.start, "")) - 1
        return i >= 0 and self._trades_after(metrics[i], country)

    def _around_metric(self, metric: Mention, s_start: int, s_end: int) -> tuple[str | None, str | None]:
        """Countries bound to the metric phrase itself: "Georgia's imports from
        Armenia", "Kazakh exports to China" -> (declaring side, partner)."""
        text = self.text
        own = partner = None
        before = self.countries_between(max(s_start, metric.start - 48), metric.start)
        for i, m in enumerate(before):
            if metric.start - m.start > 24 or text[m.end : metric.start].strip() not in ("", *self.lex.data["grammar"]["possessive"]):
                continue
            if self._after_preposition(m, s_start) and not self._possessive(m):
                own, partner = None, m.value  # "С Китаем товарооборот составил", "Со странами ЕАЭС товарооборот": a partner
                continue
            own = m.value
            if i and text[before[i - 1].end : m.start] in PAIR_JOINERS and before[i - 1].value != m.value:
                # "Armenia-Georgia trade", "Kazakhstan–China trade": the pair as written, first country first
                own, partner = before[i - 1].value, m.value
        after = metric.end
        grammar = self.lex.data["grammar"]
        for m in self.countries_between(metric.end, min(s_end, metric.end + 24)):
            words = text[metric.end : m.start].lower().split()
            of_country = bool(words) and words[0] in grammar["of"] and all(w in grammar["article"] for w in words[1:])
            if own is None and (of_country or self._trades_after(metric, m)):
                own, after = m.value, m.end  # "Exports of the Kyrgyz Republic to Kazakhstan", "Exports from Kazakhstan to ...": it declares
                break
        for m in self.countries_between(after, min(s_end, after + 24)):
            words = text[metric.start : m.start].lower().split()  # the phrase may end in the preposition ("trade with")
            if words and words[-1] in self.prepositions and m.value != own:
                partner = m.value
                break
        return own, partner

    def _countries(
        self,
        info: dict[str, object],
        around: tuple[str | None, str | None],
        side: str | None,
        world: bool = False,
        whole: bool = False,
        share_total: bool = False,
    ) -> tuple[str | None, str | None, str | None]:
        countries: tuple[list[str], str | None] = info["countries"]  # type: ignore[assignment]
        in_sentence, partner_hint = countries
        own, bound_partner = around
        if whole and not bound_partner:
            partner_hint = None  # the sentence's partner is a share's ("Russia accounted for 3.9% of China's total trade")
        reporter = partner = source = None
        if own and own != side and side is None:
            reporter, source = own, "sentence"
        if bound_partner:
            partner_hint = bound_partner
        if side:
            reporter, source = side, "attribution"
        if partner_hint and partner_hint != reporter:
            partner = partner_hint
        for code in in_sentence:
            if reporter is None and code != partner:
                reporter, source = code, "sentence"
            elif partner is None and code != reporter:
                partner = code
        if share_total and not bound_partner:
            partner = WORLD  # a share's country is no partner of the total ("Russia's share in Kyrgyzstan's trade of $12.6 billion")
        if world and partner is None:
            partner = WORLD  # "Kyrgyzstan's foreign trade turnover": with the world, not with the document's other country
        for code in self.main_countries:
            if reporter is None and code != partner and not (share_total and code in (countries[1], bound_partner)):
                # (a share's country trades with the total's country: "exports to China ... out of $78.7 billion" is not China's)
                reporter, source = code, "document"
            elif partner is None and code != reporter:
                partner = code
        return reporter, partner, source
