"""The hand-over through the real `attache` command: private notes, the package, bad input."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import CliRunner


def test_a_note_is_marked_private_and_shared_again(cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    assert cli("--db", db, "init").returncode == 0
    made = cli("--db", db, "add", "note", "--title", "Dîner", "--private", "--json")
    assert made.returncode == 0, made.stderr
    note = json.loads(made.stdout)
    assert note["private"] is True
    listed = json.loads(cli("--db", db, "list", "notes", "--json").stdout)
    assert [n["private"] for n in listed] == [True]
    table = cli("--db", db, "--lang", "en", "list", "notes").stdout
    assert "Private" in table
    changed = cli("--db", db, "update", "note", str(note["id"]), "--no-private", "--json")
    assert json.loads(changed.stdout)["private"] is False
    # Another change leaves the flag as it is.
    cli("--db", db, "update", "note", str(note["id"]), "--private")
    cli("--db", db, "update", "note", str(note["id"]), "--title", "Dîner 2")
    shown = json.loads(cli("--db", db, "show", "note", str(note["id"]), "--json").stdout)
    assert shown["private"] is True and shown["title"] == "Dîner 2"
