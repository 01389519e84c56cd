"""Columns that repeat others (Outlook's « E-mail Display Name » and « E-mail Type », an
export's own ids and stamps) are ignored by default, but never silently: the dry run (text
and JSON) names each with its reason, and the user can keep one in the notes (`--keep`).
Checked through the real command on files written as Outlook writes them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attache_app.storage import open_store, persons
from tests.fault_tools import cli

_OUTLOOK = {
    "fr": (
        "Prénom,Nom,Adresse de messagerie,Type de messagerie,Nom complet de messagerie\r\n"
        "Hélène,Lefèvre,helene@example.org,SMTP,Hélène Lefèvre (helene@example.org)\r\n",
        "cp1252",
        ["Type de messagerie", "Nom complet de messagerie"],
    ),
    "en": (
        "First Name,Last Name,E-mail Address,E-mail Type,E-mail Display Name\r\n"
        "Hélène,Lefèvre,helene@example.org,SMTP,Hélène Lefèvre (helene@example.org)\r\n",
        "cp1252",
        ["E-mail Type", "E-mail Display Name"],
    ),
    "own": (
        "id,given_name,family_name,emails,uuid\n"
        "12,Hélène,Lefèvre,helene@example.org,0b7f1c0e-55a4-4c1b-9a57-3d0c2a7e2f10\n",
        "utf-8",
        ["id", "uuid"],
    ),
}


@pytest.mark.parametrize("kind", sorted(_OUTLOOK))
def test_repeat_columns_are_named_with_their_reason_and_can_be_kept(
    tmp_path: Path, kind: str
) -> None:
    text, encoding, repeats = _OUTLOOK[kind]
    path = tmp_path / "contacts.csv"
    path.write_bytes(text.encode(encoding))
    db = tmp_path / "c.db"
    cli("--db", db, "init", check=True)
    report = json.loads(cli("--db", db, "import", path, "--dry-run", "--json", check=True).stdout)
    ignored = [c for c in report["columns"] if c["fate"] == "ignored"]
    assert [c["header"] for c in ignored] == repeats
    for column in ignored:
        assert column["label"] == "repeats" and column["filled"] == 1
        assert column["description"] == "ignored (it repeats other columns)"
    # Every other column is mapped: nothing else is dropped.
    assert all(c["fate"] == "mapped" for c in report["columns"] if c not in ignored)
    text_out = cli("--db", db, "--lang", "fr", "import", path, "--dry-run", check=True).stdout
    for header in repeats:
        line = next(x for x in text_out.splitlines() if header in x)
        assert "ignorée" in line and "répète" in line
    # The user keeps the last one: its value lands in the notes as « Header: value ».
    cli("--db", db, "import", path, "--keep", repeats[-1], check=True)
    with open_store(db) as store:
        (person,) = persons.get_many(store, [r[0] for r in store.execute("SELECT id FROM persons")])
    assert (person.given_name, person.family_name) == ("Hélène", "Lefèvre")
    kept = {line.partition(": ")[0]: line.partition(": ")[2] for line in person.notes.splitlines()}
    assert repeats[-1] in kept and repeats[0] not in kept
    assert kept[repeats[-1]] in text.splitlines()[1]
