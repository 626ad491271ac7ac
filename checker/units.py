"""The one pint registry: currencies, scale words and conversions.

Each ISO 4217 currency is its own dimension (an exchange rate is a fact of a
period, not a constant), scale words are dimensionless multipliers. Amounts
are converted one unit group at a time: a single pint Quantity wraps the
numpy array of every row with that unit, so there is never a Quantity per row.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np
import pint

SCALES = ("thousand", "million", "billion", "trillion")
UNSCALED = ("pp", "times")  # a percent-kind figure's own units: percentage points, a growth multiplier


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    import pycountry

    # An empty registry: pint's default definitions (physics) take ~0.3 s to
    # parse and none of them is money.
    ureg: pint.UnitRegistry = pint.UnitRegistry(None, on_redefinition="raise")
    ureg.define("thousand = 1e3")
    ureg.define("million = 1e6")
    ureg.define("billion = 1e9")
    ureg.define("trillion = 1e12")
    ureg.define("lakh = 1e5")
    ureg.define("crore = 1e7")
    ureg.define("lakh_crore = 1e12")
    ureg.define("percent = 0.01 = %")
    ureg.define("pp = 0.01 = percentage_point")
    for currency in pycountry.currencies:
        code = currency.alpha_3
        ureg.define(f"{code} = [currency_{code}]")
    return ureg


def scale_factor(scale: str | None) -> float:
    """How many units one scale word stands for (None: 1)."""
    if not scale or scale in UNSCALED:
        return 1.0
    ureg = registry()
    return float(ureg.Quantity(1.0, scale).to("dimensionless").magnitude)


def apply_scale(amounts: np.ndarray, scale: str | None, currency: str | None) -> np.ndarray:
    """``amounts`` (one unit group) in plain units of ``currency``."""
    if not scale or scale in UNSCALED:
        return amounts
    ureg = registry()
    if currency:
        quantity = ureg.Quantity(amounts, f"{scale} * {currency}")
        return np.asarray(quantity.to(currency).magnitude, dtype="float64")
    return np.asarray(ureg.Quantity(amounts, scale).to("dimensionless").magnitude, dtype="float64")


def convert(amounts: np.ndarray, currency: str, target: str, rate: float | None) -> np.ndarray:
    """``amounts`` in ``currency`` converted to ``target`` at ``rate`` (units of
    ``currency`` per one ``target``), through a pint context for that rate."""
    ureg = registry()
    if currency == target:
        return np.asarray(ureg.Quantity(amounts, currency).to(target).magnitude, dtype="float64")
    if rate is None or not np.isfinite(rate) or rate <= 0:
        return np.full(len(amounts), np.nan)
    context = _fx_context(currency, target, float(rate))
    quantity = ureg.Quantity(amounts, currency)
    return np.asarray(quantity.to(target, context).magnitude, dtype="float64")


@lru_cache(maxsize=4096)
def _fx_context(currency: str, target: str, rate: float) -> Any:
    ureg = registry()
    context = pint.Context(f"fx_{currency}_{target}_{rate!r}")
    source_dim, target_dim = f"[currency_{currency}]", f"[currency_{target}]"
    context.add_transformation(source_dim, target_dim, lambda reg, x, **_: x.magnitude / rate * reg(target))  # type: ignore[arg-type]
    context.add_transformation(target_dim, source_dim, lambda reg, x, **_: x.magnitude * rate * reg(currency))  # type: ignore[arg-type]
    ureg.add_context(context)
    return context
