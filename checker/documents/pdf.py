"""PDF bulletins -> text with page boundaries, and the date from metadata.

pypdf reads the text layer: pure Python (no system libraries to install in
CI), maintained, and it gives the document information dictionary
(CreationDate) as a datetime. Scanned PDFs without a text layer yield no
text and are reported as such (OCR is out of scope).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

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
        pages = [page.extract_text() or "" for page in reader.pages]
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
