"""Paths -> Documents (text, date, language), or a clear problem per file.

Documents are untrusted: every failure becomes an ``InputProblem`` naming the
file and the reason, and never stops the other files from being read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
DEFAULT_MAX_BYTES = 32 * 1024 * 1024
SNIFF_BYTES = 8192

_ISO_DATE = r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
_HEADER_DATE = re.compile(rf"(?im)^\s*(?:date|dated|published|pubdate)\s*[:=]?\s*[\"']?{_ISO_DATE}")
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]  # fmt: skip
_MONTH_ALT = "|".join(_MONTHS)
_TEXT_DATE = re.compile(
    rf"(?i)\b(?:(?P<d1>[0-3]?\d)\s+(?P<m1>{_MONTH_ALT})\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<m2>{_MONTH_ALT})\s+(?P<d2>[0-3]?\d),?\s+(?P<y2>(?:19|20)\d\d))\b"
)
DATE_SEARCH_CHARS = 600


@dataclass(frozen=True)
class Document:
    path: str  # as the user named it, for messages and reports
    text: str
    date: dt.date | None
    date_source: str | None
    language: str


@dataclass(frozen=True)
class InputProblem:
    path: str
    message: str
    level: str = "error"  # error: not read (exit 2); warning: read, with a caveat

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def find_date(text: str) -> tuple[dt.date | None, str | None]:
    """The document's own date: a 'date: YYYY-MM-DD' header or front matter
    line, else a written date near the top ("25 February 2025")."""
    head = text[:DATE_SEARCH_CHARS]
    m = _HEADER_DATE.search(head)
    if m:
        try:
            return dt.date(int(m["y"]), int(m["m"]), int(m["d"])), "header"
        except ValueError:
            pass
    m = _TEXT_DATE.search(head)
    if m:
        day, month, year = (m["d1"], m["m1"], m["y1"]) if m["d1"] else (m["d2"], m["m2"], m["y2"])
        try:
            return dt.date(int(year), _MONTHS.index(month.lower()) + 1, int(day)), "text"
        except ValueError:
            pass
    return None, None


def detect_language(text: str, available: list[str]) -> str:
    """'ru' when most letters are Cyrillic and a Russian lexicon exists, else 'en'."""
    sample = text[:20000]
    cyrillic = len(re.findall(r"[А-Яа-яЁё]", sample))
    latin = len(re.findall(r"[A-Za-z]", sample))
    if cyrillic > latin and "ru" in available:
        return "ru"
    return "en"


def expand_paths(paths: list[str]) -> tuple[list[Path], list[InputProblem]]:
    """Files named directly, and the text files inside named folders (sorted)."""
    files: list[Path] = []
    problems: list[InputProblem] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            inside = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )  # fmt: skip
            if not inside:
                problems.append(InputProblem(raw, "folder holds no readable documents (.txt, .md)", "warning"))
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
    path: Path, *, date: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES, languages: list[str] | None = None
) -> tuple[Document | None, list[InputProblem]]:
    """Read one file; on failure return the problem instead of raising."""
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
    if b"\x00" in data[:SNIFF_BYTES]:
        return None, [InputProblem(name, "binary file, not text")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, [InputProblem(name, f"not valid UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r})")]
    problems: list[InputProblem] = []
    source: str | None = "--date"
    if date is None:
        date, source = find_date(text)
        if date is None:
            problems.append(InputProblem(name, "no document date found; relative periods such as 'last year' are left unresolved (pass --date)", "warning"))
    language = detect_language(text, languages or ["en"])
    return Document(name, text, date, source, language), problems
