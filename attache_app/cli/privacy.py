"""`attache erase person ID --yes`, `attache person-data ID OUT.json`, `attache review`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from attache_app.cli import output
from attache_app.errors import AttacheError
from attache_app.i18n import translate
from attache_app.services import privacy
from attache_app.storage import Store


def add_parsers(sub: Any, parser_class: Any) -> None:
    erase = sub.add_parser(
        "erase",
        help=translate("CLI", "erase a person and every trace of them (GDPR)"),
    )
    kinds = erase.add_subparsers(dest="erase_kind", metavar="KIND", parser_class=parser_class)
    kinds.required = True
    p = kinds.add_parser("person", help=translate("CLI", "a person"))
    p.add_argument("id", type=int)
    p.add_argument(
        "--yes", action="store_true", help=translate("CLI", "yes, erase for good (no undo)")
    )
    p.add_argument("--json", action="store_true")

    p = sub.add_parser(
        "person-data",
        help=translate("CLI", "everything held about one person, as JSON (right of access)"),
    )
    p.add_argument("id", type=int)
    p.add_argument("out", type=Path, nargs="?", help=translate("CLI", "file (default: print)"))

    p = sub.add_parser("review", help=translate("CLI", "persons whose data are due for review"))
    p.add_argument("--json", action="store_true")


def run_erase(args: argparse.Namespace, store: Store) -> int:
    if not args.yes:
        raise AttacheError(
            translate(
                "CLI",
                "Erasing person {id} cannot be undone: add --yes to confirm.",
            ).format(id=args.id)
        )
    report = privacy.erase_person(store, args.id)
    if args.json:
        output.print_json(report.to_dict())
    else:
        output.print_text(
            translate(
                "CLI",
                "Erased {name}: the record, {links} links, {imports} import "
                "history entries; the file was rewritten.",
            ).format(
                name=report.name, links=report.links_removed, imports=report.import_entries_removed
            )
        )
        if report.backups_holding:
            holding = report.backups_holding
            output.print_text(
                translate(
                    "CLI",
                    "%n backup(s) made before still hold this person (in {folder}).",
                    "",
                    holding,
                ).format(folder=store.path.parent / "backups" if store.path else "")
            )
    if report.traces_left:
        output.print_error(
            translate("CLI", "Still readable in the file: {words}").format(
                words=", ".join(report.traces_left)
            )
        )
        return 1
    return 0


def run_person_data(args: argparse.Namespace, store: Store) -> int:
    if args.out is None:
        output.print_json(privacy.person_data(store, args.id, clock=store.clock))
        return 0
    privacy.write_person_data(store, args.id, args.out, clock=store.clock)
    output.print_text(
        translate("CLI", "Wrote what is held about person {id} to {file}.").format(
            id=args.id, file=args.out
        )
    )
    return 0


def run_review(args: argparse.Namespace, store: Store) -> int:
    due = privacy.due_for_review(store, clock=store.clock)
    if args.json:
        output.print_json([p.to_dict() for p in due])
        return 0
    if not due:
        output.print_text(translate("CLI", "No person is due for review."))
        return 0
    output.print_text(
        output.table(
            [
                translate("CLI", "Id"),
                translate("CLI", "Name"),
                translate("CLI", "Review date"),
                translate("CLI", "Source"),
            ],
            [[p.id, p.display_name, p.review_date, p.source] for p in due],
        )
    )
    return 0
