"""packaging/hub/hubtool.py against the test hub: a post's database with its members (only
they get in), and the plan of the purge of erased persons."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import httpx

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Person
from attache_app.services import privacy, records
from tests.sync.conftest import ADMIN, MEMBERS, ROOT, Desktop, HubServer

TOOL = ROOT / "packaging" / "hub" / "hubtool.py"


def _tool(*args: str, member_password: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(TOOL), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={
            "HUB_ADMIN": ADMIN[0],
            "HUB_ADMIN_PASSWORD": ADMIN[1],
            "HUB_MEMBER_PASSWORD": member_password,
            "PATH": "/usr/bin:/bin",
        },
    )


def test_create_post_lets_only_its_members_in(hub_server: HubServer) -> None:
    db = "post-" + uuid.uuid4().hex[:8]
    done = _tool("create-post", hub_server.root, db, "--member", "amina", member_password="pw-1")
    assert done.returncode == 0, done.stderr
    assert f"The database {db} is ready; members: amina." in done.stdout
    assert httpx.get(f"{hub_server.root}/{db}", auth=("amina", "pw-1")).status_code == 200
    outsider = httpx.get(f"{hub_server.root}/{db}", auth=("marie", MEMBERS["marie"]))
    assert outsider.status_code in (401, 403)
    done = _tool("add-member", hub_server.root, db, "marie", member_password=MEMBERS["marie"])
    assert done.returncode == 0, done.stderr
    assert httpx.get(f"{hub_server.root}/{db}", auth=("marie", MEMBERS["marie"])).is_success


def test_wrong_admin_password_is_one_sentence(hub_server: HubServer) -> None:
    done = subprocess.run(
        [sys.executable, str(TOOL), "create-post", hub_server.root, "x"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={"HUB_ADMIN": "admin", "HUB_ADMIN_PASSWORD": "wrong", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 1
    assert done.stderr.startswith("hubtool: PUT /x: HTTP 401")
    assert done.stderr.count("\n") == 1


def test_purge_plan_names_every_revision_of_erased_persons(
    hub_server: HubServer, desktops: list[Desktop]
) -> None:
    marie, paul, _lin = desktops
    with marie.store() as store:
        kept = records.save_person(store, Person(given_name="Kept", family_name="One"))
        gone = records.save_person(store, Person(given_name="Erased", family_name="Two"))
    marie.sync()
    paul.sync()
    with marie.store() as store:
        assert gone.id is not None
        privacy.erase_person(store, gone.id)
        assert records.list_ids(store, RecordKind.PERSON) == [kept.id]
    marie.sync()
    db = Path(marie.url).name
    done = _tool("purge-erased", hub_server.root, db, "--dry-run")
    assert done.returncode == 0, done.stderr
    plan = json.loads(done.stdout)
    assert list(plan) == [f"person:{gone.uuid}"]
    assert len(plan[f"person:{gone.uuid}"]) == 1 and plan[f"person:{gone.uuid}"][0].startswith("2-")


def test_purge_erased(hub_server: HubServer, desktops: list[Desktop]) -> None:
    """On a real CouchDB (ATTACHE_TEST_COUCHDB) the erased person's document is purged,
    every revision of it. pouchdb-server has no ``_purge`` (it answers 400
    « only_multipart_accepted »): there the tool must say so in one sentence, exit 1,
    and leave the hub as it was."""
    marie, _paul, _lin = desktops
    with marie.store() as store:
        gone = records.save_person(store, Person(given_name="Erased", family_name="Two"))
    marie.sync()
    db = Path(marie.url).name
    done = _tool("purge-erased", hub_server.root, db)
    assert (done.returncode, done.stdout, done.stderr) == (0, f"Nothing to purge in {db}.\n", "")
    with marie.store() as store:
        assert gone.id is not None
        privacy.erase_person(store, gone.id)
    marie.sync()
    doc_id = f"person:{gone.uuid}"
    with hub_server.client() as client:
        before = client.get(f"/{db}/{doc_id}?open_revs=all").json()
    done = _tool("purge-erased", hub_server.root, db)
    with hub_server.client() as client:
        after = client.get(f"/{db}/{doc_id}?open_revs=all")
        erase_request = client.get(f"/{db}/erase:{gone.uuid}")
    assert erase_request.status_code == 200  # the request stays, for desktops offline long
    if os.environ.get("ATTACHE_TEST_COUCHDB"):
        assert (done.returncode, done.stderr) == (0, ""), done.stderr
        assert done.stdout == f"Purged 1 erased person(s) from {db}.\n"
        assert after.status_code == 404 or after.json() == []
    else:
        assert done.returncode == 1
        assert done.stderr == f"hubtool: POST /{db}/_purge: HTTP 400: only_multipart_accepted\n"
        assert after.json() == before  # nothing changed on the hub
