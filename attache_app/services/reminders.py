"""Reminders of deadlines: N days before each open deadline (by default 30, 7 and 1).

A reminder falls due N days before the deadline's instant — for an all-day deadline, N days
before its date at 09:00 in the post's zone, so that it never comes in the middle of the
night or on the wrong day east of UTC. Nothing is stored until the user acts: a reminder
marked done or snoozed, or shown as a notification, gets a row in ``reminder_states``.
Everything takes an injectable clock, so that tests can walk through time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from attache_app.domain.deadlines import DeadlineView, describe, due_instant
from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Deadline
from attache_app.domain.timeutil import Clock, iso_utc, parse_utc, system_clock
from attache_app.errors import AttacheError
from attache_app.i18n import translate
from attache_app.services import records
from attache_app.storage import programmes, writes
from attache_app.storage.db import Store
from attache_app.storage.programmes import set_reminder_state as _set_state
from attache_app.storage.settings import load_settings


@dataclass
class Reminder:
    view: DeadlineView
    days_before: int
    due: dt.datetime
    """When it falls due (aware, UTC)."""
    state: str = "pending"
    snoozed_until: str = ""
    notified_at: str = ""

    @property
    def deadline(self) -> Deadline:
        return self.view.deadline

    @property
    def key(self) -> str:
        """ "12:7" — deadline 12, seven days before; what the CLI takes."""
        return f"{self.deadline.id}:{self.days_before}"

    def message(self) -> str:
        if self.view.days_left <= 0:
            when = translate("Reminders", "today")
        elif self.view.days_left == 1:
            when = translate("Reminders", "tomorrow")
        else:
            when = translate("Reminders", "in {days} days").format(days=self.view.days_left)
        paris = self.view.due_paris[:16].replace("T", " ")  # "2027-05-15 23:59", or a date
        return translate("Reminders", "{title} — {when} ({paris}, Paris time)").format(
            title=self.deadline.title, when=when, paris=paris
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "deadline_id": self.deadline.id,
            "title": self.deadline.title,
            "days_before": self.days_before,
            "due": iso_utc(self.due),
            "due_paris": self.view.due_paris,
            "due_post": self.view.due_post,
            "days_left": self.view.days_left,
            "state": self.state,
            "snoozed_until": self.snoozed_until,
        }


def _states(store: Store, ids: list[int]) -> dict[tuple[int, int], dict[str, Any]]:
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    return {
        (row["deadline_id"], row["days_before"]): row
        for row in store.query(f"SELECT * FROM reminder_states WHERE deadline_id IN ({marks})", ids)
    }


def due_reminders(
    store: Store, *, clock: Clock = system_clock, post_tz: str | None = None
) -> list[Reminder]:
    """Reminders due now for open deadlines still ahead: neither done nor snoozed, one per
    deadline (the closest to the deadline), soonest deadline first."""
    zone = post_tz or load_settings(store).timezone or "Europe/Paris"
    now = clock()
    horizon = (now + dt.timedelta(days=367)).strftime("%Y-%m-%dT%H:%M:%SZ")
    start = (now - dt.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    ids = [
        int(r[0])
        for r in store.execute(
            "SELECT id FROM deadlines WHERE status = 'open' AND sort_key BETWEEN ? AND ? "
            "ORDER BY sort_key",
            (start, horizon),
        )
    ]
    deadlines = [d for d in records.get_many(store, RecordKind.DEADLINE, ids)]
    states = _states(store, ids)
    found: list[Reminder] = []
    for deadline in deadlines:
        assert isinstance(deadline, Deadline) and deadline.id is not None
        view = describe(deadline, zone, now)
        if view.urgency in ("overdue", "closed"):
            continue
        best: Reminder | None = None
        for days in sorted(set(deadline.reminders)):  # the closest to the deadline first
            due = due_instant(deadline, days, zone)
            if due > now:
                continue
            state = states.get((deadline.id, days), {})
            reminder = Reminder(
                view,
                days,
                due,
                state.get("state", "pending"),
                state.get("snoozed_until", ""),
                state.get("notified_at", ""),
            )
            if reminder.state == "done":
                break  # done with a closer reminder: the earlier ones are done too
            if reminder.state == "snoozed" and parse_utc(reminder.snoozed_until) > now:
                break
            best = reminder
            break
        if best is not None:
            found.append(best)
    return found


def _parse_key(store: Store, key: str) -> tuple[int, int]:
    try:
        deadline_text, days_text = key.split(":")
        deadline_id, days = int(deadline_text), int(days_text)
    except ValueError:
        raise AttacheError(
            translate(
                "Reminders", "“{key}” is not a reminder: write DEADLINE:DAYS, e.g. 12:7."
            ).format(key=key)
        ) from None
    deadline = records.get_deadline(store, deadline_id)
    if days not in deadline.reminders:
        raise AttacheError(
            translate("Reminders", "The deadline {id} has no reminder {days} days before.").format(
                id=deadline_id, days=days
            )
        )
    return deadline_id, days


def mark_done(store: Store, key: str) -> None:
    deadline_id, days = _parse_key(store, key)
    with writes.recording(store):
        _set_state(store, deadline_id, days, state="done", snoozed_until="")


def snooze(store: Store, key: str, *, hours: int = 24, clock: Clock = system_clock) -> str:
    """Put a reminder off for ``hours``; returns when it comes back (UTC ISO)."""
    deadline_id, days = _parse_key(store, key)
    until = iso_utc(clock() + dt.timedelta(hours=hours))
    with writes.recording(store):
        _set_state(store, deadline_id, days, state="snoozed", snoozed_until=until)
    return until


ReminderState = tuple[str, str] | None
"""(state, snoozed until) of one reminder, or None when nothing was ever recorded."""


def reminder_state(store: Store, key: str) -> ReminderState:
    """What :func:`mark_done` or :func:`snooze` would change (to undo them later)."""
    deadline_id, days = _parse_key(store, key)
    for row in store.query(
        "SELECT state, snoozed_until FROM reminder_states WHERE deadline_id = ? "
        "AND days_before = ?",
        (deadline_id, days),
    ):
        return str(row["state"]), str(row["snoozed_until"])
    return None


def restore_states(store: Store, states: dict[str, ReminderState]) -> None:
    """Put reminders back as :func:`reminder_state` found them, in one transaction."""
    parsed = {key: _parse_key(store, key) for key in states}
    with writes.recording(store):
        for key, state in states.items():
            deadline_id, days = parsed[key]
            if state is None:
                programmes.reset_reminder_state(store, deadline_id, days)
            else:
                _set_state(store, deadline_id, days, state=state[0], snoozed_until=state[1])


def mark_notified(store: Store, reminders: list[Reminder], *, clock: Clock = system_clock) -> None:
    """Remember that these reminders were shown as notifications (not shown twice)."""
    when = iso_utc(clock())
    with writes.recording(store):
        for reminder in reminders:
            assert reminder.deadline.id is not None
            _set_state(
                store,
                reminder.deadline.id,
                reminder.days_before,
                state=reminder.state,
                snoozed_until=reminder.snoozed_until,
                notified_at=when,
            )


def to_notify(
    store: Store, *, clock: Clock = system_clock, post_tz: str | None = None
) -> list[Reminder]:
    """Due reminders not yet shown as a notification (or snoozed since they were)."""
    result = []
    for reminder in due_reminders(store, clock=clock, post_tz=post_tz):
        shown = reminder.notified_at
        if not shown or (reminder.snoozed_until and shown < reminder.snoozed_until):
            result.append(reminder)
    return result
