"""How numbers, money, countries and claims are written for people.

Shared by the rule kinds (message values) and the reporters, so a figure reads
the same in every output.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

from checker.extraction.numbers import format_number

SCALE_WORDS = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand"))
METRIC_LABELS = {
    "trade_turnover": "trade turnover",
    "trade_balance": "trade balance",
    "export_share": "exports' share of trade turnover",
    "import_share": "imports' share of trade turnover",
    "balance_share": "trade balance's share of trade turnover",
}


@lru_cache(maxsize=1)
def _symbols() -> dict[str, str]:
    from checker.lexicon import load_yaml, rules_dir

    symbols = load_yaml(rules_dir() / "lexicon" / "currencies.yaml")["symbols"]
    preferred: dict[str, str] = {}
    for symbol, code in symbols.items():
        preferred.setdefault(code, symbol)
    return preferred


@lru_cache(maxsize=65536)
def money(value: float, currency: str | None, *, digits: int = 3) -> str:
    """$1.7 billion, KZT 450 billion, $49 million; plain numbers below a thousand."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "unknown"
    if math.isinf(value):
        return "unbounded"
    sign = "-" if value < 0 else ""
    size = abs(value)
    text = f"{size:,.0f}"
    for factor, word in SCALE_WORDS:
        if size >= factor:
            text = f"{_significant(size / factor, digits)} {word}"
            break
    symbol = _symbols().get(currency or "", "")
    if currency is None:
        return sign + text
    if symbol and len(symbol) == 1:
        return f"{sign}{symbol}{text}"
    return f"{sign}{currency} {text}"


def _significant(number: float, digits: int) -> str:
    text = f"{number:.{digits}g}"
    if "e" in text:
        text = f"{number:,.0f}"
    return text


def full_number(value: float, currency: str | None) -> str:
    """Every digit: $1,340,000,000,000."""
    symbol = _symbols().get(currency or "", "")
    digits = f"{abs(value):,.0f}"
    sign = "-" if value < 0 else ""
    return f"{sign}{symbol}{digits}" if symbol and len(symbol) == 1 else f"{sign}{currency or ''} {digits}".strip()


def percent(fraction: float, decimals: int = 1) -> str:
    return f"{fraction * 100:.{decimals}f}%"


def unit_read_in(kind: Any, currency: Any, scale: Any) -> str:
    """The unit a bare table cell was read in, as findings and reports quote it after the number:
    "(EUR billion)", "(%)" for a "Change, %" column; "" when there is none."""
    if isinstance(currency, str) and currency:
        return f"({currency}{f' {scale}' if isinstance(scale, str) and scale else ''})"
    return "(%)" if kind == "percent" else ""


def percent_range(low: float, high: float, *, signed: bool = False) -> str:
    """ "19.7% to 19.9%" (percentages, not fractions), with a digit more while the two ends would print
    alike ("23.48% to 23.51%", not "23.5% to 23.5%"); ends alike even then are one value ("15.148%").
    ``signed`` writes "+" before a rise."""
    sign = "+" if signed else ""
    digits = 1
    while digits < 3 and f"{low:{sign}.{digits}f}" == f"{high:{sign}.{digits}f}":
        digits += 1
    if f"{low:{sign}.{digits}f}" == f"{high:{sign}.{digits}f}":
        return f"{low:{sign}.{digits}f}%"
    return f"{low:{sign}.{digits}f}% to {high:{sign}.{digits}f}%"


def ratio(x: float) -> str:
    return f"{x:,.0f}x" if x >= 10 else f"{x:.1f}x"


@lru_cache(maxsize=512)
def country_name(alpha3: str | None) -> str:
    if not alpha3:
        return "?"
    import pycountry
    from babel import Locale

    country = pycountry.countries.get(alpha_3=alpha3)
    if country is None:
        from checker.lexicon import group_names

        return group_names().get(alpha3, alpha3)  # a partner group (the world, the CIS) or an unknown code as given
    return str(Locale.parse("en").territories.get(country.alpha_2, country.name))


# English puts "the" before these names in running text ("the EU's exports",
# "imports from the Netherlands"), never in labels ("EU-China").
_ARTICLE_GROUPS = frozenset({"EUU", "CIS", "EAEU", "WLD"})
_ARTICLE_WORDS = ("United ", "Republic", "Kingdom", "Islands", "Emirates", "Federation")
_NAMES_WITH_THE = frozenset({"Netherlands", "Philippines", "Bahamas", "Maldives", "Comoros", "Seychelles", "Gambia"})


@lru_cache(maxsize=512)
def country_in_text(alpha3: str | None) -> str:
    """A country or group as a sentence names it: "Kazakhstan", "the EU", "the Netherlands", "the world"."""
    name = country_name(alpha3)
    if alpha3 == "WLD":
        return "the world"
    if alpha3 in _ARTICLE_GROUPS or name in _NAMES_WITH_THE or any(word in name for word in _ARTICLE_WORDS):
        return f"the {name}"
    return name


def possessive(name: str) -> str:
    """ "Kazakhstan's", "Laos's"; a plural name takes the apostrophe alone: "the Netherlands'", "the United States'"."""
    return f"{name}'" if name.startswith("the ") and name.endswith("s") else f"{name}'s"


def capitalised(text: str) -> str:
    """The text with its first letter capitalised ("the EU's" -> "The EU's")."""
    return text[:1].upper() + text[1:]


@lru_cache(maxsize=512)
def side_name(alpha3: str | None) -> str:
    """The adjective for a country's side ("Kazakh side"): the first alias in
    the English lexicon, by convention its adjective."""
    from checker.lexicon import load_lexicon

    aliases = load_lexicon("en").data.get("country_aliases", {}).get(alpha3 or "", [])
    return f"{aliases[0] if aliases else country_name(alpha3)} side"


@lru_cache(maxsize=256)
def metric_label(metric: str | None) -> str:
    if not metric:
        return "unclassified figure"
    return METRIC_LABELS.get(metric, metric.replace("_", " "))


def claim_label(row: dict[str, Any] | Any) -> str:
    """trade turnover, Kyrgyzstan-Kazakhstan, 2024"""
    scope = row.get("scope")  # rows are dicts or Series: both have .get
    if scope == "per_unit":  # a unit price or an exchange rate: "exports (price or rate per unit)"
        parts = [f"{metric_label(row['metric'])} (price or rate per unit)"]
    elif scope == "share":  # an unnamed part: "share of exports"
        parts = [f"share of {metric_label(row['metric'])}"]
    else:
        parts = [f"{scope} {metric_label(row['metric'])}" if scope else metric_label(row["metric"])]
    reporter, partner = row["reporter"], row["partner"]
    if reporter and partner:
        # The arrow follows the goods (or the money invested): "imports, Georgia <- Armenia" are Georgia's imports from Armenia.
        arrow = {"export": " -> ", "investment": " -> ", "import": " <- "}.get(row["flow"], "-")
        parts.append(f"{country_name(reporter)}{arrow}{country_name(partner)}")
    elif reporter:
        parts.append(country_name(reporter))
    elif partner:  # the side unnamed (a bulletin of a statistics office): "exports, to United Kingdom"
        parts.append({"export": "to ", "import": "from ", "investment": "into "}.get(row["flow"], "with ") + country_name(partner))
    parts.append(row["period_label"] or "period not stated")
    return ", ".join(parts)


def replace_number(surface: str, number_text: str, value: float, decimals: int | None) -> str:
    """The surface with its number rewritten in English style ("$1,340 billion" -> "$1.340 billion")."""
    return surface.replace(number_text, format_number(value, int(decimals or 0), "en"), 1)
