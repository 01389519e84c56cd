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

import datetime as dt
import math
import re
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from attache_app.domain.cells import DATE as DATE
from attache_app.domain.cells import DATETIME as DATETIME
from attache_app.domain.cells import EXCEL_MAX_CHARS, display_width, looks_like_formula, xml_safe
from attache_app.domain.cells import LINK as LINK
from attache_app.domain.cells import NUMBER as NUMBER
from attache_app.domain.cells import TEXT as TEXT
from attache_app.domain.cells import WRAP as WRAP
from attache_app.domain.cells import Column as Column
from attache_app.exporting import xlsxrows
from attache_app.exporting.xlsxrows import TableWorkbook
from attache_app.i18n import current_language

# A column's description (Column, the kinds of cell) is in domain/cells.py: the full
# export's layout, in storage, uses it too.

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F3864")  # the dark blue of French state documents
WRAPPED = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
DATE_ALIGNED = Alignment(horizontal="left", vertical="top")
"""Dates and times start at the left: those with a time and those without line up, and
never run into the text of the next column."""
NUMBER_ALIGNED = Alignment(horizontal="right", vertical="top", indent=1)
"""A count keeps a space before the next column's text."""
LINK_FONT = Font(color="0563C1", underline="single")


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
    return _within_limits(columns, content_widths(columns, rows))


def _within_limits(columns: Sequence[Column], widths: Sequence[float]) -> list[float]:
    return [max(8.0, min(w, c.max_width)) for w, c in zip(widths, columns, strict=True)]


def content_widths(columns: Sequence[Column], rows: Iterable[Sequence[Any]]) -> list[float]:
    """The width each column's header and widest line of content ask for."""
    widths = [float(display_width(c.header) + 3) for c in columns]  # room for the filter button
    count = len(columns)
    for row in rows:
        for i, value in enumerate(row):
            if value is None or i >= count:
                continue
            kind = type(value)
            if kind is str and value.isascii() and "\n" not in value:
                n = len(value)  # the common case, without a call per cell
            elif kind is dt.datetime:
                n = 16
            elif kind is dt.date:
                n = 10
            elif kind is Link:
                n = display_width(value.text)
            else:
                n = max((display_width(line) for line in str(value).split("\n")), default=0)
            widths[i] = max(widths[i], n + 2.0)
    return widths


def nice_step(largest: int) -> int:
    """A whole step for a chart's value axis: 1, 2, 5, 10, 20, 50… giving at most ~8 ticks
    (never 0.5: counts are whole)."""
    if largest <= 8:
        return 1
    raw = largest / 8
    power = 10 ** math.floor(math.log10(raw))
    return int(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


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


SMALLEST_SCALE = 0.85
"""Below this scale, a page printed one page wide is too small to read."""


def print_scale(ws: Any) -> float:
    """The scale at which a sheet printed one page wide fits its page: the columns' widths
    in points (7 pixels a character plus 5 of padding, at 96 dpi) against the page less
    its side margins."""
    points = sum(
        0.75 * (7 * (ws.column_dimensions[get_column_letter(i)].width or 8.43) + 5)
        for i in range(1, ws.max_column + 1)
    )
    page = 841.89 if ws.page_setup.orientation == "landscape" else 595.28
    room = page - 72 * (ws.page_margins.left + ws.page_margins.right)
    return float(min(1.0, room / points))


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
    """Fill a normal worksheet of a :class:`TableWorkbook` with a formatted table of
    ``rows`` (kept as text rows until the workbook is saved)."""
    wb = ws.parent
    if not isinstance(wb, TableWorkbook):
        raise TypeError("write_table fills the sheets of a TableWorkbook")
    for i, column in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=i, value=column.header)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    if not rows:
        ws.cell(row=2, column=1, value=empty_text).font = Font(italic=True, color="595959")
    asked = content_widths(columns, rows)
    widths = _within_limits(columns, asked)
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    # Text wider than its column wraps (and its row grows), never cut off at the edge.
    wrapped = [
        c.kind == WRAP or (c.kind in (TEXT, LINK) and need > width)
        for c, need, width in zip(columns, asked, widths, strict=True)
    ]
    cells = _TableCells(ws, columns, cut, wrapped)
    text: list[str] = []
    for r, row in enumerate(rows, start=2):
        markup, lines = cells.row(r, row, widths)
        # Wrapped text: the row grows (LibreOffice does not do it by itself).
        height = min(MAX_ROW_HEIGHT, 15.0 * lines) if lines > 1 else None
        text.append(xlsxrows.row_xml(r, markup, height))
    if rows:
        wb.add_rows(ws, 2, text, len(columns), cells.links)
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
            if "\n" in text:
                lines = sum(_wrapped_lines(part, room) for part in text.split("\n"))
            else:
                lines = _wrapped_lines(text, room)
            most = max(most, lines)
    return most if limit is None else min(most, limit)


def _wrapped_lines(text: str, room: float) -> int:
    """Lines of ``text`` wrapped at word boundaries in ``room`` characters."""
    narrow = text.isascii()  # every character one column wide: its length is its width
    if (len(text) if narrow else display_width(text)) <= room:
        return 1
    lines, used = 1, 0.0
    for word in text.split(" "):
        size = len(word) if narrow else display_width(word)
        if used and used + 1 + size > room:
            lines += 1
            used = 0.0
        if "-" in word[:-1] and (used + 1 if used else 0) + size > room:
            # A hyphenated word that does not fit breaks after a hyphen, as LibreOffice
            # and Excel break it: its pieces go on as words without a space between.
            for k, piece in enumerate(_HYPHENATED.findall(word)):
                size = len(piece) if narrow else display_width(piece)
                gap = 1 if used and not k else 0
                if used and used + gap + size > room:
                    lines += 1
                    used, gap = 0.0, 0
                used += gap + size
                while used > room:
                    lines += 1
                    used -= room
            continue
        used = used + (1 if used else 0) + size
        while used > room:  # a word longer than the column is broken
            lines += 1
            used -= room
    return lines


_HYPHENATED = re.compile(r"[^-]*-|[^-]+")


class _TableCells:
    """The cells of :func:`write_table`'s rows as markup, with styles prepared once per
    column and kind of value: every cell aligned to the top (wrapped in a wrapped column),
    dates and times in the interface language's format, numbers of a number column with
    thousands separators, formula-like text quoted, links blue and underlined."""

    def __init__(
        self, ws: Any, columns: Sequence[Column], cut: Cut, wrapped: Sequence[bool]
    ) -> None:
        self.ws = ws
        self.columns = columns
        self.cut = cut
        self.letters = xlsxrows.column_letters(len(columns))
        self.links: list[Any] = []
        self.wrapped = list(wrapped)
        self._made: dict[tuple[int, str], int] = {}

    def _style(self, i: int, kind: str) -> int:
        key = (i, kind)
        style = self._made.get(key)
        if style is None:
            column = self.columns[i]
            attributes: dict[str, Any] = {"alignment": WRAPPED if self.wrapped[i] else TOP}
            if kind == "datetime":
                attributes["number_format"] = column.number_format or datetime_format()
                attributes["alignment"] = DATE_ALIGNED
            elif kind == "date":
                attributes["number_format"] = column.number_format or date_format()
                attributes["alignment"] = DATE_ALIGNED
            elif kind == "number" and column.kind == NUMBER:
                attributes["number_format"] = "#,##0"
                attributes["alignment"] = NUMBER_ALIGNED
            elif kind == "quoted":
                attributes["quotePrefix"] = True
            elif kind == "link":
                attributes["font"] = LINK_FONT
            style = self._made[key] = xlsxrows.style_id(self.ws, **attributes)
        return style

    def row(self, r: int, values: Sequence[Any], widths: Sequence[float]) -> tuple[str, int]:
        """The cells of row ``r`` (empty values make no cell), and the lines its tallest
        wrapped cell takes in columns of these ``widths``."""
        if len(values) != len(self.columns):
            raise ValueError(f"row {r} has {len(values)} values for {len(self.columns)} columns")
        out: list[str] = []
        lines = 1
        for i, value in enumerate(values):
            if value is None or value == "":
                continue
            ref = f"{self.letters[i]}{r}"
            kind = type(value)
            if kind is str or kind is Link:
                shown = value.text if kind is Link else value
                if self.wrapped[i] and shown:  # only wrapped columns grow a row
                    room = max(1.0, (widths[i] - 1.5) * TEXT_PER_WIDTH)
                    if "\n" in shown:
                        n = sum(_wrapped_lines(part, room) for part in shown.split("\n"))
                    else:
                        n = _wrapped_lines(shown, room)
                    lines = max(lines, n)
                text = value.text or value.url if kind is Link else value
                if len(text) > EXCEL_MAX_CHARS or not text.isprintable():
                    text = text_value(text, self.cut, f"{self.ws.title}!{ref}")
                if kind is Link:
                    style = "link" if value.url else "text"
                    if value.url:
                        self.links.append(xlsxrows.link(ref, value.url))
                else:
                    style = "quoted" if text[:1] in _SPECIAL_STARTS else "text"
                out.append(xlsxrows.text_cell(ref, text, self._style(i, style)))
                continue
            if kind is dt.datetime:
                style = "datetime"
            elif kind is dt.date:
                style = "date"
            elif kind is int or kind is float:
                style = "number"
            else:
                style = "text"
            out.append(xlsxrows.value_cell(ref, value, self._style(i, style)))
        return "".join(out), lines


class StreamedSheet:
    """A write-only worksheet written row by row, formatted like :func:`write_table`.

    The number of rows must be known first (the table's range is written before the rows);
    widths are fitted to a sample of the first rows. Rows go to the file as markup
    (:mod:`attache_app.exporting.xlsxrows`), without a cell object per value.
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
        self._letters = xlsxrows.column_letters(len(columns))
        self._wrap = {i for i, c in enumerate(columns) if c.kind == WRAP}
        self._styles = {
            "text": 0,
            "text_wrap": xlsxrows.style_id(ws, alignment=WRAPPED),
            "quoted": xlsxrows.style_id(ws, quotePrefix=True),
            "quoted_wrap": xlsxrows.style_id(ws, quotePrefix=True, alignment=WRAPPED),
            "date": xlsxrows.style_id(ws, number_format=date_format()),
            "datetime": xlsxrows.style_id(ws, number_format=datetime_format()),
            "link": xlsxrows.style_id(ws, font=LINK_FONT),
        }
        header = xlsxrows.style_id(ws, font=HEADER_FONT, fill=HEADER_FILL)
        self._out = xlsxrows.stream_rows(ws)
        self._out.send(
            xlsxrows.row_xml(1, "".join(
                xlsxrows.text_cell(f"{letter}1", xml_safe(c.header), header)
                for letter, c in zip(self._letters, columns, strict=True)
            ))
        )  # fmt: skip

    def append(self, row: Sequence[Any]) -> None:
        """One row: plain text and numbers unstyled, the rest with their prepared style."""
        self.row = r = self.row + 1
        out: list[str] = []
        letters, styles = self._letters, self._styles
        for i, value in enumerate(row):
            if value is None:
                continue
            kind = type(value)
            if kind is str:
                if not value:
                    continue
                if (
                    value[0] in _SPECIAL_STARTS
                    or (i in self._wrap and ("\n" in value or len(value) > self._widths[i]))
                    or len(value) > EXCEL_MAX_CHARS
                    or not value.isprintable()
                ):
                    out.append(self._text_cell(i, value))
                else:
                    out.append(xlsxrows.text_cell(f"{letters[i]}{r}", value, 0))
            elif kind is dt.date or kind is dt.datetime:
                out.append(xlsxrows.value_cell(f"{letters[i]}{r}", value, styles[kind.__name__]))
            elif kind is Link:
                ref = f"{letters[i]}{r}"
                style = 0
                if value.url:
                    self.ws._hyperlinks.append(xlsxrows.link(ref, value.url))
                    style = styles["link"]
                out.append(xlsxrows.text_cell(ref, xml_safe(value.text or value.url), style))
            else:
                out.append(xlsxrows.value_cell(f"{letters[i]}{r}", value, 0))
        self._out.send(xlsxrows.row_xml(r, "".join(out)))

    def _text_cell(self, i: int, value: str) -> str:
        """A string that needs more than a plain cell: cut, cleaned, wrapped or quoted."""
        if len(value) > EXCEL_MAX_CHARS or not value.isprintable():
            value = text_value(value, self.cut, f"{self.ws.title}!{self.row}")
        # Wrapped only when it needs to be: several lines, or wider than its column.
        wrap = i in self._wrap and ("\n" in value or len(value) > self._widths[i])
        if looks_like_formula(value):
            style = self._styles["quoted_wrap" if wrap else "quoted"]
        else:
            style = self._styles["text_wrap" if wrap else "text"]
        return xlsxrows.text_cell(f"{self._letters[i]}{self.row}", value, style)


_SPECIAL_STARTS = frozenset("=+-@\t\r")
