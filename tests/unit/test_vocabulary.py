"""One vocabulary of phone labels (stored as codes, shown translated, old labels mapped by
a migration) and file names that follow the interface language."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from attache_app.domain.enums import PhoneLabel, phone_label_code, phone_label_text
from attache_app.domain.models import Person, Phone
from attache_app.exporting.period import parse_period
from attache_app.i18n import set_translator, use_ts_file
from attache_app.services import records
from attache_app.storage import Store, migrations, open_store
from tests.conftest import fixed_clock


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("bureau", "work"), ("Bureau", "work"), ("Tél. bureau", "work"), ("travail", "work"),
        ("work", "work"), ("Office", "work"), ("portable", "mobile"), ("GSM", "mobile"),
        ("Mobile", "mobile"), ("cell", "mobile"), ("domicile", "home"), ("Home", "home"),
        ("fax", "fax"), ("work fax", "fax"), ("Télécopie", "fax"),
        ("assistante", "assistante"), ("ligne directe", "ligne directe"), ("", ""),
    ],
)  # fmt: skip
def test_phone_labels_become_one_code(typed: str, code: str) -> None:
    assert phone_label_code(typed) == code


def test_phone_labels_are_shown_in_the_interface_language() -> None:
    use_ts_file("fr")
    try:
        assert [phone_label_text(c) for c in PhoneLabel] == [
            "Bureau", "Portable", "Domicile", "Fax",
        ]  # fmt: skip
        # Every French word shown is read back as its code (an edit keeps the codes).
        assert [phone_label_code(phone_label_text(c)) for c in PhoneLabel] == list(PhoneLabel)
    finally:
        set_translator(None, "en")
    assert [phone_label_text(c) for c in PhoneLabel] == ["Work", "Mobile", "Home", "Fax"]
    assert phone_label_text("assistante") == "assistante"


def test_saving_a_person_stores_the_code(store: Store) -> None:
    saved = records.save_person(
        store,
        Person(
            given_name="Marie",
            family_name="Dupont",
            phones=[Phone("+33 1 40 00 00 00", "Bureau"), Phone("+33 6 00 00 00 00", "portable")],
        ),
    )
    assert [p.label for p in saved.phones] == ["work", "mobile"]


def test_upgrade_maps_stored_phone_labels(tmp_path: Path) -> None:
    path = tmp_path / "before.db"
    conn = sqlite3.connect(path, isolation_level=None)
    vocabulary = next(m.version for m in migrations.MIGRATIONS if "phone labels" in m.name)
    migrations.apply(conn, target=vocabulary - 1)
    conn.execute(
        "INSERT INTO persons (given_name, family_name, created_at, updated_at) "
        "VALUES ('Marie', 'Dupont', '2026-01-01', '2026-01-01')"
    )
    labels = ["bureau", "work", " Portable ", "domicile", "Fax", "assistante", ""]
    for position, label in enumerate(labels):
        conn.execute(
            "INSERT INTO person_phones (person_id, number, label, position, created_at, "
            "updated_at) VALUES (1, ?, ?, ?, '2026-01-01', '2026-01-01')",
            (f"+33 1 40 00 00 0{position}", label, position),
        )
    conn.close()
    with open_store(path, clock=fixed_clock) as store:
        phones = records.get_person(store, 1).phones
    assert [p.label for p in phones] == [
        "work", "work", "mobile", "home", "fax", "assistante", "",
    ]  # fmt: skip
    assert [p.number for p in phones] == [f"+33 1 40 00 00 0{n}" for n in range(len(labels))]


def test_file_names_say_the_quarter_in_the_interface_language() -> None:
    quarter, half = parse_period("2026-Q4"), parse_period("2026-S2")
    set_translator(None, "fr")
    try:
        assert (quarter.file_code, half.file_code) == ("2026-T4", "2026-S2")
    finally:
        set_translator(None, "en")
    assert (quarter.file_code, half.file_code) == ("2026-Q4", "2026-H2")
    assert parse_period("2026-09").file_code == "2026-09"
    # A French code typed on the command line is the same period.
    assert parse_period("2026-T4") == quarter
