"""Every `attache` command through the real entry point (a subprocess), good and bad input."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.conftest import BIN, CliRunner


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _assert_clean_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    message = result.stderr.strip()
    assert message.startswith("attache: ")
    assert len(message.splitlines()) <= 2, message
    for fragment in fragments:
        assert fragment in message, message


def test_done_when_scenario(cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    assert cli("--db", db, "demo").returncode == 0
    stats = json.loads(cli("--db", db, "stats", "--json").stdout)
    assert set(stats) == {
        "persons",
        "organisations",
        "notes",
        "deadlines",
        "interactions",
        "programmes",
    }
    assert stats["persons"] == 150
    assert stats["organisations"] >= 40
    assert stats["notes"] == 60
    hits = json.loads(cli("--db", db, "search", "陳", "--json").stdout)
    assert hits and all(h["kind"] == "person" and "陳" in h["title"] for h in hits)
    assert {"kind", "id", "title"} <= set(hits[0])
    assert cli("--db", db, "check").returncode == 0


def test_init_creates_and_is_idempotent(cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "sub" / "new.db"
    result = cli(
        "--db",
        db,
        "init",
        "--post-name",
        "Tokyo",
        "--country",
        "JP",
        "--timezone",
        "Asia/Tokyo",
        "--phone-region",
        "JP",
    )
    assert result.returncode == 0, result.stderr
    assert "Created" in result.stdout
    again = cli("--db", db, "init")
    assert again.returncode == 0
    assert "already exists" in again.stdout
    config = json.loads(cli("--db", db, "config", "--json").stdout)
    assert config["timezone"] == "Asia/Tokyo"
    assert config["post_name"] == "Tokyo"


def test_environment_variable_names_the_database(cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    assert cli("init", env={"ATTACHE_DB": str(db)}).returncode == 0
    assert db.exists()


def test_default_database_lives_in_the_user_data_folder(cli: CliRunner) -> None:
    result = cli("init")
    assert result.returncode == 0
    expected = Path(os.environ["XDG_DATA_HOME"]) / "Attache" / "attache.db"
    assert str(expected) in result.stdout
    assert expected.exists()


def test_add_list_show_update_delete(cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    cli("--db", db, "init", "--phone-region", "TW")
    org = json.loads(
        cli(
            "--db",
            db,
            "add",
            "organisation",
            "--name",
            "Industrial Technology Research Institute",
            "--acronym",
            "ITRI",
            "--native",
            "工業技術研究院",
            "--kind",
            "research_institute",
            "--country",
            "TW",
            "--json",
        ).stdout
    )
    result = cli(
        "--db",
        db,
        "add",
        "person",
        "--given",
        "Chih-Ming",
        "--family",
        "Chen",
        "--native",
        "陳志明",
        "--org",
        "itri",
        "--email",
        "work:CM.Chen@Example.org",
        "--email",
        "cm@example.net",
        "--phone",
        "office:03 591 0000",
        "--tag",
        "IA",
        "--tag",
        "PHC Orchid",
        "--country",
        "TW",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    person = json.loads(result.stdout)
    assert person["organisation_id"] == org["id"]
    listed = json.loads(cli("--db", db, "list", "persons", "--json").stdout)
    assert len(listed) == 1
    entry = listed[0]
    assert entry["given_name"] == "Chih-Ming" and entry["family_name"] == "Chen"
    assert entry["native_name"] == "陳志明"
    assert entry["organisation_name"] == "Industrial Technology Research Institute"
    assert [e["address"] for e in entry["emails"]] == ["cm.chen@example.org", "cm@example.net"]
    assert entry["phones"][0] == {
        "number": "03 591 0000",
        "label": "work",  # « office » is stored as the phone label « work »
        "e164": "+88635910000",
    }
    assert entry["tags"] == ["IA", "PHC Orchid"]

    table = cli("--db", db, "list", "persons").stdout
    assert "Chih-Ming Chen (陳志明)" in table
    assert "cm.chen@example.org" in table

    shown = cli("--db", db, "show", "person", person["id"]).stdout
    assert "陳志明" in shown
    updated = json.loads(
        cli("--db", db, "update", "person", person["id"], "--title", "Director", "--json").stdout
    )
    assert updated["title"] == "Director"
    assert updated["emails"] == entry["emails"]  # unchanged fields stay

    note = json.loads(
        cli(
            "--db",
            db,
            "add",
            "note",
            "--title",
            "ITRI et l'IA",
            "--date",
            "2026-11-20",
            "--theme",
            "IA",
            "--org",
            "ITRI",
            "--person",
            person["id"],
            "--url",
            "https://news.example.org/1",
            "--json",
        ).stdout
    )
    assert note["organisation_ids"] == [org["id"]]
    interaction = cli(
        "--db",
        db,
        "add",
        "interaction",
        "--kind",
        "meeting",
        "--date",
        "2026-11-21",
        "--title",
        "Entretien",
        "--person",
        person["id"],
        "--org",
        "ITRI",
    )
    assert interaction.returncode == 0, interaction.stderr
    programme = cli(
        "--db",
        db,
        "add",
        "programme",
        "--name",
        "PHC Formose (test)",
        "--kind",
        "phc",
        "--country",
        "TW",
        "--agency",
        "NSTC",
    )
    assert programme.returncode == 0, programme.stderr
    # A new database already holds the catalogue: the same name again is refused clearly.
    again = cli("--db", db, "add", "programme", "--name", "PHC Orchid")
    _assert_clean_error(again, "PHC Orchid", "already exists")

    refused = cli("--db", db, "delete", "person", person["id"])
    _assert_clean_error(refused, "--yes")
    assert cli("--db", db, "delete", "person", person["id"], "--yes").returncode == 0
    assert json.loads(cli("--db", db, "list", "persons", "--json").stdout) == []
    assert (
        json.loads(cli("--db", db, "show", "note", note["id"], "--json").stdout)["person_ids"] == []
    )


def test_add_deadline_and_list_in_both_zones(cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    cli("--db", db, "init", "--timezone", "Asia/Taipei")  # with the programme catalogue
    timed = cli(
        "--db",
        db,
        "add",
        "deadline",
        "--programme",
        "PHC Orchid",
        "--title",
        "Dépôt",
        "--due",
        "2027-05-15 23:59",
        "--tz",
        "Europe/Paris",
    )
    assert timed.returncode == 0, timed.stderr
    day = cli(
        "--db",
        db,
        "add",
        "deadline",
        "--programme",
        "phc orchid",
        "--title",
        "Comité",
        "--due",
        "2027-10-01",
        "--all-day",
    )
    assert day.returncode == 0, day.stderr
    listed = json.loads(cli("--db", db, "deadlines", "--json").stdout)
    assert [(d["due_paris"], d["due_post"]) for d in listed] == [
        ("2027-05-15T23:59:00+02:00", "2027-05-16T05:59:00+08:00"),
        ("2027-10-01", "2027-10-01"),
    ]
    tokyo = json.loads(cli("--db", db, "deadlines", "--post-tz", "Asia/Tokyo", "--json").stdout)
    assert tokyo[0]["due_post"] == "2027-05-16T06:59:00+09:00"
    text = cli("--db", db, "deadlines").stdout
    assert "2027-05-15 23:59" in text and "2027-05-16 05:59" in text
    _assert_clean_error(
        cli("--db", db, "add", "deadline", "--title", "X", "--due", "2027-01-01"), "--all-day"
    )
    _assert_clean_error(
        cli("--db", db, "add", "deadline", "--title", "X", "--due", "2027-01-01 10:00"), "--tz"
    )
    _assert_clean_error(
        cli(
            "--db",
            db,
            "add",
            "deadline",
            "--programme",
            "Nope",
            "--title",
            "X",
            "--due",
            "2027-01-01",
            "--all-day",
        ),
        "Nope",
        "PHC Orchid",
    )
    _assert_clean_error(cli("--db", db, "deadlines", "--post-tz", "Mars/Base"), "Mars/Base")


def test_search_table_and_kinds(cli: CliRunner, demo_path: Path) -> None:
    result = cli("--db", demo_path, "search", "itri", "--kind", "organisations", "--json")
    hits = json.loads(result.stdout)
    assert [h["kind"] for h in hits] == ["organisation"]
    assert "ITRI" in hits[0]["title"]
    assert "Nothing found" in cli("--db", demo_path, "search", "zzzzqqq").stdout


def test_list_every_kind_as_json_and_table(cli: CliRunner, demo_path: Path) -> None:
    for kind in ("persons", "organisations", "notes", "deadlines", "interactions", "programmes"):
        result = cli("--db", demo_path, "list", kind, "--json", "--limit", "5")
        assert result.returncode == 0, result.stderr
        assert len(json.loads(result.stdout)) == 5
        table = cli("--db", demo_path, "list", kind, "--limit", "3")
        assert table.returncode == 0
        assert len(table.stdout.strip().splitlines()) == 5  # header, rule, three rows


def test_list_filters(cli: CliRunner, demo_path: Path) -> None:
    french = json.loads(
        cli("--db", demo_path, "list", "persons", "--country", "FR", "--json").stdout
    )
    assert french and all(p["country"] == "FR" for p in french)
    tagged = json.loads(
        cli("--db", demo_path, "list", "organisations", "--tag", "pôle", "--json").stdout
    )
    assert {o["name"] for o in tagged} >= {"Minalogic"}
    _assert_clean_error(cli("--db", demo_path, "list", "notes", "--country", "FR"), "--country")


def test_tag_command(cli: CliRunner, demo_path: Path) -> None:
    assert (
        cli("--db", demo_path, "tag", "person", "1", "2", "--add", "Délégation 2027").returncode
        == 0
    )
    tagged = json.loads(
        cli("--db", demo_path, "list", "persons", "--tag", "délégation 2027", "--json").stdout
    )
    assert [p["id"] for p in tagged] == [1, 2]


def test_backup_restore_and_check(cli: CliRunner, demo_path: Path, tmp_path: Path) -> None:
    dest = tmp_path / "saved.db"
    result = cli("--db", demo_path, "backup", dest)
    assert result.returncode == 0, result.stderr
    assert dest.exists()
    folder = tmp_path / "folder"
    folder.mkdir()
    assert cli("--db", demo_path, "backup", folder).returncode == 0
    assert len(list(folder.glob("demo-*.db"))) == 1
    cli("--db", demo_path, "delete", "person", "1", "2", "3", "--yes")
    _assert_clean_error(cli("--db", demo_path, "restore", dest), "--yes")
    assert cli("--db", demo_path, "restore", dest, "--yes").returncode == 0
    assert json.loads(cli("--db", demo_path, "stats", "--json").stdout)["persons"] == 150
    report = json.loads(cli("--db", demo_path, "check", "--json").stdout)
    assert report == {
        "ok": True,
        "schema_version": report["schema_version"],
        "problems": [],
        "phone_country_mismatches": [],
    }


def test_check_fails_on_a_broken_database(cli: CliRunner, demo_path: Path) -> None:
    conn = sqlite3.connect(demo_path)
    conn.execute("DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_index LIMIT 3)")
    conn.commit()
    conn.close()
    result = cli("--db", demo_path, "check")
    assert result.returncode == 1
    assert "search index" in result.stderr


def test_config_get_and_set(cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    cli("--db", db, "init")
    assert cli("--db", db, "config", "timezone", "Asia/Seoul").returncode == 0
    assert cli("--db", db, "config", "timezone").stdout.strip() == "Asia/Seoul"
    _assert_clean_error(cli("--db", db, "config", "timezone", "Asia/Atlantis"), "Asia/Atlantis")
    _assert_clean_error(cli("--db", db, "config", "colour", "blue"), "colour")


# --- bad input: one sentence, non-zero exit, nothing changed ---------------------------


def test_path_that_does_not_exist(cli: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "x.db"
    _assert_clean_error(cli("--db", missing, "stats"), str(missing), "attache init")
    assert not missing.exists()
    assert not missing.parent.exists()


def test_a_directory(cli: CliRunner, tmp_path: Path) -> None:
    _assert_clean_error(cli("--db", tmp_path, "stats"), "is a folder")
    _assert_clean_error(cli("--db", tmp_path, "init"), "is a folder")


@pytest.mark.parametrize(
    "content",
    [
        b"Pr\xe9nom;Nom\r\nMarie;Dupont\r\n",
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        b"SQLite format 2\x00" + b"\x00" * 100,
    ],
)
def test_a_file_that_is_not_sqlite_is_left_exactly_as_it_was(
    cli: CliRunner, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes(content)
    for command in (["init"], ["demo"], ["stats"], ["add", "person", "--given", "X"]):
        _assert_clean_error(
            cli("--db", path, *command), "not an Attaché database", "left untouched"
        )
        assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contacts.csv"]


def test_another_programs_sqlite_database(cli: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "firefox.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (url TEXT)")
    conn.commit()
    conn.close()
    before = _digest(path)
    _assert_clean_error(cli("--db", path, "demo"), "another program")
    assert _digest(path) == before


def _run_as_nobody(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["su", "nobody", "-s", "/bin/sh", "-c", " ".join(command)],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.skipif(
    not (hasattr(os, "geteuid") and os.geteuid() == 0) or shutil.which("su") is None,
    reason="needs root to run the command as an unprivileged user",
)
def test_read_only_database(cli: CliRunner, demo_template: Path) -> None:
    # A folder the unprivileged user can reach (pytest's own are private to root).
    folder = Path(tempfile.mkdtemp(prefix="attache-ro-"))
    folder.chmod(0o755)
    db = folder / "ro.db"
    shutil.copyfile(demo_template, db)
    db.chmod(0o444)
    before = _digest(db)
    attache = str(BIN / "attache")
    env = "ATTACHE_LANG=en HOME=/tmp"
    write = _run_as_nobody([env, attache, "--db", str(db), "add", "person", "--given", "X"])
    _assert_clean_error(write, "read-only", "left untouched")
    read = _run_as_nobody([env, attache, "--db", str(db), "stats", "--json"])
    assert read.returncode == 0, read.stderr
    assert json.loads(read.stdout)["persons"] == 150
    assert _digest(db) == before
    shutil.rmtree(folder)


def test_unreachable_database(cli: CliRunner, demo_path: Path) -> None:
    """A file behind a folder the user may not enter (a lost network share, say)."""
    if not (hasattr(os, "geteuid") and os.geteuid() == 0):
        pytest.skip("needs root to run the command as an unprivileged user")
    private = demo_path.parent  # pytest's folders are private to root
    result = _run_as_nobody(
        [
            "ATTACHE_LANG=en HOME=/tmp",
            str(BIN / "attache"),
            "--db",
            str(private / "demo.db"),
            "stats",
        ]
    )
    _assert_clean_error(result, "cannot be reached")


def test_locked_database(cli: CliRunner, demo_path: Path) -> None:
    holder = sqlite3.connect(demo_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = cli("--db", demo_path, "add", "person", "--given", "Blocked")
        _assert_clean_error(result, "busy", "another Attaché window or program")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert json.loads(cli("--db", demo_path, "stats", "--json").stdout)["persons"] == 150


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["add", "person", "--given", "A", "--email", "nope"], "not an e-mail address"),
        (["add", "person", "--given", "A", "--country", "XX"], "not a country code"),
        (["add", "person"], "needs a name"),
        (["add", "person", "--given", "A", "--org", "Nonexistent Institute"], "No organisation"),
        (["add", "organisation", "--name", "X", "--kind", "castle"], "castle"),
        (["add", "organisation", "--name", "X", "--website", "not a url"], "web address"),
        (["add", "note", "--title", "T", "--date", "31/12/2026"], "not a date"),
        (["add", "note", "--title", "T", "--person", "9999"], "9999"),
        (["add", "interaction", "--title", "T", "--kind", "party"], "party"),
        (["update", "person", "9999", "--title", "X"], "no person with id 9999"),
        (["show", "note", "9999"], "no watch note with id 9999"),
        (["delete", "organisation", "9999", "--yes"], "9999"),
        (["tag", "person", "1"], "--add"),
    ],
)
def test_invalid_values(cli: CliRunner, demo_path: Path, args: list[str], fragment: str) -> None:
    before = json.loads(cli("--db", demo_path, "stats", "--json").stdout)
    _assert_clean_error(cli("--db", demo_path, *args), fragment)
    assert json.loads(cli("--db", demo_path, "stats", "--json").stdout) == before


def test_mistyped_commands_exit_2_without_traceback(cli: CliRunner, tmp_path: Path) -> None:
    for args in (["frobnicate"], ["list", "cats"], ["show", "person", "abc"], []):
        result = cli("--db", tmp_path / "x.db", *args)
        assert result.returncode == 2
        assert "Traceback" not in result.stderr


def test_french_messages(cli: CliRunner, tmp_path: Path) -> None:
    result = cli("--db", tmp_path / "none.db", "stats", env={"ATTACHE_LANG": "fr"})
    _assert_clean_error(result, "Aucune base")
    english = cli("--lang", "en", "--db", tmp_path / "none.db", "stats", env={"ATTACHE_LANG": "fr"})
    _assert_clean_error(english, "There is no database")


def test_python_dash_m_and_version(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(BIN / "attache"), "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert result.stdout.startswith("attache ")
