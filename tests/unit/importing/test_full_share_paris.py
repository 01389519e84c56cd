"""« Partager avec Paris » in the full export: written for every kind that has it, read
back; an export made before the mark existed (no ``share_paris`` column) is still read,
every record unmarked."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from attache_app.domain.enums import RecordKind
from attache_app.importing import full
from attache_app.services import exports, records
from attache_app.storage import open_store
from tests.conftest import fixed_clock

MARKED = ("persons", "organisations", "notes", "interactions", "programmes", "calls",
          "deadlines", "applications")  # fmt: skip


def test_an_export_from_before_the_mark_is_read_unmarked(demo_path: Path, tmp_path: Path) -> None:
    out, older = tmp_path / "all.xlsx", tmp_path / "older.xlsx"
    with open_store(demo_path, clock=fixed_clock, auto_backup=False) as demo:
        first = records.list_ids(demo, RecordKind.PERSON)[0]
        person = records.get_person(demo, first)
        person.share_paris = True
        records.save_person(demo, person)
        exports.write_all(demo, out)
        counts = {t: demo.scalar(f"SELECT count(*) FROM {t}") for t in MARKED}
    book = openpyxl.load_workbook(out)
    dropped = 0
    for sheet in book.worksheets:
        headers = [c.value for c in sheet[1]]
        if "share_paris" in headers:
            sheet.delete_cols(headers.index("share_paris") + 1)
            dropped += 1
    assert dropped == len(MARKED)
    book.save(older)
    with open_store(tmp_path / "again.db", create=True, clock=fixed_clock) as fresh:
        full.apply(fresh, full.plan_full_import(fresh, older))
        for table in MARKED:
            assert fresh.scalar(f"SELECT count(*) FROM {table}") == counts[table], table
            assert fresh.scalar(f"SELECT count(*) FROM {table} WHERE share_paris != 0") == 0
    with open_store(tmp_path / "current.db", create=True, clock=fixed_clock) as fresh:
        full.apply(fresh, full.plan_full_import(fresh, out))
        marked = fresh.query("SELECT uuid FROM persons WHERE share_paris = 1")
        assert [r["uuid"] for r in marked] == [person.uuid]
