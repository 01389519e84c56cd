"""The report to Paris: what happened at post during a period, as an Excel workbook.

:func:`build` gathers everything from the database into a :class:`Report` (also what the
application previews); :func:`write` lays it out: a cover sheet with the key figures, one
formatted sheet per subject, and native Excel charts in a statistics sheet.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.pagebreak import Break

from attache_app import __version__
from attache_app.domain.countries import country_name
from attache_app.domain.enums import (
    DeadlineStatus,
    Importance,
    InteractionKind,
    NoteStatus,
    OrganisationKind,
    RecordKind,
    StageKind,
    label_of,
)
from attache_app.domain.models import Deadline, Interaction, Note, PostSettings
from attache_app.domain.timeutil import PARIS, Clock, in_zone, parse_utc, system_clock
from attache_app.exporting import sheets
from attache_app.exporting.cells import display_width
from attache_app.exporting.files import workbook_output
from attache_app.exporting.period import Period
from attache_app.exporting.sheets import DATE, DATETIME, WRAP, Column, Cut, Link
from attache_app.i18n import current_language, translate
from attache_app.services import records
from attache_app.services.programmes import application_counts, outcome_label
from attache_app.storage import organisations, persons, programmes
from attache_app.storage.db import Store
from attache_app.storage.settings import load_settings

UPCOMING_DAYS = 90
"""Deadlines this many days after the report is made are listed as upcoming."""


@dataclass
class Section:
    key: str
    title: str
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)


@dataclass
class Statistic:
    title: str
    header: tuple[str, str]
    rows: list[tuple[str, int]]


@dataclass
class Report:
    settings: PostSettings
    period: Period
    themes: list[str]
    generated: dt.datetime
    """In the post's zone."""
    figures: list[tuple[str, int | str]]
    sections: list[Section]
    statistics: list[Statistic]

    @property
    def title(self) -> str:
        post = self.settings.post_name or translate("Report", "the post")
        return translate("Report", "Science and technology report — {post}").format(post=post)

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)


# --- gathering -------------------------------------------------------------------------

_MARKDOWN = (
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links and images: their text
    (re.compile(r"^\s{0,3}#{1,6}\s.*$", re.M), ""),  # headings: left out
    (re.compile(r"^\s{0,3}(>|[-*+]|\d+\.)\s+", re.M), ""),  # quotes, lists
    (re.compile(r"(\*\*|__|\*|_|`)(.+?)\1"), r"\2"),  # emphasis and code
)


def summary_of(body: str, limit: int = 400) -> str:
    """The first paragraph of a Markdown body, as plain text, at most ``limit`` characters."""
    text = body.strip()
    for pattern, replacement in _MARKDOWN:
        text = pattern.sub(replacement, text)
    paragraph = next((p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()), "")
    paragraph = " ".join(paragraph.split())
    if len(paragraph) > limit:
        paragraph = paragraph[: limit - 1].rsplit(" ", 1)[0] + "…"
    return paragraph


def month_label(month: str) -> str:
    """ "2026-07" as "juil. 2026" or "Jul 2026"."""
    from babel.dates import format_date

    day = dt.date.fromisoformat(month + "-01")
    return str(format_date(day, "MMM yyyy", locale=current_language()))


def _stamp_bounds(period: Period) -> tuple[str, str]:
    """created_at/updated_at bounds (UTC ISO stamps) of the period's days."""
    after = period.start.isoformat()
    before = (period.end + dt.timedelta(days=1)).isoformat()
    return after, before


def _paris_day(deadline: Deadline) -> dt.date:
    if deadline.all_day:
        return dt.date.fromisoformat(deadline.due_date)
    return in_zone(parse_utc(deadline.due_utc), PARIS).date()


def _paris_cell(deadline: Deadline) -> dt.date | dt.datetime:
    """The deadline as a real date (all-day) or date-time in Paris (naive, as Excel wants)."""
    if deadline.all_day:
        return dt.date.fromisoformat(deadline.due_date)
    return in_zone(parse_utc(deadline.due_utc), PARIS).replace(tzinfo=None)


def _deadlines(store: Store, period: Period, today: dt.date) -> list[tuple[Deadline, str]]:
    """Deadlines of the period, then those upcoming after it, each with its situation."""
    horizon = max(period.end, today + dt.timedelta(days=UPCOMING_DAYS))
    ids = programmes.deadline_ids(
        store,
        after=(period.start - dt.timedelta(days=1)).isoformat(),
        before=(horizon + dt.timedelta(days=2)).isoformat(),
    )
    found: list[tuple[Deadline, str]] = []
    for deadline in records.get_many(store, RecordKind.DEADLINE, ids):
        assert isinstance(deadline, Deadline)
        day = _paris_day(deadline)
        if period.contains(day):
            found.append((deadline, translate("Report", "In the period")))
        elif (
            deadline.status == "open"
            and day > period.end
            and today <= day <= today + dt.timedelta(days=UPCOMING_DAYS)
        ):
            found.append((deadline, translate("Report", "Upcoming")))
    return found


def build(
    store: Store,
    period: Period,
    *,
    themes: Sequence[str] = (),
    clock: Clock = system_clock,
) -> Report:
    settings = load_settings(store)
    now = in_zone(clock(), settings.timezone or PARIS)
    today = now.date()
    wanted = {t.casefold() for t in themes}
    after, before = _stamp_bounds(period)

    # Deadlines, with their programme's call.
    calls = {
        row["id"]: row["title"] or str(row["year"])
        for row in store.query("SELECT id, year, title FROM calls")
    }
    deadline_rows = []
    month_counts: Counter[str] = Counter()
    done_in_period = 0
    for deadline, situation in _deadlines(store, period, today):
        day = _paris_day(deadline)
        month_counts[f"{day.year}-{day.month:02d}"] += 1
        if situation == translate("Report", "In the period") and deadline.status == "done":
            done_in_period += 1
        deadline_rows.append(
            [
                deadline.programme_name,
                calls.get(deadline.call_id, "") if deadline.call_id else "",
                label_of(StageKind, deadline.stage),
                deadline.title,
                _paris_cell(deadline),
                label_of(DeadlineStatus, deadline.status),
                deadline.owner,
                situation,
            ]
        )
    upcoming = sum(1 for row in deadline_rows if row[-1] == translate("Report", "Upcoming"))

    # Watch notes of the period (of the chosen themes).
    note_ids = [
        int(r[0])
        for r in store.execute(
            "SELECT id FROM notes WHERE date BETWEEN ? AND ? ORDER BY date, id",
            (period.start.isoformat(), period.end.isoformat()),
        )
    ]
    note_rows = []
    theme_counts: Counter[str] = Counter()
    for note in records.get_many(store, RecordKind.NOTE, note_ids):
        assert isinstance(note, Note)
        if wanted and not wanted & {t.casefold() for t in note.themes}:
            continue
        for theme in note.themes or [translate("Report", "(no theme)")]:
            theme_counts[theme] += 1
        note_rows.append(
            [
                dt.date.fromisoformat(note.date),
                note.title,
                ", ".join(note.themes),
                summary_of(note.body),
                Link(note.source_name or note.url, note.url),
                label_of(Importance, note.importance),
                label_of(NoteStatus, note.status),
            ]
        )

    # Contacts created or updated in the period, by organisation kind and country.
    person_rows: list[list[Any]] = []
    kind_counts: Counter[str] = Counter()
    created = updated = 0
    found = store.query(
        "SELECT p.id, coalesce(o.kind, '') AS kind, p.created_at FROM persons p "
        "LEFT JOIN organisations o ON o.id = p.organisation_id "
        "WHERE (p.created_at >= ? AND p.created_at < ?) "
        "OR (p.updated_at >= ? AND p.updated_at < ?)",
        (after, before, after, before),
    )
    kinds = {}
    for row in found:
        kinds[row["id"]] = (row["kind"], row["created_at"] >= after)
    for person in persons.get_many(store, list(kinds)):
        assert person.id is not None
        kind, is_new = kinds[person.id]
        kind_label = (
            label_of(OrganisationKind, kind) if kind else translate("Report", "(no organisation)")
        )
        kind_counts[kind_label] += 1
        created += is_new
        updated += not is_new
        person_rows.append(
            [
                kind_label,
                country_name(person.country) if person.country else "",
                person.organisation_name,
                person.family_name,
                person.given_name,
                person.native_name,
                person.title,
                person.primary_email,
                translate("Report", "New") if is_new else translate("Report", "Updated"),
            ]
        )
    person_rows.sort(key=lambda r: (r[0], r[1], r[2].casefold(), r[3].casefold(), r[4]))

    # Activities of the period, with their participants.
    activity_ids = [
        int(r[0])
        for r in store.execute(
            "SELECT id FROM interactions WHERE date BETWEEN ? AND ? ORDER BY date, id",
            (period.start.isoformat(), period.end.isoformat()),
        )
    ]
    activities = [
        a for a in records.get_many(store, RecordKind.INTERACTION, activity_ids)
        if isinstance(a, Interaction)
    ]  # fmt: skip
    people = {
        p.id: p.display_name
        for p in persons.get_many(store, sorted({i for a in activities for i in a.person_ids}))
    }
    org_ids = sorted({i for a in activities for i in a.organisation_ids})
    orgs = {o.id: o.display_name for o in organisations.get_many(store, org_ids)}
    activity_counts: Counter[str] = Counter()
    activity_rows = []
    for activity in activities:
        kind_label = label_of(InteractionKind, activity.kind)
        activity_counts[kind_label] += 1
        activity_rows.append(
            [
                dt.date.fromisoformat(activity.date),
                kind_label,
                activity.title,
                activity.place,
                "\n".join(people[i] for i in activity.person_ids if i in people),
                "\n".join(orgs[i] for i in activity.organisation_ids if i in orgs),
                summary_of(activity.summary),
            ]
        )

    open_calls = store.query(
        "SELECT p.name, c.year, c.status FROM calls c JOIN programmes p ON p.id = c.programme_id "
        "WHERE c.status = 'open' ORDER BY p.name COLLATE NOCASE, c.year"
    )

    figures: list[tuple[str, int | str]] = [
        (translate("Report", "New contacts"), created),
        (translate("Report", "Contacts updated"), updated),
        (
            translate("Report", "Activities (meetings, visits, delegations, seminars…)"),
            len(activity_rows),
        ),
    ]
    figures += [(f"    {label}", n) for label, n in sorted(activity_counts.items())]
    figures.append((translate("Report", "Watch notes"), len(note_rows)))
    figures += [(f"    {label}", n) for label, n in theme_counts.most_common()]
    figures += [
        (translate("Report", "Deadlines met in the period"), done_in_period),
        (translate("Report", "Deadlines in the period"), len(deadline_rows) - upcoming),
        (
            translate("Report", "Upcoming deadlines (next {days} days)").format(days=UPCOMING_DAYS),
            upcoming,
        ),
        (translate("Report", "Open programme calls"), len(open_calls)),
    ]
    figures += [(f"    {row['name']} {row['year']}", label_of(DeadlineStatus, "open"))
                for row in open_calls]  # fmt: skip
    applied = application_counts(store)
    figures.append((translate("Report", "Applications received"), sum(n for _, n, _ in applied)))
    for title, count, outcomes in applied:
        detail = ", ".join(f"{outcome_label(o)} {n}" for o, n in sorted(outcomes.items()))
        figures.append((f"    {title} ({detail})", count))

    sections = [
        Section(
            "deadlines",
            translate("Report", "Deadlines"),
            [
                Column(translate("Report", "Programme"), max_width=30),
                Column(translate("Report", "Call"), max_width=30),
                Column(translate("Report", "Stage"), max_width=28),
                Column(translate("Report", "Title"), WRAP, max_width=50),
                Column(translate("Report", "Date (Paris time)"), DATETIME),
                Column(translate("Report", "Status")),
                Column(translate("Report", "Owner"), max_width=25),
                Column(translate("Report", "Situation")),
            ],
            deadline_rows,
        ),
        Section(
            "notes",
            translate("Report", "Watch"),
            [
                Column(translate("Report", "Date"), DATE),
                Column(translate("Report", "Title"), WRAP, max_width=50),
                Column(translate("Report", "Themes"), WRAP, max_width=30),
                Column(translate("Report", "Summary"), WRAP, max_width=70),
                Column(translate("Report", "Source"), sheets.LINK, max_width=35),
                Column(translate("Report", "Importance")),
                Column(translate("Report", "Status")),
            ],
            note_rows,
        ),
        Section(
            "contacts",
            translate("Report", "Contacts"),
            [
                Column(translate("Report", "Organisation kind"), max_width=28),
                Column(translate("Report", "Country"), max_width=20),
                Column(translate("Report", "Organisation"), WRAP, max_width=40),
                Column(translate("Report", "Family name"), max_width=25),
                Column(translate("Report", "Given name"), max_width=25),
                Column(translate("Report", "Native name"), max_width=18),
                Column(translate("Report", "Position"), WRAP, max_width=35),
                Column(translate("Report", "E-mail"), max_width=35),
                Column(translate("Report", "Change")),
            ],
            person_rows,
        ),
        Section(
            "activities",
            translate("Report", "Activities"),
            [
                Column(translate("Report", "Date"), DATE),
                Column(translate("Report", "Kind")),
                Column(translate("Report", "Title"), WRAP, max_width=45),
                Column(translate("Report", "Place"), max_width=25),
                Column(translate("Report", "Participants"), WRAP, max_width=40),
                Column(translate("Report", "Organisations"), WRAP, max_width=40),
                Column(translate("Report", "Summary"), WRAP, max_width=60),
            ],
            activity_rows,
        ),
    ]
    statistics = [
        Statistic(
            translate("Report", "Watch notes per theme"),
            (translate("Report", "Theme"), translate("Report", "Notes")),
            sorted(theme_counts.items(), key=lambda kv: (-kv[1], kv[0])),
        ),
        Statistic(
            translate("Report", "Contacts per organisation kind"),
            (translate("Report", "Organisation kind"), translate("Report", "Contacts")),
            sorted(kind_counts.items(), key=lambda kv: (-kv[1], kv[0])),
        ),
        Statistic(
            translate("Report", "Deadlines per month"),
            (translate("Report", "Month"), translate("Report", "Deadlines")),
            [(month_label(m), n) for m, n in sorted(month_counts.items())],
        ),
    ]
    return Report(settings, period, list(themes), now, figures, sections, statistics)


# --- writing ---------------------------------------------------------------------------

TITLE_FONT = Font(bold=True, size=16, color="1F3864")
LABEL_FONT = Font(bold=True)


def _cover(ws: Any, report: Report) -> None:
    ws.title = translate("Report", "Overview")
    ws["A1"] = report.title
    ws["A1"].font = TITLE_FONT
    ws["A1"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells("A1:B1")
    ws.row_dimensions[1].height = 44
    facts = [
        (translate("Report", "Post"), report.settings.post_name),
        (translate("Report", "Period"), report.period.label),
        (translate("Report", "From"), report.period.start),
        (translate("Report", "To"), report.period.end),
        (translate("Report", "Author"), report.settings.author),
        (translate("Report", "Generated on"), report.generated.replace(tzinfo=None, microsecond=0)),
    ]
    if report.themes:
        facts.append((translate("Report", "Themes"), ", ".join(report.themes)))
    row = 3
    for label, value in facts:
        ws.cell(row=row, column=1, value=label).font = LABEL_FONT
        cell = ws.cell(row=row, column=2, value=value)
        if isinstance(value, str):
            cell.data_type = "s"
            if value[:1] in "=+-@\t\r":
                cell.quotePrefix = True
        elif isinstance(value, dt.datetime):
            cell.number_format = sheets.datetime_format()
        elif isinstance(value, dt.date):
            cell.number_format = sheets.date_format()
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        row += 1
    row += 1
    ws.cell(row=row, column=1, value=translate("Report", "Key figures")).font = Font(
        bold=True, size=13
    )
    row += 1
    first = row
    for header_col, header in enumerate(
        (translate("Report", "Figure"), translate("Report", "Value")), start=1
    ):
        cell = ws.cell(row=row, column=header_col, value=header)
        cell.font, cell.fill = sheets.HEADER_FONT, sheets.HEADER_FILL
    for label, value in report.figures:
        row += 1
        cell = ws.cell(row=row, column=1, value=label)
        cell.data_type = "s"
        ws.cell(row=row, column=2, value=value).alignment = Alignment(horizontal="right")
        if not label.startswith(" "):
            cell.font = LABEL_FONT
    ws.column_dimensions["A"].width = max(
        40, max((display_width(label) + 2 for label, _ in report.figures), default=0)
    )
    ws.column_dimensions["B"].width = 50
    sheets.print_setup(
        ws, title=report.settings.post_name, footer=report.period.label, header_rows=None
    )
    ws.page_setup.orientation = "portrait"
    ws.print_area = f"A1:B{row}"
    del first


def _statistics(wb: Workbook, report: Report, cut: Cut) -> None:
    ws = wb.create_sheet(translate("Report", "Statistics"))
    row = 1
    for n, stat in enumerate(report.statistics):
        if n:  # each statistic with its chart on a page of its own
            ws.row_breaks.append(Break(id=row - 1))
        ws.cell(row=row, column=1, value=stat.title).font = Font(bold=True, size=12)
        header = row + 1
        for col, text in enumerate(stat.header, start=1):
            cell = ws.cell(row=header, column=col, value=text)
            cell.font, cell.fill = sheets.HEADER_FONT, sheets.HEADER_FILL
        for i, (label, count) in enumerate(stat.rows, start=1):
            cell = ws.cell(row=header + i, column=1)
            cell.value = sheets.text_value(label, cut, ws.title)
            cell.data_type = "s"
            ws.cell(row=header + i, column=2, value=count)
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
            ws.add_chart(chart, f"D{row}")
        rows_used = len(stat.rows) + 2
        chart_rows = int(height / 0.5) + 2
        row += max(rows_used, chart_rows if stat.rows else 0) + 2
    ws.column_dimensions["A"].width = max(
        30,
        max(
            (display_width(label) + 2 for s in report.statistics for label, _ in s.rows),
            default=0,
        ),
    )
    ws.column_dimensions["B"].width = 14
    sheets.print_setup(
        ws, title=report.settings.post_name, footer=report.period.label, header_rows=None
    )


def write(report: Report, path: Path, *, password: str | None = None) -> Cut:
    """Write the report workbook to ``path`` (atomically; with ``password``, protected by
    Excel's encryption). Returns the cells cut to fit."""
    cut = Cut()
    wb = Workbook()
    _cover(wb.active, report)
    for section in report.sections:
        ws = wb.create_sheet(section.title)
        sheets.write_table(
            ws,
            section.columns,
            section.rows,
            title=report.settings.post_name,
            footer=f"{report.title} — {report.period.label}",
            empty_text=translate("Report", "Nothing in this period."),
            cut=cut,
        )
    _statistics(wb, report, cut)
    wb.properties.title = report.title
    wb.properties.subject = report.period.label
    wb.properties.creator = report.settings.author or "Attaché"
    wb.properties.lastModifiedBy = report.settings.author or "Attaché"
    wb.properties.description = translate("Report", "Made with Attaché {version}").format(
        version=__version__
    )
    wb.properties.created = report.generated.astimezone(dt.UTC).replace(tzinfo=None)
    wb.properties.modified = wb.properties.created
    with workbook_output(path, password) as temporary:
        wb.save(temporary)
    return cut
