"""What a report to Paris holds (:class:`Report`, built by :func:`report.build
<attache_app.exporting.report.build>`), and the ids and labels of its key figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from attache_app.domain.enums import InteractionKind
from attache_app.domain.models import PostSettings
from attache_app.exporting.period import Period
from attache_app.exporting.report_gather import (
    CANCELLED,
    MET,
    MISSED,
    OPEN,
    OVERDUE,
    UPCOMING_DAYS,
)
from attache_app.exporting.sheets import Column
from attache_app.i18n import translate

FORMAT_VERSION = 1
"""The layout of the « Indicateurs » sheet; a consolidation refuses other versions."""

INDICATOR_HEADERS = ("post", "country", "period", "start", "end", "indicator", "value", "label")
"""The header of the « Indicateurs » sheet: the same for every post, language and release."""


def state_label(state: str) -> str:
    return {
        MET: translate("Report", "Met"),
        MISSED: translate("Report", "Missed"),
        OVERDUE: translate("Report", "Overdue"),
        OPEN: translate("Report", "Open"),
        CANCELLED: translate("Report", "Cancelled"),
    }[state]


def indicator_labels() -> dict[str, str]:
    """Every indicator id, in the order of the sheet, with its label."""
    labels = {
        "contacts.new": translate("Report", "New contacts"),
        "contacts.imported": translate("Report", "of which imported"),
        "contacts.updated": translate("Report", "Contacts updated"),
        "organisations.met": translate("Report", "Organisations met"),
        "activities": translate("Report", "Activities (meetings, visits, delegations, seminars…)"),
    }
    labels |= {f"activities.{kind.value}": kind.label for kind in InteractionKind}
    labels |= {
        "notes": translate("Report", "Watch notes"),
        "notes.sent": translate("Report", "sent"),
        "notes.to_send": translate("Report", "to send"),
        "notes.draft": translate("Report", "drafts included"),
        "deadlines.due": translate("Report", "Deadlines due in the period"),
        "deadlines.met": translate("Report", "met"),
        "deadlines.missed": translate("Report", "missed or overdue"),
        "deadlines.open": translate("Report", "still open"),
        "deadlines.upcoming": translate("Report", "Upcoming deadlines ({days} days)").format(
            days=UPCOMING_DAYS
        ),
        "calls.open": translate("Report", "Programme calls open in the period"),
        "applications.received": translate("Report", "Applications received in the period"),
    }
    return labels


@dataclass
class Section:
    key: str
    title: str
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)


@dataclass
class Statistic:
    title: str
    header: tuple[str, str]
    rows: list[tuple[str, int]]


@dataclass
class Figure:
    """One line of the cover's key figures: an indicator (``key``) or a detail of one."""

    label: str
    value: int | None
    """None: a line that names something (a call) without a count."""
    key: str = ""
    level: int = 0
    previous: int | None = None
    year_before: int | None = None


@dataclass
class Report:
    settings: PostSettings
    period: Period
    themes: list[str]
    generated: dt.datetime
    """In the post's zone."""
    figures: list[Figure]
    sections: list[Section]
    statistics: list[Statistic]
    indicators: dict[str, int] = field(default_factory=dict)
    highlights: str = ""
    include_drafts: bool = False
    named_persons: bool = False
    drafts_left_out: int = 0
    private_left_out: list[tuple[int, str]] = field(default_factory=list)
    """(id, title) of the private watch notes of the period: never in the report."""
    previous: Period | None = None
    year_before: Period | None = None

    @property
    def title(self) -> str:
        post = self.settings.post_name or translate("Report", "the post")
        return translate("Report", "Science and technology report — {post}").format(post=post)

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)
