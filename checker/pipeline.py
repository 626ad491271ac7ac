"""The whole flow in one place:
documents -> extraction -> figures -> rules -> findings -> report."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from checker import figures, fx
from checker.config import Config
from checker.documents import Document, InputProblem, detect_language, expand_paths, read_document
from checker.engine import run_rules
from checker.extraction import scan
from checker.lexicon import available_languages
from checker.reference import attach, load_reference
from checker.report import DocumentInfo, Report
from checker.rulebook import RuleError, load_rules, select_rules
from checker.suppressions import apply_suppressions, find_suppressions


def extract(text: str, *, doc: str | None = None, doc_date: dt.date | None = None, language: str | None = None, first_id: int = 1) -> pd.DataFrame:
    """The figures table of one text (its language detected unless given)."""
    language = language or detect_language(text, available_languages())
    raw = scan(text, doc_date=doc_date, language=language)
    return fx.to_usd(figures.build_table(raw, doc=doc or "<text>", language=language, first_id=first_id), fx.load_rates())


def read_all(paths: list[str], config: Config, progress: Callable[[str], None] | None = None) -> tuple[list[Document], list[InputProblem]]:
    files, problems = expand_paths(paths)
    named = {Path(p).resolve() for p in paths if Path(p).is_file()}
    languages = available_languages()
    documents = []
    for path in files:
        if progress:
            progress(str(path))
        in_folder = path.resolve() not in named
        document, issues = read_document(path, date=config.date, max_bytes=config.max_file_size, languages=languages, in_folder=in_folder)
        problems.extend(issues)
        if document is not None:
            documents.append(document)
    return documents, problems


def extract_documents(documents: list[Document]) -> pd.DataFrame:
    """One figures table for all documents, built in one vectorised pass."""
    columns: dict[str, list] = {}
    total = 0
    for document in documents:
        raw = document.rows if document.rows is not None else scan(document.text, doc_date=document.date, language=document.language)
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


def check(paths: list[str], config: Config | None = None, progress: Callable[[str], None] | None = None) -> Report:
    """Check documents and folders; what the CLI prints."""
    config = config or Config()
    rules, skipped = configured_rules(config)
    documents, problems = read_all(paths, config, progress)
    table = fx.to_usd(extract_documents(documents), fx.load_rates(config.fx))
    official = load_reference(Path(config.reference)) if config.reference else None
    findings = run_rules(attach(table, official) if official is not None else table, rules)
    marks = [s for d in documents for s in find_suppressions(d)]
    findings, suppressed, unused = apply_suppressions(findings, marks)
    problems.extend(unused)
    counts = table["doc"].value_counts().to_dict() if len(table) else {}
    infos = [DocumentInfo(d.path, d.date, d.date_source, d.language, int(counts.get(d.path, 0)), d.text) for d in documents]
    return Report(table, findings, rules, skipped, infos, problems, suppressed=suppressed)
