"""Postal addresses, dates of contact and tags from the columns programs write (Outlook in
French and English, Google, Thunderbird, home-made lists), vCard ADR both ways (checked
with vobject), merges and undo, the full export's round trip, the real CLI's dry run."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
import vobject
from hypothesis import given
from hypothesis import strategies as st
from openpyxl.utils.datetime import to_excel

from attache_app.domain.models import EmailAddress, Person
from attache_app.importing.dates import parse_date
from attache_app.importing.mapping import KEEP, Column, Mapping, guess_column
from attache_app.importing.reading import contacts_of, read_file
from attache_app.services import exports, imports, records, search
from attache_app.storage import Store, open_store, persons
from tests.conftest import fixed_clock
from tests.fault_tools import cli

Write = Callable[..., Path]


def _import(store: Store, path: Path, **options: object) -> imports.BatchResult:
    preview = imports.preview(store, read_file(path), **options)  # type: ignore[arg-type]
    return imports.commit(store, preview.plan)


def _everyone(store: Store) -> list[Person]:
    return persons.get_many(store, [r[0] for r in store.execute("SELECT id FROM persons")])


def _activity_dates(store: Store, person_id: int) -> list[str]:
    return [
        str(r[0])
        for r in store.execute(
            "SELECT i.date FROM interactions i JOIN interaction_persons x "
            "ON x.interaction_id = i.id WHERE x.person_id = ? ORDER BY i.date",
            (person_id,),
        )
    ]


# --- dates ---------------------------------------------------------------------------


@given(st.dates(dt.date(1955, 1, 1), dt.date(2118, 12, 31)))
def test_dates_read_as_french_iso_and_excel_serials_write_them(date: dt.date) -> None:
    assert parse_date(date.strftime("%d/%m/%Y")) == date
    assert parse_date(f"{date.day}/{date.month}/{date.year}") == date
    assert parse_date(date.strftime("%d.%m.%Y")) == date
    assert parse_date(date.isoformat()) == date
    assert parse_date(f"{date.isoformat()} 14:30:00") == date
    assert parse_date(str(int(to_excel(date)))) == date  # openpyxl's serial, not ours
    assert parse_date(date.strftime("%B %d, %Y")) == date  # C locale: English months


@pytest.mark.parametrize(
    "text", ["", "bientôt", "2024", "mars 2024", "31/02/2024", "13/13/2024", "12345"]
)
def test_what_is_not_a_whole_date_is_not_read_as_one(text: str) -> None:
    assert parse_date(text) is None


# --- headers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field", "label"),
    [
        ("Rue (bureau)", "street", "work"),
        ("Rue (bureau) 2", "street", "work"),
        ("Code postal (bureau)", "postal_code", "work"),
        ("Ville (bureau)", "city", "work"),
        ("Dép/Région (bureau)", "region", "work"),
        ("Pays/Région (bureau)", "country", "work"),
        ("Rue (domicile)", "street", "home"),
        ("Business Street", "street", "work"),
        ("Business Postal Code", "postal_code", "work"),
        ("Business Country/Region", "country", "work"),
        ("Home City", "city", "home"),
        ("Address 1 - Street", "street", "1"),
        ("Address 2 - Postal Code", "postal_code", "2"),
        ("Work ZipCode", "postal_code", "work"),
        ("CP", "postal_code", ""),
        ("Adresse", "address", ""),
        ("Région", "region", ""),
        ("Thématiques", "tags", ""),
        ("Mots-clés", "tags", ""),
        ("Domaines", "tags", ""),
        ("Keywords", "tags", ""),
        ("Topics", "tags", ""),
        ("Dernier contact", "last_contact", "contact"),
        ("Date du dernier contact", "last_contact", "contact"),
        ("Last contact", "last_contact", "contact"),
        ("Date de rencontre", "last_contact", "meeting"),
        ("Couleur préférée", KEEP, ""),
        ("E-mail Display Name", "", "repeats"),
    ],
)
def test_headers_of_addresses_tags_and_dates(header: str, field: str, label: str) -> None:
    assert guess_column(header) == Column(field, label)


def test_a_mapping_saved_before_version_2_keeps_unknown_columns_in_the_notes() -> None:
    old = json.dumps({"preset": "", "columns": {"Nom": ["family_name", ""], "Divers": ["", ""]}})
    mapping = Mapping.from_json(old, ["Nom", "Divers"])
    assert mapping.columns == {0: Column("family_name"), 1: Column(KEEP)}
    # Saved today, an ignored column stays ignored: it was the user's choice.
    again = Mapping({0: Column("family_name"), 1: Column("")}).to_json(["Nom", "Divers"])
    assert Mapping.from_json(again, ["Nom", "Divers"]).columns[1] == Column("")


# --- addresses from tables -----------------------------------------------------------


def test_outlook_french_business_address_and_home_address_in_the_notes(
    store: Store, write: Write
) -> None:
    path = write(
        "outlook.csv",
        "Prénom;Nom;Adresse de messagerie;Rue (bureau);Ville (bureau);Code postal (bureau);"
        "Pays/Région (bureau);Rue (domicile);Ville (domicile)\r\n"
        "Hélène;Lefèvre;helene@example.org;25-28 rue du Docteur Roux;Paris;75015;France;"
        "3 allée des Lilas;Sceaux\r\n",
        encoding="cp1252",
    )
    _import(store, path)
    (person,) = _everyone(store)
    assert (person.street, person.postal_code, person.city, person.country) == (
        "25-28 rue du Docteur Roux", "75015", "Paris", "FR",
    )  # fmt: skip
    lines = person.notes.splitlines()
    assert "Rue (domicile): 3 allée des Lilas" in lines
    assert "Ville (domicile): Sceaux" in lines


def test_google_address_parts_win_over_the_formatted_copy(store: Store, write: Write) -> None:
    path = write(
        "google.csv",
        "First Name,Last Name,E-mail 1 - Value,Address 1 - Formatted,Address 1 - Street,"
        "Address 1 - City,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country\n"
        'Taro,Yamada,taro@example.jp,"1-3-1 Kasumigaseki\nChiyoda-ku, Tokyo 100-8959\nJapan",'
        "1-3-1 Kasumigaseki,Chiyoda-ku,Tokyo,100-8959,Japan\n",
    )
    _import(store, path)
    (person,) = _everyone(store)
    assert (person.street, person.city, person.region, person.postal_code, person.country) == (
        "1-3-1 Kasumigaseki", "Chiyoda-ku", "Tokyo", "100-8959", "JP",
    )  # fmt: skip
    assert "Kasumigaseki" not in person.notes


_PLACES = [
    ("25 rue des Martyrs", "Grenoble", "Isère", "38042", "France", "FR"),
    ("1-3-1 Kasumigaseki", "Chiyoda-ku", "Tokyo", "100-8959", "Japan", "JP"),
    ("195 Chung Hsing Rd., Sec. 4", "Hsinchu", "Chutung", "310401", "Taiwan", "TW"),
    ("Hansastraße 27c", "München", "Bayern", "80686", "Deutschland", "DE"),
]


@given(
    place=st.sampled_from(_PLACES),
    left_out=st.sets(st.sampled_from(["region", "country", "postal"])),
    layout=st.sampled_from(["lines", "commas"]),
    extra=st.sampled_from(["", "Bâtiment B"]),
)
def test_a_formatted_copy_adds_to_the_street_only_words_its_parts_lack(
    tmp_path_factory: pytest.TempPathFactory,
    place: tuple[str, str, str, str, str, str],
    left_out: set[str],
    layout: str,
    extra: str,
) -> None:
    """Google's « Address 1 - Formatted » beside the parts: the street is the street part,
    whatever the copy leaves out (the region, often) or how it is laid out; a word the
    parts lack (a building) is kept with the street, never lost."""
    street, city, region, postal, country, code = place
    pieces = [p for p in (extra, street) if p]
    pieces.append(city if "postal" in left_out else f"{postal} {city}")
    pieces += [] if "region" in left_out else [region]
    pieces += [] if "country" in left_out else [country]
    formatted = ("\n" if layout == "lines" else ", ").join(pieces)
    folder = tmp_path_factory.mktemp("google")
    path = folder / "google.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows([
            ["First Name", "Last Name", "Address 1 - Formatted", "Address 1 - Street",
             "Address 1 - City", "Address 1 - Region", "Address 1 - Postal Code",
             "Address 1 - Country"],
            ["Hélène", "Lefèvre", formatted, street, city, region, postal, country],
        ])  # fmt: skip
    with open_store(folder / "db.db", create=True, clock=fixed_clock) as store:
        _import(store, path)
        (person,) = _everyone(store)
    assert (person.city, person.region, person.postal_code, person.country) == (
        city, region, postal, code,
    )  # fmt: skip
    if extra:
        assert extra in person.street
    else:
        assert person.street == street


def test_an_address_in_one_cell_is_taken_apart(store: Store, write: Write) -> None:
    path = write(
        "one.csv",
        "Nom;Prénom;Courriel;Adresse\n"
        'Martin;Luc;luc@example.org;"Bâtiment A, 3 allée X\n69001 Lyon\nFrance"\n'
        "Petit;Léa;lea@example.org;quelque part près de la gare\n",
    )
    _import(store, path)
    luc, lea = sorted(_everyone(store), key=lambda p: p.family_name)
    assert (luc.street, luc.postal_code, luc.city, luc.country) == (
        "Bâtiment A\n3 allée X", "69001", "Lyon", "FR",
    )  # fmt: skip
    assert (lea.street, lea.city) == ("quelque part près de la gare", "")


def test_an_unreadable_date_of_contact_is_kept_and_flagged(store: Store, write: Write) -> None:
    path = write(
        "dates.csv",
        "Nom;Prénom;Courriel;Dernier contact;Date de rencontre\n"
        "Martin;Luc;luc@example.org;à l'automne;05/03/2024\n",
    )
    preview = imports.preview(store, read_file(path))
    (item,) = preview.plan.items
    assert item.activities == [("2024-03-05", "Date de rencontre", "meeting")]
    assert any("à l'automne" in w for w in item.warnings)
    result = imports.commit(store, preview.plan)
    assert result.activities == 1
    (person,) = _everyone(store)
    assert "Dernier contact: à l'automne" in person.notes.splitlines()
    # Importing a second file with the same date of contact does not repeat the activity.
    again = write(
        "again.csv",
        "Nom;Prénom;Courriel;Date de rencontre\nMartin;Luc;luc@example.org;2024-03-05\n",
    )
    assert _import(store, again).activities == 0
    assert store.scalar("SELECT count(*) FROM interactions") == 1


def test_workbook_dates_as_date_cells_and_as_serial_numbers(store: Store, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nom", "Prénom", "E-mail", "Thématiques", "Dernier contact"])
    sheet.append(["Chen", "Wei", "wei@example.org", "IA; robotique", dt.date(2024, 3, 5)])
    sheet.append(["Lin", "Mei", "mei@example.org", "Réseau, Alumni", 45356])
    sheet.append(["Wang", "Li", "li@example.org", "TCP/IP / Santé", "12/04/2023"])
    path = tmp_path / "collegue.xlsx"
    book.save(path)
    _import(store, path)
    found = {
        p.family_name: (sorted(p.tags), _activity_dates(store, p.id or 0)) for p in _everyone(store)
    }
    assert found == {
        "Chen": (["IA", "robotique"], ["2024-03-05"]),
        "Lin": (["Alumni", "Réseau"], ["2024-03-05"]),
        "Wang": (["Santé", "TCP/IP"], ["2023-04-12"]),
    }


# --- merges and undo -----------------------------------------------------------------


def test_merge_completes_an_address_or_keeps_the_current_one_whole(
    store: Store, write: Write
) -> None:
    bare = records.save_person(
        store, Person(given_name="Luc", family_name="Martin",
                      emails=[EmailAddress("luc@example.org")]),
    )  # fmt: skip
    housed = records.save_person(
        store, Person(given_name="Léa", family_name="Petit", street="1 rue A", city="Lyon",
                      country="FR", emails=[EmailAddress("lea@example.org")]),
    )  # fmt: skip
    path = write(
        "m.csv",
        "Nom;Prénom;Courriel;Rue;CP;Ville;Pays\n"
        "Martin;Luc;luc@example.org;9 quai B;33000;Bordeaux;France\n"
        "Petit;Léa;lea@example.org;7 rue C;75001;Paris;France\n",
    )
    preview = imports.preview(store, read_file(path))
    keep = {c.field: c.keep for d in preview.plan.duplicates.values() for c in d.fields
            if d.person_id == housed.id}  # fmt: skip
    assert keep == {"street": "current", "postal_code": "current", "city": "current"}
    result = imports.commit(store, preview.plan)
    assert result.updated == 1  # Léa's address contradicts hers: nothing taken from it
    luc, lea = records.get_person(store, bare.id or 0), records.get_person(store, housed.id or 0)
    assert (luc.street, luc.postal_code, luc.city, luc.country) == (
        "9 quai B", "33000", "Bordeaux", "FR",
    )  # fmt: skip
    assert (lea.street, lea.postal_code, lea.city) == ("1 rue A", "", "Lyon")
    imports.undo(store, result.batch or 0)
    luc = records.get_person(store, bare.id or 0)
    assert (luc.street, luc.postal_code, luc.city, luc.country) == ("", "", "", "")


def test_undo_removes_activities_and_tags_the_import_created(store: Store, write: Write) -> None:
    records.save_person(store, Person(given_name="Old", family_name="Tag", tags=["IA"]))
    path = write(
        "u.csv",
        "Nom;Prénom;Courriel;Mots-clés;Dernier contact\n"
        "Martin;Luc;luc@example.org;IA, Quantique;01/02/2024\n",
    )
    result = _import(store, path)
    assert store.scalar("SELECT count(*) FROM tags") == 2
    imports.undo(store, result.batch or 0)
    assert [r[0] for r in store.execute("SELECT name FROM tags")] == ["IA"]  # still used
    assert store.scalar("SELECT count(*) FROM interactions") == 0


# --- vCard both ways ------------------------------------------------------------------


def test_vcard_adr_fills_the_address_and_keeps_the_second_in_the_notes(
    store: Store, write: Write
) -> None:
    path = write(
        "two.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Marie Curie\r\nN:Curie;Marie;;;\r\n"
        "EMAIL:marie@example.org\r\n"
        "ADR;TYPE=WORK:;Bât. 2;11 rue Pierre et Marie Curie;Paris;Île-de-France;75005;France\r\n"
        "ADR;TYPE=HOME:;;36 quai de Béthune;Paris;;75004;France\r\n"
        "END:VCARD\r\n",
    )
    _import(store, path)
    (person,) = _everyone(store)
    assert (person.street, person.postal_code, person.city, person.region, person.country) == (
        "Bât. 2\n11 rue Pierre et Marie Curie", "75005", "Paris", "Île-de-France", "FR",
    )  # fmt: skip
    assert "Address (Home): 36 quai de Béthune, Paris, 75004, France" in person.notes


def test_vcard_export_writes_the_address_as_adr_read_by_vobject(
    store: Store, tmp_path: Path
) -> None:
    saved = records.save_person(
        store,
        Person(
            given_name="Shu-Fen", family_name="Lin", street="No. 195, Sec. 4, Chung Hsing Rd.\n"
            "Bldg 51; 3F", postal_code="310401", city="Hsinchu", region="Hsinchu County",
            country="TW",
        ),
    )  # fmt: skip
    out = tmp_path / "a.vcf"
    exports.write_vcf(store, out, [saved.id or 0])
    card = vobject.readOne(out.read_text("utf-8"))
    adr = card.adr.value
    assert (adr.street, adr.code, adr.city, adr.region, adr.country) == (
        "No. 195, Sec. 4, Chung Hsing Rd.\nBldg 51; 3F", "310401", "Hsinchu", "Hsinchu County",
        "Taiwan",
    )  # fmt: skip
    (ours,) = contacts_of(read_file(out))
    assert (ours.street, ours.postal_code, ours.city, ours.region) == (
        saved.street, "310401", "Hsinchu", "Hsinchu County",
    )  # fmt: skip


def test_full_export_reads_back_with_the_address(store: Store, tmp_path: Path) -> None:
    records.save_person(
        store,
        Person(given_name="Luc", family_name="Martin", emails=[EmailAddress("luc@example.org")],
               street="Bâtiment A\n3 allée X", postal_code="69001", city="Lyon",
               region="Auvergne-Rhône-Alpes", country="FR"),
    )  # fmt: skip
    out = tmp_path / "all.xlsx"
    exports.write_all(store, out)
    with open_store(tmp_path / "other.db", create=True, clock=fixed_clock) as other:
        _import(other, out)
        (person,) = _everyone(other)
    assert (person.street, person.postal_code, person.city, person.region, person.country) == (
        "Bâtiment A\n3 allée X", "69001", "Lyon", "Auvergne-Rhône-Alpes", "FR",
    )  # fmt: skip
    assert person.notes == ""


def test_search_finds_a_person_by_city_postal_code_and_country_name(store: Store) -> None:
    saved = records.save_person(
        store, Person(given_name="Taro", family_name="Yamada", postal_code="100-8959",
                      city="Chiyoda-ku", country="JP"),
    )  # fmt: skip
    for words in ("chiyoda", "Japon", "japan", "100-8959"):
        assert [h.id for h in search.search(store, words)] == [saved.id], words


# --- the real command -----------------------------------------------------------------


def test_cli_dry_run_lists_every_column_and_its_fate(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        "Nom;Prénom;Courriel;Thématiques;Dernier contact;Ville;Couleur;Divers\n"
        "Martin;Luc;luc@example.org;IA;bientôt;Lyon;bleu;x\n",
        encoding="utf-8",
    )
    db = tmp_path / "c.db"
    cli("--db", db, "init", check=True)
    out = cli("--db", db, "import", path, "--dry-run", "--json", "--ignore", "Divers", check=True)
    report = json.loads(out.stdout)
    assert [(c["header"], c["fate"], c["field"]) for c in report["columns"]] == [
        ("Nom", "mapped", "family_name"), ("Prénom", "mapped", "given_name"),
        ("Courriel", "mapped", "email"), ("Thématiques", "mapped", "tags"),
        ("Dernier contact", "mapped", "last_contact"), ("Ville", "mapped", "city"),
        ("Couleur", "notes", KEEP), ("Divers", "ignored", ""),
    ]  # fmt: skip
    assert any("bientôt" in w["message"] for w in report["warnings"])
    text = cli("--db", db, "--lang", "fr", "import", path, "--dry-run", "--ignore", "8",
               check=True).stdout  # fmt: skip
    assert "Couleur" in text and "notes" in text and "ignorée" in text
    wrong = cli("--db", db, "import", path, "--dry-run", "--ignore", "Absente")
    assert wrong.returncode != 0 and "Absente" in wrong.stderr and "Traceback" not in wrong.stderr
    cli("--db", db, "import", path, "--keep", "Ville", check=True)
    with open_store(db) as store:
        (person,) = _everyone(store)
    assert person.city == "" and "Ville: Lyon" in person.notes.splitlines()
    assert "Couleur: bleu" in person.notes.splitlines()


def test_an_unqualified_country_completes_one_address_never_two(store: Store, write: Write) -> None:
    path = write(
        "mixed.csv",
        "Nom;Prénom;Courriel;Pays;Rue (domicile);Ville (domicile);Ville (bureau)\n"
        "Martin;Luc;luc@example.org;France;3 allée X;Sceaux;Paris\n",
    )
    _import(store, path)
    (person,) = _everyone(store)
    assert (person.street, person.city, person.country) == ("3 allée X", "Sceaux", "FR")
    assert "Ville (bureau): Paris" in person.notes.splitlines()


def test_a_version_one_database_gains_the_address_and_finds_its_countries(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(Path(__file__).parents[2] / "data" / "schema_v1.db", path)
    with open_store(path, clock=fixed_clock) as store:
        yamada = records.get_person(store, 1)
        assert (yamada.street, yamada.postal_code, yamada.region, yamada.country) == (
            "", "", "", "JP",
        )  # fmt: skip
        # Migration 6 rebuilt the index with the countries' French and English names.
        for words, wanted in (("Japon", 1), ("japan", 1), ("France", 2)):
            assert [h.id for h in search.search(store, words) if h.kind == "person"] == [wanted]
