"""The report to Paris laid out as a workbook: the cover with the highlights and the key
figures compared, one formatted table per subject, the statistics with native Excel charts,
and the machine-readable « Indicateurs » sheet."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.pagebreak import Break

from attache_app import __version__
from attache_app.domain.cells import display_width
from attache_app.exporting import sheets
from attache_app.exporting.files import workbook_output
from attache_app.exporting.period import Period, period_key
from attache_app.exporting.report_model import (
    FORMAT_VERSION,
    INDICATOR_HEADERS,
    Report,
    indicator_labels,
)
from attache_app.exporting.sheets import DATE, NUMBER, Column, Cut
from attache_app.exporting.xlsxrows import TableWorkbook
from attache_app.i18n import translate

TITLE_FONT = Font(bold=True, size=16, color="1F3864")
LABEL_FONT = Font(bold=True)
LINE_HEIGHT = 15.0
"""Points per line of 11-point text."""
MAX_ROW_HEIGHT = 409.0
"""Excel's limit."""
PARAGRAPH_SPACE = 8.0
"""Points between two paragraphs of the highlights."""


def _height(text: str, width: float) -> float:
    lines = sheets.row_lines([text], [width], limit=None)
    return min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines)


def _text_cell(ws: Any, row: int, column: int, value: str) -> Any:
    cell = ws.cell(row=row, column=column, value=value)
    cell.data_type = "s"
    if value[:1] in "=+-@\t\r":
        cell.quotePrefix = True
    return cell


def footer_of(report: Report) -> str:
    """The footer keeps the period first, whatever the length of the post's name."""
    return f"{report.period.label} — {report.settings.post_name}".rstrip(" —")


def _cover(ws: Any, report: Report) -> None:
    ws.title = translate("Report", "Overview")
    widths = {"A": 54.0, "B": 13.0, "C": 13.0, "D": 13.0}
    for letter, width in widths.items():
        ws.column_dimensions[letter].width = width
    whole = sum(widths.values())
    ws["A1"] = report.title
    ws["A1"].font = TITLE_FONT
    ws["A1"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells("A1:D1")
    ws.row_dimensions[1].height = max(24.0, 22.0 * sheets.row_lines([report.title], [whole * 0.7]))
    facts: list[tuple[str, Any]] = [
        (translate("Report", "Post"), report.settings.post_name),
        (translate("Report", "Period"), report.period.label),
        (translate("Report", "From"), report.period.start),
        (translate("Report", "To"), report.period.end),
        (translate("Report", "Author"), report.settings.author),
        (translate("Report", "Generated on"), report.generated.replace(tzinfo=None, microsecond=0)),
    ]
    if report.themes:
        facts.append((translate("Report", "Themes"), ", ".join(report.themes)))
    facts.append(
        (
            translate("Report", "Watch notes"),
            translate("Report", "sent and to send, drafts included")
            if report.include_drafts
            else translate("Report", "sent and to send (drafts left out)"),
        )
    )
    facts.append(
        (
            translate("Report", "Persons"),
            translate("Report", "named (sheet “{sheet}”)").format(
                sheet=translate("Report", "Persons")
            )
            if report.named_persons
            else translate("Report", "counted, not named"),
        )
    )
    row = 3
    for label, value in facts:
        ws.cell(row=row, column=1, value=label).font = LABEL_FONT
        ws.cell(row=row, column=1).alignment = Alignment(vertical="top")
        if isinstance(value, str):
            cell = _text_cell(ws, row, 2, value)
            ws.row_dimensions[row].height = _height(value, whole - widths["A"])
        else:
            cell = ws.cell(row=row, column=2, value=value)
            cell.number_format = (
                sheets.datetime_format() if isinstance(value, dt.datetime) else sheets.date_format()
            )
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
        row += 1

    row += 1
    ws.cell(row=row, column=1, value=translate("Report", "Highlights")).font = Font(
        bold=True, size=13
    )
    row += 1
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", report.highlights) if p.strip()]
    for n, paragraph in enumerate(
        paragraphs or [translate("Report", "(none written for this period)")], start=1
    ):
        cell = _text_cell(ws, row, 1, paragraph)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if not paragraphs:
            cell.font = Font(italic=True, color="595959")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        # The paragraphs of the highlights stay apart, as the attaché wrote them.
        space = PARAGRAPH_SPACE if n < len(paragraphs) else 0.0
        ws.row_dimensions[row].height = min(MAX_ROW_HEIGHT, _height(paragraph, whole) + space)
        row += 1

    row += 1
    ws.cell(row=row, column=1, value=translate("Report", "Key figures")).font = Font(
        bold=True, size=13
    )
    row += 1
    headers = [translate("Report", "Figure"), report.period.label]
    compared = compared_periods(report)
    headers += [other.label for other in compared]
    for column, header in enumerate(headers, start=1):
        cell = _text_cell(ws, row, column, header)
        cell.font, cell.fill = sheets.HEADER_FONT, sheets.HEADER_FILL
        cell.alignment = Alignment(
            wrap_text=True, vertical="center", horizontal="left" if column == 1 else "right"
        )
    ws.row_dimensions[row].height = LINE_HEIGHT * max(
        sheets.row_lines([h], [widths[chr(64 + i)]]) for i, h in enumerate(headers, start=1)
    )
    header_row = row
    for item in report.figures:
        row += 1
        label = "    " * item.level + item.label
        cell = _text_cell(ws, row, 1, label)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if item.level == 0:
            cell.font = LABEL_FONT
        lines = sheets.row_lines([label], [widths["A"]])
        if lines > 1:
            ws.row_dimensions[row].height = LINE_HEIGHT * lines
        values = [item.value]
        if item.key:
            values += [item.previous, item.year_before][: len(compared)]
        for column, value in enumerate(values, start=2):
            number = ws.cell(row=row, column=column, value=value)
            number.number_format = "#,##0"
            number.alignment = Alignment(horizontal="right", vertical="top")
            if column == 2 and item.level == 0:
                number.font = LABEL_FONT
    sheets.print_setup(
        ws, title=report.settings.post_name, footer=footer_of(report), header_rows=None
    )
    ws.page_setup.orientation = "portrait"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.print_area = f"A1:D{row}"


def compared_periods(report: Report) -> list[Period]:
    """The periods the cover compares with: the previous one and the same a year earlier —
    once when they are the same (a year's previous period is the year before)."""
    if report.previous is None or report.year_before is None:
        return []
    if (report.previous.start, report.previous.end) == (
        report.year_before.start,
        report.year_before.end,
    ):
        return [report.previous]
    return [report.previous, report.year_before]


STATISTIC_COUNT_WIDTH = 12.0
"""The width of a statistic's count column."""


def _statistics(wb: Workbook, report: Report, cut: Cut) -> None:
    ws = wb.create_sheet(translate("Report", "Statistics"))
    first = min(
        40.0,
        max(
            20.0,
            max(
                (display_width(label) + 2 for s in report.statistics for label, _ in s.rows),
                default=0,
            ),
        ),
    )
    row = 1
    for n, stat in enumerate(report.statistics):
        if n:  # each statistic with its chart on a page of its own
            ws.row_breaks.append(Break(id=row - 1))
        # The title wraps within the table's two columns: the chart beside it covers
        # whatever would run past them.
        title = ws.cell(row=row, column=1, value=stat.title)
        title.font = Font(bold=True, size=12)
        title.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        lines = sheets.row_lines([stat.title], [(first + STATISTIC_COUNT_WIDTH) / 1.1])
        ws.row_dimensions[row].height = 16.5 * lines
        header = row + 1
        for col, text in enumerate(stat.header, start=1):
            cell = ws.cell(row=header, column=col, value=text)
            cell.font, cell.fill = sheets.HEADER_FONT, sheets.HEADER_FILL
        for i, (label, count) in enumerate(stat.rows, start=1):
            cell = ws.cell(row=header + i, column=1)
            cell.value = sheets.text_value(label, cut, ws.title)
            cell.data_type = "s"
            if display_width(label) + 2 > first:  # a long label wraps, never cut
                cell.alignment = sheets.WRAPPED
                lines = sheets.row_lines([label], [first])
                ws.row_dimensions[header + i].height = LINE_HEIGHT * lines
            ws.cell(row=header + i, column=2, value=count).number_format = "#,##0"
        height = max(7.0, min(16.0, 2.5 + 0.75 * len(stat.rows)))  # cm: room for every label
        if not stat.rows:
            ws.cell(row=header + 1, column=1, value="—")
        else:
            chart = BarChart()
            chart.type = "bar" if n < 2 else "col"
            chart.style = 10
            chart.title = stat.title
            chart.legend = None
            chart.y_axis.title = stat.header[1]
            chart.y_axis.majorGridlines = None
            chart.y_axis.scaling.min = 0  # bars start at zero, or they lie
            chart.y_axis.majorUnit = sheets.nice_step(max(c for _, c in stat.rows))
            chart.y_axis.number_format = "#,##0"  # whole numbers, in the reader's format
            chart.y_axis.delete = False
            chart.x_axis.delete = False
            if chart.type == "bar":  # the first category at the top, as in the table
                chart.x_axis.scaling.orientation = "maxMin"
                chart.y_axis.crosses = "max"  # …and the values' axis still at the bottom
            chart.height = height
            chart.width = 16
            data = Reference(ws, min_col=2, min_row=header, max_row=header + len(stat.rows))
            labels = Reference(ws, min_col=1, min_row=header + 1, max_row=header + len(stat.rows))
            chart.add_data(data, titles_from_data=True)
            chart.set_categories(labels)
            # Beside the table, a row below the page's top: a chart whose edge lay on the
            # page break printed that edge, a stray line, at the foot of the page before.
            ws.add_chart(chart, f"D{header}")
        rows_used = len(stat.rows) + 2
        chart_rows = int(height / 0.5) + 3
        row += max(rows_used, chart_rows if stat.rows else 0) + 2
    ws.column_dimensions["A"].width = first
    ws.column_dimensions["B"].width = STATISTIC_COUNT_WIDTH
    ws.column_dimensions["C"].width = 2
    sheets.print_setup(
        ws, title=report.settings.post_name, footer=footer_of(report), header_rows=None
    )
    ws.print_area = f"A1:L{max(row - 2, 1)}"


ISO_DATE = "yyyy-mm-dd"
"""The Indicators sheet's dates: the same for every language."""


def _indicators(wb: Workbook, report: Report) -> None:
    """One row per indicator, the same layout for every post and release (Paris stacks
    them): post, country, period, start, end, indicator id, value, label."""
    ws = wb.create_sheet(translate("Report", "Indicators"))
    labels = indicator_labels()
    rows: list[list[Any]] = [
        [
            report.settings.post_name,
            report.settings.country,
            period_key(report.period),
            report.period.start,
            report.period.end,
            key,
            report.indicators[key],
            labels[key],
        ]
        for key in labels
    ]
    sheets.write_table(
        ws,
        [
            Column(INDICATOR_HEADERS[0], max_width=40),
            Column(INDICATOR_HEADERS[1]),
            Column(INDICATOR_HEADERS[2]),
            Column(INDICATOR_HEADERS[3], DATE, number_format=ISO_DATE),
            Column(INDICATOR_HEADERS[4], DATE, number_format=ISO_DATE),
            Column(INDICATOR_HEADERS[5], max_width=26),
            Column(INDICATOR_HEADERS[6], NUMBER),
            Column(INDICATOR_HEADERS[7], max_width=44),
        ],
        rows,
        title=report.settings.post_name,
        footer=footer_of(report),
        empty_text="",
        cut=Cut(),
    )


def write_report(report: Report, path: Path, *, password: str | None = None) -> Cut:
    """Write the report workbook to ``path`` (atomically; with ``password``, protected by
    Excel's encryption). Returns the cells cut to fit."""
    from openpyxl.packaging.custom import StringProperty

    cut = Cut()
    wb = TableWorkbook()
    _cover(wb.active, report)
    for section in report.sections:
        ws = wb.create_sheet(section.title)
        sheets.write_table(
            ws,
            section.columns,
            section.rows,
            title=report.settings.post_name,
            footer=footer_of(report),
            empty_text=translate("Report", "Nothing in this period."),
            cut=cut,
        )
    _statistics(wb, report, cut)
    _indicators(wb, report)
    wb.properties.title = report.title
    wb.properties.subject = report.period.label
    wb.properties.creator = report.settings.author or "Attaché"
    wb.properties.lastModifiedBy = report.settings.author or "Attaché"
    wb.properties.description = translate("Report", "Made with Attaché {version}").format(
        version=__version__
    )
    wb.properties.created = report.generated.astimezone(dt.UTC).replace(tzinfo=None)
    wb.properties.modified = wb.properties.created
    custom: Any = wb.custom_doc_props  # type: ignore[attr-defined]  # (openpyxl ≥ 3.1)
    custom.append(StringProperty(name="AttacheReport", value=str(FORMAT_VERSION)))
    custom.append(StringProperty(name="AttacheVersion", value=__version__))
    with workbook_output(path, password) as temporary:
        wb.save(temporary)
    return cut
