"""What of a table is not read as contacts is named (issue 14: every dropped thing is
named): the other sheets of a workbook, the rows above the header (a title), the totals
rows — in the preview's sentence, the wizard's summary and `--dry-run --json`. Checked over
generated workbooks and CSV files whose skipped rows are known by construction."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attache_app.importing.reading import not_read_summary, read_file
from tests.conftest import CliRunner

_TITLES = ["Liste des partenaires 2026", "Mise à jour : novembre", "Ne pas diffuser"]
_HEADER = ["Nom", "Prénom", "Organisme", "Courriel"]


def _rows(
    titles: int, people: int, totals: bool, notes: int = 0
) -> tuple[list[list[object]], list[int], int, list[int]]:
    """(rows, the numbers of the title rows, the number of the totals row or 0, the numbers
    of the notes under the table, after a blank line)."""
    rows: list[list[object]] = [[t] for t in _TITLES[:titles]]
    title_numbers = list(range(1, titles + 1))
    rows.append(list(_HEADER))
    rows += [[f"Nom{n}", f"Prénom{n}", "CNRS", f"p{n}@example.fr"] for n in range(people)]
    total = 0
    if totals:
        rows.append(["Total", people])
        total = len(rows)
    note_numbers = []
    if notes:
        rows.append([])
        for text in ["Source : annuaire du SST, mise à jour 2025", "Ne pas diffuser hors du poste"][
            :notes
        ]:
            rows.append([text])
            note_numbers.append(len(rows))
    return rows, title_numbers, total, note_numbers


def _workbook(path: Path, rows: list[list[object]], sheets_before: int) -> Path:
    """The rows on a sheet « Contacts », after ``sheets_before`` other sheets (« Lisez-moi »
    first)."""
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    if sheets_before:
        first.title = "Lisez-moi"
        first.append(["Ce classeur liste les partenaires."])
        for n in range(sheets_before - 1):
            book.create_sheet(f"Notes {n}").append(["rien"])
        sheet = book.create_sheet("Contacts")
    else:
        sheet = first
        sheet.title = "Contacts"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    titles=st.integers(0, 3),
    people=st.integers(1, 6),
    totals=st.booleans(),
    notes=st.integers(0, 2),
    sheets_before=st.integers(0, 2),
    workbook=st.booleans(),
)
def test_the_rows_and_sheets_not_read_are_the_ones_made(
    tmp_path_factory: pytest.TempPathFactory,
    titles: int,
    people: int,
    totals: bool,
    notes: int,
    sheets_before: int,
    workbook: bool,
) -> None:
    rows, title_numbers, total, note_numbers = _rows(titles, people, totals, notes)
    folder = tmp_path_factory.mktemp("rows")
    if workbook:
        path = _workbook(folder / "list.xlsx", rows, sheets_before)
    else:
        path = folder / "list.csv"
        with path.open("w", encoding="utf-8", newline="") as stream:
            csv.writer(stream, delimiter=";").writerows(rows)
    source = read_file(path)
    assert source.table is not None
    expected = [(n, "title") for n in title_numbers] + ([(total, "totals")] if totals else [])
    expected += [(n, "notes") for n in note_numbers]
    assert source.table.skipped == expected
    assert len(source.table.rows) == people
    sentence = not_read_summary(source)
    for n, _why in expected:
        assert f"{'line' if not workbook else 'row'} {n}" in sentence
    if workbook and sheets_before:
        assert "« Lisez-moi »" in sentence and "« Contacts »" in sentence
    if not expected and not (workbook and sheets_before):
        assert sentence == ""


def test_the_dry_run_names_them_in_json_and_in_words(cli: CliRunner, tmp_path: Path) -> None:
    rows, _titles, _total, _notes = _rows(2, 3, True, 1)
    path = _workbook(tmp_path / "list.xlsx", rows, sheets_before=1)
    db = tmp_path / "x.db"
    assert cli("--db", db, "init").returncode == 0
    found = json.loads(cli("--db", db, "import", path, "--dry-run", "--json").stdout)
    assert (found["sheet"], found["other_sheets"]) == ("Contacts", ["Lisez-moi"])
    assert found["rows_not_read"] == [
        {"where": "row 1", "why": "title"},
        {"where": "row 2", "why": "title"},
        {"where": "row 7", "why": "totals"},
        {"where": "row 9", "why": "notes"},
    ]
    words = cli("--db", db, "import", path, "--dry-run", env={"ATTACHE_LANG": "fr"}).stdout
    assert "Feuille lue : « Contacts » ; non lues : « Lisez-moi »." in words
    assert "Au-dessus de l’en-tête, non lu comme contacts : ligne 1, ligne 2." in words
    assert "Lignes de total, non lues comme contacts : ligne 7." in words
    assert "Notes sous le tableau, non lues comme contacts : ligne 9." in words
