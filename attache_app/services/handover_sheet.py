"""The « note de passation » as the first sheet of the hand-over package, laid out for print.

A write-only worksheet (the package's workbook streams its other sheets): a title, the facts
of the post and of the package, then four numbered sections — key organisations and contacts
by theme, open follow-ups, the deadlines and reminders of the next twelve months, the
programmes followed — each a small table with its header in the dark blue of the other
sheets. No grid lines, landscape A4 one page wide, the post in the page header and page
numbers in the footer: it prints as a document, and reads as one in Excel or LibreOffice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill

from attache_app.domain.cells import looks_like_formula
from attache_app.exporting import sheets
from attache_app.exporting.sheets import Cut
from attache_app.i18n import current_language, translate
from attache_app.services.handover_note import HandoverNote, KeyOrganisation

WIDTHS = (36.0, 20.0, 18.0, 44.0, 17.0, 16.0)
LAST = "F"
LINE_HEIGHT = 15.0
TITLE_FONT = Font(bold=True, size=16, color="000091")  # Bleu France
SECTION_FONT = Font(bold=True, size=13, color="000091")
SUBSECTION_FONT = Font(bold=True, size=11)
LABEL_FONT = Font(bold=True)
QUIET_FONT = Font(italic=True, color="595959")
SECTION_FILL = PatternFill("solid", fgColor="E3E3FD")
TOP_WRAPPED = Alignment(wrap_text=True, vertical="top")
TOP_LEFT = Alignment(horizontal="left", vertical="top")
TOP_CENTRE = Alignment(horizontal="center", vertical="top")


def sheet_title() -> str:
    return translate("Handover", "Hand-over note")


class _Writer:
    def __init__(self, wb: Workbook, cut: Cut) -> None:
        self.ws: Any = wb.create_sheet(sheet_title())
        self.cut = cut
        self.row = 0
        for i, width in enumerate(WIDTHS):
            self.ws.column_dimensions[chr(65 + i)].width = width
        self.ws.sheet_view.showGridLines = False

    def _cell(self, value: Any, *, font: Font | None = None, fill: Any = None) -> Any:
        if isinstance(value, str):
            value = sheets.text_value(value, self.cut, sheet_title())
        cell: Any = WriteOnlyCell(self.ws, value if value != "" else None)
        if isinstance(value, str):
            cell.data_type = "s"
            if looks_like_formula(value):
                cell.quotePrefix = True
        cell.alignment = TOP_WRAPPED
        if isinstance(value, dt.datetime):
            cell.number_format = sheets.datetime_format()
            cell.alignment = TOP_LEFT
        elif isinstance(value, dt.date):
            cell.number_format = sheets.date_format()
            cell.alignment = TOP_LEFT
        elif isinstance(value, int):
            cell.alignment = TOP_CENTRE
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        return cell

    def _append(self, cells: list[Any], height: float | None = None) -> None:
        self.row += 1
        if height is not None:
            self.ws.row_dimensions[self.row].height = height
        self.ws.append(cells)

    def blank(self) -> None:
        self._append([])

    def line(
        self, text: str, *, font: Font | None = None, fill: Any = None, size: int = 11
    ) -> None:
        """One text across the page's width (merged), as tall as its wrapped lines."""
        lines = sheets.row_lines([text], [sum(WIDTHS) * 11 / size], limit=None)
        self._append(
            [self._cell(text, font=font, fill=fill)]
            + [self._cell("", fill=fill) for _ in WIDTHS[1:]],
            height=max(LINE_HEIGHT * size / 11 * 1.2, LINE_HEIGHT * size / 11 * lines),
        )
        self.ws.merged_cells.add(f"A{self.row}:{LAST}{self.row}")

    def fact(self, label: str, value: str) -> None:
        room = sum(WIDTHS[1:])
        lines = sheets.row_lines([value], [room], limit=None)
        self._append(
            [self._cell(label, font=LABEL_FONT), self._cell(value)]
            + [self._cell("") for _ in WIDTHS[2:]],
            height=LINE_HEIGHT * max(1, lines),
        )
        self.ws.merged_cells.add(f"B{self.row}:{LAST}{self.row}")

    def header(self, headers: Sequence[str]) -> None:
        cells = []
        for text in headers:
            cell = self._cell(text, font=sheets.HEADER_FONT, fill=sheets.HEADER_FILL)
            cells.append(cell)
        lines = sheets.row_lines(list(headers), list(WIDTHS[: len(headers)]), limit=None)
        self._append(cells, height=LINE_HEIGHT * max(1, lines))

    def values(self, values: Sequence[Any]) -> None:
        shown = ["" if v is None else v for v in values]
        lines = sheets.row_lines(shown, list(WIDTHS[: len(shown)]), limit=None)
        self._append([self._cell(v) for v in shown], height=LINE_HEIGHT * max(1, lines))

    def section(self, text: str) -> None:
        self.blank()
        self.line(text, font=SECTION_FONT, fill=SECTION_FILL, size=13)

    def nothing(self, text: str) -> None:
        self.line(text, font=QUIET_FONT)


def _organisations(w: _Writer, items: list[KeyOrganisation]) -> None:
    w.header(
        [
            translate("Handover", "Organisation"),
            translate("Handover", "Kind"),
            translate("Handover", "Place"),
            translate("Handover", "Key contacts"),
            translate("Handover", "Notes"),
            translate("Handover", "Activities"),
        ]
    )
    for org in items:
        w.values(
            [
                org.name,
                org.kind,
                org.place,
                "\n".join(org.contacts)
                or translate("Handover", "(no contact recorded in this organisation)"),
                org.notes,
                org.activities,
            ]
        )


def _counts_text(counts: dict[str, int]) -> str:
    words = {
        "persons": translate("Handover", "persons: {n}"),
        "organisations": translate("Handover", "organisations: {n}"),
        "notes": translate("Handover", "watch notes: {n}"),
        "interactions": translate("Handover", "activities: {n}"),
        "programmes": translate("Handover", "programmes: {n}"),
        "deadlines": translate("Handover", "deadlines: {n}"),
    }
    return ", ".join(text.format(n=counts.get(key, 0)) for key, text in words.items())


def write(wb: Workbook, note: HandoverNote, cut: Cut) -> None:
    """Add the note as the next sheet of ``wb`` (the first, when called before the others)."""
    w = _Writer(wb, cut)
    # Before the first row: a write-only sheet writes its properties with it.
    sheets.print_setup(
        w.ws,
        title=translate("Handover", "Hand-over note — {post}").format(post=note.post or "?"),
        footer=sheet_title(),
        header_rows=None,
    )
    w.line(
        translate("Handover", "Hand-over note — {post}").format(post=note.post or "?"),
        font=TITLE_FONT,
        size=16,
    )
    w.line(
        translate(
            "Handover",
            "For the successor at the post: the network, the follow-ups and the calendar to "
            "take over. The other sheets of this workbook hold every record; Attaché imports "
            "them with Fichier › Importer or « Reprendre le réseau de mon prédécesseur ».",
        ),
        font=QUIET_FONT,
    )
    w.blank()
    w.fact(translate("Handover", "Post"), note.post)
    w.fact(translate("Handover", "Country"), note.country)
    w.fact(translate("Handover", "Time zone"), note.timezone)
    w.fact(translate("Handover", "Written by"), note.author)
    w.fact(translate("Handover", "On"), note.made_on.strftime(_date_pattern()))
    w.fact(translate("Handover", "In this package"), _counts_text(note.counts))
    w.fact(
        translate("Handover", "Left out"),
        "\n".join(note.left_out) or translate("Handover", "nothing"),
    )

    w.section(translate("Handover", "1. Key organisations and contacts by theme"))
    w.line(
        translate(
            "Handover",
            "For each watch theme, the organisations its notes cite most, and the persons of "
            "each the post worked with most (linked to the theme's notes, then met most often).",
        ),
        font=QUIET_FONT,
    )
    if not note.themes and not note.other_partners:
        w.nothing(translate("Handover", "(no watch note links an organisation yet)"))
    for theme in note.themes:
        w.blank()
        w.line(
            translate("Handover", "{theme} — watch notes: {count}").format(
                theme=theme.theme, count=theme.notes
            ),
            font=SUBSECTION_FONT,
        )
        if theme.organisations:
            _organisations(w, theme.organisations)
        else:
            w.nothing(translate("Handover", "(no organisation linked to these notes)"))
    if note.other_partners:
        w.blank()
        w.line(translate("Handover", "Other frequent partners"), font=SUBSECTION_FONT)
        _organisations(w, note.other_partners)

    w.section(translate("Handover", "2. Open follow-ups"))
    if note.follow_ups:
        w.header(
            [
                translate("Handover", "Subject"),
                translate("Handover", "Follow-up"),
                translate("Handover", "Date"),
                translate("Handover", "Detail"),
            ]
        )
        for item in note.follow_ups:
            w.values([item.title, item.what, item.day, item.detail])
    else:
        w.nothing(translate("Handover", "(nothing open)"))

    w.section(translate("Handover", "3. Deadlines and reminders of the next 12 months"))
    if note.upcoming:
        w.header(
            [
                translate("Handover", "Deadline"),
                translate("Handover", "Due (post time)"),
                translate("Handover", "Paris time"),
                translate("Handover", "Programme — stage"),
                translate("Handover", "Reminders"),
                translate("Handover", "In charge"),
            ]
        )
        for up in note.upcoming:
            stage = " — ".join(x for x in (up.programme, up.stage) if x)
            paris: Any = up.paris or translate("Handover", "all day")
            w.values([up.title, up.post_time, paris, stage, up.reminders, up.owner])
    else:
        w.nothing(translate("Handover", "(no open deadline in the next 12 months)"))

    w.section(translate("Handover", "4. Programmes followed"))
    if note.programmes:
        w.header(
            [
                translate("Handover", "Programme"),
                translate("Handover", "Kind"),
                translate("Handover", "Calls recorded"),
                translate("Handover", "Partner"),
                translate("Handover", "Next deadline"),
                translate("Handover", "Web site"),
            ]
        )
        for p in note.programmes:
            w.values([p.name, p.kind, p.calls, p.partner, p.next_deadline, p.url])
    else:
        w.nothing(translate("Handover", "(no programme recorded)"))

    w.ws.print_area = f"A1:{LAST}{w.row}"


def _date_pattern() -> str:
    return "%d/%m/%Y" if current_language() == "fr" else "%Y-%m-%d"
