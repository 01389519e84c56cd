"""Open any contact file: recognise its format by its bytes (not its name), read it, and
turn table rows into contacts through a mapping."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from attache_app.exporting.cells import from_csv
from attache_app.i18n import translate
from attache_app.importing import decode, ldif, mapping, tables, vcard
from attache_app.importing.contact import ImportFileError, RawContact
from attache_app.importing.mapping import Column, Mapping
from attache_app.importing.tables import Cell, Table

MAX_FILE = 200 << 20
"""Files above 200 MB are refused: no contact list is that big."""

_SIGNATURES = (
    (b"\x89PNG", "PNG"),
    (b"%PDF", "PDF"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"\x1f\x8b", "gzip"),
    (b"7z\xbc\xaf", "7-Zip"),
    (b"Rar!", "RAR"),
    (b"SQLite format 3", "SQLite"),
    (b"MZ", "Windows program"),
    (b"\x7fELF", "Linux program"),
)
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


@dataclass
class Source:
    """A file read and ready to be mapped: a table, or contacts (vCard, LDIF)."""

    path: Path
    format: str
    """csv, xlsx, xls, ods, vcard, ldif."""
    sha256: str
    table: Table | None = None
    contacts: list[RawContact] = field(default_factory=list)
    mapping: Mapping | None = None
    organisation_cards: list[RawContact] = field(default_factory=list)
    """Attaché's own full export: the organisations of its Organisations sheet."""
    encoding: str = ""
    """The encoding a text file was read in (CSV, LDIF); "" for workbooks and vCards."""
    chosen_encoding: bool = False
    """Whether the user chose it (else it was found from the bytes)."""

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def headers(self) -> list[str]:
        return self.table.headers if self.table else []

    def count(self) -> int:
        return len(self.table.rows) if self.table else len(self.contacts)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _format_of(path: Path, head: bytes) -> str:
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        if path.suffix.lower() == ".ods" or b"opendocument.spreadsheet" in head[:200]:
            return "ods"
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            raise ImportFileError(
                path.name,
                translate("Import", "this is a {kind} file, not a contact list.").format(kind=kind),
            )
    if path.suffix.lower() in SPREADSHEET_SUFFIXES:
        raise ImportFileError(
            path.name,
            translate(
                "Import",
                "the name says spreadsheet but the content is not one; the file may be "
                "damaged or truncated.",
            ),
        )
    if vcard.looks_like_vcard(head):
        return "vcard"
    return "text"


def read_file(path: Path, *, sheet: str = "", encoding: str = "") -> Source:
    """Read ``path`` whatever its format; :class:`ImportFileError` says what is wrong.

    ``encoding`` is the user's choice for a text file (CSV, LDIF); without it, the
    encoding is found from the bytes."""
    name = path.name
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ImportFileError(name, translate("Import", "this is a folder, not a file."))
        with path.open("rb") as stream:
            head = stream.read(4096)
    except FileNotFoundError:
        raise ImportFileError(str(path), translate("Import", "there is no such file.")) from None
    except PermissionError:
        raise ImportFileError(
            str(path), translate("Import", "the file cannot be read (permission denied).")
        ) from None
    except OSError as error:
        raise ImportFileError(str(path), error.strerror or str(error)) from None
    if size == 0 or not head.strip(b" \r\n\t\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportFileError(name, translate("Import", "the file is empty."))
    if size > MAX_FILE:
        raise ImportFileError(
            name,
            translate(
                "Import", "the file is {size:,} MB; contact lists above {max} MB are refused."
            ).format(size=size >> 20, max=MAX_FILE >> 20),
        )
    kind = _format_of(path, head)
    source = Source(path=path, format=kind, sha256=sha256_of(path))
    if kind in ("xlsx", "xls", "ods"):
        source.table = tables.read_sheet(path, name, sheet)
    else:
        data = path.read_bytes()
        if kind == "vcard":
            source.contacts = vcard.read(data, name)
        else:
            text, source.encoding = decode.decode(data, name, encoding)
            source.chosen_encoding = bool(encoding)
            if ldif.looks_like_ldif(text.removeprefix("\ufeff")):
                source.format = "ldif"
                source.contacts = ldif.read(text.removeprefix("\ufeff"), name)
            else:
                source.format = "csv"
                source.table = tables.read_csv(data, name, source.encoding)
    if source.table is not None:
        source.mapping = infer_mapping(source.table, mapping.automatic(source.table.headers))
        if kind == "xlsx" and not sheet and source.mapping.preset == "attache":
            source.organisation_cards = _own_organisations(path, name)
    return source


_OWN_ORGANISATION_HEADERS = {"id", "name", "native_name", "acronym", "kind", "country"}


def _own_organisations(path: Path, name: str) -> list[RawContact]:
    """The Organisations sheet of Attaché's full export, as organisation cards."""
    for sheet_name in tables.sheet_names(path, name)[1:]:
        table = tables.read_sheet(path, name, sheet_name)
        if not set(table.headers) >= _OWN_ORGANISATION_HEADERS:
            continue
        at = {h: i for i, h in enumerate(table.headers)}
        cards = []
        for index, row in enumerate(table.rows):

            def get(header: str, row: list[Cell] = row, at: dict[str, int] = at) -> str:
                i = at.get(header)
                return cell_text(row[i]) if i is not None and i < len(row) else ""

            website = get("website")
            cards.append(
                RawContact(
                    location=f"{sheet_name}, {table.where(index)}",
                    organisation=get("name"),
                    native_name=get("native_name"),
                    acronym=get("acronym"),
                    organisation_kind=get("kind"),
                    country=get("country"),
                    city=get("city"),
                    urls=[website] if website else [],
                    tags=[t for t in get("tags").split("\n") if t.strip()],
                    notes=get("notes"),
                    is_organisation=True,
                )
            )
        return cards
    return []


# --- rows to contacts ------------------------------------------------------------------

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")
_PHONE = re.compile(r"^\+?[\d\s().\-/]{6,}$")


def infer_mapping(table: Table, named: Mapping) -> Mapping:
    """Columns whose header says nothing (or a file without header), from their content
    (e-mails, phones, names); columns the headers named keep their field."""
    width = len(table.headers)
    sample = table.rows[:200]

    def share(index: int, pattern: re.Pattern[str]) -> float:
        values = [str(r[index]).strip() for r in sample if not tables._blank(r[index])]
        return sum(bool(pattern.match(v)) for v in values) / len(values) if values else 0.0

    def filled(index: int) -> bool:
        return any(not tables._blank(r[index]) for r in sample)

    columns: dict[int, Column] = {i: named.columns.get(i, Column("")) for i in range(width)}
    taken = {c.field for c in columns.values() if c.field}
    if {"full_name", "given_name", "family_name", "native_name"} & taken and "email" in taken:
        return named
    text_columns: list[int] = []
    for index in range(width):
        if columns[index].field:
            continue
        if share(index, _EMAIL) > 0.8 and "email" not in taken:
            columns[index] = Column("email")
        elif share(index, _PHONE) > 0.8 and "phone" not in taken:
            columns[index] = Column("phone")
        elif filled(index):
            text_columns.append(index)
    # "John Doe,John,Doe": a column that is the join of two others is the full name.
    for a in text_columns:
        for b in text_columns:
            for c in text_columns:
                if len({a, b, c}) == 3 and all(
                    str(r[a]).strip() == f"{str(r[b]).strip()} {str(r[c]).strip()}"
                    for r in sample
                    if not tables._blank(r[a])
                ):
                    columns[a], columns[b], columns[c] = (
                        Column("full_name"),
                        Column("given_name"),
                        Column("family_name"),
                    )
                    return Mapping(columns, named.preset or "inferred")
    names = {"full_name", "given_name", "family_name", "native_name"}
    if text_columns and not names & taken:
        columns[text_columns[0]] = Column("full_name")
    return Mapping(columns, named.preset or ("inferred" if columns != named.columns else ""))


def cell_text(cell: Cell) -> str:
    if type(cell) is str:  # nearly every cell: the checks below are for spreadsheets
        text = cell.strip()
        return from_csv(text) if text[:1] == "'" else text
    if cell is None:
        return ""
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat(" ")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return from_csv(str(cell).strip())


_MULTI_SEPARATOR = re.compile(r"\s*:::\s*|\s*\n\s*|\s*;\s*")


# "travail: marie@example.org", "bureau: +886 2 …": a label before the value (our own
# export writes labelled values so; other lists sometimes do too).
_LABELLED = re.compile(r"^([^\W\d][\w .'’/-]{0,29}):\s+(\S.*)$")


def _labelled(value: str, label: str) -> tuple[str, str]:
    if ":" not in value:
        return value, label
    match = _LABELLED.match(value)
    if match and match.group(1).casefold() not in ("mailto", "tel", "http", "https"):
        return match.group(2), match.group(1).strip().lower()
    return value, label


def _values(text: str) -> list[str]:
    """Google's " ::: ", new lines and semicolons separate several values in one cell."""
    if ":" not in text and "\n" not in text and ";" not in text:
        return [text] if text else []
    return [v for v in _MULTI_SEPARATOR.split(text) if v]


def _clean_label(text: str) -> str:
    return text.removeprefix("* ").strip().lower()


_SINGLE = frozenset(
    (
        "given_name", "middle_name", "family_name", "suffix", "native_name", "organisation",
        "department", "title", "country", "city", "birthday", "review_date",
    )
)  # fmt: skip
"""Fields that take the first non-empty cell mapped to them."""


def iter_table_contacts(table: Table, columns: Mapping) -> Iterator[RawContact]:
    """Apply a mapping to every row, one contact at a time (an import of 100,000 rows
    then never holds them all before they are normalised)."""
    plan = [
        (index, column.field, column.label)
        for index, column in sorted(columns.columns.items())
        if column.field
    ]
    for row, location in zip(table.rows, table.locations(), strict=True):
        contact = RawContact(location=location)
        pending_label = ""
        address: list[str] = []
        notes: list[str] = []
        width = len(row)
        for column_index, name, column_label in plan:
            if column_index >= width:
                continue
            text = cell_text(row[column_index])
            if name in _SINGLE:
                if text and not getattr(contact, name):
                    setattr(contact, name, text)
                continue
            if name == "label":
                pending_label = _clean_label(text)
                continue
            if not text:
                if name in ("email", "phone", "website"):
                    pending_label = ""
                continue
            label = pending_label or column_label
            if name == "email":
                contact.emails += [_labelled(v, label) for v in _values(text)]
                pending_label = ""
            elif name == "phone":
                if ":" in text or "\n" in text:
                    contact.phones.extend(
                        _labelled(v.strip(), label)
                        for v in re.split(r"\s*:::\s*|\n", text)
                        if v.strip()
                    )
                else:
                    contact.phones.append((text, label))
                pending_label = ""
            elif name == "website":
                contact.urls.extend(_values(text))
                pending_label = ""
            elif name == "tags":
                contact.tags.extend(
                    t
                    for t in (v.removeprefix("* ") for v in re.split(r"\s*(?::::|,|;|\n)\s*", text))
                    if t and t.casefold() not in ("mycontacts", "starred", ":")
                )
            elif name == "languages":
                contact.languages.extend(v for v in re.split(r"[\s,;/]+", text) if v)
            elif name == "address":
                address.append(text)
            elif name == "notes":
                notes.append(text)
            elif name == "full_name":
                contact.formatted_name = text
            elif name == "prefix":
                contact.prefix = text
        if address:
            contact.address = ", ".join(address)
        if notes:
            contact.notes = "\n".join(notes)
        yield contact


def iter_contacts(source: Source) -> tuple[int, Iterator[RawContact]]:
    """(how many, the contacts one at a time) — :func:`contacts_of` without the list."""
    if source.table is not None:
        assert source.mapping is not None
        cards = source.organisation_cards
        rows = iter_table_contacts(source.table, source.mapping)
        return len(cards) + len(source.table.rows), itertools.chain(cards, rows)
    return len(source.contacts), iter(source.contacts)


def contacts_of(source: Source) -> list[RawContact]:
    """Every contact of the file (the organisation cards of our own export first)."""
    return list(iter_contacts(source)[1])
