"""`attache import` of a full export: preview (``--dry-run``), merge choice, one batch."""

from __future__ import annotations

import argparse
from typing import Any

from attache_app.cli import output
from attache_app.domain.controls import shown_name
from attache_app.i18n import translate
from attache_app.importing import full
from attache_app.importing.full_read import ORDER
from attache_app.services import imports
from attache_app.storage import Store


def add_arguments(parser: Any) -> None:
    """The options of `attache import` that concern full exports only."""
    parser.add_argument(
        "--prefer",
        choices=full.PREFERENCES,
        default="newer",
        help=translate(
            "CLI",
            "full export read into a database that has some of its records: where a field "
            "differs, keep the newer record's value (default), the file's or the database's",
        ),
    )


def _value(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(
            " ".join(str(v) for v in item if v) if isinstance(item, list | tuple) else str(item)
            for item in value
        )
    return str(value)


def run(args: argparse.Namespace, store: Store) -> int:
    plan = imports.plan_full(store, args.file, prefer=args.prefer)
    if args.dry_run:
        if args.json:
            output.print_json({"dry_run": True} | plan.to_dict())
            return 0
        print_plan(plan)
        output.print_text(translate("CLI", "Nothing was written (--dry-run)."))
        return 0
    result = imports.apply_full(store, plan, sender=args.sender)
    if args.json:
        output.print_json(result.to_dict())
        return 0
    print_result(plan, result)
    return 0


def print_result(plan: full.FullPlan, result: full.FullResult) -> None:
    """What an import of a full export (or of a hand-over package) wrote."""
    if result.already_imported is not None:
        output.print_text(
            translate(
                "CLI", "{file} was already imported (import {batch}); nothing new was created."
            ).format(file=shown_name(plan.file_name), batch=result.already_imported)
        )
        return
    created, updated = sum(result.created.values()), sum(result.updated.values())
    output.print_text(
        translate(
            "CLI",
            "Import {batch} (full export): {created}, {updated}. Undo it with: "
            "attache undo-import {batch}",
        ).format(
            batch=result.batch,
            created=translate("CLI", "%n record(s) created", "", created),
            updated=translate("CLI", "%n updated", "", updated),
        )
    )


def print_plan(plan: full.FullPlan) -> None:
    output.print_text(
        translate("CLI", "{file}: full export of {post}, written {date}.").format(
            file=shown_name(plan.file_name), post=plan.full.post or "?", date=plan.full.exported_at
        )
    )
    if plan.already_imported is not None:
        output.print_text(
            translate("CLI", "This file was already imported (import {batch}).").format(
                batch=plan.already_imported[0]
            )
        )
    counts = plan.counts()
    output.print_text(
        output.table(
            [
                translate("CLI", "Kind"),
                translate("CLI", "In the file"),
                translate("CLI", "New"),
                translate("CLI", "Updated"),
                translate("CLI", "Unchanged"),
                translate("CLI", "Values kept"),
            ],
            [
                [
                    imports.kind_title(k),
                    c["file"],
                    c["new"],
                    c["updated"],
                    c["unchanged"],
                    c["kept"],
                ]
                for k, c in ((k, counts[k]) for k in ORDER)
                if c["file"]
            ],
        )
    )
    changes = plan.changes()
    if changes:
        output.print_text(
            translate(
                "CLI",
                "Fields that differ (the newer record wins unless --prefer says otherwise):",
            )
        )
        output.print_text(
            output.table(
                [
                    translate("CLI", "Record"),
                    translate("CLI", "Field"),
                    translate("CLI", "In the database"),
                    translate("CLI", "In the file"),
                    translate("CLI", "Kept"),
                ],
                [
                    [
                        imports.record_label(m.kind, m.current.name or m.record.name),
                        c.field,
                        _value(c.database),
                        _value(c.file),
                        translate("CLI", "file") if c.take_file else translate("CLI", "database"),
                    ]
                    for m, c in changes
                ],
                max_width=36,
            )
        )
