"""Rule kinds: pure functions over the figures table.

A kind takes the table (with the ``cmp_*`` columns the engine maintains: the
reading each figure is compared by), the rule's params, and the set of figure
groups already explained by an earlier rule, and returns ``Hit`` records. The
YAML rule turns a hit into a finding through its message template.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd


@dataclass(frozen=True)
class Hit:
    figures: tuple[str, ...]
    values: dict[str, Any]
    evidence: dict[str, Any]
    # For reading-phase kinds: the figure's corrected (value, low, high).
    correction: tuple[float, float, float] | None = None
    # The figures' row positions in the table, when the kind knows them: the
    # engine then finds them without searching a million ids.
    positions: tuple[int, ...] = ()


KindFunction = Callable[[pd.DataFrame, dict[str, Any], "set[frozenset[str]]"], list[Hit]]


@dataclass(frozen=True)
class Kind:
    name: str
    function: KindFunction
    phase: int  # 0: readings (may correct values), 1: scale, 2: comparisons
    doc: str = field(default="")


def _registry() -> dict[str, Kind]:
    from checker.kinds import change, conflict, currency, identity, mirror, number_format, periods, plausibility, ratio, reference, scale_slip, scopes, share

    kinds = [
        number_format.KIND, scale_slip.KIND, conflict.KIND, identity.KIND,
        change.GROWTH_KIND, change.DIFFERENCE_KIND, change.DIFFERENCE_AMOUNT_KIND, change.DIRECTION_KIND, change.YEAR_ON_YEAR_KIND,
        periods.CONTAINMENT_KIND, periods.SUM_KIND, reference.KIND, mirror.KIND, currency.KIND, plausibility.KIND, share.KIND, ratio.KIND, scopes.KIND,
    ]  # fmt: skip
    return {k.name: k for k in kinds}


KINDS: dict[str, Kind] = _registry()
