"""`attache import`, `attache imports` and `attache undo-import`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from attache_app.cli import full_import, handover, output
from attache_app.domain.controls import shown_name
from attache_app.domain.countries import country_name
from attache_app.errors import AttacheError
from attache_app.i18n import translate
from attache_app.importing.contact import line_at, row_at
from attache_app.importing.reading import cleaned_summary, not_read_summary
from attache_app.services import imports
from attache_app.services.handover_reading import is_package
from attache_app.storage import Store


def add_parsers(sub: Any) -> None:
    """Add the import commands to the `attache` sub-command parser."""
    p = sub.add_parser(
        "import",
        help=translate(
            "CLI", "import contacts from CSV, Excel, vCard or LDIF, or read back a full export"
        ),
    )
    p.add_argument("file", type=Path)
    p.add_argument("--mapping", default="", help=translate("CLI", "use a saved mapping"))
    p.add_argument(
        "--save-mapping",
        default="",
        metavar="NAME",
        help=translate("CLI", "save this file's mapping under a name"),
    )
    p.add_argument("--sheet", default="", help=translate("CLI", "sheet of a workbook"))
    p.add_argument(
        "--encoding",
        default="",
        metavar="NAME",
        help=translate(
            "CLI",
            "encoding of a CSV/TSV file (cp1252, mac-roman, cp1250, shift-jis…; default: "
            "found from the bytes)",
        ),
    )
    p.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="COLUMN",
        help=translate(
            "CLI", "ignore this column (its header or its number; the option may be repeated)"
        ),
    )
    p.add_argument(
        "--keep",
        action="append",
        default=[],
        metavar="COLUMN",
        help=translate(
            "CLI",
            "keep this column in the notes as « Header: value » instead of mapping it to a "
            "field (may be repeated)",
        ),
    )
    p.add_argument(
        "--on-duplicate",
        choices=imports.ACTIONS,
        default=None,
        help=translate(
            "CLI",
            "what to do with every duplicate (default: merge certain ones, create likely ones)",
        ),
    )
    p.add_argument("--from", dest="sender", default="", help=translate("CLI", "who sent it"))
    p.add_argument(
        "--region",
        default="",
        metavar="COUNTRY",
        help=translate(
            "CLI",
            "country whose national phone numbers the file holds, for rows that name no "
            "country (code or name: FR, Japon; default: the post's region)",
        ),
    )
    p.add_argument(
        "--dry-run", action="store_true", help=translate("CLI", "show what would happen only")
    )
    p.add_argument("--json", action="store_true")
    full_import.add_arguments(p)

    p = sub.add_parser("imports", help=translate("CLI", "list the import batches"))
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("undo-import", help=translate("CLI", "undo an import batch"))
    p.add_argument("batch", type=int)
    p.add_argument(
        "--force",
        action="store_true",
        help=translate("CLI", "undo even records edited since the import"),
    )


def _action_label(action: str) -> str:
    return {
        "merge": translate("CLI", "merge"),
        "skip": translate("CLI", "skip"),
        "create": translate("CLI", "create"),
    }[action]


def run_import(args: argparse.Namespace, store: Store) -> int:
    if not args.sheet and is_package(args.file):
        return handover.run_import(args, store)  # a hand-over package: its note, then whole
    if not args.sheet and imports.is_full_export(args.file):
        return full_import.run(args, store)  # --sheet reads one of its sheets as contacts
    region = imports.file_region(args.region)  # refused before the file is read
    source = imports.read(args.file, sheet=args.sheet, encoding=args.encoding)
    preview = imports.preview(
        store,
        source,
        mapping_name=args.mapping,
        on_duplicate=args.on_duplicate,
        ignore=args.ignore,
        keep=args.keep,
        region=region,
    )
    if args.save_mapping:
        imports.save_mapping(store, args.save_mapping, source)
    plan = preview.plan
    if args.dry_run:
        counts = plan.counts()
        if args.json:
            output.print_json(
                {
                    "dry_run": True,
                    "format": source.format,
                    "encoding": source.encoding,
                    "encoding_chosen": source.chosen_encoding,
                    "mangled": [s.to_dict() for s in preview.suspects],
                    "rows": counts["rows"],
                    "new": counts["new"],
                    "columns": [c.to_dict() for c in preview.columns],
                    "activities": sum(len(i.activities) for i in plan.items if not i.error),
                    "warnings": [
                        {"where": i.location, "name": i.name, "message": w}
                        for i in plan.items
                        for w in i.warnings
                    ],
                    "duplicates": [
                        {
                            "where": plan.items[d.item].location,
                            "name": plan.items[d.item].name,
                            "existing": d.current_name,
                            "person_id": d.person_id,
                            "reason": d.reason,
                            "score": d.score,
                            "action": d.action,
                        }
                        for d in plan.duplicates.values()
                    ],
                    "errors": [e.to_dict() for e in plan.errors],
                    "phones_kept_as_typed": plan.phone_problems(),
                    "already_imported": plan.already_imported[0] if plan.already_imported else None,
                    "control_characters_removed": _cleaned_json(source),
                    **_not_read_json(source),
                }
            )
            return 0
        output.print_text(
            plan.summary() + " " + translate("CLI", "Nothing was written (--dry-run).")
        )
        if preview.columns:
            output.print_text(translate("CLI", "Columns of the file and where they go:"))
            output.print_text(
                output.table(
                    [
                        translate("CLI", "Column"),
                        translate("CLI", "Filled"),
                        translate("CLI", "Goes to"),
                    ],
                    [[c.header, c.filled, c.describe()] for c in preview.columns],
                    max_width=48,
                )
            )
        if plan.duplicates:
            output.print_text(
                output.table(
                    [
                        translate("CLI", "Where"),
                        translate("CLI", "In the file"),
                        translate("CLI", "Already known"),
                        translate("CLI", "Why"),
                        translate("CLI", "Action"),
                    ],
                    [
                        [
                            plan.items[d.item].location,
                            plan.items[d.item].name,
                            d.current_name,
                            d.reason,
                            _action_label(d.action),
                        ]
                        for d in plan.duplicates.values()
                    ],
                    max_width=36,
                )
            )
        # What went to the notes, or was not imported (the telephones kept as typed are
        # listed just below).
        warned = [
            (item, [w for w in item.warnings if w not in {why for _, why in item.unread_phones}])
            for item in plan.items
            if item.warnings and not item.error
        ]
        if any(warnings for _, warnings in warned):
            output.print_text(translate("CLI", "To check (kept in the notes, or not imported):"))
            for item, warnings in warned:
                for warning in warnings:
                    output.print_text(
                        translate("CLI", "{where}: {message}").format(
                            where=item.location, message=warning
                        )
                    )
        _print_phones(plan.phone_problems())
        if not_read_summary(source):
            output.print_text(not_read_summary(source))
        _print_encoding(preview)
        _print_errors([e.to_dict() for e in plan.errors])
        _print_cleaned(source)
        return 0
    result = imports.commit(store, plan, sender=args.sender)
    if args.json:
        output.print_json(result.to_dict() | {"control_characters_removed": _cleaned_json(source)})
        return 0
    if result.already_imported is not None:
        output.print_text(
            translate(
                "CLI",
                "{file} was already imported (import {batch}); nothing new was created.",
            ).format(file=shown_name(source.file_name), batch=result.already_imported)
        )
        return 0
    output.print_text(
        translate(
            "CLI", "Import {batch}: {counts}. Undo it with: attache undo-import {batch}"
        ).format(batch=result.batch, counts=result.counts_text())
    )
    _print_phones(result.phones_kept_as_typed)
    if result.activities:
        output.print_text(
            translate("CLI", "Activities written for the dates of contact: {n}.").format(
                n=result.activities
            )
        )
    _print_encoding(preview, read_as=False)  # the batch keeps it: `attache imports`
    _print_errors(result.errors)
    _print_cleaned(source)
    return 0


def _print_encoding(preview: imports.Preview, *, read_as: bool = True) -> None:
    """Which encoding the file was read in (``read_as``), and the names that look
    mis-decoded (on standard error, as warnings)."""
    source = preview.source
    if read_as and source.encoding:
        output.print_text(
            translate("CLI", "Read as {encoding} ({name}).").format(
                encoding=source.encoding, name=imports.encoding_label(source.encoding)
            )
        )
    if preview.suspects:
        output.print_error(
            translate(
                "CLI",
                "Values that look mis-decoded ({count}); if the names below are wrong, "
                "try another --encoding:",
            ).format(count=len(preview.suspects))
        )
        for suspect in preview.suspects[:10]:  # the file's own text: nothing raw
            output.print_error(f"  {suspect.where}: {suspect.value}")


def _print_phones(problems: list[dict[str, str]]) -> None:
    """The numbers kept as typed: one line each, where, who, the number and why."""
    if not problems:
        return
    output.print_text(
        translate(
            "CLI",
            "Telephone numbers kept as typed, not valid in the country they were read with "
            "(no international form):",
        )
    )
    output.print_text(
        output.table(
            [
                translate("CLI", "Where"),
                translate("CLI", "Name"),
                translate("CLI", "Number"),
                translate("CLI", "Read as"),
            ],
            [[p["where"], p["name"], p["number"], country_name(p["region"])] for p in problems],
            max_width=36,
        )
    )


def _print_errors(errors: list[dict[str, str]]) -> None:
    for error in errors:
        output.print_error(
            translate("CLI", "{where}: {message}").format(
                where=error["where"], message=error["message"]
            )
        )


def _print_cleaned(source: imports.Source) -> None:
    """Where control characters were removed from the values (on standard error, like
    the rows' problems)."""
    if source.cleaned:
        output.print_error(cleaned_summary(source.cleaned))


def _not_read_json(source: imports.Source) -> dict[str, object]:
    """The sheet read, the others, and the rows of the table not read as contacts."""
    table = source.table
    if table is None:
        return {}
    return {
        "sheet": table.sheet,
        "other_sheets": [name for name in table.sheets if name != table.sheet],
        "rows_not_read": [
            {"where": (line_at if table.delimiter else row_at)(n), "why": why}
            for n, why in table.skipped
        ],
    }


def _cleaned_json(source: imports.Source) -> list[dict[str, object]]:
    return [
        {"where": where, "field": name, "count": count} for where, name, count in source.cleaned
    ]


def list_imports(args: argparse.Namespace, store: Store) -> int:
    batches = imports.history(store)
    if args.json:
        output.print_json([b.to_dict() for b in batches])
        return 0
    if not batches:
        output.print_text(translate("CLI", "No import yet."))
        return 0
    output.print_text(
        output.table(
            [
                translate("CLI", "Id"),
                translate("CLI", "Date"),
                translate("CLI", "File"),
                translate("CLI", "From"),
                translate("CLI", "Created"),
                translate("CLI", "Updated"),
                translate("CLI", "Undone"),
                translate("CLI", "Encoding"),
            ],
            [
                [
                    b.id,
                    b.imported_at,
                    b.file_name,
                    b.sender,
                    b.counts.get("created", 0),
                    b.counts.get("updated", 0),
                    b.undone_at,
                    b.encoding,
                ]
                for b in batches
            ],
        )
    )
    return 0


def undo_import(args: argparse.Namespace, store: Store) -> int:
    try:
        done = imports.undo(store, args.batch, force=args.force)
    except imports.UndoConflict as conflict:
        raise AttacheError(
            str(conflict) + " " + translate("CLI", "Add --force to undo anyway.")
        ) from None
    removed, restored = done["removed"], done["restored"]
    output.print_text(
        translate("CLI", "Import {batch} undone: {removed}, {restored}.").format(
            batch=args.batch,
            removed=translate("CLI", "%n record(s) removed", "", removed),
            restored=translate("CLI", "%n restored", "", restored),
        )
    )
    return 0
