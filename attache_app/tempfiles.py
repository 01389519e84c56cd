"""A private folder for the temporary files of this process.

Exports write temporary files (openpyxl's write-only sheets, the plain workbook before it
is password-protected) that hold personal data in clear. They go to a folder of the user's
own cache, readable by the user only, one sub-folder per process; a process that ends
normally removes its own, and the next start removes those of processes that were killed
or lost power (which cannot clean up after themselves) — never leaving rows of contacts in
the machine's shared /tmp.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import tempfile
import time
from pathlib import Path

from platformdirs import user_cache_dir

STALE_AFTER = 24 * 3600
"""Where a process cannot be asked whether it is alive (Windows), its folder is stale after
a day."""


def _alive(pid: int, folder: Path) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":  # os.kill would terminate it on Windows
        with contextlib.suppress(OSError):
            return time.time() - folder.stat().st_mtime < STALE_AFTER
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive
        return True
    return True


def use_private_temp(root: Path | None = None) -> Path:
    """Make this process's temporary files go to a private folder (returned), after
    removing the folders left by processes that no longer run."""
    base = root or Path(user_cache_dir("Attache", appauthor=False)) / "tmp"
    try:
        base.mkdir(parents=True, exist_ok=True, mode=0o700)
        for folder in base.iterdir():
            if folder.name.isdigit() and not _alive(int(folder.name), folder):
                shutil.rmtree(folder, ignore_errors=True)
        mine = base / str(os.getpid())
        mine.mkdir(mode=0o700, exist_ok=True)
    except OSError:  # no cache folder here: the system's temporary folder, as before
        return Path(tempfile.gettempdir())
    tempfile.tempdir = str(mine)
    atexit.register(shutil.rmtree, mine, True)
    return mine
