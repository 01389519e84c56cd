"""The columns of each list: header, how to show a record's value, how SQL sorts it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from attache_app.domain import enums
from attache_app.domain.countries import country_name
from attache_app.domain.enums import RecordKind
from attache_app.domain.models import (
    Deadline,
    Interaction,
    Note,
    Organisation,
    Person,
    Programme,
)
from attache_app.services.deadlines import DeadlineView, describe
from attache_app.services.records import Record


@dataclass(frozen=True)
class Context:
    """What some values depend on: the post's zone and now."""

    post_tz: str
    now: dt.datetime


@dataclass(frozen=True)
class Column:
    key: str
    header: Callable[[], str]
    value: Callable[[Record, Context], str]
    sort: str | None = None
    """Key of the storage's SORTS for this kind, or None when the column does not sort."""
    visible: bool = True
    width: int = 140


def _label(enum: type[StrEnum], value: str) -> str:
    try:
        return str(getattr(enum(value), "label"))  # noqa: B009
    except ValueError:
        return value


def deadline_view(record: Record, context: Context) -> DeadlineView:
    assert isinstance(record, Deadline)
    return describe(record, context.post_tz, context.now)


def _when(text: str) -> str:
    return text.replace("T", " ")[:16]


def urgency_label(urgency: str) -> str:
    return {
        "overdue": QCoreApplication.translate("Columns", "Overdue"),
        "week": QCoreApplication.translate("Columns", "Within 7 days"),
        "month": QCoreApplication.translate("Columns", "Within 30 days"),
        "later": QCoreApplication.translate("Columns", "Later"),
        "closed": QCoreApplication.translate("Columns", "Closed"),
    }[urgency]


def _p(record: Record) -> Person:
    assert isinstance(record, Person)
    return record


def _o(record: Record) -> Organisation:
    assert isinstance(record, Organisation)
    return record


def _n(record: Record) -> Note:
    assert isinstance(record, Note)
    return record


def _i(record: Record) -> Interaction:
    assert isinstance(record, Interaction)
    return record


def _g(record: Record) -> Programme:
    assert isinstance(record, Programme)
    return record


def _d(record: Record) -> Deadline:
    assert isinstance(record, Deadline)
    return record


def columns(kind: RecordKind) -> list[Column]:
    if kind is RecordKind.PERSON:
        return [
            Column(
                "name",
                lambda: QCoreApplication.translate("Columns", "Name"),
                lambda r, c: " ".join(x for x in (_p(r).given_name, _p(r).family_name) if x),
                "name",
                width=180,
            ),
            Column(
                "native_name",
                lambda: QCoreApplication.translate("Columns", "Native name"),
                lambda r, c: _p(r).native_name,
                "native",
                width=110,
            ),
            Column(
                "organisation",
                lambda: QCoreApplication.translate("Columns", "Organisation"),
                lambda r, c: _p(r).organisation_name,
                "organisation",
                width=220,
            ),
            Column(
                "title",
                lambda: QCoreApplication.translate("Columns", "Title"),
                lambda r, c: _p(r).title,
                "title",
            ),
            Column(
                "email",
                lambda: QCoreApplication.translate("Columns", "E-mail"),
                lambda r, c: _p(r).primary_email,
                None,
                width=220,
            ),
            Column(
                "phone",
                lambda: QCoreApplication.translate("Columns", "Phone"),
                lambda r, c: _p(r).phones[0].number if _p(r).phones else "",
                None,
            ),
            Column(
                "country",
                lambda: QCoreApplication.translate("Columns", "Country"),
                lambda r, c: country_name(_p(r).country),
                "country",
                width=100,
            ),
            Column(
                "city",
                lambda: QCoreApplication.translate("Columns", "City"),
                lambda r, c: _p(r).city,
                "city",
                visible=False,
            ),
            Column(
                "tags",
                lambda: QCoreApplication.translate("Columns", "Tags"),
                lambda r, c: ", ".join(_p(r).tags),
                None,
            ),
            Column(
                "updated",
                lambda: QCoreApplication.translate("Columns", "Updated"),
                lambda r, c: _when(_p(r).updated_at),
                "updated",
                visible=False,
            ),
        ]
    if kind is RecordKind.ORGANISATION:
        return [
            Column(
                "name",
                lambda: QCoreApplication.translate("Columns", "Name"),
                lambda r, c: _o(r).name,
                "name",
                width=300,
            ),
            Column(
                "acronym",
                lambda: QCoreApplication.translate("Columns", "Acronym"),
                lambda r, c: _o(r).acronym,
                "acronym",
                width=90,
            ),
            Column(
                "native_name",
                lambda: QCoreApplication.translate("Columns", "Native name"),
                lambda r, c: _o(r).native_name,
                None,
                width=160,
            ),
            Column(
                "kind",
                lambda: QCoreApplication.translate("Columns", "Kind"),
                lambda r, c: _label(enums.OrganisationKind, _o(r).kind),
                "kind",
                width=170,
            ),
            Column(
                "city",
                lambda: QCoreApplication.translate("Columns", "City"),
                lambda r, c: _o(r).city,
                None,
            ),
            Column(
                "country",
                lambda: QCoreApplication.translate("Columns", "Country"),
                lambda r, c: country_name(_o(r).country),
                "country",
                width=100,
            ),
            Column(
                "tags",
                lambda: QCoreApplication.translate("Columns", "Tags"),
                lambda r, c: ", ".join(_o(r).tags),
                None,
            ),
            Column(
                "website",
                lambda: QCoreApplication.translate("Columns", "Website"),
                lambda r, c: _o(r).website,
                None,
                visible=False,
            ),
        ]
    if kind is RecordKind.NOTE:
        return [
            Column(
                "date",
                lambda: QCoreApplication.translate("Columns", "Date"),
                lambda r, c: _n(r).date,
                "date",
                width=95,
            ),
            Column(
                "title",
                lambda: QCoreApplication.translate("Columns", "Title"),
                lambda r, c: _n(r).title,
                "title",
                width=420,
            ),
            Column(
                "themes",
                lambda: QCoreApplication.translate("Columns", "Themes"),
                lambda r, c: ", ".join(_n(r).themes),
                None,
            ),
            Column(
                "source",
                lambda: QCoreApplication.translate("Columns", "Source"),
                lambda r, c: _n(r).source_name,
                None,
            ),
            Column(
                "importance",
                lambda: QCoreApplication.translate("Columns", "Importance"),
                lambda r, c: _label(enums.Importance, _n(r).importance),
                None,
                width=90,
            ),
            Column(
                "status",
                lambda: QCoreApplication.translate("Columns", "Status"),
                lambda r, c: _label(enums.NoteStatus, _n(r).status),
                "status",
                width=90,
            ),
        ]
    if kind is RecordKind.INTERACTION:
        return [
            Column(
                "date",
                lambda: QCoreApplication.translate("Columns", "Date"),
                lambda r, c: _i(r).date,
                "date",
                width=95,
            ),
            Column(
                "kind",
                lambda: QCoreApplication.translate("Columns", "Kind"),
                lambda r, c: _label(enums.InteractionKind, _i(r).kind),
                "kind",
                width=100,
            ),
            Column(
                "title",
                lambda: QCoreApplication.translate("Columns", "Title"),
                lambda r, c: _i(r).title,
                "title",
                width=420,
            ),
            Column(
                "place",
                lambda: QCoreApplication.translate("Columns", "Place"),
                lambda r, c: _i(r).place,
                None,
            ),
            Column(
                "participants",
                lambda: QCoreApplication.translate("Columns", "Participants"),
                lambda r, c: str(len(_i(r).person_ids)),
                None,
                width=90,
            ),
        ]
    if kind is RecordKind.PROGRAMME:
        return [
            Column(
                "name",
                lambda: QCoreApplication.translate("Columns", "Name"),
                lambda r, c: _g(r).name,
                "name",
            ),
            Column(
                "kind",
                lambda: QCoreApplication.translate("Columns", "Kind"),
                lambda r, c: _label(enums.ProgrammeKind, _g(r).kind),
                None,
            ),
            Column(
                "partner_country",
                lambda: QCoreApplication.translate("Columns", "Partner country"),
                lambda r, c: country_name(_g(r).partner_country),
                None,
            ),
            Column(
                "partner_agency",
                lambda: QCoreApplication.translate("Columns", "Partner agency"),
                lambda r, c: _g(r).partner_agency,
                None,
            ),
        ]
    return [
        Column(
            "due_post",
            lambda: QCoreApplication.translate("Columns", "Post time"),
            lambda r, c: _when(deadline_view(r, c).due_post),
            "due",
            width=130,
        ),
        Column(
            "due_paris",
            lambda: QCoreApplication.translate("Columns", "Paris time"),
            lambda r, c: _when(deadline_view(r, c).due_paris),
            None,
            width=130,
        ),
        Column(
            "urgency",
            lambda: QCoreApplication.translate("Columns", "Urgency"),
            lambda r, c: urgency_label(deadline_view(r, c).urgency),
            None,
            width=120,
        ),
        Column(
            "programme",
            lambda: QCoreApplication.translate("Columns", "Programme"),
            lambda r, c: _d(r).programme_name,
            None,
            width=150,
        ),
        Column(
            "title",
            lambda: QCoreApplication.translate("Columns", "Title"),
            lambda r, c: _d(r).title,
            None,
            width=380,
        ),
        Column(
            "stage",
            lambda: QCoreApplication.translate("Columns", "Stage"),
            lambda r, c: _label(enums.StageKind, _d(r).stage),
            None,
            visible=False,
        ),
        Column(
            "status",
            lambda: QCoreApplication.translate("Columns", "Status"),
            lambda r, c: _label(enums.DeadlineStatus, _d(r).status),
            None,
            width=90,
        ),
        Column(
            "owner",
            lambda: QCoreApplication.translate("Columns", "Owner"),
            lambda r, c: _d(r).owner,
            None,
            visible=False,
        ),
    ]
