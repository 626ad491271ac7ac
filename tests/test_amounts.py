"""Amounts: currencies, scale words, qualifiers, ranges, percentages; hostile text."""

from __future__ import annotations

import time

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extraction.amounts import scan_amounts
from checker.lexicon import load_lexicon
from tests.conftest import figures_of, findings_of, grows_linearly

LEX = load_lexicon("en")


def one(text):
    table = figures_of(text)
    assert len(table) == 1, table[["surface"]]
    return table.iloc[0]


@pytest.mark.parametrize(
    ("text", "currency", "value"),
    [
        ("worth $5 billion", "USD", 5e9),
        ("worth US$ 5 bn", "USD", 5e9),
        ("worth USD 5 mln", "USD", 5e6),
        ("worth 5 billion dollars", "USD", 5e9),
        ("worth 5 billion U.S. dollars", "USD", 5e9),
        ("worth 5 mln dlrs", "USD", 5e6),
        ("worth EUR 2.5 million", "EUR", 2.5e6),
        ("worth €2.5m", "EUR", 2.5e6),
        ("worth 2.5 million euros", "EUR", 2.5e6),
        ("worth £3bn", "GBP", 3e9),
        ("worth 3 bln stg", "GBP", 3e9),
        ("worth 3 billion sterling", "GBP", 3e9),
        ("worth ¥400 billion", "JPY", 4e11),
        ("worth 400 billion yen", "JPY", 4e11),
        ("worth 12 billion roubles", "RUB", 12e9),
        ("worth ₽12 billion", "RUB", 12e9),
        ("worth 450 billion tenge", "KZT", 450e9),
        ("worth ₸450 billion", "KZT", 450e9),
        ("worth KZT 450 bn", "KZT", 450e9),
        ("worth 320 billion soms", "KGS", 320e9),
        ("worth KGS 320 million", "KGS", 320e6),
        ("worth UZS 9 trillion", "UZS", 9e12),
        ("worth 2 billion somoni", "TJS", 2e9),
        ("worth 7 billion yuan", "CNY", 7e9),
        ("worth 7 billion renminbi", "CNY", 7e9),
        ("worth 30 billion lira", "TRY", 30e9),
        ("worth TRY 30 billion", "TRY", 30e9),
        ("worth 30 billion Turkish lira", "TRY", 30e9),
        ("worth AZN 30 million", "AZN", 30e6),
        ("worth 5 thousand dollars", "USD", 5e3),
        ("worth $5k", "USD", 5e3),
        ("worth $2 trillion", "USD", 2e12),
        ("worth $2 tn", "USD", 2e12),
        ("worth $2 trln", "USD", 2e12),
        ("worth $2 mn", "USD", 2e6),
        ("worth $1.2 bil", "USD", 1.2e9),
        ("worth USD18.7bn", "USD", 18.7e9),  # wire style: the code glued to the number
        ("worth EUR2bn", "EUR", 2e9),
        ("worth RUB1.2trn", "RUB", 1.2e12),
        ("worth $2.1-billion", "USD", 2.1e9),  # a hyphenated scale
        ("worth C$2.1-billion", "CAD", 2.1e9),
    ],
)
def test_currencies_and_scales(text, currency, value):
    row = one(text)
    assert row["currency"] == currency
    assert row["value"] == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high"),
    [
        ("almost $49 million", "almost", 49e6 * 0.9, 49e6),
        ("nearly $49 million", "nearly", 49e6 * 0.9, 49e6),
        ("about $49 million", "about", 48.5e6 - 0.05 * 49e6, 49.5e6 + 0.05 * 49e6),
        ("around $49 million", "around", 48.5e6 - 0.05 * 49e6, 49.5e6 + 0.05 * 49e6),
        ("approximately $49 million", "approximately", 48.5e6 - 0.05 * 49e6, 49.5e6 + 0.05 * 49e6),
        ("some $49 million", "some", 48.5e6 - 0.05 * 49e6, 49.5e6 + 0.05 * 49e6),
        ("over $49 million", "over", 49e6, float("inf")),
        ("more than $49 million", "more than", 49e6, float("inf")),
        ("at least $49 million", "at least", 49e6, float("inf")),
        ("less than $49 million", "less than", 0, 49e6),
        ("under $49 million", "under", 0, 49e6),
        ("up to $49 million", "up to", 0, 49e6),
        ("$1.7 billion", None, 1.65e9, 1.75e9),
        # Verbs of passing a mark: "exports exceeded $1.3 billion", "expected to top $2.5 billion"
        ("exports exceeded $49 million", "exceeded", 49e6, float("inf")),
        ("trade is expected to top $49 million", "to top", 49e6, float("inf")),
        ("the top $49 million of exports", None, 48.5e6, 49.5e6),  # an adjective, not the verb
        # After the figure (they had been exact): "-plus", "or more", "or so", "or less"; "upwards of" before it
        ("exports of $49 million-plus", "plus", 49e6, float("inf")),
        ("exports of $49 million or more", "or more", 49e6, float("inf")),
        ("exports were $49 million or more.", "or more", 49e6, float("inf")),  # at a sentence's end
        ("exports of $49 million plus US$ services", None, 48.5e6, 49.5e6),  # a sum: a currency sign after "plus"
        ("exports of $49 million or so", "or so", 48.5e6 - 0.05 * 49e6, 49.5e6 + 0.05 * 49e6),
        ("exports of $49 million or less", "or less", 0, 49e6),
        ("exports of upwards of $49 million", "upwards of", 49e6, float("inf")),
        # not a sum, nor a comparison
        ("exports of $49 million plus services", None, 48.5e6, 49.5e6),
        ("exports of $49 million or more than a third of the total", None, 48.5e6, 49.5e6),
    ],
)
def test_qualifiers_set_the_interval(text, qualifier, low, high):
    row = one(text)
    assert row["qualifier"] == qualifier
    assert row["value_low"] == pytest.approx(low)
    assert row["value_high"] == pytest.approx(high)


def test_ranges():
    row = one("estimated at $1.2-1.5 billion")
    assert row["surface"] == "$1.2-1.5 billion"
    assert (row["value_low"], row["value_high"]) == (pytest.approx(1.15e9), pytest.approx(1.55e9))
    row = one("between $1 and $2 billion")
    assert row["surface"] == "$1 and $2 billion"
    assert (row["value_low"], row["value_high"]) == (pytest.approx(0.5e9), pytest.approx(2.5e9))


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("estimated at $1.1bn-$1.2bn in 2024", "$1.1bn-$1.2bn", 1.05e9, 1.25e9),
        ("estimated at $1.1 billion–$1.2 billion", "$1.1 billion–$1.2 billion", 1.05e9, 1.25e9),
        ("estimated at $1.1 billion to $1.2 billion", "$1.1 billion to $1.2 billion", 1.05e9, 1.25e9),
        ("between $1 billion and $3 billion", "$1 billion and $3 billion", 0.5e9, 3.5e9),
    ],
)
def test_two_whole_amounts_make_one_range(text, surface, low, high):
    # Read as two figures, "between $1 billion and $3 billion" was a conflict with itself.
    row = one(text)
    assert row["surface"] == surface
    assert (row["value_low"], row["value_high"]) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    "text",
    [
        "exports rose from $1.1 billion to $1.2 billion",  # a change
        "exports rose by $1.2 billion to $5.4 billion",  # a change and the new value
        "the deficit narrowed by £2.1 billion to £4.9 billion",
        "exports were $1.2 billion – $0.3 billion more than in 2023",  # falling: no range
        "exports were $1.1 billion to China and €1.2 billion to Germany",  # two currencies
    ],
)
def test_two_amounts_that_are_no_range_stay_two(text):
    assert len(figures_of(text)) == 2


def test_a_change_by_an_amount_is_its_difference_and_the_value_after_to_its_new_value():
    # "rose by $1.2 billion to $5.4 billion" had been read as one range, $1.2-5.4 billion.
    for text, language in [
        ("Kazakhstan's exports rose by $1.2 billion to $5.4 billion in 2024.", "en"),
        ("The deficit narrowed by $1.2 billion to $5.4 billion in 2024.", "en"),
        ("Экспорт Казахстана вырос на 1,2 млрд долларов до 5,4 млрд долларов в 2024 году.", "ru"),
        # U.S. Census style: no "by", or the change's noun before "of"
        ("Exports decreased $1.2 billion to $5.4 billion in September 2024.", "en"),
        ("It reflected a decrease in the goods deficit of $1.2 billion to $5.4 billion in 2024.", "en"),
    ]:
        figures = figures_of(text, "2025-03-01", language)
        assert list(figures["value"].abs()) == [1.2e9, 5.4e9], text
        assert [None if pd.isna(s) else s for s in figures["status"]] == ["difference", None], text


def test_made_up_is_no_change_and_a_bare_rate_after_or_keeps_the_difference():
    # "imports made up 2.98 billion dollars" had been a difference ("up"), and "612.4 million dollars or 16.7 percent
    # more than" a second turnover (the rate's aside had to stand in commas).
    text = "In 2024 turnover reached $4.29 billion, which is $612.4 million or 16.7 percent more than a year earlier. Imports made up $2.98 billion."
    assert [None if pd.isna(s) else s for s in figures_of(text, "2025-03-01")["status"]] == [None, "difference", None, None]


def test_a_verb_with_no_by_before_an_amount_makes_it_the_change():
    # "Exports increased $87.2 billion or 3.7 percent" had been the year's exports, not how much they grew.
    figures = figures_of("In 2024 exports increased $87.2 billion or 3.7 percent, and the deficit was down $6.5 billion from $59.3 billion.", "2025-03-01")
    assert list(figures["surface"]) == ["$87.2 billion", "3.7 percent", "$6.5 billion", "$59.3 billion"]
    assert [None if pd.isna(s) else s for s in figures["status"]] == ["difference", None, "difference", "previous"]
    # A base form is no past change: "could rise $1-2 billion" keeps its range, "exports of $1 billion to $2 billion" too,
    # and "made up" says no direction.
    text = "Exports could rise $1-2 billion; exports of $1 billion to $2 billion are likely; oil made up $1.1 billion to $1.2 billion."
    assert list(figures_of(text)["surface"]) == ["$1-2 billion", "$1 billion to $2 billion", "$1.1 billion to $1.2 billion"]


def test_percentages():
    table = figures_of("Exports rose 18% and imports 7.5 percent; the share fell 2 percentage points.")
    assert list(table["kind"]) == ["percent"] * 3
    assert list(table["value"]) == [18.0, 7.5, 2.0]
    assert list(table["scale"]) == [None, None, "pp"]


def test_spans_are_exact():
    text = "In 2024, the trade turnover amounted to $1,340 billion."
    row = one(text)
    assert text[row["start"] : row["end"]] == "$1,340 billion" == row["surface"]
    assert (row["line"], row["col"]) == (1, text.index("$") + 1)


PREFIXES = {"$": "USD", "US$": "USD", "USD ": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "KZT ": "KZT", "KZT": "KZT", "Rs ": "INR", "₹": "INR"}
SCALES = {
    " million": 1e6, "m": 1e6, " mln": 1e6, "-million": 1e6, " billion": 1e9, "bn": 1e9, "-billion": 1e9, " trn": 1e12,
    " lakh": 1e5, " crore": 1e7, " cr": 1e7, " lakh crore": 1e12,
}  # fmt: skip


@given(
    st.decimals(min_value=1, max_value=999, places=1, allow_nan=False, allow_infinity=False),
    st.sampled_from(sorted(PREFIXES)),
    st.sampled_from(sorted(SCALES)),
)
def test_every_prefix_and_scale_style_reads_back(number, prefix, scale):
    text = f"Exports were {prefix}{number}{scale} in 2024."
    row = one(text)
    assert row["surface"] == f"{prefix}{number}{scale}"
    assert (row["currency"], row["value"]) == (PREFIXES[prefix], pytest.approx(float(number) * SCALES[scale]))


@pytest.mark.parametrize("text", ["TOP10 exporters in 2024", "USD500 per tonne in 2024", "the XUSD5bn token", "A320 jets cost 5bn"])
def test_a_code_glued_to_a_number_is_money_only_with_a_scale(text):
    assert figures_of(text).empty


@pytest.mark.parametrize(
    ("text", "surface", "value", "currency"),
    [
        ("Trade reached two billion dollars in 2024.", "two billion dollars", 2e9, "USD"),
        ("Trade reached half a billion euros in 2024.", "half a billion euros", 0.5e9, "EUR"),
        ("Trade reached one and a half billion US dollars.", "one and a half billion US dollars", 1.5e9, "USD"),
        ("Trade reached almost a billion dollars.", "a billion dollars", 1e9, "USD"),
    ],
)
def test_amounts_in_words(text, surface, value, currency):
    row = one(text)
    assert (row["surface"], row["value"], row["currency"], row["number_format"]) == (surface, value, currency, "words")


@pytest.mark.parametrize("text", ["a billion-dollar deal", "The platform has a billion users.", "Billions of dollars were spent."])
def test_words_without_an_amount_are_not_figures(text):
    assert figures_of(text).empty


def test_indian_scale_words_and_the_rupee_sign():
    table = figures_of("In 2024-25 exports were Rs 3,250 crore, imports ₹4,120 crore and the deficit Rs 24.1 lakh crore, or 5 lakh rupees.")
    assert list(table["value"].abs()) == [pytest.approx(3.25e10), pytest.approx(4.12e10), pytest.approx(2.41e13), pytest.approx(5e5)]
    assert set(table["currency"]) == {"INR"}
    # "3,250 crore" groups digits, as Indian reporting does: no decimal-comma finding
    assert not [f for f in findings_of("In 2024 India's exports to Kazakhstan were Rs 3,250 crore.") if f.code.startswith("TC10")]
    # a sign never ends a word
    assert figures_of("Mrs 5 million said so in 2024.").empty


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        # A sign or name several countries use is the declaring country's own currency ("Rs" had been
        # Indian rupees in Pakistan's figures, "som" Kyrgyz som in Uzbekistan's: TC205 at the wrong rate).
        ("In 2024 Pakistan's exports to Afghanistan were Rs 336 billion.", "PKR"),
        ("In 2024 India's exports to Pakistan were Rs 100 crore.", "INR"),
        ("In 2024 Uzbekistan's exports to Kazakhstan were 12.5 trillion som.", "UZS"),
        ("In 2024 Kyrgyzstan's exports to Kazakhstan were 100 billion som.", "KGS"),
        ("In 2024 Pakistan's imports from India were INR 100 billion.", "INR"),  # the code printed decides
        ("In 2024 Azerbaijan's exports to Turkey were 12.1 billion manats.", "AZN"),  # bare "manat" had been no currency
        ("In 2024 Turkmenistan's exports to China were 30 billion manat.", "TMT"),
        ("In 2024 Turkmenistan's imports from Azerbaijan were 1.2 billion Azerbaijani manats.", "AZN"),  # the adjective decides
        ("In 2024 Turkey's imports from Turkmenistan were 1 billion manat.", "TMT"),  # the partner's, Turkey having no manat
        # "$" in the ABS's and Statistics Canada's releases is their own dollar (it had been the US dollar: TC205 and every
        # comparison with a US dollar figure at the wrong rate)
        ("The balance on goods and services was a surplus of $4,604m in September 2025, Australia's statistics bureau said.", "AUD"),
        ("In September 2025 Canada's exports were $64.2 billion.", "CAD"),
        ("In 2024 U.S. exports to Canada were $349.4 billion.", "USD"),  # the owner's side
        ("In 2024 Canada's exports to the U.S. were US$412.7 billion.", "USD"),  # the sign says so
        # "riyals", "CFA francs", "pesos": the declaring country's
        ("In 2024 Qatar's exports to China were 300 billion riyals.", "QAR"),
        ("In 2024 Cameroon's exports to France were 2,000 billion CFA francs.", "XAF"),
        ("In 2024 Colombia's exports to the U.S. were 60 trillion pesos.", "COP"),
    ],
)
def test_a_shared_currency_sign_is_the_declaring_countrys(text, currency):
    assert one(text)["currency"] == currency


def test_bare_pesos_with_no_country_using_them_are_no_figure():
    assert figures_of("Prices were 20 pesos higher in 2024.", "2025-11-06").empty


def test_a_document_writing_a_dollar_its_own_way_means_us_dollars_by_the_sign():
    # Reuters writes "A$" for Australian dollars and "$" for US dollars: "$" stays the US dollar there
    text = "Australia's trade surplus narrowed to A$4.6 billion ($3.0 billion) in September 2025, and exports rose to A$45.8 billion."
    assert list(figures_of(text, "2025-11-06")["currency"]) == ["AUD", "USD", "AUD"]


def test_a_scaled_quantity_after_money_is_no_money():
    # "$500 million, or 3 million tonnes" had been a second exports figure of $3 million: a false TC201.
    text = "In 2024 Kazakhstan's exports to China were $500 million, or 3 million tonnes, and 2 crore people benefited."
    assert list(figures_of(text)["surface"]) == ["$500 million"]
    assert findings_of(text) == []
    russian = figures_of("В 2024 году экспорт Казахстана в Китай составил 500 млн долларов, или 3 млн тонн.", language="ru")
    assert list(russian["surface"]) == ["500 млн долларов"]


def test_bare_numbers_are_not_figures():
    assert figures_of("In 2024, 340 companies shipped 5 m of cable and 1,340 tonnes of grain.").empty


def test_currency_carries_within_a_sentence_only():
    table = figures_of("Exports were $3.2 billion and imports 1.9 billion. Another 4 billion was lost.")
    assert list(table["surface"]) == ["$3.2 billion", "1.9 billion"]
    assert list(table["currency"]) == ["USD", "USD"]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # A list of scaled figures names its currency once, after the last: every one is money in it.
        ("Exports were 1.1 billion and 1.3 billion dollars in 2023 and 2024.", ["1.1 billion", "1.3 billion dollars"]),
        ("Exports were 1.1 billion, 1.3 billion and 1.4 billion euros.", ["1.1 billion", "1.3 billion", "1.4 billion euros"]),
        # A noun after the scale word ends the list: counts stay counts.
        ("The region has 1.2 million people and 300 million dollars of investment.", ["300 million dollars"]),
        ("Population: 20 million, GDP 260 billion dollars.", ["260 billion dollars"]),
    ],
)
def test_a_currency_named_after_a_list_of_figures_is_theirs(text, surfaces):
    table = figures_of(text)
    assert list(table["surface"]) == surfaces
    assert table["currency"].notna().all()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789,. $€-–%bnmilotKZTUSD\n«»абв")), max_size=400))
def test_hostile_text_never_raises(text):
    for amount in scan_amounts(text, LEX):
        assert 0 <= amount.start < amount.end <= len(text)
    figures_of(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_random_unicode_never_raises(text):
    figures_of(text)


def _cost(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        scan_amounts(text, LEX)
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize(
    "unit",
    ["1,1", "1.1.", "$", "1 1", "between ", "$1-", "9" * 50 + " ", "US$ 1,000,", "₸1.000.000,", "Kazakh ", "according to ", "1 billion and "],
)
def test_scanning_is_linear_in_input(unit):
    # A catastrophic pattern would grow with the square of the input (64x for 8x);
    # we allow a generous 20x for 8x so the check does not depend on machine speed.
    small, large = unit * 2_000, unit * 16_000
    _cost(small)  # warm up
    assert _cost(large) < 20 * max(_cost(small), 1e-4)


@pytest.mark.parametrize(
    "unit",
    [
        "$1 billion. ",
        "Kazakh side said $1 bn. ",
        "According to him $2 bn, ",
        "for the same year $2 bn, the figure $3 bn, 53% of exports $1 bn, ",  # sentence-wide searches, once per sentence
        "Russia remained the largest partner with $1 bn, in January $1m, in February $2m, ",  # partner words, month lists
        "$1bn-$2bn-",  # whole-amount ranges chained
        "$1\n",  # a line break after every number
        "Key figures:\n\n- Balance: -$1 million\n",  # colon-joined lists
        "Prime Minister of Kazakhstan Olzhas Bektenov $1m ",
        "in January-June 2024 $1m ",
        "| exports | $1m | $2m |\n",  # a pipe table of many rows (no header rule)
        "| $1m | 2024 ",  # one endless table row
        "| US$ million | 2024 |\n|---|---|\n| exports | 1.5 |\n",  # many small tables with a unit
        "|---|\n",  # rules with no header
        "two billion dollars and ",
        "a a billion ",
    ],
)
def test_full_extraction_is_linear_in_input(unit):
    assert grows_linearly(figures_of, unit)


def test_a_figure_wrapped_over_two_lines_keeps_its_scale_and_currency():
    # PDF text layers and hard-wrapped mail break lines anywhere; "$43.8\nbillion" read as $43.8 was a false TC301.
    table = figures_of("Trade reached $43.8\nbillion in 2024, exports US$\n22.1 billion and imports 21.7\nbillion dollars.")
    assert list(table["value"]) == [43.8e9, 22.1e9, 21.7e9]
    assert list(table["currency"]) == ["USD"] * 3
    # A blank line ends the figure: a paragraph never continues a number.
    assert figures_of("Exports were $5\n\nBillions of people...").iloc[0]["value"] == 5.0


def test_a_word_sign_glued_to_its_number_is_read():
    # "Rs3.05 trillion", as Pakistan's and India's press write it, had been no figure (only "Rs 3.05" was).
    table = figures_of("In July-October 2025 Pakistan's exports stood at Rs3.05 trillion.", "2025-11-03")
    assert [(r.surface, r.currency, r.value) for r in table.itertuples()] == [("Rs3.05 trillion", "PKR", 3.05e12)]
    # A word that ends like the sign is no sign: "Mrs3", "Hrs5" (no scale, no figure either way).
    assert figures_of("Mrs3 and Hrs5 billion were noted.", "2025-11-03")["surface"].tolist() == []


def test_the_rand_sign_as_south_african_reporting_writes_it():
    # "R16.05 billion" had been no figure (SARS's releases are all in it)
    table = figures_of("South Africa's exports were R196.66 billion and imports R 180.61 billion in October 2025.", "2025-11-28")
    assert [(r.surface, r.currency, r.value) for r in table.itertuples()] == [
        ("R196.66 billion", "ZAR", 196.66e9),
        ("R 180.61 billion", "ZAR", 180.61e9),
    ]
    # a lone letter before a number, no scale after: no money ("R2", "CR7 10")
    assert figures_of("The R2 road and CR7 were in the news in 2024.", "2025-11-28")["surface"].tolist() == []
    # a table's row label is no rand ("Russia" starts with R): the header's dollars hold
    text = "Trade turnover by partner, 2024, million US dollars\n\n| Country | Turnover |\n|---|---:|\n| Russia | 8,903.1 |\n"
    cell = figures_of(text, "2025-03-03").iloc[0]
    assert (cell["currency"], cell["scale"]) == ("USD", "million")
