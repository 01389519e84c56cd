"""Phones read with the contact's country, through the installed `attache` command."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from tests.conftest import CliRunner
from tests.e2e.test_cli import _assert_clean_error

LIST = (
    "Nom;Prénom;Pays;Tél.\r\n"
    "GIRARD;Luc;France;04 76 51 46 00\r\n"
    "QUINIOU;Anne;;02 40 12 34 56\r\n"
    "SATO;Ken;Japon;12 34\r\n"
)


def _taipei(cli: CliRunner, tmp_path: Path) -> Path:
    db = tmp_path / "post.db"
    assert cli("--db", db, "init").returncode == 0
    assert cli("--db", db, "config", "phone_region", "TW").returncode == 0
    return db


def _phones(db: Path) -> dict[str, list[tuple[str, str]]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT p.family_name, ph.number, ph.e164 FROM person_phones ph "
            "JOIN persons p ON p.id = ph.person_id ORDER BY p.id, ph.position"
        ).fetchall()
    found: dict[str, list[tuple[str, str]]] = {}
    for family, number, e164 in rows:
        found.setdefault(family, []).append((number, e164))
    return found


def test_import_with_a_region_for_the_file(cli: CliRunner, tmp_path: Path) -> None:
    db = _taipei(cli, tmp_path)
    path = tmp_path / "liste.csv"
    path.write_bytes(LIST.encode("cp1252"))
    dry = cli("--db", db, "--lang", "en", "import", path, "--region", "France", "--dry-run",
              "--json")  # fmt: skip
    assert dry.returncode == 0, dry.stderr
    listed = json.loads(dry.stdout)["phones_kept_as_typed"]
    assert [(p["where"], p["name"], p["number"], p["region"]) for p in listed] == [
        ("line 4", "Ken Sato", "12 34", "JP")
    ]
    assert (
        listed[0]["message"] == "“12 34” is not a valid telephone number in Japan; kept as typed."
    )
    assert _phones(db) == {}  # a dry run writes nothing
    done = cli("--db", db, "--lang", "en", "import", path, "--region", "FR")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Import 1: 3 created")
    assert "kept as typed" in lines[1]
    assert re.split(r"\s{2,}", lines[-1].strip()) == ["line 4", "Ken Sato", "12 34", "Japan"]
    assert _phones(db) == {
        "Girard": [("04 76 51 46 00", "+33476514600")],
        "Quiniou": [("02 40 12 34 56", "+33240123456")],
        "Sato": [("12 34", "")],
    }


def test_without_a_region_the_post_reads_rows_without_a_country(
    cli: CliRunner, tmp_path: Path
) -> None:
    db = _taipei(cli, tmp_path)
    path = tmp_path / "liste.csv"
    path.write_bytes(LIST.encode("cp1252"))
    result = json.loads(cli("--db", db, "import", path, "--json").stdout)
    assert [p["number"] for p in result["phones_kept_as_typed"]] == ["12 34"]
    phones = _phones(db)
    assert phones["Girard"] == [("04 76 51 46 00", "+33476514600")]  # its row says France
    assert phones["Quiniou"] == [("02 40 12 34 56", "+886240123456")]  # nothing says more


def test_an_unknown_region_is_one_sentence_and_nothing_is_written(
    cli: CliRunner, tmp_path: Path
) -> None:
    db = _taipei(cli, tmp_path)
    path = tmp_path / "liste.csv"
    path.write_bytes(LIST.encode("cp1252"))
    _assert_clean_error(
        cli("--db", db, "--lang", "en", "import", path, "--region", "Groland"), "Groland"
    )
    assert _phones(db) == {}


def test_check_lists_numbers_of_another_country(cli: CliRunner, tmp_path: Path) -> None:
    db = _taipei(cli, tmp_path)
    added = cli("--db", db, "--lang", "en", "add", "person", "--family", "Quiniou",
                "--phone", "02 40 12 34 56", "--phone", "12")  # fmt: skip
    assert added.returncode == 0
    assert added.stderr.strip() == "“12” is not a valid telephone number in Taiwan; kept as typed."
    sound = cli("--db", db, "--lang", "en", "check")
    assert sound.returncode == 0 and "phone" not in sound.stdout.lower()
    # The person is in France: the number read with the post's region is now suspect.
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE persons SET country = 'FR'")
    listed = cli("--db", db, "--lang", "en", "check")
    assert listed.returncode == 0  # a thing to look at, not a damaged database
    assert listed.stdout.splitlines()[-1] == (
        "Person 1 (Quiniou): “02 40 12 34 56” is stored as +886240123456, a number of "
        "Taiwan, but the person is in France."
    )
    report = json.loads(cli("--db", db, "check", "--json").stdout)
    assert report["ok"] is True
    assert [
        (m["person_id"], m["e164"], m["country"]) for m in report["phone_country_mismatches"]
    ] == [(1, "+886240123456", "FR")]
    # Updating the person reads the number again with the person's country.
    assert cli("--db", db, "update", "person", "1", "--city", "Nantes").returncode == 0
    assert _phones(db)["Quiniou"][0] == ("02 40 12 34 56", "+33240123456")
    report = json.loads(cli("--db", db, "check", "--json").stdout)
    assert report["phone_country_mismatches"] == []


def test_a_number_read_again_with_a_new_country_is_said(cli: CliRunner, tmp_path: Path) -> None:
    """`update person --country` reads a national number with the new country (the rule of
    the editor, whose E.164 column shows it): the command says which number changed, from
    what to what; a number typed in its international form, or an update that changes no
    reading, says nothing."""
    db = _taipei(cli, tmp_path)
    added = cli(
        "--db", db, "add", "person", "--family", "Morel", "--country", "FR",
        "--phone", "02 40 12 34 56", "--phone", "+33 6 12 34 56 78", "--json",
        env={"ATTACHE_LANG": "fr"},
    )  # fmt: skip
    person = str(json.loads(added.stdout)["id"])
    moved = cli(
        "--db", db, "update", "person", person, "--country", "JP", env={"ATTACHE_LANG": "fr"}
    )
    assert moved.returncode == 0
    lines = moved.stderr.strip().splitlines()
    assert len(lines) == 1, moved.stderr
    assert "« 02 40 12 34 56 » se lit maintenant +81240123456 (numéro du pays : Japon)" in lines[0]
    assert "il se lisait +33240123456 (numéro du pays : France)" in lines[0]
    assert _phones(db)["Morel"] == [
        ("02 40 12 34 56", "+81240123456"),
        ("+33 6 12 34 56 78", "+33612345678"),
    ]
    renamed = cli("--db", db, "update", "person", person, "--given", "Jean")
    assert renamed.returncode == 0 and renamed.stderr == ""
