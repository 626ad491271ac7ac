"""Language data for extraction: rules/lexicon/*.yaml plus CLDR and ISO data.

Everything a language needs (scale words, currency words, metric phrases,
period words, attribution cues) is data in ``rules/lexicon/<lang>.yaml``. This
module turns it into compiled, linear-time regular expressions once per
language. ISO 4217 codes and ISO 3166 names come from pycountry; currency
display names and localized country names come from Babel's CLDR data, so the
hand-written lists stay short.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import yaml


def rules_dir() -> Path:
    """The rule packs: inside the installed package, or beside it in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "rules", here.parent / "rules"):
        if (candidate / "lexicon").is_dir():
            return candidate
    raise FileNotFoundError("tradecheck rules/ folder not found next to the checker package")


# libyaml's safe loader when PyYAML was built with it (10x faster on the
# lexicons, which every command reads); the pure-Python one otherwise.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_SAFE_LOADER)  # a safe loader, never yaml.Loader


class Patterns(dict[str, "re.Pattern[str]"]):
    """A lexicon's patterns, each compiled on first use. Compiling all of them
    is half of a lexicon's load time, and a command often needs few (a CSV
    table needs only country names)."""

    def __init__(self, sources: dict[str, str]) -> None:
        super().__init__()
        self.sources = sources

    def __missing__(self, name: str) -> re.Pattern[str]:
        pattern = self[name] = re.compile(self.sources[name])
        return pattern

    def compile_all(self) -> None:
        for name in self.sources:
            self[name]


def trie_pattern(words: list[str]) -> str:
    """One regex alternation shaped as a trie, so matching never backtracks
    across hundreds of branches (sre tests one character per branch point)."""
    trie: dict[str, Any] = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [(r"\s+" if char == " " else re.escape(char)) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return render(trie)


def optional(pattern: str) -> str:
    """An optional grammar word and its space ("the "); nothing when the
    language has no such word (Russian has no articles)."""
    return rf"(?:(?:{pattern})\s+)?" if pattern else ""


def required(pattern: str) -> str:
    """A grammar word and its space ("of "); when the language has none (a
    genitive does the work: "Премьер-министр Казахстана"), nothing."""
    return rf"(?:{pattern})\s+" if pattern else ""


def phrase_pattern(phrases: list[str], *, lower: bool = True) -> str:
    """Case-variant trie of phrases ("trade", "Trade", "TRADE", "Trade Turnover"):
    case-sensitive tries scan several times faster than (?i) alternations.
    Any run of white space matches a space."""
    variants: set[str] = set()
    for phrase in phrases:
        variants |= case_variants(phrase, lower=lower)
    return trie_pattern(sorted(variants))


def _ends_like_a_word(sign: str) -> bool:
    """ "Rs", "Rs.": a sign whose last character ends many words before a number ("was 5", "in 2024. 5"), so
    the prefix search runs only after a test for the whole sign (a lower-case letter or a stop)."""
    return sign[-1].islower() or sign[-1] == "."


def _fewest_hints(hints: Iterable[str]) -> tuple[str, ...]:
    """Substrings every text holding one of ``hints`` holds, as few as may be (each is one scan of every text): the
    hints no shorter one is part of ("uro area" covers "he euro area"), then one common start for hints that share
    their first five characters ("врозон" for "врозона", "врозоны", ...)."""
    unique = sorted(set(hints), key=len)
    kept = [h for i, h in enumerate(unique) if not any(other in h for other in unique[:i])]
    by_start: dict[str, list[str]] = {}
    for hint in kept:
        by_start.setdefault(hint[:5], []).append(hint)
    return tuple(sorted(_common_start(group) for group in by_start.values()))


def _common_start(words: list[str]) -> str:
    first, last = min(words), max(words)  # the two farthest apart in order share what all share
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    return first[:n]


def phrases_or_never(phrases: list[str] | None, *, lower: bool = True) -> str:
    """The phrases' alternation; for a language without such phrases, a pattern
    that never matches (so the regex built around it never does either)."""
    return phrase_pattern(list(phrases), lower=lower) if phrases else "(?!)"


def case_variants(phrase: str, *, lower: bool = True) -> set[str]:
    """The case forms of a phrase the lexicon's patterns accept, white space normalised."""
    phrase = " ".join(str(phrase).split())
    variants = {phrase, phrase[:1].upper() + phrase[1:], phrase.upper(), phrase.title()}
    if lower:
        variants.add(phrase.lower())
    return variants


def phrase_first_words(phrases: list[str]) -> tuple[str, ...]:
    """The lower-cased first words of phrases in every case form that
    ``phrase_pattern`` accepts: a pattern that starts with those phrases can
    only match where the lower-cased text holds one of these words."""
    forms = {variant.lower().split()[0] for phrase in phrases for variant in case_variants(phrase)}
    # A word that starts with another adds no place to look.
    return tuple(sorted(w for w in forms if not any(o != w and w.startswith(o) for o in forms)))


def starts_of(words: tuple[str, ...], lowered: str) -> list[int]:
    """Every position where one of ``words`` starts in ``lowered``, in order."""
    found = []
    for word in words:
        pos = lowered.find(word)
        while pos != -1:
            found.append(pos)
            pos = lowered.find(word, pos + 1)
    found.sort()
    return found


# Files in rules/lexicon that hold data for every language, not a language.
SHARED_DATA = frozenset({"currencies", "aggregates", "members", "fiscal_years"})


@dataclass(frozen=True)
class Lexicon:
    language: str
    decimal_separator: str
    data: dict[str, Any]
    scale_of: dict[str, str]
    short_scales: frozenset[str]
    currency_of_word: dict[str, str]
    currency_of_symbol: dict[str, str]
    iso_codes: frozenset[str]
    qualifier_kind: dict[str, str]
    metric_of: dict[str, tuple[str, str | None]]
    country_of: dict[str, str]
    status_of: dict[str, str]
    relative_year: dict[str, int]
    change_of: dict[str, str]
    scope_of: dict[str, str | None]
    abbreviations: frozenset[str]
    point_words: frozenset[str]
    times_words: frozenset[str]
    range_start: frozenset[str]
    prefix_last_chars: frozenset[str]  # last characters of currency signs and codes (but those below)
    prefix_word_signs: dict[str, tuple[str, ...]]  # signs ending like a word ("Rs", "Rs."), by their last character
    month_number: dict[str, int]
    # Substrings a paragraph must hold before a cue pattern is run over it
    # (most paragraphs hold no cue: a substring test is far cheaper).
    cue_hints: dict[str, tuple[str, ...]]
    name_endings: tuple[str, ...]  # case endings stripped to match one person's name across cases
    # Partner groups with statistics of their own (the EU: Eurostat), so they may declare figures.
    declaring_groups: frozenset[str]
    regex: Patterns = field(repr=False)

    @cached_property
    def silent_groups(self) -> frozenset[str]:
        """Partner groups that never declare ("the world", "Asia")."""
        return aggregate_codes() - self.declaring_groups

    def country(self, name: str) -> str | None:
        found = self.country_of.get(name) or self.country_of.get(name.lower())
        if found is None and ("\n" in name or "  " in name or "\u00a0" in name):  # "the European\nUnion": a wrapped line
            spaced = " ".join(name.split())
            found = self.country_of.get(spaced) or self.country_of.get(spaced.lower())
        return found

    def person(self, name: str) -> str:
        """One form of a person's name across grammatical cases: "Олжасом
        Бектеновым" and "Олжас Бектенов" are one person. English names pass."""
        if not self.name_endings:
            return name
        words = []
        for word in name.split():
            for ending in self.name_endings:
                if word.endswith(ending) and len(word) - len(ending) >= 4:
                    word = word[: -len(ending)]
                    break
            words.append(word)
        return " ".join(words)


def _country_names(language: str, aliases: dict[str, list[str]]) -> dict[str, str]:
    import pycountry
    from babel import Locale

    names: dict[str, str] = {}
    alpha3_of = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    for alpha2, name in Locale.parse(language).territories.items():
        alpha3 = alpha3_of.get(alpha2)
        if alpha3:
            names[name] = alpha3
    if language == "en":
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value and "," not in value:
                    names.setdefault(value, country.alpha_3)
    for alpha3, words in aliases.items():
        for word in words:
            names[word] = alpha3
    return names


def _inflected(names: dict[str, str], endings: dict[str, list[str]]) -> dict[str, str]:
    """Case forms of every name from the language's ending rules: with
    {"": [а, у, ом, е], "ия": [ии, ию, ией]}, "Казахстан" also gives
    "Казахстана", "Казахстаном", ... and "Россия" gives "России", ...
    The longest matching ending of a name's last word decides."""
    if not endings:
        return names
    rules = sorted(endings.items(), key=lambda kv: len(kv[0]), reverse=True)
    out = dict(names)
    for name, code in names.items():
        for ending, replacements in rules:
            if name.endswith(ending) and (ending or name[-1:].isalpha()):
                stem = name[: len(name) - len(ending)] if ending else name
                for replacement in replacements:
                    out.setdefault(stem + replacement, code)
                break
    return out


def _adjectives(stems: dict[str, list[str]], endings: list[str]) -> dict[str, str]:
    """Adjective forms ("казахстанская", "кыргызской") from stems and endings."""
    forms = {stem + ending: code for code, words in stems.items() for stem in words for ending in endings}
    return forms | {form.capitalize(): code for form, code in forms.items()}


def _currency_words(language: str, extra: dict[str, list[str]]) -> dict[str, str]:
    import pycountry
    from babel.numbers import get_currency_name

    words: dict[str, str] = {}
    for currency in pycountry.currencies:
        code = currency.alpha_3
        for count in (1, 2, 5):  # plural forms: "доллар", "доллара", "долларов"
            try:
                name = get_currency_name(code, count=count, locale=language)
            except Exception:  # CLDR lacks a few historic codes
                continue
            if name and name != code:
                words.setdefault(name.lower(), code)
    for code, names in extra.items():
        for name in names:
            words[name.lower()] = code
    return words


@lru_cache(maxsize=8)
def load_lexicon(language: str = "en") -> Lexicon:
    import pycountry

    base = rules_dir() / "lexicon"
    path = base / f"{language}.yaml"
    if not path.is_file():
        raise ValueError(f"no lexicon for language {language!r} in {base}")
    data = load_yaml(path)
    currency_data = load_yaml(base / "currencies.yaml")
    symbols = currency_data["symbols"]

    scale_of = {word.lower(): scale for scale, words in data["scales"].items() for word in words}
    currency_of_word = _currency_words(language, data.get("currency_words", {}))
    not_money = set(currency_data.get("not_money", []))
    iso_codes = frozenset(c.alpha_3 for c in pycountry.currencies if c.alpha_3 not in not_money)
    currency_of_word = {w: c for w, c in currency_of_word.items() if c in iso_codes}
    qualifiers_glued = {str(k).lower(): v for k, v in (data.get("qualifiers_glued") or {}).items()}
    qualifiers_after = {str(k).lower(): v for k, v in (data.get("qualifiers_after") or {}).items()} | qualifiers_glued
    qualifier_kind = {k.lower(): v for k, v in data["qualifiers"].items()} | qualifiers_after
    metric_of: dict[str, tuple[str, str | None]] = {}
    for metric, spec in data["metrics"].items():
        for phrase in spec["phrases"]:
            metric_of[" ".join(phrase.lower().split())] = (metric, spec.get("flow"))
    # A capital stands for its government in news ("leaving Tashkent with a deficit in its trade with Beijing"),
    # and a dateline names it in capitals ("TASHKENT, Nov 20 (Reuters)").
    aliases = {
        code: [*(data.get("country_aliases") or {}).get(code, []), *cities, *(str(c).upper() for c in cities)]
        for code, cities in (data.get("capitals") or {}).items()
    }
    country_of = _country_names(language, {**(data.get("country_aliases") or {}), **aliases})
    country_of = _inflected(country_of, data.get("country_case_endings") or {})
    country_of.update(_adjectives(data.get("country_adjective_stems") or {}, data.get("adjective_endings") or []))
    # Partner groups named in text ("exports to the world"): partners only, unless the group has its
    # own statistics office ("according to Eurostat"), named as the group.
    for code, words in (data.get("partner_groups") or {}).items():
        country_of.update({" ".join(str(w).split()): code for w in words})
    # Groups whose names start with a common lower-case letter ("euro area exports"): kept out of the country
    # pattern (every "e" of a text would start a match), searched only in a document that holds one of them.
    probed_of = {" ".join(str(w).split()): str(code) for code, words in (data.get("probed_groups") or {}).items() for w in words}
    group_offices = data.get("group_offices") or {}
    for code, words in group_offices.items():
        country_of.update({" ".join(str(w).split()): code for w in words})
    for word in data.get("not_countries", []):
        country_of.pop(word, None)
    status_of = {" ".join(c.lower().split()): s for s, cues in data["status"].items() for c in cues}
    relative_year = {" ".join(k.lower().split()): v for k, v in data["relative_years"].items()}
    scope_of: dict[str, str | None] = {" ".join(w.lower().split()): scope for scope, words in data.get("scopes", {}).items() for w in words}
    # "the goods and services deficit": every scope at once is the total (None), not "services"
    scope_of.update({" ".join(w.lower().split()): None for w in data.get("whole_scopes", [])})
    change_of = {word.lower(): way for way, words in data.get("change", {}).items() for word in words}

    number_tail = (
        r"\d{0,2}(?:(?:,\d{3})+|(?:\.\d{3})+|(?:[ \u00a0\u202f]\d{3})+)(?:[.,]\d+)?(?![\d])"
        r"|\d*(?:[.,]\d+)?"
    )
    number = (
        r"\d{1,3}(?:(?:,\d{3})+|(?:\.\d{3})+|(?:[ \u00a0\u202f]\d{3})+)(?:[.,]\d+)?(?![\d])"
        r"|\d+(?:[.,]\d+)?"
    )
    scale_alt = phrase_pattern(list(scale_of))
    currency_word_alt = phrase_pattern(list(currency_of_word))
    # "in 2025 euro area exports": a currency word that names something else before these words ("euro area")
    not_currency = rf"(?![ \u00a0]+(?:{phrase_pattern(list(data['currency_name_words']))})(?![\w]))" if data.get("currency_name_words") else ""
    symbol_alt = trie_pattern(list(symbols))
    word_signs = [str(s) for s in symbols if _ends_like_a_word(str(s))]
    # Currency signs that are not letters ("$", "€", "₸"): a number or one of them after "plus" makes a sum, not a qualifier
    sign_chars = re.escape("".join(sorted({c for sign in map(str, symbols) for c in sign if not c.isalnum() and not c.isspace() and c not in ".,"})))
    code_alt = trie_pattern(sorted(iso_codes))
    glued_code_alt = trie_pattern(sorted(c for c in iso_codes if re.fullmatch(r"[A-Z]{3}", c)))  # one width, for the look-behind
    # A sign ending in a letter, glued to its number ("Rs3.05 trillion", as Pakistan's and India's press write it;
    # "R16.05 billion", South Africa's): one look-behind per width, as a look-behind's width is fixed.
    letter_signs = [str(s) for s in symbols if str(s)[-1].isalpha()]
    glued_widths = sorted({len(s) for s in letter_signs})
    glued_signs = "".join(rf"|(?<=(?<![\w])(?:{trie_pattern([s for s in letter_signs if len(s) == w])})\d)" for w in glued_widths)
    qualifier_alt = phrase_pattern([q for q in qualifier_kind if q not in qualifiers_after])
    month_number = {str(m).lower(): i for i, m in enumerate(data["months"], start=1)}
    month_number.update({str(m).lower(): i for i, m in enumerate(data["month_abbreviations"], start=1)})
    for i, forms in enumerate(data.get("month_forms") or [], start=1):  # other case forms ("января", "январе")
        month_number.update({str(f).lower(): i for f in forms})
    month_alt = phrase_pattern(list(month_number))
    numword_alt = phrase_pattern(list(data["number_words"]))
    ordinal_alt = phrase_pattern(list(data["ordinals"]))
    rel_alt = phrase_pattern(list(relative_year))
    verbs = trie_pattern([" ".join(v.split()) for v in data["speech_verbs"]])  # lower case only: "States" is a noun
    grammar = data["grammar"]
    upper, lower = grammar["upper"], grammar["lower"]
    word = rf"[{upper}][\w'’-]*"  # a capitalised word
    side_word = rf"[{grammar.get('side_letters', upper)}][\w'’-]*"
    name = rf"[{upper}][{lower}]+(?:[- ][{upper}][{lower}]+){{0,2}}"  # "Bektenov", "Olzhas Bektenov"
    full_name = rf"[{upper}][{lower}]+(?:[- ][{upper}][{lower}]+){{1,2}}"
    titles = phrase_pattern(data["person_titles"], lower=False)
    article, of, also = (phrase_pattern(grammar.get(k) or []) for k in ("article", "of", "also"))
    links = phrase_pattern(grammar.get("share_links") or [])
    difference_after = [w for words in (data.get("difference_after") or {}).values() for w in words]  # up and down words alike
    according = phrase_pattern(grammar["according_to"])
    object_pronouns = phrase_pattern(grammar["object_pronouns"])
    subject_pronouns = phrase_pattern([p.capitalize() for p in grammar["subject_pronouns"]], lower=False)
    side_words = phrase_pattern(grammar["side_words"])
    months_word, half_word, quarter_word = (phrase_pattern(grammar[k]) for k in ("months_word", "half_word", "quarter_word"))
    dash = rf"\s*(?:-|\u2013|\u2014|{phrase_pattern(grammar['period_dash'])})\s*"
    gap = r"(?:[ \u00a0]+|[ \u00a0]*\r?\n[ \u00a0]*)"  # between two words of a phrase: spaces, or a line wrapped there
    sign_gap = r"(?:[ \u00a0]?\r?\n|[ \u00a0])?"  # between a currency sign and its number: a space, or a line wrapped there
    word_gap = r"[ \u00a0\r\n]+"  # the same as one character class, where a pattern tries it at every word (77% faster than gap)
    percent_alt = phrase_pattern([*grammar["percent_words"], *grammar["point_words"], *(grammar.get("times_words") or [])])

    per_words = [str(w) for w in data.get("per_unit_words") or [] if str(w)[-1:].isalnum()]
    per_signs = [str(w) for w in data.get("per_unit_words") or [] if not str(w)[-1:].isalnum()]

    def suffix(range_connector: str) -> str:
        return (
            rf"(?P<range>{range_connector}"
            rf"(?:(?P<code2>{code_alt})[ \u00a0]?|(?P<symbol2>{symbol_alt})[ \u00a0]?)?"
            rf"(?P<num2>{number}))?"
            # "$2.1-billion" (a hyphenated scale, Canadian and South African style)
            # A line break may stand where the space was ("$43.8\nbillion": text wrapped as in PDFs), a blank line not.
            rf"(?:(?:[ \u00a0]|[ \u00a0]*\r?\n[ \u00a0]*|-(?=[^\W\d_]))?(?P<scale>(?i:{scale_alt}))(?![\w])\.?)?"
            rf"(?:(?:[ \u00a0]?\r?\n[ \u00a0]*|[ \u00a0])?(?P<pct>%|(?:{percent_alt})(?![\w])))?"  # (a line may wrap before "percent")
            rf"(?:(?:[ \u00a0]|[ \u00a0]*\r?\n[ \u00a0]*)?(?:(?P<code3>{code_alt})(?![\w])|(?P<curword>(?i:{currency_word_alt}))(?![\w]){not_currency}))?"
        )

    regex = Patterns(
        {
            # Where a sentence may end: a stop, then space and a capital, or a blank
            # line. Abbreviations and initials are filtered by sentence_starts().
            "sentence_end": r"[.!?\u2026][\"»”’)\]]*\s+(?=[\"«“(\[]?[A-ZА-ЯЁ\d])|\n[ \t]*\n\s*",
            "paragraph_end": r"\n[ \t]*\n\s*",
            "suffix": suffix(r"[ \u00a0]?(?P<dash>-|\u2013|\u2014)[ \u00a0]?"),
            "suffix_between": suffix(rf"\s+(?P<dash>{phrase_pattern(data['grammar']['range_and'])})\s+"),
            # "11,1 млрд и 13,3 млрд долларов", "1.1 billion, 1.3 billion and 1.4 billion dollars": between figures
            # that share the currency named after the last one
            "shared_unit_joiner": rf"[ \u00a0]*(?:,[ \u00a0]*)?(?:(?:{phrases_or_never(data['grammar'].get('pair_and'))})[ \u00a0]+)?",
            # Between two whole amounts: "$1.1bn-$1.2bn", "$1.1 billion to $1.2 billion" (not after "from": a change).
            "range_join": rf"[ \u00a0]*[-\u2013\u2014][ \u00a0]*|\s+(?:{phrases_or_never(grammar.get('range_to'))})\s+",
            "range_join_between": rf"\s+(?:{phrase_pattern(grammar['range_and'])})\s+",
            "change_from": rf"(?<![\w])(?:{phrases_or_never([*(grammar.get('change_from') or ()), *data.get('difference_verbs', ())])})\s+\Z",
            # A number token; never starts inside a word or another number.
            # Digit first (sre's fast scan), then a look back: not inside a word or number.
            # Or right after an ISO code ("USD18.7bn", wire style); scan_amounts
            # keeps such a figure only with a scale word ("TOP10" is no money).
            "number": rf"\d(?:(?<![\w.,\u00a0\u202f]\d)|(?<=(?<![\w])(?:{glued_code_alt})\d){glued_signs})(?:{number_tail})",
            # What may stand right before a number (searched in a short window); a sign never ends a word ("Mrs 5", "ARs 5").
            "prefix": rf"(?:(?<![\w$])(?P<code>{code_alt}){sign_gap}|(?<![^\W\d_])(?P<symbol>{symbol_alt}){sign_gap})\Z",
            "qualifier": rf"(?<![\w])(?P<q>{qualifier_alt}|{phrase_pattern(grammar['range_start'])})\s+\Z",
            # "$1.2 billion-plus", "$1.2 billion or more", "about 3 million or so" (not "$1.2 billion plus $300 million")
            "qualifier_after": (
                rf"(?:[ \u00a0]+(?P<q>{phrases_or_never([q for q in qualifiers_after if q not in qualifiers_glued])})"
                rf"|-(?P<g>{phrases_or_never(list(qualifiers_glued))}))(?![\w])(?![ \u00a0]*[^\W_]*[\d{sign_chars}])"
                rf"(?!\s+(?:{phrases_or_never(grammar.get('comparative_than'))})(?![\w]))"
            ),
            # An amount in words: "two" + " billion" + " dollars", "half a billion euros".
            "amount_words": rf"(?<![\w])(?P<words>{phrase_pattern([*data['number_words'], *(grammar.get('amount_words') or {})])})[\s-]+\Z",
            # Right after a scaled number with no currency: "or 3 million tonnes", "3 млн тонн" (a quantity, not money)
            "quantity_after": rf"(?i)[ \u00a0]*(?:{phrases_or_never(grammar.get('count_words'))})(?![\w])",
            "amount_words_currency": rf"\s+(?:(?P<code>{code_alt})|(?P<curword>(?i:{currency_word_alt})))(?![\w])",
            # Patterns scanned over long text have no look-behind in front (it
            # disables sre's fast scan); callers check the character before instead.
            "metric": rf"(?:{phrase_pattern(list(metric_of))})(?![\w])",
            # (with "the region", which extraction reads as the group named last: never a country of its own)
            "country": rf"(?:{trie_pattern([*country_of, *group_references(data)])})(?![\w])",
            "probed_group": rf"(?:{phrases_or_never(list(probed_of))})(?![\w])",
            "status": rf"(?:{phrase_pattern(list(status_of))})(?![\w])",
            "comparison_base": (
                rf"(?i)(?<![\w])(?:{phrase_pattern(data.get('comparison_base_words', []))})\s+"
                rf"(?:(?:{phrases_or_never(grammar.get('base_words'))})\s+)?(?:(?:{qualifier_alt})\s+)?\Z"
            ),
            # "the three months" + " to " + "September 2025": counted back from the month
            "months_to": rf"\s+(?:{phrases_or_never(grammar.get('months_to_words'))})\s+{optional(article)}",
            # "first half" + " of " + "2024"
            # "January-June 2024", "first half of 2024", "the April-June quarter of 2025-26" (a noun after named months)
            "period_join": (
                rf"\s*(?:,\s*)?(?:(?:{phrases_or_never(grammar.get('month_range_nouns'))})\s+(?=\S))?"
                rf"{optional(phrase_pattern(grammar.get('period_joiners') or []))}{optional(article)}\Z"
            ),
            # "$1.4 billion" + " in the " + "first half": the period is that figure's
            "figure_period_link": rf"\s*,?\s*(?:{phrase_pattern(grammar['figure_period_links'])})?\s*{optional(article)}",
            # Right before a year: a running total from that year ("since 2015").
            "since": rf"(?<![\w])(?:{phrases_or_never(grammar.get('since'))})\s+\Z",
            # After a country: "Russia accounted for" (a share of a total, so a partner).
            "partner_verb": rf"\s*(?:{phrases_or_never(grammar.get('partner_verbs'))})(?![\w])",
            # After a country, up to five words on: "remained the country's biggest trading partner" (not "Kazakhstan's largest partner").
            # "China remained its largest trading partner": after a copula, the pronoun is the other side's.
            # (words may wrap onto the next line: "Russia remained\nTajikistan's main trading partner")
            "partner_noun": rf"(?![’']s)(?:(?:{word_gap}(?!(?:{phrases_or_never(grammar.get('possessive_pronouns'))})(?![\w]))[\w’'-]+){{0,5}}?"
            rf"|{word_gap}(?:{phrases_or_never(grammar.get('copulas'))}){word_gap}(?:{phrases_or_never(grammar.get('possessive_pronouns'))})"
            rf"(?:{word_gap}[\w’'-]+){{0,3}}?){word_gap}(?:{phrases_or_never(grammar.get('partner_nouns'))})(?![\w])",
            # Before a country, a copula between: "The main trading partner remained Russia", "Основным торговым партнером
            # остается Россия" (not "партнером Казахстана", whose genitive is the side)
            "partner_noun_before": (
                rf"(?<![\w])(?:{phrases_or_never(grammar.get('partner_nouns'))}){word_gap}(?:{phrases_or_never(grammar.get('copulas'))})"
                rf"{word_gap}(?:{phrases_or_never(grammar.get('article'))}{word_gap})?\Z"
            ),
            # "It accounted for 19.9% of ...": a pronoun standing for the partner of the sentence before
            "partner_pronoun": (
                rf"\s*(?:{phrases_or_never([str(p).capitalize() for p in grammar.get('partner_pronouns') or []])})(?:[ \u00a0]+{optional(also)})?"
                rf"\s*(?:{phrases_or_never(grammar.get('partner_verbs'))})(?![\w])"
            ),
            "headline_reference": rf"(?<![\w])(?:{phrases_or_never(grammar.get('headline_references'))})(?![\w])",
            "back_reference": rf"(?<![\w])(?:{phrases_or_never(grammar.get('back_references'))})(?![\w])",
            "period_back_reference": rf"(?<![\w])(?:{phrases_or_never(grammar.get('period_back_references'))})(?![\w])",
            # "the same period of" + "2024": the months of the figures' own period, a year earlier
            "same_period": (
                rf"(?i)(?<![\w])(?:{phrases_or_never(grammar.get('same_period_cues'))})"
                rf"(?:\s+(?:{phrases_or_never(grammar.get('period_joiners'))}))?\s+\Z"
            ),
            "running_total": rf"(?<![\w])(?:{phrases_or_never(grammar.get('running_totals'))})(?![\w])",
            "year_to_date": rf"(?i)(?<![\w])(?:{phrases_or_never(grammar.get('year_to_date'))})(?![\w])",
            # "up 12% on 2023, when they stood at $4.1 billion", "в 2023 году, когда он составил": the base period's own value
            "base_value_link": rf"[\s,]*(?:[^\W\d_]{{1,8}}[\s,]+)?(?:{phrases_or_never(grammar.get('base_value_links'))})(?![\w])[^\d]{{0,40}}\Z",
            # Right after a rate: its base is the same period a year before ("down 11.6% from a year earlier").
            # ("9.8 percent higher year-on-year": a comparative may stand between)
            "rate_year_on_year": (
                rf"[\s,]*(?:(?:{phrases_or_never(grammar.get('rate_comparatives'))})\s+)?(?:{phrases_or_never(grammar.get('rate_year_on_year'))})(?![\w])"
            ),
            # Right after a comparison base's figure: its period is a year before the one it took.
            "year_earlier": rf"[\s,]*(?:{phrases_or_never(grammar.get('year_earlier'))})(?![\w])",
            # Between two figures: the second restates the first ("17.5% ($5.91 billion)", "6.1%, or $2.07 billion").
            "restatement": rf"\s*(?:\(|,?\s*(?:{phrases_or_never(grammar.get('restatements'))})\s*)\Z",
            "respectively": rf"(?i)(?<![\w])(?:{phrases_or_never(grammar.get('respectively'))})(?![\w])",
            "data_announcement": rf"(?i)(?<![\w])(?:{phrases_or_never(grammar.get('data_announcements'))})(?![\w])",
            # Between a figure and a later period: that period is a comparison base.
            # "In September alone", "только в сентябре": a period for its own sentence, not carried on.
            "aside_after": rf",?\s*(?:{phrases_or_never(grammar.get('period_aside_after'))})(?![\w])",
            "aside_before": rf"(?<![\w])(?:{phrases_or_never(grammar.get('period_aside_before'))})\s+\Z",
            # One pass finds both: a record ("the smallest since") is a base that is never the figure's own period.
            # A period range joined by a word ("January to March"): "from" before it opens the range.
            "period_word_dash": rf"(?i)(?<![\w])(?:{phrase_pattern(grammar['period_dash'])})(?![\w])",
            "base_period_cue": (
                rf"(?<![\w])(?:(?P<record>{phrases_or_never(grammar.get('record_since_cues'))})|{phrases_or_never(grammar.get('base_period_cues'))})(?![\w])"
            ),
            # A scope word ending right before a metric phrase ("agricultural" + " trade").
            # "53% of" right before a metric: the figure is a share of it ("53% of exports, worth $30.7 billion").
            # (one word may name whose: "38% of EU imports", "40% of its exports"; not a possessive, "19.9% of
            # Uzbekistan's foreign trade turnover of $65.9 billion, or $13.1 billion", where the country's total is named)
            # The link is required where the language has one ("2.4% and imports" is no share; Russian's genitive needs none).
            "share_of": (
                rf"(?:%|(?:{percent_alt})(?![\w]))\s+"
                rf"{optional(links) if grammar.get('share_link_optional') or not links else required(links)}{optional(article)}"
                r"(?:[^\W\d_][\w.-]*\s+)?\Z"
            ),
            "scope_word": rf"(?<![\w])(?:{phrase_pattern(list(scope_of))})(?![\w])",
            # Shares and their totals ("19.8% of total exports of $78.7 billion", "$3.6 billion out of $12.6 billion").
            "share_link": rf"{gap}(?:(?:{phrases_or_never(grammar.get('share_links'))}){gap}){'?' if grammar.get('share_link_optional') else ''}",
            # "of which gold accounted for $12.2 billion": a share's verb right before the figure (its subject a scope word?)
            "verb_before": rf"(?<![\w])(?:{phrases_or_never(grammar.get('partner_verbs'))}){gap}\Z",
            "part_cue": rf"(?<![\w])(?:{phrases_or_never(grammar.get('part_cues'))})(?![\w])",
            "share_noun": rf"(?<![\w])(?:{phrases_or_never(grammar.get('share_nouns'))}){gap}",
            # Right after a country: "Russia's share was $2.7 billion" (the possessive may be part of the country's name)
            "possessive_share": (
                rf"(?:{phrases_or_never(grammar.get('possessive'))})?{gap}(?:{phrases_or_never(grammar.get('possessive_share_nouns'))})(?![\w])"
            ),
            "share_noun_before": rf"(?<![\w])(?:{phrases_or_never(grammar.get('share_nouns'))}){gap}{optional(article)}\Z",
            # ... or in brackets, after the owner's noun if any: "от общего товарооборота страны (138,6 млрд долларов)"
            "whole_link": (
                rf"(?:{gap}(?:{phrases_or_never(grammar.get('whole_owners'))}))?"
                rf"(?:{gap}(?:{phrases_or_never(grammar.get('whole_links'))}){gap}|[ \u00a0]*\([ \u00a0]*)"
            ),
            # "19.8% of the total of $78.7 billion", "19.8% out of $78.7 billion": a share of the figure after it
            "share_of_total": rf"{gap}(?:{phrases_or_never(grammar.get('whole_cues'))}){gap}",
            # "of which gold accounted for $12.2 billion, or 42.5% of the total.": a share of the figure "of which" follows
            "share_of_the_total": rf"{gap}(?:{phrases_or_never(grammar.get('of_the_total'))})(?=[ \u00a0]*(?:[.,;:)]|$))",
            "whole_cue": rf"(?<![\w])(?:{phrases_or_never(grammar.get('whole_cues'))}){gap}\Z",
            "scope_before": rf"(?:{phrase_pattern(list(scope_of))})[\s-]*\Z",
            # "exports of bauxite": a lower-case word after the link (lexicon unlisted_product_links), a product if no stop word
            "unlisted_product": rf"[ \u00a0]+(?:{phrases_or_never(data.get('unlisted_product_links'))})[ \u00a0]+(?P<word>[a-z][a-z-]*[a-z])(?![\w'’-])",
            # "trade in services"; in a language with cases, the bare genitive ("экспорт пшеницы").
            "scope_after": (
                # ("a deficit in the oil and gas sector of US$1.65 billion": an article may stand before the scope)
                rf"\s+(?:(?:{phrases_or_never(data.get('scope_after_links'))})\s+(?:(?:{phrases_or_never(grammar.get('article'))})\s+)?)"
                rf"{'?' if data.get('scope_after_genitive') else ''}"
                rf"(?P<scope>{phrase_pattern(list(scope_of))})(?![\w])(?!\s+(?:{phrase_pattern(grammar['range_and'])})\s)"
            ),
            # Right after a figure: "per tonne", "/bbl", "за тонну": a unit price, not a total.
            # A word ("per", "a") needs a space after it ("at an average" is no "a t"); a sign ("/") does not.
            "per_unit": rf"[ \u00a0]?(?:(?:{phrases_or_never(per_words)})[ \u00a0]|(?:{phrases_or_never(per_signs)})[ \u00a0]?)"
            rf"(?:{phrases_or_never(data.get('per_unit'))})(?![\w])",
            "change": rf"(?:{phrase_pattern(list(change_of))})(?![\w])",
            "difference": rf"(?<![\w])(?:{phrases_or_never([*data.get('difference_cues', ()), *data.get('difference_verbs', ())])}){gap}?\Z",
            "difference_verb_far": (
                rf"(?<![\w])(?:{phrases_or_never(data.get('difference_verbs'))})\s[^.,;:!?()$€£¥₽₸]{{1,60}}?\s"
                rf"(?:{phrases_or_never(data.get('difference_verb_links'))}){gap}\Z"
            ),
            # "a decrease in the goods deficit of $6.2 billion": the change's noun, what changed, then "of"
            "difference_noun": (
                rf"(?<![\w])(?:{phrases_or_never(data.get('difference_nouns'))})\s+(?:{phrases_or_never(data.get('difference_noun_links'))})\s"
                rf"[^.;:!?\d$€£¥₽₸]{{1,40}}\s(?:{phrases_or_never(grammar['of'])})[ \u00a0]*\Z"
            ),
            # "на 78,1 млн долларов, или на 18%, больше": an aside in commas may stand between the figure and the word
            # (a decimal comma or point inside it: "или на 22,1%"), or the rate alone after "or" ("612.4 million
            # dollars or 16.7 percent more than")
            "difference_after": (
                rf"[ \u00a0]*(?:\r?\n[ \u00a0]*)?(?:,(?:[^.;,]|(?<=\d)[.,](?=\d)){{0,30}},[ \u00a0]*"
                rf"|,?[ \u00a0]*(?:{phrases_or_never(grammar.get('restatements'))}){gap}"
                rf"(?:(?:{phrases_or_never(data.get('difference_prepositions'))}){gap})?"
                rf"\d[\d.,]*[ \u00a0]*(?:%|(?:{percent_alt})(?![\w]))[ \u00a0]*,?[ \u00a0]*)?(?P<word>{phrases_or_never(difference_after)})(?![\w])"
            ),
            # "imports made up 2.98 billion dollars": "up" in a phrase that says no direction is no change
            "no_direction_before": rf"(?<![\w])(?:{phrases_or_never((data.get('change') or {}).get('neither'))})[ \u00a0]*\Z",
            "difference_preposition": rf"(?<![\w])(?:{phrases_or_never(data.get('difference_prepositions'))}){gap}\Z",
            # "total foreign trade", "overall trade": a total word before a metric phrase, or starting it.
            "total_before": rf"(?<![\w])(?:{phrases_or_never(data.get('total_words'))}){gap}\Z",
            "total_word": rf"(?:{phrases_or_never(data.get('total_words'))})(?![\w])",
            "new_value_preposition": rf"{gap}(?:{phrases_or_never(data.get('new_value_prepositions'))}){gap}\Z",
            "full_year": rf"(?i)(?<![\w])(?:{phrases_or_never(grammar.get('full_year'))})(?![\w])",
            "negative_balance": rf"(?<![\w])(?:{phrase_pattern(data['negative_balance'])})(?![\w])",
            # "the balance was negative at $3.85 billion": a sign word between the balance's name and its figure
            "negative_balance_after": rf"(?<![\w])(?:{phrases_or_never(data.get('negative_balance_after'))})(?![\w])",
            # Periods: one small pattern per form. sre scans a single literal-led
            # pattern fast, but an alternation of them several times slower.
            "period_nmonths": rf"(?P<nmonths>{numword_alt})\s+(?:{months_word})(?![\w])",
            "period_nmonths_digits": rf"(?P<nmonths>\d\d?)\s+(?:{months_word})(?![\w])",
            # "the first three quarters of 2025": January-September (not "three quarters of exports", a share)
            "period_nquarters": (
                rf"(?:{phrases_or_never([w for w, n in data['ordinals'].items() if n == 1])})\s+"
                rf"(?P<nquarters>{numword_alt})\s+(?:{phrases_or_never(grammar.get('quarters_word'))})(?![\w])"
            ),
            "period_part": rf"(?P<ordinal>{ordinal_alt})[\s-]+(?:(?P<half>{half_word})|(?P<quarter>{quarter_word}))(?![\w])",
            # "$1.05 billion in the first quarter, $1.21 billion in the second and ...": the part's noun left out
            "period_elided": (
                rf"(?:{phrase_pattern(grammar['figure_period_links'])})\s+{optional(article)}(?P<elided>{ordinal_alt})"
                rf"(?=\s*(?:[,.;:)]|\Z)|\s+(?:{phrase_pattern(grammar['range_and'])})(?![\w]))"
            ),
            # "Q1", "H2", "3Q", and a run of quarters: "Q1-Q3", "Q1–Q3" (January-September)
            "period_code": r"(?P<code>H[12]|Q[1-4]|[1-4]Q)(?:[ \u00a0]?[-\u2013\u2014][ \u00a0]?(?P<code2>Q[1-4]|[1-4]Q))?(?![\w])",
            "period_months": rf"(?P<m1>{month_alt})\.?(?:{dash}(?P<m2>{month_alt})\.?)?(?![\w])",
            "period_relative": rf"(?P<rel>{rel_alt})(?![\w])",
            # "FY25", "FY 24-25": a fiscal year in two digits, with its prefix (case as given)
            "period_fiscal_code": (
                rf"(?:{'|'.join(re.escape(str(p)) for p in data.get('period_glued_prefixes') or ()) or '(?!)'})[ \u00a0]?"
                rf"(?P<fy>\d\d)(?:[-/\u2013](?P<fy2>\d\d))?(?![\d%\w]|[.,]\d)"
            ),
            # "the first seven months of the fiscal year" (no year named: the current one)
            "current_fiscal_year": rf"\s+(?:{phrases_or_never(grammar.get('current_fiscal_year'))})(?![\w])(?!\s*(?:FY)?\s*\d)",
            # "trade with the Belt and Road partner countries", "exports to 150 countries": a partner no name gives
            "unnamed_partner": (
                rf"(?<![\w])(?:{phrases_or_never(grammar.get('unnamed_partner_links'))})\s+(?:[^\s,.;:()]+\s+){{0,5}}?"
                rf"(?:{phrases_or_never(grammar.get('unnamed_partner_nouns'))})(?![\w])"
            ),
            # "the Ministry of Trade, Industry and Energy", "the World Trade Organization": a name, no metric
            "metric_name": rf"(?<![\w])(?:{phrases_or_never(data.get('metric_names'))})(?![\w])",
            # "Ministry of Development, Industry, " + "Trade and Services": inside an office's name, capitalised words
            # joined by commas, "and", "&" (no lower-case word, no sentence end)
            "in_office_name": (
                rf"(?<![\w])(?:{phrases_or_never(data.get('office_nouns'), lower=False)})"
                rf"[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z][\w'’-]*(?:,[ \u00a0]*|[ \u00a0]+and[ \u00a0]+|[ \u00a0]+&[ \u00a0]+|[ \u00a0]+))*\Z"
            ),
            # "the fiscal year that ended in March", "the year ended June 2025": twelve months ending in the month named next
            "year_ending": rf"(?<![\w])(?:{phrases_or_never(grammar.get('year_ending'))})\s+\Z",
            # "fiscal 2024", "fiscal year 2024-25", "FY 2025": a year said to be a fiscal one
            "fiscal_before": rf"(?<![\w])(?:{phrases_or_never(grammar.get('fiscal_year_words'))})\s*\Z",
            # "2024", "2023-2024", and a split (marketing or fiscal) year "2024/25", "2024/2025", "2024-25" (a dash
            # word never splits a year: "exports in 2024 to 25 countries"); not a number's whole part ("1900.3%")
            "period_year": rf"(?P<year>(?:19|20)\d\d)(?:{dash}(?P<year2>(?:19|20)\d\d)|(?:/|-|\u2013)(?P<split>(?:19|20)?\d\d))?(?![\d%\w]|[.,]\d)",
            "speaker": rf"(?P<name>{name})(?:,)?\s+(?:{verbs})(?![\w])",
            "according_to": rf"(?:{according})\s+(?:(?P<pronoun>{object_pronouns})(?![\w])|{optional(article)}(?P<who>{word}(?:\s+{word}){{0,3}}))",
            "pronoun_speaker": rf"(?P<pronoun>{subject_pronouns})\s+{optional(also)}(?:{verbs})(?![\w])",
            # "the Kazakh side", "казахстанская сторона" (adjectives may be lower case)
            "side": rf"(?P<who>{side_word})\s+(?:{side_words})(?![\w])",
            # "Olzhas Bektenov, Prime Minister of Kazakhstan"
            "person_title": (
                rf"(?P<name>{full_name}),\s+{optional(article)}(?:{word}\s+)?(?:{titles})"
                rf"(?:\s+{required(of)}{optional(article)}{word}(?:\s+{optional(of)}{word}){{0,4}})?"
            ),
            # "Prime Minister of Kazakhstan Olzhas Bektenov"
            "title_person": (
                rf"(?:{titles})(?:\s+{required(of)}{optional(article)}{word}(?:\s+{optional(of)}{word}){{0,4}})?"
                rf",?\s+(?P<name>{full_name})"
            ),
        }
    )
    return Lexicon(
        language=language,
        decimal_separator=data["decimal_separator"],
        data=data,
        scale_of=scale_of,
        short_scales=frozenset(s.lower() for s in data.get("short_scales", [])),
        currency_of_word=currency_of_word,
        currency_of_symbol=dict(symbols),
        iso_codes=iso_codes,
        qualifier_kind=qualifier_kind,
        metric_of=metric_of,
        country_of={**country_of, **{name.lower(): code for name, code in probed_of.items()}},
        status_of=status_of,
        relative_year=relative_year,
        change_of=change_of,
        scope_of=scope_of,
        abbreviations=frozenset(str(a) for a in data.get("abbreviations", [])),
        point_words=frozenset(" ".join(w.lower().split()) for w in data["grammar"]["point_words"]),
        times_words=frozenset(" ".join(str(w).lower().split()) for w in data["grammar"].get("times_words") or ()),
        range_start=frozenset(w.lower() for w in data["grammar"]["range_start"]),
        prefix_last_chars=frozenset(str(s)[-1] for s in [*symbols, *iso_codes] if not _ends_like_a_word(str(s))),
        prefix_word_signs={end: tuple(s for s in word_signs if s[-1] == end) for end in {s[-1] for s in word_signs}},
        month_number=month_number,
        cue_hints={
            "according_to": tuple(" ".join(str(w).split())[1:] for w in grammar["according_to"]),
            "pronoun_speaker": tuple(f"{str(p).capitalize()} " for p in grammar["subject_pronouns"]),
            "side": tuple(f" {w}" for w in grammar["side_words"]),
            # Each phrase's longest word without its first letter (which may be a capital): "ndependence".
            "running_total": tuple(dict.fromkeys(max(str(p).split(), key=len)[1:] for p in grammar.get("running_totals") or [])),
            # Each whole phrase without its first letter: "ear-to-date" (a word of it, "ear", is in most sentences).
            "year_to_date": tuple(dict.fromkeys(" ".join(str(p).split())[1:] for p in grammar.get("year_to_date") or [])),
            # Each name's longest word without its first letter (which may be a capital): "inistry" ("the trade ministry
            # said"; see metric_name).
            "metric_name": _fewest_hints(max(str(p).split(), key=len)[1:] for p in data.get("metric_names") or []),
            # A probed group's names without their first letter: "uro area" (see probed_of).
            "probed_group": _fewest_hints(name[1:] for name in probed_of),
        },
        name_endings=tuple(sorted((str(e) for e in grammar.get("name_case_endings") or []), key=len, reverse=True)),
        declaring_groups=frozenset(str(code) for code in group_offices),
        regex=regex,
    )


def sentence_starts(text: str, lex: Lexicon) -> list[int]:
    """Where sentences start: after a stop that is not an abbreviation or an
    initial ("Mr.", "U.S.", "O. Bektenov") unless a blank line follows it, or
    after a blank line that does not follow a colon (a list or table it
    introduces continues its sentence)."""
    starts = [0]
    abbreviations = lex.abbreviations
    for m in lex.regex["sentence_end"].finditer(text):
        stop = m.start()
        if text[stop] == "\n" and text[max(0, stop - 8) : stop].rstrip(" \t").endswith(":"):
            continue  # "Key figures for January-June 2025:" and the list below it are one sentence
        if text[stop] == "." and stop and text[stop - 1].isdigit():
            line_start = text.rfind("\n", 0, stop) + 1
            if stop - line_start <= 3 and text[line_start:stop].strip().isdigit():
                continue  # "1. China — $4.4 bn": a numbered list item's marker, not the end of a sentence
        if text[stop] == "." and stop and text[stop - 1].isalpha():
            words = text[max(0, stop - 12) : stop].rsplit(None, 1)
            token = words[-1].lstrip("\"'(«“[") if words else ""
            last = token.rsplit(".", 1)[-1]
            abbreviated = (len(last) == 1 and last.isupper()) or last in abbreviations or token in abbreviations
            if abbreviated and m.group().count("\n") < 2:
                continue  # "Mr. Bektenov"; but "18,7 млрд долл.\n\nПо данным" ends its paragraph all the same
        starts.append(m.end())
    return starts


@lru_cache(maxsize=8)
def _unit_words(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Scale words and currency words of a language as two compiled tries
    (a regex per word cost ~50 ms per title)."""
    lex = load_lexicon(language)
    scales = [w for w in lex.scale_of if w not in lex.short_scales]
    currencies = [w for w in lex.currency_of_word if len(w) > 2]
    return tuple(re.compile(rf"(?<!\w)(?:{trie_pattern(words)})(?!\w)") for words in (scales, currencies))  # type: ignore[return-value]


def _longest(pattern: re.Pattern[str], text: str) -> str | None:
    found = [m.group() for m in pattern.finditer(text)]
    return max(found, key=len) if found else None


def named_unit(text: str, lex: Lexicon) -> tuple[str | None, str | None]:
    """(scale, currency) a title, caption or header names in ``lex``'s language
    ("thousand US dollars", "тыс. долларов США", "KZT billion", "US$ mn"): the longest
    word wins ("us dollars" over "dollars"); ISO codes count as written, in capitals,
    then currency signs; a short scale word ("mn", "m") only beside a currency.
    Used by trade tables (documents.tables) and by tables inside text (extraction.tables)."""
    words = re.findall(r"[\w.$€£¥₽₸]+", text)
    lowered = " ".join(w.lower() for w in words)
    scale_words, currency_words = _unit_words(lex.language)
    word = _longest(scale_words, lowered)
    scale = lex.scale_of[word] if word else None
    word = _longest(currency_words, lowered)
    currency = lex.currency_of_word[word] if word else None
    if currency is None:
        currency = next((t for t in words if t.upper() == t and t in lex.iso_codes), None)
    if currency is None:
        # "US$ billion"; a sign ending in a letter only as a word of its own ("R" is no sign in "Russia", nor "Rs" in "Results")
        sign = max((s for s in lex.currency_of_symbol if (s in words if s[-1].isalnum() or s[-1] == "." else s in text)), key=len, default=None)
        currency = lex.currency_of_symbol[sign] if sign else None
    if scale is None and currency is not None:
        # "US$ mn", "EUR m": a short scale word counts next to a currency (alone, "m" may be metres)
        word = _longest(_short_scale_words(lex.language), lowered)
        scale = lex.scale_of[word] if word else None
    return scale, currency


@lru_cache(maxsize=8)
def _short_scale_words(language: str) -> re.Pattern[str]:
    lex = load_lexicon(language)
    return re.compile(rf"(?<![\w.])(?:{trie_pattern(sorted(lex.short_scales & set(lex.scale_of)))})(?!\w)")


def group_references(data: dict[str, Any]) -> list[str]:
    """ "the region", "регион": words that stand for the partner group named before them."""
    return [" ".join(str(w).split()) for w in data.get("group_back_references") or ()]


@lru_cache(maxsize=1)
def group_members() -> dict[str, frozenset[str]]:
    """Partner group -> its member countries (rules/lexicon/members.yaml; groups of fixed membership only)."""
    return {str(group): frozenset(map(str, codes)) for group, codes in load_yaml(rules_dir() / "lexicon" / "members.yaml").items()}


class FiscalYear(NamedTuple):
    first_month: int  # the month it starts in
    named_by: str | None  # "end" or "start": the calendar year a fiscal year written as one year names


@lru_cache(maxsize=1)
def fiscal_years() -> dict[str, FiscalYear]:
    """Country -> its fiscal year, where not the calendar year (rules/lexicon/fiscal_years.yaml)."""
    return {
        str(code): FiscalYear(int(entry["first_month"]), entry.get("named_by"))
        for code, entry in load_yaml(rules_dir() / "lexicon" / "fiscal_years.yaml").items()
    }


@lru_cache(maxsize=1)
def aggregate_codes() -> frozenset[str]:
    """Codes of partner groups (WLD, CIS, EAEU, ...), from rules/lexicon/aggregates.yaml."""
    return frozenset(group_names())


@lru_cache(maxsize=1)
def group_names() -> dict[str, str]:
    """Partner group code -> its English name, the first one aggregates.yaml lists ("WLD" -> "World")."""
    return {str(code): str(names[0]) for code, names in load_yaml(rules_dir() / "lexicon" / "aggregates.yaml").items()}


class SharedName(NamedTuple):
    countries: dict[str, str]  # declaring (or partner) country -> its own currency
    owners: frozenset[str]  # the countries whose currency the default is
    marks: tuple[str, ...]  # lower-cased marks only the default has (ISO code, sign, adjective)
    guess: bool  # whether the default stands when no listed country's side is named
    # whether a document that writes a country's own currency elsewhere ("A$2.1 billion") keeps the default for this sign
    # (Reuters writes "A$" for Australian and "$" for US dollars; the ABS writes "$" for Australian)
    own_sign_elsewhere_keeps: bool = False


@lru_cache(maxsize=1)
def shared_currency_names() -> dict[str, SharedName]:
    """A sign or name several countries give their own currency, by the currency it is read as by
    default (currencies.yaml, ``shared_names``)."""
    shared = load_yaml(rules_dir() / "lexicon" / "currencies.yaml").get("shared_names") or {}
    return {
        str(default): SharedName(
            {str(k): str(v) for k, v in spec["countries"].items()},
            frozenset(str(c) for c in spec.get("owners") or ()),
            tuple(str(m).lower() for m in spec.get("unless") or ()),
            bool(spec.get("guess", True)),
            bool(spec.get("own_sign_elsewhere_keeps", False)),
        )
        for default, spec in shared.items()
    }


def available_languages() -> list[str]:
    return sorted(p.stem for p in (rules_dir() / "lexicon").glob("*.yaml") if p.stem not in SHARED_DATA)
