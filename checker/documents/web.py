"""Saved web pages -> the article's main text and its publication date.

trafilatura finds the main text (boilerplate removal: navigation, ads,
footers and "related" boxes are dropped, so "Subscribe for $9.99" is never
read as a figure) and, through htmldate, the publication date from the
page's metadata. It is maintained, widely used for news corpora, and needs
no browser. Each block of the main text becomes a paragraph. Recall mode
first: precision mode drops a release's short bulleted items ("Exports –
2 912,3 mln. USD (+18,4%);"), the figures a checker is there for.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


@dataclass(frozen=True)
class WebText:
    text: str
    date: dt.date | None
    whole_page: bool  # no main text was found: the whole page's text was read


def _paragraphs(text: str) -> str:
    """Each block a paragraph, but a table's rows (trafilatura writes them as
    "| a | b |" lines) stay one block: a blank line between rows would end the
    table after its header, and its cells would lose their headers and caption."""
    blocks: list[str] = []
    for line in (line.strip() for line in text.splitlines()):
        if not line:
            continue
        if line.startswith("|") and blocks and blocks[-1].startswith("|"):
            blocks[-1] += "\n" + line
        else:
            blocks.append(line)
    return "\n\n".join(blocks)


def _extract(html: str, *, recall: bool) -> dict[str, str | None]:
    import trafilatura

    found = trafilatura.extract(
        html, output_format="json", with_metadata=True, include_comments=False, include_tables=True, deduplicate=False, favor_recall=recall
    )
    return json.loads(found) if found else {}


def read_html(html: str) -> WebText:
    found = _extract(html, recall=True) or _extract(html, recall=False)
    date: dt.date | None = None
    try:
        date = dt.date.fromisoformat(str(found.get("date") or "")[:10])
    except ValueError:
        date = None
    text = _paragraphs(found.get("text") or "")
    if text:
        return WebText(text, date, whole_page=False)
    import trafilatura

    return WebText(_paragraphs(trafilatura.html2txt(html) or ""), date, whole_page=True)
