"""Rows of cells written straight as SpreadsheetML text: the export's and the report's speed.

openpyxl makes an object per cell, then an XML element per cell, serialised by a pure-Python
writer (no lxml here): for a sheet of 100,000 rows that is most of the time an export takes.
The exports know their cells' types and styles column by column, so they write each row as
text in one go: the same markup openpyxl writes (``<c r="B2" s="3" t="inlineStr">…``), style
ids looked up in the workbook once per kind of cell, hyperlinks recorded as openpyxl records
them. Everything else — the workbook, styles, tables, charts, print set-up, the package — is
still openpyxl's.

- :func:`stream_rows` feeds a write-only worksheet (the full export) text rows, in place of
  ``ws.append``.
- :class:`TableWorkbook` is a normal workbook (charts, merged cells) whose large tables are
  kept as text rows (:meth:`TableWorkbook.add_rows`) until it is saved, instead of cell
  objects (the report, the consolidation).

``tests/unit/exporting/test_xlsxrows.py`` checks the markup against openpyxl's own for
generated values.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import fromstring

Raw = Callable[[str], None]


def escape(text: str) -> str:
    """Text as XML element content (what ElementTree escapes there)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def text_cell(ref: str, text: str, style: int) -> str:
    """A string cell (inline, as openpyxl writes them); ``text`` already XML-safe. Text
    with spaces around it keeps them (``xml:space``) — also text of spaces only, which
    openpyxl without lxml leaves out (and readers then read the cell as empty)."""
    s = f' s="{style}"' if style else ""
    if not text:  # a cell without text, as openpyxl writes it
        return f'<c r="{ref}"{s} t="inlineStr" />'
    if "&" in text or "<" in text or ">" in text:
        text = escape(text)
    if text[0].isspace() or text[-1].isspace():
        return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'
    return f'<c r="{ref}"{s} t="inlineStr"><is><t>{text}</t></is></c>'


def number_text(value: float) -> str:
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return ""
    return f"{value:.16g}"


@functools.lru_cache(maxsize=4096, typed=True)
def _serial(value: dt.date) -> str:
    """A date's Excel serial number as text (a sheet's dates repeat: computed once)."""
    return number_text(to_excel(value))  # type: ignore[no-untyped-call]


def value_cell(ref: str, value: Any, style: int) -> str:
    """A number, boolean, date or date-time cell (dates as Excel serial numbers)."""
    s = f' s="{style}"' if style else ""
    kind = type(value)
    if kind is bool:
        return f'<c r="{ref}"{s} t="b"><v>{int(value)}</v></c>'
    if kind is dt.date or kind is dt.datetime:
        if kind is dt.datetime and value.tzinfo is not None:
            raise TypeError("Excel does not support time zones in dates")
        return f'<c r="{ref}"{s} t="n"><v>{_serial(value)}</v></c>'
    if kind is int or kind is float:
        return f'<c r="{ref}"{s} t="n"><v>{number_text(value)}</v></c>'
    raise TypeError(f"Cannot write a {kind.__name__} in a cell: {value!r}")


def row_xml(row: int, cells: str, height: float | None = None) -> str:
    """A ``<row>`` element (with its height when it has one, as openpyxl writes it)."""
    if height is None:
        return f'<row r="{row}">{cells}</row>'
    return f'<row r="{row}" ht="{height:.16g}" customHeight="1">{cells}</row>'


def column_letters(count: int) -> list[str]:
    return [get_column_letter(i) for i in range(1, count + 1)]


def style_id(ws: Any, **attributes: Any) -> int:
    """The id in ``ws``'s workbook of a cell style (font, fill, alignment, number_format…),
    looked up once: 0 is the default style, which is written as no style at all."""
    cell: Any = WriteOnlyCell(ws, None)
    for name, value in attributes.items():
        setattr(cell, name, value)
    return int(ws.parent._cell_styles.add(cell._style))


def link(ref: str, url: str) -> Hyperlink:
    """The hyperlink record of the cell at ``ref`` (what openpyxl records for a cell)."""
    return Hyperlink(ref=ref, target=url)


def _raw(xf: Any) -> Raw:
    """Write markup as it is into openpyxl's stream: the standard library's incremental
    writer (et_xmlfile, what openpyxl uses without lxml) takes text through its file; with
    lxml, each piece is parsed and written as elements (slower, the same result)."""
    write = getattr(xf, "_file", None)
    if callable(write):
        return write  # type: ignore[no-any-return]

    def as_elements(text: str) -> None:
        for element in fromstring(f'<sheetData xmlns="{SHEET_MAIN_NS}">{text}</sheetData>'):
            xf.write(element)

    return as_elements


def fast_path(xf: Any) -> bool:
    """Whether markup goes into the stream as it is (see :func:`_raw`)."""
    return callable(getattr(xf, "_file", None))


# --- write-only worksheets --------------------------------------------------------------


def stream_rows(ws: Any) -> Generator[None, str, None]:
    """A generator taking the ``<row>`` markup of a write-only worksheet, in order, in place
    of ``ws.append`` (never both on one sheet). ``ws.close()`` (or saving) ends it, as it
    ends openpyxl's own row stream."""
    ws._get_writer()
    if ws._rows is not None:
        raise ValueError("rows were already appended to this sheet")

    def rows() -> Generator[None, str, None]:
        xf = ws._writer.xf.send(True)
        with xf.element("sheetData"):
            raw = _raw(xf)
            try:
                while True:
                    raw((yield))
            except GeneratorExit:
                pass
        ws._writer.xf.send(None)

    stream = rows()
    next(stream)
    ws._rows = stream  # what openpyxl closes when the sheet is closed
    return stream


# --- normal worksheets with text rows -----------------------------------------------------


@dataclass
class _Rows:
    first: int
    last: int = 0
    columns: int = 0
    text: list[str] = field(default_factory=list)
    links: list[Hyperlink] = field(default_factory=list)


class TableWorkbook(Workbook):
    """A normal workbook in which a sheet may hold a block of rows given as markup
    (:meth:`add_rows`), written in their place when the workbook is saved."""

    def __init__(self) -> None:
        super().__init__()
        self.text_rows: dict[int, _Rows] = {}

    def add_rows(
        self, ws: Any, first: int, rows: list[str], columns: int, links: list[Hyperlink]
    ) -> None:
        """Rows ``first``… of ``ws`` as ``<row>`` markup (one block per sheet; no cell of
        the sheet may be set in those rows)."""
        if id(ws) in self.text_rows:
            raise ValueError(f"sheet {ws.title!r} already has its rows")
        self.text_rows[id(ws)] = _Rows(first, first + len(rows) - 1, columns, rows, links)

    def save(self, filename: Any) -> None:
        """Save as openpyxl does (``save_workbook``), the text rows in their sheets."""
        self.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)
        with ZipFile(filename, "w", ZIP_DEFLATED, allowZip64=True) as archive:
            _TableExcelWriter(self, archive).save()


class _TableExcelWriter(ExcelWriter):
    workbook: TableWorkbook

    def write_worksheet(self, ws: Any) -> None:
        rows = self.workbook.text_rows.get(id(ws))
        if rows is None:
            super().write_worksheet(ws)
            return
        # ExcelWriter.write_worksheet, with the writer that puts the rows in.
        from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing

        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        writer: Any = _TableSheetWriter(ws, rows)
        writer.write()
        ws._rels = writer._rels
        archive: Any = getattr(self, "_archive")  # noqa: B009  (openpyxl's own, untyped)
        archive.write(writer.out, ws.path[1:])
        self.manifest.append(ws)
        writer.cleanup()


class _TableSheetWriter(WorksheetWriter):
    def __init__(self, ws: Any, rows: _Rows) -> None:
        self.block = rows
        super().__init__(ws)

    def write_dimensions(self) -> None:
        from openpyxl.worksheet.dimensions import SheetDimension

        ws: Any = self.ws
        block = self.block
        last_row = max(ws.max_row, block.last)
        last_column = max(ws.max_column, block.columns)
        ref = f"{get_column_letter(ws.min_column)}{ws.min_row}:"
        self.xf.send(SheetDimension(f"{ref}{get_column_letter(last_column)}{last_row}").to_tree())

    def _cell_rows(self) -> Iterator[tuple[int, list[Any]]]:
        block = self.block
        for index, cells in self.rows():
            if block.first <= index <= block.last:
                raise ValueError(f"row {index} of {self.ws.title!r} is in its text rows")
            yield index, cells

    def write_rows(self) -> None:
        xf: Any = self.xf.send(True)
        block = self.block
        ws: Any = self.ws
        ws._hyperlinks.extend(block.links)
        with xf.element("sheetData"):
            raw = _raw(xf)
            written = False
            for index, cells in self._cell_rows():
                if index > block.last and not written:
                    raw("".join(block.text))
                    written = True
                self.write_row(xf, cells, index)
            if not written:
                raw("".join(block.text))
        self.xf.send(None)


__all__ = [
    "TableWorkbook",
    "column_letters",
    "escape",
    "fast_path",
    "link",
    "row_xml",
    "stream_rows",
    "style_id",
    "text_cell",
    "value_cell",
]
