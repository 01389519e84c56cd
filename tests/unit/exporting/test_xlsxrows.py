"""Rows written as markup (exporting/xlsxrows.py) against openpyxl's own cell writer, and
read back by python-calamine and openpyxl: the same values, types, formats and links."""

from __future__ import annotations

import datetime as dt
import io
import math
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from et_xmlfile import xmlfile  # type: ignore[import-untyped]
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.cell._writer import etree_write_cell
from python_calamine import CalamineWorkbook

from attache_app.domain.cells import xml_safe
from attache_app.exporting import xlsxrows
from attache_app.exporting.sheets import (
    DATE,
    DATETIME,
    NUMBER,
    WRAP,
    Column,
    Cut,
    Link,
    StreamedSheet,
    write_table,
)

# Text as users type it, and as hostile files hold it: markup characters, spaces around,
# line ends, East Asian scripts, formula-like starts, control characters.
TEXT = st.text(alphabet=st.sampled_from(list("ab Zé&<>\"'=+-@\n\t\r陳志明;#\x01\x0b")), max_size=12)
NUMBERS = st.one_of(
    st.integers(min_value=-(2**53), max_value=2**53),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
)
DATES = st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2200, 1, 1))
DATETIMES = st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(2200, 1, 1)).map(
    lambda moment: moment.replace(microsecond=0)
)


BOOK = Workbook()


def _active(book: Any) -> Any:
    return book.active


def _openpyxl_cell_xml(value: Any, number_format: str | None) -> ET.Element:
    """What openpyxl writes for a cell holding ``value``."""
    wb = BOOK
    cell = Cell(_active(wb), row=3, column=2, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # as the exports write text: never a formula
    if number_format:
        cell.number_format = number_format
    out = io.BytesIO()
    with xmlfile(out) as xf, xf.element("x"):
        etree_write_cell(xf, _active(wb), cell, cell.has_style)
    return ET.fromstring(out.getvalue())[0]


def _ours(value: Any, number_format: str | None) -> ET.Element:
    wb = BOOK
    style = xlsxrows.style_id(_active(wb), number_format=number_format) if number_format else 0
    if isinstance(value, str):
        text = xlsxrows.text_cell("B3", value, style)
    else:
        text = xlsxrows.value_cell("B3", value, style)
    return ET.fromstring(text)


def _same(a: ET.Element, b: ET.Element) -> None:
    assert (a.tag, a.attrib, (a.text or "")) == (b.tag, b.attrib, (b.text or ""))
    assert len(a) == len(b)
    for x, y in zip(a, b, strict=True):
        _same(x, y)


@given(value=st.one_of(TEXT.map(xml_safe), NUMBERS, st.booleans(), DATES, DATETIMES))
@settings(max_examples=150, deadline=None)
def test_cells_are_written_as_openpyxl_writes_them(value: Any) -> None:
    number_format = (
        "dd/mm/yyyy hh:mm"
        if isinstance(value, dt.datetime)
        else "yyyy-mm-dd"
        if isinstance(value, dt.date)
        else None
    )
    ours, theirs = _ours(value, number_format), _openpyxl_cell_xml(value, number_format)
    if isinstance(value, str) and value and not value.strip():
        # Text of spaces only: openpyxl (without lxml) does not keep its spaces; we do.
        space = "{http://www.w3.org/XML/1998/namespace}space"
        assert ours[0][0].attrib.pop(space) == "preserve"
    _same(ours, theirs)


def test_values_openpyxl_cannot_write_are_refused() -> None:
    with pytest.raises(TypeError, match="Cannot write a bytes"):
        xlsxrows.value_cell("A1", b"\x00", 0)
    with pytest.raises(TypeError, match="time zones"):
        xlsxrows.value_cell("A1", dt.datetime(2026, 1, 1, tzinfo=dt.UTC), 0)
    assert "<v></v>" in xlsxrows.value_cell("A1", math.nan, 0)  # as openpyxl: no number


def _expected(value: Any) -> Any:
    """What a reader gets back for ``value`` written in a cell (None: no cell)."""
    if isinstance(value, Link):
        value = value.text or value.url
    if isinstance(value, str):
        value = xml_safe(value)
        return value or None
    return value


def _calamine(path: Path, sheet: str) -> list[list[Any]]:
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()
    return [[None if v == "" else v for v in row] for row in rows]


def _agree(got: list[Any], row: list[Any]) -> None:
    """A row read back holds what was written: text as it is (made XML-safe), numbers to
    openpyxl's 16 significant digits, dates to the millisecond."""
    assert len(got) >= len([v for v in row if _expected(v) is not None]) or not any(got)
    for read, value in zip(got, [*row, *[None] * (len(got) - len(row))], strict=False):
        want = _expected(value)
        if isinstance(want, bool) or want is None or isinstance(want, str):
            assert read == want
        elif isinstance(want, int | float):
            assert float(read) == float(f"{want:.16g}")
        else:
            moment = want if isinstance(want, dt.datetime) else dt.datetime.combine(want, dt.time())
            back = read if isinstance(read, dt.datetime) else dt.datetime.combine(read, dt.time())
            assert abs(back - moment) < dt.timedelta(milliseconds=1)


ROWS = st.lists(
    st.tuples(TEXT, NUMBERS, st.one_of(st.none(), DATES), TEXT, st.booleans(), TEXT),
    max_size=25,
)
COLUMNS = [
    Column("text"),
    Column("number", NUMBER),
    Column("date", DATE),
    Column("wrapped", WRAP, max_width=8),
    Column("flag"),
    Column("link", "link"),
]


def _linked(rows: list[tuple[Any, ...]]) -> list[list[Any]]:
    return [[*row[:5], Link(row[5], f"https://example.org/{n}" if n % 2 else "")]
            for n, row in enumerate(rows)]  # fmt: skip


@given(rows=ROWS)
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_table_reads_back_whole(rows: list[tuple[Any, ...]], tmp_path_factory: Any) -> None:
    """A report table (text rows of a TableWorkbook) read back by calamine and openpyxl."""
    path = tmp_path_factory.mktemp("table") / "table.xlsx"
    data = _linked(rows)
    wb = xlsxrows.TableWorkbook()
    write_table(_active(wb), COLUMNS, data, title="T", empty_text="—", cut=Cut())
    _active(wb).cell(row=len(data) + 3, column=1, value="after the table")
    wb.save(path)
    read = _calamine(path, _active(wb).title)
    assert read[0] == [c.header for c in COLUMNS]
    for got, row in zip(read[1:], data, strict=False):
        _agree(got, row)
    assert read[-1][0] == "after the table"
    book = openpyxl.load_workbook(path)
    ws = _active(book)
    for r, row in enumerate(data, start=2):
        link = ws.cell(row=r, column=6)
        assert (link.hyperlink.target if link.hyperlink else "") == row[5].url
        text = ws.cell(row=r, column=1)
        if text.value is not None:
            assert text.data_type == "s"  # never a formula
            assert text.quotePrefix == str(text.value).startswith(tuple("=+-@\t\r"))
        if row[2] is not None:
            assert ws.cell(row=r, column=3).is_date


@given(rows=ROWS)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_streamed_sheet_reads_back_whole(
    rows: list[tuple[Any, ...]], tmp_path_factory: Any
) -> None:
    """A full export's sheet (markup streamed into a write-only sheet) read back."""
    path = tmp_path_factory.mktemp("stream") / "stream.xlsx"
    data = _linked(rows)
    wb = Workbook(write_only=True)
    sheet = StreamedSheet(wb.create_sheet("S"), COLUMNS, row_count=len(data), sample=data[:5],
                          title="T", cut=Cut())  # fmt: skip
    for row in data:
        sheet.append(row)
    wb.save(path)
    read = _calamine(path, "S")
    assert read[0] == [c.header for c in COLUMNS]
    assert len(read) == len(data) + 1 or not data
    for got, row in zip(read[1:], data, strict=False):
        _agree(got, row)
    ws = _active(openpyxl.load_workbook(path))
    links = {c.coordinate: c.hyperlink.target for r in ws.iter_rows() for c in r if c.hyperlink}
    assert links == {f"F{n + 2}": row[5].url for n, row in enumerate(data) if row[5].url}


def test_a_cell_inside_the_text_rows_is_refused(tmp_path: Path) -> None:
    wb = xlsxrows.TableWorkbook()
    write_table(_active(wb), [Column("a")], [["x"], ["y"]], title="T", empty_text="", cut=Cut())
    _active(wb).cell(row=3, column=1, value="over y")
    with pytest.raises(ValueError, match="row 3"):
        wb.save(tmp_path / "bad.xlsx")
    with pytest.raises(TypeError, match="TableWorkbook"):
        write_table(_active(Workbook()), [Column("a")], [], title="T", empty_text="", cut=Cut())


def test_dates_times_and_iso_dates_keep_their_formats(tmp_path: Path) -> None:
    wb = xlsxrows.TableWorkbook()
    columns = [
        Column("d", DATE),
        Column("t", DATETIME),
        Column("iso", DATE, number_format="yyyy-mm-dd"),
    ]
    day, moment = dt.date(2026, 3, 1), dt.datetime(2026, 3, 1, 9, 30)
    write_table(_active(wb), columns, [[day, moment, day]], title="T", empty_text="", cut=Cut())
    wb.save(tmp_path / "d.xlsx")
    ws = _active(openpyxl.load_workbook(tmp_path / "d.xlsx"))
    assert [ws.cell(row=2, column=c).value for c in (1, 2, 3)] == [
        dt.datetime(2026, 3, 1),
        moment,
        dt.datetime(2026, 3, 1),
    ]
    assert ws["C2"].number_format == "yyyy-mm-dd"
    assert ws["A2"].number_format in ("dd/mm/yyyy", "yyyy-mm-dd")
    assert ws["B2"].number_format.endswith("hh:mm")


def test_markup_goes_into_the_stream_as_it_is() -> None:
    """openpyxl here writes with et_xmlfile (no lxml): the rows are not parsed again.
    If lxml is installed one day, this test says why the exports became slower."""
    from openpyxl.xml.functions import xmlfile as openpyxl_xmlfile

    with openpyxl_xmlfile(io.BytesIO()) as xf, xf.element("x"):
        assert xlsxrows.fast_path(xf)
