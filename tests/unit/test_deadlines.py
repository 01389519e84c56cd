"""Deadlines in Paris time and post time: daylight saving, zones east of UTC, all-day dates."""

from __future__ import annotations

import datetime as dt

import pytest

from attache_app.domain.models import Deadline
from attache_app.services import records
from attache_app.services.deadlines import describe, views
from attache_app.storage import Store


def _at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("local", "zone", "paris", "taipei"),
    [
        # Summer: Paris is UTC+2.
        (
            "2027-05-15T23:59",
            "Europe/Paris",
            "2027-05-15T23:59:00+02:00",
            "2027-05-16T05:59:00+08:00",
        ),
        # Winter: Paris is UTC+1.
        (
            "2027-01-15T23:59",
            "Europe/Paris",
            "2027-01-15T23:59:00+01:00",
            "2027-01-16T06:59:00+08:00",
        ),
        # The night Paris changes to summer time (28 March 2027).
        (
            "2027-03-28T23:59",
            "Europe/Paris",
            "2027-03-28T23:59:00+02:00",
            "2027-03-29T05:59:00+08:00",
        ),
        (
            "2027-03-27T23:59",
            "Europe/Paris",
            "2027-03-27T23:59:00+01:00",
            "2027-03-28T06:59:00+08:00",
        ),
        # A partner-side deadline set in Taipei time.
        (
            "2027-06-01T17:00",
            "Asia/Taipei",
            "2027-06-01T11:00:00+02:00",
            "2027-06-01T17:00:00+08:00",
        ),
    ],
)
def test_timed_deadline_in_both_zones(
    store: Store, local: str, zone: str, paris: str, taipei: str
) -> None:
    saved = records.save_deadline(store, Deadline(title="D", due_local=local, tz=zone))
    view = describe(saved, "Asia/Taipei", _at(2026, 11, 23))
    assert (view.due_paris, view.due_post) == (paris, taipei)


def test_tokyo_post(store: Store) -> None:
    saved = records.save_deadline(
        store, Deadline(title="D", due_local="2027-05-15T23:59", tz="Europe/Paris")
    )
    view = describe(saved, "Asia/Tokyo", _at(2026, 11, 23))
    assert view.due_post == "2027-05-16T06:59:00+09:00"


def test_all_day_stays_on_its_date_everywhere(store: Store) -> None:
    saved = records.save_deadline(
        store, Deadline(title="Comité", all_day=True, due_date="2027-05-15")
    )
    for zone in ("Asia/Taipei", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Paris"):
        view = describe(saved, zone, _at(2027, 5, 14, 12))
        assert view.due_paris == view.due_post == "2027-05-15"


def test_days_left_counted_in_the_post_zone(store: Store) -> None:
    saved = records.save_deadline(
        store, Deadline(title="D", due_local="2026-11-24T23:59", tz="Europe/Paris")
    )
    # 23 Nov 17:00 UTC is already 24 Nov 01:00 in Taipei: the deadline (25 Nov 06:59 in
    # Taipei) is one day away there.
    view = describe(saved, "Asia/Taipei", _at(2026, 11, 23, 17))
    assert view.days_left == 1
    assert view.urgency == "week"
    late = describe(saved, "Asia/Taipei", _at(2026, 11, 25, 0))
    assert late.urgency == "overdue"


def test_upcoming_window(store: Store) -> None:
    for title, day in (("past", "2026-11-01"), ("soon", "2026-11-29"), ("far", "2027-06-01")):
        records.save_deadline(store, Deadline(title=title, all_day=True, due_date=day))
    found = views(
        store, upcoming_days=60, post_tz="Asia/Taipei", clock=lambda: _at(2026, 11, 23, 9)
    )
    assert [v.deadline.title for v in found] == ["soon"]
    every = views(store, post_tz="Asia/Taipei", clock=lambda: _at(2026, 11, 23, 9))
    assert [v.deadline.title for v in every] == ["past", "soon", "far"]
    assert [v.urgency for v in every] == ["overdue", "week", "later"]


def test_closed_deadlines_are_not_urgent(store: Store) -> None:
    saved = records.save_deadline(
        store, Deadline(title="D", all_day=True, due_date="2026-11-01", status="done")
    )
    assert describe(saved, "Asia/Taipei", _at(2026, 11, 23)).urgency == "closed"
