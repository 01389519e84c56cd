"""Faults at post: two programs on one database, a full disk, a read-only drive — through
the real command (the window's side: tests/gui/test_faults_window.py). Each gets one clear
sentence, loses nothing, and the window goes on running.

Full and read-only disks are real file systems (a small tmpfs, remounted read-only), a
removed drive is a bind mount lazily unmounted under the open window: these need root
(CI runs as root); elsewhere they are skipped with the reason.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from attache_app.storage import open_store
from tests.conftest import BIN
from tests.fault_tools import ROWS, clean_failure, cli, fill, mount, state, write_list


def test_two_imports_at_once_on_one_database(tmp_path: Path, post_on: Path) -> None:
    """Both succeed one after the other (busy timeout, short transactions), or one is told
    the database is busy; never a traceback, never a mix."""
    one = write_list(tmp_path / "one.csv", title="Ingénieur", start=ROWS)
    two = write_list(tmp_path / "two.csv", title="Directeur", start=2 * ROWS)
    processes = [
        subprocess.Popen(
            [str(BIN / "attache"), "--db", str(post_on), "import", str(f), "--json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for f in (one, two)
    ]
    results = [p.communicate(timeout=300) for p in processes]
    succeeded = 0
    for process, (_out, errors) in zip(processes, results, strict=True):
        assert "Traceback" not in errors
        if process.returncode == 0:
            succeeded += 1
        else:
            assert process.returncode == 1 and "busy" in errors, errors
    assert succeeded >= 1
    assert cli("--db", post_on, "check").returncode == 0
    with open_store(post_on, auto_backup=False) as store:
        assert store.scalar("SELECT count(*) FROM persons") == ROWS * (1 + succeeded)


def test_full_disk_import_export_and_backup(
    tmp_path: Path, post_on: Path, small_disk: Path
) -> None:
    db = small_disk / "post.db"
    shutil.copyfile(post_on, db)
    (small_disk / "backups").mkdir()
    shutil.copytree(post_on.parent / "backups", small_disk / "backups", dirs_exist_ok=True)
    before = state(db)
    filler = fill(small_disk)

    more = write_list(tmp_path / "more.csv", title="Ingénieur", start=ROWS)
    clean_failure(cli("--db", db, "import", more), "full")
    clean_failure(cli("--db", db, "export", "all", small_disk / "tout.xlsx"), "full")
    clean_failure(cli("--db", db, "backup"), "full")
    assert sorted(p.name for p in small_disk.iterdir()) == ["backups", "filler", "post.db"] + (
        ["post.db-shm", "post.db-wal"] if (small_disk / "post.db-wal").exists() else []
    )

    filler.unlink()
    assert cli("--db", db, "check").returncode == 0
    assert state(db) == before  # nothing half-written
    assert cli("--db", db, "import", more).returncode == 0  # and it works once space is back


def test_read_only_drive(tmp_path: Path, post_on: Path, small_disk: Path) -> None:
    db = small_disk / "post.db"
    shutil.copyfile(post_on, db)
    assert mount("-o", "remount,ro", str(small_disk))
    listed = cli("--db", db, "stats", "--json")
    assert listed.returncode == 0 and '"persons": 2500' in listed.stdout  # reading works
    clean_failure(
        cli("--db", db, "add", "person", "--given", "Marie", "--family", "Curie"), "read-only"
    )
    clean_failure(cli("--db", post_on, "export", "all", small_disk / "tout.xlsx"), "not allowed")


def test_full_disk_reading_commands_still_work(
    tmp_path: Path, post_on: Path, small_disk: Path
) -> None:
    """A disk too full for the day's first backup: stats, search, list, check and export
    still read (the export goes to another disk), each saying once that the backup could
    not be made; nothing half-written is left."""
    db = small_disk / "post.db"
    shutil.copyfile(post_on, db)  # no backups folder: today's backup is due
    filler = fill(small_disk, leave=256 * 1024)  # room to open it, not for a backup
    for command in (
        ["stats", "--json"],
        ["search", "Chen"],
        ["list", "persons", "--limit", "5"],
        ["check"],
        ["export", "all", tmp_path / "tout.xlsx"],
    ):
        result = cli("--db", db, *command)
        assert result.returncode == 0, f"{command[0]}: {result.stderr}"
        warning = result.stderr.strip().splitlines()
        assert len(warning) == 1 and "daily backup" in warning[0] and "full" in warning[0], (
            command[0],
            result.stderr,
        )
    assert (tmp_path / "tout.xlsx").stat().st_size > 0
    clean_failure(cli("--db", db, "add", "person", "--given", "Marie", "--family", "Curie"))
    assert not [p for p in small_disk.rglob("*.part")]
    filler.unlink()
    assert cli("--db", db, "stats").stderr == ""  # with room again, the backup is made
    assert len(list((small_disk / "backups").glob("post-*-daily.db"))) == 1


def test_reading_commands_survive_a_backup_folder_that_cannot_be_made(post_on: Path) -> None:
    """The same without root: the backups folder cannot be created (a file is there)."""
    backups = post_on.parent / "backups"
    shutil.rmtree(backups)
    backups.write_text("not a folder")
    result = cli("--db", post_on, "stats", "--json")
    assert result.returncode == 0 and '"persons": 2500' in result.stdout
    assert len(result.stderr.strip().splitlines()) == 1 and "daily backup" in result.stderr
    clean_failure(cli("--db", post_on, "add", "person", "--given", "Marie", "--family", "Curie"))
