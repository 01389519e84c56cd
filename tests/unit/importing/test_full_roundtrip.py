"""The full export read back into an empty database gives the same database: every table
compared row by row with ids mapped through identities (``full_compare``), for the example
post and for generated records; python-calamine reads the workbook as a second reader."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from attache_app.domain.models import (
    Application,
    EmailAddress,
    Interaction,
    Note,
    Organisation,
    Person,
    Phone,
)
from attache_app.importing import full
from attache_app.services import exports, programmes, records, reminders
from attache_app.storage import Store, open_store
from attache_app.storage import interactions as interaction_repo
from attache_app.storage import organisations as org_repo
from attache_app.storage import persons as person_repo
from attache_app.storage.full_kinds import KINDS
from tests.conftest import fixed_clock
from tests.unit.importing.full_compare import compare


def _later() -> dt.datetime:
    return fixed_clock() + dt.timedelta(days=3, hours=5)


def _enrich(store: Store) -> dict[str, str]:
    """What the example post lacks: an application, reminders done and snoozed, a tag with
    a comma, a native-only person, a Taiwanese mobile typed nationally."""
    org = records.get_organisation(store, 1)
    person = records.save_person(
        store,
        Person(
            native_name="陳志明", organisation_id=org.id, country="TW",
            phones=[Phone("0912 345 678", "mobile")],
            emails=[EmailAddress("chen@example.tw", "work")], tags=["Réseau, Alumni"],
            share_paris=True,
        ),
    )  # fmt: skip
    call_id = int(store.scalar("SELECT id FROM calls ORDER BY id LIMIT 1"))
    programmes.save_application(
        store,
        Application(
            call_id=call_id, title="Capteurs quantiques", french_team="LKB", partner_team="NTU",
            person_ids=[person.id or 0], organisation_ids=[org.id or 0], share_paris=True,
        ),
    )  # fmt: skip
    deadline = records.get_deadline(store, int(store.scalar("SELECT min(id) FROM deadlines")))
    reminders.mark_done(store, f"{deadline.id}:{deadline.reminders[0]}")
    reminders.snooze(store, f"{deadline.id}:{deadline.reminders[-1]}", clock=fixed_clock)
    return {"uuid": person.uuid, "e164": person.phones[0].e164}


def test_demo_round_trip_is_the_same_database(demo_path: Path, tmp_path: Path) -> None:
    with open_store(demo_path, clock=fixed_clock, auto_backup=False) as demo:
        added = _enrich(demo)
        out = tmp_path / "all.xlsx"
        exports.write_all(demo, out)
    assert added["e164"] == "+886912345678"
    again = tmp_path / "again.db"
    with open_store(again, create=True, clock=_later, auto_backup=False) as fresh:
        plan = full.plan_full_import(fresh, out)
        assert all(c["new"] == c["file"] for c in plan.counts().values())
        assert not plan.changes()
        result = full.apply(fresh, plan)
        assert result.batch is not None
        person = fresh.query(
            "SELECT id, given_name, family_name, native_name, source FROM persons WHERE uuid = ?",
            (added["uuid"],),
        )[0]
        assert (person["given_name"], person["family_name"], person["native_name"]) == (
            "", "", "陳志明",
        )  # fmt: skip
        assert records.get_person(fresh, person["id"]).tags == ["Réseau, Alumni"]
        assert records.get_person(fresh, person["id"]).phones[0].e164 == "+886912345678"
    assert compare(demo_path, again) == []
    # An export of the copy holds what the first export held, sheet by sheet.
    second = tmp_path / "again.xlsx"
    with open_store(again, clock=_later, auto_backup=False) as fresh:
        exports.write_all(fresh, second)
    first_book, second_book = (CalamineWorkbook.from_path(str(p)) for p in (out, second))
    for kind in KINDS:
        rows = first_book.get_sheet_by_name(kind.title).to_python()
        again_rows = second_book.get_sheet_by_name(kind.title).to_python()
        if "id" in rows[0]:  # local ids may differ; everything else is the same
            at = rows[0].index("id")
            rows = [r[:at] + r[at + 1 :] for r in rows]
            again_rows = [r[:at] + r[at + 1 :] for r in again_rows]
        assert sorted(map(repr, rows)) == sorted(map(repr, again_rows)), kind.key


def test_calamine_reads_what_the_database_holds(demo_store: Store, tmp_path: Path) -> None:
    """The second reader: python-calamine's view of each sheet agrees with SQL, by identity,
    for the dates, the sources, the links and the numbers."""
    _enrich(demo_store)
    out = tmp_path / "all.xlsx"
    exports.write_all(demo_store, out)
    book = CalamineWorkbook.from_path(str(out))
    for kind in KINDS:
        rows = book.get_sheet_by_name(kind.title).to_python()
        header = [str(h) for h in rows[0]]
        table = kind.key
        if "uuid" not in header:
            continue
        stored = {r["uuid"]: r for r in demo_store.query(f"SELECT * FROM {table}")}
        seen = set()
        for row in rows[1:]:
            values = dict(zip(header, row, strict=False))
            db = stored[values["uuid"]]
            seen.add(values["uuid"])
            assert values["created_at"] == db["created_at"]
            assert values["updated_at"] == db["updated_at"]
            if table == "persons":
                assert (values["source"] or "") == db["source"]
        assert seen == set(stored), table
    notes = book.get_sheet_by_name("Watch notes").to_python()
    titles = [str(h) for h in notes[0]]
    links = {
        (n, p)
        for n, p in demo_store.execute(
            "SELECT n.uuid, p.uuid FROM note_persons x JOIN notes n ON n.id = x.note_id "
            "JOIN persons p ON p.id = x.person_id"
        )
    }
    written = {
        (r[titles.index("uuid")], p)
        for r in notes[1:]
        for p in str(r[titles.index("person_uuids")] or "").split("\n")
        if p
    }
    assert links and written == links
    about = {r[0]: r[1] for r in book.get_sheet_by_name("About").to_python()[1:]}
    assert about["version"] == "2" and about["sheet.persons"] == "Persons"


# --- generated records -----------------------------------------------------------------

_SCRIPTS = st.sampled_from(
    [
        "Lefèvre", "陳志明", "山田花子", "김민준", "Ngô Bảo Châu", "Müller-Lüdenscheidt",
        "Ólafsdóttir", "Παπαδόπουλος", "Иванова", "محمد", "ישראלי", "สมชาย", "", "O'Brien",
        "=SUM(A1)", "-hyphen", "  spaced  ", "Réseau, Alumni", "line\nbreak",
    ]
)  # fmt: skip
_TEXT = st.one_of(
    _SCRIPTS,
    st.text(
        alphabet=st.characters(
            blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"
        ),
        max_size=30,
    ),
    st.text(alphabet="ab \n:;,", max_size=12),
).filter(lambda t: t == "" or bool(t.strip()))
"""Text of any script, empty or not; never spaces alone, which the editors and imports
strip (openpyxl writes a cell of spaces alone without ``xml:space``, read back empty)."""
_TAG = (
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")),
        min_size=1,
        max_size=12,
    )
    .map(str.strip)
    .filter(bool)
)


@st.composite
def _database(draw: st.DrawFn) -> dict[str, object]:
    orgs = draw(st.lists(st.tuples(_TEXT.filter(bool), _TEXT, st.lists(_TAG, max_size=3)),
                         min_size=1, max_size=4))  # fmt: skip
    people = draw(
        st.lists(
            st.tuples(
                _TEXT, _TEXT, _TEXT, st.integers(-1, len(orgs) - 1),
                st.lists(st.tuples(st.from_regex(r"[a-z]{1,6}@[a-z]{1,6}\.org", fullmatch=True),
                                   _TEXT.filter(lambda t: "\n" not in t)), max_size=2),
                st.lists(st.tuples(st.from_regex(r"\+?[0-9 ]{6,12}", fullmatch=True),
                                   st.sampled_from(["", "work", "mobile", "bureau perso"]),
                                   st.sampled_from(["", "+886912345678", "+33140000000"])),
                         max_size=2),
                st.lists(_TAG, max_size=3), _TEXT,
            ),
            max_size=6,
        )
    )  # fmt: skip
    notes = draw(st.lists(st.tuples(_TEXT.filter(lambda t: bool(t.strip())), _TEXT,
                                    st.lists(_TAG, max_size=2), st.lists(st.integers(0, 5))),
                          max_size=4))  # fmt: skip
    activity = draw(_TEXT)
    return {"orgs": orgs, "people": people, "notes": notes, "activity": activity}


def _fill(store: Store, data: dict[str, object]) -> None:
    """Records written through the repositories, as any other path writes them."""
    org_ids = [
        org_repo.insert(store, Organisation(name=name, notes=notes, tags=tags))
        for name, notes, tags in data["orgs"]  # type: ignore[attr-defined]
    ]
    person_ids = []
    for first, family, native, org, emails, phones, tags, notes in data["people"]:  # type: ignore[attr-defined]
        person_ids.append(
            person_repo.insert(
                store,
                Person(
                    given_name=first, family_name=family, native_name=native,
                    organisation_id=org_ids[org] if org >= 0 else None,
                    emails=[EmailAddress(a, label) for a, label in emails],
                    phones=[Phone(n, label, e) for n, label, e in phones],
                    tags=tags, notes=notes, source="import: liste.csv (SST Tokyo)",
                ),
            )
        )  # fmt: skip
    for title, body, themes, linked in data["notes"]:  # type: ignore[attr-defined]
        records.save_note(
            store,
            Note(
                title=title, date="2026-05-04", body=body, themes=themes,
                person_ids=[person_ids[i] for i in linked if i < len(person_ids)],
                organisation_ids=org_ids[:1],
            ),
        )  # fmt: skip
    interaction_repo.insert(  # any title, even none: the repository takes it
        store,
        Interaction(
            kind="meeting", date="2026-06-01", title=str(data["activity"]),
            person_ids=person_ids[:2], organisation_ids=org_ids[-1:],
        ),
    )  # fmt: skip


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_database())
def test_generated_records_round_trip(data: dict[str, object]) -> None:
    folder = Path(tempfile.mkdtemp(prefix="attache-full-"))
    try:
        first, second, out = folder / "a.db", folder / "b.db", folder / "all.xlsx"
        with open_store(first, create=True, clock=fixed_clock, auto_backup=False) as store:
            _fill(store, data)
            exports.write_all(store, out)
        with open_store(second, create=True, clock=_later, auto_backup=False) as store:
            full.apply(store, full.plan_full_import(store, out))
        assert compare(first, second) == []
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("language", ["fr"])
def test_a_french_export_is_read_in_english(
    demo_store: Store, tmp_path: Path, language: str, store: Store
) -> None:
    from attache_app.i18n import set_translator, use_ts_file

    use_ts_file(language)
    try:
        out = tmp_path / "tout.xlsx"
        exports.write_all(demo_store, out)
    finally:
        set_translator(None, "en")
    assert "Personnes" in CalamineWorkbook.from_path(str(out)).sheet_names
    plan = full.plan_full_import(store, out)
    assert plan.counts()["persons"]["new"] == demo_store.scalar("SELECT count(*) FROM persons")
