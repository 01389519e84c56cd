"""Open any contact file: recognise its format by its bytes (not its name), read it, and
turn table rows into contacts through a mapping."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from attache_app.domain.cells import from_csv
from attache_app.domain.controls import escape_controls, strip_controls
from attache_app.i18n import translate
from attache_app.importing import decode, ldif, mapping, tables, vcard
from attache_app.importing.contact import MAX_CONTACTS, ImportFileError, RawContact, too_many
from attache_app.importing.mapping import KEEP, Column, Mapping
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
    taken = {c.field for c in columns.values() if c.field not in ("", KEEP)}
    if {"full_name", "given_name", "family_name", "native_name"} & taken and "email" in taken:
        return named
    text_columns: list[int] = []
    for index in range(width):
        if columns[index].field != KEEP:
            continue
        if share(index, _EMAIL) > 0.8 and "email" not in taken:
            columns[index] = Column("email")
        elif share(index, _PHONE) > 0.8 and "phone" not in taken:
            columns[index] = Column("phone")
        elif filled(index):
            text_columns.append(index)
    # "John Doe,John,Doe": a column that is the join of two others is the full name.
    joined = _joined_columns(sample, text_columns)
    if joined is not None:
        a, b, c = joined
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


def _joined_columns(
    sample: list[list[Cell]], text_columns: list[int]
) -> tuple[int, int, int] | None:
    """The first (a, b, c) of ``text_columns`` where every filled cell of column a is
    "b c" — found in linear time: the candidates come from splitting one value of a at its
    spaces and looking the halves up, never from trying every triple (a header of 2,000
    columns made that eight billion comparisons)."""
    by_value: dict[int, dict[str, list[int]]] = {}

    def text(row: list[Cell], index: int) -> str:
        return str(row[index]).strip()

    def columns_holding(row_index: int, value: str) -> list[int]:
        if row_index not in by_value:
            found: dict[str, list[int]] = {}
            for index in text_columns:
                found.setdefault(text(sample[row_index], index), []).append(index)
            by_value[row_index] = found
        return by_value[row_index].get(value, [])

    for a in text_columns:
        first = next((i for i, r in enumerate(sample) if not tables._blank(r[a])), None)
        if first is None:
            continue
        value = text(sample[first], a)
        candidates = sorted(
            (b, c)
            for cut, char in enumerate(value)
            if char == " "
            for b in columns_holding(first, value[:cut])
            for c in columns_holding(first, value[cut + 1 :])
            if len({a, b, c}) == 3
        )
        for b, c in candidates:
            if all(
                text(r, a) == f"{text(r, b)} {text(r, c)}"
                for r in sample
                if not tables._blank(r[a])
            ):
                return a, b, c
    return None


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
        "full_name", "prefix", "given_name", "middle_name", "family_name", "suffix",
        "native_name", "organisation", "department", "title", "birthday", "review_date",
        "created_at",
    )
)  # fmt: skip
"""Fields that take the first non-empty cell mapped to them (a different value in a later
column is kept in the notes)."""

_ATTRIBUTE = {"full_name": "formatted_name"}

_TAG_SEPARATOR = re.compile(r"\s*(?::::|[,;\n|•]|(?<![A-Z0-9])/|/(?![A-Z0-9]))\s*")
"""Tags are separated by commas, semicolons, new lines, bars, bullets, Google's ":::",
and slashes — except a slash between capitals or digits ("TCP/IP", "4G/5G", "R/D")."""


_TAG_MARKS = frozenset(",;\n|•/:*")


def split_tags(text: str) -> list[str]:
    """ "IA; robotique / Santé" → ["IA", "robotique", "Santé"]; "TCP/IP" stays one tag."""
    if _TAG_MARKS.isdisjoint(text):  # one tag: most cells of most lists
        return [text] if text.casefold() not in ("mycontacts", "starred") else []
    return [
        t
        for t in (v.strip().removeprefix("* ").strip() for v in _TAG_SEPARATOR.split(text))
        if t and t.casefold() not in ("mycontacts", "starred", ":")
    ]


def column_title(headers: list[str], index: int) -> str:
    """A column's header, or "Column 3" for a column without one (notes, reports)."""
    header = headers[index].strip() if index < len(headers) else ""
    return header or translate("Import", "Column {n}").format(n=index + 1)


_POSTAL_CITY = re.compile(r"^(?:([A-Z]{1,2}-)?(\d{4,5}(?:-\d{4})?|\d{3}-\d{4}))\s+(\D.*)$")
"""The "75002 Paris", "F-67000 Strasbourg", "100-0001 Tokyo" line of an address."""


def split_address(text: str) -> tuple[list[str], str, str, str]:
    """(street lines, postal code, city, country) of an address written in one cell:
    the last line or comma-separated part gives the country when it names one, the one
    before it the postal code and city when it reads "75002 Paris" (or the city alone,
    a short part without digits, after a country). What is not recognised stays in the
    street lines, so nothing is lost."""
    from attache_app.domain.countries import country_code

    parts = [p.strip() for p in re.split(r"\s*(?:\n|,)\s*", text) if p.strip()]
    country = postal = city = ""
    if len(parts) > 1 and country_code(parts[-1]):
        country = parts.pop()
    if len(parts) > 1 or (parts and country):
        found = _POSTAL_CITY.match(parts[-1])
        if found:
            postal, city = found.group(2), found.group(3).strip()
            parts.pop()
        elif country and not _DIGIT.search(parts[-1]) and len(parts[-1].split()) <= 3:
            city = parts.pop()
    if not (postal or city or country):
        return [text.strip()], "", "", ""
    return parts, postal, city, country


_DIGIT = re.compile(r"\d")


_PART_ORDER = ("street", "postal_code", "city", "region", "country")


def _assemble_addresses(contact: RawContact, groups: dict[str, list[tuple[str, str, str]]]) -> None:
    """The one postal address of the contact from the address columns of a row, grouped
    by address ("work", "home", "1"…): the first address with a value, completed by the
    unqualified columns when they do not contradict it; the other addresses' cells go to
    the notes, never mixed into it."""
    if len(groups) == 1:
        (cells,) = groups.values()
        names = [name for name, _title, _text in cells]
        if "address" not in names and len(set(names)) == len(names):
            # One address, one column per part: the usual row, set as it is.
            for name, _title, text in cells:
                setattr(contact, name, text)
            return
    chosen: dict[str, list[str]] = {}
    primary = ""
    qualified = False
    for number, (group, cells) in enumerate(groups.items()):
        parts: dict[str, list[str]] = {}
        for name, _title, text in cells:
            parts.setdefault(name, []).append(text)
        streets = parts.get("street", [])
        for text in parts.pop("address", []):
            known = [v for k in _PART_ORDER for v in parts.get(k, [])]
            if known and all(v.casefold() in text.casefold() for v in known):
                continue  # a formatted address made of the parts beside it
            if streets:
                streets.append(text)
                continue
            lines, postal, city, country = split_address(text)
            streets.extend(lines)
            for key, value in (("postal_code", postal), ("city", city), ("country", country)):
                if value and not parts.get(key):
                    parts[key] = [value]
                elif value and value.casefold() not in [v.casefold() for v in parts[key]]:
                    streets.append(value)
        if streets:
            parts["street"] = streets
        mergeable = number == 0 or (
            (group == "" or (primary == "" and not qualified))
            and all(
                not chosen.get(k) or [v.casefold() for v in chosen[k]] == [
                    v.casefold() for v in parts[k]]
                for k in parts if k != "street"
            )
            and not (chosen.get("street") and parts.get("street"))
        )  # fmt: skip
        if number == 0:
            primary = group
        if mergeable and group:
            qualified = True  # one qualified address ("work", "home"…) at most
        if mergeable:
            for key, values in parts.items():
                if key == "street":
                    chosen.setdefault("street", []).extend(values)
                elif not chosen.get(key):
                    chosen[key] = values[:1]
                    for extra in values[1:]:
                        if extra.casefold() != values[0].casefold():
                            contact.kept.append((_title_of(cells, key), extra))
        else:
            contact.kept.extend((title, text) for _name, title, text in cells)
    contact.street = "\n".join(dict.fromkeys(chosen.get("street", [])))
    for key in ("postal_code", "city", "region", "country"):
        if chosen.get(key):
            setattr(contact, key, chosen[key][0])


def _title_of(cells: list[tuple[str, str, str]], name: str) -> str:
    return next((title for n, title, _t in cells if n == name), name)


def iter_table_contacts(
    table: Table, columns: Mapping, cleaned: list[tuple[str, str, int]] | None = None
) -> Iterator[RawContact]:
    """Apply a mapping to every row, one contact at a time (an import of 100,000 rows
    then never holds them all before they are normalised). Every non-empty cell ends up
    somewhere: in its field, in the notes as « Header: value », or nowhere only when its
    column is ignored. Control characters other than tab and line breaks are removed from
    the values, and ``cleaned`` says where."""
    from attache_app.importing.mapping import ADDRESS_PARTS

    plan = [
        (
            index,
            column.field,
            column.label,
            column_title(table.headers, index),
            _ATTRIBUTE.get(column.field, column.field),
        )
        for index, column in sorted(columns.columns.items())
        if column.field
    ]
    address_parts = frozenset(ADDRESS_PARTS)
    for row, location in zip(table.rows, table.locations(), strict=True):
        contact = RawContact(location=location)
        pending_label = ""
        notes: list[str] = []
        groups: dict[str, list[tuple[str, str, str]]] = {}
        width = len(row)
        for column_index, name, column_label, title, attribute in plan:
            if column_index >= width:
                continue
            cell = row[column_index]
            if cell.__class__ is str and not cell.isprintable():
                cell, removed = strip_controls(cell)
                if removed and cleaned is not None:
                    cleaned.append((location, table.column_name(column_index), removed))
            text = cell_text(cell)
            if name in _SINGLE:
                if text:
                    current = getattr(contact, attribute)
                    if not current:
                        setattr(contact, attribute, text)
                    elif current != text:
                        contact.kept.append((title, text))
                continue
            if name == "label":
                pending_label = _clean_label(text)
                continue
            if not text:
                if name in ("email", "phone", "website"):
                    pending_label = ""
                continue
            label = pending_label or column_label
            if name == KEEP:
                contact.kept.append((title, text))
            elif name in address_parts:
                groups.setdefault(column_label, []).append((name, title, text))
            elif name == "email":
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
                contact.tags.extend(split_tags(text))
            elif name == "languages":
                contact.languages.extend(v for v in re.split(r"[\s,;/]+", text) if v)
            elif name == "last_contact":
                contact.dates.append((title, text, column_label or "contact"))
            elif name == "notes":
                notes.append(text)
        if groups:
            _assemble_addresses(contact, groups)
        if notes:
            contact.notes = "\n".join(notes)
        yield contact


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
        if self.fate == "notes":
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
            if not (cell is None or cell == "" or (cell.__class__ is str and cell.isspace())):
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
    contacts: list[RawContact], cleaned: list[tuple[str, str, int]]
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
        places += translate("Import", "; and {more} more").format(more=len(cleaned) - shown)
    return translate("Import", "Control characters removed: {total} ({places}).").format(
        total=total, places=places
    )


def contacts_of(source: Source) -> list[RawContact]:
    """Every contact of the file (the organisation cards of our own export first)."""
    return list(iter_contacts(source)[1])
