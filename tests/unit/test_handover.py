"""The hand-over package, read by other programs: msoffcrypto opens it with its password,
python-calamine reads its sheets, LibreOffice prints its note."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msoffcrypto
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from attache_app.domain.models import Note, Person
from attache_app.domain.timeutil import today_in
from attache_app.errors import AttacheError
from attache_app.exporting import full
from attache_app.exporting.files import Cancelled
from attache_app.services import handover, records
from attache_app.storage import Store, open_store
from attache_app.storage.settings import load_settings
from tests.conftest import fixed_clock

PASSWORD = "relève-de-septembre"


def _decrypted(path: Path, password: str) -> bytes:
    clear = io.BytesIO()
    with path.open("rb") as stream:
        office = msoffcrypto.OfficeFile(stream)
        office.load_key(password=password)
        office.decrypt(clear)
    return clear.getvalue()


def _sheets(data: bytes) -> dict[str, list[list[Any]]]:
    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def _table(rows: list[list[Any]]) -> list[dict[str, Any]]:
    """The rows of a full-export sheet as dicts, by the header row (the one with ``uuid``)."""
    at = next(i for i, r in enumerate(rows) if "uuid" in r)
    header = [str(h) for h in rows[at]]
    return [dict(zip(header, r, strict=False)) for r in rows[at + 1 :] if any(r)]


def _custom_properties(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("docProps/custom.xml").decode()


@pytest.fixture
def post(demo_store: Store) -> Store:
    """The demo post with three private notes (the demo's) and two persons due for review."""
    for person_id in (3, 4):
        person = records.get_person(demo_store, person_id)
        records.save_person(demo_store, dataclasses.replace(person, review_date="2020-01-01"))
    return demo_store


def test_the_package_opens_with_its_password_and_leaves_out_what_it_says(
    post: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "passation.xlsx"
    package = handover.write_package(post, out, password=PASSWORD, clock=fixed_clock)
    assert not out.read_bytes().startswith(b"PK")  # an encrypted container, not a zip
    with pytest.raises(Exception):  # noqa: B017 - no reader opens it without the password
        CalamineWorkbook.from_path(str(out))
    data = _decrypted(out, PASSWORD)
    sheets = _sheets(data)
    names = list(sheets)
    assert names[0] == "Hand-over note"
    assert names[1:] == [k.title for k in full.KINDS] + ["About"]  # the full export's
    assert 'name="AttacheHandover"' in _custom_properties(data)

    private = {n.title for n in _notes(post) if n.private}
    overdue = {p.display_name for p in _persons(post) if p.review_date == "2020-01-01"}
    assert len(private) == 3 and len(overdue) == 2
    assert {t for _i, t in package.scope.private_notes} == private
    assert {n for _i, n in package.scope.left_out_persons} == overdue
    notes = _table(sheets["Watch notes"])
    persons = _table(sheets["Persons"])
    assert {r["title"] for r in notes}.isdisjoint(private)
    assert len(notes) == len(_notes(post)) - 3 == package.scope.counts["notes"]
    assert len(persons) == len(_persons(post)) - 2 == package.scope.counts["persons"]
    # Nothing of them anywhere in the workbook: not a name in a link column, not a title.
    every_text = "\n".join(
        str(cell) for rows in sheets.values() for row in rows for cell in row if cell
    )
    for text in private | overdue:
        assert text not in every_text
    # The note says what was left out, and counts what is in.
    note = "\n".join(str(c) for row in sheets["Hand-over note"] for c in row if c)
    assert "Private watch notes: 3" in note and "review date has come: 2" in note
    assert f"persons: {package.scope.counts['persons']}" in note
    # Nothing but the package was written.
    assert [p.name for p in folder.iterdir()] == ["passation.xlsx"]


def test_a_wrong_password_does_not_open_it(post: Store, tmp_path: Path) -> None:
    out = tmp_path / "p.xlsx"
    handover.write_package(post, out, password=PASSWORD, clock=fixed_clock)
    with pytest.raises(Exception):  # noqa: B017 - msoffcrypto's own error
        _decrypted(out, "relève-de-octobre!")


def test_persons_due_for_review_go_in_when_chosen(post: Store, tmp_path: Path) -> None:
    out = tmp_path / "p.xlsx"
    package = handover.write_package(
        post, out, password=None, include_overdue_review=True, clock=fixed_clock
    )
    persons = _table(_sheets(out.read_bytes())["Persons"])
    assert len(persons) == len(_persons(post)) == package.scope.counts["persons"]
    assert package.scope.left_out_persons == [] and len(package.scope.overdue_persons) == 2
    assert "handed over all the same" in "\n".join(package.scope.left_out())


def test_the_database_is_left_exactly_as_it_was(post: Store, tmp_path: Path) -> None:
    before = _dump(post)
    handover.write_package(post, tmp_path / "p.xlsx", password=PASSWORD, clock=fixed_clock)
    assert _dump(post) == before


def _dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    tables = [
        str(r[0])
        for r in store.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search%'"
        )
    ]
    return {t: [tuple(r) for r in store.execute(f"SELECT * FROM {t}")] for t in tables}


def _notes(store: Store) -> list[Note]:
    return [n for n in records.get_many(store, "note", records.list_ids(store, "note"))
            if isinstance(n, Note)]  # fmt: skip


def _persons(store: Store) -> list[Person]:
    return [p for p in records.get_many(store, "person", records.list_ids(store, "person"))
            if isinstance(p, Person)]  # fmt: skip


@pytest.fixture
def encrypted_post(tmp_path: Path) -> Iterator[Store]:
    with open_store(
        tmp_path / "secret.db", create=True, passphrase="une phrase de passe", clock=fixed_clock
    ) as store:
        records.save_person(store, Person(given_name="Mei", family_name="Lin"))
        records.save_note(store, Note(title="Confidences", date="2026-01-05", private=True))
        yield store


def test_an_encrypted_database_hands_over_only_a_protected_package(
    encrypted_post: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "p.xlsx"
    with pytest.raises(AttacheError, match="must be protected by a password"):
        handover.write_package(encrypted_post, out, password=None)
    assert not out.exists()
    # While the package is written, the copy it is made from is encrypted too: no file of
    # its temporary folder holds a clear SQLite database.
    seen: list[Path] = []
    write_all = full.write_all

    def watching(store: Store, path: Path, **options: Any) -> Any:
        assert store.path is not None and store.path != encrypted_post.path
        for found in store.path.parent.rglob("*"):
            if found.is_file():
                seen.append(found)
                assert not found.read_bytes().startswith(b"SQLite format 3"), found
        return write_all(store, path, **options)

    monkeypatch.setattr(full, "write_all", watching)
    handover.write_package(encrypted_post, out, password=PASSWORD)
    assert any(p.name == "handover.db" for p in seen)
    assert not any(p.exists() for p in seen if p.suffix == ".db")  # removed after
    sheets = _sheets(_decrypted(out, PASSWORD))
    assert [r["family_name"] for r in _table(sheets["Persons"])] == ["Lin"]
    assert _table(sheets["Watch notes"]) == []


def test_a_short_password_and_a_bad_destination_are_one_sentence(
    post: Store, tmp_path: Path
) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(AttacheError, match="at least 8 characters"):
        handover.write_package(post, tmp_path / "p.xlsx", password="court")
    with pytest.raises(AttacheError, match="Cannot write") as caught:
        handover.write_package(post, tmp_path / "missing" / "p.xlsx", password=PASSWORD)
    assert "\n" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_cancel_leaves_no_file(post: Store, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()

    def cancel(done: int, total: int) -> None:
        if done > 0:
            raise Cancelled

    with pytest.raises(Cancelled):
        handover.write_package(post, tmp_path / "p.xlsx", password=PASSWORD, progress=cancel)
    assert list(tmp_path.iterdir()) == []


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    notes=st.lists(st.booleans(), max_size=6),
    reviews=st.lists(
        st.sampled_from(["", "2020-01-01", "2026-11-22", "2026-11-23", "2026-11-24", "2099-01-01"]),
        max_size=6,
    ),
    include=st.booleans(),
)
def test_exactly_the_records_not_left_out_are_handed_over(
    notes: list[bool], reviews: list[str], include: bool
) -> None:
    """By construction: private notes never go, persons whose review date has come (the
    fixed clock's day included) go only when chosen, every other record goes."""
    with tempfile.TemporaryDirectory() as where:
        folder = Path(where)
        with open_store(folder / "p.db", create=True, clock=fixed_clock) as store:
            today = today_in(load_settings(store).timezone, fixed_clock).isoformat()
            kept_notes, kept_persons = set(), set()
            for i, private in enumerate(notes):
                saved = records.save_note(
                    store, Note(title=f"Note {i}", date="2026-01-01", private=private)
                )
                if not private:
                    kept_notes.add(saved.uuid)
            for i, review in enumerate(reviews):
                saved_person = records.save_person(
                    store, Person(given_name=f"P{i}", family_name="Test", review_date=review)
                )
                if include or not (review and review <= today):
                    kept_persons.add(saved_person.uuid)
            out = folder / "p.xlsx"
            handover.write_package(
                store, out, password=None, include_overdue_review=include, clock=fixed_clock
            )
        sheets = _sheets(out.read_bytes())
        assert {r["uuid"] for r in _table(sheets["Watch notes"])} == kept_notes
        assert {r["uuid"] for r in _table(sheets["Persons"])} == kept_persons


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice is not installed here (CI installs libreoffice-calc-nogui)",
)
def test_the_note_prints_as_a_document_with_libreoffice(post: Store, tmp_path: Path) -> None:
    """The note alone (LibreOffice prints every sheet of a workbook; the note is the
    package's first, so its pages come first): a title page and the four sections."""
    out = tmp_path / "passation.xlsx"
    handover.write_package(post, out, password=None, clock=fixed_clock)
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    pdf = tmp_path / "passation.pdf"
    assert result.returncode == 0 and pdf.exists(), result.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) >= 8  # the note, then every sheet
    if shutil.which("pdftotext") is not None:
        text = subprocess.run(
            ["pdftotext", "-l", "6", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        for heading in (
            "Hand-over note",
            "1. Key organisations and contacts by theme",
            "2. Open follow-ups",
            "3. Deadlines and reminders of the next 12 months",
        ):
            assert heading in text
        # The note's columns are on the page, not cut onto a second one: the last column's
        # header is on the same page as the first.
        first_page = text.split("\f")[0]
        assert "Organisation" in first_page and "Activities" in first_page


def test_the_note_lists_the_next_twelve_months(post: Store, tmp_path: Path) -> None:
    out = tmp_path / "p.xlsx"
    handover.write_package(post, out, password=None, clock=fixed_clock)
    note = _sheets(out.read_bytes())["Hand-over note"]
    at = next(i for i, r in enumerate(note) if r[0] == "3. Deadlines and reminders of the next "
              "12 months")  # fmt: skip
    rows = []
    for row in note[at + 2 :]:
        if not isinstance(row[1], dt.date | dt.datetime):
            break
        rows.append(row)
    now = fixed_clock().replace(tzinfo=None)
    assert rows, "the demo has deadlines in the next year"
    for row in rows:
        when = row[1] if isinstance(row[1], dt.datetime) else dt.datetime.combine(row[1], dt.time())
        assert now - dt.timedelta(days=1) <= when <= now + dt.timedelta(days=367)
