"""Real-world inputs: web pages, PDFs, legacy encodings and trade tables
all become rows of the one figures table, and bad files are named."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from checker import check
from checker.cli import main
from checker.config import Config
from checker.documents import read_document, read_stream
from checker.documents.dates import find_date
from checker.documents.decoding import DecodeError, decode
from checker.documents.tables import country_or_group, find_unit, read_value
from tests.conftest import figures_of, grows_linearly

INPUTS = Path(__file__).resolve().parent / "fixtures" / "inputs"
CONFLICT = (
    "2024-01-10\n\nIn 2023, trade between Uzbekistan and Tajikistan reached $650 million. The 2023 trade between Uzbekistan and Tajikistan was $820 million."
)
RUSSIAN = "Товарооборот между Казахстаном и Кыргызстаном в 2024 году составил 1,34 млрд долларов США, сообщил премьер-министр."


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


# -- encodings ---------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "koi8_r", "utf-16", "utf-16-le", "utf-16-be"])
def test_encodings_are_detected(encoding):
    text, name = decode(RUSSIAN.encode(encoding))
    assert text == RUSSIAN, name


def test_binary_is_refused_not_decoded():
    with pytest.raises(DecodeError, match="binary"):
        decode(b"\x00\x01\x02 $5 billion" + bytes(range(256)))


def test_cp1251_file_is_read(tmp_path):
    path = tmp_path / "kabar.txt"
    path.write_bytes(("25 февраля 2025\n\n" + RUSSIAN).encode("cp1251"))
    document, problems = read_document(path)
    assert document is not None and document.encoding == "cp1251"
    assert RUSSIAN in document.text
    assert document.date == dt.date(2025, 2, 25) and not problems


# -- web pages -----------------------------------------------------------------


def test_html_main_text_only_and_date_from_metadata():
    report = check([str(INPUTS / "news_page.html")])
    (doc,) = report.documents
    assert (doc.date, doc.date_source) == (dt.date(2024, 3, 12), "html metadata")
    surfaces = sorted(report.figures["surface"])
    # Navigation, ads, script, "related" box and footer prices are not figures.
    assert surfaces == ["$650 million", "$820 million"]
    assert [f.code for f in report.findings] == ["TC201"]
    assert "Subscribe" not in doc.text and "$9.99" not in doc.text


def test_html_without_article_falls_back_to_whole_page_with_warning(tmp_path):
    page = tmp_path / "bare.html"
    page.write_text("<html><body><div>Trade between Chile and Peru reached $4 billion in 2023.</div></body></html>")
    report = check([str(page)], Config(date=dt.date(2024, 1, 10)))
    assert list(report.figures["surface"]) == ["$4 billion"]


# -- PDF -------------------------------------------------------------------------


def _pdf(path: Path, pages: list[str], created: dt.datetime | None = dt.datetime(2024, 3, 3, tzinfo=dt.UTC)) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    if created:
        pdf.set_creation_date(created)
    pdf.set_font("helvetica", size=11)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    pdf.output(str(path))
    return path


def test_pdf_pages_in_locations_and_date_from_metadata(tmp_path):
    path = _pdf(tmp_path / "bulletin.pdf", [
        "Trade bulletin of the joint commission. This page has context only.",
        "In 2023, trade between Uzbekistan and Tajikistan reached $650 million.\n\n"
        "The 2023 trade between Uzbekistan and Tajikistan was $820 million, the report said.",
    ])  # fmt: skip
    report = check([str(path)])
    (doc,) = report.documents
    assert (doc.date, doc.date_source) == (dt.date(2024, 3, 3), "pdf metadata")
    assert list(report.figures["page"]) == [2, 2]
    assert list(report.figures["line"]) == [1, 2]  # counted from the top of page 2
    (finding,) = report.findings
    assert finding.code == "TC201"
    assert all(loc.page == 2 and loc.label.startswith("page 2, line ") for loc in finding.locations)
    assert "page 2, line" in finding.message
    code, out, _ = run("check", str(path), "--format", "json")
    data = json.loads(out)
    assert code == 1 and data["findings"][0]["locations"][0]["page"] == 2


def test_pdf_bulletin_table_cells_take_their_row_column_and_caption(tmp_path):
    # A bulletin's table comes out of the text layer as "Kazakhstan 1 209.4 402.5 806.9": a space both
    # groups digits and separates columns. Read as a table, each cell is a figure of its row's country,
    # its column's metric, in the caption's "million US dollars", for the caption's period.
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(dt.datetime(2025, 11, 14, tzinfo=dt.UTC))
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for line in [
        "National Statistical Committee of the Kyrgyz Republic",
        "In January-September 2025 the foreign trade turnover of Kyrgyzstan amounted to 11 843.6 million US dollars.",
        "Table 1. Trade with EAEU countries, January-September 2025 (million US dollars)",
    ]:
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    for row in [("Country", "Turnover", "Exports", "Imports"), ("Kazakhstan", "1 209.4", "402.5", "806.9"), ("Russia", "2 987.1", "310.2", "2 676.9")]:
        pdf.cell(50, 7, row[0])
        for cell in row[1:]:
            pdf.cell(35, 7, cell, align="R")
        pdf.ln(7)
    pdf.output(str(tmp_path / "bulletin.pdf"))
    report = check([str(tmp_path / "bulletin.pdf")])
    table = report.figures.iloc[1:]
    assert list(table["surface"])[:3] == ["1 209.4", "402.5", "806.9"]  # one number per cell, not "209.4 402.5"
    assert list(table["value"]) == [1209.4e6, 402.5e6, 806.9e6, 2987.1e6, 310.2e6, 2676.9e6]
    assert list(table["metric"]) == ["trade_turnover", "exports", "imports"] * 2
    assert list(table["partner"]) == ["KAZ"] * 3 + ["RUS"] * 3
    assert set(table["period_label"]) == {"Jan-Sep 2025"} and set(table["reporter"]) == {"KGZ"}
    assert report.findings == []


@pytest.mark.parametrize(
    "layout",
    [
        # Prose justified with wide spaces is no table: its cells are words.
        "The  committee  said  that  trade  grew\nover  the  year  in  all  of  its  main  markets\nand  exports  rose  steadily",
        # Numbered lines without a header line above them stay text.
        "1.   2024   5.2\n2.   2025   6.1",
    ],
)
def test_pdf_layout_text_that_is_no_table_is_left_alone(layout):
    from checker.documents.pdf import _aligned_tables

    assert _aligned_tables(layout) == []


def test_pdf_table_detection_is_linear_in_input():
    from checker.documents.pdf import _aligned_tables, _may_be_row

    assert grows_linearly(_aligned_tables, "Kazakhstan   1 209.4   402.5\n")
    assert grows_linearly(lambda text: [_may_be_row(line) for line in text.splitlines()], "1 " * 50 + "x\n")
    assert grows_linearly(_aligned_tables, "1 1 1 1 1 1 1 1 1 1 1 1   ")


def test_damaged_pdf_is_named_and_others_still_checked(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is not a pdf")
    good = tmp_path / "good.txt"
    good.write_text(CONFLICT)
    code, out, err = run("check", str(bad), str(good), "--format", "json")
    assert code == 2 and "Traceback" not in err
    assert any("broken.pdf" in line and "PDF" in line for line in err.splitlines())
    assert [f["code"] for f in json.loads(out)["findings"]] == ["TC201"]


def test_pdf_without_text_layer_is_named(tmp_path):
    path = _pdf(tmp_path / "scan.pdf", [""])
    _, problems = read_document(path)
    assert problems and "no text layer" in problems[0].message


# -- tables ------------------------------------------------------------------------


def test_comtrade_long_tables_current_and_legacy_headers():
    report = check([str(INPUTS / "mirror")])
    table = report.figures
    assert len(table) == 9
    world = table[table["aggregate"]]
    assert sorted(world["partner"]) == ["WLD", "WLD"]  # W00 (current) and WLD (legacy) are both the World
    hs27 = table[table["scope"].notna()]
    assert list(hs27["scope"]) == ["HS 27"]  # a commodity row is not total trade
    row = table[(table["reporter"] == "TJK") & (table["metric"] == "imports") & (table["period_label"] == "2023") & ~table["aggregate"]].iloc[0]
    assert (row["value"], row["currency"], row["row"], row["column"], row["reporter_source"]) == (7e8, "USD", 3, "Trade Value (US$)", "table")


def test_mirror_pair_of_tables_flags_asymmetry_with_year_over_year_change():
    report = check([str(INPUTS / "mirror")])
    (finding,) = report.findings  # 2022 is within the band; 2023 is not; commodity and World rows are never paired
    assert finding.code == "TC204"
    assert finding.evidence["gap"] == pytest.approx(0.4)
    assert finding.evidence["gap_year_before"] == pytest.approx(510 / 480 - 1, abs=1e-6)
    assert "A year earlier (2022) the gap was 6.2%, within the normal band: it widened by 33.8 points" in finding.message
    assert {loc.column for loc in finding.locations} == {"primaryValue", "Trade Value (US$)"}


def test_mirror_within_band_stays_silent(tmp_path):
    (tmp_path / "a.csv").write_text("reporterISO,partnerISO,flowCode,period,primaryValue\nUZB,TJK,X,2023,500000000\n")
    (tmp_path / "b.csv").write_text("reporterISO,partnerISO,flowCode,period,primaryValue\nTJK,UZB,M,2023,530000000\n")
    assert check([str(tmp_path)]).findings == []


def _wide_workbook(path: Path, *, imports_2023: object = 862182.6) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    exports = book.active
    exports.title = "Exports"
    exports.append(["Exports of Kyrgyzstan by partner country, thousand US dollars"])
    exports.append([])
    exports.append(["Partner", 2022, 2023])
    exports.append(["Total", 2700000.5, 3300000.1])
    exports.append(["CIS", 1500000.0, 1600000.0])
    exports.append(["Kazakhstan", 380000.0, 449009.3])
    exports.append(["China", 90000.0, 101000.4])
    imports = book.create_sheet("Imports")
    imports.append(["Imports of Kyrgyzstan by partner country, thousand US dollars"])
    imports.append(["Partner", 2022, 2023])
    imports.append(["Kazakhstan", 800000.0, imports_2023])
    imports.append(["ЕАЭС", 4000000.0, 4500000.0])
    book.create_sheet("Notes").append(["Source: national statistics committee"])
    book.save(path)
    return path


MAPPING = "reporter: KGZ\nsheets:\n  Exports: {flow: export}\n  Imports: {flow: import}\n"


def test_wide_national_table_through_mapping_file(tmp_path):
    path = _wide_workbook(tmp_path / "kg_trade.xlsx")
    (tmp_path / "kg_trade.tradecheck.yaml").write_text(MAPPING)
    report = check([str(path)])
    assert not report.problems
    table = report.figures
    kaz = table[(table["partner"] == "KAZ") & (table["period_label"] == "2023")].set_index("metric")
    assert kaz.loc["exports", "value"] == pytest.approx(449_009_300)  # thousand US dollars, from the title
    assert kaz.loc["imports", "decimals"] == 1
    assert (kaz.loc["exports", "sheet"], kaz.loc["exports", "row"], kaz.loc["exports", "column"]) == ("Exports", 6, "2023")
    groups = table[table["aggregate"]]
    assert sorted(set(groups["partner"])) == ["CIS", "EAEU", "WLD"]
    assert set(table["reporter"]) == {"KGZ"}


def test_wide_table_mirrors_a_comtrade_table(tmp_path):
    _wide_workbook(tmp_path / "kg_trade.xlsx")
    (tmp_path / "kg_trade.tradecheck.yaml").write_text(MAPPING)
    (tmp_path / "kz.csv").write_text("reporterISO,partnerISO,flowCode,period,primaryValue\nKAZ,KGZ,X,2023,1147176200\nKAZ,KGZ,M,2023,540959400\n")
    codes = sorted((f.code, f.evidence["class"]) for f in check([str(tmp_path)]).findings)
    assert codes == [("TC204", "asymmetry"), ("TC204", "asymmetry")]


def test_parquet_table(tmp_path):
    frame = pd.DataFrame({"reporterISO": ["UZB"], "partnerISO": ["TJK"], "flowCode": ["X"], "period": [2023], "primaryValue": [5.0e8]})
    frame.to_parquet(tmp_path / "uzb.parquet")
    (tmp_path / "tjk.csv").write_text("reporterISO,partnerISO,flowCode,period,primaryValue\nTJK,UZB,M,2023,700000000\n")
    report = check([str(tmp_path)])
    assert [f.code for f in report.findings] == ["TC204"]


def test_bad_tables_name_file_sheet_and_column_and_others_are_still_checked(tmp_path):
    (tmp_path / "missing.csv").write_text("reporterISO,partnerISO,period,primaryValue\nUZB,TJK,2023,5\n")
    _wide_workbook(tmp_path / "texty.xlsx", imports_2023="n/a (revised)")
    (tmp_path / "texty.tradecheck.yaml").write_text(MAPPING)
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Empty"
    book.save(tmp_path / "empty.xlsx")
    (tmp_path / "empty.tradecheck.yaml").write_text("reporter: KAZ\nflow: export\n")
    good = tmp_path / "zgood.txt"
    good.write_text(CONFLICT)
    code, out, err = run("check", str(tmp_path), "--format", "json")
    assert code == 2 and "Traceback" not in err
    lines = err.splitlines()
    assert any("missing.csv" in line and "missing column(s) flowcode" in line for line in lines), lines
    assert any("texty.xlsx" in line and "sheet 'Imports'" in line and "row 3, column 2023" in line and "not a number" in line for line in lines), lines
    assert any("empty.xlsx" in line and "sheet 'Empty'" in line and "empty" in line for line in lines), lines
    data = json.loads(out)
    assert "TC201" in [f["code"] for f in data["findings"]]  # the text file is still checked
    assert any(d["path"].endswith("texty.xlsx") for d in data["documents"])  # and the readable cells of the bad table


def test_mapping_file_errors_name_the_key(tmp_path):
    path = _wide_workbook(tmp_path / "kg.xlsx")
    (tmp_path / "kg.tradecheck.yaml").write_text("reporter: KGZ\nflow: exprot\n")
    _, problems = read_document(path)
    assert problems and "key flow" in problems[0].message and "exprot" in problems[0].message
    (tmp_path / "kg.tradecheck.yaml").write_text("reporter: KGZ\nflow: export\ncolour: red\n")
    _, problems = read_document(path)
    assert "unknown key(s) colour" in problems[0].message


@pytest.mark.parametrize(
    ("text", "separator", "expected"),
    [("1147176.2", ".", (1147176.2, 1)), ("1 147 176,2", ",", (1147176.2, 1)), ("1,147,176", ".", (1147176.0, 0)),
     ("449009,3", ",", (449009.3, 1)), ("5e8", ".", (5e8, 0)), ("n/a", ".", None), ("12 apples", ".", None),
     ("−1 340,5", ",", (-1340.5, 1)), ("2,5", ".", (2.5, 1))],
)  # fmt: skip
def test_cell_values(text, separator, expected):
    assert read_value(text, separator) == expected


def test_units_and_groups_from_any_language():
    assert find_unit("Exports by partner, thousand US dollars") == ("thousand", "USD")
    assert find_unit("Экспорт, тыс. долларов США") == ("thousand", "USD")
    assert find_unit("Value (KZT million)") == ("million", "KZT")
    assert find_unit("in thousands of Kyrgyz soms") == ("thousand", "KGS")
    assert find_unit("Trade in million U.S. dollars") == ("million", "USD")  # the longest currency name named wins
    assert find_unit("Partner") == (None, None)
    assert country_or_group("W00") == ("WLD", True)
    assert country_or_group("417") == ("KGZ", False)
    assert country_or_group("Kazakhstan") == ("KAZ", False)


def test_turnover_against_turnover_with_year_over_year_change(tmp_path):
    header = "reporterISO,partnerISO,flowCode,period,primaryValue\n"
    (tmp_path / "kaz.csv").write_text(header + "KAZ,KGZ,T,2022,1250000000\nKAZ,KGZ,T,2023,1688135600\n")
    (tmp_path / "kgz.csv").write_text(header + "KGZ,KAZ,T,2022,1181000000\nKGZ,KAZ,T,2023,1311192000\n")
    (finding,) = check([str(tmp_path)]).findings  # 2022 (5.8%) is within the band
    assert finding.code == "TC202"
    assert finding.evidence["gap_year_before"] == pytest.approx(1250 / 1181 - 1, abs=1e-6)
    assert "A year earlier (2022) the gap was 5.8%, within the normal band: it widened by" in finding.message
    assert "Kazakhstan's statistics" in finding.message and "Kyrgyzstan's statistics" in finding.message


def test_committed_cp1251_article_reads_like_its_utf8_original():
    legacy = check([str(INPUTS / "kabar-ru-cp1251.txt")])
    original = check([str(INPUTS.parent.parent / "corpus" / "translation" / "kg-kz-meeting.ru.md")])
    (doc,) = legacy.documents
    assert doc.language == "ru" and doc.date == dt.date(2025, 2, 25)
    assert [(f.code, f.claim, f.message) for f in legacy.findings] == [(f.code, f.claim, f.message) for f in original.findings]


def test_html_report_lists_flagged_table_cells_escaped(tmp_path):
    from checker.reporters import get_reporter

    (tmp_path / "a.csv").write_text("reporterISO,partnerISO,flowCode,period,primaryValue\nUZB,TJK,X,2023,500000000\n")
    (tmp_path / "b<script>.csv").write_text("reporterISO,partnerISO,flowCode,period,primaryValue\nTJK,UZB,M,2023,700000000\n")
    html = get_reporter("html")(check([str(tmp_path)]), fail_on="error", color=False)
    assert html.count('<mark id="f') == 2 and "row 2, column primaryValue" in html
    assert "<script>" not in html and "b&lt;script&gt;.csv" in html


# -- hostile input: any bytes under any name give a document or a named problem --

MARKDOWN_BY_INDICATOR = """date: 2025-03-01

| Indicator | 2023 | 2024 |
|---|---|---|
| Trade turnover | $4.4 billion | $4.1 billion |
| Kazakh exports to Uzbekistan | $3.1 billion | $2.9 billion |
| Kazakh imports from Uzbekistan | $1.3 billion | $1.2 billion |
"""

MARKDOWN_BY_YEAR = """date: 2025-03-01

Kazakhstan's trade with Uzbekistan:

| Year | Trade turnover | Exports | Imports |
|:-----|---------------:|--------:|--------:|
| 2023 | $4.4 billion | $3.1 billion | $1.3 billion |
| 2024 | $4.6 billion | $2.9 billion | $1.2 billion |
"""


def test_markdown_table_cells_read_through_their_headers(tmp_path):
    # Read as prose, every cell took the last year and metric before it: 2023 and 2024 "conflicted".
    (tmp_path / "by-indicator.md").write_text(MARKDOWN_BY_INDICATOR)
    report = check([str(tmp_path / "by-indicator.md")])
    assert report.findings == []
    cells = [(r.metric, r.reporter, r.partner, r.period_label, r.surface) for r in report.figures.itertuples()]
    assert cells[:4] == [
        ("trade_turnover", "KAZ", "UZB", "2023", "$4.4 billion"), ("trade_turnover", "KAZ", "UZB", "2024", "$4.1 billion"),
        ("exports", "KAZ", "UZB", "2023", "$3.1 billion"), ("exports", "KAZ", "UZB", "2024", "$2.9 billion"),
    ]  # fmt: skip
    # Years down the side, metrics across the top; an inconsistent row is still found.
    (tmp_path / "by-year.md").write_text(MARKDOWN_BY_YEAR)
    report = check([str(tmp_path / "by-year.md")])
    assert [(f.code, f.severity) for f in report.findings] == [("TC301", "error")]
    assert "exports $2.9 billion (line 8) + imports $1.2 billion (line 8) = $4.1 billion" in report.findings[0].message


UNIT_TABLES = """date: 2025-03-01

Kazakhstan's trade with Uzbekistan, US$ billion:

| Year | Trade turnover | Exports | Imports | Number of exporters |
|:-----|---------------:|--------:|--------:|--------------------:|
| 2023 | 4.4 | 3.1 | 1.3 | 1,200 |
| 2024 | 4.6 | 2.9 | 1.2 | 1,300 |

| Indicator | 2023 | 2024 |
|---|---|---|
| Kazakh exports to Uzbekistan, KZT billion | 1,420 | 1,350 |
| Growth, % | 5 | 4 |
| Number of exporters | 1,200 | 1,300 |
"""


def test_bare_numbers_in_a_table_take_the_unit_its_caption_or_row_names(tmp_path):
    (tmp_path / "units.md").write_text(UNIT_TABLES)
    report = check([str(tmp_path / "units.md")])
    cells = [(r.surface, r.currency, r.value, r.metric, r.period_label) for r in report.figures.itertuples()]
    assert cells == [
        ("4.4", "USD", 4.4e9, "trade_turnover", "2023"), ("3.1", "USD", 3.1e9, "exports", "2023"), ("1.3", "USD", 1.3e9, "imports", "2023"),
        ("4.6", "USD", 4.6e9, "trade_turnover", "2024"), ("2.9", "USD", 2.9e9, "exports", "2024"), ("1.2", "USD", 1.2e9, "imports", "2024"),
        # The row names its own unit; in a table "1,420" groups digits (no decimal-comma finding); "%" and counts
        # ("Number of exporters" under a US$ caption) are no money.
        ("1,420", "KZT", 1.42e12, "exports", "2023"), ("1,350", "KZT", 1.35e12, "exports", "2024"),
    ]  # fmt: skip
    assert [f.code for f in report.findings] == ["TC301"]  # 2.9 + 1.2 is not 4.6


def test_a_long_markdown_table_is_read_in_linear_time():
    header = "| Indicator | 2023 | 2024 |\n|---|---|---|\n"
    assert grows_linearly(lambda rows: figures_of(header + rows), "| Kazakh exports to Uzbekistan | $3.1 billion | $2.9 billion |\n")
    # As the HTML reader gives a table: one row per paragraph.
    assert grows_linearly(lambda rows: figures_of(header.replace("\n", "\n\n") + rows), "| Kazakh exports | $3.1 billion | $2.9 billion |\n\n")
    assert grows_linearly(lambda blanks: figures_of("| Indicator | 2023 |\n" + blanks + "|---|---|\n| exports | $3.1 billion |\n" * 300), "\n")


def test_web_page_table_cells_read_through_their_headers():
    page = (
        '<html><head><meta property="article:published_time" content="2025-03-01"></head><body><article>'
        "<p>Kazakhstan's trade with Uzbekistan has been steady in recent years, officials in Astana and Tashkent said on Monday.</p>"
        "<table><tr><th>Indicator</th><th>2023</th><th>2024</th></tr>"
        "<tr><td>Trade turnover</td><td>$4.4 billion</td><td>$4.1 billion</td></tr>"
        "<tr><td>Kazakh exports to Uzbekistan</td><td>$3.1 billion</td><td>$2.9 billion</td></tr></table></article></body></html>"
    )
    result = CliRunner().invoke(main, ["extract", "-", "--stdin-filename", "page.html"], input=page.encode())
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["metric"], r["period_label"]) for r in rows] == [
        ("trade_turnover", "2023"), ("trade_turnover", "2024"), ("exports", "2023"), ("exports", "2024"),
    ]  # fmt: skip


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

HOSTILE_PREFIXES = [b"", b"<html><body><article><p>", b"%PDF-1.4\n", b"PK\x03\x04", b"reporterISO,partnerISO,flowCode,period,primaryValue\n", b"\xef\xbb\xbf"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    suffix=st.sampled_from([".txt", ".md", ".html", ".pdf", ".csv", ".tsv", ".xlsx", ".parquet"]),
    prefix=st.sampled_from(HOSTILE_PREFIXES),
    body=st.binary(max_size=600) | st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
)
def test_any_bytes_under_any_name_never_raise(tmp_path, suffix, prefix, body):
    path = tmp_path / f"doc{suffix}"
    path.write_bytes(prefix + body)
    document, problems = read_document(path)
    assert document is not None or problems
    for problem in problems:
        assert str(path) in str(problem) and "\n" not in problem.message
    # The same bytes piped in under that name read the same.
    piped, piped_problems = read_stream(io.BytesIO(prefix + body), str(path))
    assert piped == document
    assert [str(p) for p in piped_problems] == [str(p).replace("empty file", "nothing on standard input") for p in problems]


def test_a_data_file_in_a_folder_is_skipped_but_named_directly_is_an_error(tmp_path):
    (tmp_path / "staff.csv").write_text("name,age\nAigul,34\n")
    (tmp_path / "news.txt").write_text(CONFLICT)
    code, out, err = run("check", str(tmp_path), "--format", "json")
    assert code == 1 and "warning: " in err and "skipped, not a trade table" in err  # the folder's findings decide
    assert [f["code"] for f in json.loads(out)["findings"]] == ["TC201"]
    code, _, err = run("check", str(tmp_path / "staff.csv"))
    assert code == 2 and "error: " in err and "unrecognised layout" in err


def test_mirror_trend_finds_the_year_before_across_a_leap_february(tmp_path):
    # February 2024 ends on the 29th, February 2023 on the 28th: still the same months a year apart.
    (tmp_path / "uz.txt").write_text(
        "date: 2024-03-20\n\nUzbekistan's exports to Tajikistan amounted to $50 million in February 2024, according to the Uzbek statistics agency. "
        "In February 2023, Uzbekistan's exports to Tajikistan amounted to $48 million, the agency said.\n"
    )
    (tmp_path / "tj.txt").write_text(
        "date: 2024-03-22\n\nTajikistan's imports from Uzbekistan reached $70 million in February 2024, according to the Tajik statistics agency. "
        "In February 2023, Tajikistan's imports from Uzbekistan were $50 million, the agency said.\n"
    )
    (finding,) = check([str(tmp_path)]).findings
    assert finding.code == "TC204"
    assert finding.evidence["gap_year_before"] == pytest.approx(50 / 48 - 1, abs=1e-6)
    assert "A year earlier (Feb 2023) the gap was 4.2%" in finding.message


def test_conflict_trend_finds_the_year_before_of_a_two_year_period(tmp_path):
    # "2023-2024" follows "2022-2023" (same first day, same length), and the message names that period as stated.
    (tmp_path / "kz.txt").write_text(
        "date: 2025-02-10\n\nKazakhstan's trade with China reached $40 billion in 2023-2024, the Kazakh side said. "
        "In 2022-2023, Kazakhstan's trade with China reached $36 billion, the Kazakh side said.\n"
    )
    (tmp_path / "cn.txt").write_text(
        "date: 2025-02-12\n\nChina's trade with Kazakhstan reached $52 billion in 2023-2024, the Chinese side said. "
        "In 2022-2023, China's trade with Kazakhstan reached $37 billion, the Chinese side said.\n"
    )
    (finding,) = check([str(tmp_path)]).findings
    assert finding.code == "TC202"
    assert finding.evidence["gap_year_before"] == pytest.approx(37 / 36 - 1, abs=1e-6)
    assert "A year earlier (2022-2023) the gap was 2.8%, within the normal band: it widened by" in finding.message


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("date: 2025-02-25\n\nTrade rose.", (dt.date(2025, 2, 25), "header")),
        ("25 February 2025\n\nTrade rose.", (dt.date(2025, 2, 25), "text")),
        ("ASTANA, February 25, 2025 - Trade rose.", (dt.date(2025, 2, 25), "text")),
        ("ALMATY, Nov 20, 2025 — Trade rose.", (dt.date(2025, 11, 20), "text")),  # an abbreviated month
        ("Published 20 Nov. 2025\n\nTrade rose.", (dt.date(2025, 11, 20), "text")),
        ("The June 2025 figures show trade rose.", (None, None)),  # a month and year is a period, not a date
        ("25.02.2025\n\nТоварооборот вырос.", (dt.date(2025, 2, 25), "text")),
        ("November 14th, 2025\n\nTrade rose.", (dt.date(2025, 11, 14), "text")),  # an ordinal day
        ("Posted on the 14th of November, 2025", (dt.date(2025, 11, 14), "text")),
        ("2025/11/14\n\nTrade rose.", (dt.date(2025, 11, 14), "text")),
        ("Published: 15/11/2025\n\nTrade rose.", (dt.date(2025, 11, 15), "text")),  # day first: 15 is no month
        ("Published: 11/15/2025\n\nTrade rose.", (dt.date(2025, 11, 15), "text")),  # month first
        ("Published: 14-11-2025\n\nTrade rose.", (dt.date(2025, 11, 14), "text")),
        ("Published: 03/04/2025\n\nTrade rose.", (None, None)),  # 3 April or March 4: not guessed
        ("2025-11-14\n\nKazakhstan's foreign trade in January-September 2025", (dt.date(2025, 11, 14), "text")),
        ("Posted 2025-11-14 09:30. Updated 17 November 2025.", (dt.date(2025, 11, 14), "text")),  # the first date
        ("2025-13-40\n\nTrade in 2023-2024 rose.", (None, None)),  # no such day; a year range is no date
        ("Trade in 2024 rose to $1 billion.", (None, None)),
    ],
)
def test_document_date_is_the_first_date_near_the_top(head, expected):
    assert find_date(head) == expected


def test_web_table_caption_gives_its_unit_and_declaring_side():
    # trafilatura writes <caption> as a first pipe row and rule above the header row.
    report = check([str(INPUTS / "ge-am-caption-table.html")])
    rows = report.figures[report.figures["line"] == 13]  # the table's rows on consecutive lines, as on the page
    assert list(rows["value"]) == [761.5e6, 379.9e6, 1141.4e6]
    assert set(zip(rows["reporter"], rows["partner"], rows["reporter_source"], strict=True)) == {("GEO", "ARM", "sentence")}
    # Geostat's figures (prose and table) against Armstat's: mirror asymmetries, not conflicts within one side.
    assert [f.code for f in report.findings] == ["TC202", "TC202"]
    assert "nav" not in " ".join(report.figures["surface"]) and 9.99 not in list(report.figures["value"])


def test_web_partner_table_under_a_paragraph_of_figures():
    # A statistics agency's page: world totals in prose, then "Main trading partners, January-June 2025
    # (million US dollars)" over a <table>. Before, each row was its own paragraph, the cells took "billion"
    # from the prose above the caption, and the exports after the world total took the document's pair:
    # eight false errors. The Kazakh side's $2.0 billion is within the mirror band of the table's 2,071.9.
    report = check([str(INPUTS / "uz-partners-table.html")])
    figures = report.figures.set_index("surface")
    assert figures.loc["6,358.1", "value"] == 6358.1e6 and figures.loc["6,358.1", "partner"] == "CHN"
    assert figures.loc["2,071.9", "line"] == figures.loc["780.2", "line"] == figures.loc["6,358.1", "line"] + 2
    assert tuple(figures.loc["$15.0 billion", ["reporter", "partner"]]) == ("UZB", "WLD")
    assert report.findings == []


def test_web_fact_box_table_titled_by_a_pair(tmp_path):
    # "Fact box: Armenia-Georgia trade, US$ million" above a <table>: Armenia's cells, in millions of dollars.
    report = check([str(INPUTS / "am-ge-fact-box.html")])
    cells = report.figures[report.figures["surface"] == "1,204.1"].iloc[0]
    assert (cells["reporter"], cells["partner"], cells["period_label"], cells["value"]) == ("ARM", "GEO", "2024", 1204.1e6)
    # Geostat's $1.1 billion is within the mirror band of the table's $1,204.1 million; the footer's ad price is no figure.
    assert report.findings == [] and 500.0 not in list(report.figures["value"])
    # With a wider gap the two offices disagree: a mirror asymmetry.
    wider = tmp_path / "wider.html"
    wider.write_text((INPUTS / "am-ge-fact-box.html").read_text(encoding="utf-8").replace("$1.1 billion", "$0.9 billion"), encoding="utf-8")
    assert [f.code for f in check([str(wider)]).findings] == ["TC202"]


def test_a_date_that_reads_two_ways_is_named_in_the_warning(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Published: 03/04/2025\n\nTrade between Chile and Peru reached $4 billion last year.\n")
    document, problems = read_document(path)
    assert document is not None and document.date is None
    assert [p.message for p in problems] == [
        "'03/04/2025' could be day/month or month/day; relative periods such as 'last year' are left unresolved (pass --date)"
    ]


def _kazakh_exports_by_partner(tmp_path, column: str, rows: str):
    """A national wide table (partners by year, one percent column) with its mapping file, checked."""
    table = tmp_path / "kz_partners.csv"
    table.write_text(f'Exports of Kazakhstan by partner, million US dollars\nPartner,2023,2024,"{column}"\n{rows}', encoding="utf-8")
    (tmp_path / "kz_partners.tradecheck.yaml").write_text("reporter: KAZ\nflow: export\n")
    return check([str(table)])


def test_a_wide_tables_change_column_gives_rates_checked_against_the_row(tmp_path):
    rows = "China,16900.5,20400.2,20.7\nRussia,9200.1,9100.4,-1.1\nItaly,13000.0,12300.0,-15.4\n"
    report = _kazakh_exports_by_partner(tmp_path, "Change, %", rows)
    rates = report.figures.query("kind == 'percent'")
    assert list(zip(rates["partner"], rates["value"], rates["change"], rates["period_label"], strict=True)) == [
        ("CHN", 20.7, "up", "2024"),
        ("RUS", 1.1, "down", "2024"),
        ("ITA", 15.4, "down", "2024"),
    ]
    # Italy's -15.4% is -5.4% by its row: TC305; China's and Russia's agree.
    assert [(f.code, f.locations[0].row) for f in report.findings] == [("TC305", 5)]


def test_a_wide_tables_share_column_gives_shares_checked_against_the_row_and_the_world_row(tmp_path):
    rows = "World,78700.0,81200.0,100.0\nChina,16900.5,20400.2,25.1\nRussia,9200.1,9100.4,11.2\nItaly,13000.0,12300.0,17.1\n"
    report = _kazakh_exports_by_partner(tmp_path, "Share, %", rows)
    shares = report.figures.query("kind == 'percent'")
    assert list(zip(shares["partner"], shares["value"], shares["role"], shares["period_label"], strict=True)) == [
        ("WLD", 100.0, "share", "2024"),
        ("CHN", 25.1, "share", "2024"),
        ("RUS", 11.2, "share", "2024"),
        ("ITA", 17.1, "share", "2024"),
    ]
    # Italy's 17.1% is 15.1% of the 2024 world total by its row: TC306; China's and Russia's agree.
    assert [(f.code, f.locations[0].row) for f in report.findings] == [("TC306", 6)]
