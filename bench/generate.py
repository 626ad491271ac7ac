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


def amount(rng: random.Random) -> str:
    """Mostly well-formed amounts; about 1% with a decimal comma before "billion"."""
    style = rng.random()
    if style < 0.45:
        return f"${rng.uniform(0.1, 30):.1f} billion"
    if style < 0.75:
        return f"${rng.randint(5, 950)} million"
    if style < 0.85:
        return f"{rng.randint(10, 900)} billion tenge"
    if style < 0.99:
        return f"US$ {rng.uniform(1, 99):.2f} mln"
    return f"${rng.randint(1, 9)},{rng.randint(100, 999)} billion"


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
            sentences.insert(rng.randint(0, 2), rng.choice([
                f"{speaker} said that {rng.choice(PERIODS)} {metric} between {a} and {b} reached {rng.choice(QUALIFIERS)}{amount(rng)}.",
                f"According to him, {rng.choice(PERIODS)} the {metric} with {b} amounted to {amount(rng)}, up {rng.uniform(1, 30):.1f}% from a year earlier.",
                f"The {b_adj} side stated that {metric} {rng.choice(PERIODS)} totalled {amount(rng)}.",
                f"{a_adj} companies invested {rng.choice(QUALIFIERS)}{amount(rng)} in {b} {rng.choice(PERIODS)}.",
                f"The two governments plan to bring {metric} to {amount(rng)} by 2030.",
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
