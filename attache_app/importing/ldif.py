"""LDIF address books (Thunderbird, Netscape, LDAP exports), RFC 2849.

Records are separated by blank lines; a line starting with a space continues the previous
one; ``attr:: value`` is base64. Groups (``groupOfNames``, mailing lists) are not contacts
and are left out.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterator

from attache_app.i18n import QT_TRANSLATE_NOOP, translate
from attache_app.importing.contact import (
    MAX_CONTACTS,
    ImportFileError,
    PackedContacts,
    RawContact,
    line_at,
    too_many,
)

_PHONES = {
    "telephonenumber": "work",
    "homephone": "home",
    "mobile": "mobile",
    "fax": "fax",
    "facsimiletelephonenumber": "fax",
    "pager": "pager",
}
_EMAILS = {"mail": "", "mozillasecondemail": "other"}


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """(number, line) with continuation lines joined — once, so that a 27 MB value folded
    into 350,000 lines takes linear time."""
    number, pieces = 0, list[str]()
    for index, line in enumerate(text.splitlines(), start=1):
        if line.startswith(" ") and pieces:
            pieces.append(line[1:])
            continue
        if pieces:
            yield number, "".join(pieces)
        number, pieces = index, [line]
    if pieces:
        yield number, "".join(pieces)


def _records(text: str, file_name: str) -> list[tuple[int, dict[str, list[str]]]]:
    records: list[tuple[int, dict[str, list[str]]]] = []
    current: dict[str, list[str]] = {}
    start = 0
    for number, line in _logical_lines(text):
        if not line.strip():
            if current:
                records.append((start, current))
                current = {}
            continue
        if line.startswith("#"):
            continue
        name, sep, value = line.partition(":")
        if not sep:
            raise ImportFileError(
                file_name,
                translate("Import", "“{text}” is not an LDIF line (attribute: value).").format(
                    text=line[:60]
                ),
                location=line_at(number),
            )
        if not current:
            start = number
            if len(records) >= MAX_CONTACTS:
                raise too_many(file_name, line_at(number))
        if value.startswith(":"):
            try:
                value = base64.b64decode(value[1:].strip(), validate=True).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError):
                raise ImportFileError(
                    file_name,
                    translate("Import", "the base64 value of “{name}” is damaged.").format(
                        name=name
                    ),
                    location=line_at(number),
                ) from None
        elif value.startswith("<"):
            continue  # a URL to fetch: never followed
        current.setdefault(name.strip().lower(), []).append(value.strip())
    if current:
        records.append((start, current))
    return records


def read(text: str, file_name: str) -> PackedContacts:
    contacts = PackedContacts()
    for line, record in _records(text, file_name):
        classes = {c.lower() for c in record.get("objectclass", [])}
        if "groupofnames" in classes or "mozillaabpersonobsolete" in classes:
            continue
        if "dn" not in record and "version" in record:
            continue

        def first(key: str, record: dict[str, list[str]] = record) -> str:
            return (record.get(key) or [""])[0]

        contact = RawContact(
            location=line_at(line),
            formatted_name=first("cn") or first("displayname"),
            given_name=first("givenname"),
            family_name=first("sn") or first("surname"),
            organisation=first("o"),
            department=first("ou") or first("department"),
            title=first("title").strip('"'),
            country=first("c") or first("mozillahomecountryname"),
            notes=first("description"),
        )
        _address(contact, first)
        for key, label in _EMAILS.items():
            contact.emails.extend((v, label) for v in record.get(key, []) if v)
        for key, label in _PHONES.items():
            contact.phones.extend((v, label) for v in record.get(key, []) if v)
        for key in ("mozillaworkurl", "mozillahomeurl", "labeleduri"):
            contact.urls.extend(v for v in record.get(key, []) if v)
        _birthday(contact, first)
        _keep_the_rest(contact, record)
        if not contact.is_empty():
            contacts.append(contact)
    if not contacts:
        raise ImportFileError(file_name, translate("Import", "no contact in this LDIF file."))
    return contacts


_WORK_ADDRESS = ("street", "mozillaworkstreet2", "postalcode", "l", "st", "c")
_HOME_ADDRESS = (
    "mozillahomestreet", "mozillahomestreet2", "mozillahomepostalcode",
    "mozillahomelocalityname", "mozillahomestate", "mozillahomecountryname",
)  # fmt: skip


def _address(contact: RawContact, first: Callable[[str], str]) -> None:
    """The work address (Thunderbird's street, l, st…) or else the home one — never a
    mixture; the other one, when both are there, goes to the notes."""
    work = [first(k) for k in _WORK_ADDRESS]
    home = [first(k) for k in _HOME_ADDRESS]
    chosen, other = (work, home) if any(work) else (home, work)
    street, street2, postal, city, region, country = chosen
    contact.street = "\n".join(v for v in (street, street2) if v)
    contact.postal_code, contact.city, contact.region, contact.country = (
        postal, city, region, country,
    )  # fmt: skip
    if any(other):
        contact.kept.append(
            (translate("Import", "Other address"), ", ".join(v for v in other if v))
        )


_READ = frozenset({
    "cn", "displayname", "givenname", "sn", "surname", "o", "ou", "department", "title", "c",
    "mozillahomecountryname", "description", *_EMAILS, *_PHONES, "mozillaworkurl",
    "mozillahomeurl", "labeleduri", "birthyear", "birthmonth", "birthday",
})  # fmt: skip
"""Attributes :func:`read` takes into the record's fields (their first value)."""

_TECHNICAL = frozenset({
    "dn", "objectclass", "modifytimestamp", "createtimestamp", "changetype", "version",
    "mozillausehtmlmail", "member", "uid", "entryuuid",
})  # fmt: skip
"""Attributes about the entry, not the person (its name in the directory, its classes,
its dates, a mail program's preference): read past without a word."""


_WORDS = {
    "mozillanickname": QT_TRANSLATE_NOOP("Import", "Nickname"),
    "xmozillanickname": QT_TRANSLATE_NOOP("Import", "Nickname"),
    "nsaimid": QT_TRANSLATE_NOOP("Import", "Instant messaging"),
    "mozillacustom1": QT_TRANSLATE_NOOP("Import", "Custom field 1"),
    "mozillacustom2": QT_TRANSLATE_NOOP("Import", "Custom field 2"),
    "mozillacustom3": QT_TRANSLATE_NOOP("Import", "Custom field 3"),
    "mozillacustom4": QT_TRANSLATE_NOOP("Import", "Custom field 4"),
}
"""Thunderbird's attributes in words (their English source; the others keep their name)."""


def _birthday(contact: RawContact, first: Callable[[str], str]) -> None:
    """Thunderbird's birthyear, birthmonth and birthday (the day) as one date."""
    year, month, day = first("birthyear"), first("birthmonth"), first("birthday")
    if year and month and day and (year + month + day).isdigit():
        contact.birthday = f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
    elif year or month or day:
        contact.birthday = "/".join(v for v in (day, month, year) if v)


def _keep_the_rest(contact: RawContact, record: dict[str, list[str]]) -> None:
    """Every value the record's fields did not take — a nickname, the custom fields, a
    second organisation or title, any other attribute — kept in the notes as « Header:
    value »: nothing of the entry is dropped without a word."""
    for key, values in record.items():
        if key in _TECHNICAL:
            continue
        rest = values[1:] if key in _READ else values
        if key in ("mail", "mozillasecondemail", *_PHONES, "mozillaworkurl", "mozillahomeurl",
                   "labeleduri"):  # fmt: skip
            continue  # every value was taken
        if key in _WORK_ADDRESS or key in _HOME_ADDRESS:
            continue  # the addresses (the other one kept by _address)
        header = translate("Import", _WORDS[key]) if key in _WORDS else key
        contact.kept.extend((header, v) for v in rest if v.strip())


def looks_like_ldif(text: str) -> bool:
    for line in text[:65536].splitlines()[:20]:  # not the whole file's lines
        if line.strip() and not line.startswith("#"):
            return line.lower().startswith(("dn:", "version:"))
    return False
