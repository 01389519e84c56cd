"""The report and the consolidation as a reader holds them printed: no text cut off at a
column's edge, dates and counts clear of the next column's text, one comparison column
when a year's previous period is the year before, statistics' titles beside their chart,
row heights that hold a hyphenated e-mail, footers that keep the period — and, through
LibreOffice, pages with something on them, the period in every footer, CJK names set in a
CJK font. Workbooks are read back with openpyxl; the PDF with poppler's tools."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.utils import get_column_letter

from attache_app.domain.cells import display_width
from attache_app.exporting import sheets
from attache_app.exporting.period import parse_period
from attache_app.services import exports, post
from attache_app.storage import Store
from tests.conftest import CliRunner, fixed_clock

# Sheets laid out by hand (a cover, charts beside small tables): checked on their own.
BY_HAND = {"Overview", "Statistics", "Chart"}


@pytest.fixture
def year_report(demo_store: Store, tmp_path: Path) -> Path:
    out = tmp_path / "annee.xlsx"
    exports.write_report(
        demo_store, out, parse_period("2026"), named_persons=True, include_drafts=True,
        clock=fixed_clock,
    )  # fmt: skip
    return out


@pytest.fixture
def consolidation(demo_store: Store, tmp_path: Path) -> Path:
    first, second = tmp_path / "taipei.xlsx", tmp_path / "seoul.xlsx"
    exports.write_report(demo_store, first, parse_period("2026-Q3"), clock=fixed_clock)
    post.update_settings(
        demo_store,
        post_name="Ambassade de France en République de Corée — Service pour la science et "
        "la technologie (Séoul)",
        country="KR",
    )
    exports.write_report(demo_store, second, parse_period("2026-Q3"), clock=fixed_clock)
    out = tmp_path / "reseau.xlsx"
    exports.consolidate_reports([first, second], out)
    return out


def _tables(path: Path) -> list[Any]:
    return [ws for ws in openpyxl.load_workbook(path).worksheets if ws.title not in BY_HAND]


def _width(ws: Any, column: int) -> float:
    return float(ws.column_dimensions[get_column_letter(column)].width or 8.43)


@pytest.mark.parametrize("workbook", ["year_report", "consolidation"])
def test_no_text_is_cut_off_at_its_column_edge(
    workbook: str, request: pytest.FixtureRequest
) -> None:
    """A text wider than its column wraps (its row grows); only then may it be wider."""
    path: Path = request.getfixturevalue(workbook)
    for ws in _tables(path):
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if not isinstance(cell.value, str) or cell.alignment.wrap_text:
                    continue
                widest = max(display_width(line) for line in cell.value.split("\n"))
                assert widest + 1 <= _width(ws, cell.column), (ws.title, cell.coordinate)


@pytest.mark.parametrize("workbook", ["year_report", "consolidation"])
def test_dates_and_counts_keep_clear_of_the_next_column(
    workbook: str, request: pytest.FixtureRequest
) -> None:
    """Dates (with or without a time) start at the left of a column fitted to the longest;
    counts are right-aligned with an indent: neither touches the text beside it."""
    path: Path = request.getfixturevalue(workbook)
    seen = {"date": 0, "count": 0}
    for ws in _tables(path):
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if cell.is_date:
                    assert cell.alignment.horizontal == "left", (ws.title, cell.coordinate)
                    seen["date"] += 1
                elif isinstance(cell.value, int) and cell.number_format == "#,##0":
                    assert cell.alignment.horizontal == "right", (ws.title, cell.coordinate)
                    assert cell.alignment.indent >= 1, (ws.title, cell.coordinate)
                    seen["count"] += 1
    assert seen["date"] and seen["count"]


def test_a_year_is_compared_with_the_year_before_once(
    demo_store: Store, year_report: Path, tmp_path: Path
) -> None:
    def header(path: Path) -> list[str]:
        cover = openpyxl.load_workbook(path)["Overview"]
        for row in cover.iter_rows():
            if row[0].value == "Figure":
                return [str(c.value) for c in row if c.value is not None]
        raise AssertionError("no key figures")

    assert header(year_report) == ["Figure", "2026", "2025"]
    quarter = tmp_path / "q3.xlsx"
    exports.write_report(demo_store, quarter, parse_period("2026-Q3"), clock=fixed_clock)
    assert header(quarter) == ["Figure", "Q3 2026", "Q2 2026", "Q3 2025"]
    cover = openpyxl.load_workbook(year_report)["Overview"]
    values = [
        [c.value for c in row[1:4]] for row in cover.iter_rows() if row[0].value == "New contacts"
    ]
    assert values == [[150, 0, None]]  # no third column of the same year again


def test_statistics_titles_wrap_beside_their_chart(year_report: Path) -> None:
    ws = openpyxl.load_workbook(year_report)["Statistics"]
    titles = [c for c in ws["A"] if c.font and c.font.sz == 12 and c.value]
    assert len(titles) == 3
    merged = {str(r) for r in ws.merged_cells.ranges}
    for cell in titles:
        assert f"A{cell.row}:B{cell.row}" in merged  # within the table, left of the chart
        assert cell.alignment.wrap_text
        room = _width(ws, 1) + _width(ws, 2)
        lines = sheets.row_lines([cell.value], [room / 1.1])
        assert (ws.row_dimensions[cell.row].height or 15) >= 16 * lines
    # Each chart starts a row below its page's top: an edge on the page break printed as
    # a stray line at the foot of the page before.
    breaks = [b.id for b in ws.row_breaks.brk]
    tops = sorted(chart.anchor._from.row + 1 for chart in ws._charts)  # 1-based rows
    assert len(breaks) == 2 and len(tops) == 3
    for top, page_start in zip(tops, [1, *(b + 1 for b in breaks)], strict=True):
        assert top > page_start


@settings(max_examples=80, deadline=None)
@given(
    st.integers(4, 40).flatmap(
        lambda size: st.tuples(
            st.just(size),
            st.lists(
                st.text("abcdefghij.@", min_size=size // 2 + 1, max_size=size - 1),
                min_size=2,
                max_size=6,
            ),
        )
    )
)
def test_a_hyphenated_word_breaks_after_its_hyphens(case: tuple[int, list[str]]) -> None:
    """Pieces each longer than half the room and shorter than it, joined by hyphens: each
    piece (with its hyphen) fills a line of its own, however the word is measured."""
    size, pieces = case
    room = float(size)
    word = "-".join(pieces)
    assert sheets._wrapped_lines(word, room) == len(pieces)


def test_consolidation_footer_keeps_the_periods(consolidation: Path) -> None:
    book = openpyxl.load_workbook(consolidation)
    for ws in book.worksheets:
        assert ws.oddFooter.left.text.startswith("2026-Q3 — "), ws.title
    chart = book["Chart"]._charts[0]
    assert chart.y_axis.majorUnit == int(chart.y_axis.majorUnit) >= 1


def test_one_report_consolidated_is_said_in_the_singular(
    demo_store: Store, tmp_path: Path, cli: CliRunner
) -> None:
    report = tmp_path / "q3.xlsx"
    exports.write_report(demo_store, report, parse_period("2026-Q3"), clock=fixed_clock)
    result = cli("consolidate", report, "-o", tmp_path / "reseau.xlsx")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Consolidated 1 report into {tmp_path / 'reseau.xlsx'}."


def _pdf(xlsx: Path, folder: Path) -> Path:
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{folder}/lo", "--headless",
         "--convert-to", "pdf", "--outdir", str(folder), str(xlsx)],
        capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip
    pdf = folder / f"{xlsx.stem}.pdf"
    assert result.returncode == 0 and pdf.exists(), result.stderr
    return pdf


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice and poppler-utils are not installed here",
)
def test_printed_pages_as_a_reader_sees_them(
    year_report: Path, consolidation: Path, tmp_path: Path
) -> None:
    for xlsx, period in ((year_report, "2026 — "), (consolidation, "2026-Q3 — ")):
        pdf = _pdf(xlsx, tmp_path)
        pages = _pages(pdf)
        assert len(pages) >= 6
        for number, page in enumerate(pages, start=1):
            lines = [line.strip() for line in page.splitlines() if line.strip()]
            # A header, something, and the footer with the period and the page number.
            assert len(lines) >= 3, (xlsx.name, number)
            footer = lines[-1]
            assert footer.startswith(period), (xlsx.name, number, footer)
            assert re.search(rf"\b{number} / {len(pages)}$", footer), (xlsx.name, footer)
        text = "\n".join(pages)
        assert "國立臺灣科技大學" in text or "工業技術研究院" in text  # CJK names kept
        fonts = subprocess.run(
            ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
        ).stdout
        assert "CJK" in fonts, fonts  # …and set in a font that has their characters


def test_the_consolidation_prints_readably(
    consolidation: Path, demo_store: Store, tmp_path: Path
) -> None:
    """Every sheet one page wide at 85 % or more; a network too large for that (here 24
    posts) has its indicators by post printed across as many pages as they need, the
    indicators' names repeated on each, at full size."""
    for ws in openpyxl.load_workbook(consolidation).worksheets:
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
        assert sheets.print_scale(ws) >= sheets.SMALLEST_SCALE, ws.title
    first = tmp_path / "post-00.xlsx"
    exports.write_report(demo_store, first, parse_period("2026-Q3"), clock=fixed_clock)
    book = openpyxl.load_workbook(first)
    indicators = book["Indicators"]
    paths = [first]
    for n in range(1, 24):  # the same report, as 23 other posts would send it
        for row in range(2, indicators.max_row + 1):
            indicators.cell(row=row, column=1).value = f"Poste {n:02d}"
        paths.append(tmp_path / f"post-{n:02d}.xlsx")
        book.save(paths[-1])
    out = tmp_path / "network.xlsx"
    assert exports.consolidate_reports(paths, out).count == 24
    wide = openpyxl.load_workbook(out)["Indicators by post"]
    assert sheets.print_scale(wide) < sheets.SMALLEST_SCALE  # one page wide: unreadable
    assert not wide.sheet_properties.pageSetUpPr.fitToPage
    assert wide.page_setup.scale == 100 and wide.print_title_cols == "$A:$A"
    # Its chart of 24 posts is on a page of its own, no taller than the page holds.
    charts = openpyxl.load_workbook(out)["Chart"]
    chart = charts._charts[0]
    assert chart.height <= 15.0
    assert [b.id for b in charts.row_breaks.brk] == [2 + 24]
    assert chart.anchor._from.row + 1 > 2 + 24


def test_the_highlights_keep_their_paragraphs_apart(demo_store: Store, tmp_path: Path) -> None:
    """Each paragraph its own row, tall enough for its lines and a space before the next
    (paragraphs one under the other read as one)."""
    paragraphs = [
        "Signature de l'accord Orchid 2026 avec le NSTC, " * 4,
        "Visite d'une délégation du CNRS à Hsinchu.",
        "Trois appels ouverts.",
    ]
    out = tmp_path / "q3.xlsx"
    exports.write_report(
        demo_store, out, parse_period("2026-Q3"), highlights="\n\n".join(paragraphs),
        clock=fixed_clock,
    )  # fmt: skip
    cover = openpyxl.load_workbook(out)["Overview"]
    rows = {str(c.value).strip(): c.row for c in cover["A"] if c.value}
    room = sum(_width(cover, column) for column in range(1, 5))
    for n, paragraph in enumerate(paragraphs):
        height = cover.row_dimensions[rows[paragraph.strip()]].height or 15
        needed = 15 * sheets.row_lines([paragraph.strip()], [room], limit=None)
        last = n == len(paragraphs) - 1
        assert height >= needed + (0 if last else 6), (n, height, needed)


def test_the_report_is_built_with_the_collector_paused_then_resumed(
    demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bulk work, as imports: the cyclic collector pauses while the report is gathered and
    written, and runs again afterwards — after a failure too."""
    import gc

    from attache_app import bulk
    from attache_app.exporting import report, report_layout

    seen: list[bool] = []
    real = report_layout.write_report

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(report, "write_report", spy)
    # From a collector running and no pause open (whatever a test before left behind).
    monkeypatch.setattr(bulk, "_depth", 0)
    was_enabled = gc.isenabled()
    gc.enable()
    try:
        built = report.build(demo_store, parse_period("2026"), clock=fixed_clock)
        report.write(built, tmp_path / "r.xlsx")
        assert seen == [False] and gc.isenabled()
        with pytest.raises(exports.ExportError):
            report.write(built, tmp_path / "missing" / "r.xlsx")
        assert gc.isenabled()
    finally:
        if not was_enabled:
            gc.disable()
