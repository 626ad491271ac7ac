"""The self-contained HTML report, opened in real headless Chromium.

`make test` installs Debian's chromium when it is missing; set
TRADECHECK_SKIP_BROWSER=1 to skip the browser checks on a machine without it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from checker import check
from checker.reporters import get_reporter
from tests.conftest import SEEDS

EVIL = """date: 2025-01-01

<script>document.documentElement.setAttribute('data-pwned', 'script')</script>
In 2024 trade between Chile and Peru was $1,250 billion <img src=x onerror="document.documentElement.setAttribute('data-pwned', 'img')">.
Peruvian officials said trade between Chile and Peru in 2024 was $1.3 billion. </div><a href="javascript:alert(1)">x</a>
"""


def _html(paths):
    return get_reporter("html")(check([str(p) for p in paths]), fail_on="error", color=False)


def _chromium():
    if os.environ.get("TRADECHECK_SKIP_BROWSER"):
        pytest.skip("TRADECHECK_SKIP_BROWSER is set")
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    assert binary, "chromium not found: `make test` installs Debian's chromium"
    return binary


def _render(tmp_path, page: str) -> str:
    """The DOM after Chromium loaded the page offline and ran whatever it would run."""
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    result = subprocess.run(
        [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=3000", "--dump-dom", path.as_uri()],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_report_is_self_contained_and_escaped(tmp_path):
    doc = tmp_path / "evil.txt"
    doc.write_text(EVIL)
    page = _html([doc])
    assert "<script" not in page and "<img" not in page and 'href="javascript:' not in page
    assert "&lt;script&gt;" in page
    assert not re.search(r'(?:src|href)="(?:https?:)?//', page)  # nothing fetched from a network
    assert "Content-Security-Policy" in page


def test_chromium_opens_the_report_and_runs_nothing(tmp_path):
    doc = tmp_path / "evil.txt"
    doc.write_text(EVIL)
    dom = _render(tmp_path, _html([doc, SEEDS / "000_2d71913308cefc30.txt"]))
    assert 'data-pwned="' not in dom  # the attribute a script would set; the escaped text names it harmlessly
    assert "TC101 malformed-scale-separator" in dom and "TC202 cross-reporter-asymmetry" in dom
    assert 'id="rule-TC202"' in dom  # findings link to their rule's documentation
    assert re.search(r'<mark id="f\d+" class="error"[^>]*>\$1,340 billion</mark>', dom)


def test_report_for_the_samples_has_a_summary_table():
    page = _html([SEEDS])
    assert "<th>documents</th>" in page and page.count('<section id="doc-') == len(list(SEEDS.glob("*.*")))
