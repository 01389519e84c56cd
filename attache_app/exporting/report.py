"""The report to Paris: what happened at post during a period, as an Excel workbook.

:func:`build` gathers everything from the database into a :class:`Report` (also what the
application previews); :func:`write` lays it out: a cover sheet with the attaché's highlights
and the key figures beside the previous period and the same period a year earlier, one
formatted sheet per subject, native Excel charts, and the machine-readable « Indicateurs »
sheet that :mod:`attache_app.exporting.consolidate` stacks for the whole network.

Every figure and row belongs to the period:

- deadlines due in the period (met, missed or overdue, open), and those upcoming in the
  90 days after the period's end (from today when the period includes today);
- programme calls open at some point of the period (from their « call opens » stage to
  their application deadline);
- applications received (recorded) in the period;
- watch notes dated in the period that are sent or to send (drafts only when asked);
- contacts added in the period, those that came in by an import counted apart by batch.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.pagebreak import Break

from attache_app import __version__
from attache_app.domain.cells import display_width
from attache_app.domain.countries import country_name
from attache_app.domain.enums import (
    Importance,
    InteractionKind,
    NoteStatus,
    OrganisationKind,
    StageKind,
    label_of,
    outcome_label,
)
from attache_app.domain.models import Deadline, Interaction, Note, PostSettings
from attache_app.domain.timeutil import PARIS, Clock, in_zone, iso_utc, parse_utc, system_clock
from attache_app.exporting import sheets
from attache_app.exporting.files import workbook_output
from attache_app.exporting.period import Period, period_key, previous_period, year_before
from attache_app.exporting.sheets import DATE, DATETIME, NUMBER, WRAP, Column, Cut, Link
from attache_app.i18n import current_language, translate
from attache_app.storage import interactions, notes, organisations, persons, programmes
from attache_app.storage.db import Store
from attache_app.storage.settings import load_settings

UPCOMING_DAYS = 90
"""Deadlines this many days after the period (or today) are listed as upcoming."""

FORMAT_VERSION = 1
"""The layout of the « Indicateurs » sheet; a consolidation refuses other versions."""

INDICATOR_HEADERS = ("post", "country", "period", "start", "end", "indicator", "value", "label")
"""The header of the « Indicateurs » sheet: the same for every post, language and release."""

MET, MISSED, OVERDUE, OPEN, CANCELLED = "met", "missed", "overdue", "open", "cancelled"


def state_label(state: str) -> str:
    return {
        MET: translate("Report", "Met"),
        MISSED: translate("Report", "Missed"),
        OVERDUE: translate("Report", "Overdue"),
        OPEN: translate("Report", "Open"),
        CANCELLED: translate("Report", "Cancelled"),
    }[state]


def indicator_labels() -> dict[str, str]:
    """Every indicator id, in the order of the sheet, with its label."""
    labels = {
        "contacts.new": translate("Report", "New contacts"),
        "contacts.imported": translate("Report", "of which imported"),
        "contacts.updated": translate("Report", "Contacts updated"),
        "organisations.met": translate("Report", "Organisations met"),
        "activities": translate("Report", "Activities (meetings, visits, delegations, seminars…)"),
    }
    labels |= {f"activities.{kind.value}": kind.label for kind in InteractionKind}
    labels |= {
        "notes": translate("Report", "Watch notes"),
        "notes.sent": translate("Report", "sent"),
        "notes.to_send": translate("Report", "to send"),
        "notes.draft": translate("Report", "drafts included"),
        "deadlines.due": translate("Report", "Deadlines due in the period"),
        "deadlines.met": translate("Report", "met"),
        "deadlines.missed": translate("Report", "missed or overdue"),
        "deadlines.open": translate("Report", "still open"),
        "deadlines.upcoming": translate("Report", "Upcoming deadlines ({days} days)").format(
            days=UPCOMING_DAYS
        ),
        "calls.open": translate("Report", "Programme calls open in the period"),
        "applications.received": translate("Report", "Applications received in the period"),
    }
    return labels


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
class Figure:
    """One line of the cover's key figures: an indicator (``key``) or a detail of one."""

    label: str
    value: int | None
    """None: a line that names something (a call) without a count."""
    key: str = ""
    level: int = 0
    previous: int | None = None
    year_before: int | None = None


@dataclass
class Report:
    settings: PostSettings
    period: Period
    themes: list[str]
    generated: dt.datetime
    """In the post's zone."""
    figures: list[Figure]
    sections: list[Section]
    statistics: list[Statistic]
    indicators: dict[str, int] = field(default_factory=dict)
    highlights: str = ""
    include_drafts: bool = False
    named_persons: bool = False
    drafts_left_out: int = 0
    previous: Period | None = None
    year_before: Period | None = None

    @property
    def title(self) -> str:
        post = self.settings.post_name or translate("Report", "the post")
        return translate("Report", "Science and technology report — {post}").format(post=post)

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)


# --- the attaché's highlights, saved per period ------------------------------------------

_HIGHLIGHTS_KEY = "report_highlights:"


def load_highlights(store: Store, period: Period) -> str:
    value = store.scalar(
        "SELECT value FROM settings WHERE key = ?", (_HIGHLIGHTS_KEY + period_key(period),)
    )
    if value is None:
        return ""
    return str(json.loads(str(value)))


def save_highlights(store: Store, period: Period, text: str) -> None:
    """Keep the « Faits marquants » of a period (an empty text removes them)."""
    key = _HIGHLIGHTS_KEY + period_key(period)
    text = text.strip()
    now = store.now()
    with store.transaction():
        if not text:
            store.execute("DELETE FROM settings WHERE key = ?", (key,))
            return
        store.execute(
            "INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
            "updated_at = excluded.updated_at WHERE settings.value != excluded.value",
            (key, json.dumps(text, ensure_ascii=False), now, now),
        )


# --- text of the watch notes -------------------------------------------------------------

_INLINE = (
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links and images: their text
    (re.compile(r"(\*\*|__|\*|_|`)(.+?)\1"), r"\2"),  # emphasis and code
)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^(\s*)(\d+)[.)]\s+(.*)$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(.*)$")


def _inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text


def note_text(body: str) -> str:
    """A Markdown body as structured plain text: headings on their own line, paragraphs
    apart, list items as « • » lines (numbers kept), every section kept."""
    blocks: list[list[str]] = []
    current: list[str] = []
    paragraph: list[str] = []

    def end_paragraph() -> None:
        if paragraph:
            current.append(" ".join(paragraph))
            paragraph.clear()

    def end_block() -> None:
        end_paragraph()
        if current:
            blocks.append(current.copy())
            current.clear()

    after_heading = False  # a heading stays with what follows it, blank line or not
    for raw in body.replace("\r\n", "\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            if not after_heading:
                end_block()
            continue
        if heading := _HEADING.match(line):
            end_block()
            current.append(_inline(heading.group(1)))
            after_heading = True
            continue
        after_heading = False
        if bullet := _BULLET.match(line):
            end_paragraph()
            indent = "   " * (len(bullet.group(1)) // 2)
            current.append(f"{indent}• {_inline(bullet.group(2).strip())}")
            continue
        if numbered := _NUMBERED.match(line):
            end_paragraph()
            indent = "   " * (len(numbered.group(1)) // 2)
            current.append(f"{indent}{numbered.group(2)}. {_inline(numbered.group(3).strip())}")
            continue
        if quote := _QUOTE.match(line):
            line = quote.group(1)
        if current and not paragraph and (current[-1].lstrip()[:1] == "•"):
            # a lazy continuation of a list item
            current[-1] += " " + _inline(line.strip())
            continue
        paragraph.append(_inline(line.strip()))
    end_block()
    return "\n\n".join("\n".join(block) for block in blocks)


def summary_of(body: str, limit: int = 400) -> str:
    """The first paragraph of a Markdown body, as plain text, at most ``limit`` characters
    (the activities' summaries)."""
    text = note_text(body)
    paragraph = " ".join(text.split("\n\n")[0].split()) if text else ""
    if len(paragraph) > limit:
        paragraph = paragraph[: limit - 1].rsplit(" ", 1)[0] + "…"
    return paragraph


def month_label(month: str) -> str:
    """ "2026-07" as "juil. 2026" or "Jul 2026"."""
    from babel.dates import format_date

    day = dt.date.fromisoformat(month + "-01")
    return str(format_date(day, "MMM yyyy", locale=current_language()))


# --- gathering ---------------------------------------------------------------------------


def _stamp_bounds(period: Period, zone: str) -> tuple[str, str]:
    """created_at bounds (UTC ISO stamps) of the period's days at post."""
    tz = ZoneInfo(zone)

    def stamp(day: dt.date) -> str:  # as the records' stamps are written (iso_utc)
        return iso_utc(dt.datetime.combine(day, dt.time(), tz))

    return stamp(period.start), stamp(period.end + dt.timedelta(days=1))


def _paris_day(deadline: Deadline) -> dt.date:
    if deadline.all_day:
        return dt.date.fromisoformat(deadline.due_date)
    return in_zone(parse_utc(deadline.due_utc), PARIS).date()


def _paris_cell(deadline: Deadline) -> dt.date | dt.datetime:
    """The deadline as a real date (all-day) or date-time in Paris (naive, as Excel wants)."""
    if deadline.all_day:
        return dt.date.fromisoformat(deadline.due_date)
    return in_zone(parse_utc(deadline.due_utc), PARIS).replace(tzinfo=None)


def _state(deadline: Deadline, now: dt.datetime) -> str:
    """Met, missed, cancelled, or — when still open — overdue once its moment has passed."""
    if deadline.status == "done":
        return MET
    if deadline.status in (MISSED, CANCELLED):
        return deadline.status
    if deadline.all_day:
        passed = dt.date.fromisoformat(deadline.due_date) < in_zone(now, PARIS).date()
    else:
        passed = parse_utc(deadline.due_utc) < now
    return OVERDUE if passed else OPEN


def upcoming_window(period: Period, today: dt.date) -> tuple[dt.date, dt.date]:
    """The days whose deadlines are upcoming: the 90 after the period, or from today when
    the period includes today."""
    if period.contains(today):
        return today, today + dt.timedelta(days=UPCOMING_DAYS)
    first = period.end + dt.timedelta(days=1)
    return first, period.end + dt.timedelta(days=UPCOMING_DAYS)


@dataclass
class _Deadlines:
    due: list[tuple[Deadline, str]]
    upcoming: list[tuple[Deadline, str]]


def _gather_deadlines(store: Store, period: Period, now: dt.datetime, today: dt.date) -> _Deadlines:
    first, last = upcoming_window(period, today)
    ids = programmes.deadline_ids(
        store,
        after=(min(period.start, first) - dt.timedelta(days=1)).isoformat(),
        before=(max(period.end, last) + dt.timedelta(days=2)).isoformat(),
    )
    due: list[tuple[Deadline, str]] = []
    upcoming: list[tuple[Deadline, str]] = []
    for deadline in programmes.get_deadlines(store, ids):
        assert isinstance(deadline, Deadline)
        day = _paris_day(deadline)
        state = _state(deadline, now)
        if period.contains(day):
            due.append((deadline, state))
        if first <= day <= last and state != CANCELLED:
            upcoming.append((deadline, state))
    return _Deadlines(due, upcoming)


def _note_rows(
    store: Store, period: Period, themes: Sequence[str], include_drafts: bool
) -> list[tuple[int, str]]:
    """(id, status) of the notes dated in the period, of the chosen themes; drafts too."""
    sql = "SELECT n.id, n.status FROM notes n WHERE n.date BETWEEN ? AND ?"
    params: list[Any] = [period.start.isoformat(), period.end.isoformat()]
    if themes:
        sql += (
            " AND EXISTS (SELECT 1 FROM note_themes t WHERE t.note_id = n.id AND t.theme IN "
            f"({', '.join('?' for _ in themes)}))"
        )
        params += list(themes)
    found = [(int(r[0]), str(r[1])) for r in store.execute(sql + " ORDER BY n.date, n.id", params)]
    if include_drafts:
        return found
    return [(i, s) for i, s in found if s != NoteStatus.DRAFT]


@dataclass
class _Contacts:
    new: int = 0
    updated: int = 0
    imported: Counter[str] = field(default_factory=Counter)
    """Persons created in the period by an import, by batch (its sender or file)."""
    by_kind_country: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    """(kind, country) → [new, of which imported, updated]."""
    ids: dict[int, str] = field(default_factory=dict)
    """Person id → "new", "imported: <batch>" or "updated" (only when naming persons)."""


def _gather_contacts(store: Store, period: Period, zone: str, *, ids: bool) -> _Contacts:
    """Counted in SQL (a year of a large database is 100,000 rows); the persons' ids only
    when they are to be named."""
    after, before = _stamp_bounds(period, zone)
    sql = (
        "SELECT {select} FROM persons p "
        "LEFT JOIN organisations o ON o.id = p.organisation_id "
        "LEFT JOIN import_changes c ON c.kind = 'person' AND c.ref_id = p.id "
        " AND c.action = 'created' AND p.created_at >= ?1 "
        # a batch that kept the person's original date (a hand-over) did not add it now
        " AND c.batch_id IN (SELECT id FROM import_batches WHERE undone_at = '' "
        "  AND imported_at <= p.created_at) "
        "LEFT JOIN import_batches b ON b.id = c.batch_id "
        "WHERE (p.created_at >= ?1 AND p.created_at < ?2) "
        "OR (p.updated_at >= ?1 AND p.updated_at < ?2 AND p.created_at < ?1) {group}"
    )
    result = _Contacts()
    for row in store.execute(
        sql.format(
            select="coalesce(o.kind, ''), coalesce(nullif(p.country, ''), o.country, ''), "
            "p.created_at >= ?1, b.sender, b.file_name, count(*)",
            group="GROUP BY 1, 2, 3, b.id",
        ),
        (after, before),
    ):
        kind, country, is_new, count = (
            str(row[0]),
            str(row[1]),
            bool(row[2]),
            int(row[5]),
        )
        batch = _batch_name(row[3], row[4]) if row[4] is not None else None
        counts = result.by_kind_country.setdefault((kind, country), [0, 0, 0])
        if is_new:
            result.new += count
            counts[0] += count
            if batch is not None:
                result.imported[batch] += count
                counts[1] += count
        else:
            result.updated += count
            counts[2] += count
    if ids:
        for row in store.execute(
            sql.format(select="p.id, p.created_at >= ?1, b.sender, b.file_name", group=""),
            (after, before),
        ):
            if not row[1]:
                change = "updated"
            elif row[3] is not None:
                change = "imported:" + _batch_name(row[2], row[3])
            else:
                change = "new"
            result.ids[int(row[0])] = change
    return result


def _batch_name(sender: str | None, file_name: str) -> str:
    """An import batch as the report names it: its sender, or its file's name."""
    return sender or Path(file_name).stem or file_name


def _activity_rows(store: Store, period: Period) -> list[tuple[int, str]]:
    return [
        (int(r[0]), str(r[1]))
        for r in store.execute(
            "SELECT id, kind FROM interactions WHERE date BETWEEN ? AND ? ORDER BY date, id",
            (period.start.isoformat(), period.end.isoformat()),
        )
    ]


def _organisations_met(store: Store, period: Period) -> list[tuple[int, int]]:
    """(organisation id, activities) of the organisations met in the period's activities:
    linked to one, or employing a participant."""
    return [
        (int(r[0]), int(r[1]))
        for r in store.execute(
            "SELECT org, count(DISTINCT interaction) FROM ("
            " SELECT x.organisation_id AS org, x.interaction_id AS interaction "
            " FROM interaction_organisations x JOIN interactions i ON i.id = x.interaction_id "
            " WHERE i.date BETWEEN ?1 AND ?2"
            " UNION SELECT p.organisation_id, x.interaction_id FROM interaction_persons x "
            " JOIN interactions i ON i.id = x.interaction_id "
            " JOIN persons p ON p.id = x.person_id "
            " WHERE i.date BETWEEN ?1 AND ?2 AND p.organisation_id IS NOT NULL"
            ") GROUP BY org",
            (period.start.isoformat(), period.end.isoformat()),
        )
    ]


def _open_calls(store: Store, period: Period, today: dt.date) -> list[tuple[str, int, str]]:
    """(programme, year, title) of the calls open at some point of the period: from their
    « call opens » stage (or always, without one) to their last application deadline
    (or, without one, while the call is marked open and the period includes today)."""
    found = []
    for row in store.query(
        "SELECT p.name, c.year, c.title, c.status, "
        " (SELECT min(coalesce(nullif(d.due_date, ''), substr(d.due_local, 1, 10))) "
        "  FROM deadlines d WHERE d.call_id = c.id AND d.stage = 'call_opens' "
        "  AND d.status != 'cancelled') AS opens, "
        " (SELECT max(coalesce(nullif(d.due_date, ''), substr(d.due_local, 1, 10))) "
        "  FROM deadlines d WHERE d.call_id = c.id "
        "  AND d.stage IN ('application_deadline', 'partner_deadline') "
        "  AND d.status != 'cancelled') AS closes "
        "FROM calls c JOIN programmes p ON p.id = c.programme_id "
        "ORDER BY p.name COLLATE NOCASE, c.year"
    ):
        opens, closes = row["opens"], row["closes"]
        if opens and dt.date.fromisoformat(opens) > period.end:
            continue
        if closes:
            if dt.date.fromisoformat(closes) < period.start:
                continue
        elif not (row["status"] == "open" and period.contains(today)):
            continue
        found.append((str(row["name"]), int(row["year"]), str(row["title"] or "")))
    return found


def _applications(store: Store, period: Period, zone: str) -> list[tuple[str, int, dict[str, int]]]:
    """Per call: applications received in the period and the count of each outcome."""
    after, before = _stamp_bounds(period, zone)
    result: dict[str, dict[str, int]] = {}
    for row in store.execute(
        "SELECT c.title, c.year, p.name, a.outcome, count(*) FROM applications a "
        "JOIN calls c ON c.id = a.call_id JOIN programmes p ON p.id = c.programme_id "
        "WHERE a.created_at >= ? AND a.created_at < ? "
        "GROUP BY a.call_id, a.outcome ORDER BY p.name COLLATE NOCASE, c.year",
        (after, before),
    ):
        title = str(row[0] or f"{row[2]} {row[1]}")
        result.setdefault(title, {})[str(row[3])] = int(row[4])
    return [(title, sum(counts.values()), counts) for title, counts in result.items()]


@dataclass
class _Gathered:
    deadlines: _Deadlines
    notes: list[tuple[int, str]]
    contacts: _Contacts
    activities: list[tuple[int, str]]
    organisations: list[tuple[int, int]]
    calls: list[tuple[str, int, str]]
    applications: list[tuple[str, int, dict[str, int]]]

    def indicators(self) -> dict[str, int]:
        due = [s for _, s in self.deadlines.due if s != CANCELLED]
        kinds = Counter(kind for _, kind in self.activities)
        statuses = Counter(status for _, status in self.notes)
        values = {
            "contacts.new": self.contacts.new,
            "contacts.imported": sum(self.contacts.imported.values()),
            "contacts.updated": self.contacts.updated,
            "organisations.met": len(self.organisations),
            "activities": len(self.activities),
        }
        values |= {f"activities.{kind.value}": kinds[kind.value] for kind in InteractionKind}
        values |= {
            "notes": len(self.notes),
            "notes.sent": statuses[NoteStatus.SENT],
            "notes.to_send": statuses[NoteStatus.TO_SEND],
            "notes.draft": statuses[NoteStatus.DRAFT],
            "deadlines.due": len(due),
            "deadlines.met": due.count(MET),
            "deadlines.missed": due.count(MISSED) + due.count(OVERDUE),
            "deadlines.open": due.count(OPEN),
            "deadlines.upcoming": len(self.deadlines.upcoming),
            "calls.open": len(self.calls),
            "applications.received": sum(n for _, n, _ in self.applications),
        }
        return values


def _gather(
    store: Store,
    period: Period,
    *,
    now: dt.datetime,
    zone: str,
    themes: Sequence[str],
    include_drafts: bool,
    person_ids: bool = False,
) -> _Gathered:
    today = in_zone(now, zone).date()
    return _Gathered(
        deadlines=_gather_deadlines(store, period, now, today),
        notes=_note_rows(store, period, themes, include_drafts),
        contacts=_gather_contacts(store, period, zone, ids=person_ids),
        activities=_activity_rows(store, period),
        organisations=_organisations_met(store, period),
        calls=_open_calls(store, period, today),
        applications=_applications(store, period, zone),
    )


def _folded(text: str) -> str:
    return text.replace("’", "'").casefold()


def _deadline_row(deadline: Deadline, state: str, calls: dict[int, str]) -> list[Any]:
    """Date, the call (or programme), what is due — its stage, and what the title adds —,
    the status, the owner: nothing said twice."""
    call = calls.get(deadline.call_id, "") if deadline.call_id else ""
    programme = call or deadline.programme_name
    stage = label_of(StageKind, deadline.stage)
    rest = deadline.title.strip()
    for prefix in (call, deadline.programme_name):
        if prefix and _folded(rest).startswith(_folded(prefix)):
            rest = rest[len(prefix) :].lstrip(" —–-:,")
    if deadline.stage == StageKind.OTHER:
        what = rest or stage
    elif not rest or _folded(rest) == _folded(stage):
        what = stage
    elif _folded(rest).startswith(_folded(stage)):
        what = rest
    else:
        what = f"{stage} : {rest}" if current_language() == "fr" else f"{stage}: {rest}"
    return [_paris_cell(deadline), programme, what, state_label(state), deadline.owner]


def _deadline_columns() -> list[Column]:
    return [
        Column(translate("Report", "Date (Paris time)"), DATETIME, max_width=17),
        Column(translate("Report", "Programme or call"), WRAP, max_width=40),
        Column(translate("Report", "What is due"), WRAP, max_width=56),
        Column(translate("Report", "Status"), max_width=14),
        Column(translate("Report", "Owner"), WRAP, max_width=22),
    ]


def build(
    store: Store,
    period: Period,
    *,
    themes: Sequence[str] = (),
    include_drafts: bool = False,
    named_persons: bool = False,
    highlights: str | None = None,
    compare: bool = True,
    clock: Clock = system_clock,
) -> Report:
    """Everything the report holds. ``highlights`` None: those saved for the period."""
    settings = load_settings(store)
    zone = settings.timezone or PARIS
    now_utc = clock().astimezone(dt.UTC)
    now = in_zone(now_utc, zone)
    # Themes as stored (note_themes compares without case).
    gathered = _gather(
        store,
        period,
        now=now_utc,
        zone=zone,
        themes=list(themes),
        include_drafts=include_drafts,
        person_ids=named_persons,
    )
    values = gathered.indicators()
    drafts_left_out = 0
    if not include_drafts:
        drafts_left_out = len(_note_rows(store, period, list(themes), True)) - len(gathered.notes)

    # Deadlines, with their programme's call.
    calls = {
        int(row["id"]): str(row["title"] or f"{row['name']} {row['year']}")
        for row in store.query(
            "SELECT c.id, c.year, c.title, p.name FROM calls c "
            "JOIN programmes p ON p.id = c.programme_id"
        )
    }
    due_rows = [_deadline_row(d, s, calls) for d, s in gathered.deadlines.due]
    upcoming_rows = [_deadline_row(d, s, calls) for d, s in gathered.deadlines.upcoming]
    _first, last = upcoming_window(period, now.date())
    month_counts: Counter[str] = Counter()
    month = period.start.replace(day=1)
    while month <= max(period.end, last):  # every month, those without a deadline too
        month_counts[f"{month.year}-{month.month:02d}"] = 0
        month = (month + dt.timedelta(days=32)).replace(day=1)
    seen: set[int | None] = set()
    for deadline, state in [*gathered.deadlines.due, *gathered.deadlines.upcoming]:
        if deadline.id in seen or state == CANCELLED:
            continue
        seen.add(deadline.id)
        day = _paris_day(deadline)
        month_counts[f"{day.year}-{day.month:02d}"] += 1

    # Watch notes, grouped by theme with their whole text.
    wanted = {t.casefold() for t in themes}
    note_list = [
        n for n in notes.get_many(store, [i for i, _ in gathered.notes])
        if isinstance(n, Note)
    ]  # fmt: skip
    theme_counts: Counter[str] = Counter()
    grouped: list[tuple[str, Note]] = []
    no_theme = translate("Report", "(no theme)")
    for note in note_list:
        chosen = [t for t in note.themes if not wanted or t.casefold() in wanted]
        for theme in chosen or [no_theme]:
            theme_counts[theme] += 1
        grouped.append(((chosen or [no_theme])[0], note))
    grouped.sort(key=lambda tn: (tn[0] == no_theme, tn[0].casefold(), tn[1].date, tn[1].id or 0))
    note_rows = [
        [
            theme,
            dt.date.fromisoformat(note.date),
            note.title,
            note_text(note.body),
            Link(note.source_name or note.url, note.url),
            label_of(Importance, note.importance),
            label_of(NoteStatus, note.status),
        ]
        for theme, note in grouped
    ]

    # Contacts: counts by organisation kind and country; persons only when asked.
    def kind_label(kind: str) -> str:
        if not kind:
            return translate("Report", "(no organisation)")
        return label_of(OrganisationKind, kind)

    contacts = gathered.contacts
    kind_counts: Counter[str] = Counter()
    contact_rows: list[list[Any]] = []
    for (kind, country), (new, imported, updated) in contacts.by_kind_country.items():
        kind_counts[kind_label(kind)] += new
        contact_rows.append(
            [kind_label(kind), country_name(country) if country else "", new, imported, updated]
        )
    contact_rows.sort(key=lambda r: (r[0].casefold(), r[1].casefold()))

    org_met = dict(gathered.organisations)
    org_rows: list[list[Any]] = [
        [
            org.display_name,
            label_of(OrganisationKind, org.kind) if org.kind else "",
            country_name(org.country) if org.country else "",
            org_met[org.id or 0],
        ]
        for org in organisations.get_many(store, sorted(org_met))
    ]
    org_rows.sort(key=lambda r: (-int(r[3]), str(r[0]).casefold()))

    person_rows: list[list[Any]] = []
    if named_persons:
        for person in persons.get_many(store, sorted(contacts.ids)):
            assert person.id is not None
            change = contacts.ids[person.id]
            if change == "updated":
                shown = translate("Report", "Updated")
            elif change.startswith("imported:"):
                shown = translate("Report", "Imported: {batch}").format(batch=change[9:])
            else:
                shown = translate("Report", "New")
            person_rows.append(
                [
                    person.family_name,
                    person.given_name,
                    person.organisation_name,
                    person.title,
                    country_name(person.country) if person.country else "",
                    person.primary_email,
                    shown,
                ]
            )
        person_rows.sort(key=lambda r: (str(r[0]).casefold(), str(r[1]).casefold()))

    # Activities of the period, with their participants.
    activity_ids = [i for i, _ in gathered.activities]
    activities = [
        a for a in interactions.get_many(store, activity_ids)
        if isinstance(a, Interaction)
    ]  # fmt: skip
    people = {
        p.id: p.display_name
        for p in persons.get_many(store, sorted({i for a in activities for i in a.person_ids}))
    }
    org_ids = sorted({i for a in activities for i in a.organisation_ids})
    orgs = {o.id: o.display_name for o in organisations.get_many(store, org_ids)}
    activity_rows = [
        [
            dt.date.fromisoformat(activity.date),
            label_of(InteractionKind, activity.kind),
            activity.title,
            activity.place,
            "\n".join(people[i] for i in activity.person_ids if i in people),
            "\n".join(orgs[i] for i in activity.organisation_ids if i in orgs),
            summary_of(activity.summary),
        ]
        for activity in activities
    ]

    # The key figures, beside the previous period and the same period a year earlier.
    before = previous_period(period) if compare else None
    earlier = year_before(period) if compare else None
    compared: list[dict[str, int]] = []
    for other in (before, earlier):
        if other is None:
            compared.append({})
            continue
        compared.append(
            _gather(
                store, other, now=now_utc, zone=zone, themes=list(themes),
                include_drafts=include_drafts,
            ).indicators()
        )  # fmt: skip
    labels = indicator_labels()

    def figure(key: str, level: int = 0) -> Figure:
        return Figure(
            labels[key],
            values[key],
            key,
            level,
            compared[0].get(key),
            compared[1].get(key),
        )

    figures = [figure("contacts.new"), figure("contacts.imported", 1)]
    figures += [Figure(batch, n, level=2) for batch, n in contacts.imported.most_common()]
    figures += [figure("contacts.updated"), figure("organisations.met"), figure("activities")]
    figures += [
        figure(f"activities.{kind.value}", 1)
        for kind in InteractionKind
        if values[f"activities.{kind.value}"]
    ]
    figures += [figure("notes"), figure("notes.sent", 1), figure("notes.to_send", 1)]
    if include_drafts:
        figures.append(figure("notes.draft", 1))
    figures += [
        figure("deadlines.due"),
        figure("deadlines.met", 1),
        figure("deadlines.missed", 1),
        figure("deadlines.open", 1),
        figure("deadlines.upcoming"),
        figure("calls.open"),
    ]
    figures += [
        Figure(title or f"{name} {year}", None, level=1) for name, year, title in gathered.calls
    ]
    figures.append(figure("applications.received"))
    for title, count, outcomes in gathered.applications:
        detail = ", ".join(f"{outcome_label(o)} {n}" for o, n in sorted(outcomes.items()))
        figures.append(Figure(f"{title} ({detail})", count, level=1))

    sections = [
        Section(
            "deadlines",
            translate("Report", "Deadlines"),
            _deadline_columns(),
            due_rows,
        ),
        Section(
            "upcoming",
            translate("Report", "Upcoming"),
            _deadline_columns(),
            upcoming_rows,
        ),
        Section(
            "notes",
            translate("Report", "Watch"),
            [
                Column(translate("Report", "Theme"), WRAP, max_width=16),
                Column(translate("Report", "Date"), DATE),
                Column(translate("Report", "Title"), WRAP, max_width=30),
                Column(translate("Report", "Text"), WRAP, max_width=62),
                Column(translate("Report", "Source"), sheets.LINK, max_width=16),
                Column(translate("Report", "Importance"), max_width=12),
                Column(translate("Report", "Status"), max_width=11),
            ],
            note_rows,
        ),
        Section(
            "contacts",
            translate("Report", "Contacts"),
            [
                Column(translate("Report", "Organisation kind"), max_width=30),
                Column(translate("Report", "Country"), max_width=24),
                Column(translate("Report", "New contacts"), NUMBER),
                Column(translate("Report", "of which imported"), NUMBER),
                Column(translate("Report", "Contacts updated"), NUMBER),
            ],
            contact_rows,
        ),
        Section(
            "organisations",
            translate("Report", "Organisations met"),
            [
                Column(translate("Report", "Organisation"), WRAP, max_width=60),
                Column(translate("Report", "Kind"), max_width=30),
                Column(translate("Report", "Country"), max_width=24),
                Column(translate("Report", "Activities"), NUMBER),
            ],
            org_rows,
        ),
    ]
    if named_persons:
        sections.append(
            Section(
                "persons",
                translate("Report", "Persons"),
                [
                    Column(translate("Report", "Family name"), max_width=22),
                    Column(translate("Report", "Given name"), max_width=20),
                    Column(translate("Report", "Organisation"), WRAP, max_width=34),
                    Column(translate("Report", "Position"), WRAP, max_width=28),
                    Column(translate("Report", "Country"), max_width=16),
                    Column(translate("Report", "E-mail"), max_width=30),
                    Column(translate("Report", "Change"), WRAP, max_width=18),
                ],
                person_rows,
            )
        )
    sections.append(
        Section(
            "activities",
            translate("Report", "Activities"),
            [
                Column(translate("Report", "Date"), DATE),
                Column(translate("Report", "Kind"), max_width=14),
                Column(translate("Report", "Title"), WRAP, max_width=32),
                Column(translate("Report", "Place"), WRAP, max_width=18),
                Column(translate("Report", "Participants"), WRAP, max_width=22),
                Column(translate("Report", "Organisations"), WRAP, max_width=22),
                Column(translate("Report", "Summary"), WRAP, max_width=40),
            ],
            activity_rows,
        )
    )
    statistics = [
        Statistic(
            translate("Report", "Watch notes per theme"),
            (translate("Report", "Theme"), translate("Report", "Notes")),
            sorted(theme_counts.items(), key=lambda kv: (-kv[1], kv[0])),
        ),
        Statistic(
            translate("Report", "New contacts per organisation kind"),
            (translate("Report", "Organisation kind"), translate("Report", "Contacts")),
            sorted(((k, n) for k, n in kind_counts.items() if n), key=lambda kv: (-kv[1], kv[0])),
        ),
        Statistic(
            translate("Report", "Deadlines per month"),
            (translate("Report", "Month"), translate("Report", "Deadlines")),
            [(month_label(m), n) for m, n in sorted(month_counts.items())],
        ),
    ]
    return Report(
        settings,
        period,
        list(themes),
        now,
        figures,
        sections,
        statistics,
        indicators=values,
        highlights=load_highlights(store, period) if highlights is None else highlights.strip(),
        include_drafts=include_drafts,
        named_persons=named_persons,
        drafts_left_out=drafts_left_out,
        previous=before,
        year_before=earlier,
    )


# --- writing -----------------------------------------------------------------------------

TITLE_FONT = Font(bold=True, size=16, color="1F3864")
LABEL_FONT = Font(bold=True)
LINE_HEIGHT = 15.0
"""Points per line of 11-point text."""
MAX_ROW_HEIGHT = 409.0
"""Excel's limit."""


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
    widths = {"A": 50.0, "B": 13.0, "C": 13.0, "D": 13.0}
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
    for paragraph in paragraphs or [translate("Report", "(none written for this period)")]:
        cell = _text_cell(ws, row, 1, paragraph)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if not paragraphs:
            cell.font = Font(italic=True, color="595959")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        ws.row_dimensions[row].height = _height(paragraph, whole)
        row += 1

    row += 1
    ws.cell(row=row, column=1, value=translate("Report", "Key figures")).font = Font(
        bold=True, size=13
    )
    row += 1
    headers = [translate("Report", "Figure"), report.period.label]
    if report.previous is not None and report.year_before is not None:
        headers += [report.previous.label, report.year_before.label]
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
        if len(headers) > 2:
            values += [item.previous, item.year_before] if item.key else []
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


def _nice_step(largest: int) -> int:
    """A whole step for a value axis: 1, 2, 5, 10, 20, 50… giving at most ~8 ticks."""
    if largest <= 8:
        return 1
    raw = largest / 8
    power = 10 ** math.floor(math.log10(raw))
    return int(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


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
            chart.y_axis.majorUnit = _nice_step(max(c for _, c in stat.rows))
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
            ws.add_chart(chart, f"D{row}")
        rows_used = len(stat.rows) + 2
        chart_rows = int(height / 0.5) + 2
        row += max(rows_used, chart_rows if stat.rows else 0) + 2
    ws.column_dimensions["A"].width = min(
        40,
        max(
            20,
            max(
                (display_width(label) + 2 for s in report.statistics for label, _ in s.rows),
                default=0,
            ),
        ),
    )
    ws.column_dimensions["B"].width = 12
    ws.column_dimensions["C"].width = 2
    sheets.print_setup(
        ws, title=report.settings.post_name, footer=footer_of(report), header_rows=None
    )
    ws.print_area = f"A1:L{max(row - 2, 1)}"


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
            Column(INDICATOR_HEADERS[3], DATE),
            Column(INDICATOR_HEADERS[4], DATE),
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
    for r in range(2, len(rows) + 2):  # ISO dates: the same for every language
        for c in (4, 5):
            ws.cell(row=r, column=c).number_format = "yyyy-mm-dd"


def write(report: Report, path: Path, *, password: str | None = None) -> Cut:
    """Write the report workbook to ``path`` (atomically; with ``password``, protected by
    Excel's encryption). Returns the cells cut to fit."""
    from openpyxl.packaging.custom import StringProperty

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


__all__ = [
    "FORMAT_VERSION",
    "INDICATOR_HEADERS",
    "Figure",
    "Report",
    "Section",
    "Statistic",
    "build",
    "indicator_labels",
    "load_highlights",
    "note_text",
    "save_highlights",
    "write",
]
