"""Deadlines as people read them: in the post's time and in Paris time, with urgency."""

from __future__ import annotations

import datetime as dt

from attache_app.domain.deadlines import DeadlineView as DeadlineView
from attache_app.domain.deadlines import describe as describe
from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Deadline
from attache_app.domain.timeutil import Clock, system_clock
from attache_app.services.records import get_many
from attache_app.storage import programmes
from attache_app.storage.db import Store
from attache_app.storage.settings import load_settings


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
