"""Reading a full export back: recognise it, check it whole, and parse every row.

The file must be exactly what ``exporting/full.py`` writes (``full_kinds.FORMAT_VERSION``):
the « About » sheet names the sheet of each kind, every sheet has its columns, every
identity is a UUID, every reference names a record of the file (or of the database it is
read into). The first problem found is one :class:`ImportFileError` — the file, the sheet,
the row, the column and why — and nothing is written. The workbook is read with
python-calamine behind the same guard as contact lists (zip bombs, Rust panics).
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import stat
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from attache_app.i18n import translate
from attache_app.importing import tables
from attache_app.importing.contact import ImportFileError
from attache_app.importing.reading import sha256_of
from attache_app.storage.full_kinds import ABOUT_HEADERS, BY_KEY, FORMAT_VERSION, KINDS, MARKER

ORDER = (
    "tags", "organisations", "persons", "programmes", "calls", "deadlines", "notes",
    "interactions", "applications", "reminder_states", "settings",
)  # fmt: skip
"""The order in which kinds are written: a record after those it refers to."""

_STAMPS = ("created_at", "updated_at")


ADDED_LATER = frozenset({"share_paris"})
"""Columns a full export made by an earlier version lacks: read as 0 (their default)."""


@dataclass(frozen=True)
class Spec:
    """How a sheet's columns become a table's row."""

    table: str
    columns: tuple[str, ...]
    """Columns of the table written from the same-named column of the sheet."""
    refs: tuple[tuple[str, str, str, bool], ...] = ()
    """(table column, sheet column of the identity, kind referred to, required)."""
    links: tuple[tuple[str, str, str], ...] = ()
    """(sheet column of identities, link table, kind referred to)."""
    integers: tuple[str, ...] = ()
    key: tuple[str, ...] = ()
    """Key columns of a kind without identity (settings, reminders)."""


SPECS: dict[str, Spec] = {
    "persons": Spec(
        "persons",
        ("civility", "given_name", "family_name", "native_name", "title", "department",
         "country", "city", "street", "postal_code", "region", "languages", "notes", "source",
         "review_date", "share_paris"),
        refs=(("organisation_id", "organisation_uuid", "organisations", False),),
        integers=("share_paris",),
    ),
    "organisations": Spec(
        "organisations",
        ("name", "native_name", "acronym", "kind", "country", "city", "website", "notes",
         "share_paris"),
        integers=("share_paris",),
    ),
    "notes": Spec(
        "notes",
        ("title", "date", "source_name", "url", "country", "importance", "status", "sent_date",
         "private", "share_paris", "body"),
        links=(("organisation_uuids", "note_organisations", "organisations"),
               ("person_uuids", "note_persons", "persons")),
        integers=("private", "share_paris"),
    ),
    "interactions": Spec(
        "interactions",
        ("kind", "date", "title", "summary", "place", "share_paris"),
        links=(("person_uuids", "interaction_persons", "persons"),
               ("organisation_uuids", "interaction_organisations", "organisations")),
        integers=("share_paris",),
    ),
    "programmes": Spec(
        "programmes",
        ("name", "kind", "partner_country", "partner_agency", "url", "description",
         "source_url", "template", "share_paris"),
        integers=("share_paris",),
    ),
    "calls": Spec(
        "calls",
        ("year", "title", "status", "url", "notes", "share_paris"),
        refs=(("programme_id", "programme_uuid", "programmes", True),),
        integers=("year", "share_paris"),
    ),
    "deadlines": Spec(
        "deadlines",
        ("title", "stage", "all_day", "due_date", "due_local", "tz", "due_utc", "status",
         "owner", "notes", "to_confirm", "reminders", "share_paris"),
        refs=(("programme_id", "programme_uuid", "programmes", False),
              ("call_id", "call_uuid", "calls", False)),
        links=(("person_uuids", "deadline_persons", "persons"),),
        integers=("all_day", "to_confirm", "share_paris"),
    ),
    "applications": Spec(
        "applications",
        ("title", "french_team", "partner_team", "outcome", "notes", "share_paris"),
        refs=(("call_id", "call_uuid", "calls", True),),
        integers=("share_paris",),
        links=(("person_uuids", "application_persons", "persons"),
               ("organisation_uuids", "application_organisations", "organisations")),
    ),
    "tags": Spec("tags", ("name",)),
    "reminder_states": Spec(
        "reminder_states",
        ("state", "snoozed_until", "notified_at"),
        refs=(("deadline_id", "deadline_uuid", "deadlines", True),),
        integers=("days_before",),
        key=("deadline_uuid", "days_before"),
    ),
    "settings": Spec("settings", ("value",), key=("key",)),
}  # fmt: skip

LINK_OWNERS = {
    "note_organisations": ("note_id", "organisation_id"),
    "note_persons": ("note_id", "person_id"),
    "interaction_persons": ("interaction_id", "person_id"),
    "interaction_organisations": ("interaction_id", "organisation_id"),
    "deadline_persons": ("deadline_id", "person_id"),
    "application_persons": ("application_id", "person_id"),
    "application_organisations": ("application_id", "organisation_id"),
}
"""(owner column, other column) of each link table."""


@dataclass
class Record:
    """One row of a sheet, parsed: the values of its table, its references and lists."""

    kind: str
    where: str
    uuid: str = ""
    key: tuple[Any, ...] = ()
    fields: dict[str, Any] = field(default_factory=dict)
    """Table columns (stamps included) and, for references, ``…_uuid`` → identity."""
    lists: dict[str, list[Any]] = field(default_factory=dict)
    """emails, phones, tags, themes, and each link column's identities."""
    name: str = ""
    """What the record is called, for the preview."""

    @property
    def identity(self) -> Any:
        return self.uuid or self.key

    def content(self) -> dict[str, Any]:
        """Every value that a merge compares (not the stamps)."""
        values: dict[str, Any] = {k: v for k, v in self.fields.items() if k not in _STAMPS}
        for name, items in self.lists.items():
            if name.endswith("_uuids") or name in ("themes", "tags"):
                values[name] = sorted(set(items))
            else:
                values[name] = list(items)
        return values


@dataclass
class FullFile:
    """A full export, read and checked."""

    path: Path
    file_name: str
    sha256: str
    version: int
    post: str = ""
    exported_at: str = ""
    records: dict[str, list[Record]] = field(default_factory=dict)

    def count(self, kind: str) -> int:
        return len(self.records.get(kind, []))


# --- recognising -----------------------------------------------------------------------


def _parts(path: Path, *names: str) -> dict[str, str]:
    """These small parts of a zip archive, as text (those it has); nothing when ``path`` is
    not a regular file (a pipe is never opened to wait for a writer) or not a zip."""
    found: dict[str, str] = {}
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return found
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        return found
    with os.fdopen(descriptor, "rb") as stream:
        try:
            with zipfile.ZipFile(stream) as archive:
                for name in names:
                    try:
                        info = archive.getinfo(name)
                    except KeyError:
                        continue
                    if info.file_size <= 1 << 20:
                        found[name] = archive.read(info).decode("utf-8", "replace")
        except (OSError, zipfile.BadZipFile, RuntimeError, ValueError, EOFError):
            return {}
    return found


def _marker(custom: str) -> int | None:
    found = re.search(rf'name="{MARKER}"[^>]*>\s*<vt:\w+>([^<]*)</vt:\w+>', custom)
    if found is None:
        return None
    text = found.group(1).strip()
    return int(text) if text.isdigit() else -1


def marker_version(path: Path) -> int | None:
    """The full-export version a workbook declares, or None when it declares none (or is
    not a workbook at all)."""
    return _marker(_parts(path, "docProps/custom.xml").get("docProps/custom.xml", ""))


_OLD_SHEETS = (
    {"Persons", "Organisations", "Watch notes", "Activities", "Programmes", "Calls",
     "Deadlines"},
    {"Personnes", "Organisations", "Veille", "Activités", "Programmes", "Appels",
     "Échéances"},
)  # fmt: skip
"""The sheets of the full export before version markers (version 1), in English and in
French: recognised by their names alone (``xl/workbook.xml``), so that telling a contact
list from an export costs no reading of its sheets."""


_SHEET_NAME = re.compile(r'<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"')


def recognise(path: Path) -> int | None:
    """The version of the full export ``path`` is (1: the export before version markers),
    or None when it is not a full export of Attaché (another workbook, or not one)."""
    parts = _parts(path, "docProps/custom.xml", "xl/workbook.xml")
    version = _marker(parts.get("docProps/custom.xml", ""))
    if version is not None:
        return version
    names = {
        html.unescape(n)
        for n in re.findall(
            r'<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"', parts.get("xl/workbook.xml", "")
        )
    }
    return 1 if any(names == old for old in _OLD_SHEETS) else None


# --- reading ---------------------------------------------------------------------------


def _text(value: Any) -> str:
    """A cell as the text the database held."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _where(sheet: str, row: int, column: str = "") -> str:
    if column:
        return translate("Import", "sheet “{sheet}”, row {row}, column {column}").format(
            sheet=sheet, row=row, column=column
        )
    return translate("Import", "sheet “{sheet}”, row {row}").format(sheet=sheet, row=row)


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _identity(text: str) -> str | None:
    """The canonical form of a UUID (lower case, hyphens), or None when the text is not one
    in that form (what ``str(uuid.UUID(…))`` gives, the form every database stores)."""
    text = text.strip().lower()
    return text if _UUID.fullmatch(text) else None


def _lines(text: str) -> list[str]:
    return text.split("\n") if text else []


class _Sheet:
    """The rows of one sheet, with a sentence for each kind of problem."""

    def __init__(
        self, file: str, title: str, rows: list[list[Any]], headers: Sequence[str]
    ) -> None:
        self.file = file
        self.title = title
        self.rows = rows[1:] if rows else []
        found = [str(h).strip() if h is not None else "" for h in (rows[0] if rows else [])]
        missing = [h for h in headers if h not in found and h not in ADDED_LATER]
        if missing:
            raise ImportFileError(
                file,
                translate(
                    "Import",
                    "the sheet “{sheet}” has no column {columns}: it is not the sheet of a "
                    "full export, or it was edited.",
                ).format(sheet=title, columns=", ".join(f"“{m}”" for m in missing)),
            )
        self.at = {h: found.index(h) for h in headers if h in found}

    def error(self, index: int, column: str, reason: str) -> ImportFileError:
        return ImportFileError(self.file, reason, location=_where(self.title, index + 2, column))


def read(path: Path, *, known: Callable[[str, str], bool] | None = None) -> FullFile:
    """Read and check the full export at ``path``. ``known(kind, uuid)`` says whether the
    database it is read into has that record (a reference to it is then not broken)."""
    file = path.name
    version = recognise(path)
    if version is None:
        raise ImportFileError(file, translate("Import", "this is not a full export of Attaché."))
    if version == 1:
        raise ImportFileError(
            file,
            translate(
                "Import",
                "this full export was made by an earlier version of Attaché, before records "
                "had identities; it cannot be read back whole. Its persons can still be "
                "imported as a contact list: choose its first sheet (attache import FILE "
                "--sheet NAME).",
            ),
        )
    if version != FORMAT_VERSION:
        raise ImportFileError(
            file,
            translate(
                "Import",
                "this full export has version {found} of the layout, and this Attaché reads "
                "version {known}; it was made by a newer Attaché (update this one) or it is "
                "damaged.",
            ).format(found=version, known=FORMAT_VERSION),
        )
    workbook = tables._open_workbook(path, file)
    names = list(workbook.sheet_names)

    def rows_of(title: str) -> list[list[Any]]:
        try:
            return list(workbook.get_sheet_by_name(title).to_python(skip_empty_area=False))
        except BaseException as error:
            tables._reraise_interrupt(error)
            raise ImportFileError(
                file,
                translate("Import", "the sheet “{sheet}” cannot be read ({error}).").format(
                    sheet=title, error=str(error)[:200]
                ),
            ) from None

    about = _about(file, names, rows_of)
    result = FullFile(
        path=path,
        file_name=file,
        sha256=sha256_of(path),
        version=version,
        post=about.get("post", ""),
        exported_at=about.get("exported_at", ""),
    )
    for kind in KINDS:
        title = about.get(f"sheet.{kind.key}", "")
        if not title:
            raise ImportFileError(
                file,
                translate(
                    "Import", "the sheet “{sheet}” does not say which sheet holds the {kind}."
                ).format(sheet=_about_title(names), kind=kind.title),
            )
        if title not in names:
            raise ImportFileError(
                file,
                translate(
                    "Import",
                    "the sheet “{sheet}” ({kind}) is missing; the file is not whole, nothing "
                    "was imported.",
                ).format(sheet=title, kind=kind.title),
            )
        sheet = _Sheet(file, title, rows_of(title), kind.headers)
        result.records[kind.key] = parse_rows(sheet, kind.key)
    check_references(result, known)
    return result


def _about_title(names: list[str]) -> str:
    return names[-1] if names else ""


def _about(
    file: str, names: list[str], rows_of: Callable[[str], list[list[Any]]]
) -> dict[str, str]:
    """The « About » sheet (the last one) as key → value."""
    if not names:
        raise ImportFileError(file, translate("Import", "the workbook has no sheet."))
    rows = rows_of(names[-1])
    if not rows or [str(h) for h in rows[0][:3]] != list(ABOUT_HEADERS):
        raise ImportFileError(
            file,
            translate(
                "Import",
                "its last sheet, “{sheet}”, is not the « About » sheet of a full export "
                "(columns key, value, meaning); the file was edited or is damaged.",
            ).format(sheet=names[-1]),
        )
    return {_text(r[0]): _text(r[1]) for r in rows[1:] if len(r) >= 2 and r[0]}


def parse_rows(sheet: _Sheet, kind: str) -> list[Record]:
    """The rows of a sheet as records (rows where every cell is empty are skipped)."""
    spec = SPECS[kind]
    at = sheet.at
    records: list[Record] = []
    seen: dict[Any, int] = {}
    where = translate("Import", "sheet “{sheet}”, row {row}")
    wanted = {"uuid", "key", *_STAMPS, *spec.columns, *spec.integers, *_EXTRA.get(kind, ())}
    wanted |= {c for _col, c, _k, _r in spec.refs} | {c for c, _t, _k in spec.links}
    columns = [(name, i) for name, i in at.items() if name in wanted]
    width = max(at.values(), default=-1) + 1
    plain = [(name, at[name]) for name in (*spec.columns, *_STAMPS) if name not in spec.integers]
    for index, cells in enumerate(sheet.rows):
        if not any(v is not None and v != "" for v in cells):
            continue
        row = cells if len(cells) >= width else [*cells, *([None] * (width - len(cells)))]
        values = {
            name: v if type(v := row[i]) is str else "" if v is None else _text(v)
            for name, i in columns
        }  # fmt: skip

        def cell(name: str, values: dict[str, str] = values) -> str:
            return values.get(name, "")

        record = Record(kind, where.format(sheet=sheet.title, row=index + 2))
        record.fields = {
            name: v if type(v := row[i]) is str else "" if v is None else _text(v)
            for name, i in plain
        }  # fmt: skip
        if "uuid" in at:
            text = cell("uuid")
            identity = _identity(text)
            if identity is None:
                raise sheet.error(
                    index, "uuid",
                    translate("Import", "“{value}” is not an identity (a UUID such as "
                              "0f8fad5b-d9cb-469f-a165-70867728950e).").format(value=text[:60]),
                )  # fmt: skip
            record.uuid = identity
        for name in spec.integers:
            if name not in at:  # a column exports made before it existed do not have
                record.fields[name] = 0
                continue
            text = cell(name)
            try:
                number = int(text)
            except ValueError:
                raise sheet.error(
                    index, name, translate("Import", "“{value}” is not a whole number.").format(
                        value=text[:60])
                ) from None  # fmt: skip
            if name in spec.columns:
                record.fields[name] = number
            else:
                record.key = (*record.key, number)
        for _column, sheet_column, _kind, required in spec.refs:
            text = cell(sheet_column)
            target = _identity(text) if text else ""
            if target is None or (required and not target):
                raise sheet.error(
                    index, sheet_column,
                    translate("Import", "“{value}” is not an identity (a UUID).").format(
                        value=text[:60]),
                )  # fmt: skip
            record.fields[sheet_column] = target
        for sheet_column, _table, _kind in spec.links:
            targets = []
            for text in _lines(cell(sheet_column)):
                target = _identity(text)
                if target is None:
                    raise sheet.error(
                        index, sheet_column,
                        translate("Import", "“{value}” is not an identity (a UUID).").format(
                            value=text[:60]),
                    )  # fmt: skip
                targets.append(target)
            record.lists[sheet_column] = targets
        _extras(kind, record, cell, sheet, index)
        identity = record.identity
        if identity in seen:
            raise sheet.error(
                index, "uuid" if record.uuid else spec.key[0],
                translate("Import", "row {row} has the same identity; each record is once in "
                          "its sheet.").format(row=seen[identity] + 2),
            )  # fmt: skip
        seen[identity] = index
        records.append(record)
    return records


_EXTRA = {
    "persons": ("emails", "email_labels", "phones", "phone_labels", "phones_e164", "tags"),
    "organisations": ("tags",),
    "notes": ("themes",),
    "interactions": ("programme", "year"),
    "deadlines": ("programme", "year"),
    "applications": ("programme", "year"),
    "calls": ("programme",),
    "reminder_states": ("deadline",),
}
"""Columns read besides the table's own: lists, and what names a record in the preview."""


def _extras(
    kind: str, record: Record, cell: Callable[[str], str], sheet: _Sheet, index: int
) -> None:
    """What is particular to a kind: persons' e-mails, telephones and tags, themes, keys."""
    if kind == "persons":
        addresses = _lines(cell("emails"))
        labels = _lines(cell("email_labels"))
        record.lists["emails"] = [
            (a, labels[n] if n < len(labels) else "") for n, a in enumerate(addresses)
        ]
        numbers = _lines(cell("phones"))
        labels = _lines(cell("phone_labels"))
        e164 = _lines(cell("phones_e164"))
        record.lists["phones"] = [
            (number, labels[n] if n < len(labels) else "", e164[n] if n < len(e164) else "")
            for n, number in enumerate(numbers)
        ]
        record.lists["tags"] = _lines(cell("tags"))
        record.name = " ".join(p for p in (cell("given_name"), cell("family_name")) if p) or cell(
            "native_name"
        )
    elif kind == "organisations":
        record.lists["tags"] = _lines(cell("tags"))
        record.name = cell("name")
    elif kind == "notes":
        record.lists["themes"] = _lines(cell("themes"))
        record.name = cell("title")
    elif kind in ("interactions", "deadlines", "applications", "calls"):
        record.name = cell("title") or f"{cell('programme')} {cell('year')}".strip()
    elif kind in ("programmes", "tags"):
        record.name = cell("name")
        if kind == "tags" and not record.name.strip():
            raise sheet.error(index, "name", translate("Import", "a tag needs a name."))
    elif kind == "settings":
        key = cell("key")
        if not key:
            raise sheet.error(index, "key", translate("Import", "a setting needs a key."))
        record.key = (key,)
        record.name = key
    elif kind == "reminder_states":
        record.key = (record.fields["deadline_uuid"], *record.key)
        record.name = f"{cell('deadline')} (J-{record.key[1]})"


def check_references(full: FullFile, known: Callable[[str, str], bool] | None) -> None:
    """Every identity a record refers to names a record of the file or of the database."""
    present = {kind: {r.uuid for r in records if r.uuid} for kind, records in full.records.items()}
    for kind, records in full.records.items():
        spec = SPECS[kind]
        references = [(c, k) for _col, c, k, _req in spec.refs] + [
            (c, k) for c, _t, k in spec.links
        ]
        for record in records:
            for column, target_kind in references:
                value = record.fields.get(column)
                targets: Iterable[str] = record.lists.get(column, []) if value is None else [value]
                for target in targets:
                    if not target or target in present[target_kind]:
                        continue
                    if known is not None and known(target_kind, target):
                        continue
                    raise ImportFileError(
                        full.file_name,
                        translate(
                            "Import",
                            "it refers to {value}, which is in neither the sheet “{sheet}” "
                            "nor the database; the file is not whole.",
                        ).format(value=target, sheet=BY_KEY[target_kind].title),
                        location=f"{record.where}, {column}",
                    )
