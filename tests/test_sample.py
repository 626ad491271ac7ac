"""The sample article, and the same statements in other words, countries and amounts."""

from __future__ import annotations

import datetime as dt
import re
import shutil

import pandas as pd
import pytest

import checker
from checker import check
from tests.conftest import CORPUS, SEEDS

SEED = SEEDS / "000_2d71913308cefc30.txt"


def _codes(report):
    return [(f.code, tuple(report.figures.set_index("id").loc[list(f.figures), "surface"])) for f in report.findings]


def test_sample_article_gives_exactly_the_two_findings(tmp_path):
    target = tmp_path / SEED.name
    shutil.copy(SEED, target)
    report = check([str(target)])
    assert _codes(report) == [("TC101", ("$1,340 billion",)), ("TC202", ("$1,340 billion", "$1.7 billion"))]
    assert report.exit_code() == 1

    malformed, mirror = report.findings
    assert malformed.suggestion == "$1.340 billion"
    assert "1.34 trillion" in malformed.message and "788x" in malformed.message
    assert malformed.severity == "error"
    assert "Kyrgyz side, Adylbek Kasymaliev" in mirror.message
    assert "Kazakh side, Olzhas Bektenov" in mirror.message
    assert "26.9% apart" in mirror.message and "mirror asymmetry" in mirror.message
    assert mirror.evidence["band"] == 0.10


def test_sample_article_figures(tmp_path):
    report = check([str(SEED)])
    table = report.figures.set_index("surface")
    turnover = table.loc["$1,340 billion"]
    assert turnover["value"] == 1.34e12 and turnover["alt_value"] == 1.34e9
    assert (turnover["metric"], turnover["reporter"], turnover["partner"], turnover["period_label"]) == (
        "trade_turnover", "KGZ", "KAZ", "2024",
    )  # fmt: skip
    invest = table.loc["$49 million"]
    assert (invest["metric"], invest["qualifier"], invest["period_label"]) == ("investment", "almost", "Jan-Sep 2024")
    assert invest["value_high"] == 49e6
    kazakh = table.loc["$1.7 billion"]
    assert (kazakh["reporter"], kazakh["attribution"], kazakh["period_label"]) == ("KAZ", "Olzhas Bektenov", "2024")


def test_same_statements_other_countries_and_words():
    report = check([str(CORPUS / "by-kz-2025-06-02.txt")])
    assert _codes(report) == [("TC101", ("$2,480 billion",)), ("TC202", ("$2,480 billion", "$1.9 billion"))]
    assert "Belarusian side, Roman Golovchenko" in report.findings[1].message


def test_clean_counterpart_is_silent():
    report = check([str(CORPUS / "by-kz-2025-06-02-clean.txt")])
    assert report.findings == []
    assert report.exit_code() == 0


def test_a_malformed_figure_is_compared_with_its_own_documents_figure_first():
    # Both documents give the other 2024 turnover figure as $1.9 billion: the message names the candidate's own
    # document's, whichever order the documents come in (it had named the clean copy's, by an unstable sort).
    for order in (
        [CORPUS / "by-kz-2025-06-02-clean.txt", CORPUS / "by-kz-2025-06-02.txt"],
        [CORPUS / "by-kz-2025-06-02.txt", CORPUS / "by-kz-2025-06-02-clean.txt"],
    ):
        (malformed,) = [f for f in check([str(p) for p in order]).findings if f.code == "TC101"]
        assert "the other 2024 trade turnover figure in this document ($1.9 billion, line 11)" in " ".join(malformed.message.split())


def test_claims_across_documents_of_one_run():
    # The same claim in two documents is one body of evidence.
    report = check([str(SEED), str(CORPUS / "by-kz-2025-06-02-clean.txt")])
    assert [f.code for f in report.findings] == ["TC101", "TC202"]
    assert len(report.figures) == 6
    assert report.figures["id"].is_unique


def test_output_is_deterministic():
    from checker.reporters import get_reporter

    runs = [get_reporter(fmt)(check([str(SEEDS)]), fail_on="error", color=False) for fmt in ("json", "json", "text", "text")]
    assert runs[0] == runs[1] and runs[2] == runs[3]


def test_clean_corpus_raises_no_warning_or_error():
    # An analyst stops reading a tool that cries wolf: clean documents stay silent.
    report = check([str(CORPUS / "clean")])
    assert report.problems == []
    assert [(f.code, f.message) for f in report.findings if f.severity in ("error", "warning")] == []
    assert len(report.figures) >= 15


@pytest.mark.parametrize("path", sorted((CORPUS / "clean-each").iterdir()), ids=lambda p: p.name)
def test_each_clean_document_alone_raises_no_warning_or_error(path):
    # Stories whose figures differ from one another's (other sources, other dates): each is silent alone.
    report = check([str(path)])
    assert report.problems == []
    assert [(f.code, f.message) for f in report.findings if f.severity in ("error", "warning")] == []


def _wrapped(text: str, width: int) -> str:
    """The text as a PDF or an e-mail wraps it: each paragraph's lines folded at ``width`` columns (spaces
    between digit groups kept, as a typesetter keeps "39 452,7" on one line)."""
    import textwrap

    kept = re.sub(r"(?<=\d) (?=\d{3}\b)", "\u00a0", text)
    return "\n".join(textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False) if line else line for line in kept.split("\n"))


def _readings(table):
    columns = ["metric", "reporter", "partner", "period_label", "status", "role"]
    return sorted((" ".join(str(r["surface"]).split()), *("" if pd.isna(r[c]) else str(r[c]) for c in columns)) for _, r in table.iterrows())


@pytest.mark.parametrize("path", sorted(p for p in (CORPUS / "clean-each").iterdir() if p.suffix == ".txt"), ids=lambda p: p.name)
def test_a_clean_document_wrapped_at_a_fixed_width_reads_the_same(path):
    # Text wrapped at 58 columns had lost bases ("по сравнению с\nянварем-сентябрем 2024 года" made 2024 the carried
    # period), changes ("increased\n$102.4 billion"), partners ("Russia remained\nTajikistan's main trading partner"),
    # signs ("USD\n14,092.3 million"), groups ("the European\nUnion") and shares ("percent of the\ntotal").
    text = path.read_text(encoding="utf-8")
    language = "ru" if path.stem.endswith("-ru") else "en"
    date = dt.date.fromisoformat(re.search(r"\d{4}-\d{2}-\d{2}", path.name).group())
    original = checker.extract(text, doc=path.name, doc_date=date, language=language)
    wrapped = checker.extract(_wrapped(text, 58), doc=path.name, doc_date=date, language=language)
    assert _readings(wrapped) == _readings(original)


def test_identities_hold_for_a_country_with_the_world(tmp_path):
    # A national bulletin: totals with no partner country are the reporter's trade with the world.
    text = (CORPUS / "clean" / "uz-bulletin-2024-h1.md").read_text().replace("deficit of $4.7 billion", "deficit of $5.7 billion")
    doc = tmp_path / "bulletin.md"
    doc.write_text(text)
    report = check([str(doc)])
    assert [f.code for f in report.findings] == ["TC302"]
    assert "-$4.7 billion" in report.findings[0].message


@pytest.mark.parametrize(
    ("name", "old", "new", "code"),
    [
        ("kz-cn-2025-03-01.txt", "about $20.4 billion", "about $30.4 billion", "TC205"),
        ("uz-tj-2023-mirror.csv", "TJK,UZB,M,2023,530000000", "TJK,UZB,M,2023,730000000", "TC204"),
        ("uz-tj-2023-mirror.csv", "UZB,TJK,X,2023,500000000", "UZB,TJK,X,2023,50000000000", "TC601"),
        ("kz-cn-2025-02-12-ru.txt", "импорт — 23,4 млрд", "импорт — 25,4 млрд", "TC301"),
        # The bulletin's later sentences carry "January-September 2025" on, past "than in January-September 2024".
        ("kz-bulletin-2025-11-14.txt", "narrowed to US$ 13.2 billion", "narrowed to US$ 12.2 billion", "TC302"),
        ("kz-bulletin-2025-11-14.txt", "Exports totalled US$ 57.9 billion", "Exports totalled US$ 67.9 billion", "TC301"),
        ("kg-eaeu-table-2025-04-02.md", "| 3,201.0 ", "| 3,101.0 ", "TC301"),  # a row of a table of partners
        # Bullets "В том числе:" after the turnover with the world are its parts, not trade with Kazakhstan.
        ("kg-release-2025-11-18-ru.txt", "экспорт — 2,9 млрд", "экспорт — 3,9 млрд", "TC301"),
        # "The negative trade balance was 564.8 million": a deficit; "an increase of 4,213.5 million" is no second turnover.
        ("uz-release-2025-07-18.html", "balance was 564.8 million", "balance was 664.8 million", "TC302"),
        # "на 78,1 млн долларов, или на 18%, больше": the change and its rate, checked against each other.
        ("uz-tj-2025-08-25-ru.txt", "или на 18%, больше", "или на 28%, больше", "TC304"),
        # Customs wire copy: China's total trade with the world ($6.16 trillion) beside trade with Russia, and a yuan total.
        ("cn-ru-2025-01-13.txt", "1.74 trillion yuan", "2.74 trillion yuan", "TC205"),
        ("cn-ru-2025-01-13.txt", "fell 0.5% to $115.5 billion", "fell 0.5% to $125.5 billion", "TC301"),
        # A statistics office's monthly release: "compared with" after a figure introduces its base, not the figure.
        ("tr-release-2025-11-04.txt", "deficit was $7.1 billion", "deficit was $8.1 billion", "TC302"),
        ("tr-release-2025-11-04.txt", "rose 5.2% to $300.2 billion", "rose 5.2% to $310.2 billion", "TC302"),
        # Quarters named once, then "in the second" and "in the third": they add up to January-September.
        ("kz-uz-quarters-2025-10-28.txt", "$1.32 billion in the third", "$1.42 billion in the third", "TC402"),
        # A web release's bulleted list (exports, imports) and "mln. USD": the balance is their difference.
        ("kg-release-2025-11-14.html", "balance was 6 009,9 mln. USD", "balance was 6 109,9 mln. USD", "TC302"),
        ("kg-release-2025-11-14.html", "Imports – 8 922,2 mln. USD", "Imports – 8 942,2 mln. USD", "TC301"),
        # A wire story on a national release: "of which gold accounted for", a partner "followed by" others.
        ("uz-oct-2025-11-20.txt", "Imports increased 18.9% to $35.4 billion", "Imports increased 18.9% to $36.4 billion", "TC301"),
        ("uz-oct-2025-11-20.txt", "or 42.5% of the total", "or 45.5% of the total", "TC306"),
        # Shares with their parts and totals: "X accounted for P% of Y's trade of $W, or $A", "$A out of $W", respectively.
        ("kz-partners-2025-03-14.txt", "or $43.8 billion", "or $48.8 billion", "TC306"),
        ("kz-partners-2025-03-14.txt", "19.8%: $28.0 billion", "21.8%: $28.0 billion", "TC306"),
        ("kz-partners-2025-03-14.txt", "25.9% and 11.5%", "25.9% and 13.5%", "TC306"),
        # (clean-each)
        ("kg-eaeu-shares-2025-08-14-ru.md", "| 701,5 | 32,6 |", "| 701,5 | 36,6 |", "TC306"),  # a table's share column
        ("kg-eaeu-shares-2025-08-14-ru.md", "| 58,4 | 2,7 | 18,1 |", "| 58,4 | 2,7 | 28,1 |", "TC301"),
        ("uz-partners-2025-10-21.html", "<td>6.0</td>", "<td>6.8</td>", "TC306"),  # against the text's total
        ("uz-cn-wire-2025-11-20.txt", "higher figure of $12.4 bln", "higher figure of $13.4 bln", "TC202"),
        ("az-ge-2025-09-18.txt", "put the figure at $598.2 million", "put the figure at $558.2 million", "TC202"),
        ("kz-uz-2025-10-22-ru.txt", "импорт — 1 180,7 млн", "импорт — 1 280,7 млн", "TC301"),
        ("eu-ca-2025-05-12.txt", "an increase of 12.1%", "an increase of 16.1%", "TC303"),
        ("eu-ca-2025-05-12.txt", "stood at €16.8 billion", "stood at €18.8 billion", "TC302"),
        ("uz-ru-share-2025-08-04.txt", "leaving a deficit of $0.6 billion", "leaving a deficit of $1.6 billion", "TC302"),
        ("kg-release-2025-10-15.txt", "imports to 7,766.8 million", "imports to 7,966.8 million", "TC301"),
        ("kz-wire-2025-11-12.txt", "imports rose 8.2% to US$44.7bn", "imports rose 8.2% to US$47.7bn", "TC301"),
        ("tj-ru-2025-04-10.txt", "or 25.2%", "or 35.2%", "TC304"),
        ("tj-ru-2025-04-10.txt", "amounted to $28.4 million", "amounted to $38.4 million", "TC301"),
        ("tj-ru-2025-04-10.txt", "were $402.5 million", "were $502.5 million", "TC204"),
        ("tj-ru-2025-04-10.txt", "accounted for 22.7%", "accounted for 27.7%", "TC306"),  # the part in another sentence
        ("uk-trade-2025-05-15.txt", "stood at £51.2 billion", "stood at £55.2 billion", "TC302"),
        ("mn-cn-2025-02-05.txt", "MNT 86.1 trillion", "MNT 61.1 trillion", "TC205"),  # "total turnover": with the world
        ("mn-cn-2025-02-05.txt", "or 71.9 percent", "or 75.9 percent", "TC306"),
        ("mn-cn-2025-02-05.txt", "Exports amounted to US$15.8 billion", "Exports amounted to US$17.8 billion", "TC301"),
        ("kz-doubling-2025-06-10.txt", "from $1.4 billion in 2019", "from $1.9 billion in 2019", "TC303"),  # "doubled"
        ("kz-doubling-2025-06-10.txt", "from $0.5 billion", "from $0.9 billion", "TC303"),  # "tripled"
        ("ge-geostat-2025-11-19.txt", "(14.0%)", "(16.0%)", "TC306"),  # a list of partners, the total in another sentence
        ("ge-geostat-2025-11-19.txt", "or 57.4%", "or 51.4%", "TC306"),  # a scoped part, the total in another sentence
        ("ge-geostat-2025-11-19.txt", "USD 5,112.3 million", "USD 5,312.3 million", "TC301"),  # a preliminary total
        # "Основными торговыми партнерами стали ... Казахстан (1,6 млрд долларов)": the list is turnover, the mirror figure after it
        ("kg-release-2025-11-18-ru.txt", "Казахстан (1,6 млрд", "Казахстан (1,2 млрд", "TC202"),
        ("uz-ru-list-2025-08-20.txt", "(18,9%);", "(13,9%);", "TC306"),  # "Основные торговые партнеры:" after the total
        ("uz-ru-list-2025-08-20.txt", "или 39,3%", "или 33,3%", "TC306"),
        ("uz-ru-list-2025-08-20.txt", "против 541,6", "против 641,6", "TC303"),  # "в полтора раза"
        ("kz-tenge-2025-11-25.txt", "(21.3% of the total)", "(25.3% of the total)", "TC306"),  # a partner among several, the total before
        ("kz-cn-ru-2025-03-05.txt", "пришлось 26% экспорта", "пришлось 35% экспорта", "TC306"),  # a scoped part after its share, the total before
        ("eu-uz-2025-04-22.txt", "made up 38% of EU imports", "made up 48% of EU imports", "TC306"),  # the total is the pair's own imports
        ("eu-uz-2025-04-22.txt", "at $6.0 billion", "at $8.0 billion", "TC204"),  # euros against dollars
        ("kz-ru-2025-09-15-ru.txt", "составила 18,2%", "составила 22,2%", "TC306"),  # a share alone: part and total elsewhere
        ("uz-ru-share-2025-08-04.txt", "percentage points to 15.4%", "percentage points to 16.9%", "TC306"),
        ("tr-2025-11-04.txt", "from $216.2 billion", "from $206.2 billion", "TC303"),  # the base "in the same period of 2024"
        ("cn-ca-2025-05-12.txt", "reached 181.36 billion yuan", "reached 191.36 billion yuan", "TC301"),  # "to the region"
        ("cn-ca-2025-05-12.txt", "(about 39.8 billion", "(about 49.8 billion", "TC205"),
        ("cn-ca-2025-05-12.txt", "accounting for 34.2 percent", "accounting for 39.2 percent", "TC306"),  # of the group's total
        ("tj-2025-10-20-ru.txt", "составил 48,6%", "составил 44,6%", "TC306"),  # "Удельный вес стран СНГ": the CIS's share
        ("tj-2025-10-20-ru.txt", "Экспорт составил 1 874,6", "Экспорт составил 1 974,6", "TC301"),
        ("kz-wire-2025-10-14.txt", "or $30.7 bln", "or $34.7 bln", "TC306"),
        ("kg-som-2025-11-20.txt", "accounted for 38.1% of the total", "accounted for 34.1% of the total", "TC306"),  # a group's share
        ("kg-som-2025-11-20.txt", "almost 57% of all imports", "almost 47% of all imports", "TC306"),
        ("kz-wire-2025-10-14.txt", "imports rose 8.2% to $44.7 bln", "imports rose 8.2% to $46.7 bln", "TC302"),
        ("tr-2025-11-04.txt", "deficit by 18.4% to $5.8 billion", "deficit by 18.4% to $6.8 billion", "TC302"),
        ("kz-ru-2025-09-15-ru.txt", "6,2 трлн тенге", "7,2 трлн тенге", "TC205"),
        ("kz-tenge-2025-11-25.txt", "34.5 trillion tenge", "38.5 trillion tenge", "TC205"),
        ("kz-tenge-2025-11-25.txt", "surplus of $18.2 bln", "surplus of $14.2 bln", "TC302"),
        ("us-census-2025-11-05.txt", "down $6.5 billion", "down $5.5 billion", "TC307"),  # U.S. Census style: no "by"
        ("us-census-2025-11-05.txt", "imports were $342.1 billion", "imports were $352.1 billion", "TC302"),  # "goods and services deficit"
        ("us-census-2025-11-05.txt", "to $31.6 billion", "to $33.6 billion", "TC302"),  # the partner of the sentence before (China)
        ("us-census-2025-11-05.txt", "to $26.3 billion", "to $24.3 billion", "TC311"),  # goods deficit + services surplus
        ("in-pib-2025-11-17.txt", "is USD 38.51 Billion", "is USD 39.51 Billion", "TC311"),  # "(Merchandise and Services combined)"
        ("in-pib-2025-11-17.txt", "was USD 41.68 Billion", "was USD 40.68 Billion", "TC302"),
        ("ge-geostat-2025-11-19.txt", "turnover was 46.8%", "turnover was 48.8%", "TC312"),  # "its share in external trade turnover"
        ("kz-stat-2025-11-17-ru.txt", "то есть на 7,1", "то есть на 6,1", "TC307"),
        ("kz-stat-2025-11-17-ru.txt", "вырос на 2,5", "вырос на 3,5", "TC307"),  # the period after "с 44,0 млрд" is the base's
        ("kz-stat-2025-11-17-ru.txt", "или на 2%", "или на 4%", "TC304"),
        ("in-ca-2025-09-10.txt", "surplus of Rs 298.1 crore", "surplus of Rs 398.1 crore", "TC302"),  # crore, a fiscal year
        ("in-ca-2025-09-10.txt", "from $1.8 billion in 2023-24", "from $2.8 billion in 2023-24", "TC501"),
        ("uz-kun-2025-10-16-ru.txt", "или на 22,1%", "или на 25,1%", "TC304"),  # a decimal comma in the aside
        ("uz-kun-2025-10-16-ru.txt", "или 47,5% всего экспорта", "или 41,5% всего экспорта", "TC306"),  # "с начала года", "всего экспорта"
        ("uz-kun-2025-10-16-ru.txt", "импорт — 30,8", "импорт — 31,8", "TC301"),
        ("az-trend-2025-10-20.txt", "accounting for 22.4%", "accounting for 25.4%", "TC306"),
        ("az-trend-2025-10-20.txt", "59.8 billion manats", "49.8 billion manats", "TC205"),  # bare "manat": Azerbaijan's
        ("az-trend-2025-10-20.txt", "balance of $4.4 billion", "balance of $5.4 billion", "TC302"),
        ("kz-mti-2025-11-24.txt", "imports reached $1.2 billion", "imports reached $1.5 billion", "TC301"),  # after a target by 2030
        ("tj-asiaplus-2025-07-25.txt", "or 16.7 percent more", "or 19.7 percent more", "TC304"),  # the rate after "or", no commas
        ("tj-asiaplus-2025-07-25.txt", "made up 2.98 billion", "made up 3.08 billion", "TC301"),  # "made up" is no change
        ("tj-asiaplus-2025-07-25.txt", "or 45.7 percent of the total", "or 48.7 percent of the total", "TC306"),  # headline and text agree
        ("tj-asiaplus-2025-07-25.txt", "46.9 billion somoni", "36.9 billion somoni", "TC205"),
        ("kg-24kg-2025-11-10-ru.txt", "или 30,4%", "или 34,4%", "TC306"),  # "Со странами ЕАЭС товарооборот": the EAEU is the partner
        ("kg-24kg-2025-11-10-ru.txt", "достигло $6,6", "достигло $5,6", "TC302"),
        ("cn-xinhua-2025-11-07.txt", "5.24 trillion U.S. dollars", "6.24 trillion U.S. dollars", "TC205"),  # "total goods imports and exports"
        ("cn-xinhua-2025-11-07.txt", "surplus of 6.93 trillion", "surplus of 7.93 trillion", "TC302"),
        ("kz-astana-times-2025-08-12.txt", "of the turnover, or 20.2%", "of the turnover, or 22.2%", "TC306"),  # the metric before "or"
        ("kz-astana-times-2025-08-12.txt", "down 2.1%", "down 3.1%", "TC303"),
        ("kz-astana-times-2025-08-12.txt", "19.3 trillion tenge", "16.3 trillion tenge", "TC205"),
        ("kz-kazinform-2025-12-15-ru.txt", "составило $4,6 млрд", "составило $5,6 млрд", "TC302"),  # "отрицательное сальдо торговли с"
        ("kz-kazinform-2025-12-15-ru.txt", "составил $15,9 млрд", "составил $16,9 млрд", "TC301"),
        # A statistics office's bulletin that never names its own country: its side goes unnamed.
        ("tr-turkstat-2025-12-02.txt", "deficit was USD 6.9 billion", "deficit was USD 5.9 billion", "TC302"),
        ("tr-turkstat-2025-12-02.txt", "widened by 11.5%", "widened by 12.5%", "TC303"),  # a deficit's rate is of its size
        ("tr-turkstat-2025-12-02.txt", "a decrease of 2.8%", "a decrease of 5.8%", "TC303"),
        ("tr-turkstat-2025-12-02.txt", "ratio was 77.7%", "ratio was 79.7%", "TC308"),  # exports / imports
        # A rate on a year earlier beside a base of the month before: the base is the direction's only.
        ("cn-ru-reuters-2025-11-07.txt", "down from $20.3 billion", "up from $20.3 billion", "TC501"),
        ("cn-ru-reuters-2025-11-07.txt", "slid 8.1% to $92.8 billion", "slid 8.1% to $93.8 billion", "TC302"),
        ("cn-ru-reuters-2025-11-07.txt", "surplus of $954.6 billion", "surplus of $934.6 billion", "TC302"),  # trade with the world
        # "на 7,5% больше, чем в сентябре 2024 года, и на 3,1 млн долларов меньше, чем в августе": two comparisons, no TC304
        ("by-belta-2025-11-21-ru.txt", "составил 712,4 млн", "составил 702,4 млн", "TC301"),
        ("by-belta-2025-11-21-ru.txt", "размере 284,8 млн", "размере 294,8 млн", "TC302"),
        # "The negative balance of foreign trade", "the FTT", a preliminary value with its change and rate
        ("uz-stat-2025-10-20.txt", "trade was 3,850.1 million", "trade was 3,950.1 million", "TC302"),
        ("uz-stat-2025-10-20.txt", "or 13.4%", "or 15.4%", "TC304"),
        ("uz-stat-2025-10-20.txt", "or 34.7% of the total", "or 36.7% of the total", "TC306"),
        ("uz-stat-2025-10-20.txt", "in the FTT was 46.3%", "in the FTT was 48.3%", "TC309"),  # exports / turnover
        ("uz-stat-2025-10-20.txt", "share of imports 53.7%", "share of imports 51.7%", "TC310"),  # the turnover elided
        ("kz-cn-monthly-2025-11-20.md", "| 7.1 |", "| 9.1 |", "TC305"),  # a month's "y/y, %" column
        ("kz-ru-mti-2025-11-25-ru.txt", "в 1,1 раза больше", "в 1,5 раза больше", "TC303"),  # the direction after the multiplier
        ("kz-ru-mti-2025-11-25-ru.txt", "сальдо торговли составило 6,6", "сальдо торговли составило 5,6", "TC302"),
        # "Gold exports, the country's main export item, totaled $1.05 billion": gold's, not the exports'
        ("kg-akipress-2025-11-26.txt", "or 42.3% of total exports", "or 45.3% of total exports", "TC306"),
        ("kg-akipress-2025-11-26.txt", "accounted for 34.2%", "accounted for 36.2%", "TC306"),
        ("kg-akipress-2025-11-26.txt", "deficit amounted to $7.91", "deficit amounted to $7.81", "TC302"),
        ("kg-akipress-2025-11-26.txt", "or $4.40 billion", "or $5.40 billion", "TC306"),  # the share restated in money is the EAEU's
        ("kg-akipress-2025-11-26.txt", "Russia amounted to $2.86 billion", "Russia amounted to $4.96 billion", "TC601"),  # more than the EAEU's
        # A national report by partner is about no pair: its world totals are no trade with the United States
        ("jp-mof-2025-11-19.txt", "deficit of 231.8 billion yen", "deficit of 331.8 billion yen", "TC302"),
        ("am-armstat-2025-11-20.txt", "(12.4%)", "(14.4%)", "TC306"),  # a partner's share after its value, in a list
        ("am-armstat-2025-11-20.txt", "or 29.4% of", "or 31.4% of", "TC306"),
        ("am-armstat-2025-11-20.txt", "USD 3,075.9 million", "USD 3,175.9 million", "TC302"),
        ("am-armstat-2025-11-20.txt", "6,731.2 billion drams", "5,731.2 billion drams", "TC205"),  # "drams"
        # The euro area and the EU, each with the rest of the world ("extra-EU imports" are the EU's)
        ("eu-eurostat-2025-11-17.txt", "an increase of 3.5%", "an increase of 4.5%", "TC303"),
        ("eu-eurostat-2025-11-17.txt", "imports stood at €209.9 bn", "imports stood at €219.9 bn", "TC303"),
        ("tj-uz-asiaplus-2025-11-18-ru.txt", "составила 9,4%", "составила 11,4%", "TC306"),  # a partner's share stated alone
        ("tj-uz-asiaplus-2025-11-18-ru.txt", "составило 174,5", "составило 184,5", "TC302"),
        ("tj-uz-asiaplus-2025-11-18-ru.txt", "на 12,1% больше", "на 14,1% больше", "TC303"),
        # "the first four months of fiscal year 2025-26" are July-October 2025; a rate before its value in a crowded sentence
        ("pk-pbs-2025-11-03.txt", "up 38.1%", "up 36.1%", "TC303"),
        ("pk-pbs-2025-11-03.txt", "fell 5.5%", "fell 7.5%", "TC303"),
        ("pk-pbs-2025-11-03.txt", "imports $5.14 billion", "imports $5.24 billion", "TC302"),
        ("uk-ons-2025-11-13.txt", "to £18.4 billion", "to £19.4 billion", "TC302"),  # "the three months to September 2025"
        ("au-abs-2025-11-06.txt", "to A$41.7 billion", "to A$44.7 billion", "TC302"),  # the base "a revised" carries no period
        ("au-abs-2025-11-06.txt", "narrowed to A$3.94 billion", "narrowed to A$4.94 billion", "TC501"),
        ("kz-kapital-2025-11-21-ru.txt", "Китай (22,5%)", "Китай (24,5%)", "TC306"),  # partners' shares in brackets
        ("kz-kapital-2025-11-21-ru.txt", "составила 55,9%", "составила 57,9%", "TC309"),  # "Доля экспорта во внешнеторговом обороте"
        # "Отрицательное сальдо в торговле с Китаем" is the balance (it was the turnover: a false TC201)
        ("kg-cn-interfax-2025-11-24-ru.txt", "достигло 4,63", "достигло 4,83", "TC302"),
        ("kg-cn-interfax-2025-11-24-ru.txt", "пришлось 37,4%", "пришлось 39,4%", "TC306"),  # a share, no unnamed part
        ("kg-cn-interfax-2025-11-24-ru.txt", "на 14,1% больше", "на 16,1% больше", "TC305"),
        # India's fiscal 2024-25 is April-March; "merchandise" holds for the imports and the deficit; the U.S., named late, is no pair
        ("in-reuters-2025-11-17.txt", "deficit of $282.82 billion", "deficit of $292.82 billion", "TC302"),
        # "the fiscal year that ended in March" is Japan's fiscal 2024
        ("jp-reuters-2025-04-17.txt", "deficit of 5.52 trillion yen", "deficit of 6.52 trillion yen", "TC302"),
        ("kr-yonhap-2025-11-01.txt", "surplus of $6.02 billion", "surplus of $7.02 billion", "TC302"),  # "Outbound shipments" are exports
        ("cn-xinhua-2025-10-13.txt", "to 19.95 trillion yuan", "to 18.95 trillion yuan", "TC301"),  # "the first three quarters of 2025"
        ("uz-stat-soum-2025-11-20.txt", "balance was USD 5.6 billion", "balance was USD 6.6 billion", "TC302"),  # "The negative foreign trade balance"
        ("uz-stat-soum-2025-11-20.txt", "or 34.9% of the FTT", "or 36.9% of the FTT", "TC306"),
        # "cotton fibre exports" are cotton's (they had been total exports: a false TC201 once a national total is the world's)
        ("tj-avesta-2025-11-18.txt", "imports amounted to 5.13 billion", "imports amounted to 4.93 billion", "TC302"),
        ("tj-avesta-2025-11-18.txt", "or 21.3 percent of the total", "or 23.3 percent of the total", "TC306"),
        ("tj-avesta-2025-11-18.txt", "totalled 21.3 billion somoni", "totalled 25.3 billion somoni", "TC205"),
        # "Основным торговым партнером остается Россия" is the partner (it had declared Belarus its partner); partners no
        # name gives ("со странами Персидского залива") are no trade with the world (false TC201 against the totals)
        ("by-belstat-2025-11-24-ru.txt", "или 58,7%", "или 60,7%", "TC306"),
        ("by-belstat-2025-11-24-ru.txt", "размере 2,4 млрд", "размере 3,4 млрд", "TC302"),
        # "countries other than the United States" are every other partner (they had been the United States, sides swapped)
        ("ca-statcan-2025-11-04.txt", "up 5.2% to $26.5 billion", "up 5.2% to $28.5 billion", "TC302"),
        ("ca-statcan-2025-11-04.txt", "August to $6.1 billion", "August to $7.1 billion", "TC302"),
        # "a deficit in the oil and gas sector": energy and non-energy parts against the total
        ("id-bps-2025-10-15.txt", "US$5.99 billion", "US$6.99 billion", "TC313"),
        ("id-bps-2025-10-15.txt", "reached US$24.68 billion", "reached US$25.68 billion", "TC302"),
        # the rand sign; a heading's country is no list with the next line's (the release had become a pair with China)
        ("za-sars-2025-11-28.txt", "surplus of R16.05 billion", "surplus of R15.05 billion", "TC302"),
        ("za-sars-2025-11-28.txt", "deficit of R9.8 billion", "deficit of R8.8 billion", "TC302"),
        # two differences, each with its rate, their values in the sentence before
        ("za-sars-2025-11-28.txt", "R12.95 billion (7.0%)", "R12.95 billion (9.0%)", "TC304"),
        ("za-sars-2025-11-28.txt", "R4.90 billion (2.8%)", "R4.90 billion (4.8%)", "TC304"),
        ("vn-gso-2025-11-06.txt", "USD 43.62 billion", "USD 45.62 billion", "TC301"),  # "Export turnover" is exports
        ("cl-copper-2025-11-07.txt", "surplus of $1.27 billion", "surplus of $1.47 billion", "TC302"),  # "the world's top copper producer"
        # "$" is the ABS's own dollar
        ("au-abs-dollars-2025-11-06.txt", "rose $2,112m (5%)", "rose $2,112m (7%)", "TC304"),
        ("au-abs-dollars-2025-11-06.txt", "surplus of $4,604m", "surplus of $4,804m", "TC302"),
        # ", to SAR 95.3 billion" is the new value; merchandise exports are the share's whole
        ("sa-gastat-2025-11-25.txt", "SAR 30.2 billion", "SAR 31.2 billion", "TC313"),
        ("sa-gastat-2025-11-25.txt", "or 14.8%", "or 16.8%", "TC306"),
        ("sa-gastat-2025-11-25.txt", "SAR 23.7 billion", "SAR 25.7 billion", "TC302"),
        # "export sales", "the total import bill for goods", "the balance of trade in goods ... a deficit": all goods
        ("ph-psa-2025-11-10.txt", "deficit of $3.36 billion", "deficit of $3.56 billion", "TC302"),
        ("ph-psa-2025-11-10.txt", "amounted to $17.24 billion", "amounted to $17.44 billion", "TC301"),
        ("ph-psa-2025-11-10.txt", "or 16.1 percent", "or 18.1 percent", "TC306"),
        # "the July-October period of the current fiscal year 2025-26"; knitwear and woven garments are parts
        ("bd-epb-2025-11-03.txt", "rose 2.22 percent", "rose 3.22 percent", "TC303"),
        ("bd-epb-2025-11-03.txt", "accounting for 80.2 percent", "accounting for 82.2 percent", "TC306"),
        # "the Ministry of Development, Industry, Trade and Services (MDIC) said": no turnover; an office's figure is the world's
        ("br-secex-2025-11-06.txt", "fell 1.2% to US$24.9", "fell 1.2% to US$25.9", "TC302"),
        ("br-secex-2025-11-06.txt", "surplus reached US$52.4 billion", "surplus reached US$53.4 billion", "TC302"),
        # "merchandise trade balance registered a surplus of": the goods balance
        ("mx-inegi-2025-11-26.txt", "surplus of 2,449 million", "surplus of 2,649 million", "TC302"),
        ("mx-inegi-2025-11-26.txt", "fell 18.2 percent to 2,265", "fell 18.2 percent to 2,465", "TC313"),
        # "The coverage ratio of exports to imports stood at 75.6%" (it had been an imports rate)
        ("tr-aa-2025-11-04.txt", "stood at 75.6%", "stood at 77.6%", "TC308"),
        ("tr-aa-2025-11-04.txt", "by 1.2% to $7.4 billion", "by 1.2% to $7.9 billion", "TC302"),
        ("kr-motie-2025-12-01.txt", "surplus of $9.7 billion", "surplus of $10.7 billion", "TC302"),  # "Ministry of Trade, Industry and Resources"
        # "На долю России пришлось 15,7% товарооборота, или 9,95 млрд долларов": Russia's trade, restated
        ("uz-ru-gazeta-2025-11-21-ru.txt", "пришлось 15,7%", "пришлось 17,7%", "TC306"),
        ("uz-ru-gazeta-2025-11-21-ru.txt", "составило 5,6 млрд", "составило 6,6 млрд", "TC302"),
        # the base's "in the same month of the previous year" is no later figure's period; "non-petroleum exports"
        ("eg-capmas-2025-11-12.txt", "to $8.03 billion", "to $8.23 billion", "TC302"),
        ("eg-capmas-2025-11-12.txt", "rose 24.6% to $3.61", "rose 24.6% to $3.81", "TC313"),
    ],
)
def test_clean_documents_turn_into_their_finding_when_one_number_changes(tmp_path, name, old, new, code):
    # Positive controls for the clean corpus: silence there is not blindness.
    folder = CORPUS / "clean" if (CORPUS / "clean" / name).exists() else CORPUS / "clean-each"
    text = (folder / name).read_text(encoding="utf-8")
    assert old in text
    doc = tmp_path / name
    doc.write_text(text.replace(old, new), encoding="utf-8")
    assert code in [f.code for f in check([str(doc)]).findings]


def test_wire_copy_naming_each_sides_figure_gives_the_mirror_asymmetry(tmp_path):
    # One sentence per paragraph, the period named once, the second side's figure as "the figure".
    doc = tmp_path / "wire.txt"
    doc.write_text(
        "March 5, 2025\n\n"
        "DUSHANBE, March 5 (Reuters) - Tajikistan and Uzbekistan aim to lift bilateral trade to $2 billion by 2027, Tajik President Emomali Rahmon said.\n\n"
        "Trade between the two neighbours reached $715.6 million last year, up 20% from 2023, according to Tajik official data.\n\n"
        "Uzbekistan's statistics agency put the figure higher, at $822 million.\n"
    )
    findings = check([str(doc)]).findings
    assert [(f.code, f.severity) for f in findings] == [("TC202", "warning")]
    assert "$715.6 million" in findings[0].message and "$822 million" in findings[0].message and ", 2024:" in findings[0].message
    assert "(Tajik side, line 5)" in findings[0].message  # "according to Tajik official data": the side, said once


def test_parts_of_a_period_from_two_offices_documents_are_not_summed(tmp_path):
    # A Kazakh article's quarters and an Uzbek release's half-year, each presumed its own country's
    # statistics: H1 (Uzbek) + Q3 (Kazakh) against January-September (Kazakh) is no period sum.
    (tmp_path / "kz.txt").write_text(
        "ASTANA, Oct 28, 2025 - Kazakhstan's trade with Uzbekistan keeps growing.\n\n"
        "Turnover with Uzbekistan was $1.05 billion in the first quarter of 2025, $1.21 billion in the second and "
        "$1.32 billion in the third, bringing the total for January-September to $3.58 billion.\n"
    )
    (tmp_path / "uz.txt").write_text(
        "TASHKENT, July 18, 2025 - Uzbekistan's statistics agency published its half-year figures.\n\n"
        "Trade with Kazakhstan in the first half of 2025 was $2.07 billion.\n"
    )
    report = check([str(tmp_path)])
    assert [f.code for f in report.findings if f.code.startswith("TC4")] == []
    # Within one document the same sum is checked.
    text = (tmp_path / "kz.txt").read_text().replace("$3.58 billion", "$3.98 billion")
    (tmp_path / "kz.txt").write_text(text)
    assert "TC402" in [f.code for f in check([str(tmp_path)]).findings]


def test_two_countries_releases_each_presumed_their_own_side_are_a_mirror_pair(tmp_path):
    # Neither states its side in the sentence: each document speaks for its country. Two offices'
    # figures for one trade are a mirror asymmetry (TC202, with its band), not one side's conflict.
    kyrgyz = tmp_path / "kg-release.txt"
    kyrgyz.write_text(
        "Bishkek, 14 February 2025\n\nKyrgyzstan's foreign trade grew in 2024, the National Statistical Committee of Kyrgyzstan said.\n\n"
        "Trade with Kazakhstan reached $1.34 billion in 2024.\n",
        encoding="utf-8",
    )
    kazakh = tmp_path / "kz-bulletin.txt"
    kazakh.write_text(
        "Astana, 20 February 2025\n\nKazakhstan's foreign trade grew in 2024, the Bureau of National Statistics of Kazakhstan said.\n\n"
        "Trade with Kyrgyzstan reached $1.7 billion in 2024.\n",
        encoding="utf-8",
    )
    report = check([str(kyrgyz), str(kazakh)])
    assert [(f.code, f.locations[0].surface, f.locations[1].surface) for f in report.findings] == [("TC202", "$1.34 billion", "$1.7 billion")]
    # Within the mirror band, the two offices agree well enough: nothing.
    kazakh.write_text(kazakh.read_text(encoding="utf-8").replace("$1.7 billion", "$1.4 billion"), encoding="utf-8")
    assert check([str(kyrgyz), str(kazakh)]).findings == []
