"""Deadlines as an iCalendar file (RFC 5545) that Outlook, Google and Apple calendars read.

A timed deadline keeps its own zone (``DTSTART;TZID=Europe/Paris:20270515T235900`` with the
zone's ``VTIMEZONE`` rules), so each calendar shows it at the right hour wherever it is
opened — in Paris or at post. An all-day deadline is a ``VALUE=DATE`` event on its date in
every zone. Open deadlines still ahead carry their reminders as ``VALARM`` components — those
not yet due: a deadline done, cancelled or past has none, so that importing the file never
rings old alarms. A timed deadline's alarm is relative to its instant; an all-day deadline's
is an absolute instant, N days before at 09:00 post time (the rule of the application's own
reminders), because a relative alarm of a date would ring at midnight. UIDs are stable,
so importing a newer file updates the events instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event

from attache_app import __version__
from attache_app.domain.deadlines import describe, due_instant
from attache_app.domain.enums import StageKind, label_of
from attache_app.domain.models import Deadline
from attache_app.domain.timeutil import PARIS, Clock, parse_utc, system_clock
from attache_app.exporting.files import Progress, atomic_output, no_progress
from attache_app.i18n import translate
from attache_app.storage import programmes
from attache_app.storage.db import Store
from attache_app.storage.settings import load_settings


def event(
    deadline: Deadline,
    *,
    post_tz: str,
    now: dt.datetime,
) -> Event:
    view = describe(deadline, post_tz, now)
    item = Event()
    item.add("uid", f"attache-deadline-{deadline.id}")
    item.add("dtstamp", now.astimezone(dt.UTC))
    summary = deadline.title
    if deadline.programme_name and deadline.programme_name.casefold() not in summary.casefold():
        summary = f"{deadline.programme_name} — {summary}"
    item.add("summary", summary)
    if deadline.all_day:
        day = dt.date.fromisoformat(deadline.due_date)
        item.add("dtstart", day)
        item.add("dtend", day + dt.timedelta(days=1))
        when = [translate("Export", "All day: {date}").format(date=day.isoformat())]
    else:
        zone = deadline.tz or PARIS
        local = parse_utc(deadline.due_utc).astimezone(ZoneInfo(zone))
        item.add("dtstart", local)  # no DTEND: a deadline is an instant (RFC 5545 3.6.1)
        when = [
            translate("Export", "Paris time: {when}").format(when=view.due_paris.replace("T", " ")),
            translate("Export", "Post time: {when}").format(when=view.due_post.replace("T", " ")),
        ]
    lines = [label_of(StageKind, deadline.stage), *when]
    if deadline.owner:
        lines.append(translate("Export", "Owner: {name}").format(name=deadline.owner))
    if deadline.notes:
        lines += ["", deadline.notes]
    item.add("description", "\n".join(lines))
    categories = [c for c in (deadline.programme_name, label_of(StageKind, deadline.stage)) if c]
    item.add("categories", categories)
    item.add("transp", "TRANSPARENT")
    item.add("status", "CANCELLED" if deadline.status == "cancelled" else "CONFIRMED")
    if deadline.updated_at:
        changed = parse_utc(deadline.updated_at)
        item.add("last-modified", changed)
        # A calendar replaces an event when its SEQUENCE grows: minutes since 2023 do.
        item.add("sequence", max(0, int(changed.timestamp()) - 1_700_000_000) // 60)
    if deadline.status == "open":
        for days in sorted(set(deadline.reminders), reverse=True):
            due = due_instant(deadline, days, post_tz)
            if due <= now:
                continue  # already due (or the deadline is past): no alarm ringing at once
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add(
                "description",
                translate("Export", "Deadline at D-{days}: {title}").format(
                    days=days, title=summary
                )
                if days
                else summary,
            )
            if deadline.all_day:
                alarm.add("trigger", due.astimezone(dt.UTC))  # TRIGGER;VALUE=DATE-TIME
            else:
                alarm.add("trigger", -dt.timedelta(days=days))
            item.add_component(alarm)
    return item


def calendar_of(
    store: Store,
    ids: Sequence[int],
    *,
    clock: Clock = system_clock,
) -> Calendar:
    settings = load_settings(store)
    now = clock()
    cal = Calendar()
    cal.add("prodid", f"-//Attaché {__version__}//{settings.post_name or 'Attaché'}//FR")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    name = translate("Export", "Deadlines — {post}").format(post=settings.post_name or "Attaché")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.timezone or PARIS)
    years: list[int] = []
    for deadline in programmes.get_deadlines(store, ids):
        assert isinstance(deadline, Deadline)
        cal.add_component(event(deadline, post_tz=settings.timezone or PARIS, now=now))
        years.append(int((deadline.due_date or deadline.due_local)[:4]))
    # Each zone's rules (VTIMEZONE) over the years the deadlines span, not 1970–2038.
    first, last = min(years, default=now.year), max(years, default=now.year)
    cal.add_missing_timezones(
        first_date=dt.date(first - 1, 1, 1), last_date=dt.date(last + 2, 1, 1)
    )
    return cal


def write_ics(
    store: Store,
    path: Path,
    *,
    ids: Sequence[int] | None = None,
    include_closed: bool = False,
    clock: Clock = system_clock,
    progress: Progress = no_progress,
) -> int:
    """Write deadlines (all open ones by default) to ``path``; returns the events written."""
    if ids is None:
        ids = programmes.deadline_ids(store, status="" if include_closed else "open")
    progress(0, len(ids))
    cal = calendar_of(store, ids, clock=clock)
    with atomic_output(path) as temporary:
        temporary.write_bytes(cal.to_ical())
    progress(len(ids), len(ids))
    return len(ids)
