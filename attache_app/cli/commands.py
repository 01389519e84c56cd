"""What each `attache` command does (each a few lines over the services)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from attache_app.cli import (
    consolidating,
    exporting,
    handover,
    history,
    importing,
    output,
    privacy,
    programmes,
    secrets,
    sync,
    views,
)
from attache_app.cli import kinds as cli_kinds
from attache_app.domain import kinds
from attache_app.domain.enums import RecordKind, parse_kind
from attache_app.domain.models import Person
from attache_app.errors import AttacheError, DatabaseError
from attache_app.i18n import translate
from attache_app.services import deadlines as deadline_service
from attache_app.services import demo, phones, post, records
from attache_app.services import search as search_service
from attache_app.services.stats import counts
from attache_app.storage import Store, open_store
from attache_app.storage import backup as backups
from attache_app.storage.db import default_database_path

READ_ONLY_COMMANDS = {
    "stats", "search", "list", "show", "deadlines", "check", "imports", "export",
    "person-data", "review", "handover", "history",
}  # fmt: skip
# (programmes, reminders and applications read only unless asked to change something)


def _open(args: argparse.Namespace, *, create: bool = False) -> Store:
    path = args.db if args.db is not None else default_database_path()
    passphrase = secrets.passphrase_for(path)
    reading = _reads_only(args)
    try:
        return open_store(
            path,
            create=create,
            passphrase=passphrase,
            # A command that only reads still works when the daily backup cannot be
            # written (a full disk): it says so, once.
            backup_failed=_backup_warning if reading else None,
        )
    except DatabaseError as error:
        # A command that only reads opens the file read-only where it cannot write to it
        # (a read-only file, a disk too full even for SQLite's shared-memory file).
        if reading and error.reason in ("read_only", "disk_full", "unavailable"):
            try:
                return open_store(path, readonly=True, passphrase=passphrase)
            except DatabaseError:
                raise error from None
        raise


def _reads_only(args: argparse.Namespace) -> bool:
    """Whether the command writes nothing: it then works on a read-only database."""
    if args.command == "import":  # --dry-run writes nothing, unless it saves the mapping
        return bool(args.dry_run) and not args.save_mapping
    return args.command in READ_ONLY_COMMANDS


def _backup_warning(error: DatabaseError) -> None:
    output.print_error(
        translate("CLI", "The daily backup could not be made: {reason}").format(reason=error)
    )


def run(args: argparse.Namespace) -> int:
    handler: Callable[[argparse.Namespace], int] = _HANDLERS[args.command]
    return handler(args)


def _init(args: argparse.Namespace) -> int:
    path = args.db if args.db is not None else default_database_path()
    existed = path.exists() and path.stat().st_size > 0
    passphrase = (
        secrets.new_passphrase("ATTACHE_PASSPHRASE")
        if args.encrypt and not existed
        else secrets.passphrase_for(path)
    )
    with open_store(path, create=True, passphrase=passphrase) as store:
        changes = {
            k: getattr(args, k)
            for k in ("post_name", "country", "timezone", "phone_region", "author")
            if getattr(args, k) is not None
        }
        if changes:
            post.update_settings(store, **changes)
        elif not post.is_configured(store):
            post.update_settings(store)
        if not existed:
            from attache_app.services.programmes import install_catalogue

            install_catalogue(store)
    if existed:
        output.print_text(
            translate("CLI", "The database {path} already exists; it is up to date.").format(
                path=path
            )
        )
    else:
        output.print_text(translate("CLI", "Created the database {path}.").format(path=path))
    return 0


def _demo(args: argparse.Namespace) -> int:
    with _open(args, create=True) as store:
        summary = demo.load_demo(store)
    output.print_text(
        translate("CLI", "Loaded the example post into {path}.").format(path=store.path)
    )
    output.print_text(
        output.table(
            [translate("CLI", "Records"), translate("CLI", "Count")],
            [[RecordKind(k[:-1]).plural_label, v] for k, v in summary.counts.items()],
        )
    )
    return 0


def _stats(args: argparse.Namespace) -> int:
    with _open(args) as store:
        data = counts(store)
    if args.json:
        output.print_json(data)
    else:
        output.print_text(
            output.table(
                [translate("CLI", "Records"), translate("CLI", "Count")],
                [[RecordKind(k[:-1]).plural_label, v] for k, v in data.items()],
            )
        )
    return 0


def _search(args: argparse.Namespace) -> int:
    kinds = [parse_kind(k) for k in args.kind] if args.kind else None
    with _open(args) as store:
        hits = search_service.search(store, " ".join(args.query), kinds=kinds, limit=args.limit)
    if args.json:
        output.print_json([h.to_dict() for h in hits])
    elif not hits:
        output.print_text(translate("CLI", "Nothing found."))
    else:
        output.print_text(
            output.table(
                [
                    translate("Columns", "Kind"),
                    translate("Columns", "Id"),
                    translate("Columns", "Title"),
                    translate("Columns", "Details"),
                ],
                [[RecordKind(h.kind).label, h.id, h.title, h.subtitle] for h in hits],
            )
        )
    return 0


def _list_filters(kind: RecordKind, args: argparse.Namespace) -> dict[str, Any]:
    filters: dict[str, Any] = {}
    spec = kinds.kind(kind)
    if args.tag and spec.tagged:
        filters["tag"] = args.tag
    if args.country and spec.tagged:  # the contact lists (persons, organisations)
        filters["country"] = args.country
    if args.status and "status" in spec.fields:
        filters["status"] = args.status
    ignored = [
        name for name in ("tag", "country", "status") if getattr(args, name) and name not in filters
    ]
    if ignored:
        raise AttacheError(
            translate("CLI", "--{option} does not apply to {kind}.").format(
                option=ignored[0], kind=kind.plural_label.lower()
            )
        )
    return filters


def _list(args: argparse.Namespace) -> int:
    kind = parse_kind(args.kind)
    with _open(args) as store:
        filters = _list_filters(kind, args)
        if args.text:  # as the window's quick filter: spellings, whole names first
            ids = records.list_ids(store, kind, **filters)
            ids = search_service.filter_ids(store, kind, ids, args.text)[: args.limit]
        else:
            ids = records.list_ids(store, kind, limit=args.limit, **filters)
        found = records.get_many(store, kind, ids)
    if args.json:
        output.print_json([r.to_dict() for r in found])
    else:
        output.print_text(output.table(*cli_kinds.table(kind, found)))
    return 0


def _show(args: argparse.Namespace) -> int:
    with _open(args) as store:
        record = records.get(store, RecordKind(args.kind), args.id)
        linked = _linked_names(store, record)
    if args.json:
        output.print_json(record.to_dict())
    else:
        output.print_text(
            output.table(
                [translate("CLI", "Field"), translate("CLI", "Value")],
                views.details(record, linked),
                max_width=90,
            )
        )
    return 0


def _linked_names(store: Store, record: records.Record) -> dict[str, dict[int, str]]:
    """The names of the persons and organisations a record links to, by id."""
    data = record.to_dict()
    linked: dict[str, dict[int, str]] = {}
    for key, kind in (
        ("person_ids", RecordKind.PERSON),
        ("organisation_ids", RecordKind.ORGANISATION),
    ):
        ids = data.get(key) or []
        if ids:
            linked[key] = {
                int(r.id): str(getattr(r, "display_name", r.id))
                for r in records.get_many(store, kind, ids)
                if r.id is not None
            }
    return linked


def _warn_phones(store: Store, saved: object) -> None:
    """Numbers saved as typed, not valid in the person's country: one line each."""
    if isinstance(saved, Person):
        for warning in records.phone_warnings(store, saved):
            output.print_error(warning)


def _add(args: argparse.Namespace) -> int:
    kind = RecordKind(args.record_kind)
    with _open(args) as store:
        saved = records.save(store, cli_kinds.build(kind, store, args, None))
        _warn_phones(store, saved)
    if args.json:
        output.print_json(saved.to_dict())
    else:
        output.print_text(
            translate("CLI", "Created {kind} {id}.").format(kind=kind.label.lower(), id=saved.id)
        )
    return 0


def _update(args: argparse.Namespace) -> int:
    kind = RecordKind(args.record_kind)
    with _open(args) as store:
        current = records.get(store, kind, args.id)
        saved = records.save(store, cli_kinds.build(kind, store, args, current))
        if isinstance(current, Person) and isinstance(saved, Person):
            for sentence in phones.read_again(current, saved):
                output.print_error(sentence)
        _warn_phones(store, saved)
    if args.json:
        output.print_json(saved.to_dict())
    else:
        output.print_text(
            translate("CLI", "Updated {kind} {id}.").format(kind=kind.label.lower(), id=saved.id)
        )
    return 0


def _delete(args: argparse.Namespace) -> int:
    kind = RecordKind(args.kind)
    if not args.yes:
        raise AttacheError(
            translate(
                "CLI", "Deleting cannot be undone from the command line: add --yes to confirm."
            )
        )
    with _open(args) as store:
        count = records.delete(store, kind, args.ids)
    output.print_text(translate("CLI", "Records deleted: {count}.").format(count=count))
    return 0


def _tag(args: argparse.Namespace) -> int:
    if not args.add and not args.remove:
        raise AttacheError(translate("CLI", "Say which tags with --add or --remove."))
    with _open(args) as store:
        records.tag(store, RecordKind(args.kind), args.ids, args.add, args.remove)
    output.print_text(
        translate("CLI", "Records whose tags were updated: {count}.").format(count=len(args.ids))
    )
    return 0


def _deadlines(args: argparse.Namespace) -> int:
    from attache_app.domain.validation import timezone_problem

    if args.post_tz and (problem := timezone_problem(args.post_tz)):
        raise AttacheError(problem)
    with _open(args) as store:
        found = deadline_service.views(store, upcoming_days=args.upcoming, post_tz=args.post_tz)
    if args.json:
        output.print_json([v.to_dict() for v in found])
        return 0
    urgency = {
        "overdue": translate("CLI", "OVERDUE"),
        "week": translate("CLI", "< 7 days"),
        "month": translate("CLI", "< 30 days"),
        "later": "",
        "closed": "",
    }
    output.print_text(
        output.table(
            [
                translate("Columns", "Id"),
                translate("Columns", "Paris"),
                translate("Columns", "Post"),
                translate("Columns", "Programme"),
                translate("Columns", "Title"),
                translate("Columns", "Status"),
                translate("Columns", "Urgency"),
            ],
            [
                [
                    v.deadline.id,
                    v.due_paris.replace("T", " ")[:16],
                    v.due_post.replace("T", " ")[:16],
                    v.deadline.programme_name,
                    v.deadline.title,
                    views.deadline_row(v.deadline)[4],
                    urgency[v.urgency],
                ]
                for v in found
            ],
        )
    )
    return 0


def _config(args: argparse.Namespace) -> int:
    with _open(args) as store:
        if args.key is not None and args.value is not None:
            settings = post.update_settings(store, **{args.key: args.value})
        else:
            settings = post.get_settings(store)
    data = settings.to_dict()
    if args.key is not None and args.value is None:
        if args.key not in data:
            raise AttacheError(
                translate("Settings", "“{key}” is not a setting; settings are: {keys}.").format(
                    key=args.key, keys=", ".join(data)
                )
            )
        output.print_text(str(data[args.key]))
    elif args.json:
        output.print_json(data)
    else:
        output.print_text(
            output.table(
                [translate("CLI", "Setting"), translate("CLI", "Value")], list(data.items())
            )
        )
    return 0


def _backup(args: argparse.Namespace) -> int:
    with _open(args) as store:
        dest = backups.backup(store, args.dest)
    output.print_text(translate("CLI", "Backed up to {path}.").format(path=dest))
    return 0


def _restore(args: argparse.Namespace) -> int:
    if not args.yes:
        raise AttacheError(
            translate(
                "CLI",
                "Restoring replaces the current data (which is backed up first): add --yes "
                "to confirm.",
            )
        )
    with _open(args) as store:
        safety = backups.restore(store, args.backup)
    output.print_text(
        translate("CLI", "Restored {backup}. The previous state was saved to {safety}.").format(
            backup=args.backup, safety=safety
        )
    )
    return 0


def _check(args: argparse.Namespace) -> int:
    with _open(args) as store:
        report = backups.check(store)
        mismatches = phones.country_mismatches(store) if report.ok else []
    if args.json:
        output.print_json(
            {
                "ok": report.ok,
                "schema_version": report.schema_version,
                "problems": report.problems,
                "phone_country_mismatches": [m.to_dict() for m in mismatches],
            }
        )
        return 0 if report.ok else 1
    if report.ok:
        output.print_text(
            translate("CLI", "The database is sound (schema version {v}).").format(
                v=report.schema_version
            )
        )
    else:
        for problem in report.problems:
            output.print_error(problem)
    if mismatches:
        output.print_text(
            translate("CLI", "Telephone numbers whose country is not their person's (to look at):")
        )
        for mismatch in mismatches:
            output.print_text(mismatch.message())
    return 0 if report.ok else 1


def _with_store(
    handler: Callable[[argparse.Namespace, Store], int],
) -> Callable[[argparse.Namespace], int]:
    def run_with_store(args: argparse.Namespace) -> int:
        with _open(args) as store:
            return handler(args, store)

    return run_with_store


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import": _with_store(importing.run_import),
    "export": _with_store(exporting.run_export),
    "handover": _with_store(handover.run_handover),
    "consolidate": consolidating.run_consolidate,
    "programmes": _with_store(programmes.run_programmes),
    "prepare-call": _with_store(programmes.run_prepare_call),
    "confirm-dates": _with_store(programmes.run_confirm_dates),
    "reminders": _with_store(programmes.run_reminders),
    "applications": _with_store(programmes.run_applications),
    "erase": _with_store(privacy.run_erase),
    "history": _with_store(history.run_history),
    "sync": _with_store(sync.run_sync),
    "conflicts": _with_store(sync.run_conflicts),
    "encrypt": secrets.run_encrypt,
    "rekey": secrets.run_rekey,
    "decrypt": secrets.run_decrypt,
    "person-data": _with_store(privacy.run_person_data),
    "review": _with_store(privacy.run_review),
    "imports": _with_store(importing.list_imports),
    "undo-import": _with_store(importing.undo_import),
    "init": _init,
    "demo": _demo,
    "stats": _stats,
    "search": _search,
    "list": _list,
    "show": _show,
    "add": _add,
    "update": _update,
    "delete": _delete,
    "tag": _tag,
    "deadlines": _deadlines,
    "config": _config,
    "backup": _backup,
    "restore": _restore,
    "check": _check,
}
