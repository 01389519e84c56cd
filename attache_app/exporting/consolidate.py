"""The network's view for Paris: the reports of several posts, side by side.

:func:`read_report` reads one report workbook written by :mod:`attache_app.exporting.report`
(its « Indicateurs » sheet, its upcoming deadlines and its watch notes), checking that it is
one, of a layout this release reads; :func:`consolidate` reads many — a file that is not a
report gets one sentence and is skipped, two reports of the same post and period are
flagged and counted once — and :func:`write` lays out the consolidation: each indicator by
post and period with totals, the stacked indicator rows, the watch notes of every post by
theme, the upcoming deadlines of every post, and a chart.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.pagebreak import Break

from attache_app import __version__
from attache_app.errors import AttacheError
from attache_app.exporting import sheets
from attache_app.exporting.files import workbook_output
from attache_app.exporting.report import FORMAT_VERSION, INDICATOR_HEADERS, indicator_labels
from attache_app.exporting.sheets import DATE, DATETIME, NUMBER, WRAP, Column, Cut, Link
from attache_app.exporting.xlsxrows import TableWorkbook
from attache_app.i18n import translate

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""An encrypted Office file is an OLE container."""

KEY_FIGURES = ("contacts.new", "activities", "notes", "deadlines.due")
"""The indicators drawn side by side per post in the chart."""


class ReportFileError(AttacheError):
    """A file that cannot be consolidated, with the sentence that says why."""


@dataclass
class PostReport:
    file: Path
    post: str
    country: str
    period: str
    start: dt.date | None
    end: dt.date | None
    values: dict[str, int]
    labels: dict[str, str]
    notes: list[list[Any]] = field(default_factory=list)
    """Theme, date, title, text, source of each watch note."""
    upcoming: list[list[Any]] = field(default_factory=list)
    """Date, programme or call, what is due, status, owner."""

    @property
    def key(self) -> tuple[str, str]:
        return (self.post.casefold(), self.period)


@dataclass
class Consolidation:
    reports: list[PostReport] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    """Files not read, each with the sentence saying why."""
    duplicates: list[tuple[Path, str]] = field(default_factory=list)
    """Reports of a post and period already read: flagged, not counted."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "reports": [
                {"file": str(r.file), "post": r.post, "period": r.period} for r in self.reports
            ],
            "skipped": [{"file": str(p), "reason": why} for p, why in self.skipped],
            "duplicates": [{"file": str(p), "reason": why} for p, why in self.duplicates],
        }


def _refuse(path: Path, reason: str) -> ReportFileError:
    return ReportFileError(
        translate("Consolidate", "{file}: {reason}").format(file=path.name, reason=reason)
    )


def _decrypt(path: Path, data: bytes, password: str | None) -> bytes:
    if not password:
        raise _refuse(
            path,
            translate(
                "Consolidate", "the report is protected by a password; give it to read the report."
            ),
        )
    import msoffcrypto

    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
        office.load_key(password=password)
        clear = io.BytesIO()
        office.decrypt(clear)
    except Exception:
        raise _refuse(
            path, translate("Consolidate", "the password given does not open this report.")
        ) from None
    return clear.getvalue()


def _format_version(archive: zipfile.ZipFile) -> int | None:
    try:
        custom = archive.read("docProps/custom.xml").decode("utf-8", "replace")
    except KeyError:
        return None
    found = re.search(r'name="AttacheReport"[^>]*>\s*<vt:\w+>(\d+)</vt:\w+>', custom)
    return int(found.group(1)) if found else None


def _number(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(value)
    return int(value)


def _day(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        return dt.date.fromisoformat(value[:10])
    return None


def read_report(path: Path, *, password: str | None = None) -> PostReport:
    """One post's report, or :class:`ReportFileError` saying in one sentence why not."""
    from python_calamine import CalamineWorkbook

    try:
        data = path.read_bytes()
    except OSError as error:
        raise _refuse(path, error.strerror or str(error)) from None
    if data.startswith(OLE_MAGIC):
        data = _decrypt(path, data, password)
    if not data.startswith(b"PK"):
        raise _refuse(path, translate("Consolidate", "it is not an Excel workbook (.xlsx)."))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            version = _format_version(archive)
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception:
        raise _refuse(path, translate("Consolidate", "the workbook is damaged.")) from None
    if version is None:
        raise _refuse(
            path, translate("Consolidate", "it is not a report to Paris written by Attaché.")
        )
    if version != FORMAT_VERSION:
        raise _refuse(
            path,
            translate(
                "Consolidate",
                "it comes from an incompatible release of Attaché (report layout {found}; "
                "this release reads layout {known}).",
            ).format(found=version, known=FORMAT_VERSION),
        )
    names = book.sheet_names
    indicator_sheet = next((n for n in names if n in ("Indicators", "Indicateurs")), names[-1])
    rows = book.get_sheet_by_name(indicator_sheet).to_python()
    if not rows or tuple(str(c) for c in rows[0][: len(INDICATOR_HEADERS)]) != INDICATOR_HEADERS:
        raise _refuse(
            path, translate("Consolidate", "its « Indicateurs » sheet is missing or altered.")
        )
    values: dict[str, int] = {}
    labels: dict[str, str] = {}
    try:
        for row in rows[1:]:
            if not row or not row[5]:
                continue
            values[str(row[5])] = _number(row[6])
            labels[str(row[5])] = str(row[7])
        first = rows[1]
        post, country, period = str(first[0]), str(first[1]), str(first[2])
        start, end = _day(first[3]), _day(first[4])
    except (ValueError, IndexError):
        raise _refuse(
            path,
            translate(
                "Consolidate", "its « Indicateurs » sheet holds a value that is not a number."
            ),
        ) from None
    report = PostReport(path, post, country, period, start, end, values, labels)
    # The sheets of the layout, by position: 0 cover, 1 deadlines, 2 upcoming, 3 watch.
    if len(names) > 3:
        for row in book.get_sheet_by_name(names[2]).to_python()[1:]:
            if len(row) >= 5 and isinstance(row[0], dt.date):
                report.upcoming.append(list(row[:5]))
        for row in book.get_sheet_by_name(names[3]).to_python()[1:]:
            if len(row) >= 5 and isinstance(row[1], dt.date):
                report.notes.append(list(row[:5]))
    return report


def consolidate(
    paths: Sequence[Path],
    *,
    password: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Consolidation:
    """Read every report; files that are not one are skipped with their sentence, and a
    second report of the same post and period is flagged and not counted."""
    result = Consolidation()
    seen: dict[tuple[str, str], Path] = {}
    for n, path in enumerate(paths):
        if progress is not None:
            progress(n, len(paths))
        try:
            report = read_report(Path(path), password=password)
        except ReportFileError as error:
            result.skipped.append((Path(path), str(error)))
            continue
        if report.key in seen:
            result.duplicates.append(
                (
                    Path(path),
                    translate(
                        "Consolidate",
                        "{file}: another report of {post} for {period} ({first}) was read "
                        "first; this one is not counted.",
                    ).format(
                        file=Path(path).name,
                        post=report.post,
                        period=report.period,
                        first=seen[report.key].name,
                    ),
                )
            )
            continue
        seen[report.key] = Path(path)
        result.reports.append(report)
    if progress is not None:
        progress(len(paths), len(paths))
    if not result.reports:
        reasons = " ".join(why for _, why in result.skipped) or translate(
            "Consolidate", "no file was given."
        )
        raise AttacheError(
            translate("Consolidate", "No report could be read: {reasons}").format(reasons=reasons)
        )
    return result


def _columns(reports: Sequence[PostReport]) -> list[tuple[str, list[PostReport]]]:
    """The periods in order, each with its reports by post."""
    periods: dict[str, list[PostReport]] = {}
    for report in sorted(reports, key=lambda r: (r.start or dt.date.min, r.period, r.post)):
        periods.setdefault(report.period, []).append(report)
    return list(periods.items())


CHART_HEIGHT = 15.0
"""The chart's tallest (cm): what a landscape A4 page holds between its header and
footer, so that it is never cut across two pages."""

POST_WIDTH = 44.0
"""The width of the chart sheet's column of posts."""


def periods_of(result: Consolidation) -> str:
    """The periods the reports cover, for the pages' footer: each one, or the first and
    the last when there are more than three."""
    periods = [period for period, _reports in _columns(result.reports)]
    if len(periods) > 3:
        return f"{periods[0]} – {periods[-1]}"
    return ", ".join(periods)


def write(result: Consolidation, path: Path, *, password: str | None = None) -> Cut:
    """The network's workbook (atomically; protected with ``password`` when given)."""
    cut = Cut()
    wb = TableWorkbook()
    title = translate("Consolidate", "Network of posts — consolidated reports")
    footer = f"{periods_of(result)} — {title}".lstrip(" —")
    labels = indicator_labels()
    for report in result.reports:
        for key, label in report.labels.items():
            labels.setdefault(key, label)
    keys = list(
        dict.fromkeys([*indicator_labels(), *(k for r in result.reports for k in r.values)])
    )

    # Each indicator by post and period, with the total of each period.
    ws: Any = wb.active
    ws.title = translate("Consolidate", "Indicators by post")
    grouped = _columns(result.reports)
    columns = [Column(translate("Consolidate", "Indicator"), WRAP, max_width=40)]
    headers: list[tuple[str, PostReport | None, list[PostReport]]] = []
    for period, reports in grouped:
        for report in reports:
            headers.append((f"{report.post} — {period}", report, reports))
        headers.append(
            (translate("Consolidate", "Total {period}").format(period=period), None, reports)
        )
    columns += [Column(text, NUMBER, max_width=16) for text, _, _ in headers]
    columns.append(Column(translate("Consolidate", "Id"), max_width=24))
    rows: list[list[Any]] = []
    for key in keys:
        row: list[Any] = [labels.get(key, key)]
        for _, one, group in headers:
            if one is not None:
                row.append(one.values.get(key))
            else:
                row.append(sum(r.values.get(key, 0) for r in group))
        row.append(key)
        rows.append(row)
    sheets.write_table(ws, columns, rows, title=title, footer=footer, empty_text="—", cut=cut)
    if sheets.print_scale(ws) < sheets.SMALLEST_SCALE:
        # The posts of a network do not fit one page wide at a readable size: the columns
        # go on as many pages as they need, each with the indicators' names.
        ws.sheet_properties.pageSetUpPr.fitToPage = False
        ws.page_setup.scale = 100
        ws.print_title_cols = "A:A"

    # The indicator rows of every report, stacked (the same layout as each report's).
    stacked = wb.create_sheet(translate("Consolidate", "Indicators"))
    stack_rows = [
        [r.post, r.country, r.period, r.start, r.end, key, value, r.labels.get(key, "")]
        for r in sorted(result.reports, key=lambda r: (r.period, r.post))
        for key, value in r.values.items()
    ]
    sheets.write_table(
        stacked,
        [
            Column(INDICATOR_HEADERS[0], max_width=40), Column(INDICATOR_HEADERS[1]),
            Column(INDICATOR_HEADERS[2]), Column(INDICATOR_HEADERS[3], DATE),
            Column(INDICATOR_HEADERS[4], DATE), Column(INDICATOR_HEADERS[5], max_width=26),
            Column(INDICATOR_HEADERS[6], NUMBER), Column(INDICATOR_HEADERS[7], max_width=44),
        ],
        stack_rows, title=title, footer=footer, empty_text="—", cut=cut,
    )  # fmt: skip

    # Watch notes of every post, by theme.
    notes = [
        [theme, report.post, day, note_title, text, source]
        for report in result.reports
        for theme, day, note_title, text, source in report.notes
    ]
    notes.sort(key=lambda r: (str(r[0]).casefold(), r[2], str(r[1]).casefold()))
    sheets.write_table(
        wb.create_sheet(translate("Consolidate", "Watch")),
        [
            Column(translate("Consolidate", "Theme"), WRAP, max_width=16),
            Column(translate("Consolidate", "Post"), WRAP, max_width=20),
            Column(translate("Consolidate", "Date"), DATE),
            Column(translate("Consolidate", "Title"), WRAP, max_width=30),
            Column(translate("Consolidate", "Text"), WRAP, max_width=58),
            Column(translate("Consolidate", "Source"), WRAP, max_width=16),
        ],
        [[*r[:5], str(r[5] or "")] for r in notes],
        title=title, footer=footer,
        empty_text=translate("Consolidate", "No watch note in these reports."), cut=cut,
    )  # fmt: skip

    # Upcoming deadlines of every post, by date.
    upcoming = [
        [row[0], report.post, *row[1:5]] for report in result.reports for row in report.upcoming
    ]
    upcoming.sort(
        key=lambda r: (
            r[0] if isinstance(r[0], dt.datetime) else dt.datetime.combine(r[0], dt.time()),
            str(r[1]),
        )
    )
    sheets.write_table(
        wb.create_sheet(translate("Consolidate", "Upcoming")),
        [
            Column(translate("Consolidate", "Date (Paris time)"), DATETIME, max_width=17),
            Column(translate("Consolidate", "Post"), WRAP, max_width=20),
            Column(translate("Consolidate", "Programme or call"), WRAP, max_width=36),
            Column(translate("Consolidate", "What is due"), WRAP, max_width=44),
            Column(translate("Consolidate", "Status"), max_width=14),
            Column(translate("Consolidate", "Owner"), WRAP, max_width=20),
        ],
        upcoming, title=title, footer=footer,
        empty_text=translate("Consolidate", "No upcoming deadline in these reports."), cut=cut,
    )  # fmt: skip

    # Files read, skipped and flagged.
    files = wb.create_sheet(translate("Consolidate", "Files"))
    file_rows: list[list[Any]] = [
        [r.file.name, r.post, r.period, translate("Consolidate", "Counted")] for r in result.reports
    ]
    file_rows += [[p.name, "", "", why] for p, why in result.duplicates]
    file_rows += [[p.name, "", "", why] for p, why in result.skipped]
    sheets.write_table(
        files,
        [
            Column(translate("Consolidate", "File"), WRAP, max_width=36),
            Column(translate("Consolidate", "Post"), WRAP, max_width=24),
            Column(translate("Consolidate", "Period")),
            Column(translate("Consolidate", "Outcome"), WRAP, max_width=70),
        ],
        file_rows, title=title, footer=footer, empty_text="—", cut=cut,
    )  # fmt: skip

    # A chart: the key figures of each post, for the latest period.
    period, latest = grouped[-1]
    chart_sheet = wb.create_sheet(translate("Consolidate", "Chart"))
    chart_sheet.cell(
        row=1,
        column=1,
        value=translate("Consolidate", "Key figures by post — {period}").format(period=period),
    ).font = Font(bold=True, size=12)
    heads = [translate("Consolidate", "Post"), *(labels.get(key, key) for key in KEY_FIGURES)]
    for c, text in enumerate(heads, start=1):
        head = chart_sheet.cell(row=2, column=c, value=text)
        head.font, head.fill = sheets.HEADER_FONT, sheets.HEADER_FILL
        head.alignment = Alignment(wrap_text=True, vertical="center")
    chart_sheet.row_dimensions[2].height = 15.0 * max(
        sheets.row_lines([text], [POST_WIDTH if c == 1 else 16.0])
        for c, text in enumerate(heads, 1)
    )
    for r, report in enumerate(latest, start=3):
        cell = chart_sheet.cell(row=r, column=1, value=sheets.text_value(report.post, cut, "Chart"))
        cell.data_type = "s"
        cell.alignment = sheets.WRAPPED  # a post's long name wraps, never cut off
        lines = sheets.row_lines([report.post], [POST_WIDTH])
        if lines > 1:
            chart_sheet.row_dimensions[r].height = 15.0 * lines
        for c, key in enumerate(KEY_FIGURES, start=2):
            count = chart_sheet.cell(row=r, column=c, value=report.values.get(key, 0))
            count.number_format = "#,##0"
            count.alignment = sheets.NUMBER_ALIGNED
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.title = translate("Consolidate", "Key figures by post — {period}").format(period=period)
    chart.y_axis.scaling.min = 0
    chart.y_axis.majorUnit = sheets.nice_step(
        max((r.values.get(key, 0) for r in latest for key in KEY_FIGURES), default=0)
    )
    chart.y_axis.number_format = "#,##0"
    chart.y_axis.majorGridlines = None
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    chart.x_axis.scaling.orientation = "maxMin"
    chart.y_axis.crosses = "max"
    last = 2 + len(latest)
    chart.add_data(
        Reference(chart_sheet, min_col=2, max_col=1 + len(KEY_FIGURES), min_row=2, max_row=last),
        titles_from_data=True,
    )
    chart.set_categories(Reference(chart_sheet, min_col=1, min_row=3, max_row=last))
    chart.height = max(8.0, min(CHART_HEIGHT, 3.0 + 1.2 * len(latest)))
    chart.width = 26
    chart.legend.position = "b"
    if last > 12:  # a long table: the chart on a page of its own, whole
        chart_sheet.row_breaks.append(Break(id=last))
    chart_sheet.add_chart(chart, f"A{last + 2}")
    chart_sheet.column_dimensions["A"].width = POST_WIDTH
    for letter in "BCDE":
        chart_sheet.column_dimensions[letter].width = 16
    sheets.print_setup(chart_sheet, title=title, footer=footer, header_rows=None)

    wb.properties.title = title
    wb.properties.creator = "Attaché"
    wb.properties.description = translate("Report", "Made with Attaché {version}").format(
        version=__version__
    )
    with workbook_output(path, password) as temporary:
        wb.save(temporary)
    return cut


__all__ = [
    "Consolidation",
    "Link",
    "PostReport",
    "ReportFileError",
    "consolidate",
    "read_report",
    "write",
]
