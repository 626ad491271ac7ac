"""Extraction by several processes (--jobs): the same table as one process."""

from __future__ import annotations

import os

import pandas as pd
import pytest
from click.testing import CliRunner

from checker import pipeline
from checker.cli import main
from checker.config import Config
from checker.pipeline import extract_documents, read_all
from tests.conftest import CORPUS, SEEDS


def _documents():
    documents, _ = read_all([str(SEEDS), str(CORPUS)], Config())
    return documents


def test_workers_give_the_table_one_process_gives(monkeypatch):
    documents = _documents()
    alone = extract_documents(documents, jobs=1)
    # Small samples: lower the thresholds so they are split among workers, a few documents per run.
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 2_000)
    together = extract_documents(documents, jobs=2)
    pd.testing.assert_frame_equal(alone, together)


def test_documents_are_scanned_in_other_processes_and_kept_in_order(monkeypatch):
    documents = _documents()
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 1)
    monkeypatch.setattr(pipeline, "_scan_document", lambda d: {"doc": d.path, "pid": os.getpid()})
    scanned = pipeline._scan_all(documents, jobs=2)
    assert [r["doc"] for r in scanned] == [d.path for d in documents]
    assert os.getpid() not in {r["pid"] for r in scanned}
    # One process (or too little text): scanned here.
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 10**12)
    assert {r["pid"] for r in pipeline._scan_all(documents, jobs=2)} == {os.getpid()}


def test_jobs_option_keeps_the_report(monkeypatch):
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 0)
    runner = CliRunner()
    one = runner.invoke(main, ["check", str(SEEDS), "--format", "json", "--jobs", "1"])
    two = runner.invoke(main, ["check", str(SEEDS), "--format", "json", "-j", "2"])
    every_core = runner.invoke(main, ["extract", str(SEEDS), "--jobs", "0"])
    assert one.exit_code == two.exit_code == 1 and one.stdout == two.stdout
    assert every_core.exit_code == 0 and every_core.stdout == runner.invoke(main, ["extract", str(SEEDS)]).stdout
    bad = runner.invoke(main, ["check", str(SEEDS), "--jobs", "-1"])
    assert bad.exit_code == 2 and "jobs" in bad.stderr


def _die(bounds):
    os._exit(1)  # a worker killed mid-run (out of memory, say)


def test_a_dead_worker_does_not_lose_the_documents(monkeypatch):
    documents = _documents()
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(pipeline, "_scan_run", _die)
    with pytest.warns(RuntimeWarning, match="worker died"):
        together = extract_documents(documents, jobs=2)
    pd.testing.assert_frame_equal(together, extract_documents(documents, jobs=1))


def test_workers_are_capped_by_the_cores():
    cores = len(os.sched_getaffinity(0))
    assert pipeline._workers(0) == cores
    assert pipeline._workers(1) == 1
    assert pipeline._workers(1000) == 2 * cores
