#!/usr/bin/env python3
"""Administration of a post's hub (Apache CouchDB 3.x), with Python's standard library only,
so that it runs on the hub's machine without Attaché installed.

    hubtool.py create-post https://hub.example.org taipei --member marie --member paul
    hubtool.py add-member  https://hub.example.org taipei lin
    hubtool.py paris       https://hub.example.org taipei --paris https://paris.example.org/network
    hubtool.py purge-erased https://hub.example.org taipei [--dry-run]

The administrator's name and password come from ``HUB_ADMIN`` and ``HUB_ADMIN_PASSWORD``
(or are asked); a new member's password from ``HUB_MEMBER_PASSWORD`` (or is asked).
Each failure is one sentence on standard error and exit status 1.
"""

from __future__ import annotations

import argparse
import base64
import getpass
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


class HubError(Exception):
    pass


class Hub:
    def __init__(self, root: str, user: str, password: str) -> None:
        self.root = root.rstrip("/")
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        self.headers = {
            "Authorization": f"Basic {token}",
            "Accept": "application/json",
            "Content-Type": "application/json",
        }

    def request(self, method: str, path: str, body: Any = None, ok: tuple[int, ...] = ()) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            self.root + path, data=data, method=method, headers=self.headers
        )
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            if error.code in ok:
                return json.loads(error.read() or b"null")
            text = error.read().decode("utf-8", "replace")
            try:
                answer = json.loads(text)
                reason = str(answer.get("reason") or answer.get("error") or "")
            except (ValueError, AttributeError):
                reason = text
            reason = " ".join(reason.split())[:200]
            raise HubError(f"{method} {path}: HTTP {error.code}: {reason}") from error
        except (urllib.error.URLError, OSError) as error:
            raise HubError(f"the hub {self.root} cannot be reached ({error})") from error


def _secret(variable: str, prompt: str) -> str:
    given = os.environ.get(variable)
    if given:
        return given
    if not sys.stdin.isatty():
        raise HubError(f"give it in {variable}, or run in a terminal")
    return getpass.getpass(prompt)


def _admin(root: str) -> Hub:
    user = os.environ.get("HUB_ADMIN") or input("Administrator of the hub: ")
    return Hub(root, user, _secret("HUB_ADMIN_PASSWORD", f"Password of {user}: "))


def _db(name: str) -> str:
    return "/" + urllib.parse.quote(name, safe="")


def _security(hub: Hub, db: str) -> dict[str, Any]:
    found = hub.request("GET", _db(db) + "/_security") or {}
    found.setdefault("admins", {"names": [], "roles": []})
    found.setdefault("members", {"names": [], "roles": []})
    return dict(found)


def add_member(hub: Hub, db: str, name: str, password: str) -> None:
    """The user (created, or its password changed) and its membership of the database."""
    doc_id = f"/_users/{urllib.parse.quote('org.couchdb.user:' + name, safe='')}"
    current = hub.request("GET", doc_id, ok=(404,)) or {}
    body = {"name": name, "password": password, "roles": [], "type": "user"}
    if "_rev" in current:
        body["_rev"] = current["_rev"]
    hub.request("PUT", doc_id, body)
    security = _security(hub, db)
    names = security["members"].setdefault("names", [])
    if name not in names:
        names.append(name)
    hub.request("PUT", _db(db) + "/_security", security)


def create_post(hub: Hub, db: str, members: list[str]) -> None:
    hub.request("PUT", _db(db), ok=(412,))  # 412: it exists already
    security = _security(hub, db)
    hub.request("PUT", _db(db) + "/_security", security)  # members only, from now on
    for name in members:
        password = _secret("HUB_MEMBER_PASSWORD", f"Password of the new member {name}: ")
        add_member(hub, db, name, password)


def paris(hub: Hub, db: str, source: str, target: str) -> dict[str, Any]:
    """The replication document copying to Paris the records marked « partager avec
    Paris » (and the erase requests), filled in from paris-replication.json."""
    doc = json.loads((HERE / "paris-replication.json").read_text(encoding="utf-8"))
    doc["_id"] = f"{db}-to-paris"
    doc["source"]["url"] = f"{source.rstrip('/')}/{db}"
    doc["target"]["url"] = target
    user = os.environ.get("HUB_REPLICATOR", f"replicator-{db}")
    secret = _secret("HUB_REPLICATOR_PASSWORD", f"Password of {user}: ")
    for end in ("source", "target"):
        doc[end]["auth"] = {"basic": {"username": user, "password": secret}}
    current = hub.request("GET", "/_replicator/" + doc["_id"], ok=(404,)) or {}
    if "_rev" in current:
        doc["_rev"] = current["_rev"]
    hub.request("PUT", "/_replicator/" + doc["_id"], doc)
    return doc


def erased_documents(hub: Hub, db: str) -> dict[str, list[str]]:
    """{document id: every leaf revision} of the persons whose erasure was requested."""
    query = urllib.parse.urlencode(
        {"startkey": '"erase:"', "endkey": '"erase:\ufff0"', "include_docs": "true"}
    )
    found = hub.request("GET", _db(db) + "/_all_docs?" + query)
    plan: dict[str, list[str]] = {}
    for row in found.get("rows", []):
        person = (row.get("doc") or {}).get("person")
        if not person:
            continue
        doc_id = f"person:{person}"
        leaves = hub.request(
            "GET", _db(db) + "/" + urllib.parse.quote(doc_id, safe=":") + "?open_revs=all",
            ok=(404,),
        )  # fmt: skip
        revs = [
            str(entry["ok"]["_rev"])
            for entry in (leaves if isinstance(leaves, list) else [])
            if isinstance(entry, dict) and "ok" in entry
        ]
        if revs:
            plan[doc_id] = revs
    return plan


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="hubtool.py", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("create-post", help="create a post's database and its members")
    p.add_argument("hub")
    p.add_argument("db")
    p.add_argument("--member", action="append", default=[])
    p = sub.add_parser("add-member", help="add a member (or change their password)")
    p.add_argument("hub")
    p.add_argument("db")
    p.add_argument("name")
    p = sub.add_parser("paris", help="replicate the records shared with Paris")
    p.add_argument("hub")
    p.add_argument("db")
    p.add_argument("--paris", required=True, help="address of the network's database in Paris")
    p = sub.add_parser("purge-erased", help="purge the hub's copies of erased persons")
    p.add_argument("hub")
    p.add_argument("db")
    p.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    try:
        hub = _admin(args.hub)
        if args.command == "create-post":
            create_post(hub, args.db, args.member)
            print(f"The database {args.db} is ready; members: {', '.join(args.member) or '—'}.")
        elif args.command == "add-member":
            add_member(hub, args.db, args.name, _secret("HUB_MEMBER_PASSWORD", "Password: "))
            print(f"{args.name} is a member of {args.db}.")
        elif args.command == "paris":
            doc = paris(hub, args.db, args.hub, args.paris)
            print(f"Replication {doc['_id']} to {args.paris} set up.")
        else:
            plan = erased_documents(hub, args.db)
            if args.dry_run:
                print(json.dumps(plan, indent=2))
            elif not plan:
                print(f"Nothing to purge in {args.db}.")
            else:
                answer = hub.request("POST", _db(args.db) + "/_purge", plan) or {}
                purged = answer.get("purged") or {}
                print(f"Purged {len(purged)} erased person(s) from {args.db}.")
    except HubError as error:
        sys.stderr.write(f"hubtool: {error}\n")
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
