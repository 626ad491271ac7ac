"""The whole flow in one place:
documents -> extraction -> figures -> rules -> findings -> report."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import os
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import numpy as np
import pandas as pd

from checker import figures, fx
from checker.config import Config
from checker.documents import STDIN, STDIN_NAME, Document, InputProblem, detect_language, expand_paths, read_document, read_stream
from checker.engine import run_rules
from checker.extraction import scan
from checker.lexicon import available_languages, load_lexicon
from checker.reference import attach, load_reference
from checker.report import DocumentInfo, Report
from checker.rulebook import RuleError, load_rules, select_rules
from checker.suppressions import apply_suppressions, find_suppressions


def extract(text: str, *, doc: str | None = None, doc_date: dt.date | None = None, language: str | None = None, first_id: int = 1) -> pd.DataFrame:
    """The figures table of one text (its language detected unless given)."""
    language = language or detect_language(text, available_languages())
    raw = scan(text, doc_date=doc_date, language=language)
    return fx.to_usd(figures.build_table(raw, doc=doc or "<text>", language=language, first_id=first_id), fx.load_rates())


def read_all(
    paths: list[str], config: Config, progress: Callable[[str], None] | None = None, *, stdin: BinaryIO | None = None, stdin_name: str = STDIN_NAME
) -> tuple[list[Document], list[InputProblem]]:
    """The documents at ``paths`` (files, folders, and "-" for ``stdin``,
    named ``stdin_name``), and a problem for each one that could not be read."""
    files, problems = expand_paths([p for p in paths if p != STDIN])
    named = {Path(p).resolve() for p in paths if p != STDIN and Path(p).is_file()}
    languages = available_languages()
    documents = []

    def keep(document: Document | None, issues: list[InputProblem]) -> None:
        problems.extend(issues)
        if document is not None:
            documents.append(document)

    for path in files:
        if progress:
            progress(str(path))
        in_folder = path.resolve() not in named
        keep(*read_document(path, date=config.date, max_bytes=config.max_file_size, languages=languages, in_folder=in_folder))
    if STDIN in paths:  # read once, however often "-" is named
        if progress:
            progress(stdin_name)
        stream = stdin if stdin is not None else sys.stdin.buffer
        keep(*read_stream(stream, stdin_name, date=config.date, max_bytes=config.max_file_size, languages=languages))
    return documents, problems


# Below this much text a second process costs more than it saves.
PARALLEL_MIN_CHARS = 2_000_000
CHUNK_CHARS = 1_000_000  # documents are handed to workers in runs of about this much text

# The documents a worker scans: set before the worker processes fork, so they
# inherit them (and the compiled lexicons) instead of receiving pickled copies.
_TO_SCAN: list[Document] = []


def _scan_document(document: Document) -> dict[str, list]:
    return scan(document.text, doc_date=document.date, language=document.language)


def _scan_run(bounds: tuple[int, int]) -> list[dict[str, list]]:
    return [_scan_document(d) for d in _TO_SCAN[bounds[0] : bounds[1]]]


def _workers(jobs: int) -> int:
    # The cores this process may use (a container's CPU set), not all the host's.
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    # More processes than twice the cores only cost memory (--jobs 1000 must not fork a thousand).
    return min(jobs, 2 * cores) if jobs else cores


def _scan_all(documents: list[Document], jobs: int) -> list[dict[str, list]]:
    """Raw figures of the text documents, in document order, scanned by
    ``jobs`` processes when the text is large enough to pay for them (and
    the platform can fork: spawned workers would recompile the lexicons)."""
    workers = min(_workers(jobs), len(documents))
    size = sum(len(d.text) for d in documents)
    if workers < 2 or size < PARALLEL_MIN_CHARS:
        return [_scan_document(d) for d in documents]
    import multiprocessing  # here, not at import time: only a parallel run needs it (~15 ms)
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    if "fork" not in multiprocessing.get_all_start_methods():
        return [_scan_document(d) for d in documents]
    runs: list[tuple[int, int]] = []
    start = chars = 0
    for i, document in enumerate(documents):
        chars += len(document.text)
        if chars >= min(CHUNK_CHARS, size // (workers * 4) + 1):
            runs.append((start, i + 1))
            start, chars = i + 1, 0
    if start < len(documents):
        runs.append((start, len(documents)))
    global _TO_SCAN
    for language in {d.language for d in documents}:
        load_lexicon(language)  # compiled once, here, for every worker
    _TO_SCAN = documents
    try:
        # concurrent.futures notices a worker that died (killed for memory, say),
        # where multiprocessing.Pool would wait for its results forever.
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            return [raw for run in pool.map(_scan_run, runs) for raw in run]
    except BrokenProcessPool:
        warnings.warn("an extraction worker died (out of memory?); extracting in one process instead", RuntimeWarning, stacklevel=2)
        return [_scan_document(d) for d in documents]  # the work is not lost: one process does it
    finally:
        _TO_SCAN = []


def extract_documents(documents: list[Document], jobs: int = 1) -> pd.DataFrame:
    """One figures table for all documents, built in one vectorised pass;
    ``jobs`` processes scan the text (0: one per core)."""
    columns: dict[str, list] = {}
    total = 0
    scanned = iter(_scan_all([d for d in documents if d.rows is None], jobs))
    for document in documents:
        raw = document.rows if document.rows is not None else next(scanned)
        n = len(raw["start"])
        if document.page_starts:
            _pdf_places(document, raw)
        raw["doc"] = [document.path] * n
        raw["language"] = [document.language] * n
        for name in sorted(set(columns) | set(raw)):
            # A column some documents lack (text has no sheet) is None there.
            if name not in columns:
                columns[name] = [None] * total
            columns[name].extend(raw[name] if name in raw else [None] * n)
        total += n
    if not columns or not columns["start"]:
        return figures.empty_table()
    return figures.build_table(columns)


def _pdf_places(document: Document, raw: dict[str, list]) -> None:
    """A PDF figure's page, and its line counted from the top of that page."""
    page = np.searchsorted(document.page_starts, raw["start"], side="right")
    bounds = [0, *document.page_starts]
    # Newlines before each page start, counted page by page (one pass over the text).
    first_line = np.cumsum([document.text.count("\n", lo, hi) for lo, hi in itertools.pairwise(bounds)]) + 1
    raw["page"] = page.tolist()
    raw["line"] = (np.asarray(raw["line"]) - first_line[page - 1] + 1).tolist()


def configured_rules(config: Config):  # type: ignore[no-untyped-def]
    rules = load_rules()
    known = {r.code for r in rules}
    for code in list(config.params) + list(config.severity):
        if code not in known:
            raise RuleError(f"configuration names unknown rule {code}")
    rules = [dataclasses.replace(r.with_params(**config.params.get(r.code, {})), severity=config.severity.get(r.code, r.severity)) for r in rules]
    return select_rules(rules, config.select, config.ignore)


def check(
    paths: list[str],
    config: Config | None = None,
    progress: Callable[[str], None] | None = None,
    *,
    stdin: BinaryIO | None = None,
    stdin_name: str = STDIN_NAME,
) -> Report:
    """Check documents and folders ("-": standard input); what the CLI prints."""
    config = config or Config()
    rules, skipped = configured_rules(config)
    documents, problems = read_all(paths, config, progress, stdin=stdin, stdin_name=stdin_name)
    table = fx.to_usd(extract_documents(documents, config.jobs), fx.load_rates(config.fx))
    official = load_reference(Path(config.reference)) if config.reference else None
    findings = run_rules(attach(table, official) if official is not None else table, rules)
    marks = [s for d in documents for s in find_suppressions(d)]
    findings, suppressed, unused = apply_suppressions(findings, marks)
    problems.extend(unused)
    counts = table["doc"].value_counts().to_dict() if len(table) else {}
    infos = [DocumentInfo(d.path, d.date, d.date_source, d.language, int(counts.get(d.path, 0)), d.text) for d in documents]
    return Report(table, findings, rules, skipped, infos, problems, suppressed=suppressed)
