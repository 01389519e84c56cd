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
