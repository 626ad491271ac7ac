"""Annual average exchange rates (units of a currency per US dollar), for
comparing figures stated in different currencies.

The shipped table, ``rules/fx/rates.csv``, names its public sources (ECB
reference rates; World Bank PA.NUS.FCRF) and is rebuilt by
``tools/build_fx_rates.py``. A user CSV with the same columns (``--fx FILE``
or ``fx = "..."`` in [tool.tradecheck]) adds rates and overrides shipped
ones. Conversion goes through the pint registry (``units.convert``), one
call per (currency, year) group of the figures table.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from checker import units
from checker.csvdata import read_checked_csv
from checker.lexicon import rules_dir

REQUIRED = ("currency", "year", "per_usd")


class FxError(ValueError):
    """An exchange-rate file that cannot be used (exit 2)."""


def _read(path: Path) -> pd.DataFrame:
    frame = read_checked_csv(path, REQUIRED, "exchange-rate", FxError)
    rows = []
    for number, row in enumerate(frame.to_dict(orient="records"), start=2):
        where = f"{path}: row {number}"
        currency = row["currency"].strip().upper()
        if len(currency) != 3 or not currency.isalpha():
            raise FxError(f"{where}, column currency: {row['currency']!r} is not an ISO 4217 code")
        try:
            year = int(row["year"])
        except ValueError:
            raise FxError(f"{where}, column year: {row['year']!r} is not a year") from None
        try:
            rate = float(row["per_usd"])
        except ValueError:
            raise FxError(f"{where}, column per_usd: {row['per_usd']!r} is not a number") from None
        if not np.isfinite(rate) or rate <= 0:
            raise FxError(f"{where}, column per_usd: {rate} is not a positive rate")
        rows.append((currency, year, rate, (row.get("source") or path.name).strip()))
    return pd.DataFrame(rows, columns=["currency", "year", "per_usd", "source"])


@lru_cache(maxsize=1)
def shipped_rates() -> pd.DataFrame:
    return _read(rules_dir() / "fx" / "rates.csv")


def load_rates(user_file: str | None = None) -> pd.DataFrame:
    """Shipped rates, with a user file's rows taking precedence."""
    rates = shipped_rates()
    if user_file:
        rates = pd.concat([_read(Path(user_file)), rates], ignore_index=True)
    return rates.drop_duplicates(["currency", "year"], keep="first").reset_index(drop=True)


def to_usd(table: pd.DataFrame, rates: pd.DataFrame) -> pd.DataFrame:
    """The table with ``value_usd`` for every money figure whose currency has a
    rate for the year its period starts in (USD figures as they are): one
    pint conversion per (currency, year) group."""
    table = table.copy(deep=False)  # copy-on-write: only value_usd is new
    usd = (table["currency"] == "USD").to_numpy()
    table["value_usd"] = np.where(usd, table["value"], np.nan)
    year = table["period_start"].dt.year
    money = ((table["kind"] == "money") & table["currency"].notna() & ~usd & year.notna()).to_numpy()
    if not money.any():
        return table
    lookup = rates.set_index(["currency", "year"])["per_usd"].to_dict()
    values = table["value"].to_numpy(dtype="float64")
    out = table["value_usd"].to_numpy(dtype="float64").copy()
    keys = pd.DataFrame({"c": table["currency"].to_numpy()[money], "y": year.to_numpy()[money].astype("int64")})
    rows = np.flatnonzero(money)
    for key, members in keys.groupby(["c", "y"], sort=True).indices.items():
        code, when = str(key[0]), int(key[1])  # type: ignore[index]
        rate = lookup.get((code, when))
        if rate is not None:
            at = rows[members]
            out[at] = units.convert(values[at], code, "USD", float(rate))
    table["value_usd"] = out
    return table
