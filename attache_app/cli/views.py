"""How each kind of record shows in a terminal table (its headers and its row, registered
for the kind in ``cli/kinds.py``), and any record's fields for `show`."""

from __future__ import annotations

from typing import Any

from attache_app.domain import enums
from attache_app.domain.countries import country_name
from attache_app.domain.models import (
    Deadline,
    Interaction,
    Note,
    Organisation,
    Person,
    Programme,
)
from attache_app.i18n import translate
from attache_app.services.records import Record


def person_headers() -> list[str]:
    return [
        translate("Columns", "Id"),
        translate("Columns", "Name"),
        translate("Columns", "Organisation"),
        translate("Columns", "Title"),
        translate("Columns", "E-mail"),
        translate("Columns", "Phone"),
        translate("Columns", "Country"),
    ]


def organisation_headers() -> list[str]:
    return [
        translate("Columns", "Id"),
        translate("Columns", "Name"),
        translate("Columns", "Acronym"),
        translate("Columns", "Native name"),
        translate("Columns", "Kind"),
        translate("Columns", "City"),
        translate("Columns", "Country"),
    ]


def note_headers() -> list[str]:
    return [
        translate("Columns", "Id"),
        translate("Columns", "Date"),
        translate("Columns", "Title"),
        translate("Columns", "Themes"),
        translate("Columns", "Status"),
        translate("Columns", "Private"),
    ]


def interaction_headers() -> list[str]:
    return [
        translate("Columns", "Id"),
        translate("Columns", "Date"),
        translate("Columns", "Kind"),
        translate("Columns", "Title"),
        translate("Columns", "Place"),
    ]


def programme_headers() -> list[str]:
    return [
        translate("Columns", "Id"),
        translate("Columns", "Name"),
        translate("Columns", "Kind"),
        translate("Columns", "Partner country"),
        translate("Columns", "Partner agency"),
    ]


def deadline_headers() -> list[str]:
    return [
        translate("Columns", "Id"),
        translate("Columns", "Due"),
        translate("Columns", "Programme"),
        translate("Columns", "Title"),
        translate("Columns", "Status"),
    ]


def person_row(record: Person) -> list[Any]:
    return [
        record.id,
        record.display_name,
        record.organisation_name,
        record.title,
        record.primary_email,
        record.phones[0].number if record.phones else "",
        record.country,
    ]


def organisation_row(record: Organisation) -> list[Any]:
    return [
        record.id,
        record.name,
        record.acronym,
        record.native_name,
        enums.label_of(enums.OrganisationKind, record.kind),
        record.city,
        country_name(record.country),
    ]


def note_row(record: Note) -> list[Any]:
    return [
        record.id,
        record.date,
        record.title,
        ", ".join(record.themes),
        enums.label_of(enums.NoteStatus, record.status),
        translate("Columns", "Private") if record.private else "",
    ]


def interaction_row(record: Interaction) -> list[Any]:
    return [
        record.id,
        record.date,
        enums.label_of(enums.InteractionKind, record.kind),
        record.title,
        record.place,
    ]


def programme_row(record: Programme) -> list[Any]:
    return [
        record.id,
        record.name,
        enums.label_of(enums.ProgrammeKind, record.kind),
        country_name(record.partner_country),
        record.partner_agency,
    ]


def deadline_row(record: Deadline) -> list[Any]:
    due = record.due_date if record.all_day else f"{record.due_local.replace('T', ' ')} {record.tz}"
    return [
        record.id,
        due,
        record.programme_name,
        record.title,
        enums.label_of(enums.DeadlineStatus, record.status),
    ]


def details(record: Record) -> list[tuple[str, str]]:
    """Field/value pairs for `show`, skipping empty values."""
    pairs: list[tuple[str, str]] = []
    for key, value in record.to_dict().items():
        if value in ("", None, [], False) or key in {"id"}:
            continue
        if isinstance(value, list):
            shown = ", ".join(
                " ".join(str(v) for v in item.values() if v)
                if isinstance(item, dict)
                else str(item)
                for item in value
            )
        else:
            shown = str(value)
        pairs.append((key, shown))
    return pairs
