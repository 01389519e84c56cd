"""The columns of each list: header, how to show a record's value, how SQL sorts it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

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
from attache_app.gui.widgets.dates import format_date, format_when
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


def _title_of(deadline: Deadline) -> str:
    if deadline.to_confirm:
        return QCoreApplication.translate("Columns", "{title} (date to confirm)").format(
            title=deadline.title
        )
    return deadline.title


def deadline_view(record: Record, context: Context) -> DeadlineView:
    assert isinstance(record, Deadline)
    return describe(record, context.post_tz, context.now)


def _when(text: str) -> str:
    """A date or a date and time, as the interface language writes them."""
    return format_when(text)


def urgency_label(urgency: str) -> str:
    return {
        "overdue": QCoreApplication.translate("Columns", "Overdue"),
        "week": QCoreApplication.translate("Columns", "Within 7 days"),
        "month": QCoreApplication.translate("Columns", "Within 30 days"),
        "later": QCoreApplication.translate("Columns", "Later"),
        "closed": QCoreApplication.translate("Columns", "Closed"),
    }[urgency]


T = TypeVar("T")


def _latin_name(person: Person) -> str:
    return " ".join(x for x in (person.given_name, person.family_name) if x)


def _one_line_address(person: Person) -> str:
    """ "3 allée X, 69001 Lyon, Auvergne-Rhône-Alpes, France" for a list cell."""
    town = " ".join(part for part in (person.postal_code, person.city) if part)
    country = country_name(person.country) if person.country else ""
    parts = (*person.street.splitlines(), town, person.region, country)
    return ", ".join(part.strip() for part in parts if part.strip())


def _as(record: Record, cls: type[T]) -> T:
    """The record, narrowed to the class its list shows."""
    assert isinstance(record, cls)
    return record


def _person_columns() -> list[Column]:
    return [
        Column(
            "name",
            lambda: QCoreApplication.translate("Columns", "Name"),
            # 林美玲 entered without a Latin form is still named in the list.
            lambda r, c: _latin_name(_as(r, Person)) or _as(r, Person).native_name,
            "name",
            width=180,
        ),
        Column(
            "native_name",
            lambda: QCoreApplication.translate("Columns", "Native name"),
            lambda r, c: _as(r, Person).native_name,
            "native",
            width=110,
        ),
        Column(
            "organisation",
            lambda: QCoreApplication.translate("Columns", "Organisation"),
            lambda r, c: _as(r, Person).organisation_name,
            "organisation",
            width=220,
        ),
        Column(
            "title",
            lambda: QCoreApplication.translate("Columns", "Title"),
            lambda r, c: _as(r, Person).title,
            "title",
        ),
        Column(
            "email",
            lambda: QCoreApplication.translate("Columns", "E-mail"),
            lambda r, c: _as(r, Person).primary_email,
            None,
            width=220,
        ),
        Column(
            "phone",
            lambda: QCoreApplication.translate("Columns", "Phone"),
            lambda r, c: _as(r, Person).phones[0].number if _as(r, Person).phones else "",
            None,
        ),
        Column(
            "country",
            lambda: QCoreApplication.translate("Columns", "Country"),
            lambda r, c: country_name(_as(r, Person).country),
            "country",
            width=100,
        ),
        Column(
            "city",
            lambda: QCoreApplication.translate("Columns", "City"),
            lambda r, c: _as(r, Person).city,
            "city",
            visible=False,
        ),
        Column(
            "address",
            lambda: QCoreApplication.translate("Columns", "Postal address"),
            lambda r, c: _one_line_address(_as(r, Person)),
            None,
            visible=False,
        ),
        Column(
            "tags",
            lambda: QCoreApplication.translate("Columns", "Tags"),
            lambda r, c: ", ".join(_as(r, Person).tags),
            None,
        ),
        Column(
            "updated",
            lambda: QCoreApplication.translate("Columns", "Updated"),
            lambda r, c: _when(_as(r, Person).updated_at),
            "updated",
            visible=False,
        ),
    ]


def _organisation_columns() -> list[Column]:
    return [
        Column(
            "name",
            lambda: QCoreApplication.translate("Columns", "Name"),
            lambda r, c: _as(r, Organisation).name,
            "name",
            width=300,
        ),
        Column(
            "acronym",
            lambda: QCoreApplication.translate("Columns", "Acronym"),
            lambda r, c: _as(r, Organisation).acronym,
            "acronym",
            width=90,
        ),
        Column(
            "native_name",
            lambda: QCoreApplication.translate("Columns", "Native name"),
            lambda r, c: _as(r, Organisation).native_name,
            None,
            width=160,
        ),
        Column(
            "kind",
            lambda: QCoreApplication.translate("Columns", "Kind"),
            lambda r, c: enums.label_of(enums.OrganisationKind, _as(r, Organisation).kind),
            "kind",
            width=170,
        ),
        Column(
            "city",
            lambda: QCoreApplication.translate("Columns", "City"),
            lambda r, c: _as(r, Organisation).city,
            None,
        ),
        Column(
            "country",
            lambda: QCoreApplication.translate("Columns", "Country"),
            lambda r, c: country_name(_as(r, Organisation).country),
            "country",
            width=100,
        ),
        Column(
            "tags",
            lambda: QCoreApplication.translate("Columns", "Tags"),
            lambda r, c: ", ".join(_as(r, Organisation).tags),
            None,
        ),
        Column(
            "website",
            lambda: QCoreApplication.translate("Columns", "Website"),
            lambda r, c: _as(r, Organisation).website,
            None,
            visible=False,
        ),
    ]


def _note_columns() -> list[Column]:
    return [
        Column(
            "date",
            lambda: QCoreApplication.translate("Columns", "Date"),
            lambda r, c: format_date(_as(r, Note).date),
            "date",
            width=95,
        ),
        Column(
            "title",
            lambda: QCoreApplication.translate("Columns", "Title"),
            lambda r, c: _as(r, Note).title,
            "title",
            width=420,
        ),
        Column(
            "themes",
            lambda: QCoreApplication.translate("Columns", "Themes"),
            lambda r, c: ", ".join(_as(r, Note).themes),
            None,
        ),
        Column(
            "source",
            lambda: QCoreApplication.translate("Columns", "Source"),
            lambda r, c: _as(r, Note).source_name,
            None,
        ),
        Column(
            "importance",
            lambda: QCoreApplication.translate("Columns", "Importance"),
            lambda r, c: enums.label_of(enums.Importance, _as(r, Note).importance),
            None,
            width=90,
        ),
        Column(
            "status",
            lambda: QCoreApplication.translate("Columns", "Status"),
            lambda r, c: enums.label_of(enums.NoteStatus, _as(r, Note).status),
            "status",
            width=90,
        ),
        Column(
            "private",
            lambda: QCoreApplication.translate("Columns", "Private"),
            lambda r, c: (
                QCoreApplication.translate("Columns", "Private") if _as(r, Note).private else ""
            ),
            "private",
            width=70,
        ),
    ]


def _interaction_columns() -> list[Column]:
    return [
        Column(
            "date",
            lambda: QCoreApplication.translate("Columns", "Date"),
            lambda r, c: format_date(_as(r, Interaction).date),
            "date",
            width=95,
        ),
        Column(
            "kind",
            lambda: QCoreApplication.translate("Columns", "Kind"),
            lambda r, c: enums.label_of(enums.InteractionKind, _as(r, Interaction).kind),
            "kind",
            width=100,
        ),
        Column(
            "title",
            lambda: QCoreApplication.translate("Columns", "Title"),
            lambda r, c: _as(r, Interaction).title,
            "title",
            width=420,
        ),
        Column(
            "place",
            lambda: QCoreApplication.translate("Columns", "Place"),
            lambda r, c: _as(r, Interaction).place,
            None,
        ),
        Column(
            "participants",
            lambda: QCoreApplication.translate("Columns", "Participants"),
            lambda r, c: str(len(_as(r, Interaction).person_ids)),
            None,
            width=90,
        ),
    ]


def _programme_columns() -> list[Column]:
    return [
        Column(
            "name",
            lambda: QCoreApplication.translate("Columns", "Name"),
            lambda r, c: _as(r, Programme).name,
            "name",
        ),
        Column(
            "kind",
            lambda: QCoreApplication.translate("Columns", "Kind"),
            lambda r, c: enums.label_of(enums.ProgrammeKind, _as(r, Programme).kind),
            None,
        ),
        Column(
            "partner_country",
            lambda: QCoreApplication.translate("Columns", "Partner country"),
            lambda r, c: country_name(_as(r, Programme).partner_country),
            None,
        ),
        Column(
            "partner_agency",
            lambda: QCoreApplication.translate("Columns", "Partner agency"),
            lambda r, c: _as(r, Programme).partner_agency,
            None,
        ),
    ]


def _deadline_columns() -> list[Column]:
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
            lambda r, c: _as(r, Deadline).programme_name,
            None,
            width=150,
        ),
        Column(
            "title",
            lambda: QCoreApplication.translate("Columns", "Title"),
            lambda r, c: _title_of(_as(r, Deadline)),
            None,
            width=380,
        ),
        Column(
            "stage",
            lambda: QCoreApplication.translate("Columns", "Stage"),
            lambda r, c: enums.label_of(enums.StageKind, _as(r, Deadline).stage),
            None,
            visible=False,
        ),
        Column(
            "status",
            lambda: QCoreApplication.translate("Columns", "Status"),
            lambda r, c: enums.label_of(enums.DeadlineStatus, _as(r, Deadline).status),
            None,
            width=90,
        ),
        Column(
            "owner",
            lambda: QCoreApplication.translate("Columns", "Owner"),
            lambda r, c: _as(r, Deadline).owner,
            None,
            visible=False,
        ),
    ]


@dataclass(frozen=True)
class ListSpec:
    """How a kind's list shows: its columns, the one that takes the width left over (the
    title, not the status), and what it sorts by until the user chooses."""

    columns: Callable[[], list[Column]]
    fill: str
    sort: str


LISTS: dict[RecordKind, ListSpec] = {
    RecordKind.PERSON: ListSpec(_person_columns, "organisation", "name"),
    RecordKind.ORGANISATION: ListSpec(_organisation_columns, "name", "name"),
    RecordKind.NOTE: ListSpec(_note_columns, "title", "date"),
    RecordKind.INTERACTION: ListSpec(_interaction_columns, "title", "date"),
    RecordKind.PROGRAMME: ListSpec(_programme_columns, "name", "name"),
    RecordKind.DEADLINE: ListSpec(_deadline_columns, "title", "due"),
}
"""Each kind's list (the window's side of the registry, with ``gui/kinds.py``)."""


def columns(kind: RecordKind) -> list[Column]:
    """The columns of the list of ``kind``, made anew (their headers in the language of
    the moment)."""
    return LISTS[kind].columns()
