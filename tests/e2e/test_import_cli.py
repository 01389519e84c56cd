"""`attache import`, `imports` and `undo-import` through the installed command."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import CliRunner
from tests.e2e.test_cli import _assert_clean_error, _digest

CORPUS = Path(__file__).resolve().parents[1] / "data" / "contacts-corpus"


def _db(cli: CliRunner, tmp_path: Path) -> Path:
    db = tmp_path / "post.db"
    assert cli("--db", db, "init").returncode == 0
    return db


def test_import_json_then_again_then_undo(cli: CliRunner, tmp_path: Path) -> None:
    db = _db(cli, tmp_path)
    path = CORPUS / "konnectly" / "contacts_example.csv"
    first = cli("--db", db, "import", path, "--from", "SST Tokyo", "--json")
    assert first.returncode == 0, first.stderr
    result = json.loads(first.stdout)
    assert {k: result[k] for k in ("batch", "created", "updated", "skipped", "errors")} == {
        "batch": 1,
        "created": 6,
        "updated": 0,
        "skipped": 0,
        "errors": [],
    }
    again = json.loads(cli("--db", db, "import", path, "--json").stdout)
    assert (again["batch"], again["created"], again["already_imported"]) == (None, 0, 1)
    history = json.loads(cli("--db", db, "imports", "--json").stdout)
    assert [(b["id"], b["file_name"], b["sender"]) for b in history] == [
        (1, "contacts_example.csv", "SST Tokyo")
    ]
    assert history[0]["counts"]["created"] == 6
    undone = cli("--db", db, "undo-import", "1")
    assert undone.returncode == 0 and "6 records removed" in undone.stdout
    assert json.loads(cli("--db", db, "stats", "--json").stdout)["persons"] == 0


def test_dry_run_writes_nothing(cli: CliRunner, tmp_path: Path) -> None:
    db = _db(cli, tmp_path)
    before = _digest(db)
    out = cli("--db", db, "import", CORPUS / "node-vcf" / "multiple.vcf", "--dry-run")
    assert out.returncode == 0
    assert "3 contacts" in out.stdout and "same e-mail erika@mustermann.de" in out.stdout
    assert _digest(db) == before


def test_on_duplicate_applies_to_all(cli: CliRunner, tmp_path: Path) -> None:
    db = _db(cli, tmp_path)
    path = CORPUS / "node-vcf" / "multiple.vcf"
    out = json.loads(cli("--db", db, "import", path, "--on-duplicate", "skip", "--json").stdout)
    assert (out["created"], out["skipped"], out["organisations_created"]) == (1, 2, 1)


def test_bad_file_is_one_clear_sentence_and_nothing_changes(cli: CliRunner, tmp_path: Path) -> None:
    db = _db(cli, tmp_path)
    before = _digest(db)
    bad = tmp_path / "cut.vcf"
    bad.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Wei Chen\n", encoding="utf-8")
    _assert_clean_error(cli("--db", db, "import", bad), "cut.vcf, line 1", "END:VCARD")
    _assert_clean_error(cli("--db", db, "import", tmp_path / "none.csv"), "no such file")
    _assert_clean_error(cli("--db", db, "undo-import", "7"), "no import 7")
    assert _digest(db) == before


def test_undo_asks_before_losing_later_edits(cli: CliRunner, tmp_path: Path) -> None:
    db = _db(cli, tmp_path)
    path = tmp_path / "list.csv"
    path.write_text("Nom;Prénom;Courriel\nCHEN;Wei;w.chen@ntu.edu.tw\n", encoding="cp1252")
    assert cli("--db", db, "import", path).returncode == 0
    assert cli("--db", db, "update", "person", "1", "--title", "Dean").returncode == 0
    refused = cli("--db", db, "undo-import", "1")
    _assert_clean_error(refused, "Wei Chen", "--force")
    assert json.loads(cli("--db", db, "stats", "--json").stdout)["persons"] == 1
    assert cli("--db", db, "undo-import", "1", "--force").returncode == 0
    assert json.loads(cli("--db", db, "stats", "--json").stdout)["persons"] == 0


def test_saved_mapping_by_name(cli: CliRunner, tmp_path: Path) -> None:
    db = _db(cli, tmp_path)
    first = tmp_path / "a.csv"
    first.write_text("Qui,Mél\nWei Chen,w.chen@ntu.edu.tw\n", encoding="utf-8")
    saved = cli("--db", db, "import", first, "--save-mapping", "NTU", "--json")
    assert saved.returncode == 0, saved.stderr
    second = tmp_path / "b.csv"
    second.write_text("Mél,Qui\ny.lin@ntu.edu.tw,Yu Lin\n", encoding="utf-8")
    out = json.loads(cli("--db", db, "import", second, "--mapping", "NTU", "--json").stdout)
    assert out["created"] == 1
    _assert_clean_error(cli("--db", db, "import", second, "--mapping", "Nope"), "Nope")
