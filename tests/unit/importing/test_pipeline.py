"""The import pipeline on files as colleagues send them: French Excel CSVs, Google and
Outlook exports, workbooks with title rows; duplicates, merges, batches and undo."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from attache_app.domain.models import EmailAddress, Organisation, Person, Phone
from attache_app.errors import AttacheError
from attache_app.importing.contact import ImportFileError
from attache_app.importing.mapping import Column
from attache_app.importing.reading import contacts_of, read_file
from attache_app.services import imports, post, records
from attache_app.storage import Store, persons

Write = Callable[..., Path]


def _import(store: Store, path: Path, **options: object) -> imports.BatchResult:
    preview = imports.preview(store, read_file(path), **options)  # type: ignore[arg-type]
    return imports.commit(store, preview.plan, sender="Ambassade")


def _everyone(store: Store) -> list[Person]:
    return persons.get_many(store, [r[0] for r in store.execute("SELECT id FROM persons")])


def test_french_excel_csv_in_cp1252_with_semicolons(store: Store, write: Write) -> None:
    path = write(
        "contacts.csv",
        "Civilité;Nom;Prénom;Société;Fonction;Courriel;Tél.;Pays\r\n"
        "Mme;LEFÈVRE;Hélène;Institut Pasteur;Directrice de recherche;"
        "helene.lefevre@pasteur.fr;01 45 68 80 00;France\r\n"
        'M.;Dupont;Jean-François;"CNRS; délégation Paris";Chargé de mission;'
        "jf.dupont@cnrs.fr;06 12 34 56 78;France\r\n",
        encoding="cp1252",
    )
    source = read_file(path)
    assert source.table is not None
    assert (source.table.encoding, source.table.delimiter) == ("cp1252", ";")
    result = _import(store, path)
    assert (result.created, result.errors) == (2, [])
    helene, jean = sorted(_everyone(store), key=lambda p: p.given_name)
    assert (helene.civility, helene.given_name, helene.family_name) == ("Mme", "Hélène", "Lefèvre")
    assert helene.organisation_name == "Institut Pasteur"
    assert helene.title == "Directrice de recherche"
    assert helene.phones == [Phone("01 45 68 80 00", "", "+33145688000")]
    assert helene.country == "FR"
    assert jean.organisation_name == "CNRS; délégation Paris"
    assert jean.source == "contacts.csv (Ambassade)"


def test_google_multi_values_keep_every_phone_and_email(store: Store, write: Write) -> None:
    path = write(
        "google.csv",
        "First Name,Middle Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value,"
        "Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Organization Name,"
        "Organization Title\n"
        "Chih-Ming,,Chen,* myContacts ::: Semiconductors,* Work,"
        "cm.chen@itri.org.tw ::: chen.cm@gmail.com,Mobile,+886 912 345 678 ::: "
        "+886 933 111 222,Work,+886 3 591 2345,ITRI,Researcher\n",
    )
    source = read_file(path)
    assert source.mapping is not None and source.mapping.preset == "google_new"
    _import(store, path)
    (person,) = _everyone(store)
    assert [e.address for e in person.emails] == ["cm.chen@itri.org.tw", "chen.cm@gmail.com"]
    assert [e.label for e in person.emails] == ["work", "work"]
    assert [(p.e164, p.label) for p in person.phones] == [
        ("+886912345678", "mobile"),
        ("+886933111222", "mobile"),
        ("+88635912345", "work"),
    ]
    assert person.tags == ["Semiconductors"]


def test_outlook_french_headers_are_recognised(store: Store, write: Write) -> None:
    path = write(
        "outlook.csv",
        '"Titre","Prénom","Deuxième prénom","Nom","Suffixe","Société","Service","Fonction",'
        '"Téléphone (bureau)","Tél. mobile","Adresse de messagerie","Adresse de messagerie 2"\r\n'
        '"Dr","Akira","","Tanaka","","AIST","Electronics","Senior researcher",'
        '"+81 29 861 2000","","a.tanaka@aist.go.jp",""\r\n',
        encoding="utf-8-sig",
    )
    source = read_file(path)
    assert source.mapping is not None and source.mapping.preset == "outlook_fr"
    _import(store, path)
    (person,) = _everyone(store)
    assert (person.civility, person.title, person.department) == (
        "Dr",
        "Senior researcher",
        "Electronics",
    )
    assert person.phones[0].label == "work"


def test_names_in_every_order_and_script(store: Store, write: Write) -> None:
    path = write(
        "noms.csv",
        "Nom complet,Courriel\n"
        "DUPONT Marie,marie.dupont@example.fr\n"
        "Jean-Pierre Martin,jp.martin@example.fr\n"
        '"Durand, Claire",claire.durand@example.fr\n'
        "陳志明,chen@example.tw\n"
        "김민준,kim@example.kr\n",
    )
    _import(store, path)
    names = {(p.given_name, p.family_name, p.native_name) for p in _everyone(store)}
    assert names == {
        ("Marie", "Dupont", ""),
        ("Jean-Pierre", "Martin", ""),
        ("Claire", "Durand", ""),
        ("志明", "陳", "陳志明"),
        ("민준", "김", "김민준"),
    }


def _workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Lisez-moi"
    notes["A1"] = "Liste transmise par le SST de Tokyo"
    sheet = book.create_sheet("Contacts")
    sheet["A1"] = "Délégation CNRS — visite du 12 mars"
    sheet.merge_cells("A1:E1")
    sheet.append([])
    sheet.append(["Nom", "Prénom", "Organisme", "Courriel", "Date de naissance"])
    sheet.append(["Yamada", "Taro", "AIST", "taro.yamada@aist.go.jp", dt.date(1975, 4, 2)])
    sheet.append([])
    sheet.append(["Suzuki", "Hanako", "RIKEN", "h.suzuki@riken.jp", None])
    sheet.append(["Total", None, None, 2, None])
    other = book.create_sheet("Taïwan")
    other.append(["Name", "E-mail"])
    other.append(["Lin Mei-Ling", "ml.lin@ntu.edu.tw"])
    book.save(path)
    return path


def test_workbook_header_below_title_rows_dates_and_totals(store: Store, tmp_path: Path) -> None:
    path = _workbook(tmp_path / "liste.xlsx")
    source = read_file(path)
    assert source.table is not None
    assert source.table.sheet == "Contacts"  # the first sheet with a header
    assert source.table.sheets == ["Lisez-moi", "Contacts", "Taïwan"]
    assert source.table.headers[:2] == ["Nom", "Prénom"]
    contacts = contacts_of(source)
    assert [c.family_name for c in contacts] == ["Yamada", "Suzuki"]  # no blank, no total
    assert contacts[0].birthday == "1975-04-02"
    assert [c.location for c in contacts] == ["row 4", "row 6"]
    _import(store, path)
    yamada = next(p for p in _everyone(store) if p.family_name == "Yamada")
    assert "1975-04-02" in yamada.notes


def test_the_user_chooses_the_sheet(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "liste.xlsx")
    contacts = contacts_of(read_file(path, sheet="Taïwan"))
    assert [(c.formatted_name, c.emails) for c in contacts] == [
        ("Lin Mei-Ling", [("ml.lin@ntu.edu.tw", "")])
    ]
    with pytest.raises(ImportFileError, match="no sheet “Japon”"):
        read_file(path, sheet="Japon")


def test_organisations_matched_by_acronym_and_close_spelling(store: Store, write: Write) -> None:
    itri = records.save_organisation(
        store, Organisation(name="Industrial Technology Research Institute", acronym="ITRI")
    )
    path = write(
        "orgs.csv",
        "Name,Company,Email\n"
        "Wei Chen,ITRI,w.chen@itri.org.tw\n"
        "Li Wang,Industrial Technology Research Institut,l.wang@itri.org.tw\n"
        "Yu Lin,National Taiwan University,y.lin@ntu.edu.tw\n"
        "Hsu Mei,National Taiwan University,m.hsu@ntu.edu.tw\n",
    )
    result = _import(store, path)
    assert result.organisations_created == 1
    by_name = {p.family_name: p.organisation_id for p in _everyone(store)}
    assert by_name["Chen"] == by_name["Wang"] == itri.id
    assert by_name["Lin"] == by_name["Mei"] != itri.id


def _known_person(store: Store) -> Person:
    post.update_settings(store, phone_region="TW")
    return records.save_person(
        store,
        Person(
            given_name="Mei-Ling",
            family_name="Lin",
            title="Professor",
            emails=[EmailAddress("ml.lin@ntu.edu.tw", "work")],
            phones=[Phone("02 3366 1234", "work")],
            tags=["AI"],
            notes="Met at Computex.",
        ),
    )


def test_duplicate_by_email_is_merged_field_by_field(store: Store, write: Write) -> None:
    before = _known_person(store)
    path = write(
        "ntu.csv",
        "First Name,Last Name,Job Title,E-mail,Mobile Phone,Company\n"
        "Mei-Ling,Lin,Dean,ML.Lin@ntu.edu.tw,0912 345 678,National Taiwan University\n",
    )
    preview = imports.preview(store, read_file(path))
    (dup,) = preview.plan.duplicates.values()
    assert dup.person_id == before.id and dup.certain and dup.action == "merge"
    choices = {c.field: (c.current, c.incoming, c.keep) for c in dup.fields}
    assert choices["title"] == ("Professor", "Dean", "current")
    assert choices["organisation_name"] == ("", "National Taiwan University", "incoming")
    assert choices["phones"][2] == "incoming"
    result = imports.commit(store, preview.plan)
    assert (result.created, result.updated) == (0, 1)
    after = records.get_person(store, before.id or 0)
    assert after.title == "Professor"
    assert after.organisation_name == "National Taiwan University"
    assert [p.e164 for p in after.phones] == ["+886233661234", "+886912345678"]


def test_undo_after_a_merge_restores_the_exact_previous_values(store: Store, write: Write) -> None:
    before = _known_person(store)
    path = write(
        "ntu.csv",
        "First Name,Last Name,Job Title,E-mail,Mobile Phone,Company,Tags\n"
        "Mei-Ling,Lin,Dean,ml.lin@ntu.edu.tw,0912 345 678,NTU,Semiconductors\n"
        "Wei,Chen,,w.chen@ntu.edu.tw,,NTU,\n",
    )
    preview = imports.preview(store, read_file(path))
    next(iter(preview.plan.duplicates.values())).fields[0].keep = "incoming"  # title: Dean
    result = imports.commit(store, preview.plan)
    assert records.get_person(store, before.id or 0).title == "Dean"
    assert result.batch is not None
    done = imports.undo(store, result.batch)
    assert done["restored"] == 1
    assert records.get_person(store, before.id or 0) == before  # every field, timestamps too
    assert store.scalar("SELECT count(*) FROM persons") == 1
    assert store.scalar("SELECT count(*) FROM organisations") == 0
    assert imports.history(store)[0].undone_at


def test_undo_names_records_edited_since_and_asks(store: Store, write: Write) -> None:
    path = write("two.csv", "Name,Email\nWei Chen,w.chen@ntu.edu.tw\nYu Lin,y.lin@ntu.edu.tw\n")
    result = _import(store, path)
    assert result.batch is not None
    chen = next(p for p in _everyone(store) if p.family_name == "Chen")
    records.save_person(store, dataclasses.replace(chen, title="Dean"))
    with pytest.raises(imports.UndoConflict, match="Wei Chen") as raised:
        imports.undo(store, result.batch)
    assert raised.value.names == ["Wei Chen"]
    assert store.scalar("SELECT count(*) FROM persons") == 2  # nothing undone
    imports.undo(store, result.batch, force=True)
    assert store.scalar("SELECT count(*) FROM persons") == 0
    with pytest.raises(AttacheError, match="already undone"):
        imports.undo(store, result.batch)


def test_undo_keeps_an_organisation_someone_else_joined(store: Store, write: Write) -> None:
    result = _import(
        store, write("a.csv", "Name,Company,Email\nWei Chen,NARLabs,w@narlabs.org.tw\n")
    )
    org_id = store.scalar("SELECT id FROM organisations")
    records.save_person(store, Person(given_name="Ana", family_name="Wu", organisation_id=org_id))
    assert result.batch is not None
    imports.undo(store, result.batch)
    assert store.scalar("SELECT count(*) FROM organisations") == 1
    assert store.scalar("SELECT count(*) FROM persons") == 1


def test_same_name_only_is_a_likely_duplicate_created_for_review(
    store: Store, write: Write
) -> None:
    records.save_person(store, Person(given_name="Wei", family_name="Chen"))
    preview = imports.preview(store, read_file(write("n.csv", "Name,City\nWei Chen,Hsinchu\n")))
    (dup,) = preview.plan.duplicates.values()
    assert (dup.certain, dup.score, dup.action) == (False, 90, "create")
    preview.plan.set_action("merge")
    imports.commit(store, preview.plan)
    (person,) = _everyone(store)
    assert person.city == "Hsinchu"


def test_similar_name_and_same_organisation_scores(store: Store, write: Write) -> None:
    org = records.save_organisation(store, Organisation(name="AIST"))
    records.save_person(
        store, Person(given_name="Hiroshi", family_name="Tanaka", organisation_id=org.id)
    )
    path = write("t.csv", "First Name,Last Name,Company\nHiroshy,Tanaka,AIST\n")
    (dup,) = imports.preview(store, read_file(path)).plan.duplicates.values()
    assert not dup.certain and 80 <= dup.score < 100
    assert "similar name" in dup.reason


def test_duplicates_inside_the_file_are_merged(store: Store, write: Write) -> None:
    path = write(
        "d.csv",
        "Name,Email,Phone\nWei Chen,w.chen@ntu.edu.tw,\nChen Wei,,+886 2 3366 9999\n"
        "Wei Chen,W.Chen@ntu.edu.tw,+886 2 3366 9999\n",
    )
    result = _import(store, path)
    assert result.created == 2
    people = _everyone(store)
    assert len(people) == 2
    merged = next(p for p in people if p.emails)
    assert [p.e164 for p in merged.phones] == ["+886233669999"]


def test_re_import_of_an_edited_export_creates_nothing(store: Store, write: Write) -> None:
    _import(store, write("v1.csv", "Name,Email\nWei Chen,w.chen@ntu.edu.tw\n"))
    result = _import(store, write("v2.csv", "Name,Email,City\nWei Chen,w.chen@ntu.edu.tw,Taipei\n"))
    assert (result.created, result.updated) == (0, 1)
    assert store.scalar("SELECT count(*) FROM persons") == 1


def test_invalid_values_are_kept_in_the_notes_with_a_warning(store: Store, write: Write) -> None:
    path = write("w.csv", "Name,Email,Phone,Country\nWei Chen,not-an-address,n/a,Formosa\n")
    preview = imports.preview(store, read_file(path))
    (item,) = preview.plan.items
    assert len(item.warnings) == 3
    imports.commit(store, preview.plan)
    (person,) = _everyone(store)
    assert "not-an-address" in person.notes and "Formosa" in person.notes


def test_a_row_without_name_or_email_is_an_error_with_its_line(store: Store, write: Write) -> None:
    path = write("e.csv", "Name,Email,City\nWei Chen,w@ntu.edu.tw,Taipei\n,,Tainan\n,bad,Tainan\n")
    result = _import(store, path)
    assert result.created == 1
    assert [e["where"] for e in result.errors] == ["line 3", "line 4"]
    assert "no name" in result.errors[0]["message"]


def test_a_saved_mapping_serves_the_next_file_from_the_same_sender(
    store: Store, write: Write
) -> None:
    first = read_file(write("a.csv", "Qui,Mél,Rôle\nWei Chen,w.chen@ntu.edu.tw,Dean\n"))
    assert first.table is not None and first.table.headers == ["Qui", "Mél", "Rôle"]
    assert first.mapping is not None
    # Content says: e-mails in "Mél", a name in "Qui"; the user adds the job title.
    assert first.mapping.columns[1] == Column("email")
    first.mapping.columns[2] = Column("title")
    imports.save_mapping(store, "NTU office", first)
    assert imports.mapping_names(store) == ["NTU office"]
    # Next month, same sender, columns in another order.
    second = read_file(write("b.csv", "Rôle,Mél,Qui\nProfessor,y.lin@ntu.edu.tw,Yu Lin\n"))
    preview = imports.preview(store, second, mapping_name="NTU office")
    (item,) = preview.plan.items
    assert item.person is not None
    assert (item.person.family_name, item.person.emails[0].address) == ("Lin", "y.lin@ntu.edu.tw")
    assert item.person.title == "Professor"
    with pytest.raises(AttacheError, match="no saved mapping"):
        imports.preview(store, second, mapping_name="Unknown")


def test_cancel_during_commit_writes_nothing(store: Store, write: Write) -> None:
    path = write("c.csv", "Name,Email\nWei Chen,w.chen@ntu.edu.tw\n")
    preview = imports.preview(store, read_file(path))

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        imports.commit(store, preview.plan, progress=cancel)
    assert store.scalar("SELECT count(*) FROM persons") == 0
    assert store.scalar("SELECT count(*) FROM import_batches") == 0


def test_search_entries_written_by_an_import_equal_a_rebuild(store: Store, write: Write) -> None:
    """The import indexes persons from the objects in hand, not by reading them back: what
    it writes must be what a rebuild of the index (from the tables) writes, word for word."""
    _known_person(store)
    path = write(
        "mixed.csv",
        "Nom;Prénom;Organisme;Fonction;Courriel;Téléphone;Étiquettes;Nom natif\n"
        "CHEN;Chih-wei;ITRI;Chercheur;cw.chen@itri.org.tw;+886 3 582 0100;IA, 5G;陳志偉\n"
        "Lin;Mei-Ling;National Taiwan University;Dean;ml.lin@ntu.edu.tw;0912 345 678;;\n"
        "山田;太郎;AIST;;taro@aist.go.jp;+81 29 861 2000;semi-conducteurs;\n"
        "LEFÈVRE;Hélène;Nouvel institut;;h.lefevre@example.fr;;;\n",
    )
    result = _import(store, path)
    assert (result.created, result.updated) == (3, 1)

    def entries() -> dict[int, tuple[object, ...]]:
        rows = store.execute(
            "SELECT rowid, kind, ref_id, display, subtitle, title, body FROM search_index "
            "WHERE kind = 'person'"
        )
        # The order of words inside the body may differ (tags read back sorted): compare
        # the words.
        return {r[0]: (*r[1:6], sorted(r[6].split())) for r in rows}

    written = entries()
    from attache_app.storage import search

    with store.transaction():
        search.rebuild(store.conn)
    rebuilt = entries()
    assert written == rebuilt
    assert len(written) == 4
