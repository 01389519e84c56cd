"""A watch note marked private never reaches Paris: not in any sheet of the report, not in a
figure, a chart or the Indicateurs, not in the comparison with other periods — and the
attaché is told which notes were left out (the CLI, its JSON, the dialog), as the hand-over
does. The workbook is read back with python-calamine, a reader we did not write."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from attache_app.domain.models import Note
from attache_app.exporting.period import parse_period
from attache_app.services import exports, post, records
from attache_app.storage import Store, open_store
from tests.conftest import CliRunner, fixed_clock

Q3 = parse_period("2026-Q3")
SECRET_TITLE = "Accord confidentiel Kestrel"
SECRET_WORD = "Zanzibar-Ouest"
SECRET_THEME = "défense-privée"


def _note(store: Store, title: str, date: str, status: str, *, private: bool, theme: str) -> None:
    records.save_note(
        store,
        Note(
            title=title, date=date, status=status, private=private, themes=[theme],
            body=f"## Contexte\n\n{SECRET_WORD if private else 'Public'} text.",
            source_name="Source", url="https://example.org/n",
        ),
    )  # fmt: skip


@pytest.fixture
def post_db(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "post.db"
    with open_store(path, create=True, clock=fixed_clock, auto_backup=False) as store:
        post.update_settings(store, post_name="Kyiv", country="UA", timezone="Europe/Kyiv")
        _note(store, "Note publique", "2026-08-01", "sent", private=False, theme="IA")
        _note(store, "Note à envoyer", "2026-09-30", "to_send", private=False, theme="IA")
        # Private, sent, just inside the period at both ends; one draft; one in Q2 (the
        # previous period, compared on the cover) and one a year earlier.
        _note(store, SECRET_TITLE, "2026-07-01", "sent", private=True, theme=SECRET_THEME)
        _note(store, "Kestrel 2", "2026-09-30", "to_send", private=True, theme=SECRET_THEME)
        _note(store, "Kestrel brouillon", "2026-08-15", "draft", private=True, theme="IA")
        _note(store, "Kestrel avant", "2026-06-30", "sent", private=True, theme=SECRET_THEME)
        _note(store, "Kestrel 2025", "2025-08-01", "sent", private=True, theme=SECRET_THEME)
    yield path


def _every_cell(path: Path) -> str:
    book = CalamineWorkbook.from_path(str(path))
    return "\n".join(
        str(cell)
        for name in book.sheet_names
        for row in book.get_sheet_by_name(name).to_python()
        for cell in row
    )


def _package_text(path: Path) -> str:
    """Every XML part of the workbook (charts, tables, properties…), as text."""
    with zipfile.ZipFile(path) as package:
        return "\n".join(package.read(name).decode("utf-8") for name in package.namelist())


@pytest.mark.parametrize("drafts", [False, True])
def test_private_notes_are_nowhere_in_the_report(
    post_db: Path, tmp_path: Path, drafts: bool
) -> None:
    out = tmp_path / "q3.xlsx"
    with open_store(post_db, clock=fixed_clock, auto_backup=False) as store:
        written = exports.write_report(
            store, out, Q3, include_drafts=drafts, named_persons=True, clock=fixed_clock
        )
        built = exports.build_report(store, Q3, include_drafts=drafts, clock=fixed_clock)
    cells, package = _every_cell(out), _package_text(out)
    for secret in ("Kestrel", SECRET_WORD, SECRET_THEME):
        assert secret not in cells
        assert secret not in package
    values = written.details["indicators"]
    assert (values["notes"], values["notes.sent"], values["notes.to_send"]) == (2, 1, 1)
    assert values["notes.draft"] == 0
    themes = next(s for s in built.statistics if s.title == "Watch notes per theme")
    assert themes.rows == [("IA", 2)]
    notes = next(f for f in built.figures if f.key == "notes")
    assert (notes.value, notes.previous, notes.year_before) == (2, 0, 0)
    # Named as left out: those that would otherwise have gone (the private draft only
    # when drafts are asked for; otherwise it is among the drafts left out).
    left_out = [n["title"] for n in written.details["private_left_out"]]
    expected = [SECRET_TITLE, "Kestrel brouillon", "Kestrel 2"] if drafts else [
        SECRET_TITLE, "Kestrel 2",
    ]  # fmt: skip
    assert left_out == expected
    assert written.details["drafts_left_out"] == (0 if drafts else 1)


def test_the_cli_names_the_private_notes_left_out(
    post_db: Path, tmp_path: Path, cli: CliRunner
) -> None:
    out = tmp_path / "q3.xlsx"
    result = cli("--db", post_db, "export", "report", out, "--period", "2026-Q3")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "Left out: draft watch notes of the period: 1." in lines
    assert "Left out: private watch notes of the period: 2 (kept at post)." in lines
    assert f"  - {SECRET_TITLE}" in lines and "  - Kestrel 2" in lines
    assert "Kestrel" not in _every_cell(out)

    data = json.loads(
        cli("--db", post_db, "export", "report", out, "--period", "2026-Q3", "--json").stdout
    )
    assert [n["title"] for n in data["private_left_out"]] == [SECRET_TITLE, "Kestrel 2"]
