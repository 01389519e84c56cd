"""Writing an export file: beside its destination, renamed into place when complete.

The file is readable by its owner only (it holds personal data), like the database.

A cancelled or failed export leaves no half-written file, and never replaces a good file by
a broken one. Errors of the file system become one sentence naming the file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from attache_app import tempfiles
from attache_app.errors import AttacheError
from attache_app.i18n import translate


class ExportError(AttacheError):
    """An export could not be written; the message names the file and the reason."""


class Cancelled(Exception):
    """Raised by a progress callback to stop an export; nothing is written."""


MINIMUM_PASSWORD = 8
"""The same minimum as a database passphrase (storage.crypto.MINIMUM_LENGTH)."""

Progress = Callable[[int, int], None]
"""Called with (done, total) as the export goes; raising :class:`Cancelled` stops it."""


def no_progress(done: int, total: int) -> None:
    pass


def _reason(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return translate("Export", "the disk is full.")
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EROFS):
        return translate("Export", "writing there is not allowed (permission denied).")
    if isinstance(error, FileNotFoundError):
        return translate("Export", "the folder does not exist.")
    if isinstance(error, IsADirectoryError):
        return translate("Export", "this is a folder, not a file.")
    return error.strerror or str(error)


def failure(path: Path, error: OSError) -> ExportError:
    return ExportError(
        translate("Export", "Cannot write {file}: {reason}").format(
            file=path, reason=_reason(error)
        )
    )


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a temporary path in the destination's folder; on success it becomes ``path``."""
    path = Path(path)
    if path.is_dir():
        raise failure(path, IsADirectoryError(errno.EISDIR, "is a directory"))
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".part", dir=path.parent if str(path.parent) else "."
        )
        os.close(handle)
    except OSError as error:
        raise failure(path, error) from None
    temporary = Path(name)
    # Noted in this process's private folder while it is written: if the process is
    # killed, the next start removes the half-written file (tempfiles.use_private_temp).
    with tempfiles.tracking(temporary):
        try:
            yield temporary
            os.replace(temporary, path)
        except OSError as error:
            temporary.unlink(missing_ok=True)
            raise failure(path, error) from None
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise


def protect(plain: Path, password: str, dest: Path) -> None:
    """Encrypt the workbook ``plain`` with Excel's own password protection (ECMA-376
    agile encryption, what Excel and LibreOffice open with the password) into ``dest``."""
    from msoffcrypto.format.ooxml import OOXMLFile

    if len(password) < MINIMUM_PASSWORD:
        raise ExportError(
            translate("Export", "A password needs at least {count} characters.").format(
                count=MINIMUM_PASSWORD
            )
        )
    with plain.open("rb") as source, dest.open("wb") as target:
        OOXMLFile(source).encrypt(password, target)


@contextlib.contextmanager
def workbook_output(path: Path, password: str | None) -> Iterator[Path]:
    """Like :func:`atomic_output`; with a password, the workbook is written to a private
    temporary file first and only its encrypted form reaches the destination."""
    if password is None:
        with atomic_output(path) as temporary:
            yield temporary
        return
    with tempfile.TemporaryDirectory(prefix="attache-") as folder:
        plain = Path(folder) / "plain.xlsx"
        yield plain
        with atomic_output(path) as temporary:
            protect(plain, password, temporary)
