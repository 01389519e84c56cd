"""`attache history KIND ID [--json]`: the changes of one record, newest first."""

from __future__ import annotations

import argparse
from typing import Any

from attache_app.cli import output
from attache_app.i18n import translate
from attache_app.services import history
from attache_app.storage import Store


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "history",
        help=translate("CLI", "the changes of one record, newest first (also once deleted)"),
    )
    p.add_argument(
        "kind",
        metavar="KIND",
        help=translate(
            "CLI",
            "person, organisation, note, activity, programme, call, deadline or application",
        ),
    )
    p.add_argument(
        "ref", metavar="ID", help=translate("CLI", "the record's id, or its uuid once deleted")
    )
    p.add_argument("--json", action="store_true")


def run_history(args: argparse.Namespace, store: Store) -> int:
    kind = history.kind_of_word(args.kind)
    uuid = history.resolve(store, kind, args.ref)
    events = history.history(store, kind, uuid)
    if args.json:
        output.print_json(
            {"kind": kind.name, "uuid": uuid, "history": [e.to_dict() for e in events]}
        )
        return 0
    rows: list[list[str]] = []
    for event in events:
        head = [event.when, event.action_text, event.origin_text]
        if not event.changes:
            rows.append([*head, "", "", ""])
        for n, change in enumerate(event.changes):
            rows.append([*(head if n == 0 else ["", "", ""]), change.label, change.old, change.new])
    output.print_text(
        output.table(
            [
                translate("CLI", "When"),
                translate("CLI", "What"),
                translate("CLI", "By"),
                translate("CLI", "Field"),
                translate("CLI", "Before"),
                translate("CLI", "After"),
            ],
            rows,
            max_width=40,
        )
    )
    return 0
