"""The hub of the sync tests: pouchdb-server (pinned in packaging/hub/test-hub) on a free
port of 127.0.0.1, in memory, with an administrator and three members; or a real CouchDB
named by ``ATTACHE_TEST_COUCHDB=http://admin:password@host:5984``.

Each test gets a database of its own on the hub (members: marie, paul, lin), and desktops:
real SQLite files of their own, each connected as one member.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx
import pytest

from attache_app.storage import Store, open_store
from attache_app.sync import service as sync
from tests.conftest import fixed_clock
from tests.sync import server

ROOT = server.ROOT
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
        server.wait(hub.root, None)
        _create_users(hub)
        yield hub
        return
    if not server.node_present() and not os.environ.get("ATTACHE_REQUIRE_HUB"):
        pytest.skip("Node.js is not installed here: the sync tests need its pouchdb-server")
    try:
        with server.running(tmp_path_factory.mktemp("hub"), ADMIN) as root:
            hub = HubServer(root, ADMIN)
            _create_users(hub)
            yield hub
    except server.HubUnavailable as error:
        pytest.fail(str(error))


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
