"""`attache export report|all|csv|vcf|ics`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from attache_app.cli import output
from attache_app.cli.records import parse_ids
from attache_app.domain.enums import RecordKind
from attache_app.errors import AttacheError
from attache_app.i18n import translate
from attache_app.services import exports
from attache_app.storage import Store


def _selection(p: argparse.ArgumentParser) -> None:
    p.add_argument("--ids", type=parse_ids, help=translate("CLI", "only these ids (e.g. 3,7,12)"))
    p.add_argument("--tag", default="", help=translate("CLI", "only records with this tag"))
    p.add_argument(
        "--country", default="", help=translate("CLI", "only records of this country (ISO code)")
    )


def _password(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--protect",
        action="store_true",
        help=translate(
            "CLI", "protect the workbook with a password (ATTACHE_EXPORT_PASSWORD, or asked)"
        ),
    )


def _export_password(args: argparse.Namespace) -> str | None:
    if not getattr(args, "protect", False):
        return None
    from attache_app.cli.secrets import new_passphrase

    return new_passphrase("ATTACHE_EXPORT_PASSWORD")


def add_parsers(sub: Any, parser_class: Any) -> None:
    """Add `attache export …` to the `attache` sub-command parser."""
    export = sub.add_parser(
        "export", help=translate("CLI", "write the report to Paris or other exports")
    )
    kinds = export.add_subparsers(dest="export_kind", metavar="KIND", parser_class=parser_class)
    kinds.required = True

    p = kinds.add_parser("report", help=translate("CLI", "the Excel report to Paris"))
    p.add_argument("out", type=Path)
    _password(p)
    p.add_argument("--period", help=translate("CLI", "2026, 2026-Q3, 2026-S1 or 2026-09"))
    p.add_argument("--from", dest="start", help=translate("CLI", "first day (YYYY-MM-DD)"))
    p.add_argument("--to", dest="end", help=translate("CLI", "last day (YYYY-MM-DD)"))
    p.add_argument(
        "--themes", nargs="+", default=[], help=translate("CLI", "only watch notes on these themes")
    )
    p.add_argument(
        "--drafts",
        action="store_true",
        help=translate("CLI", "include draft watch notes (left out by default)"),
    )
    p.add_argument(
        "--persons",
        action="store_true",
        help=translate(
            "CLI",
            "name the persons added or updated (personal data; by default they are only counted)",
        ),
    )
    words = p.add_mutually_exclusive_group()
    words.add_argument(
        "--highlights",
        help=translate("CLI", "the highlights of the period, for the cover (saved for the period)"),
    )
    words.add_argument(
        "--highlights-file",
        type=Path,
        help=translate("CLI", "read the highlights from this UTF-8 text file"),
    )
    p.add_argument("--json", action="store_true")

    p = kinds.add_parser(
        "all", help=translate("CLI", "every record to one workbook (readable by import)")
    )
    p.add_argument("out", type=Path)
    _password(p)
    p.add_argument("--json", action="store_true")

    p = kinds.add_parser("csv", help=translate("CLI", "persons or organisations as CSV"))
    p.add_argument("out", type=Path)
    p.add_argument("--kind", choices=["persons", "organisations"], default="persons")
    p.add_argument(
        "--delimiter",
        choices=[";", ","],
        default=";",
        help=translate("CLI", "; for French Excel (default), , for others"),
    )
    _selection(p)
    p.add_argument("--json", action="store_true")

    p = kinds.add_parser("vcf", help=translate("CLI", "persons as vCard 3.0"))
    p.add_argument("out", type=Path)
    p.add_argument(
        "--one-per-person",
        action="store_true",
        help=translate(
            "CLI",
            "one file per person in the new or empty folder OUT "
            "(Outlook for Windows reads only the first card of a file)",
        ),
    )
    _selection(p)
    p.add_argument("--json", action="store_true")

    p = kinds.add_parser("ics", help=translate("CLI", "deadlines as an iCalendar file"))
    p.add_argument("out", type=Path)
    p.add_argument("--ids", type=parse_ids, help=translate("CLI", "only these deadlines"))
    p.add_argument(
        "--all",
        action="store_true",
        dest="include_closed",
        help=translate("CLI", "also deadlines done, missed or cancelled"),
    )
    p.add_argument("--json", action="store_true")


def _period(args: argparse.Namespace) -> exports.Period:
    if args.period and (args.start or args.end):
        raise AttacheError(translate("CLI", "Give either --period or --from and --to, not both."))
    if args.period:
        return exports.parse_period(args.period)
    if args.start and args.end:
        return exports.between(args.start, args.end)
    raise AttacheError(
        translate("CLI", "Say which period: --period 2026-Q3, or --from DATE --to DATE.")
    )


def _highlights(args: argparse.Namespace) -> str | None:
    """The highlights given (text or file), or None to keep those saved for the period."""
    if args.highlights is not None:
        return str(args.highlights)
    if args.highlights_file is None:
        return None
    try:
        return str(args.highlights_file.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as error:
        reason = (
            translate("CLI", "it is not UTF-8 text")
            if isinstance(error, UnicodeDecodeError)
            else error.strerror or str(error)
        )
        raise AttacheError(
            translate("CLI", "Cannot read the highlights from {file}: {reason}.").format(
                file=args.highlights_file, reason=reason
            )
        ) from None


def run_export(args: argparse.Namespace, store: Store) -> int:
    kind = args.export_kind
    if kind == "report":
        written = exports.write_report(
            store,
            args.out,
            _period(args),
            themes=args.themes,
            include_drafts=args.drafts,
            named_persons=args.persons,
            highlights=_highlights(args),
            password=_export_password(args),
        )
        message = translate("CLI", "Wrote the report for {period} to {file}.").format(
            period=written.details["period"]["label"], file=args.out
        )
    elif kind == "all":
        written = exports.write_all(store, args.out, password=_export_password(args))
        count = written.count
        message = translate("CLI", "%n record(s) written to {file}.", "", count).format(
            file=args.out
        )
    elif kind in ("csv", "vcf"):
        record_kind = RecordKind.PERSON
        if kind == "csv" and args.kind == "organisations":
            record_kind = RecordKind.ORGANISATION
        ids = exports.select(store, record_kind, ids=args.ids, tag=args.tag, country=args.country)
        if kind == "csv":
            written = exports.write_csv(store, args.out, record_kind, ids, delimiter=args.delimiter)
        else:
            written = exports.write_vcf(store, args.out, ids, one_per_person=args.one_per_person)
        count = written.count
        message = translate("CLI", "%n record(s) written to {file} ({kind}).", "", count).format(
            kind=record_kind.plural_label.lower(), file=args.out
        )
    else:
        written = exports.write_ics(
            store, args.out, ids=args.ids, include_closed=args.include_closed
        )
        count = written.count
        message = translate("CLI", "%n deadline(s) written to {file}.", "", count).format(
            file=args.out
        )
    cut = int(written.details.get("cells_cut") or 0)
    if cut:
        output.print_error(
            translate(
                "CLI", "%n cell(s) longer than Excel allows (32,767 characters) were cut.", "", cut
            )
        )
    if args.json:
        output.print_json(written.to_dict())
    else:
        output.print_text(message)
        if kind == "report":
            _print_left_out(written.details)
    return 0


def _print_left_out(details: dict[str, Any]) -> None:
    """The watch notes of the period the report leaves out: the drafts counted, the
    private ones named (they stay at post, as from the hand-over)."""
    if details["drafts_left_out"]:
        output.print_text(
            translate("CLI", "Left out: {what}").format(
                what=translate("CLI", "draft watch notes of the period: {count}.").format(
                    count=details["drafts_left_out"]
                )
            )
        )
    private = details["private_left_out"]
    if private:
        output.print_text(
            translate("CLI", "Left out: {what}").format(
                what=translate(
                    "CLI", "private watch notes of the period: {count} (kept at post)."
                ).format(count=len(private))
            )
        )
        for note in private:
            output.print_text(f"  - {note['title']}")
