"""Temporary files of exports stay in a private folder, and what a killed process left
there is removed at the next start."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from attache_app.tempfiles import use_private_temp


@pytest.fixture
def restore_tempdir() -> Iterator[None]:
    before = tempfile.tempdir
    yield
    tempfile.tempdir = before


@pytest.mark.usefixtures("restore_tempdir")
def test_private_folder_and_leftovers_of_dead_processes(tmp_path: Path) -> None:
    root = tmp_path / "tmp"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    left = root / dead.stdout.strip()
    left.mkdir(parents=True)
    (left / "openpyxl.abc").write_text("<row>Chen Chih-Ming</row>")
    alive = root / str(os.getppid())  # the process that started pytest: alive
    alive.mkdir()
    mine = use_private_temp(root)
    assert mine == root / str(os.getpid())
    assert not left.exists() and alive.exists()
    assert stat.S_IMODE(mine.stat().st_mode) == 0o700
    with tempfile.NamedTemporaryFile(prefix="openpyxl.") as handle:
        assert Path(handle.name).parent == mine


@pytest.mark.usefixtures("restore_tempdir")
def test_a_killed_export_leaves_nothing_beside_its_destination(tmp_path: Path) -> None:
    """A process killed while it writes an export (its ``.part`` file beside the
    destination, a partial workbook in clear): the next start removes the file."""
    root = tmp_path / "tmp"
    out = tmp_path / "exports" / "tout.xlsx"
    out.parent.mkdir()
    script = f"""
import os, pathlib
from attache_app.tempfiles import use_private_temp
from attache_app.exporting.files import atomic_output
use_private_temp(pathlib.Path({str(root)!r}))
with atomic_output(pathlib.Path({str(out)!r})) as temporary:
    temporary.write_bytes(b"PK partial workbook: Chen Chih-Ming")
    os.kill(os.getpid(), 9)
"""
    killed = subprocess.run([sys.executable, "-c", script], capture_output=True, check=False)
    assert killed.returncode != 0
    left = list(out.parent.iterdir())
    assert len(left) == 1 and left[0].name.endswith(".part")  # what a kill leaves
    use_private_temp(root)  # the next start
    assert list(out.parent.iterdir()) == []


def test_leftovers_of_killed_conversions_and_backups_are_removed(tmp_path: Path) -> None:
    from attache_app.storage import markers, open_store

    db = tmp_path / "post.db"
    with open_store(db, create=True):
        pass
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    (tmp_path / "backups").mkdir()
    left = [
        tmp_path / f"post.db.{dead}.part",  # a converted copy, not yet renamed into place
        tmp_path / "backups" / f"post-2026-01-01_090000-daily.db.{dead}.part",
        tmp_path / "post.db.converting",  # the marker of a killed conversion
    ]
    for path in left:
        path.write_text(f"{dead} encrypt")
    alive = tmp_path / "backups" / f"post-x.db.{os.getppid()}.part"  # a living writer's
    alive.write_text("in progress")
    other = tmp_path / "post.db.notes.txt"  # not ours to remove
    other.write_text("keep")
    assert markers.conversion_running(db) is None  # a dead marker does not block
    with open_store(db):
        pass
    assert not any(path.exists() for path in left)
    assert alive.exists() and other.exists()
