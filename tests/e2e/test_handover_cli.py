"""The hand-over through the real `attache` command: private notes, the package, bad input."""

from __future__ import annotations

import io
import json
import subprocess
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


def _decrypt(path: Path, password: str) -> bytes:
    import msoffcrypto

    clear = io.BytesIO()
    with path.open("rb") as stream:
        office = msoffcrypto.OfficeFile(stream)
        office.load_key(password=password)
        office.decrypt(clear)
    return clear.getvalue()


def _clean_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    message = result.stderr.strip()
    assert message.startswith("attache: ") and len(message.splitlines()) == 1, message
    for fragment in fragments:
        assert fragment in message, message


def test_handover_writes_a_protected_package(cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "post.db"
    assert cli("--db", db, "demo").returncode == 0
    out = tmp_path / "out" / "passation.xlsx"
    out.parent.mkdir()
    env = {"ATTACHE_PACKAGE_PASSWORD": "relève de septembre"}
    made = cli("--db", db, "--lang", "en", "handover", out, "--json", env=env)
    assert made.returncode == 0, made.stderr
    result = json.loads(made.stdout)
    assert result["protected"] is True
    assert len(result["left_out"]["private_notes"]) == 3  # the demo's
    stats = json.loads(cli("--db", db, "stats", "--json").stdout)
    assert result["counts"]["notes"] == stats["notes"] - 3
    assert result["counts"]["persons"] == stats["persons"]  # nobody due for review
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_filelike(
        io.BytesIO(_decrypt(out, env["ATTACHE_PACKAGE_PASSWORD"]))
    )
    assert book.sheet_names[0] == "Hand-over note"
    # Text output names what was left out.
    again = cli("--db", db, "--lang", "en", "handover", out, env=env)
    assert again.returncode == 0
    assert "Left out: Private watch notes: 3" in again.stdout
    for note in result["left_out"]["private_notes"]:
        assert note["title"] in again.stdout
    assert sorted(p.name for p in out.parent.iterdir()) == ["passation.xlsx"]


def test_handover_refuses_in_one_sentence(cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "secret.db"
    env = {"ATTACHE_PASSPHRASE": "une longue phrase de passe"}
    assert cli("--db", db, "init", "--encrypt", env=env).returncode == 0
    out = tmp_path / "p.xlsx"
    refused = cli("--db", db, "--lang", "en", "handover", out, "--no-protect", env=env)
    _clean_error(refused, "encrypted", "must be protected")
    short = cli(
        "--db", db, "--lang", "en", "handover", out,
        env=env | {"ATTACHE_PACKAGE_PASSWORD": "court"},
    )  # fmt: skip
    _clean_error(short, "8")
    unasked = cli("--db", db, "--lang", "en", "handover", out, env=env)  # no terminal
    _clean_error(unasked, "ATTACHE_PACKAGE_PASSWORD")
    folder = cli(
        "--db", db, "--lang", "en", "handover", tmp_path / "none" / "p.xlsx",
        env=env | {"ATTACHE_PACKAGE_PASSWORD": "un mot de passe"},
    )  # fmt: skip
    _clean_error(folder, "p.xlsx")
    assert not out.exists() and not (tmp_path / "none").exists()
    made = cli(
        "--db", db, "handover", out, "--json",
        env=env | {"ATTACHE_PACKAGE_PASSWORD": "un mot de passe"},
    )  # fmt: skip
    assert made.returncode == 0 and json.loads(made.stdout)["protected"] is True
    assert not out.read_bytes().startswith(b"PK")


def test_the_successor_imports_the_package(cli: CliRunner, tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    assert cli("--db", old, "demo").returncode == 0
    package = tmp_path / "Passation.xlsx"
    env = {"ATTACHE_PACKAGE_PASSWORD": "relève de septembre"}
    written = json.loads(cli("--db", old, "handover", package, "--json", env=env).stdout)
    new = tmp_path / "new.db"
    assert cli("--db", new, "init").returncode == 0
    before = json.loads(cli("--db", new, "stats", "--json").stdout)
    dry = cli("--db", new, "--lang", "en", "import", package, "--dry-run", "--json", env=env)
    assert dry.returncode == 0, dry.stderr
    plan = json.loads(dry.stdout)
    assert plan["dry_run"] is True and plan["package"]["version"] == 1
    assert "Private watch notes: 3" in plan["package"]["note"]["facts"]["Left out"]
    assert plan["counts"]["persons"]["file"] == written["counts"]["persons"]
    assert json.loads(cli("--db", new, "stats", "--json").stdout) == before  # nothing written
    text = cli("--db", new, "--lang", "en", "import", package, "--dry-run", env=env)
    assert "Hand-over note" in text.stdout and "Nothing was written" in text.stdout
    done = cli("--db", new, "import", package, "--json", env=env)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    stats = json.loads(cli("--db", new, "stats", "--json").stdout)
    assert stats["persons"] == written["counts"]["persons"]
    assert stats["notes"] == written["counts"]["notes"]
    batch = result["batch"]
    undone = cli("--db", new, "undo-import", str(batch))
    assert undone.returncode == 0, undone.stderr
    assert json.loads(cli("--db", new, "stats", "--json").stdout)["persons"] == 0


def test_a_bad_package_is_one_sentence_on_import(cli: CliRunner, tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    assert cli("--db", old, "demo").returncode == 0
    package = tmp_path / "Passation.xlsx"
    env = {"ATTACHE_PACKAGE_PASSWORD": "relève de septembre"}
    assert cli("--db", old, "handover", package, env=env).returncode == 0
    new = tmp_path / "new.db"
    assert cli("--db", new, "init").returncode == 0
    wrong = cli(
        "--db", new, "--lang", "en", "import", package,
        env={"ATTACHE_PACKAGE_PASSWORD": "pas le bon mot de passe"},
    )  # fmt: skip
    _clean_error(wrong, "password does not open", "Passation.xlsx")
    asked = cli("--db", new, "--lang", "en", "import", package)  # no terminal to ask in
    _clean_error(asked, "ATTACHE_PACKAGE_PASSWORD")
    damaged = tmp_path / "Abîmé.xlsx"
    damaged.write_bytes(package.read_bytes()[:25000])
    _clean_error(cli("--db", new, "--lang", "en", "import", damaged, env=env), "Abîmé.xlsx")
    imports = json.loads(cli("--db", new, "imports", "--json").stdout)
    assert imports == []
    assert json.loads(cli("--db", new, "stats", "--json").stdout)["persons"] == 0
