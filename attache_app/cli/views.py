"""How each kind of record shows in a terminal table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

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
from attache_app.i18n import translate
from attache_app.services.records import Record


def headers(kind: RecordKind) -> list[str]:
    return {
        RecordKind.PERSON: [
            translate("Columns", "Id"),
            translate("Columns", "Name"),
            translate("Columns", "Organisation"),
            translate("Columns", "Title"),
            translate("Columns", "E-mail"),
            translate("Columns", "Phone"),
            translate("Columns", "Country"),
        ],
        RecordKind.ORGANISATION: [
            translate("Columns", "Id"),
            translate("Columns", "Name"),
            translate("Columns", "Acronym"),
            translate("Columns", "Native name"),
            translate("Columns", "Kind"),
            translate("Columns", "City"),
            translate("Columns", "Country"),
        ],
        RecordKind.NOTE: [
            translate("Columns", "Id"),
            translate("Columns", "Date"),
            translate("Columns", "Title"),
            translate("Columns", "Themes"),
            translate("Columns", "Status"),
            translate("Columns", "Private"),
        ],
        RecordKind.INTERACTION: [
            translate("Columns", "Id"),
            translate("Columns", "Date"),
            translate("Columns", "Kind"),
            translate("Columns", "Title"),
            translate("Columns", "Place"),
        ],
        RecordKind.PROGRAMME: [
            translate("Columns", "Id"),
            translate("Columns", "Name"),
            translate("Columns", "Kind"),
            translate("Columns", "Partner country"),
            translate("Columns", "Partner agency"),
        ],
        RecordKind.DEADLINE: [
            translate("Columns", "Id"),
            translate("Columns", "Due"),
            translate("Columns", "Programme"),
            translate("Columns", "Title"),
            translate("Columns", "Status"),
        ],
    }[kind]


def row(record: Record) -> list[Any]:
    if isinstance(record, Person):
        return [
            record.id,
            record.display_name,
            record.organisation_name,
            record.title,
            record.primary_email,
            record.phones[0].number if record.phones else "",
            record.country,
        ]
    if isinstance(record, Organisation):
        return [
            record.id,
            record.name,
            record.acronym,
            record.native_name,
            enums.label_of(enums.OrganisationKind, record.kind),
            record.city,
            country_name(record.country),
        ]
    if isinstance(record, Note):
        return [
            record.id,
            record.date,
            record.title,
            ", ".join(record.themes),
            enums.label_of(enums.NoteStatus, record.status),
            translate("Columns", "Private") if record.private else "",
        ]
    if isinstance(record, Interaction):
        return [
            record.id,
            record.date,
            enums.label_of(enums.InteractionKind, record.kind),
            record.title,
            record.place,
        ]
    if isinstance(record, Programme):
        return [
            record.id,
            record.name,
            enums.label_of(enums.ProgrammeKind, record.kind),
            country_name(record.partner_country),
            record.partner_agency,
        ]
    assert isinstance(record, Deadline)
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


def rows(records: Sequence[Record]) -> list[list[Any]]:
    return [row(r) for r in records]
