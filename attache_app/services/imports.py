"""Importing contact files: the one path for the command line and the GUI wizard.

``preview`` reads, maps and plans without writing anything; ``commit`` writes a plan as one
batch; ``undo`` takes a batch back. Named mappings are kept in the database, with the data
they describe, so that the next file from the same sender maps itself.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from attache_app.bulk import collector_paused
from attache_app.domain import normalise
from attache_app.domain.countries import country_code
from attache_app.errors import AttacheError
from attache_app.i18n import translate
from attache_app.importing import (
    IMPORTABLE_SUFFIXES,
    batches,
    decode,
    full,
    plausible,
    reading,
    tables,
)
from attache_app.importing.batches import BatchInfo, BatchResult, UndoConflict
from attache_app.importing.mapping import KEEP, Column, Mapping, fold_header
from attache_app.importing.plan import ACTIONS, Plan, Progress, make_plan
from attache_app.importing.reading import ColumnReport, Source, column_report, column_title
from attache_app.storage import settings as stored
from attache_app.storage.db import Store
from attache_app.storage.full_kinds import kind_title, record_label

__all__ = [
    "ACTIONS",
    "IMPORTABLE_SUFFIXES",
    "BatchInfo",
    "BatchResult",
    "ColumnReport",
    "FullPlan",
    "FullResult",
    "Preview",
    "Source",
    "Suspect",
    "UndoConflict",
    "apply_full",
    "commit",
    "encoding_choices",
    "encoding_label",
    "file_region",
    "history",
    "is_full_export",
    "kind_title",
    "mangled_values",
    "mapping_names",
    "plan_full",
    "preview",
    "read",
    "record_label",
    "same_encoding",
    "sample_names",
    "save_mapping",
    "undo",
]

_MAPPING_KEY = "import_mapping:"


@dataclass(frozen=True)
class Suspect:
    """A value that looks mis-decoded (« LefÃ¨vre », « LefĶvre »), and where it is."""

    where: str
    value: str

    def to_dict(self) -> dict[str, str]:
        return {"where": self.where, "value": self.value}


@dataclass
class Preview:
    source: Source
    plan: Plan
    columns: list[ColumnReport] = field(default_factory=list)
    """Every column of a table and what becomes of it (empty for vCard and LDIF)."""
    suspects: list[Suspect] = field(default_factory=list)
    """Values that look mis-decoded: a sign that the file's encoding is not the one used."""


def read(path: Path, *, sheet: str = "", encoding: str = "") -> Source:
    """Read a file; ``encoding`` (a text file's, the user's choice) must be one Python
    knows, else one sentence says so."""
    if encoding:
        try:
            decode.canonical(encoding)
        except LookupError:
            raise AttacheError(
                translate(
                    "Import",
                    "“{encoding}” is not an encoding this program knows (for example: "
                    "utf-8, cp1252, iso8859-15, mac-roman, cp1250, shift-jis, big5, gb18030, "
                    "cp949).",
                ).format(encoding=encoding)
            ) from None
    with collector_paused():
        return reading.read_file(path, sheet=sheet, encoding=encoding)


def encoding_choices() -> list[decode.Encoding]:
    """The encodings offered to the user, named for people."""
    return decode.choices()


def encoding_label(codec: str) -> str:
    return decode.label(codec)


def same_encoding(a: str, b: str) -> bool:
    """Whether two names denote the same codec ("Windows-1252" and "cp1252")."""
    try:
        return decode.canonical(a) == decode.canonical(b)
    except LookupError:
        return a == b


_NAME_FIELDS = ("full_name", "given_name", "family_name", "native_name")


def sample_names(source: Source, count: int) -> list[str]:
    """A few names as the file was read, those with accents or other scripts first (where
    a wrong encoding shows)."""
    if source.table is None or source.mapping is None:
        names = [c.name_for_display() for c in source.contacts[:500]]
    else:
        fields = {i: c.field for i, c in source.mapping.columns.items()}
        columns = sorted(i for i, f in fields.items() if f in _NAME_FIELDS) or sorted(
            i for i, f in fields.items() if f == "organisation"
        )
        names = []
        for row in source.table.rows[:500]:
            value = " ".join(reading.cell_text(row[i]) for i in columns if i < len(row)).strip()
            if value:
                names.append(value)
    names = list(dict.fromkeys(n for n in names if n))
    names.sort(key=lambda n: n.isascii())  # stable: the file's order otherwise
    return names[:count]


_SUSPECT_FIELDS = (
    "formatted_name", "given_name", "family_name", "native_name", "organisation", "city",
)  # fmt: skip


def mangled_values(source: Source, limit: int = 50) -> list[Suspect]:
    """Values of the file that look mis-decoded (at most ``limit``), with where they are."""

    def values() -> Iterator[tuple[str, str]]:
        if source.table is not None:
            table = source.table
            headers = table.headers
            for row, where in zip(table.rows, table.locations(), strict=True):
                for index, cell in enumerate(row):
                    if isinstance(cell, str) and not cell.isascii():
                        header = headers[index] if index < len(headers) else ""
                        yield (f"{where}, {header}" if header else where), cell.strip()
        for contact in source.contacts:
            for name in _SUSPECT_FIELDS:
                yield contact.location, str(getattr(contact, name, "") or "")

    return [Suspect(w, v) for w, v in plausible.mangled_values(values(), limit)]


def mapping_names(store: Store) -> list[str]:
    return [
        str(r[0])[len(_MAPPING_KEY) :]
        for r in store.execute(
            "SELECT key FROM settings WHERE key LIKE ? ORDER BY key", (_MAPPING_KEY + "%",)
        )
    ]


def load_mapping(store: Store, name: str, headers: list[str]) -> Mapping:
    value = store.scalar("SELECT value FROM settings WHERE key = ?", (_MAPPING_KEY + name,))
    if value is None:
        known = ", ".join(mapping_names(store)) or translate("Import", "none")
        raise AttacheError(
            translate("Import", "There is no saved mapping “{name}” (saved: {known}).").format(
                name=name, known=known
            )
        )
    return Mapping.from_json(str(value), headers, name)


def save_mapping(store: Store, name: str, source: Source) -> None:
    name = name.strip()
    if not name or source.mapping is None:
        raise AttacheError(translate("Import", "A mapping needs a name and a table to map."))
    stored.put_value(store, _MAPPING_KEY + name, source.mapping.to_json(source.headers))


def column_index(source: Source, name: str) -> int:
    """The index of the column a user names by its header (accents and case as written,
    or folded) or by its number ("3")."""
    headers = source.headers
    wanted = name.strip()
    for index in range(len(headers)):
        if column_title(headers, index) == wanted:
            return index
    folded = [fold_header(column_title(headers, i)) for i in range(len(headers))]
    if fold_header(wanted) in folded:
        return folded.index(fold_header(wanted))
    if wanted.isdigit() and 1 <= int(wanted) <= len(headers):
        return int(wanted) - 1
    raise AttacheError(
        translate("Import", "{file} has no column “{name}” (columns: {columns}).").format(
            file=source.file_name,
            name=name,
            columns=", ".join(column_title(headers, i) for i in range(len(headers))),
        )
    )


def choose_columns(source: Source, *, ignore: Sequence[str] = (), keep: Sequence[str] = ()) -> None:
    """The user's choices over the automatic mapping: columns to ignore, columns to keep
    in the notes rather than in the field they were mapped to."""
    if not (ignore or keep):
        return
    if source.mapping is None:
        raise AttacheError(
            translate(
                "Import", "{file} is not a table: it has no columns to ignore or keep."
            ).format(file=source.file_name)
        )
    for names, column in ((ignore, Column("")), (keep, Column(KEEP))):
        for name in names:
            source.mapping.columns[column_index(source, name)] = column


def preview(
    store: Store,
    source: Source,
    *,
    mapping_name: str = "",
    on_duplicate: str | None = None,
    progress: Progress | None = None,
    region: str = "",
    ignore: Sequence[str] = (),
    keep: Sequence[str] = (),
) -> Preview:
    """What importing ``source`` would do. ``region`` (a country's code or name) reads the
    national phone numbers of rows that name no country, before the post's region."""
    region = file_region(region)
    with collector_paused():
        return _preview(store, source, mapping_name, on_duplicate, progress, region, ignore, keep)


def _preview(
    store: Store,
    source: Source,
    mapping_name: str,
    on_duplicate: str | None,
    progress: Progress | None,
    region: str,
    ignore: Sequence[str] = (),
    keep: Sequence[str] = (),
) -> Preview:
    if mapping_name and source.table is not None:
        saved = load_mapping(store, mapping_name, source.headers)
        if tables.promote_header(source.table, set(saved.saved_headers)):
            saved = load_mapping(store, mapping_name, source.headers)
        source.mapping = saved
    choose_columns(source, ignore=ignore, keep=keep)
    count, contacts = reading.iter_contacts(source)
    mapping_json = source.mapping.to_json(source.headers) if source.mapping is not None else "{}"
    plan = make_plan(
        store,
        contacts,
        count=count,
        file_name=source.file_name,
        sha256=source.sha256,
        format=source.format,
        mapping_json=mapping_json,
        on_duplicate=on_duplicate,
        progress=progress,
        region=region,
    )
    plan.encoding = source.encoding
    return Preview(source, plan, columns=column_report(source), suspects=mangled_values(source))


def file_region(text: str) -> str:
    """The telephone region of a country given by code or name (« FR », « France »,
    « Japon », « 台灣 »), "" for nothing; an unknown one is refused in one sentence."""
    text = text.strip()
    if not text:
        return ""
    region = normalise.phone_region(country_code(text))
    if not region:
        raise AttacheError(
            translate(
                "Import", "“{value}” is not a country with telephone numbers (for example FR, JP)."
            ).format(value=text)
        )
    return region


_IMPORT_CACHE_KB = 32 << 10
"""SQLite's page cache during an import's write, in KB (its default is 2 MB)."""


def commit(
    store: Store, plan: Plan, *, sender: str = "", progress: Progress | None = None
) -> BatchResult:
    with collector_paused(), _page_cache(store, _IMPORT_CACHE_KB):
        return batches.commit(store, plan, sender=sender, progress=progress)


@contextmanager
def _page_cache(store: Store, kilobytes: int) -> Iterator[None]:
    """A larger page cache for the connection during a bulk write, then its own again.

    An import of 100,000 rows inserts at random places of a dozen indexes (identities,
    e-mails, telephones, the search index): with SQLite's default 2 MB cache, pages are
    evicted and read again, and written to the log before the commit (cache spill). 32 MB
    hold them: the same import took ≈ 7 % less processor time (benchmarks/RESULTS.md)."""
    previous = int(store.conn.execute("PRAGMA cache_size").fetchone()[0])
    store.conn.execute(f"PRAGMA cache_size = -{kilobytes}")
    try:
        yield
    finally:
        store.conn.execute(f"PRAGMA cache_size = {previous}")


# --- full exports (importing/full.py) -----------------------------------------------------

FullPlan = full.FullPlan
FullResult = full.FullResult


def is_full_export(path: Path) -> bool:
    """Whether the file is a full export of Attaché (read back whole, not as contacts)."""
    return full.is_full_export(path)


def plan_full(
    store: Store, path: Path, *, prefer: str = "newer", progress: Progress | None = None
) -> full.FullPlan:
    """What reading a full export back would create and merge; nothing is written."""
    with collector_paused():
        return full.plan_full_import(store, path, prefer=prefer, progress=progress)


def apply_full(
    store: Store, plan: full.FullPlan, *, sender: str = "", progress: Progress | None = None
) -> full.FullResult:
    """Write a full export's plan as one import batch (undone like any other)."""
    with collector_paused(), _page_cache(store, _IMPORT_CACHE_KB):
        return full.apply(store, plan, sender=sender, progress=progress)


def history(store: Store) -> list[BatchInfo]:
    return batches.list_batches(store)


def undo(store: Store, batch_id: int, *, force: bool = False) -> dict[str, int]:
    """Undo an import batch: a contact list's, or a full export's (``importing/full.py``)."""
    if batches.batch_format(store, batch_id) == full.FORMAT:
        with collector_paused():
            return full.undo(store, batch_id, force=force)
    return batches.undo(store, batch_id, force=force)


def undo_preview(store: Store, batch_id: int) -> dict[str, int]:
    return batches.undo_preview(store, batch_id)
