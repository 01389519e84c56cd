"""How each kind of record shows in a terminal table (its headers and its row, registered
for the kind in ``cli/kinds.py``), and any record's fields for `show`."""

from __future__ import annotations

from enum import StrEnum
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
        country_name(record.country),
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


_KINDS_OF: dict[type, str] = {
    Person: "person", Organisation: "organisation", Note: "note", Interaction: "interaction",
    Programme: "programme", Deadline: "deadline",
}  # fmt: skip

_VOCABULARIES: dict[tuple[str, str], type[StrEnum]] = {
    ("organisation", "kind"): enums.OrganisationKind,
    ("interaction", "kind"): enums.InteractionKind,
    ("note", "status"): enums.NoteStatus,
    ("note", "importance"): enums.Importance,
    ("programme", "kind"): enums.ProgrammeKind,
    ("programme", "template"): enums.ProgrammeKind,
    ("deadline", "stage"): enums.StageKind,
    ("deadline", "status"): enums.DeadlineStatus,
}
"""The fields whose stored codes `show` says in words (« research_institute » → « Institut
de recherche »)."""

_SHOWN_ELSEWHERE = {"id", "display_name", "organisation_id", "programme_id", "due_utc"}
"""Keys `show` leaves out: the id typed, the name shown by its parts, a linked record's id
beside its name."""


def _label(kind: str, key: str) -> str:
    """A field as the window names it (the history's labels), in the interface language."""
    from attache_app.services.history import field_label

    words = {
        "organisation_name": field_label("organisation"),
        "programme_name": field_label("programme"),
        "call_id": translate("Columns", "Call (id)"),
        "person_ids": translate("Columns", "Persons (ids)"),
        "organisation_ids": translate("Columns", "Organisations (ids)"),
        "created_at": translate("Columns", "Created"),
        "updated_at": translate("Columns", "Modified"),
        "uuid": translate("Columns", "Uuid"),
    }
    return words.get(key) or field_label(key, kind)


def _value(kind: str, key: str, value: Any) -> str:
    """A field's value in words: codes of a vocabulary, countries, yes or no, telephones
    and e-mails with their labels."""
    from attache_app.services.records import source_label

    if isinstance(value, bool):
        return translate("Columns", "yes") if value else translate("Columns", "no")
    vocabulary = _VOCABULARIES.get((kind, key))
    if vocabulary is not None:
        return enums.label_of(vocabulary, str(value))
    if key in ("country", "partner_country"):
        return country_name(str(value))
    if key == "source":
        return source_label(str(value))
    if key == "phones":
        return ", ".join(_phone(p) for p in value)
    if key == "emails":
        return ", ".join(
            f"{e['address']} ({e['label']})" if e.get("label") else e["address"] for e in value
        )
    if isinstance(value, list):
        return ", ".join(
            " ".join(str(v) for v in item.values() if v) if isinstance(item, dict) else str(item)
            for item in value
        )
    return str(value)


def _phone(phone: dict[str, str]) -> str:
    """« 04 76 51 46 00 (Bureau) → +33476514600 »: as typed, its label, and the
    international number it was read as (when it says more than the number typed)."""
    text = phone["number"]
    if phone.get("label"):
        text += f" ({enums.phone_label_text(phone['label'])})"
    e164 = phone.get("e164", "")
    if e164 and e164 != "".join(c for c in phone["number"] if c.isdigit() or c == "+"):
        text += f" → {e164}"
    return text


def details(
    record: Record, linked: dict[str, dict[int, str]] | None = None
) -> list[tuple[str, str]]:
    """Field/value pairs for `show`, in the interface language, skipping empty values;
    ``linked`` names the records a list of ids links to (« person_ids »: {44: "Ya-Ting
    Chiu"}), shown « Ya-Ting Chiu (44) »."""
    kind = _KINDS_OF.get(type(record), "")
    pairs = []
    for key, value in record.to_dict().items():
        if value in ("", None, [], False) or key in _SHOWN_ELSEWHERE:
            continue
        names = (linked or {}).get(key)
        if names is not None and isinstance(value, list):
            shown = ", ".join(f"{names[i]} ({i})" if i in names else str(i) for i in value)
            pairs.append((_label(kind, key), shown))
        else:
            pairs.append((_label(kind, key), _value(kind, key, value)))
    return pairs
