"""Faults of the hub: down, wrong password, HTTP 500, malformed JSON, a time-out. Each is one
sentence from the real `attache` command (exit 1, no traceback), and the local data stay
exactly as they were."""

from __future__ import annotations

import hashlib
import http.server
import json
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from attache_app.domain.models import Person
from attache_app.services import records
from attache_app.storage import open_store
from attache_app.sync import service as sync
from tests.conftest import CliRunner, fixed_clock
from tests.sync.conftest import MEMBERS


class _Stub(http.server.BaseHTTPRequestHandler):
    """A hub that answers ``GET /<db>`` like CouchDB, and everything else by its mode."""

    def log_message(self, *_args: object) -> None:
        pass

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _answer(self) -> None:
        db, _, rest = self.path.lstrip("/").partition("/")
        if not rest:
            self._send(200, json.dumps({"db_name": db, "doc_count": 0, "update_seq": 0}).encode())
            return
        if db == "fail500":
            self._send(500, b'{"error":"unknown_error","reason":"function_clause"}')
        elif db == "malformed":
            self._send(200, b'{"results": [{"id": "person:1", "doc": ')
        elif db == "slow":
            time.sleep(3)
            self._send(200, b'{"results": [], "last_seq": 0}')
        else:
            self._send(404, b'{"error":"not_found"}')

    do_GET = do_POST = do_PUT = _answer


@pytest.fixture(scope="module")
def stub() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Stub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _user_data(path: Path) -> str:
    """A digest of the records and of what the desktop knows of the hub (not the status
    line: the last error is remembered for the window's status bar)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        for table in ("persons", "person_emails", "sync_base", "sync_conflicts", "sync_outbox"):
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1"):
                digest.update(repr(row).encode())
        for row in conn.execute(
            "SELECT key, value FROM sync_state WHERE key NOT IN ('last_error') ORDER BY key"
        ):
            digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        conn.close()


def _desktop(tmp_path: Path, url: str) -> Path:
    path = tmp_path / "post.db"
    with open_store(path, create=True, clock=fixed_clock, auto_backup=False) as store:
        records.save_person(store, Person(given_name="Hana", family_name="Kim"))
        sync.connect(store, url, "marie", MEMBERS["marie"])
    return path


@pytest.mark.parametrize(
    ("database", "sentence"),
    [
        ("fail500", "answered with an error (HTTP 500): function_clause"),
        ("malformed", "sent an answer that is not valid JSON"),
        ("slow", "did not answer within 1 seconds"),
    ],
)
def test_hub_faults_are_one_sentence_and_change_nothing(
    stub: str, tmp_path: Path, cli: CliRunner, database: str, sentence: str
) -> None:
    path = _desktop(tmp_path, f"{stub}/{database}")
    before = _user_data(path)
    done = cli(
        "--db",
        path,
        "sync",
        env={"ATTACHE_SYNC_PASSWORD": MEMBERS["marie"], "ATTACHE_SYNC_TIMEOUT": "1"},
    )
    assert done.returncode == 1, done.stderr
    assert sentence in done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert done.stdout == ""
    assert _user_data(path) == before
    status = cli("--db", path, "sync", "status", "--json")
    assert sentence in json.loads(status.stdout)["last_error"]


def test_hub_down(tmp_path: Path, cli: CliRunner, hub_url: str) -> None:
    path = _desktop(tmp_path, hub_url)
    with open_store(path, clock=fixed_clock, auto_backup=False) as store:
        sync.sync(store, password=MEMBERS["marie"])
        records.save_person(store, Person(given_name="Sora", family_name="Lee"))
    before = _user_data(path)
    down = f"http://127.0.0.1:{_closed_port()}/post"
    with sqlite3.connect(path) as conn:  # the hub moved away: same data, unreachable address
        conn.execute("UPDATE sync_state SET value = ? WHERE key = 'url'", (json.dumps(down),))
    before_moved = _user_data(path)
    done = cli("--db", path, "sync", env={"ATTACHE_SYNC_PASSWORD": MEMBERS["marie"]})
    assert done.returncode == 1
    assert f"The hub {down} cannot be reached" in done.stderr
    assert done.stderr.count("\n") == 1
    assert _user_data(path) == before_moved != before


def test_wrong_password_and_unknown_database(tmp_path: Path, cli: CliRunner, hub_url: str) -> None:
    path = tmp_path / "post.db"
    cli("--db", path, "init", "--post-name", "Taipei")
    before = _user_data(path)
    done = cli(
        "--db", path, "sync", "connect", hub_url, "--user", "marie",
        env={"ATTACHE_SYNC_PASSWORD": "wrong"},
    )  # fmt: skip
    assert done.returncode == 1
    assert "refused the user name “marie” or its password" in done.stderr
    assert _user_data(path) == before
    done = cli(
        "--db", path, "sync", "connect", hub_url + "-nope", "--user", "marie",
        env={"ATTACHE_SYNC_PASSWORD": MEMBERS["marie"]},
    )  # fmt: skip
    assert done.returncode == 1
    assert "has no database" in done.stderr or "not a member" in done.stderr
    assert done.stderr.count("\n") == 1
    done = cli("--db", path, "sync")
    assert done.returncode == 1
    assert "not connected to a hub" in done.stderr
    assert _user_data(path) == before
