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
    RecordKind,
)
from attache_app.domain.models import Deadline
from attache_app.domain.timeutil import PARIS, in_zone, iso_utc, parse_utc
from attache_app.exporting.period import Period
from attache_app.services import records
from attache_app.storage import programmes
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
    for deadline in records.get_many(store, RecordKind.DEADLINE, ids):
        assert isinstance(deadline, Deadline)
        day = paris_day(deadline)
        state = _state(deadline, now)
        if period.contains(day):
            due.append((deadline, state))
        if first <= day <= last and state != CANCELLED:
            upcoming.append((deadline, state))
    return Deadlines(due, upcoming)


def period_notes(
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
class Contacts:
    new: int = 0
    updated: int = 0
    imported: Counter[str] = field(default_factory=Counter)
    """Persons created in the period by an import, by batch (its sender or file)."""
    by_kind_country: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    """(kind, country) → [new, of which imported, updated]."""
    ids: dict[int, str] = field(default_factory=dict)
    """Person id → "new", "imported: <batch>" or "updated" (only when naming persons)."""


def _gather_contacts(store: Store, period: Period, zone: str, *, ids: bool) -> Contacts:
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
    result = Contacts()
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
class Gathered:
    deadlines: Deadlines
    notes: list[tuple[int, str]]
    contacts: Contacts
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


def gather(
    store: Store,
    period: Period,
    *,
    now: dt.datetime,
    zone: str,
    themes: Sequence[str],
    include_drafts: bool,
    person_ids: bool = False,
) -> Gathered:
    today = in_zone(now, zone).date()
    return Gathered(
        deadlines=_gather_deadlines(store, period, now, today),
        notes=period_notes(store, period, themes, include_drafts),
        contacts=_gather_contacts(store, period, zone, ids=person_ids),
        activities=_activity_rows(store, period),
        organisations=_organisations_met(store, period),
        calls=_open_calls(store, period, today),
        applications=_applications(store, period, zone),
    )
