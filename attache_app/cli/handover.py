"""`attache handover OUT`: the hand-over package for the successor."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from attache_app.cli import output
from attache_app.i18n import translate
from attache_app.services import handover
from attache_app.storage import Store

PASSWORD_VARIABLE = "ATTACHE_PACKAGE_PASSWORD"


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "handover",
        help=translate(
            "CLI", "write the hand-over package for your successor (a protected workbook)"
        ),
    )
    p.add_argument("out", type=Path)
    p.add_argument(
        "--protect",
        action=argparse.BooleanOptionalAction,
        default=True,
        help=translate(
            "CLI",
            "protect it with a password (the default; ATTACHE_PACKAGE_PASSWORD, or asked "
            "twice); --no-protect is refused for an encrypted database",
        ),
    )
    p.add_argument(
        "--include-overdue-review",
        action="store_true",
        help=translate(
            "CLI", "hand over the persons whose review date has come too (left out by default)"
        ),
    )
    p.add_argument("--json", action="store_true")


def run_handover(args: argparse.Namespace, store: Store) -> int:
    password = None
    if args.protect:
        from attache_app.cli.secrets import new_passphrase

        password = new_passphrase(PASSWORD_VARIABLE)
    else:
        handover.check_password(None, store)  # before anything else: refused if encrypted
    package = handover.write_package(
        store,
        args.out,
        password=password,
        include_overdue_review=args.include_overdue_review,
    )
    if args.json:
        output.print_json(package.to_dict())
        return 0
    message = (
        translate("CLI", "Wrote the hand-over package {file}, protected by its password.")
        if package.protected
        else translate("CLI", "Wrote the hand-over package {file}, NOT protected.")
    )
    output.print_text(message.format(file=args.out))
    output.print_text(
        output.table(
            [translate("CLI", "Records"), translate("CLI", "Count")],
            [
                [translate("Export", title), package.scope.counts[key]]
                for key, title in (
                    ("persons", "Persons"),
                    ("organisations", "Organisations"),
                    ("notes", "Watch notes"),
                    ("interactions", "Activities"),
                    ("programmes", "Programmes"),
                    ("deadlines", "Deadlines"),
                )
            ],
        )
    )
    for line in package.scope.left_out():
        output.print_text(translate("CLI", "Left out: {what}").format(what=line))
    for _id, title in package.scope.private_notes:
        output.print_text(f"  - {title}")
    for _id, name in package.scope.left_out_persons:
        output.print_text(f"  - {name}")
    return 0


def run_import(args: argparse.Namespace, store: Store) -> int:
    """`attache import PACKAGE.xlsx`: the note and the counts (``--dry-run``), then the
    import as one batch."""
    from attache_app.cli import full_import
    from attache_app.cli.secrets import password_from
    from attache_app.services import handover_import
    from attache_app.services.handover_reading import is_protected_workbook

    password = None
    if is_protected_workbook(args.file):
        password = password_from(
            PASSWORD_VARIABLE,
            translate("CLI", "Password of {file}: ").format(file=args.file.name),
        )
    planned = handover_import.plan_package(store, args.file, password, prefer=args.prefer)
    if args.dry_run and args.json:
        output.print_json({"dry_run": True} | planned.to_dict())
        return 0
    if not args.json:
        output.print_text(planned.note.title)
        for label, value in planned.note.facts():
            output.print_text(f"  {label}: {value}".replace("\n", "\n    "))
        full_import.print_plan(planned.plan)
    if args.dry_run:
        output.print_text(translate("CLI", "Nothing was written (--dry-run)."))
        return 0
    result = handover_import.apply_package(store, planned, sender=args.sender or planned.sender)
    if args.json:
        output.print_json({"package": planned.to_dict()["package"]} | result.to_dict())
        return 0
    full_import.print_result(planned.plan, result)
    return 0
