"""PDF bulletins -> text with page boundaries, and the date from metadata.

pypdf reads the text layer: pure Python (no system libraries to install in
CI), maintained, and it gives the document information dictionary
(CreationDate) as a datetime. Scanned PDFs without a text layer yield no
text and are reported as such (OCR is out of scope).

A statistics bulletin's tables come out of the text layer as lines of words
and numbers ("Kazakhstan 1 209.4 402.5 806.9"), where a space both groups
digits and separates columns. pypdf's layout mode keeps the columns apart
(two or more spaces); the rows it shows as a table are rewritten as a pipe
table in the plain text, so the table reader gives each cell its row, column
header and caption unit. The plain text stays the document: layout mode runs
a two-column page's lines side by side.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from typing import Any

PDF_SUFFIXES = {".pdf"}
PAGE_BREAK = "\n\n"


class PdfProblem(ValueError):
    """The PDF cannot be read (damaged, encrypted, no text layer)."""


@dataclass(frozen=True)
class PdfText:
    text: str
    page_starts: tuple[int, ...]  # character offset where each page's text starts
    date: dt.date | None


def read_pdf(data: bytes) -> PdfText:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                raise PdfProblem("encrypted PDF (needs a password)") from None
        pages = [_with_tables(page, page.extract_text() or "") for page in reader.pages]
        created = reader.metadata.creation_date if reader.metadata else None
    except PdfProblem:
        raise
    except Exception as exc:  # pypdf raises many types on damaged files; the file is untrusted input
        raise PdfProblem(f"damaged or unsupported PDF ({type(exc).__name__}: {exc})") from None
    starts: list[int] = []
    offset = 0
    for page in pages:
        starts.append(offset)
        offset += len(page) + len(PAGE_BREAK)
    text = PAGE_BREAK.join(pages)
    if not text.strip():
        raise PdfProblem("PDF has no text layer (scanned pages?); nothing to read")
    return PdfText(text, tuple(starts), created.date() if created else None)


COLUMN_GAP = re.compile(r" {2,}")
# A table cell holding a number ("1 209.4", "-3.2", "12.5%", "98 410.2*") or marking none ("-", "…", "x").
NUMBER_CELL = re.compile(r"[-–−+]?\d(?:[\d ,.']*\d)?[ ]?%?\**|[-–—…x]|\.{2,3}")
# A plain-text word that is a number: two at the end of a line may make a table row.
NUMBER_WORD = re.compile(r"[-–−+]?[\d.,]*\d%?\**")


def _with_tables(page: Any, plain: str) -> str:
    """The page's plain text with its aligned tables as pipe tables (the layout
    text is read only for pages with lines that may be table rows)."""
    if sum(_may_be_row(line) for line in plain.splitlines()) < 2:
        return plain
    try:
        layout = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # layout mode is an extra; a page it cannot lay out keeps its plain text
        return plain
    for lines, table in _aligned_tables(layout):
        plain = _replace_lines(plain, lines, table)
    return plain


def _may_be_row(line: str) -> bool:
    words = line.split()
    return len(words) >= 3 and all(NUMBER_WORD.fullmatch(w) for w in words[-2:])


def _aligned_tables(layout: str) -> list[tuple[list[str], list[str]]]:
    """Tables in layout text: a header line over two or more rows with the same
    number of columns, every cell after the first a number. Each as (its lines
    with spaces collapsed, as the plain text has them; the pipe rows for them)."""
    lines = [line.strip() for line in layout.splitlines()]
    cells = [COLUMN_GAP.split(line) if line else [] for line in lines]
    is_row = [len(c) >= 2 and all(NUMBER_CELL.fullmatch(x) for x in c[1:]) for c in cells]
    found: list[tuple[list[str], list[str]]] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and is_row[j] and len(cells[j]) == len(cells[i]):
            j += 1
        width = len(cells[i])
        header = cells[i - 1] if i > 0 and not is_row[i - 1] else []
        if j - i >= 2 and len(header) in (width, width - 1):
            header = [""] * (width - len(header)) + header  # "      Turnover  Exports": the label column has no title
            rows = [header, *cells[i:j]]
            plain = [" ".join(" ".join(c).split()) for c in rows]
            piped = [_pipe(header), "|" + "---|" * width, *(_pipe(c) for c in cells[i:j])]
            found.append((plain, piped))
        i = max(j, i + 1)
    return found


def _pipe(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _replace_lines(text: str, lines: list[str], table: list[str]) -> str:
    """``text`` with the consecutive ``lines`` (compared with spaces collapsed) replaced
    by ``table``; unchanged when they are not there in that order."""
    own = text.split("\n")
    collapsed = [" ".join(line.split()) for line in own]
    for k in range(len(own) - len(lines) + 1):
        if collapsed[k : k + len(lines)] == lines:
            return "\n".join([*own[:k], *table, *own[k + len(lines) :]])
    return text
