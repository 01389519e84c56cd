"""Instants, zones and the clock (injectable, so that tests control "now")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

Clock = Callable[[], dt.datetime]

PARIS = "Europe/Paris"


def system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def iso_utc(instant: dt.datetime) -> str:
    """An aware datetime as "YYYY-MM-DDTHH:MM:SSZ" (sortable as text)."""
    return instant.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def local_to_utc(wall_time: str, zone: str) -> dt.datetime:
    """The instant of ``wall_time`` (YYYY-MM-DDTHH:MM) read in ``zone``.

    A wall time that does not exist (spring forward) or occurs twice (fall back) is resolved
    by ``zoneinfo``'s ``fold=0`` rule: the earlier offset, as Outlook and iCalendar do.
    """
    naive = dt.datetime.fromisoformat(wall_time)
    return naive.replace(tzinfo=ZoneInfo(zone)).astimezone(dt.UTC)


def in_zone(instant: dt.datetime, zone: str) -> dt.datetime:
    return instant.astimezone(ZoneInfo(zone))


def today_in(zone: str, clock: Clock = system_clock) -> dt.date:
    return clock().astimezone(ZoneInfo(zone)).date()
