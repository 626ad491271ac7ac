"""Generate news-like trade articles (never committed): deterministic from a seed."""

from __future__ import annotations

import random

COUNTRIES = [
    ("Kazakhstan", "Kazakh"), ("Kyrgyzstan", "Kyrgyz"), ("Uzbekistan", "Uzbek"), ("Tajikistan", "Tajik"),
    ("Russia", "Russian"), ("China", "Chinese"), ("Turkey", "Turkish"), ("Georgia", "Georgian"),
    ("Armenia", "Armenian"), ("Azerbaijan", "Azerbaijani"), ("Belarus", "Belarusian"), ("Germany", "German"),
]  # fmt: skip
PEOPLE = ["Aidar Nurlanov", "Bakyt Osmonov", "Dilshod Karimov", "Farrukh Rahimov", "Ivan Petrov", "Li Wei", "Mehmet Yilmaz"]
METRICS = ["trade turnover", "bilateral trade", "mutual trade", "exports", "imports", "trade volume"]
FILLER = [
    "Experts note that logistics costs remain the main obstacle for exporters in the region.",
    "The parties exchanged views on regional security and the situation in neighbouring states.",
    "A business forum bringing together more than two hundred companies was held on the sidelines.",
    "The ministers inspected the construction site of a new border crossing point.",
    "Particular attention was paid to digitalisation of customs and veterinary control.",
    "The next meeting of the working group is scheduled for the autumn.",
    "The delegations discussed transport corridors, energy projects and customs procedures.",
    "Officials also reviewed the schedule of the intergovernmental commission for the coming months.",
    "The meeting took place in a constructive atmosphere, according to the press service.",
    "Both sides agreed to simplify border crossings for freight and to expand direct flights.",
    "Several memoranda on education, tourism and healthcare were signed after the talks.",
]
QUALIFIERS = ["", "", "", "about ", "almost ", "more than ", "nearly "]
PERIODS = ["in 2023", "in 2024", "last year", "in the first nine months of 2024", "in January-June 2024", "in the first quarter of 2024"]


CANONICAL = {"trade turnover": "turnover", "bilateral trade": "turnover", "mutual trade": "turnover",
             "trade volume": "turnover", "exports": "exports", "imports": "imports", "investment": "investment"}  # fmt: skip


SHARE = {"turnover": 1.0, "exports": 0.6, "imports": 0.4, "investment": 0.05, "target": 2.5}
FRACTION = {"in the first nine months of 2024": 0.75, "in January-June 2024": 0.5, "in the first quarter of 2024": 0.25, "in 2023": 0.9}


def amount(rng: random.Random, claim: tuple[str, ...]) -> str:
    """A claim's amount as a newsroom prints it. Each claim has one true value
    (seeded by the claim), so most statements agree: 90% print it rounded,
    7% with up to 2% noise, 2% are 25% off (a mirror figure), 1% carry a
    decimal comma before "billion"."""
    *who, what, period = claim
    # One annual value per pair; flows and parts of the year follow from it, so
    # the identities and period rules hold for the consistent statements.
    annual = 10 ** random.Random("|".join(who)).uniform(8.0, 10.3)
    true = annual * SHARE.get(what, 1.0) * FRACTION.get(period, 1.0)
    style = rng.random()
    if style < 0.90:
        value = true
    elif style < 0.97:
        value = true * rng.uniform(0.98, 1.02)
    elif style < 0.99:
        value = true * 1.25
    else:
        return f"${int(true / 1e9) or 1},{rng.randint(100, 999)} billion"
    if rng.random() < 0.1:
        tenge = value * 470
        return f"{tenge / 1e12:.2f} trillion tenge" if tenge >= 1e12 else f"{tenge / 1e9:,.0f} billion tenge"
    if value >= 1e9:
        return f"${value / 1e9:.1f} billion"
    return f"${value / 1e6:,.0f} million" if rng.random() < 0.85 else f"US$ {value / 1e6:.2f} mln"


def article(rng: random.Random, index: int) -> str:
    (a, a_adj), (b, b_adj) = rng.sample(COUNTRIES, 2)
    speaker, other = rng.sample(PEOPLE, 2)
    lines = [
        f"date: 2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "",
        f"{a} and {b} discuss cooperation (report {index})",
        "",
        f"Prime Minister of {a} {speaker} met Prime Minister of {b} {other} in the capital.",
        "",
    ]
    figure_paragraphs = set(rng.sample(range(10), rng.randint(2, 4)))  # the sample article: ~1 figure per KB
    for paragraph in range(10):
        sentences = rng.sample(FILLER, 2)
        if paragraph in figure_paragraphs:
            metric = rng.choice(METRICS)
            period = rng.choice(PERIODS)
            pair = sorted((a, b))
            same_year = "in 2024" if period == "last year" else period  # the benchmark dates every article mid-2025
            trade = (*pair, CANONICAL[metric], same_year)
            invest = (a, b, "investment", same_year)
            target = (*pair, "target", "by 2030")
            sentences.insert(rng.randint(0, 2), rng.choice([
                f"{speaker} said that {period} {metric} between {a} and {b} reached {rng.choice(QUALIFIERS)}{amount(rng, trade)}.",
                f"According to him, {period} the {metric} with {b} amounted to {amount(rng, trade)}, up {rng.uniform(1, 30):.1f}% from a year earlier.",
                f"The {b_adj} side stated that {metric} {period} totalled {amount(rng, trade)}.",
                f"{a_adj} companies invested {rng.choice(QUALIFIERS)}{amount(rng, invest)} in {b} {period}.",
                f"The two governments plan to bring {metric} to {amount(rng, target)} by 2030.",
            ]))  # fmt: skip
        lines += [" ".join(sentences), ""]
    return "\n".join(lines)


def corpus(megabytes: float, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    texts: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        text = article(rng, len(texts))
        texts.append(text)
        size += len(text.encode("utf-8"))
    return texts
