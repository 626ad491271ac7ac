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
    "The delegations discussed transport corridors, energy projects and customs procedures.",
    "Officials also reviewed the schedule of the intergovernmental commission for the coming months.",
    "The meeting took place in a constructive atmosphere, according to the press service.",
    "Both sides agreed to simplify border crossings for freight and to expand direct flights.",
    "Several memoranda on education, tourism and healthcare were signed after the talks.",
]
QUALIFIERS = ["", "", "", "about ", "almost ", "more than ", "nearly "]
PERIODS = ["in 2023", "in 2024", "last year", "in the first nine months of 2024", "in January-June 2024", "in the first quarter of 2024"]


def amount(rng: random.Random) -> str:
    style = rng.random()
    if style < 0.45:
        return f"${rng.uniform(0.1, 30):.1f} billion"
    if style < 0.75:
        return f"${rng.randint(5, 950)} million"
    if style < 0.85:
        return f"{rng.randint(10, 900)} billion tenge"
    if style < 0.95:
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
    for _ in range(rng.randint(3, 6)):
        metric = rng.choice(METRICS)
        sentence = rng.choice([
            f"{speaker} said that {rng.choice(PERIODS)} {metric} between {a} and {b} reached {rng.choice(QUALIFIERS)}{amount(rng)}.",
            f"According to him, {rng.choice(PERIODS)} the {metric} with {b} amounted to {amount(rng)}, up {rng.uniform(1, 30):.1f}% from a year earlier.",
            f"The {b_adj} side stated that {metric} {rng.choice(PERIODS)} totalled {amount(rng)}.",
            f"{a_adj} companies invested {rng.choice(QUALIFIERS)}{amount(rng)} in {b} {rng.choice(PERIODS)}.",
            f"The two governments plan to bring {metric} to {amount(rng)} by 2030.",
        ])  # fmt: skip
        lines += [sentence + " " + " ".join(rng.sample(FILLER, 2)), ""]
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
