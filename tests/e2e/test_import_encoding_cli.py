"""`attache import --encoding`, the encoding in `--dry-run --json`, and in `attache imports`,
through the installed command."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import CliRunner
from tests.e2e.test_cli import _assert_clean_error, _digest

LIST = "Prénom;Nom;Société\r\nHélène;Lefèvre;Société Générale\r\nNiccolò;Rossi;Università\r\n"


def _setup(cli: CliRunner, tmp_path: Path) -> tuple[Path, Path]:
    db = tmp_path / "post.db"
    assert cli("--db", db, "init").returncode == 0
    path = tmp_path / "liste.csv"
    path.write_bytes(LIST.encode("cp1252"))
    return db, path


def test_dry_run_json_says_the_encoding_and_flags_mangled_names(
    cli: CliRunner, tmp_path: Path
) -> None:
    db, path = _setup(cli, tmp_path)
    before = _digest(db)
    found = cli("--db", db, "--lang", "en", "import", path, "--dry-run", "--json")
    assert found.returncode == 0, found.stderr
    report = json.loads(found.stdout)
    assert (report["encoding"], report["encoding_chosen"], report["mangled"]) == (
        "cp1252",
        False,
        [],
    )
    # Read as Vietnamese Windows-1258, « Niccolò » becomes « Niccol » + a combining mark.
    forced = cli(
        "--db", db, "--lang", "en", "import", path, "--dry-run", "--json", "--encoding", "cp1258"
    )
    assert forced.returncode == 0, forced.stderr
    report = json.loads(forced.stdout)
    assert (report["encoding"], report["encoding_chosen"]) == ("cp1258", True)
    assert report["mangled"] == [
        {"where": "line 3, Prénom", "value": "Niccolò".encode("cp1252").decode("cp1258")}
    ]
    text = cli("--db", db, "--lang", "en", "import", path, "--dry-run", "--encoding", "cp775")
    assert "Read as cp775 (cp775)." in text.stdout.splitlines()
    assert "look mis-decoded" in text.stderr and "LefĶvre" in text.stderr
    assert _digest(db) == before


def test_an_unknown_encoding_is_one_sentence(cli: CliRunner, tmp_path: Path) -> None:
    db, path = _setup(cli, tmp_path)
    before = _digest(db)
    for extra in ([], ["--dry-run"]):
        result = cli("--db", db, "--lang", "en", "import", path, "--encoding", "klingon", *extra)
        assert result.returncode == 1
        _assert_clean_error(result, "“klingon” is not an encoding")
    assert _digest(db) == before


def test_the_encoding_is_kept_with_the_batch(cli: CliRunner, tmp_path: Path) -> None:
    db, path = _setup(cli, tmp_path)
    result = cli("--db", db, "--lang", "en", "import", path, "--encoding", "windows-1252")
    assert result.returncode == 0, result.stderr
    assert "look mis-decoded" not in result.stderr
    history = json.loads(cli("--db", db, "imports", "--json").stdout)
    assert [(b["file_name"], b["encoding"]) for b in history] == [("liste.csv", "windows-1252")]
    listing = cli("--db", db, "--lang", "en", "imports").stdout
    assert "Encoding" in listing and "windows-1252" in listing
    persons = json.loads(cli("--db", db, "list", "persons", "--json").stdout)
    assert sorted(p["family_name"] for p in persons) == ["Lefèvre", "Rossi"]
