"""A deadline as people read it: in the post's time and in Paris time, with its urgency, and
when its reminders fall due — pure functions of the deadline, a zone and an instant."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from attache_app.domain.models import Deadline
from attache_app.domain.timeutil import PARIS, in_zone, parse_utc

MORNING = dt.time(9, 0)
"""When the reminder of an all-day deadline falls due, in the post's zone."""


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


def urgency(status: str, is_past: bool, days_left: int) -> str:
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
            urgency(deadline.status, day < today_post, days_left),
        )
    instant = parse_utc(deadline.due_utc)
    post = in_zone(instant, post_tz)
    days_left = (post.date() - today_post).days
    return DeadlineView(
        deadline,
        in_zone(instant, PARIS).isoformat(timespec="seconds"),
        post.isoformat(timespec="seconds"),
        days_left,
        urgency(deadline.status, instant < now, days_left),
    )


def due_instant(deadline: Deadline, days_before: int, post_tz: str) -> dt.datetime:
    """When the reminder ``days_before`` days before ``deadline`` falls due (UTC)."""
    if deadline.all_day:
        day = dt.date.fromisoformat(deadline.due_date) - dt.timedelta(days=days_before)
        local = dt.datetime.combine(day, MORNING, tzinfo=ZoneInfo(post_tz))
        return local.astimezone(dt.UTC)
    return parse_utc(deadline.due_utc) - dt.timedelta(days=days_before)
