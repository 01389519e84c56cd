"""GDPR: erasure leaves nothing readable in the file or its WAL, even after an import and
in the search index; right of access gathers everything; review dates come due."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from attache_app.domain.models import EmailAddress, Interaction, Note, Person, Phone
from attache_app.errors import AttacheError, NotFoundError, ValidationError
from attache_app.services import imports, privacy, records, search
from attache_app.storage import Store, open_store
from tests.conftest import fixed_clock

SECRET = Person(
    given_name="Zébulon",
    family_name="Quaxworth",
    native_name="郭翠霞",
    emails=[EmailAddress("zq.unique@quaxmail.example")],
    phones=[Phone("+886 2 8765 4321")],
    notes="Rencontré au salon Xylophonia, parle de son projet Plumbago.",
)


def _words() -> list[str]:
    return ["Quaxworth", "Zébulon", "郭翠霞", "zq.unique@quaxmail.example", "Xylophonia",
            "Plumbago", "8765 4321"]  # fmt: skip


def test_erasure_leaves_nothing_readable(store: Store, tmp_path: Path) -> None:
    person = records.save_person(store, SECRET)
    assert person.id is not None
    note = records.save_note(
        store, Note(title="Salon", date="2026-11-01", person_ids=[person.id], body="ok")
    )
    records.save_interaction(
        store, Interaction(kind="meeting", date="2026-11-02", title="RDV", person_ids=[person.id])
    )
    assert [h.id for h in search.search(store, "quaxworth")] == [person.id]
    assert store.path is not None
    assert privacy.raw_traces(store.path, _words())  # there before (file or WAL)

    report = privacy.erase_person(store, person.id)
    assert report.traces_left == []
    assert report.links_removed >= 4
    assert privacy.raw_traces(store.path, _words()) == []
    assert search.search(store, "quaxworth") == []
    with pytest.raises(NotFoundError):
        records.get_person(store, person.id)
    assert records.get_note(store, note.id or 0).person_ids == []  # the note stays, unlinked


def test_erasure_after_an_import_removes_the_history(tmp_path: Path) -> None:
    path = tmp_path / "post.db"
    listing = tmp_path / "liste.csv"
    listing.write_text(
        "Prénom;Nom;Courriel;Notes\r\n"
        "Zébulon;Quaxworth;zq.unique@quaxmail.example;Projet Plumbago\r\n"
        "Marie;Durand;marie.durand@example.org;\r\n",
        encoding="utf-8-sig",
    )
    with open_store(path, create=True, clock=fixed_clock) as store:
        preview = imports.preview(store, imports.read(listing))
        batch = imports.commit(store, preview.plan).batch
        person_id = store.scalar("SELECT id FROM persons WHERE family_name = 'Quaxworth'")
        data = privacy.person_data(store, person_id, clock=fixed_clock)
        assert [h["file"] for h in data["import_history"]] == ["liste.csv"]
        report = privacy.erase_person(store, person_id)
        assert report.import_entries_removed == 1 and report.traces_left == []
        # Undoing the import now removes Marie only; the erased person does not come back.
        assert batch is not None
        imports.undo(store, batch)
        assert store.scalar("SELECT count(*) FROM persons") == 0
    assert privacy.raw_traces(path, ["Quaxworth", "zq.unique", "Plumbago"]) == []


def test_erasing_a_missing_person_is_explained(store: Store) -> None:
    with pytest.raises(NotFoundError):
        privacy.erase_person(store, 999)


def test_right_of_access_gathers_everything(demo_store: Store, tmp_path: Path) -> None:
    person_id = demo_store.scalar(
        "SELECT person_id FROM note_persons GROUP BY person_id ORDER BY count(*) DESC LIMIT 1"
    )
    out = tmp_path / "data.json"
    privacy.write_person_data(demo_store, person_id, out, clock=fixed_clock)
    data = json.loads(out.read_text("utf-8"))
    person = records.get_person(demo_store, person_id)
    assert data["person"]["family_name"] == person.family_name
    assert data["person"]["emails"][0]["address"] == person.primary_email
    notes = demo_store.scalar("SELECT count(*) FROM note_persons WHERE person_id = ?", [person_id])
    assert len(data["watch_notes"]) == notes > 0
    assert "organisation" in data or person.organisation_id is None
    assert data["generated"].startswith("2026-11-23")


def test_review_dates_come_due(store: Store) -> None:
    due_soon = records.save_person(store, Person(family_name="A", review_date="2026-11-23"))
    records.save_person(store, Person(family_name="B", review_date="2027-01-01"))
    records.save_person(store, Person(family_name="C"))
    assert [p.id for p in privacy.due_for_review(store, clock=fixed_clock)] == [due_soon.id]
    later = lambda: dt.datetime(2027, 1, 2, tzinfo=dt.UTC)  # noqa: E731
    assert len(privacy.due_for_review(store, clock=later)) == 2
    with pytest.raises(ValidationError, match=r"date"):
        records.save_person(store, Person(family_name="D", review_date="someday"))
    assert due_soon.source == "manual"  # entered by hand


def test_import_records_the_source(store: Store, tmp_path: Path) -> None:
    listing = tmp_path / "from-tokyo.csv"
    listing.write_text("Name,Email\nAiko Sato,aiko@example.jp\n", encoding="utf-8")
    preview = imports.preview(store, imports.read(listing))
    imports.commit(store, preview.plan, sender="SST Tokyo")
    source = store.scalar("SELECT source FROM persons")
    assert "from-tokyo.csv" in source and "SST Tokyo" in source


def test_read_only_database_cannot_erase(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with open_store(path, create=True, clock=fixed_clock) as store:
        person = records.save_person(store, SECRET)
    with open_store(path, readonly=True) as store, pytest.raises(AttacheError, match="read-only"):
        privacy.erase_person(store, person.id or 0)
