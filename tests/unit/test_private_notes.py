"""Private notes: the flag is stored, read back, upgraded into old files and exported."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Note
from attache_app.exporting import full
from attache_app.services import records
from attache_app.storage import Store, migrations, open_store
from tests.conftest import fixed_clock

V1 = Path(__file__).parents[1] / "data" / "schema_v1.db"


def test_private_is_stored_and_read_back(store: Store) -> None:
    kept = records.save_note(store, Note(title="Dîner", date="2026-03-01", private=True))
    shared = records.save_note(store, Note(title="Salon", date="2026-03-02"))
    assert kept.id is not None and shared.id is not None
    assert records.get(store, RecordKind.NOTE, kept.id).private is True  # type: ignore[union-attr]
    assert records.get(store, RecordKind.NOTE, shared.id).private is False  # type: ignore[union-attr]
    # SQLite holds the flag as 0/1, never as the text of a boolean.
    assert store.conn.execute("SELECT private FROM notes ORDER BY id").fetchall() == [(1,), (0,)]
    records.save_note(store, Note(**(kept.to_dict() | {"private": False})))
    assert records.get(store, RecordKind.NOTE, kept.id).private is False  # type: ignore[union-attr]


@settings(max_examples=25, deadline=None)
@given(flags=st.lists(st.booleans(), min_size=1, max_size=8))
def test_any_mixture_of_flags_survives(flags: list[bool]) -> None:
    with (
        tempfile.TemporaryDirectory() as where,
        open_store(Path(where) / "p.db", create=True) as store,
    ):
        saved = [
            records.save_note(store, Note(title=f"N{i}", date="2026-01-01", private=f))
            for i, f in enumerate(flags)
        ]
        back = [records.get(store, RecordKind.NOTE, n.id or 0) for n in saved]
        assert [n.private for n in back if isinstance(n, Note)] == flags


def test_an_old_file_upgrades_with_every_note_shared(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(V1, path)
    raw = sqlite3.connect(path)
    count = raw.execute("SELECT count(*) FROM notes").fetchone()[0]
    raw.close()
    with open_store(path, clock=fixed_clock) as store:
        assert migrations.current_version(store.conn) == migrations.LATEST_VERSION
        column = [r for r in store.conn.execute("PRAGMA table_info(notes)") if r[1] == "private"]
        assert column and column[0][3] == 1  # NOT NULL
        assert store.scalar("SELECT count(*) FROM notes WHERE private = 0") == count


def test_the_full_export_carries_the_flag(store: Store, tmp_path: Path) -> None:
    records.save_note(store, Note(title="Privée", date="2026-03-01", private=True))
    records.save_note(store, Note(title="Partagée", date="2026-03-02"))
    out = tmp_path / "all.xlsx"
    full.write_all(store, out)
    sheet = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Watch notes").to_python()
    header_row = next(i for i, r in enumerate(sheet) if "private" in r)
    header = sheet[header_row]
    rows = [dict(zip(header, r, strict=True)) for r in sheet[header_row + 1 :] if r[1]]
    flags = {r["title"]: int(r["private"]) for r in rows if r["title"]}
    assert flags == {"Privée": 1, "Partagée": 0}
