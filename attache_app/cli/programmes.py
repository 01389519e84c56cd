"""`attache programmes`, `prepare-call`, `confirm-dates`, `reminders`, `applications`."""

from __future__ import annotations

import argparse
from typing import Any

from attache_app.cli import output
from attache_app.cli.records import add_share_option, parse_ids
from attache_app.domain.countries import country_name
from attache_app.domain.enums import ProgrammeKind, label_of
from attache_app.domain.models import Application
from attache_app.i18n import translate
from attache_app.services import programmes, records, reminders
from attache_app.storage import Store


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "programmes", help=translate("CLI", "the programmes followed (PHC, ARCUS, calls…)")
    )
    p.add_argument(
        "--load-catalogue",
        action="store_true",
        help=translate("CLI", "add the shipped catalogue's programmes missing here"),
    )
    p.add_argument("--json", action="store_true")

    p = sub.add_parser(
        "prepare-call",
        help=translate("CLI", "create next year's call of a programme from its template"),
    )
    p.add_argument("programme", help=translate("CLI", "programme (name or id)"))
    p.add_argument("--year", type=int, help=translate("CLI", "year of the call (default: next)"))
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("confirm-dates", help=translate("CLI", "mark deadlines' dates as checked"))
    p.add_argument("ids", type=parse_ids, help=translate("CLI", "deadline ids, e.g. 3,7,12"))

    p = sub.add_parser("reminders", help=translate("CLI", "reminders due, done, snoozed"))
    p.add_argument(
        "--done", metavar="KEY", help=translate("CLI", "mark a reminder done (DEADLINE:DAYS)")
    )
    p.add_argument(
        "--snooze", metavar="KEY", help=translate("CLI", "put a reminder off (DEADLINE:DAYS)")
    )
    p.add_argument(
        "--hours", type=int, default=24, help=translate("CLI", "how long to snooze (hours)")
    )
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("applications", help=translate("CLI", "applications received per call"))
    p.add_argument("--call", type=int, help=translate("CLI", "only this call (id)"))
    p.add_argument("--add", metavar="TITLE", help=translate("CLI", "add an application"))
    p.add_argument("--french-team", default="", help=translate("CLI", "French lab or team"))
    p.add_argument("--partner-team", default="", help=translate("CLI", "partner lab or team"))
    p.add_argument(
        "--outcome",
        choices=programmes.OUTCOMES,
        default=None,
        help=translate("CLI", "what came of it"),
    )
    p.add_argument("--set-outcome", type=int, metavar="ID", help=translate("CLI", "change one"))
    p.add_argument("--person", dest="persons", type=int, action="append", default=[])
    p.add_argument("--organisation", dest="organisations", action="append", default=[])
    add_share_option(p)
    p.add_argument("--json", action="store_true")


def run_programmes(args: argparse.Namespace, store: Store) -> int:
    if args.load_catalogue:
        added = programmes.install_catalogue(store)
        count = len(added)
        output.print_text(translate("CLI", "%n programme(s) added from the catalogue.", "", count))
    found = programmes.summaries(store, clock=store.clock)
    if args.json:
        output.print_json([s.to_dict() for s in found])
        return 0
    output.print_text(
        output.table(
            [
                translate("CLI", "Id"),
                translate("CLI", "Programme"),
                translate("CLI", "Kind"),
                translate("CLI", "Partner"),
                translate("CLI", "Agency"),
                translate("CLI", "Calls"),
                translate("CLI", "Next deadline"),
                translate("CLI", "Source"),
            ],
            [
                [
                    s.programme.id,
                    s.programme.name,
                    label_of(ProgrammeKind, s.programme.kind),
                    country_name(s.programme.partner_country),
                    s.programme.partner_agency,
                    s.calls,
                    s.next_deadline,
                    s.programme.source_url,
                ]
                for s in found
            ],
        )
    )
    return 0


def run_prepare_call(args: argparse.Namespace, store: Store) -> int:
    programme_id = records.resolve_programme(store, args.programme)
    prepared = programmes.prepare_call(store, programme_id, year=args.year, clock=store.clock)
    if args.json:
        output.print_json(prepared.to_dict())
        return 0
    stages = len(prepared.deadlines)
    output.print_text(
        translate(
            "CLI", "Created the call {title} with %n stage(s), dates to confirm:", "", stages
        ).format(title=prepared.call.title)
    )
    output.print_text(
        output.table(
            [translate("CLI", "Id"), translate("CLI", "Stage"), translate("CLI", "Due")],
            [
                [d.id, d.title, d.due_date or f"{d.due_local.replace('T', ' ')} {d.tz}"]
                for d in prepared.deadlines
            ],
        )
    )
    return 0


def run_confirm_dates(args: argparse.Namespace, store: Store) -> int:
    count = programmes.confirm_dates(store, args.ids)
    output.print_text(translate("CLI", "%n date(s) confirmed.", "", count))
    return 0


def run_reminders(args: argparse.Namespace, store: Store) -> int:
    if args.done:
        reminders.mark_done(store, args.done)
    if args.snooze:
        until = reminders.snooze(store, args.snooze, hours=args.hours, clock=store.clock)
        if not args.json:
            output.print_text(translate("CLI", "Snoozed until {when} (UTC).").format(when=until))
    due = reminders.due_reminders(store, clock=store.clock)
    if args.json:
        output.print_json([r.to_dict() for r in due])
        return 0
    if not due:
        output.print_text(translate("CLI", "No reminder is due."))
        return 0
    output.print_text(
        output.table(
            [
                translate("CLI", "Key"),
                translate("CLI", "Deadline"),
                translate("CLI", "Paris time"),
                translate("CLI", "Post time"),
                translate("CLI", "Days left"),
            ],
            [
                [r.key, r.deadline.title, r.view.due_paris, r.view.due_post, r.view.days_left]
                for r in due
            ],
        )
    )
    return 0


def run_applications(args: argparse.Namespace, store: Store) -> int:
    if args.add:
        if args.call is None:
            from attache_app.errors import AttacheError

            raise AttacheError(translate("CLI", "Say which call with --call ID."))
        programmes.save_application(
            store,
            Application(
                call_id=args.call,
                title=args.add,
                french_team=args.french_team,
                partner_team=args.partner_team,
                outcome=args.outcome or "submitted",
                person_ids=args.persons,
                organisation_ids=[
                    records.resolve_organisation(store, o) for o in args.organisations
                ],
                share_paris=bool(args.share_paris),
            ),
        )
    if args.set_outcome is not None:
        application = programmes.get_application(store, args.set_outcome)
        application.outcome = args.outcome or application.outcome
        if args.share_paris is not None:
            application.share_paris = args.share_paris
        programmes.save_application(store, application)
    found = programmes.applications(store, call_id=args.call)
    if args.json:
        output.print_json([a.to_dict() for a in found])
        return 0
    output.print_text(
        output.table(
            [
                translate("CLI", "Id"),
                translate("CLI", "Call"),
                translate("CLI", "Title"),
                translate("CLI", "French team"),
                translate("CLI", "Partner team"),
                translate("CLI", "Outcome"),
            ],
            [
                [
                    a.id,
                    a.call_id,
                    a.title,
                    a.french_team,
                    a.partner_team,
                    programmes.outcome_label(a.outcome),
                ]
                for a in found
            ],
        )
    )
    return 0
