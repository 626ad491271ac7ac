"""Paths -> Documents (text, date, language), or a clear problem per file.

Documents are untrusted: every failure becomes an ``InputProblem`` naming the
file and the reason, and never stops the other files from being read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from checker.documents.dates import ambiguous_date, find_date, header_date, name_date, written_date
from checker.documents.decoding import DecodeError, decode
from checker.documents.pdf import PDF_SUFFIXES, PdfProblem, read_pdf
from checker.documents.tables import MAPPING_SUFFIX, TABLE_SUFFIXES, NotATradeTable, TableProblem, read_table
from checker.documents.web import HTML_SUFFIXES, read_html

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES | TABLE_SUFFIXES
DEFAULT_MAX_BYTES = 32 * 1024 * 1024
STDIN = "-"  # the path that means standard input (a file named "-" is "./-")
STDIN_NAME = "<stdin>"

__all__ = [
    "DEFAULT_MAX_BYTES", "STDIN", "STDIN_NAME", "Document", "InputProblem",
    "detect_language", "expand_paths", "find_date", "parse_document", "read_document", "read_stream",
]  # fmt: skip


@dataclass(frozen=True)
class Document:
    path: str  # as the user named it, for messages and reports
    text: str
    date: dt.date | None
    date_source: str | None
    language: str
    kind: str = "text"  # text | html | pdf | table
    page_starts: tuple[int, ...] = ()  # PDF: where each page's text starts
    rows: dict[str, list[Any]] | None = field(default=None, repr=False)  # tables: figure rows already read
    encoding: str | None = None


@dataclass(frozen=True)
class InputProblem:
    path: str
    message: str
    level: str = "error"  # error: not read (exit 2); warning: read, with a caveat

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


CYRILLIC_RUNS = re.compile(r"[А-Яа-яЁё]+")
LATIN_RUNS = re.compile(r"[A-Za-z]+")


def detect_language(text: str, available: list[str]) -> str:
    """'ru' when most letters are Cyrillic and a Russian lexicon exists, else 'en'."""
    sample = text[:20000]
    # Runs of letters, not one match per letter: five times fewer objects.
    cyrillic = sum(map(len, CYRILLIC_RUNS.findall(sample)))
    latin = sum(map(len, LATIN_RUNS.findall(sample)))
    if cyrillic > latin and "ru" in available:
        return "ru"
    return "en"


def expand_paths(paths: list[str]) -> tuple[list[Path], list[InputProblem]]:
    """Files named directly, and the readable files inside named folders (sorted)."""
    files: list[Path] = []
    problems: list[InputProblem] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            inside = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in READABLE_SUFFIXES and not p.name.endswith(MAPPING_SUFFIX)
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )  # fmt: skip
            if not inside:
                problems.append(InputProblem(raw, "folder holds no readable documents (.txt, .md, .html, .pdf, .csv, .xlsx, .parquet)", "warning"))
            candidates = inside
        elif path.exists():
            candidates = [path]
        else:
            problems.append(InputProblem(raw, "no such file or folder"))
            continue
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                files.append(candidate)
    return files, problems


def read_document(
    path: Path, *, date: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES, languages: list[str] | None = None, in_folder: bool = False
) -> tuple[Document | None, list[InputProblem]]:
    """Read one file; on failure return the problem instead of raising. A
    table found in a folder that is not a trade table is skipped with a
    warning (folders hold other data files); named directly, it is an error."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return None, [InputProblem(name, f"file is {size / 2**20:.1f} MB, over the {max_bytes / 2**20:g} MB limit (--max-file-size)")]
        data = path.read_bytes()
    except OSError as exc:
        return None, [InputProblem(name, f"cannot read: {exc.strerror or exc}")]
    if not data.strip():
        return None, [InputProblem(name, "empty file")]
    return parse_document(path, data, date=date, languages=languages, in_folder=in_folder)


def read_stream(
    stream: BinaryIO, name: str = STDIN_NAME, *, date: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES, languages: list[str] | None = None
) -> tuple[Document | None, list[InputProblem]]:
    """A document piped in (the path "-"). ``name`` stands for it in reports,
    and its suffix picks the format as a file's would ("page.html")."""
    try:
        data = stream.read(max_bytes + 1)  # one byte more tells that the input is over the limit
    except OSError as exc:
        return None, [InputProblem(name, f"cannot read standard input: {exc.strerror or exc}")]
    if len(data) > max_bytes:
        return None, [InputProblem(name, f"standard input is over the {max_bytes / 2**20:g} MB limit (--max-file-size)")]
    if not data.strip():
        return None, [InputProblem(name, "nothing on standard input")]
    return parse_document(Path(name), data, date=date, languages=languages)


def parse_document(
    path: Path, data: bytes, *, date: dt.date | None = None, languages: list[str] | None = None, in_folder: bool = False
) -> tuple[Document | None, list[InputProblem]]:
    """The document in ``data``, read as its path's suffix says (text when it says nothing known)."""
    name = str(path)
    suffix = path.suffix.lower()
    if suffix in TABLE_SUFFIXES:
        return _table_document(path, name, data, date, in_folder)
    if suffix in PDF_SUFFIXES:
        return _pdf_document(name, data, date, languages)
    try:
        text, encoding = decode(data)
    except DecodeError as exc:
        return None, [InputProblem(name, str(exc))]
    if suffix in HTML_SUFFIXES:
        return _html_document(name, text, date, languages, encoding)
    return _finish(Document(name, text, None, None, "en", encoding=encoding), date, None, languages)


def _finish(
    document: Document, date: dt.date | None, metadata_date: dt.date | None, languages: list[str] | None, metadata: str = ""
) -> tuple[Document, list[InputProblem]]:
    """Date and language: --date, else a header line, else metadata, else a date written near the top."""
    problems: list[InputProblem] = []
    source: str | None = "--date"
    if date is None:
        date, source = header_date(document.text), "header"
    if date is None and metadata_date is not None:
        date, source = metadata_date, metadata
    if date is None:
        date, source = written_date(document.text), "text"
    if date is None:
        # "cn-reuters-2025-11-08.txt" with only "BEIJING, Nov 8 (Reuters)" in it: archives name files by date
        date, source = name_date(document.path), "file name"
    if date is None:
        source = None
        unclear = ambiguous_date(document.text)
        found = f"{unclear!r} could be day/month or month/day" if unclear else "no document date found"
        problems.append(InputProblem(document.path, f"{found}; relative periods such as 'last year' are left unresolved (pass --date)", "warning"))
    language = detect_language(document.text, languages or ["en"])
    return dataclasses.replace(document, date=date, date_source=source, language=language), problems


def _html_document(name: str, html: str, date: dt.date | None, languages: list[str] | None, encoding: str) -> tuple[Document | None, list[InputProblem]]:
    page = read_html(html)
    if not page.text.strip():
        return None, [InputProblem(name, "web page holds no text")]
    document, problems = _finish(Document(name, page.text, None, None, "en", kind="html", encoding=encoding), date, page.date, languages, "html metadata")
    if page.whole_page:
        problems.append(InputProblem(name, "no main article text found; read the whole page (navigation and ads included)", "warning"))
    return document, problems


def _pdf_document(name: str, data: bytes, date: dt.date | None, languages: list[str] | None) -> tuple[Document | None, list[InputProblem]]:
    try:
        pdf = read_pdf(data)
    except PdfProblem as exc:
        return None, [InputProblem(name, str(exc))]
    return _finish(Document(name, pdf.text, None, None, "en", kind="pdf", page_starts=pdf.page_starts), date, pdf.date, languages, "pdf metadata")


def _table_document(path: Path, name: str, data: bytes, date: dt.date | None, in_folder: bool) -> tuple[Document | None, list[InputProblem]]:
    try:
        table = read_table(path, data)
    except NotATradeTable as exc:
        return None, [InputProblem(name, f"skipped, not a trade table: {exc}" if in_folder else str(exc), "warning" if in_folder else "error")]
    except (TableProblem, DecodeError) as exc:
        return None, [InputProblem(name, str(exc))]
    problems = [InputProblem(name, p) for p in table.problems]
    if not table.rows["start"]:
        problems.append(InputProblem(name, "no figures read from the table"))
        return None, problems
    return Document(name, "", date, "--date" if date else None, "en", kind="table", rows=table.rows), problems
