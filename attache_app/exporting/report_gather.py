"""What the report to Paris counts for one period, gathered from the database: the deadlines
due and upcoming, the watch notes, the contacts added (those imported apart, by batch), the
activities, the organisations met, the programme calls open and the applications received.
:func:`gather` is run for the period and for the two it is compared with; its
:meth:`Gathered.indicators` are the key figures.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from attache_app.domain.enums import (
    InteractionKind,
    NoteStatus,
)
from attache_app.domain.models import Deadline, Note
from attache_app.domain.timeutil import PARIS, in_zone, iso_utc, parse_utc
from attache_app.exporting.period import Period
from attache_app.storage import journal, programmes
from attache_app.storage.db import Store

UPCOMING_DAYS = 90
"""Deadlines this many days after the period (or today) are listed as upcoming."""

MET, MISSED, OVERDUE, OPEN, CANCELLED = "met", "missed", "overdue", "open", "cancelled"


def _stamp_bounds(period: Period, zone: str) -> tuple[str, str]:
    """created_at bounds (UTC ISO stamps) of the period's days at post."""
    tz = ZoneInfo(zone)

    def stamp(day: dt.date) -> str:  # as the records' stamps are written (iso_utc)
        return iso_utc(dt.datetime.combine(day, dt.time(), tz))

    return stamp(period.start), stamp(period.end + dt.timedelta(days=1))


def paris_day(deadline: Deadline) -> dt.date:
    if deadline.all_day:
        return dt.date.fromisoformat(deadline.due_date)
    return in_zone(parse_utc(deadline.due_utc), PARIS).date()


def paris_cell(deadline: Deadline) -> dt.date | dt.datetime:
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
class Deadlines:
    due: list[tuple[Deadline, str]]
    upcoming: list[tuple[Deadline, str]]


def _gather_deadlines(store: Store, period: Period, now: dt.datetime, today: dt.date) -> Deadlines:
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
        day = paris_day(deadline)
        state = _state(deadline, now)
        if period.contains(day):
            due.append((deadline, state))
        if first <= day <= last and state != CANCELLED:
            upcoming.append((deadline, state))
    return Deadlines(due, upcoming)


def period_notes(
    store: Store, period: Period, themes: Sequence[str], include_drafts: bool, *, whole: bool
) -> tuple[list[tuple[int, str]], int, list[Note]]:
    """(id, status) of the notes dated in the period, of the chosen themes (drafts only
    when included), the number of drafts left out, and — when ``whole`` — the notes
    themselves (what the report shows of them: two queries for the whole period)."""
    text = ", n.date, n.title, n.body, n.source_name, n.url, n.importance" if whole else ""
    sql = f"SELECT n.id, n.status{text} FROM notes n WHERE n.date BETWEEN ? AND ?"
    params: list[Any] = [period.start.isoformat(), period.end.isoformat()]
    if themes:
        sql += (
            " AND EXISTS (SELECT 1 FROM note_themes t WHERE t.note_id = n.id AND t.theme IN "
            f"({', '.join('?' for _ in themes)}))"
        )
        params += list(themes)
    found: list[tuple[int, str]] = []
    notes: list[Note] = []
    left_out = 0
    for row in store.execute(sql + " ORDER BY n.date, n.id", params):
        status = str(row[1])
        if status == NoteStatus.DRAFT and not include_drafts:
            left_out += 1
            continue
        found.append((int(row[0]), status))
        if whole:
            notes.append(
                Note(
                    id=int(row[0]), status=status, date=row[2], title=row[3], body=row[4],
                    source_name=row[5], url=row[6], importance=row[7],
                )
            )  # fmt: skip
    if notes:
        by_id = {note.id: note for note in notes}
        for note_id, theme in store.execute(
            "SELECT t.note_id, t.theme FROM note_themes t JOIN notes n ON n.id = t.note_id "
            "WHERE n.date BETWEEN ? AND ? ORDER BY t.theme COLLATE NOCASE",
            params[:2],
        ):
            note = by_id.get(note_id)
            if note is not None:
                note.themes.append(theme)
    return found, left_out, notes


@dataclass
class Contacts:
    new: int = 0
    updated: int = 0
    imported: Counter[str] = field(default_factory=Counter)
    """Persons created in the period by an import, by batch (its sender or file)."""
    by_kind_country: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    """(kind, country) → [new, of which imported, updated]."""
    ids: dict[int, str] = field(default_factory=dict)
    """Person id → "new", "imported: <batch>" or "updated" (only when naming persons)."""


_IN_PERIOD = (
    "(p.created_at >= ?1 AND p.created_at < ?2) "
    "OR (p.updated_at >= ?1 AND p.updated_at < ?2 AND p.created_at < ?1)"
)
"""Persons added in the period, or changed in it when added before."""

_IMPORTED = (
    f"FROM ({journal.CREATED_BY_IMPORT}) c JOIN import_batches b ON b.id = c.batch_id "
    "JOIN persons p ON p.id = c.ref_id "
    "WHERE b.undone_at = '' "
    "AND p.created_at >= ?1 AND p.created_at < ?2 "
    # a batch that kept the person's original date (a hand-over) did not add it now
    "AND b.imported_at <= p.created_at"
)
"""Persons added in the period by an import (not undone)."""


def _gather_contacts(store: Store, period: Period, zone: str, *, ids: bool) -> Contacts:
    """Counted from one pass over the period's persons (a year of a large database is
    100,000 rows: counted by organisation and country in Python, then by the
    organisations' kind and country, which is cheaper than SQLite's grouping sort); those
    imported from the import journal; the persons' ids only when they are to be named."""
    after, before = _stamp_bounds(period, zone)
    result = Contacts()
    counted = Counter(
        store.execute(
            f"SELECT p.organisation_id, p.country, p.created_at >= ?1 FROM persons p "
            f"WHERE {_IN_PERIOD}",
            (after, before),
        )
    )
    organisations: dict[int, tuple[str, str]] = {}
    if counted:
        organisations = {
            int(row[0]): (str(row[1] or ""), str(row[2] or ""))
            for row in store.execute("SELECT id, kind, country FROM organisations")
        }

    def where(organisation: int | None, country: str) -> tuple[str, str]:
        kind, country_of_organisation = organisations.get(organisation or 0, ("", ""))
        return kind, country or country_of_organisation

    for (organisation, country, is_new), count in counted.items():
        counts = result.by_kind_country.setdefault(where(organisation, country), [0, 0, 0])
        if is_new:
            result.new += count
            counts[0] += count
        else:
            result.updated += count
            counts[2] += count
    for organisation, country, sender, file_name, count in store.execute(
        "SELECT p.organisation_id, p.country, b.sender, b.file_name, count(DISTINCT p.id) "
        f"{_IMPORTED} GROUP BY p.organisation_id, p.country, b.id",
        (after, before),
    ):
        result.imported[_batch_name(sender, file_name)] += count
        result.by_kind_country.setdefault(where(organisation, country), [0, 0, 0])[1] += count
    if ids:
        imported = {
            int(row[0]): _batch_name(row[1], row[2])
            for row in store.execute(
                f"SELECT p.id, b.sender, b.file_name {_IMPORTED}", (after, before)
            )
        }
        for row in store.execute(
            f"SELECT p.id, p.created_at >= ?1 FROM persons p WHERE {_IN_PERIOD}", (after, before)
        ):
            person = int(row[0])
            if not row[1]:
                result.ids[person] = "updated"
            elif person in imported:
                result.ids[person] = "imported:" + imported[person]
            else:
                result.ids[person] = "new"
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
class Gathered:
    deadlines: Deadlines
    notes: list[tuple[int, str]]
    contacts: Contacts
    activities: list[tuple[int, str]]
    organisations: list[tuple[int, int]]
    calls: list[tuple[str, int, str]]
    applications: list[tuple[str, int, dict[str, int]]]
    drafts_left_out: int = 0
    note_records: list[Note] = field(default_factory=list)
    """The notes themselves (only when gathered for their text)."""

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


def gather(
    store: Store,
    period: Period,
    *,
    now: dt.datetime,
    zone: str,
    themes: Sequence[str],
    include_drafts: bool,
    person_ids: bool = False,
    note_texts: bool = False,
) -> Gathered:
    today = in_zone(now, zone).date()
    notes, drafts_left_out, note_records = period_notes(
        store, period, themes, include_drafts, whole=note_texts
    )
    return Gathered(
        deadlines=_gather_deadlines(store, period, now, today),
        notes=notes,
        contacts=_gather_contacts(store, period, zone, ids=person_ids),
        activities=_activity_rows(store, period),
        organisations=_organisations_met(store, period),
        calls=_open_calls(store, period, today),
        applications=_applications(store, period, zone),
        drafts_left_out=drafts_left_out,
        note_records=note_records,
    )
