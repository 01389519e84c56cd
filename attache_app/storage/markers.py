"""The marker beside a database while another Attaché converts it (encrypts, re-keys,
decrypts or restores it): ``<database>.converting`` holds the process id and what it does.
A connection, a write or an unlock that finds a living process's marker is refused with
one sentence; a marker left by a killed process is ignored."""

from __future__ import annotations

import os
from pathlib import Path

from attache_app.errors import DatabaseError
from attache_app.i18n import translate
from attache_app.tempfiles import process_alive


def marker_path(path: Path) -> Path:
    return path.with_name(path.name + ".converting")


def conversion_running(path: Path) -> str | None:
    """What another process is doing to ``path`` right now (encrypt, rekey, decrypt,
    restore), or None. A marker left by a killed process is ignored."""
    marker = marker_path(path)
    try:
        pid_text, _space, kind = marker.read_text(encoding="utf-8").partition(" ")
        pid = int(pid_text)
    except (OSError, ValueError):
        return None
    if pid == os.getpid() or not process_alive(pid, marker):
        return None
    return kind.strip() or "encrypt"


def converting_error(path: Path, kind: str) -> DatabaseError:
    texts = {
        "encrypt": translate(
            "Crypto",
            "The database {path} is being encrypted: nothing was saved. Try again in a moment.",
        ),
        "rekey": translate(
            "Crypto",
            "The passphrase of the database {path} is being changed: nothing was saved. "
            "Try again in a moment.",
        ),
        "decrypt": translate(
            "Crypto",
            "The encryption of the database {path} is being removed: nothing was saved. "
            "Try again in a moment.",
        ),
        "restore": translate(
            "Crypto",
            "A backup is being restored into the database {path}: nothing was saved. "
            "Try again in a moment.",
        ),
    }
    return DatabaseError(
        texts.get(kind, texts["encrypt"]).format(path=path), reason="converting", path=str(path)
    )


def refuse_if_converting(path: Path) -> None:
    kind = conversion_running(path)
    if kind is not None:
        raise converting_error(path, kind)
