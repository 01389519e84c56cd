"""An old or damaged full export gets one sentence — the file, the sheet, the row, the
column and why — and nothing is written."""

from __future__ import annotations

import hashlib
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from openpyxl.packaging.custom import StringProperty

from attache_app.importing import full
from attache_app.importing.contact import ImportFileError
from attache_app.services import exports
from attache_app.storage import Store, open_store
from tests.conftest import fixed_clock


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    out = tmp_path_factory.mktemp("full") / "all.xlsx"
    with open_store(demo_template, clock=fixed_clock, auto_backup=False) as demo:
        exports.write_all(demo, out)
    return out


def _damaged(export: Path, tmp_path: Path, change: Callable[[openpyxl.Workbook], None]) -> Path:
    path = tmp_path / "damaged.xlsx"
    book = openpyxl.load_workbook(export)
    change(book)
    book.save(path)
    return path


def _content(db: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


def _refused(store: Store, path: Path, *expected: str) -> str:
    before = _content(store.path)
    with pytest.raises(ImportFileError) as caught:
        full.plan_full_import(store, path)
    message = str(caught.value)
    assert message.startswith(path.name), message
    for part in expected:
        assert part in message, message
    assert "\n" not in message and "Traceback" not in message
    assert _content(store.path) == before  # nothing written
    return message


def _cell(book: openpyxl.Workbook, sheet: str, header: str, row: int = 2) -> openpyxl.cell.Cell:
    ws = book[sheet]
    column = [c.value for c in ws[1]].index(header) + 1
    return ws.cell(row=row, column=column)


def test_a_missing_sheet(store: Store, export: Path, tmp_path: Path) -> None:
    path = _damaged(export, tmp_path, lambda b: b.remove(b["Deadlines"]))
    _refused(store, path, "“Deadlines”", "is missing", "nothing was imported")


def test_an_unknown_version(store: Store, export: Path, tmp_path: Path) -> None:
    def newer(book: openpyxl.Workbook) -> None:
        custom = book.custom_doc_props
        for prop in list(custom):
            if prop.name == "AttacheExport":
                custom.props.remove(prop)
        custom.append(StringProperty(name="AttacheExport", value="9"))

    _refused(store, _damaged(export, tmp_path, newer), "version 9", "newer Attaché")


def test_an_export_of_the_earlier_layout(store: Store, tmp_path: Path) -> None:
    """Before version markers: recognised as an Attaché export by its sheets, refused whole,
    and the sentence says how to import its persons as contacts."""
    path = tmp_path / "old.xlsx"
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Personnes"
    ws.append(["id", "civility", "given_name", "family_name", "native_name", "title",
               "organisation", "department", "emails", "phones", "organisation_id"])  # fmt: skip
    ws.append([1, "", "Hélène", "Lefèvre", "", "", "", "", "travail: h@l.fr", "", None])
    for title in ("Organisations", "Veille", "Activités", "Programmes", "Appels", "Échéances"):
        book.create_sheet(title).append(["id"])
    book.save(path)
    assert full.is_full_export(path)
    _refused(store, path, "earlier version", "--sheet")


def test_not_a_full_export(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Nom", "Prénom"])
    book.save(path)
    assert not full.is_full_export(path)
    _refused(store, path, "not a full export")


def test_a_bad_identity(store: Store, export: Path, tmp_path: Path) -> None:
    def bad(book: openpyxl.Workbook) -> None:
        _cell(book, "Persons", "uuid", 5).value = "not-a-uuid"

    message = _refused(store, _damaged(export, tmp_path, bad), "“not-a-uuid” is not an identity")
    assert "sheet “Persons”, row 5, column uuid" in message


def test_a_link_to_an_identity_that_is_nowhere(store: Store, export: Path, tmp_path: Path) -> None:
    nowhere = str(uuid.uuid4())

    def dangling(book: openpyxl.Workbook) -> None:
        _cell(book, "Watch notes", "person_uuids", 3).value = nowhere

    message = _refused(store, _damaged(export, tmp_path, dangling), nowhere, "not whole")
    assert "sheet “Watch notes”, row 3, person_uuids" in message


def test_a_broken_row(store: Store, export: Path, tmp_path: Path) -> None:
    def broken(book: openpyxl.Workbook) -> None:
        _cell(book, "Calls", "year", 4).value = "deux mille"

    message = _refused(store, _damaged(export, tmp_path, broken), "is not a whole number")
    assert "sheet “Calls”, row 4, column year" in message


def test_a_missing_column(store: Store, export: Path, tmp_path: Path) -> None:
    def cut(book: openpyxl.Workbook) -> None:
        ws = book["Organisations"]
        column = [c.value for c in ws[1]].index("uuid") + 1
        ws.delete_cols(column)

    _refused(store, _damaged(export, tmp_path, cut), "“Organisations” has no column “uuid”")


def test_the_same_identity_twice(store: Store, export: Path, tmp_path: Path) -> None:
    def twice(book: openpyxl.Workbook) -> None:
        _cell(book, "Programmes", "uuid", 3).value = _cell(book, "Programmes", "uuid", 2).value

    message = _refused(store, _damaged(export, tmp_path, twice), "row 2 has the same identity")
    assert "row 3" in message


def test_a_truncated_file(store: Store, export: Path, tmp_path: Path) -> None:
    path = tmp_path / "cut.xlsx"
    path.write_bytes(export.read_bytes()[: export.stat().st_size // 2])
    assert not full.is_full_export(path)
    _refused(store, path, "not a full export")


def test_a_link_to_a_record_of_the_database_is_not_broken(
    demo_store: Store, export: Path, tmp_path: Path
) -> None:
    """A file without some records is still whole when the database has them."""

    def without_persons(book: openpyxl.Workbook) -> None:
        ws = book["Persons"]
        ws.delete_rows(2, ws.max_row)

    path = _damaged(export, tmp_path, without_persons)
    plan = full.plan_full_import(demo_store, path)
    assert plan.counts()["notes"]["new"] == 0


def test_the_command_line_says_it_in_one_sentence(
    cli: Callable[..., object], export: Path, tmp_path: Path
) -> None:
    db = tmp_path / "cli.db"
    path = _damaged(export, tmp_path, lambda b: b.remove(b["Calls"]))
    shutil.copyfile(path, tmp_path / "sans appels.xlsx")
    assert cli("--db", db, "init").returncode == 0  # type: ignore[attr-defined]
    before = _content(db)
    result = cli("--db", db, "import", tmp_path / "sans appels.xlsx")
    assert result.returncode == 1  # type: ignore[attr-defined]
    err = result.stderr  # type: ignore[attr-defined]
    assert "sans appels.xlsx" in err and "“Calls”" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert _content(db) == before


def test_telling_an_export_never_waits_on_a_pipe(tmp_path: Path) -> None:
    """A FIFO named .xlsx: recognising it must not open it to wait for a writer."""
    import os

    fifo = tmp_path / "tout.xlsx"
    os.mkfifo(fifo)
    assert not full.is_full_export(fifo)
    assert not full.is_full_export(tmp_path / "missing.xlsx")
    assert not full.is_full_export(tmp_path)
