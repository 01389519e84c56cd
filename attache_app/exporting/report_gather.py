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


def _gather_deadlines(
    store: Store, period: Period, now: dt.datetime, today: dt.date, *, whole: bool
) -> Deadlines:
    """The deadlines due in the period and those upcoming, with their state; ``whole``:
    the deadlines as the report shows them, else only what their state and day need."""
    first, last = upcoming_window(period, today)
    after = (min(period.start, first) - dt.timedelta(days=1)).isoformat()
    before = (max(period.end, last) + dt.timedelta(days=2)).isoformat()
    found: list[Deadline]
    if whole:
        found = programmes.get_deadlines(
            store, programmes.deadline_ids(store, after=after, before=before)
        )
    else:
        found = [
            Deadline("", id=row[0], all_day=bool(row[1]), due_date=row[2], due_utc=row[3],
                     status=row[4])
            for row in store.execute(
                "SELECT id, all_day, due_date, due_utc, status FROM deadlines "
                "WHERE sort_key >= ? AND sort_key <= ?",
                (after, before),
            )
        ]  # fmt: skip
    due: list[tuple[Deadline, str]] = []
    upcoming: list[tuple[Deadline, str]] = []
    for deadline in found:
        day = paris_day(deadline)
        state = _state(deadline, now)
        if period.contains(day):
            due.append((deadline, state))
        if first <= day <= last and state != CANCELLED:
            upcoming.append((deadline, state))
    return Deadlines(due, upcoming)


@dataclass
class Notes:
    """The watch notes of a period that the report holds (those of the chosen themes, sent
    or to send — drafts when asked —, never a private one), and those it leaves out."""

    statuses: Counter[str] = field(default_factory=Counter)
    """How many of each status the report holds."""
    drafts_left_out: int = 0
    private_left_out: list[tuple[int, str]] = field(default_factory=list)
    """(id, title) of the private notes that would otherwise be in: they stay at post."""
    records: list[Note] = field(default_factory=list)
    """The notes themselves (only when gathered for their text)."""


def _notes_where(period: Period, themes: Sequence[str]) -> tuple[str, list[Any]]:
    sql = "n.date BETWEEN ? AND ?"
    params: list[Any] = [period.start.isoformat(), period.end.isoformat()]
    if themes:
        sql += (
            " AND EXISTS (SELECT 1 FROM note_themes t WHERE t.note_id = n.id AND t.theme IN "
            f"({', '.join('?' for _ in themes)}))"
        )
        params += list(themes)
    return sql, params


def period_notes(
    store: Store, period: Period, themes: Sequence[str], include_drafts: bool, *, whole: bool
) -> Notes:
    """The notes dated in the period, of the chosen themes: counted by status and privacy
    from an index; with ``whole``, those the report holds read with their themes (two
    queries for the whole period) and the private ones named."""
    where, params = _notes_where(period, themes)
    result = Notes()
    private = 0
    for status, is_private, count in store.execute(
        f"SELECT n.status, n.private != 0, count(*) FROM notes n WHERE {where} "
        "GROUP BY n.status, n.private != 0",
        params,
    ):
        if status == NoteStatus.DRAFT and not include_drafts:
            result.drafts_left_out += count
        elif is_private:
            private += count
        else:
            result.statuses[str(status)] += count
    shown = "n.private = 0" + ("" if include_drafts else f" AND n.status != '{NoteStatus.DRAFT}'")
    if private and whole:
        result.private_left_out = [
            (int(i), str(t))
            for i, t in store.execute(
                f"SELECT n.id, n.title FROM notes n WHERE {where} AND n.private != 0"
                + ("" if include_drafts else f" AND n.status != '{NoteStatus.DRAFT}'")
                + " ORDER BY n.date, n.id",
                params,
            )
        ]
    if not whole or not result.statuses:
        return result
    for row in store.execute(
        "SELECT n.id, n.status, n.date, n.title, n.body, n.source_name, n.url, n.importance "
        f"FROM notes n WHERE {where} AND {shown} ORDER BY n.date, n.id",
        params,
    ):
        result.records.append(
            Note(
                id=int(row[0]), status=row[1], date=row[2], title=row[3], body=row[4],
                source_name=row[5], url=row[6], importance=row[7],
            )
        )  # fmt: skip
    by_id = {note.id: note for note in result.records}
    for note_id, theme in store.execute(
        "SELECT t.note_id, t.theme FROM note_themes t JOIN notes n ON n.id = t.note_id "
        f"WHERE n.date BETWEEN ? AND ? AND {shown} ORDER BY t.theme COLLATE NOCASE",
        params[:2],
    ):
        note = by_id.get(note_id)
        if note is not None:
            note.themes.append(theme)
    return result


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
    "((p.created_at >= :after AND p.created_at < :before) "
    "OR (p.updated_at >= :after AND p.updated_at < :before AND p.created_at < :after))"
)
"""Persons added in the period, or changed in it when added before."""

_KIND_COUNTRY = "coalesce(o.kind, ''), coalesce(nullif(p.country, ''), o.country, '')"
"""A person's organisation kind, and country (their own, else their organisation's)."""

_ORGANISATION = "LEFT JOIN organisations o ON o.id = p.organisation_id"

_IMPORTED = (
    f"FROM ({journal.PERSONS_CREATED_BY_IMPORTS}) c JOIN persons p ON p.id = c.person "
    f"{_ORGANISATION} WHERE p.created_at >= :after AND p.created_at < :before "
    # a batch that kept the person's original date (a hand-over) did not add it now
    "AND c.imported_at <= p.created_at"
)
"""Persons added in the period by an import (not undone)."""


def _gather_contacts(store: Store, period: Period, zone: str, *, ids: bool) -> Contacts:
    """Counted by SQLite by organisation kind and country, from the persons' index of
    (organisation, country, created, updated): one pass over short entries, in the
    organisations' order. Those imported come from the imports' person creations, read
    only when a batch not undone was made before the period's end; the persons' ids only
    when they are to be named."""
    after, before = _stamp_bounds(period, zone)
    bounds = {"after": after, "before": before}
    result = Contacts()
    for kind, country, new, count in store.execute(
        f"SELECT {_KIND_COUNTRY}, sum(p.created_at >= :after), count(*) "
        f"FROM persons p {_ORGANISATION} WHERE {_IN_PERIOD} GROUP BY 1, 2",
        bounds,
    ):
        result.new += new
        result.updated += count - new
        result.by_kind_country[(str(kind), str(country))] = [new, 0, count - new]
    batches: dict[int, str] = {}
    if result.new and store.scalar(
        "SELECT 1 FROM import_batches WHERE undone_at = '' AND imported_at < ? LIMIT 1",
        (before,),
    ):
        batches = {
            int(row[0]): _batch_name(row[1], row[2])
            for row in store.execute("SELECT id, sender, file_name FROM import_batches")
        }
        for batch, kind, country, count in store.execute(
            f"SELECT c.batch, {_KIND_COUNTRY}, count(*) {_IMPORTED} GROUP BY 1, 2, 3", bounds
        ):
            result.imported[batches[batch]] += count
            result.by_kind_country.setdefault((str(kind), str(country)), [0, 0, 0])[1] += count
    if ids:
        imported = {
            int(person): batches[int(batch)]
            for person, batch in (
                store.execute(f"SELECT p.id, min(c.batch) {_IMPORTED} GROUP BY p.id", bounds)
                if batches
                else ()
            )
        }
        for person, is_new in store.execute(
            f"SELECT p.id, p.created_at >= :after FROM persons p WHERE {_IN_PERIOD}", bounds
        ):
            if not is_new:
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
    notes: Notes
    contacts: Contacts
    activities: list[tuple[int, str]]
    organisations: list[tuple[int, int]]
    calls: list[tuple[str, int, str]]
    applications: list[tuple[str, int, dict[str, int]]]

    def indicators(self) -> dict[str, int]:
        due = [s for _, s in self.deadlines.due if s != CANCELLED]
        kinds = Counter(kind for _, kind in self.activities)
        statuses = self.notes.statuses
        values = {
            "contacts.new": self.contacts.new,
            "contacts.imported": sum(self.contacts.imported.values()),
            "contacts.updated": self.contacts.updated,
            "organisations.met": len(self.organisations),
            "activities": len(self.activities),
        }
        values |= {f"activities.{kind.value}": kinds[kind.value] for kind in InteractionKind}
        values |= {
            "notes": sum(statuses.values()),
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
    whole: bool = False,
) -> Gathered:
    """What the report counts for ``period``; ``whole``: also the records its sheets show
    (else only what its key figures need, as for the periods it is compared with)."""
    today = in_zone(now, zone).date()
    return Gathered(
        deadlines=_gather_deadlines(store, period, now, today, whole=whole),
        notes=period_notes(store, period, themes, include_drafts, whole=whole),
        contacts=_gather_contacts(store, period, zone, ids=person_ids),
        activities=_activity_rows(store, period),
        organisations=_organisations_met(store, period),
        calls=_open_calls(store, period, today),
        applications=_applications(store, period, zone),
    )
