"""Integer grouping helpers the comparison kinds share (checker.kinds.claims)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from checker.kinds.claims import _factorize_objects, column_isin, column_notna, group_at, pair_at, records

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


@given(st.lists(st.one_of(st.none(), st.just(float("nan")), st.sampled_from(["KAZ", "KGZ", "trade turnover", ""])), max_size=60), st.randoms())
def test_factorizing_by_object_identity_matches_pandas(values, rnd):
    # Equal strings at different addresses (as a CSV reader makes them) must share a code,
    # numbered in order of first appearance, with missing values -1, exactly as pd.factorize.
    fresh = [v if v is None or isinstance(v, float) or rnd.random() < 0.5 else "".join(list(v)) for v in values]
    array = np.array(fresh, dtype=object)
    codes, uniques = _factorize_objects(array, min_rows=0)
    expected_codes, expected_uniques = pd.factorize(array)
    assert codes.tolist() == expected_codes.tolist()
    assert list(uniques) == list(expected_uniques)


def test_isin_and_notna_from_codes_match_pandas():
    table = pd.DataFrame({"s": ["target", None, "forecast", "revised", None, "x"]}, dtype=object)
    assert column_isin(table, "s", ("target", "revised")).tolist() == table["s"].isin(["target", "revised"]).tolist()
    assert column_notna(table, "s").tolist() == table["s"].notna().tolist()


COUNTRIES = st.one_of(st.none(), st.sampled_from(["KAZ", "KGZ", "UZB", "WLD"]))


@given(st.lists(st.tuples(st.sampled_from(["KAZ", "KGZ", "CHN"]), COUNTRIES, st.booleans()), max_size=30))
def test_country_pairs_match_the_pairs_of_names(rows):
    """pair_at numbers (reporter, partner) from the columns' shared codes; two
    rows get one number exactly when their pairs of names are equal (a missing
    partner is the world; unordered pairs ignore the order)."""
    table = pd.DataFrame([r[:2] for r in rows], columns=["reporter", "partner"], dtype=object)
    ordered = np.array([r[2] for r in rows], dtype=bool)
    ours = pair_at(table, np.arange(len(table)), ordered=ordered)
    names = [(rep, part if part is not None else "WLD") for rep, part in zip(table["reporter"], table["partner"], strict=True)]
    theirs = [pair if o else tuple(sorted(pair)) for pair, o in zip(names, ordered.tolist(), strict=True)]
    for i in range(len(rows)):
        for j in range(len(rows)):
            if ordered[i] == ordered[j]:  # (the flow, part of every claim key, keeps the two kinds apart)
                assert (ours[i] == ours[j]) == (theirs[i] == theirs[j])


def test_records_match_pandas_to_dict():
    frame = pd.DataFrame(
        {"s": ["a", None], "x": [1.5, np.nan], "n": pd.array([1, None], dtype="Int64"), "d": pd.to_datetime(["2024-01-01", None]).astype("datetime64[s]")}
    )
    ours, theirs = records(frame), frame.to_dict(orient="records")
    assert [list(r) for r in ours] == [list(r) for r in theirs]
    for a, b in zip(ours, theirs, strict=True):
        for key in a:
            assert (pd.isna(a[key]) and pd.isna(b[key])) or (a[key] == b[key] and type(a[key]) is type(b[key]))


def test_positions_kinds_report_are_the_rows_of_their_figures():
    """Kinds may report their figures' row positions so the engine need not
    search the ids; a wrong position would put a finding at another figure."""
    from pathlib import Path

    from checker.config import Config
    from checker.engine import _with_comparison_columns
    from checker.kinds import KINDS
    from checker.pipeline import configured_rules, extract_documents, read_all

    root = Path(__file__).resolve().parent.parent
    documents, _ = read_all([str(root / "seeds"), str(root / "tests" / "corpus")], Config())
    table = _with_comparison_columns(extract_documents(documents).iloc[::-1].reset_index(drop=True))  # not in id order
    rules, _ = configured_rules(Config())
    reported = 0
    for rule in rules:
        for hit in KINDS[rule.kind].function(table, rule.params, set()):
            if hit.positions:
                reported += 1
                assert table["id"].to_numpy()[list(hit.positions)].tolist() == list(hit.figures), rule.code
    assert reported


def test_wide_keys_are_renumbered_before_they_overflow():
    # Five keys of up to 20,000 values each: their product (3.2e21) passes 2**62, so the key is renumbered on the way.
    rng = np.random.default_rng(7)
    keys = [rng.integers(0, 20_000, size=3_000) for _ in range(5)]
    table = pd.DataFrame({"a": np.zeros(3_000)})
    ours = group_at(table, np.arange(3_000), [*keys[:4], keys[4].astype("float64")], sort=True)
    theirs = pd.DataFrame({str(i): k for i, k in enumerate(keys)}).groupby([str(i) for i in range(5)], sort=True).ngroup().to_numpy()
    assert ours.tolist() == theirs.tolist()


@given(st.lists(st.tuples(st.sampled_from(["a.txt", "b.txt"]), VALUES, VALUES), min_size=1, max_size=30), st.booleans())
def test_year_on_year_claim_ids_group_like_group_at(rows, backwards):
    # TC305's claim ids are group_at's combined codes without the final renumbering: equal exactly when the claims are.
    from checker.kinds import change

    docs = sorted(d for d, _, _ in rows)  # the pipeline writes each document's rows together
    table = pd.DataFrame(
        {"doc": docs, "metric": "exports", "scope": None, "flow": "export", "reporter": [r for _, r, _ in rows], "partner": [p for _, _, p in rows]},
        dtype=object,
    )
    positions = np.arange(len(table))[::-1] if backwards else np.arange(len(table))
    expected = group_at(table, positions, ["doc", *change._SAME_CLAIM])
    ids = change._claim_ids(table, positions)
    same = ids[:, None] == ids[None, :]
    assert (same == (expected[:, None] == expected[None, :])).all()
