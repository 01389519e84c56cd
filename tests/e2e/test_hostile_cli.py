"""Hostile files through the real `attache` command (issue 14, item 6): one sentence, exit 1,
the database exactly as it was; nothing stored reaches the terminal raw; `--dry-run` on a
read-only database. The readers' side is in tests/unit/importing/test_hostile.py."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import BIN, CliRunner
from tests.fault_tools import clean_failure, mount, state

_RAW = ("\x1b", "\x07", "\x9b", "\x00")
"""What a terminal would act on."""


@pytest.fixture
def db(cli: CliRunner, tmp_path: Path) -> Path:
    path = tmp_path / "post.db"
    assert cli("--db", path, "init").returncode == 0
    listed = tmp_path / "known.csv"
    listed.write_text("Name,Email\nMarie Curie,marie.curie@example.fr\n", encoding="utf-8")
    assert cli("--db", path, "import", listed).returncode == 0
    return path


def _refused(cli: CliRunner, db: Path, path: Path, *fragments: str) -> str:
    before = state(db)
    result = cli("--db", db, "import", path)
    clean_failure(result, *fragments)
    assert state(db) == before
    return result.stderr


def test_a_workbook_that_made_calamine_abort(cli: CliRunner, db: Path, tmp_path: Path) -> None:
    """A cell at XFD1048576 made python-calamine abort the process (exit 134)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Email"])
    sheet.append(["Wei Chen", "wei.chen@example.org"])
    sheet["XFD1048576"] = "x"
    book.save(tmp_path / "far.xlsx")
    _refused(cli, db, tmp_path / "far.xlsx", "far.xlsx", "row 1,048,576")
    dry = cli("--db", db, "import", tmp_path / "far.xlsx", "--dry-run")
    assert dry.returncode == 1 and "Traceback" not in dry.stderr


def test_a_fifo_does_not_block(db: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "contacts.csv"
    os.mkfifo(fifo)
    before = state(db)
    result = subprocess.run(
        [str(BIN / "attache"), "--db", str(db), "import", str(fifo)],
        capture_output=True,
        text=True,
        timeout=60,  # it blocked forever: a hang fails here instead of hanging the suite
        check=False,
    )
    clean_failure(result, "not a regular file")
    assert state(db) == before


def test_a_header_only_file_is_refused_not_recorded(
    cli: CliRunner, db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "vide.csv"
    path.write_text("Nom;Prénom;Courriel\r\n", encoding="cp1252")
    _refused(cli, db, path, "header row", "no contact")
    batches = json.loads(cli("--db", db, "imports", "--json").stdout)
    assert [b["file_name"] for b in batches] == ["known.csv"]  # no empty batch


def test_two_thousand_columns_are_read_quickly(cli: CliRunner, db: Path, tmp_path: Path) -> None:
    """It hung for minutes; the runner's time-out would fail a hang."""
    path = tmp_path / "wide.csv"
    extra = [f"Champ {n}" for n in range(1998)]
    path.write_text(
        ",".join(["Name", "Email", *extra])
        + "\n"
        + ",".join(["Wei Chen", "wei.chen@example.org", *("x" for _ in extra)])
        + "\n",
        encoding="utf-8",
    )
    result = cli("--db", db, "import", path, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["created"] == 1


def test_control_characters_are_removed_named_and_never_printed_raw(
    cli: CliRunner, db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "evil.csv"
    path.write_text(
        "Nom,Prénom,Courriel,Notes\nLin\x1b[2J,Yu\x07,yu.lin@example.org,\x1b]0;owned\x07 title\n",
        encoding="utf-8",
    )
    imported = cli("--db", db, "import", path)
    assert imported.returncode == 0, imported.stderr
    assert (
        "Control characters removed: 4 (line 2, Nom: 1; line 2, Prénom: 1; line 2, Notes: 2)"
        in (imported.stderr)
    )
    dry = json.loads(cli("--db", db, "import", path, "--dry-run", "--json").stdout)
    assert dry["control_characters_removed"][0] == {"where": "line 2", "field": "Nom", "count": 1}
    # A record stored before imports removed them (or typed on the command line).
    added = cli("--db", db, "add", "person", "--given", "Old\x1b[31m", "--family", "Record",
                "--notes", "bell\x07 csi\x9b2J", "--json")  # fmt: skip
    assert added.returncode == 0, added.stderr
    person = json.loads(added.stdout)["id"]
    outputs = [
        cli("--db", db, "list", "persons"),
        cli("--db", db, "list", "persons", "--json"),
        cli("--db", db, "show", "person", person),
        cli("--db", db, "show", "person", person, "--json"),
        cli("--db", db, "search", "Record"),
        cli("--db", db, "search", "Lin", "--json"),
    ]
    for out in outputs:
        assert out.returncode == 0, out.stderr
        for char in _RAW:
            assert char not in out.stdout + out.stderr, (char, out.args)
    shown = outputs[2].stdout
    assert "Old\\x1b[31m" in shown and "bell\\x07 csi\\x9b2J" in shown
    as_json = json.loads(outputs[3].stdout)
    assert as_json["given_name"] == "Old\x1b[31m"  # JSON escapes it, and keeps the data
    assert "Lin[2J" in outputs[0].stdout  # the import stored it without the ESC


def test_file_names_with_new_lines_and_escapes_are_shown_escaped(
    cli: CliRunner, db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "liste\n\x1b[31mrouge.csv"
    path.write_text("Name,Email\n", encoding="utf-8")
    message = _refused(cli, db, path, "liste\\n\\x1b[31mrouge.csv")
    assert "\x1b" not in message and len(message.strip().splitlines()) == 1
    fine = tmp_path / "ok\x1b[2J.csv"
    fine.write_text("Name,Email\nWei Chen,wei.chen@example.org\n", encoding="utf-8")
    dry = cli("--db", db, "import", fine, "--dry-run")
    assert dry.returncode == 0 and "ok\\x1b[2J.csv" in dry.stdout and "\x1b" not in dry.stdout
    assert cli("--db", db, "import", fine).returncode == 0
    history = cli("--db", db, "imports")
    assert "ok\\x1b[2J.csv" in history.stdout and "\x1b" not in history.stdout


# --- --dry-run on a read-only database ---------------------------------------------------


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder another user can reach (pytest's own are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="attache-ro-"))
    folder.chmod(0o755)
    yield folder
    folder.chmod(0o755)
    shutil.rmtree(folder, ignore_errors=True)


def _as_other_user(*args: object) -> subprocess.CompletedProcess[str]:
    """The real command as `nobody` when run as root (root writes through chmod 444)."""
    command = [str(BIN / "attache"), *[str(a) for a in args]]
    if os.geteuid() == 0:
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "HOME": "/nonexistent"},
        check=False,
    )


def test_dry_run_on_a_read_only_file_and_folder(
    db: Path, shared_folder: Path, tmp_path: Path
) -> None:
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        pytest.skip("setpriv (util-linux) is needed to run the command as another user")
    copy = shared_folder / "post.db"
    shutil.copyfile(db, copy)
    listed = shared_folder / "list.csv"
    listed.write_text(
        "Name,Email\nWei Chen,wei.chen@example.org\nMarie Curie,marie.curie@example.fr\n",
        encoding="utf-8",
    )
    copy.chmod(0o444)
    shared_folder.chmod(0o555)  # no -wal, -shm or backup can be made beside it either
    before = state(copy)  # (as root: this read may leave SQLite's -shm beside it)
    files = sorted(p.name for p in shared_folder.iterdir())
    dry = _as_other_user("--db", copy, "import", listed, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "1 new, 1 duplicate, 0 errors" in dry.stdout and "Nothing was written" in dry.stdout
    as_json = _as_other_user("--db", copy, "import", listed, "--dry-run", "--json")
    assert json.loads(as_json.stdout)["new"] == 1
    clean_failure(_as_other_user("--db", copy, "import", listed), "read-only")
    assert state(copy) == before
    assert sorted(p.name for p in shared_folder.iterdir()) == files  # no backup either


def test_dry_run_on_a_read_only_drive(
    cli: CliRunner, db: Path, small_disk: Path, tmp_path: Path
) -> None:
    copy = small_disk / "post.db"
    shutil.copyfile(db, copy)
    listed = tmp_path / "list.csv"
    listed.write_text("Name,Email\nWei Chen,wei.chen@example.org\n", encoding="utf-8")
    before = hashlib.sha256(copy.read_bytes()).hexdigest()
    assert mount("-o", "remount,ro", str(small_disk))
    dry = cli("--db", copy, "import", listed, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "1 new" in dry.stdout
    clean_failure(cli("--db", copy, "import", listed), "read-only")
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == before
