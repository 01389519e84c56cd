"""Formatted worksheets: what a careful person would do by hand in Excel.

A sheet is a list of :class:`Column` and rows of Python values. :func:`write_table` fills a
normal worksheet (the report: small, with charts); :class:`StreamedSheet` writes a
write-only worksheet row by row (the full export: 100,000 rows in bounded memory). Both
give the same result: an Excel table with a style and an autofilter, a frozen header row,
column widths fitted to the content, wrapped long text, real date cells in the interface
language's format, hyperlinks, and the print set-up (landscape, one page wide, header row
repeated, sheet name and page numbers in the footer).
"""

from __future__ import annotations

import copy
import datetime as dt
import re
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from attache_app.domain.cells import (
    EXCEL_MAX_CHARS,
    display_width,
    looks_like_formula,
    xml_safe,
)
from attache_app.i18n import current_language

TEXT, WRAP, DATE, DATETIME, NUMBER, LINK = "text", "wrap", "date", "datetime", "number", "link"

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F3864")  # the dark blue of French state documents
WRAPPED = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
LINK_FONT = Font(color="0563C1", underline="single")


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = TEXT
    max_width: int = 60


@dataclass(frozen=True)
class Link:
    """A cell showing ``text`` that opens ``url``."""

    text: str
    url: str


@dataclass
class Cut:
    """Cells longer than Excel accepts, cut to its limit (reported to the user)."""

    count: int = 0
    first: str = ""

    def note(self, where: str) -> None:
        self.count += 1
        self.first = self.first or where


def date_format() -> str:
    return "dd/mm/yyyy" if current_language() == "fr" else "yyyy-mm-dd"


def datetime_format() -> str:
    return "dd/mm/yyyy hh:mm" if current_language() == "fr" else "yyyy-mm-dd hh:mm"


def table_name(title: str) -> str:
    """An Excel table name (letters, digits, underscores) from a sheet title."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return "T_" + (re.sub(r"\W+", "_", plain).strip("_") or "Data")


def text_value(value: str, cut: Cut, where: str) -> str:
    value = xml_safe(value)
    if len(value) > EXCEL_MAX_CHARS:
        cut.note(where)
        value = value[: EXCEL_MAX_CHARS - 1] + "…"
    return value


def fitted_widths(columns: Sequence[Column], rows: Iterable[Sequence[Any]]) -> list[float]:
    """Widths from the header and the rows given (a sample is enough), within limits."""
    widths = [float(display_width(c.header) + 3) for c in columns]  # room for the filter button
    for row in rows:
        for i, value in enumerate(row):
            if value is None or i >= len(columns):
                continue
            if isinstance(value, dt.datetime):
                n = 16
            elif isinstance(value, dt.date):
                n = 10
            elif isinstance(value, Link):
                n = display_width(value.text)
            else:
                n = max((display_width(line) for line in str(value).split("\n")), default=0)
            widths[i] = max(widths[i], n + 2.0)
    return [max(8.0, min(w, c.max_width)) for w, c in zip(widths, columns, strict=True)]


PRINT_MARGIN = 0.5
"""Left and right margins, in inches: room for wide tables at a readable scale."""


def print_setup(ws: Any, *, title: str, footer: str = "", header_rows: str | None = "1:1") -> None:
    """Landscape, one page wide, header row on every page, page numbers in the footer."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = PRINT_MARGIN
    if header_rows:
        ws.print_title_rows = header_rows
    # Excel takes 255 characters per header or footer: the end of a long text is cut,
    # never its beginning (the report's footer starts with the period).
    ws.oddHeader.left.text = _header_text(title, 200)
    ws.oddHeader.right.text = "&A"
    ws.oddFooter.left.text = _header_text(footer, 200)
    ws.oddFooter.right.text = "&P / &N"


def _header_text(text: str, limit: int) -> str:
    """Text for a page header or footer: "&" doubled, cut to ``limit`` with "…"."""
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text.replace("&", "&&")


def _excel_table(title: str, columns: Sequence[Column], last_row: int) -> Table:
    ref = f"A1:{get_column_letter(len(columns))}{max(last_row, 2)}"
    table = Table(displayName=table_name(title), ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    table.tableColumns = [TableColumn(id=i + 1, name=c.header) for i, c in enumerate(columns)]
    return table


def write_table(
    ws: Worksheet,
    columns: Sequence[Column],
    rows: Sequence[Sequence[Any]],
    *,
    title: str,
    footer: str = "",
    empty_text: str,
    cut: Cut,
) -> None:
    """Fill a normal worksheet with a formatted table of ``rows``."""
    for i, column in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=i, value=column.header)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    if not rows:
        ws.cell(row=2, column=1, value=empty_text).font = Font(italic=True, color="595959")
    styles = _CellStyles(ws, columns)
    cells = ws._cells
    for r, row in enumerate(rows, start=2):
        for i, value in enumerate(row, start=1):
            if value is None or value == "":
                continue
            cells[(r, i)] = styles.cell(r, i, value, cut)
    widths = fitted_widths(columns, rows)
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    wrapped = [c.kind == WRAP for c in columns]
    for r, row in enumerate(rows, start=2):
        # Only wrapped columns grow a row; other cells stay on one line (clipped by a width).
        lines = row_lines([v if w else None for v, w in zip(row, wrapped, strict=True)], widths,
                          limit=None)  # fmt: skip
        if lines > 1:  # wrapped text: the row grows (LibreOffice does not do it by itself)
            ws.row_dimensions[r].height = min(MAX_ROW_HEIGHT, 15.0 * lines)
    ws.row_dimensions[1].height = 15 * row_lines([c.header for c in columns], widths)
    ws.freeze_panes = "A2"
    ws.add_table(_excel_table(ws.title, columns, len(rows) + 1))
    print_setup(ws, title=title, footer=footer)


TEXT_PER_WIDTH = 1.1
"""Characters of ordinary text per unit of column width (the width of a digit): letters
are narrower than digits on average, so a line holds a little more than its width."""

MAX_ROW_HEIGHT = 409.0
"""Excel's tallest row, in points."""


def row_lines(row: Sequence[Any], widths: Sequence[float], limit: int | None = 20) -> int:
    """How many lines of text the tallest cell of ``row`` takes in columns this wide (at
    most ``limit``)."""
    most = 1
    for value, width in zip(row, widths, strict=False):
        text = value.text if isinstance(value, Link) else value
        if isinstance(text, str) and text:
            room = max(1.0, (width - 1.5) * TEXT_PER_WIDTH)
            lines = sum(_wrapped_lines(part, room) for part in text.split("\n"))
            most = max(most, lines)
    return most if limit is None else min(most, limit)


def _wrapped_lines(text: str, room: float) -> int:
    """Lines of ``text`` wrapped at word boundaries in ``room`` characters."""
    if display_width(text) <= room:
        return 1
    lines, used = 1, 0.0
    for word in text.split(" "):
        size = display_width(word)
        if used and used + 1 + size > room:
            lines += 1
            used = 0.0
        used = used + (1 if used else 0) + size
        while used > room:  # a word longer than the column is broken
            lines += 1
            used -= room
    return lines


class _CellStyles:
    """The cells of a normal worksheet made with styles prepared once per column and kind
    of value: no look-up in the workbook's style tables per cell (what makes openpyxl slow
    on a large sheet), the same result as setting each format by hand."""

    def __init__(self, ws: Any, columns: Sequence[Column]) -> None:
        self.ws = ws
        self.columns = columns
        self._made: dict[tuple[int, str], Any] = {}

    def _style(self, i: int, kind: str) -> Any:
        key = (i, kind)
        style = self._made.get(key)
        if style is None:
            column = self.columns[i - 1]
            cell: Any = Cell(self.ws, row=1, column=1)
            cell.alignment = WRAPPED if column.kind == WRAP else TOP
            if kind == "datetime":
                cell.number_format = datetime_format()
            elif kind == "date":
                cell.number_format = date_format()
            elif kind == "number" and column.kind == NUMBER:
                cell.number_format = "#,##0"
            elif kind == "quoted":
                cell.quotePrefix = True
            elif kind == "link":
                cell.font = LINK_FONT
            style = self._made[key] = cell._style
        return style

    def cell(self, row: int, i: int, value: Any, cut: Cut) -> Any:
        """The cell at ``row``, column ``i``, holding ``value`` with its format."""
        kind = type(value)
        if kind is str or kind is Link:
            text = value.text or value.url if kind is Link else value
            if len(text) > EXCEL_MAX_CHARS or not text.isprintable():
                text = text_value(text, cut, f"{self.ws.title}!{get_column_letter(i)}{row}")
            if kind is Link:
                style = "link" if value.url else "text"
            else:
                style = "quoted" if text[:1] in _SPECIAL_STARTS else "text"
            cell: Any = Cell(
                self.ws, row=row, column=i, style_array=copy.copy(self._style(i, style))
            )
            cell._value = text
            cell.data_type = "s"  # never a formula, whatever the first character
            if kind is Link and value.url:
                cell.hyperlink = value.url
            return cell
        if kind is dt.datetime:
            style = "datetime"
        elif kind is dt.date:
            style = "date"
        elif kind is int or kind is float:
            style = "number"
        else:
            style = "text"
        cell = Cell(self.ws, row=row, column=i, style_array=copy.copy(self._style(i, style)))
        cell.value = value
        return cell


class StreamedSheet:
    """A write-only worksheet written row by row, formatted like :func:`write_table`.

    The number of rows must be known first (the table's range is written before the rows);
    widths are fitted to a sample of the first rows.
    """

    def __init__(
        self,
        ws: Any,
        columns: Sequence[Column],
        *,
        row_count: int,
        sample: Sequence[Sequence[Any]],
        title: str,
        footer: str = "",
        cut: Cut,
    ) -> None:
        self.ws = ws
        self.columns = columns
        self.cut = cut
        self.row = 1
        self._widths = fitted_widths(columns, sample)
        for i, width in enumerate(self._widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.freeze_panes = "A2"
        with warnings.catch_warnings():  # "add table columns manually": they are added
            warnings.simplefilter("ignore", UserWarning)
            ws.add_table(_excel_table(ws.title, columns, row_count + 1))
        print_setup(ws, title=title, footer=footer)
        header = []
        for column in columns:
            cell = WriteOnlyCell(ws, column.header)
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
            header.append(cell)
        ws.append(header)
        self._wrap = {i for i, c in enumerate(columns) if c.kind == WRAP}
        self._styles = {
            "text": self._template(),
            "text_wrap": self._template(alignment=WRAPPED),
            "quoted": self._template(quotePrefix=True),
            "quoted_wrap": self._template(quotePrefix=True, alignment=WRAPPED),
            "date": self._template(number_format=date_format()),
            "datetime": self._template(number_format=datetime_format()),
            "link": self._template(font=LINK_FONT),
        }

    def _template(self, **attributes: Any) -> Any:
        """The style of a kind of cell, looked up in the workbook once per sheet."""
        cell: Any = WriteOnlyCell(self.ws, "")
        for name, value in attributes.items():
            setattr(cell, name, value)
        return cell._style

    def _cell(self, value: Any, style: Any, *, text: bool = False) -> Any:
        cell: Any = WriteOnlyCell(self.ws, value)
        cell._style = copy.copy(style)  # a prepared style: no lookup per cell
        if text:
            cell.data_type = "s"
        return cell

    def append(self, row: Sequence[Any]) -> None:
        """One row; plain values go straight to openpyxl, only special cells are wrapped."""
        self.row += 1
        out: list[Any] = list(row)
        for i, value in enumerate(out):
            kind = type(value)
            if kind is str:
                if not value:
                    out[i] = None
                elif (
                    value[0] in _SPECIAL_STARTS
                    or (i in self._wrap and ("\n" in value or len(value) > self._widths[i]))
                    or len(value) > EXCEL_MAX_CHARS
                    or not value.isprintable()
                ):
                    out[i] = self._text_cell(i, value)
            elif kind is dt.date:
                out[i] = self._cell(value, self._styles["date"])
            elif kind is dt.datetime:
                out[i] = self._cell(value, self._styles["datetime"])
            elif kind is Link:
                cell = self._cell(
                    xml_safe(value.text or value.url), self._styles["text"], text=True
                )
                if value.url:
                    cell.hyperlink = value.url
                    cell._style = copy.copy(self._styles["link"])
                out[i] = cell
        self.ws.append(out)

    def _text_cell(self, i: int, value: str) -> Any:
        """A string that needs more than a plain cell: cut, cleaned, wrapped or quoted."""
        if len(value) > EXCEL_MAX_CHARS or not value.isprintable():
            value = text_value(value, self.cut, f"{self.ws.title}!{self.row}")
        # Wrapped only when it needs to be: several lines, or wider than its column.
        wrap = i in self._wrap and ("\n" in value or len(value) > self._widths[i])
        if looks_like_formula(value):
            return self._cell(value, self._styles["quoted_wrap" if wrap else "quoted"], text=True)
        if wrap:
            return self._cell(value, self._styles["text_wrap"], text=True)
        return self._cell(value, self._styles["text"], text=True)


_SPECIAL_STARTS = frozenset("=+-@\t\r")
