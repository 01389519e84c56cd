"""`attache history KIND ID [--json]` through the installed command: creation, an edit, an
import's merge, its undo and the deletion are all listed, newest first, also once the record
is gone (by its id or its uuid); an erased person leaves only a tombstone."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.conftest import CliRunner
from tests.e2e.test_cli import _assert_clean_error


def test_history_of_a_person_from_creation_to_deletion(cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "post.db"
    assert cli("--db", db, "init").returncode == 0
    added = cli(
        "--db", db, "add", "person", "--given", "Wei", "--family", "Chen",
        "--email", "wei.chen@itri.example", "--tag", "IA", "--json",
    )  # fmt: skip
    person = json.loads(added.stdout)
    edited = cli("--db", db, "update", "person", person["id"], "--title", "Directeur")
    assert edited.returncode == 0, edited.stderr
    listing = tmp_path / "liste.csv"
    listing.write_text(
        "Prénom;Nom;Courriel;Ville\r\nWei;Chen;wei.chen@itri.example;Hsinchu\r\n",
        encoding="utf-8",
    )
    assert cli("--db", db, "import", listing).returncode == 0
    assert cli("--db", db, "undo-import", "1").returncode == 0
    assert cli("--db", db, "delete", "person", person["id"], "--yes").returncode == 0

    shown = cli("--db", db, "--lang", "en", "history", "person", person["id"], "--json")
    assert shown.returncode == 0, shown.stderr
    found = json.loads(shown.stdout)
    assert found["uuid"] == person["uuid"]
    events = [(e["action"], e["origin"]) for e in found["history"]]
    assert events == [
        ("delete", "user"), ("update", "undo"), ("update", "import:1"), ("update", "user"),
        ("create", "user"),
    ]  # fmt: skip
    merge = found["history"][2]
    city = next(c for c in merge["changes"] if c["field"] == "city")
    assert (city["old"], city["new"]) == ("", "Hsinchu")
    assert merge["origin_text"] == "import 1 (liste.csv)"
    created = found["history"][-1]["changes"]
    assert {c["field"]: c["new"] for c in created}["emails"] == [["wei.chen@itri.example", ""]]
    assert {c["field"]: c["new_text"] for c in created}["tags"] == "IA"

    # By uuid too, and as a table, in French.
    table = cli("--db", db, "--lang", "fr", "history", "personne", person["uuid"])
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert "Suppression" in lines[2] and "Création" in table.stdout
    assert "import 1 (liste.csv)" in table.stdout and "Hsinchu" in table.stdout
    # The tombstone: uuid, kind, time, nothing else.
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT uuid, kind FROM tombstones").fetchall() == [
        (person["uuid"], "person")
    ]


def test_history_refuses_what_it_does_not_know(cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "post.db"
    assert cli("--db", db, "init").returncode == 0
    _assert_clean_error(cli("--db", db, "--lang", "en", "history", "person", "42"), "42")
    _assert_clean_error(cli("--db", db, "--lang", "en", "history", "spaceship", "1"), "spaceship")
    _assert_clean_error(
        cli("--db", db, "--lang", "en", "history", "note", "0b5c8f7e-1111-4222-8333-444455556666"),
        "0b5c8f7e",
    )


def test_erasure_keeps_only_the_tombstone(cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "post.db"
    assert cli("--db", db, "init").returncode == 0
    person = json.loads(
        cli(
            "--db", db, "add", "person", "--given", "Zébulon", "--family", "Quaxworth",
            "--email", "zq.unique@quaxmail.example", "--json",
        ).stdout
    )  # fmt: skip
    note = cli(
        "--db", db, "add", "note", "--title", "Visite", "--date", "2026-11-02",
        "--person", person["id"], "--json",
    )  # fmt: skip
    assert note.returncode == 0, note.stderr
    assert cli("--db", db, "update", "person", person["id"], "--title", "Pr").returncode == 0
    assert cli("--db", db, "erase", "person", person["id"], "--yes").returncode == 0
    conn = sqlite3.connect(db)
    assert conn.execute(
        "SELECT count(*) FROM journal WHERE uuid = ?", (person["uuid"],)
    ).fetchone() == (0,)
    assert conn.execute(
        "SELECT kind FROM tombstones WHERE uuid = ?", (person["uuid"],)
    ).fetchall() == [("person",)]
    for (changes,) in conn.execute("SELECT changes FROM journal"):
        assert "Quaxworth" not in changes and "zq.unique" not in changes
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("post.db*") if p.is_file())
    assert b"Quaxworth" not in raw and b"zq.unique" not in raw
    shown = cli("--db", db, "--lang", "en", "history", "person", person["uuid"], "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["history"] == []
