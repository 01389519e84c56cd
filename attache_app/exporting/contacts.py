"""Persons and organisations as CSV for colleagues, and persons as vCard 3.0.

CSV: UTF-8 with a byte-order mark so that Excel opens accents and Chinese right, ``;`` (the
French Excel default) or ``,``, headers in the interface language that Attaché's importer
(and Outlook's or Google's) recognise; several values in a cell one per line.

vCard 3.0 (RFC 2426), what Outlook and phones read best: CRLF line ends, lines folded at
75 octets without cutting a UTF-8 character, escaped values, labels both as ``TYPE`` (for
Outlook and phones) and as Apple's ``itemN.X-ABLabel`` (kept exactly, read back by Attaché).
Telephones are written in their E.164 form (``+886912345678``) when they have one, so that
a phone abroad dials them, with their labels; a number that has none is written as typed.
A person known only by a native-script name (陳志明) has that name in ``N`` (in the family
component, whole: which part is the family name is not ours to guess), so programs that
build the display name from ``N`` do not show an empty name. The native name also goes in
``X-ATTACHE-NATIVE-NAME``; the romanised family name, when there is one, is the sort
string. Outlook for Windows reads only the first card of a file: :func:`write_vcf_folder`
writes one file per person.
"""

from __future__ import annotations

import csv
import errno
import os
import re
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from attache_app.domain.cells import csv_safe
from attache_app.domain.countries import country_name
from attache_app.domain.enums import OrganisationKind, label_of
from attache_app.domain.models import Organisation, Person
from attache_app.exporting.files import (
    ExportError,
    Progress,
    atomic_output,
    failure,
    no_progress,
)
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
    family, given = person.family_name, person.given_name
    if not (family or given) and person.native_name:
        family = person.native_name  # a native-only person: never an empty N
    n = [family, given, "", person.civility, ""]
    lines.append("N:" + ";".join(escape(p) for p in n))
    lines.append("FN:" + escape(person.display_name))
    if person.native_name:
        lines.append("X-ATTACHE-NATIVE-NAME:" + escape(person.native_name))
        if person.family_name:
            lines.append("SORT-STRING:" + escape(person.family_name))
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
        number = phone.e164 or phone.number
        more, group = _typed("TEL", number, phone.label, group, ";TYPE=VOICE")
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


_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{i}" for d in ("COM", "LPT") for i in range(1, 10)}


def card_file_name(person: Person) -> str:
    """A file name for one person's card: the displayed name, without the characters that
    Windows or macOS refuse in a file name."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", person.display_name)
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" .")[:80].strip(" .")
    if cleaned.split(".")[0].upper() in _RESERVED:  # CON, NUL, COM1…: Windows refuses them
        cleaned = f"_{cleaned}"
    return cleaned or translate("Export", "contact")


def write_vcf_folder(
    store: Store, ids: Sequence[int], folder: Path, *, progress: Progress = no_progress
) -> int:
    """Write the persons ``ids`` as one vCard file each in ``folder`` (what Outlook for
    Windows needs: it reads only the first card of a file); returns the files written.

    ``folder`` must be new or empty, so that no file of another export is mixed in or
    replaced. The cards are written to a temporary folder beside it, renamed into place
    when all are written: a cancelled or failed export leaves nothing behind.
    """
    folder = Path(folder)
    if folder.exists():
        if not folder.is_dir():
            raise failure(folder, NotADirectoryError(errno.ENOTDIR, "not a directory"))
        if any(folder.iterdir()):
            raise ExportError(
                translate(
                    "Export", "The folder {folder} is not empty: choose a new or empty folder."
                ).format(folder=folder)
            )
    parent = folder.parent if str(folder.parent) else Path(".")
    try:
        temporary = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".part", dir=parent))
    except OSError as error:
        raise failure(folder, error) from None
    count = 0
    used: set[str] = set()
    try:
        for person in _persons(store, ids, progress):
            stem = card_file_name(person)
            name, n = stem, 1
            while name.casefold() in used:  # two persons of the same name (file systems
                n += 1  # that ignore case, too)
                name = f"{stem} ({n})"
            used.add(name.casefold())
            (temporary / f"{name}.vcf").write_text(vcard(person), encoding="utf-8", newline="")
            count += 1
        if folder.exists():
            folder.rmdir()  # empty (checked above); replaced by the complete one
        os.replace(temporary, folder)
    except OSError as error:
        shutil.rmtree(temporary, ignore_errors=True)
        raise failure(folder, error) from None
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    return count
