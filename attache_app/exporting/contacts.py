"""Persons and organisations as CSV for colleagues, and persons as vCard 3.0.

CSV: UTF-8 with a byte-order mark so that Excel opens accents and Chinese right, ``;`` (the
French Excel default) or ``,``, headers in the interface language that Attaché's importer
(and Outlook's or Google's) recognise; several values in a cell one per line.

vCard 3.0 (RFC 2426), what Outlook and phones read best: CRLF line ends, lines folded at
75 octets without cutting a UTF-8 character, escaped values, labels both as ``TYPE`` (for
Outlook and phones) and as Apple's ``itemN.X-ABLabel`` (kept exactly, read back by Attaché).
The native-script name goes in ``X-ATTACHE-NATIVE-NAME`` and in the sort string.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from pathlib import Path

from attache_app.domain.countries import country_name
from attache_app.domain.enums import OrganisationKind, label_of
from attache_app.domain.models import Organisation, Person
from attache_app.exporting.cells import csv_safe
from attache_app.exporting.files import Progress, atomic_output, no_progress
from attache_app.i18n import translate
from attache_app.storage import organisations, persons
from attache_app.storage.db import Store

CHUNK = 1000


def _persons(store: Store, ids: Sequence[int], progress: Progress) -> Iterator[Person]:
    for start in range(0, len(ids), CHUNK):
        progress(start, len(ids))
        yield from persons.get_many(store, ids[start : start + CHUNK])
    progress(len(ids), len(ids))


def _organisations(store: Store, ids: Sequence[int], progress: Progress) -> Iterator[Organisation]:
    for start in range(0, len(ids), CHUNK):
        progress(start, len(ids))
        yield from organisations.get_many(store, ids[start : start + CHUNK])
    progress(len(ids), len(ids))


def _labelled(value: str, label: str) -> str:
    return f"{label}: {value}" if label else value


def person_headers() -> list[str]:
    return [
        translate("Export", "Civility"),
        translate("Export", "Given name"),
        translate("Export", "Family name"),
        translate("Export", "Native name"),
        translate("Export", "Job title"),
        translate("Export", "Organisation"),
        translate("Export", "Department"),
        translate("Export", "E-mail"),
        translate("Export", "Telephone"),
        translate("Export", "Street"),
        translate("Export", "Postal code"),
        translate("Export", "City"),
        translate("Export", "Region"),
        translate("Export", "Country"),
        translate("Export", "Languages"),
        translate("Export", "Tags"),
        translate("Export", "Notes"),
    ]


def person_row(person: Person) -> list[str]:
    return [
        person.civility,
        person.given_name,
        person.family_name,
        person.native_name,
        person.title,
        person.organisation_name,
        person.department,
        "\n".join(_labelled(e.address, e.label) for e in person.emails),
        "\n".join(_labelled(p.number, p.label) for p in person.phones),
        person.street,
        person.postal_code,
        person.city,
        person.region,
        country_name(person.country) if person.country else "",
        ", ".join(person.languages),
        "\n".join(person.tags),
        person.notes,
    ]


def organisation_headers() -> list[str]:
    return [
        translate("Export", "Name"),
        translate("Export", "Native name"),
        translate("Export", "Acronym"),
        translate("Export", "Kind"),
        translate("Export", "Country"),
        translate("Export", "City"),
        translate("Export", "Web site"),
        translate("Export", "Tags"),
        translate("Export", "Notes"),
    ]


def organisation_row(org: Organisation) -> list[str]:
    return [
        org.name,
        org.native_name,
        org.acronym,
        label_of(OrganisationKind, org.kind),
        country_name(org.country) if org.country else "",
        org.city,
        org.website,
        "\n".join(org.tags),
        org.notes,
    ]


def write_csv(
    store: Store,
    kind: str,
    ids: Sequence[int],
    path: Path,
    *,
    delimiter: str = ";",
    progress: Progress = no_progress,
) -> int:
    """Write persons or organisations (``kind``) to a CSV file; returns the rows written."""
    if kind == "persons":
        headers, rows = person_headers(), (person_row(p) for p in _persons(store, ids, progress))
    else:
        headers = organisation_headers()
        rows = (organisation_row(o) for o in _organisations(store, ids, progress))
    count = 0
    with (
        atomic_output(path) as temporary,
        temporary.open("w", encoding="utf-8-sig", newline="") as stream,
    ):
        writer = csv.writer(stream, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(headers)
        for row in rows:
            writer.writerow([csv_safe(v) for v in row])
            count += 1
    return count


# --- vCard 3.0 -------------------------------------------------------------------------

_TYPES = {
    "travail": "WORK", "work": "WORK", "bureau": "WORK", "office": "WORK",
    "professionnel": "WORK", "pro": "WORK", "domicile": "HOME", "home": "HOME",
    "personnel": "HOME", "perso": "HOME", "mobile": "CELL", "portable": "CELL",
    "cell": "CELL", "fax": "FAX", "télécopie": "FAX",
}  # fmt: skip


def escape(value: str) -> str:
    """RFC 2426 text escaping: backslash, comma, semicolon, new line."""
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 character."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[str] = []
    current = ""
    size = 0
    limit = 75
    for char in line:
        n = len(char.encode("utf-8"))
        if size + n > limit:
            parts.append(current)
            current, size, limit = "", 0, 74  # continuation lines start with a space
        current += char
        size += n
    parts.append(current)
    return "\r\n ".join(parts)


def _typed(name: str, value: str, label: str, group: int, base: str) -> tuple[list[str], int]:
    kind = _TYPES.get(label.casefold(), "")
    params = base + (f",{kind}" if kind and base else f";TYPE={kind}" if kind else "")
    if label:
        group += 1
        return [
            f"item{group}.{name}{params}:{escape(value)}",
            f"item{group}.X-ABLabel:{escape(label)}",
        ], group
    return [f"{name}{params}:{escape(value)}"], group


def vcard(person: Person) -> str:
    """One person as a vCard 3.0 text (CRLF line ends, folded)."""
    lines = ["BEGIN:VCARD", "VERSION:3.0"]
    n = [person.family_name, person.given_name, "", person.civility, ""]
    lines.append("N:" + ";".join(escape(p) for p in n))
    lines.append("FN:" + escape(person.display_name))
    if person.native_name:
        lines.append("X-ATTACHE-NATIVE-NAME:" + escape(person.native_name))
        lines.append("SORT-STRING:" + escape(person.family_name or person.native_name))
    if person.organisation_name or person.department:
        org = [escape(person.organisation_name)]
        if person.department:
            org.append(escape(person.department))
        lines.append("ORG:" + ";".join(org))
    if person.title:
        lines.append("TITLE:" + escape(person.title))
    group = 0
    for email in person.emails:
        more, group = _typed("EMAIL", email.address, email.label, group, ";TYPE=INTERNET")
        lines += more
    for phone in person.phones:
        more, group = _typed("TEL", phone.number, phone.label, group, ";TYPE=VOICE")
        lines += more
    if person.has_address:
        country = country_name(person.country) if person.country else ""
        street = person.street.replace("\r\n", "\n")
        adr = ["", "", street, person.city, person.region, person.postal_code, country]
        lines.append("ADR;TYPE=WORK:" + ";".join(escape(p) for p in adr))
    if person.tags:
        lines.append("CATEGORIES:" + ",".join(escape(t) for t in person.tags))
    if person.notes:
        lines.append("NOTE:" + escape(person.notes))
    if person.id is not None:
        lines.append(f"UID:attache-person-{person.id}")
    if person.updated_at:
        lines.append("REV:" + person.updated_at)
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)


def write_vcf(
    store: Store, ids: Sequence[int], path: Path, *, progress: Progress = no_progress
) -> int:
    """Write the persons ``ids`` as one vCard 3.0 file; returns the cards written."""
    count = 0
    with (
        atomic_output(path) as temporary,
        temporary.open("w", encoding="utf-8", newline="") as stream,
    ):
        for person in _persons(store, ids, progress):
            stream.write(vcard(person))
            count += 1
    return count
