"""Open any contact file: recognise its format by its bytes (not its name), read it, and
turn table rows into contacts through a mapping (:mod:`attache_app.importing.table_contacts`);
what becomes of each column, and the control characters removed."""

from __future__ import annotations

import hashlib
import itertools
import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from attache_app.domain.controls import escape_controls, strip_controls
from attache_app.i18n import translate
from attache_app.importing import decode, ldif, mapping, tables, vcard
from attache_app.importing.contact import (
    MAX_CONTACTS,
    ImportFileError,
    RawContact,
    line_at,
    row_at,
    too_many,
)
from attache_app.importing.mapping import Column, Mapping
from attache_app.importing.table_contacts import (
    NO_DATE,
    cell_text,
    column_title,
    infer_mapping,
    iter_table_contacts,
)
from attache_app.importing.tables import Cell, Table

__all__ = [
    "ColumnReport", "Source", "cell_text", "cleaned_summary", "column_report", "column_title",
    "contacts_of", "infer_mapping", "iter_contacts", "iter_table_contacts", "not_read_summary",
    "read_file",
]  # fmt: skip

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
    contacts: Sequence[RawContact] = field(default_factory=list)
    mapping: Mapping | None = None
    organisation_cards: list[RawContact] = field(default_factory=list)
    """Attaché's own full export: the organisations of its Organisations sheet."""
    encoding: str = ""
    """The encoding a text file was read in (CSV, LDIF); "" for workbooks and vCards."""
    chosen_encoding: bool = False
    """Whether the user chose it (else it was found from the bytes)."""
    cleaned: list[tuple[str, str, int]] = field(default_factory=list)
    """(where, field, how many) of the control characters removed from the values, filled
    as the contacts are taken (:func:`iter_contacts`)."""

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


def _open_regular(path: Path) -> tuple[int, bytes]:
    """(size, first 4 KB) of ``path`` — a regular file only: a FIFO, a device or a socket
    named ``.csv`` would block the reader forever or never end."""
    name = path.name
    info = path.stat()
    if stat.S_ISDIR(info.st_mode):
        raise ImportFileError(name, translate("Import", "this is a folder, not a file."))
    if not stat.S_ISREG(info.st_mode):
        raise ImportFileError(name, _not_regular())
    # O_NONBLOCK: should the name have become a FIFO since, opening it must not wait.
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as stream:
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            raise ImportFileError(name, _not_regular())
        return info.st_size, stream.read(4096)


def _not_regular() -> str:
    return translate(
        "Import",
        "this is not a regular file (a pipe, a device or a socket); only files are read.",
    )


def read_file(path: Path, *, sheet: str = "", encoding: str = "") -> Source:
    """Read ``path`` whatever its format; :class:`ImportFileError` says what is wrong.

    ``encoding`` is the user's choice for a text file (CSV, LDIF); without it, the
    encoding is found from the bytes."""
    name = path.name
    try:
        size, head = _open_regular(path)
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
                del text  # read_csv decodes again: one copy of the text at a time
                source.format = "csv"
                source.table = tables.read_csv(data, name, source.encoding)
    if source.table is not None:
        source.mapping = infer_mapping(source.table, mapping.automatic(source.table.headers))
        if kind == "xlsx" and not sheet and source.mapping.preset == "attache":
            source.organisation_cards = _own_organisations(path, name)
        if len(source.table.rows) + len(source.organisation_cards) > MAX_CONTACTS:
            raise too_many(name)
        if not source.table.rows and not source.organisation_cards:
            raise ImportFileError(
                name,
                translate(
                    "Import",
                    "the file holds a header row ({headers}) but no contact under it; "
                    "nothing was imported.",
                ).format(headers=_headers_shown(source.table.headers)),
            )
    return source


def _headers_shown(headers: list[str]) -> str:
    shown = ", ".join(escape_controls(h, keep_newlines=False) for h in headers[:4] if h)
    return shown + ("…" if len(headers) > 4 else "")


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


@dataclass(frozen=True)
class ColumnReport:
    """What becomes of one column of a table: its field, or the notes, or nothing."""

    index: int
    header: str
    """The header, or "Column 3" for a column without one."""
    field: str
    label: str
    fate: str
    """"mapped", "notes" or "ignored" (see :func:`mapping.fate`)."""
    filled: int
    """How many rows have a value in this column."""

    @property
    def field_name(self) -> str:
        return mapping.field_label(self.field)

    def describe(self) -> str:
        """One line for the dry run and the wizard: where the column's values go."""
        if self.fate == "notes" and self.label == mapping.OUTLOOK_DEFAULT:
            where = translate(
                "Import",
                "kept in the notes as « {header}: value », except Outlook's value for nothing "
                "entered (Normal, False, Unspecified)",
            ).format(header=self.header)
        elif self.fate == "notes":
            where = translate("Import", "kept in the notes as « {header}: value »").format(
                header=self.header
            )
        elif self.fate == "ignored":
            where = (
                translate("Import", "ignored (it repeats other columns)")
                if self.label == mapping.REPEATS
                else translate("Import", "ignored (your choice)")
            )
        else:
            where = self.field_name
        return where

    def to_dict(self) -> dict[str, object]:
        return {
            "column": self.index + 1,
            "header": self.header,
            "fate": self.fate,
            "field": self.field,
            "field_name": self.field_name if self.fate == "mapped" else "",
            "label": self.label,
            "filled": self.filled,
            "description": self.describe(),
        }


def column_report(source: Source) -> list[ColumnReport]:
    """Every column of a table and its fate, with how many rows fill it."""
    table, columns = source.table, source.mapping
    if table is None or columns is None:
        return []
    width = len(table.headers)
    filled = [0] * width
    for row in table.rows:
        for index in range(min(width, len(row))):
            cell = row[index]
            if not (
                cell is None
                or cell == ""
                or (cell.__class__ is str and (cell.isspace() or cell.strip() in NO_DATE))
            ):
                filled[index] += 1
    report = []
    for index in range(width):
        column = columns.columns.get(index, Column(""))
        report.append(
            ColumnReport(
                index=index, header=column_title(table.headers, index), field=column.field,
                label=column.label, fate=mapping.fate(column), filled=filled[index],
            )
        )  # fmt: skip
    return report


def iter_contacts(source: Source) -> tuple[int, Iterator[RawContact]]:
    """(how many, the contacts one at a time) — :func:`contacts_of` without the list.
    ``source.cleaned`` is filled anew as they are taken."""
    source.cleaned.clear()
    cards = _without_controls(source.organisation_cards, source.cleaned)
    if source.table is not None:
        assert source.mapping is not None
        rows = iter_table_contacts(source.table, source.mapping, source.cleaned)
        return len(source.organisation_cards) + len(source.table.rows), itertools.chain(cards, rows)
    return len(source.contacts), _without_controls(source.contacts, source.cleaned)


_TEXT_FIELDS = (
    "formatted_name", "prefix", "given_name", "middle_name", "family_name", "suffix",
    "native_name", "organisation", "department", "title", "country", "city", "address",
    "notes", "birthday", "review_date", "acronym", "organisation_kind",
)  # fmt: skip
_LIST_FIELDS = ("urls", "tags", "languages")
_PAIR_FIELDS = ("emails", "phones")


def _field_label(name: str) -> str:
    return {
        "formatted_name": translate("Import", "Name"),
        "prefix": translate("Import", "Civility"),
        "given_name": translate("Import", "Given name"),
        "middle_name": translate("Import", "Middle name"),
        "family_name": translate("Import", "Family name"),
        "suffix": translate("Import", "Suffix"),
        "native_name": translate("Import", "Native name"),
        "organisation": translate("Import", "Organisation"),
        "department": translate("Import", "Department"),
        "title": translate("Import", "Job title"),
        "country": translate("Import", "Country"),
        "city": translate("Import", "City"),
        "address": translate("Import", "Address"),
        "notes": translate("Import", "Notes"),
        "birthday": translate("Import", "Birthday"),
        "review_date": translate("Import", "Review date"),
        "acronym": translate("Import", "Acronym"),
        "organisation_kind": translate("Import", "Kind"),
        "urls": translate("Import", "Web"),
        "tags": translate("Import", "Tags"),
        "languages": translate("Import", "Languages"),
        "emails": translate("Import", "E-mail"),
        "phones": translate("Import", "Telephone"),
    }[name]


def _without_controls(
    contacts: Iterable[RawContact], cleaned: list[tuple[str, str, int]]
) -> Iterator[RawContact]:
    """The contacts (vCard, LDIF, organisation cards) with the control characters other
    than tab and line breaks removed from every value; ``cleaned`` says where."""
    for contact in contacts:
        for name in _TEXT_FIELDS:
            value = getattr(contact, name)
            if value and not value.isprintable():
                value, removed = strip_controls(value)
                if removed:
                    setattr(contact, name, value)
                    cleaned.append((contact.location, _field_label(name), removed))
        for name in _LIST_FIELDS:
            values: list[str] = getattr(contact, name)
            removed = 0
            for index, value in enumerate(values):
                if not value.isprintable():
                    values[index], count = strip_controls(value)
                    removed += count
            if removed:
                cleaned.append((contact.location, _field_label(name), removed))
        for name in _PAIR_FIELDS:
            pairs: list[tuple[str, str]] = getattr(contact, name)
            removed = 0
            for index, (text, label) in enumerate(pairs):
                if not (text + label).isprintable():
                    clean_text, first = strip_controls(text)
                    clean_label, second = strip_controls(label)
                    pairs[index] = (clean_text, clean_label)
                    removed += first + second
            if removed:
                cleaned.append((contact.location, _field_label(name), removed))
        yield contact


def cleaned_summary(cleaned: list[tuple[str, str, int]], *, shown: int = 5) -> str:
    """One sentence for both front ends: how many control characters were removed, and
    where (the first few places)."""
    if not cleaned:
        return ""
    total = sum(count for _, _, count in cleaned)
    places = "; ".join(
        translate("Import", "{where}, {field}: {count}").format(
            where=where, field=escape_controls(name, keep_newlines=False), count=count
        )
        for where, name, count in cleaned[:shown]
    )
    if len(cleaned) > shown:
        more = len(cleaned) - shown
        places += translate("Import", "; and %n more", "", more)
    return translate("Import", "Control characters removed: {total} ({places}).").format(
        total=total, places=places
    )


def not_read_summary(source: Source, *, shown: int = 6) -> str:
    """One sentence for both front ends on what of a table was not read as contacts: the
    other sheets of a workbook, the rows above the header (a title), the totals rows."""
    table = source.table
    if table is None:
        return ""
    sentences = []
    others = [name for name in table.sheets if name != table.sheet]
    if table.sheet and others:
        sentences.append(
            translate("Import", "Read the sheet « {sheet} »; not read: {others}.").format(
                sheet=table.sheet, others=", ".join(f"« {name} »" for name in others)
            )
        )
    at = line_at if table.delimiter else row_at
    for why, words in (
        ("title", translate("Import", "Above the header, not read as contacts: {rows}.")),
        ("totals", translate("Import", "Totals rows, not read as contacts: {rows}.")),
        ("notes", translate("Import", "Notes under the table, not read as contacts: {rows}.")),
    ):
        numbers = [n for n, reason in table.skipped if reason == why]
        if numbers:
            rows = ", ".join(at(n) for n in numbers[:shown])
            if len(numbers) > shown:
                more = len(numbers) - shown
                rows += translate("Import", "; and %n more", "", more)
            sentences.append(words.format(rows=rows))
    return " ".join(sentences)


def contacts_of(source: Source) -> list[RawContact]:
    """Every contact of the file (the organisation cards of our own export first)."""
    return list(iter_contacts(source)[1])
