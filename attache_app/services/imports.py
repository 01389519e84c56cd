"""Importing contact files: the one path for the command line and the GUI wizard.

``preview`` reads, maps and plans without writing anything; ``commit`` writes a plan as one
batch; ``undo`` takes a batch back. Named mappings are kept in the database, with the data
they describe, so that the next file from the same sender maps itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from attache_app.domain import normalise
from attache_app.domain.countries import country_code
from attache_app.errors import AttacheError
from attache_app.i18n import translate
from attache_app.importing import batches, reading, tables
from attache_app.importing.batches import BatchInfo, BatchResult, UndoConflict
from attache_app.importing.mapping import Mapping
from attache_app.importing.plan import ACTIONS, Plan, Progress, make_plan
from attache_app.importing.reading import Source
from attache_app.storage.db import Store

__all__ = [
    "ACTIONS",
    "BatchInfo",
    "BatchResult",
    "Preview",
    "Source",
    "UndoConflict",
    "commit",
    "file_region",
    "history",
    "mapping_names",
    "preview",
    "read",
    "save_mapping",
    "undo",
]

_MAPPING_KEY = "import_mapping:"


@dataclass
class Preview:
    source: Source
    plan: Plan


def read(path: Path, *, sheet: str = "") -> Source:
    return reading.read_file(path, sheet=sheet)


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
    now = store.now()
    with store.transaction():
        store.execute(
            "INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
            "updated_at = excluded.updated_at",
            (_MAPPING_KEY + name, source.mapping.to_json(source.headers), now, now),
        )


def preview(
    store: Store,
    source: Source,
    *,
    mapping_name: str = "",
    on_duplicate: str | None = None,
    progress: Progress | None = None,
    region: str = "",
) -> Preview:
    """What importing ``source`` would do. ``region`` (a country's code or name) reads the
    national phone numbers of rows that name no country, before the post's region."""
    region = file_region(region)
    if mapping_name and source.table is not None:
        saved = load_mapping(store, mapping_name, source.headers)
        if tables.promote_header(source.table, set(saved.saved_headers)):
            saved = load_mapping(store, mapping_name, source.headers)
        source.mapping = saved
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
    return Preview(source, plan)


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


def commit(
    store: Store, plan: Plan, *, sender: str = "", progress: Progress | None = None
) -> BatchResult:
    return batches.commit(store, plan, sender=sender, progress=progress)


def history(store: Store) -> list[BatchInfo]:
    return batches.list_batches(store)


def undo(store: Store, batch_id: int, *, force: bool = False) -> dict[str, int]:
    return batches.undo(store, batch_id, force=force)
