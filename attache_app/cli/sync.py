"""`attache sync connect URL`, `attache sync`, `attache sync status`, `attache conflicts`."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import Any

from attache_app.cli import output
from attache_app.errors import AttacheError
from attache_app.i18n import translate
from attache_app.storage import Store
from attache_app.sync import merge
from attache_app.sync import service as sync


def add_parsers(sub: Any, parser_class: Any) -> None:
    p = sub.add_parser(
        "sync",
        help=translate("CLI", "share with the team through the hub: one round, or connect"),
    )
    p.add_argument("--json", action="store_true")
    actions = p.add_subparsers(dest="sync_action", metavar="ACTION", parser_class=parser_class)
    c = actions.add_parser(
        "connect", help=translate("CLI", "connect this database to a hub's database")
    )
    c.add_argument("url", help=translate("CLI", "address of the database (https://server/db)"))
    c.add_argument("--user", help=translate("CLI", "user name on the hub (default: the system's)"))
    s = actions.add_parser("status", help=translate("CLI", "when the last round ran, what waits"))
    s.add_argument("--json", action="store_true")

    p = sub.add_parser(
        "conflicts", help=translate("CLI", "changes of colleagues waiting for a choice")
    )
    p.add_argument("--json", action="store_true")
    actions = p.add_subparsers(dest="conflicts_action", metavar="ACTION", parser_class=parser_class)
    r = actions.add_parser("resolve", help=translate("CLI", "choose the value to keep"))
    r.add_argument("id", type=int)
    r.add_argument(
        "--keep",
        required=True,
        choices=["mine", "theirs", "both"],
        help=translate(
            "CLI", "this desktop's value or the colleague's (both: keep two look-alike persons)"
        ),
    )
    r.add_argument("--field", help=translate("CLI", "only this field (default: every field)"))


def _password(url: str, user: str) -> str:
    """The password to connect with: ``$ATTACHE_SYNC_PASSWORD``, or typed (no echo)."""
    given = os.environ.get(sync.PASSWORD_VARIABLE)
    if given:
        return given
    if sys.stdin.isatty():
        return getpass.getpass(
            translate("CLI", "Password of {user} on {url}: ").format(user=user, url=url)
        )
    raise AttacheError(
        translate("CLI", "Give the hub password in {variable}, or run in a terminal.").format(
            variable=sync.PASSWORD_VARIABLE
        )
    )


def run_sync(args: argparse.Namespace, store: Store) -> int:
    if args.sync_action == "connect":
        from attache_app.sync.hub import clean_url

        url = clean_url(args.url)
        user = args.user or getpass.getuser()
        connection = sync.connect(store, url, user, _password(url, user))
        held = connection.records
        output.print_text(
            translate(
                "CLI", "Connected to {url} as {user}: the hub holds %n document(s).", "", held
            ).format(url=connection.url, user=connection.user)
        )
        if not connection.remembered:
            output.print_error(
                translate(
                    "CLI",
                    "The password could not be kept in the system keyring: give it in "
                    "{variable} for each round.",
                ).format(variable=sync.PASSWORD_VARIABLE)
            )
        return 0
    if args.sync_action == "status":
        current = sync.status(store)
        if args.json:
            output.print_json(current.to_dict())
        elif not current.connected:
            output.print_text(translate("CLI", "Not connected to a hub."))
        else:
            output.print_text(
                translate(
                    "CLI",
                    "Hub: {url} (as {user}). Last round: {last}. Changes waiting: {waiting}. "
                    "Conflicts: {conflicts}.",
                ).format(
                    url=current.url,
                    user=current.user,
                    last=current.last_sync or translate("CLI", "never"),
                    waiting=current.waiting,
                    conflicts=current.conflicts,
                )
            )
            if current.last_error:
                output.print_text(
                    translate("CLI", "Last error: {error}").format(error=current.last_error)
                )
        return 0
    result = sync.sync(store)
    if args.json:
        output.print_json(result.to_dict())
    else:
        output.print_text(
            translate(
                "CLI", "Sent {pushed}, received {pulled}; conflicts waiting: {conflicts}."
            ).format(**result.to_dict())
        )
    for name in result.erased:
        output.print_text(
            translate("CLI", "Erased {name} at a colleague's request.").format(name=name)
        )
    if result.traces_left:
        output.print_error(
            translate("CLI", "Still readable in the file: {words}").format(
                words=", ".join(result.traces_left)
            )
        )
        return 1
    return 0


def _value_text(field: str, value: Any) -> str:
    if field == merge.DELETED:
        return translate("CLI", "deleted") if value is None else translate("CLI", "kept")
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def run_conflicts(args: argparse.Namespace, store: Store) -> int:
    if args.conflicts_action == "resolve":
        view = sync.resolve(store, args.id, args.keep, args.field)
        output.print_text(
            translate(
                "CLI", "Conflict {id} ({record}) resolved; the choice is sent at the next round."
            ).format(id=view.id, record=view.record or view.uuid)
        )
        return 0
    views = sync.conflicts(store)
    if args.json:
        output.print_json([v.to_dict() for v in views])
        return 0
    if not views:
        output.print_text(translate("CLI", "No conflict waits."))
        return 0
    rows = []
    for view in views:
        for field, entries in view.fields.items():
            for entry in entries:
                rows.append(
                    [
                        view.id,
                        view.record,
                        field,
                        _value_text(field, entry.get("value")),
                        entry.get("by", ""),
                        translate("CLI", "this desktop") if entry.get("mine") else "",
                    ]
                )
    output.print_text(
        output.table(
            [
                translate("CLI", "Id"),
                translate("CLI", "Record"),
                translate("CLI", "Field"),
                translate("CLI", "Value"),
                translate("CLI", "By"),
                "",
            ],
            rows,
        )
    )
    return 0
