"""« Partager avec Paris »: the flag on every kind that travels (journaled, in the CLI), carried
in the document as ``fields.share_paris``, and the hub's replication to Paris copying only
the records so marked (and the erase requests) to a second database.

pouchdb-server (the test hub) ignores a replication's ``selector`` (its ``/_replicate``
passes on ``filter`` only, and its ``_replicator`` daemon stops on one), so there the test
replicates with a filter function that says the same as the selector of
packaging/hub/paris-replication.json, and checks with ``_find`` that the selector itself
chooses exactly those documents. Against a real CouchDB (``ATTACHE_TEST_COUCHDB``) the
replication uses the selector of paris-replication.json as it is.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import httpx

from attache_app.domain import kinds
from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Deadline, Interaction, Note, Organisation, Person
from attache_app.services import history, privacy, records
from tests.conftest import CliRunner
from tests.sync.conftest import Desktop, HubServer

SELECTOR: dict[str, Any] = json.loads(
    (
        Path(__file__).resolve().parents[2] / "packaging" / "hub" / "paris-replication.json"
    ).read_text(encoding="utf-8")
)["selector"]
SAME_AS_SELECTOR = (
    "function (doc) { return (doc.fields && doc.fields.share_paris === true)"
    " || doc.type === 'erase'; }"
)


def _ids(client: httpx.Client, db: str) -> set[str]:
    rows = client.get(f"/{db}/_all_docs").raise_for_status().json()["rows"]
    return {str(r["id"]) for r in rows if not str(r["id"]).startswith("_design/")}


def _replicate_to_paris(hub: HubServer, source: str, target: str) -> None:
    with hub.client() as client:
        # The replicator reads and writes as the administrator (the databases are members-only).
        scheme, _, host = hub.root.partition("://")
        base = f"{scheme}://{hub.admin[0]}:{hub.admin[1]}@{host}"
        body: dict[str, Any] = {"source": f"{base}/{source}", "target": f"{base}/{target}"}
        if os.environ.get("ATTACHE_TEST_COUCHDB"):
            body["selector"] = SELECTOR
        else:
            client.put(
                f"/{source}/_design/paris", json={"filters": {"shared": SAME_AS_SELECTOR}}
            ).raise_for_status()
            body["filter"] = "paris/shared"
        client.post("/_replicate", json=body, timeout=120).raise_for_status()


def test_only_the_records_shared_with_paris_reach_paris(
    hub_server: HubServer, desktops: list[Desktop]
) -> None:
    marie, _paul, _lin = desktops
    with marie.store() as store:
        org = records.save_organisation(store, Organisation(name="NTU", share_paris=True))
        home = records.save_organisation(store, Organisation(name="Local club"))
        shared = records.save_person(
            store, Person(given_name="Mei", family_name="Chen", share_paris=True)
        )
        kept = records.save_person(store, Person(given_name="Not", family_name="Shared"))
        erased = records.save_person(
            store, Person(given_name="Gone", family_name="Soon", share_paris=True)
        )
        note = records.save_note(store, Note(title="Roadmap", date="2026-11-20", share_paris=True))
        private = records.save_note(
            store, Note(title="Private", date="2026-11-20", private=True, share_paris=True)
        )
        meeting = records.save_interaction(
            store, Interaction(kind="meeting", date="2026-11-21", title="Visit", share_paris=True)
        )
        deadline = records.save_deadline(
            store, Deadline(title="Call", all_day=True, due_date="2027-01-15", share_paris=True)
        )
    marie.sync()
    with marie.store() as store:
        assert erased.id is not None
        privacy.erase_person(store, erased.id)
    marie.sync()
    source = Path(marie.url).name
    target = source + "-paris"
    with hub_server.client() as client:
        client.put(f"/{target}").raise_for_status()
        expected = {
            f"organisation:{org.uuid}",
            f"person:{shared.uuid}",
            f"note:{note.uuid}",
            f"interaction:{meeting.uuid}",
            f"deadline:{deadline.uuid}",
            f"erase:{erased.uuid}",
        }
        # The selector of paris-replication.json chooses exactly these documents…
        found = client.post(f"/{source}/_find", json={"selector": SELECTOR, "limit": 10000})
        assert {str(d["_id"]) for d in found.raise_for_status().json()["docs"]} == expected
        everything = _ids(client, source)
        assert {f"organisation:{home.uuid}", f"person:{kept.uuid}"} <= everything
        assert f"note:{private.uuid}" not in everything  # a private note never left home
    # … and the replication copies those to Paris, nothing else.
    _replicate_to_paris(hub_server, source, target)
    with hub_server.client() as client:
        assert _ids(client, target) == expected
        doc = client.get(f"/{target}/person:{shared.uuid}").raise_for_status().json()
        assert doc["fields"]["share_paris"] is True and doc["fields"]["given_name"] == "Mei"


def test_unticking_and_ticking_travel_and_are_journaled(desktops: list[Desktop]) -> None:
    marie, paul, _lin = desktops
    with marie.store() as store:
        person = records.save_person(store, Person(given_name="Hui", family_name="Lin"))
    marie.sync()
    paul.sync()
    with paul.store() as store:
        (copy_id,) = records.list_ids(store, RecordKind.PERSON)
        copy = records.get_person(store, copy_id)
        assert copy.share_paris is False
        copy.share_paris = True
        records.save_person(store, copy)
    assert paul.sync()["pushed"] == 1
    marie.sync()
    with marie.store() as store:
        assert person.id is not None
        assert records.get_person(store, person.id).share_paris is True
        events = history.history(store, kinds.PERSON, person.uuid)
        updates = [
            (e.origin, c.old, c.new, c.label)
            for e in events
            if e.action == "update"
            for c in e.changes
            if c.field == "share_paris"
        ]
        assert updates == [("sync:paul", "no", "yes", "Shared with Paris")]


def test_cli_share_paris_on_add_and_update(cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "post.db"
    assert cli("--db", db, "init", "--post-name", "Taipei").returncode == 0
    for kind, options in (
        ("person", ["--given", "Wei", "--family", "Liu"]),
        ("organisation", ["--name", "ITRI"]),
        ("note", ["--title", "Semiconductors", "--date", "2026-11-20"]),
        ("interaction", ["--title", "Visit", "--date", "2026-11-21"]),
        ("deadline", ["--title", "Call", "--due", "2027-01-15", "--all-day"]),
    ):
        added = cli("--db", db, "add", kind, *options, "--share-paris", "--json")
        assert added.returncode == 0, added.stderr
        record = json.loads(added.stdout)
        assert record["share_paris"] is True, kind
        shown = json.loads(cli("--db", db, "show", kind, str(record["id"]), "--json").stdout)
        assert shown["share_paris"] is True
        done = cli("--db", db, "update", kind, str(record["id"]), "--no-share-paris", "--json")
        assert done.returncode == 0, done.stderr
        listed = json.loads(cli("--db", db, "list", kind + "s", "--json").stdout)
        assert [r["share_paris"] for r in listed if r["id"] == record["id"]] == [False], kind
