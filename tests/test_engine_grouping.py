"""Integer grouping helpers the comparison kinds share (checker.kinds.claims)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from checker.kinds.claims import column_isin, column_notna, group_at

VALUES = st.one_of(st.none(), st.sampled_from(["KAZ", "KGZ", "UZB", ""]))


@given(st.lists(st.tuples(VALUES, VALUES, st.sampled_from([1.5, 2.0, -1.0, float("nan")])), max_size=40))
def test_groups_agree_with_pandas_groupby(rows):
    frame = pd.DataFrame(rows, columns=["a", "b", "x"], dtype=object).astype({"x": "float64"})
    ours = group_at(frame, np.arange(len(frame)), ["a", "b", frame["x"].to_numpy()], sort=True)
    theirs = frame.groupby(["a", "b", "x"], dropna=False, sort=True).ngroup().to_numpy()
    # Same partition of the rows (numbering may place missing values elsewhere).
    assert len(set(zip(ours, theirs, strict=True))) == len(set(ours)) == len(set(theirs))
    if not frame.isna().any().any():
        assert ours.tolist() == theirs.tolist()  # sorted numbering: the same order as pandas


def test_group_at_keeps_negative_codes_apart():
    table = pd.DataFrame({"a": ["x", "x", "y", "y"]}, dtype=object)
    side = np.array([-1, 0, -1, 0])
    ids = group_at(table, np.arange(4), ["a", side])
    assert len(set(ids)) == 4


def test_float_keys_are_not_truncated():
    table = pd.DataFrame({"a": ["x", "x"]}, dtype=object)
    assert len(set(group_at(table, np.arange(2), ["a", np.array([1.2, 1.7])]))) == 2


def test_isin_and_notna_from_codes_match_pandas():
    table = pd.DataFrame({"s": ["target", None, "forecast", "revised", None, "x"]}, dtype=object)
    assert column_isin(table, "s", ("target", "revised")).tolist() == table["s"].isin(["target", "revised"]).tolist()
    assert column_notna(table, "s").tolist() == table["s"].notna().tolist()
