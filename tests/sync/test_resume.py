"""Kill -9 in the middle of a sync (the real `attache sync`, pulling then pushing in batches
of 100): the next round resumes from its checkpoint, with no duplicate and no loss."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import EmailAddress, Person
from attache_app.services import records
from attache_app.storage import persons as person_store
from tests.conftest import BIN
from tests.sync.conftest import MEMBERS, Desktop

COUNT = 1500


def _people(prefix: str) -> list[Person]:
    return [
        Person(
            given_name=f"{prefix}{n}",
            family_name="Tester",
            source="manual",
            emails=[EmailAddress(f"{prefix.lower()}{n}@example.org")],
        )
        for n in range(COUNT)
    ]


def _uuids(desktop: Desktop) -> list[str]:
    with desktop.store() as store:
        ids = records.list_ids(store, RecordKind.PERSON)
        return sorted(p.uuid for p in records.get_many(store, RecordKind.PERSON, ids))


def _scalar(path: Path, sql: str) -> object:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    try:
        row = conn.execute(sql).fetchone()
        return row[0] if row else None
    except sqlite3.OperationalError:
        return None  # busy: ask again
    finally:
        conn.close()


def _kill_when(desktop: Desktop, sql: str, ready: object) -> int:
    """Run `attache sync` and kill -9 it once ``sql`` on its database says ``ready``."""
    process = subprocess.Popen(
        [str(BIN / "attache"), "--db", str(desktop.path), "sync"],
        env={
            **os.environ,
            "ATTACHE_SYNC_PASSWORD": MEMBERS[desktop.user],
            "ATTACHE_SYNC_BATCH": "100",
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        value = _scalar(desktop.path, sql)
        if value is not None and ready(value):  # type: ignore[operator]
            os.kill(process.pid, signal.SIGKILL)
            break
        time.sleep(0.02)
    return process.wait(timeout=30)


def test_killed_pull_and_push_resume_without_duplicate_or_loss(
    desktops: list[Desktop],
) -> None:
    marie, paul, lin = desktops
    with marie.store() as store:
        person_store.insert_many(store, _people("M"))
    marie.sync()
    with paul.store() as store:
        person_store.insert_many(store, _people("P"))
    # Paul's pull is killed after some batches were applied.
    code = _kill_when(paul, "SELECT count(*) FROM sync_base", lambda n: 300 <= n < COUNT)
    assert code == -signal.SIGKILL, "the sync ended before it could be killed"
    received = _scalar(paul.path, "SELECT count(*) FROM sync_base")
    assert isinstance(received, int) and 0 < received < COUNT
    # Then his push is killed after some of his persons reached the hub.
    code = _kill_when(
        paul, "SELECT count(*) FROM sync_base", lambda n: COUNT + 200 <= n < 2 * COUNT
    )
    assert code == -signal.SIGKILL, "the push ended before it could be killed"
    paul.sync()
    marie.sync()
    lin.sync()
    expected = _uuids(paul)
    assert len(expected) == len(set(expected)) == 2 * COUNT
    assert _uuids(marie) == expected
    assert _uuids(lin) == expected
    for desktop in desktops:
        assert desktop.sync() == {"pushed": 0, "pulled": 0, "conflicts": 0}
