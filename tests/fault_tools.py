"""Tools of the crash and fault tests: the real `attache` command, a digest of a database's
state, a colleague's contact list, small real file systems (they need root)."""

from __future__ import annotations

import csv
import hashlib
import os
import random
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent
ROWS = 2500
SKIPPED_TABLES = ("search_index_data", "search_index_idx", "search_index_docsize")
"""FTS5's own b-tree pages: their consistency is what `attache check` verifies."""


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def _masked(text: str) -> str:
    return _STAMP.sub("*", _UUID.sub("uuid", text))


def state(path: Path) -> str:
    """A digest of every row of every table. Time stamps taken when the command runs
    (columns ending in ``_at``, the journal's time and the stamps inside its changes) are
    masked, and so are the records' identities (``uuid``, random: only whether each record
    has one counts; in the journal's changes too), so that a finished command's state
    equals the state left by another finished run of the same command."""
    digest = hashlib.sha256()
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            # sqlite_stat1 holds the query planner's statistics, which PRAGMA optimize
            # refreshes when a command closes: not data (a kill after the commit but before
            # the close leaves older statistics beside the same rows).
            if name not in SKIPPED_TABLES
            and name != "schema_migrations"
            and not name.startswith("sqlite_")
        ]
        for table in tables:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
            shown = ", ".join(
                "'*'"
                if column.endswith("_at")
                else "uuid != ''"  # random per run: only whether the record has one
                if column == "uuid"
                else f'"{column}"'
                for column in columns
            )
            if table == "journal":  # its time, and the times and uuids inside its changes
                shown = shown.replace('"at"', "'*'")
            digest.update(table.encode())
            for row in conn.execute(f'SELECT {shown} FROM "{table}" ORDER BY 1, 2'):
                shown_row = (
                    tuple(_masked(v) if isinstance(v, str) else v for v in row)
                    if table == "journal"
                    else row
                )
                digest.update(repr(shown_row).encode())
    finally:
        conn.close()
    return digest.hexdigest()


def cli(*args: object, check: bool = False) -> subprocess.CompletedProcess[str]:
    """The real command; with ``check``, it must succeed."""
    result = subprocess.run(
        [str(BIN / "attache"), *[str(a) for a in args]],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def write_list(path: Path, *, title: str, start: int = 0) -> Path:
    rng = random.Random(7)
    family = ["Chen", "Lin", "Wang", "Huang", "Tsai", "Dupont", "Martin", "Yamada", "Kim"]
    given = ["Chih-Ming", "Shu-Fen", "Marie", "Hélène", "Taro", "Min-jun", "Wei", "Yu-Ting"]
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(["Prénom", "Nom", "Courriel", "Téléphone", "Société", "Fonction"])
        for i in range(start, start + ROWS):
            writer.writerow(
                [
                    rng.choice(given),
                    f"{rng.choice(family)}{i}",
                    f"person{i}@example.org",
                    f"+886 2 {2700_0000 + i}",
                    f"Institute {i % 40}",
                    title,
                ]
            )
    return path


def clean_failure(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    message = result.stderr.strip()
    assert message.startswith("attache: ") and len(message.splitlines()) <= 2, message
    for fragment in fragments:
        assert fragment in message, message


def mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True, check=False).returncode == 0


def fill(disk: Path, leave: int = 8192) -> Path:
    """Fill ``disk`` but ``leave`` bytes."""
    filler = disk / "filler"
    stats = os.statvfs(disk)
    free = stats.f_bavail * stats.f_frsize
    with filler.open("wb") as stream:
        stream.write(b"\0" * max(free - leave, 0))
    return filler
