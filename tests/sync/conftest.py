"""The hub of the sync tests: pouchdb-server (pinned in packaging/hub/test-hub) on a free
port of 127.0.0.1, in memory, with an administrator and three members; or a real CouchDB
named by ``ATTACHE_TEST_COUCHDB=http://admin:password@host:5984``.

Each test gets a database of its own on the hub (members: marie, paul, lin), and desktops:
real SQLite files of their own, each connected as one member.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx
import pytest

from attache_app.services import sync
from attache_app.storage import Store, open_store
from tests.conftest import fixed_clock

ROOT = Path(__file__).resolve().parents[2]
HUB_DIR = ROOT / "packaging" / "hub" / "test-hub"
SERVER = HUB_DIR / "node_modules" / "pouchdb-server" / "bin" / "pouchdb-server"
ADMIN = ("admin", "admin-secret-1")
MEMBERS = {"marie": "marie-secret-1", "paul": "paul-secret-1", "lin": "lin-secret-1"}


@dataclass
class HubServer:
    root: str
    """http://host:port, without credentials."""
    admin: tuple[str, str]

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.root, auth=self.admin, timeout=30)

    def new_database(self, members: list[str]) -> str:
        name = "post-" + uuid.uuid4().hex[:12]
        with self.client() as client:
            client.put(f"/{name}").raise_for_status()
            client.put(
                f"/{name}/_security",
                json={"admins": {"names": [], "roles": []}, "members": {"names": members}},
            ).raise_for_status()
        return f"{self.root}/{name}"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _install() -> None:
    """npm ci once (CI does it in .ci/run; a fresh checkout does it here, once)."""
    with (HUB_DIR / ".install.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if SERVER.exists():
            return
        done = subprocess.run(
            ["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"],
            cwd=HUB_DIR,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        if done.returncode != 0:
            pytest.fail(f"npm ci in {HUB_DIR} failed:\n{done.stderr[-2000:]}")


def _wait(root: str, process: subprocess.Popen[bytes] | None) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            pytest.fail(f"pouchdb-server stopped at start (exit {process.returncode})")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(root + "/", timeout=2).status_code == 200:
                return
        time.sleep(0.2)
    pytest.fail(f"the test hub at {root} did not answer within 60 s")


def _create_users(hub: HubServer) -> None:
    with hub.client() as client:
        for name, password in MEMBERS.items():
            doc_id = f"org.couchdb.user:{name}"
            current = client.get(f"/_users/{doc_id}")
            body = {"name": name, "password": password, "roles": [], "type": "user"}
            if current.status_code == 200:
                body["_rev"] = current.json()["_rev"]
            client.put(f"/_users/{doc_id}", json=body).raise_for_status()


@pytest.fixture(scope="session")
def hub_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubServer]:
    real = os.environ.get("ATTACHE_TEST_COUCHDB")
    if real:
        parts = urlsplit(real)
        root = urlunsplit((parts.scheme, parts.netloc.rsplit("@", 1)[-1], "", "", ""))
        hub = HubServer(root.rstrip("/"), (parts.username or "", parts.password or ""))
        _wait(hub.root, None)
        _create_users(hub)
        yield hub
        return
    if shutil.which("node") is None or shutil.which("npm") is None:
        if os.environ.get("ATTACHE_REQUIRE_HUB"):
            pytest.fail("ATTACHE_REQUIRE_HUB is set but Node.js (node, npm) is not installed")
        pytest.skip("Node.js is not installed here: the sync tests need its pouchdb-server")
    if not SERVER.exists():
        _install()
    folder = tmp_path_factory.mktemp("hub")
    port = _free_port()
    log = (folder / "server.log").open("wb")
    command = [
        "node",
        str(SERVER),
        "--in-memory",
        "-n",
        "-o",
        "127.0.0.1",
        "-p",
        str(port),
        "-c",
        str(folder / "config.json"),
    ]
    process = subprocess.Popen(
        command,
        cwd=folder,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        root = f"http://127.0.0.1:{port}"
        _wait(root, process)
        httpx.put(f"{root}/_config/admins/{ADMIN[0]}", json=ADMIN[1]).raise_for_status()
        hub = HubServer(root, ADMIN)
        _create_users(hub)
        yield hub
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@dataclass
class Desktop:
    """One colleague's desktop: a real database file, connected to the hub as ``user``."""

    path: Path
    user: str
    url: str
    rounds: list[dict[str, int]] = field(default_factory=list)

    @contextlib.contextmanager
    def store(self) -> Iterator[Store]:
        with open_store(self.path, clock=fixed_clock, auto_backup=False) as opened:
            yield opened

    def sync(self) -> dict[str, int]:
        with self.store() as store:
            result = sync.sync(store, password=MEMBERS[self.user]).to_dict()
        self.rounds.append(result)
        return result


@pytest.fixture
def hub_url(hub_server: HubServer) -> str:
    """A database of this test's own on the hub, whose members are marie, paul and lin."""
    return hub_server.new_database(list(MEMBERS))


@pytest.fixture
def desktops(hub_url: str, tmp_path: Path) -> list[Desktop]:
    """Three desktops (marie, paul, lin), each an empty post connected to the hub."""
    made = []
    for user, password in MEMBERS.items():
        path = tmp_path / f"{user}.db"
        with open_store(path, create=True, clock=fixed_clock, auto_backup=False) as store:
            sync.connect(store, hub_url, user, password)
        made.append(Desktop(path, user, hub_url))
    return made
