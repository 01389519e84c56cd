"""A private folder for the temporary files of this process.

Exports write temporary files (openpyxl's write-only sheets, the plain workbook before it
is password-protected) that hold personal data in clear. They go to a folder of the user's
own cache, readable by the user only, one sub-folder per process; a process that ends
normally removes its own, and the next start removes those of processes that were killed
or lost power (which cannot clean up after themselves) — never leaving rows of contacts in
the machine's shared /tmp.

Files that must be written beside their destination (an export's ``.part`` file, renamed
when complete) are noted in that private folder while they are written
(:func:`tracking`): the next start removes those a killed process left, with its folder.
Beside the database, :func:`remove_leftovers` removes the ``.part`` files, converted copies
and conversion markers of processes that no longer run.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from platformdirs import user_cache_dir

STALE_AFTER = 24 * 3600
"""Where a process cannot be asked whether it is alive (Windows), its folder is stale after
a day."""


def process_alive(pid: int, stamp: Path) -> bool:
    """Whether process ``pid`` runs; where it cannot be asked (Windows), whether ``stamp``
    (its file or folder) changed in the last day."""
    if pid == os.getpid():
        return True
    if os.name != "posix":  # os.kill would terminate it on Windows
        with contextlib.suppress(OSError):
            return time.time() - stamp.stat().st_mtime < STALE_AFTER
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
            if folder.name.isdigit() and not process_alive(int(folder.name), folder):
                _remove_tracked(folder)
                shutil.rmtree(folder, ignore_errors=True)
        mine = base / str(os.getpid())
        mine.mkdir(mode=0o700, exist_ok=True)
    except OSError:  # no cache folder here: the system's temporary folder, as before
        return Path(tempfile.gettempdir())
    tempfile.tempdir = str(mine)
    atexit.register(shutil.rmtree, mine, True)
    return mine


TRACKED_PREFIX = "writing-"


def _remove_tracked(folder: Path) -> None:
    """Remove the half-written files a dead process noted in its folder."""
    for note in folder.glob(TRACKED_PREFIX + "*"):
        with contextlib.suppress(OSError, UnicodeDecodeError):
            target = Path(note.read_text(encoding="utf-8").strip())
            if target.name.endswith(".part"):
                target.unlink(missing_ok=True)


@contextlib.contextmanager
def tracking(path: Path) -> Iterator[None]:
    """Note ``path`` (a ``.part`` file being written) in this process's private folder
    while the block runs: if the process is killed, the next start removes it."""
    folder = Path(tempfile.gettempdir())
    note: Path | None = None
    if folder.name == str(os.getpid()):
        with contextlib.suppress(OSError):
            handle, name = tempfile.mkstemp(prefix=TRACKED_PREFIX, dir=folder)
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(str(path.absolute()))
            note = Path(name)
    try:
        yield
    finally:
        if note is not None:
            note.unlink(missing_ok=True)


def _part_owner(name: str) -> int | None:
    """The process id in ``name.<pid>.part``, or None."""
    stem = name[: -len(".part")]
    _head, _dot, pid = stem.rpartition(".")
    return int(pid) if pid.isdigit() else None


def remove_leftovers(db_path: Path) -> list[Path]:
    """Remove what killed processes left beside the database ``db_path`` and in its
    backups folder: copies being written (``….<pid>.part``), a converted file not yet
    renamed into place, a conversion marker. Returns what was removed."""
    removed: list[Path] = []
    folder = db_path.parent
    candidates: list[Path] = []
    with contextlib.suppress(OSError):
        candidates += list(folder.glob(f"{glob_escape(db_path.name)}.*"))
        candidates += list((folder / "backups").glob("*.part"))
    for path in candidates:
        name = path.name
        if name.endswith(".part"):
            pid = _part_owner(name)
            stale = pid is not None and not process_alive(pid, path)
        elif name.endswith(".converting"):
            try:
                pid = int(path.read_text(encoding="utf-8").split()[0])
            except (OSError, ValueError, IndexError):
                pid = None
            stale = pid is None or not process_alive(pid, path)
        else:
            stale = False
        if stale:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)
