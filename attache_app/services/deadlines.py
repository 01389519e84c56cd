"""Deadlines as people read them: in the post's time and in Paris time, with urgency."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Deadline
from attache_app.domain.timeutil import PARIS, Clock, in_zone, parse_utc, system_clock
from attache_app.services.records import get_many
from attache_app.storage import programmes
from attache_app.storage.db import Store
from attache_app.storage.settings import load_settings


@dataclass(frozen=True)
class DeadlineView:
    deadline: Deadline
    due_paris: str
    """ISO 8601 with offset in Paris time, or the plain date of an all-day deadline."""
    due_post: str
    """The same in the post's zone."""
    days_left: int
    """Whole days from today (in the post's zone) to the deadline's day; negative if past."""
    urgency: str
    """overdue, week (< 7 days), month (< 30 days), later, or closed (done/cancelled/missed)."""

    def to_dict(self) -> dict[str, Any]:
        data = self.deadline.to_dict()
        data.update(
            due_paris=self.due_paris,
            due_post=self.due_post,
            days_left=self.days_left,
            urgency=self.urgency,
        )
        return data


def _urgency(status: str, is_past: bool, days_left: int) -> str:
    if status != "open":
        return "closed"
    if is_past:
        return "overdue"
    if days_left < 7:
        return "week"
    if days_left < 30:
        return "month"
    return "later"


def describe(deadline: Deadline, post_tz: str, now: dt.datetime) -> DeadlineView:
    today_post = in_zone(now, post_tz).date()
    if deadline.all_day:
        day = dt.date.fromisoformat(deadline.due_date)
        days_left = (day - today_post).days
        return DeadlineView(
            deadline,
            deadline.due_date,
            deadline.due_date,
            days_left,
            _urgency(deadline.status, day < today_post, days_left),
        )
    instant = parse_utc(deadline.due_utc)
    post = in_zone(instant, post_tz)
    days_left = (post.date() - today_post).days
    return DeadlineView(
        deadline,
        in_zone(instant, PARIS).isoformat(timespec="seconds"),
        post.isoformat(timespec="seconds"),
        days_left,
        _urgency(deadline.status, instant < now, days_left),
    )


def views(
    store: Store,
    *,
    upcoming_days: int | None = None,
    post_tz: str | None = None,
    clock: Clock = system_clock,
    include_closed: bool = True,
) -> list[DeadlineView]:
    """Deadlines in date order; with ``upcoming_days``, those from today to N days ahead."""
    zone = post_tz or load_settings(store).timezone
    now = clock()
    after = before = ""
    if upcoming_days is not None:
        # Generous bounds in SQL (a day of slack either side), exact filtering below.
        after = (now - dt.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
        before = (now + dt.timedelta(days=upcoming_days + 1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    ids = programmes.deadline_ids(store, after=after, before=before)
    found = get_many(store, RecordKind.DEADLINE, ids)
    result = []
    for deadline in found:
        assert isinstance(deadline, Deadline)
        view = describe(deadline, zone, now)
        if upcoming_days is not None and not (
            0 <= view.days_left <= upcoming_days and view.urgency != "overdue"
        ):
            continue
        if not include_closed and view.urgency == "closed":
            continue
        result.append(view)
    return result
