"""Building records from command-line options (for `add` and `update`)."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from attache_app.domain.models import (
    Deadline,
    EmailAddress,
    Interaction,
    Note,
    Organisation,
    Person,
    Phone,
    Programme,
)
from attache_app.domain.normalise import split_labelled
from attache_app.errors import FieldError, ValidationError
from attache_app.i18n import translate
from attache_app.services import records
from attache_app.storage.db import Store

_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _options(parser: argparse.ArgumentParser) -> tuple[Callable[..., Any], dict[str, Any]]:
    """The option adder and the keywords of a repeatable option."""
    return parser.add_argument, {"action": "append", "default": None}


def person_options(parser: argparse.ArgumentParser) -> None:
    """The options of `add person` and `update person ID` (unset means unchanged)."""
    o, many = _options(parser)
    o("--given", dest="given_name", help=translate("CLI", "given name(s)"))
    o("--family", dest="family_name", help=translate("CLI", "family name"))
    o("--native", dest="native_name", help=translate("CLI", "name in native script (陳志明)"))
    o("--civility", help=translate("CLI", "civility (Mme, M., Dr, Prof.)"))
    o("--title", help=translate("CLI", "job title"))
    o(
        "--org",
        dest="organisation",
        help=translate("CLI", 'organisation: id, name or acronym ("" for none)'),
    )
    o("--department", help=translate("CLI", "department"))
    o(
        "--email",
        dest="emails",
        metavar="[LABEL:]ADDRESS",
        **many,
        help=translate("CLI", "e-mail, repeatable"),
    )
    o(
        "--phone",
        dest="phones",
        metavar="[LABEL:]NUMBER",
        **many,
        help=translate("CLI", "phone, repeatable"),
    )
    o("--street", help=translate("CLI", "street of the postal address (\\n between lines)"))
    o("--postal-code", dest="postal_code", help=translate("CLI", "postal code"))
    o("--city", help=translate("CLI", "city"))
    o("--region", help=translate("CLI", "region, state or province"))
    o("--country", help=translate("CLI", "country code (TW, FR…)"))
    o(
        "--language",
        dest="languages",
        **many,
        help=translate("CLI", "language code (fr, zh…), repeatable"),
    )
    o("--tag", dest="tags", **many, help=translate("CLI", "tag, repeatable"))
    o("--notes", help=translate("CLI", "free notes"))
    o("--source", help=translate("CLI", "where these details come from"))
    o(
        "--review-date",
        dest="review_date",
        help=translate("CLI", 'when to review these data, YYYY-MM-DD ("" for never)'),
    )


def organisation_options(parser: argparse.ArgumentParser) -> None:
    """The options of `add organisation` and `update organisation ID` (unset means unchanged)."""
    o, many = _options(parser)
    o("--name", help=translate("CLI", "name"))
    o("--native", dest="native_name", help=translate("CLI", "name in native script"))
    o("--acronym", help=translate("CLI", "acronym (ITRI, AIST…)"))
    o(
        "--kind",
        help=translate(
            "CLI",
            "university, research_institute, ministry_agency, company, startup, "
            "cluster, french_network or other",
        ),
    )
    o("--country", help=translate("CLI", "country code (TW, FR…)"))
    o("--city", help=translate("CLI", "city"))
    o("--website", help=translate("CLI", "web site (https://…)"))
    o("--tag", dest="tags", **many, help=translate("CLI", "tag, repeatable"))
    o("--notes", help=translate("CLI", "free notes"))


def note_options(parser: argparse.ArgumentParser) -> None:
    """The options of `add note` and `update note ID` (unset means unchanged)."""
    o, many = _options(parser)
    o("--title", help=translate("CLI", "title"))
    o("--date", help=translate("CLI", "date (YYYY-MM-DD, default today)"))
    o("--source", dest="source_name", help=translate("CLI", "source name"))
    o("--url", help=translate("CLI", "source address (https://…)"))
    o("--theme", dest="themes", **many, help=translate("CLI", "theme, repeatable"))
    o("--country", help=translate("CLI", "country code"))
    o("--importance", help=translate("CLI", "low, normal or high"))
    o("--status", help=translate("CLI", "draft, to_send or sent"))
    o("--sent-date", dest="sent_date", help=translate("CLI", "date sent to Paris"))
    o("--body", help=translate("CLI", "text (Markdown)"))
    o(
        "--private",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=translate("CLI", "keep the note home: out of the hand-over and of sharing"),
    )
    o(
        "--org",
        dest="organisations",
        **many,
        help=translate("CLI", "linked organisation (id, name or acronym), repeatable"),
    )
    o(
        "--person",
        dest="persons",
        type=int,
        **many,
        help=translate("CLI", "linked person id, repeatable"),
    )


def interaction_options(parser: argparse.ArgumentParser) -> None:
    """The options of `add interaction` and `update interaction ID` (unset means unchanged)."""
    o, many = _options(parser)
    o("--kind", help=translate("CLI", "meeting, visit, delegation, seminar, call or email"))
    o("--date", help=translate("CLI", "date (YYYY-MM-DD, default today)"))
    o("--title", help=translate("CLI", "title"))
    o("--summary", help=translate("CLI", "summary"))
    o("--place", help=translate("CLI", "place"))
    o(
        "--person",
        dest="persons",
        type=int,
        **many,
        help=translate("CLI", "participant id, repeatable"),
    )
    o(
        "--org",
        dest="organisations",
        **many,
        help=translate("CLI", "organisation (id, name or acronym), repeatable"),
    )


def programme_options(parser: argparse.ArgumentParser) -> None:
    """The options of `add programme` and `update programme ID` (unset means unchanged)."""
    o, _many = _options(parser)
    o("--name", help=translate("CLI", "name (PHC Orchid…)"))
    o("--kind", help=translate("CLI", "phc, arcus, call_for_interest, agency_call or other"))
    o("--country", dest="partner_country", help=translate("CLI", "partner country code"))
    o("--agency", dest="partner_agency", help=translate("CLI", "partner agency"))
    o("--url", help=translate("CLI", "source address (https://…)"))
    o("--description", help=translate("CLI", "description"))
    o("--source-url", dest="source_url", help=translate("CLI", "public source of these facts"))
    o("--template", help=translate("CLI", "stage template of its calls: phc, simple or none"))


def deadline_options(parser: argparse.ArgumentParser) -> None:
    """The options of `add deadline` and `update deadline ID` (unset means unchanged)."""
    o, many = _options(parser)
    o("--programme", help=translate("CLI", "programme (name or id)"))
    o("--title", help=translate("CLI", "title"))
    o(
        "--due",
        help=translate("CLI", '"YYYY-MM-DD HH:MM" with --tz, or YYYY-MM-DD with --all-day'),
    )
    o("--tz", help=translate("CLI", "time zone of --due (Europe/Paris, Asia/Taipei…)"))
    o(
        "--all-day",
        dest="all_day",
        action="store_true",
        default=None,
        help=translate("CLI", "the deadline is a whole day, the same in every zone"),
    )
    o(
        "--stage",
        help=translate(
            "CLI",
            "call_opens, application_deadline, partner_deadline, joint_committee, "
            "results, funding_start, funding_end, report_due or other",
        ),
    )
    o("--status", help=translate("CLI", "open, done, missed or cancelled"))
    o("--owner", help=translate("CLI", "who is in charge"))
    o("--notes", help=translate("CLI", "free notes"))
    o(
        "--reminders",
        type=_days,
        help=translate("CLI", 'days before for reminders, e.g. 30,7,1 ("" for none)'),
    )
    o(
        "--person",
        dest="persons",
        type=int,
        **many,
        help=translate("CLI", "linked person id, repeatable"),
    )


def add_share_option(parser: argparse.ArgumentParser) -> None:
    """``--share-paris`` / ``--no-share-paris``: unset means unchanged."""
    parser.add_argument(
        "--share-paris",
        dest="share_paris",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=translate(
            "CLI", "copy the record to the network's database in Paris (through the hub)"
        ),
    )


def _set(args: argparse.Namespace, names: tuple[str, ...]) -> dict[str, Any]:
    return {n: getattr(args, n) for n in names if getattr(args, n, None) is not None}


def _today() -> str:
    return dt.date.today().isoformat()


def _organisations(store: Store, values: list[str] | None) -> list[int] | None:
    if values is None:
        return None
    return [records.resolve_organisation(store, v) for v in values]


def _due(args: argparse.Namespace, base: Deadline) -> dict[str, Any]:
    due, tz, all_day = args.due, args.tz, args.all_day
    if due is None and tz is None and all_day is None:
        return {}
    due = due if due is not None else (base.due_date or base.due_local)
    all_day = (
        bool(all_day) if all_day is not None else (base.all_day if args.due is None else False)
    )
    due = (due or "").strip()
    if all_day:
        if not _DATE.match(due):
            raise ValidationError(
                [
                    FieldError(
                        "--due",
                        translate(
                            "CLI", "An all-day deadline takes a date: --due YYYY-MM-DD --all-day."
                        ),
                    )
                ]
            )
        return {"all_day": True, "due_date": due, "due_local": "", "tz": ""}
    if _DATE.match(due):
        raise ValidationError(
            [
                FieldError(
                    "--due",
                    translate(
                        "CLI", 'Give a time (--due "YYYY-MM-DD HH:MM" --tz ZONE), or add --all-day.'
                    ),
                )
            ]
        )
    if not _DATE_TIME.match(due):
        raise ValidationError(
            [
                FieldError(
                    "--due",
                    translate("CLI", "“{value}” is not a date and time (YYYY-MM-DD HH:MM).").format(
                        value=due
                    ),
                )
            ]
        )
    zone = tz if tz is not None else base.tz
    if not zone:
        raise ValidationError(
            [
                FieldError(
                    "--tz",
                    translate(
                        "CLI",
                        "Give the time zone of the deadline with --tz (for example Europe/Paris).",
                    ),
                )
            ]
        )
    return {"all_day": False, "due_local": due.replace(" ", "T"), "tz": zone, "due_date": ""}


def build_person(
    store: Store, args: argparse.Namespace, base: records.Record | None = None
) -> records.Record:
    """A person from the options given, on top of ``base`` (for `update`)."""
    person = base if isinstance(base, Person) else Person()
    changes = _set(
        args,
        (
            "given_name",
            "family_name",
            "native_name",
            "civility",
            "title",
            "department",
            "country",
            "city",
            "street",
            "postal_code",
            "region",
            "languages",
            "tags",
            "notes",
            "source",
            "review_date",
        ),
    )
    if args.organisation is not None:
        changes["organisation_id"] = (
            records.resolve_organisation(store, args.organisation)
            if args.organisation.strip()
            else None
        )
    if args.emails is not None:
        changes["emails"] = [
            EmailAddress(address=v, label=label) for label, v in map(split_labelled, args.emails)
        ]
    if args.phones is not None:
        changes["phones"] = [
            Phone(number=v, label=label) for label, v in map(split_labelled, args.phones)
        ]
    if isinstance(changes.get("street"), str):
        changes["street"] = changes["street"].replace("\\n", "\n")
    return dataclasses.replace(person, **changes)


def build_organisation(
    store: Store, args: argparse.Namespace, base: records.Record | None = None
) -> records.Record:
    """A organisation from the options given, on top of ``base`` (for `update`)."""
    org = base if isinstance(base, Organisation) else Organisation(name="")
    return dataclasses.replace(
        org,
        **_set(
            args,
            (
                "name",
                "native_name",
                "acronym",
                "kind",
                "country",
                "city",
                "website",
                "tags",
                "notes",
            ),
        ),
    )


def build_note(
    store: Store, args: argparse.Namespace, base: records.Record | None = None
) -> records.Record:
    """A note from the options given, on top of ``base`` (for `update`)."""
    note = base if isinstance(base, Note) else Note(title="", date=_today())
    changes = _set(
        args,
        (
            "title",
            "date",
            "source_name",
            "url",
            "themes",
            "country",
            "importance",
            "status",
            "sent_date",
            "body",
            "private",
        ),
    )
    orgs = _organisations(store, args.organisations)
    if orgs is not None:
        changes["organisation_ids"] = orgs
    if args.persons is not None:
        changes["person_ids"] = args.persons
    return dataclasses.replace(note, **changes)


def build_interaction(
    store: Store, args: argparse.Namespace, base: records.Record | None = None
) -> records.Record:
    """A interaction from the options given, on top of ``base`` (for `update`)."""
    item = (
        base
        if isinstance(base, Interaction)
        else Interaction(kind="meeting", date=_today(), title="")
    )
    changes = _set(args, ("kind", "date", "title", "summary", "place"))
    orgs = _organisations(store, args.organisations)
    if orgs is not None:
        changes["organisation_ids"] = orgs
    if args.persons is not None:
        changes["person_ids"] = args.persons
    return dataclasses.replace(item, **changes)


def build_programme(
    store: Store, args: argparse.Namespace, base: records.Record | None = None
) -> records.Record:
    """A programme from the options given, on top of ``base`` (for `update`)."""
    programme = base if isinstance(base, Programme) else Programme(name="")
    fields = _set(
        args,
        (
            "name", "kind", "partner_country", "partner_agency", "url", "description",
            "source_url", "template",
        ),
    )  # fmt: skip
    if fields.get("template") == "none":
        fields["template"] = ""
    return dataclasses.replace(programme, **fields)


def build_deadline(
    store: Store, args: argparse.Namespace, base: records.Record | None = None
) -> records.Record:
    """A deadline from the options given, on top of ``base`` (for `update`)."""
    deadline = base if isinstance(base, Deadline) else Deadline(title="")
    changes = _set(args, ("title", "stage", "status", "owner", "notes", "reminders"))
    if args.programme is not None:
        changes["programme_id"] = (
            records.resolve_programme(store, args.programme) if args.programme.strip() else None
        )
    if args.persons is not None:
        changes["person_ids"] = args.persons
    changes |= _due(args, deadline)
    return dataclasses.replace(deadline, **changes)


def _days(text: str) -> list[int]:
    """ "30,7,1" → [30, 7, 1]; "" → no reminders."""
    try:
        return [int(part) for part in text.replace(" ", "").split(",") if part]
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CLI", "reminders are whole days separated by commas, e.g. 30,7,1")
        ) from None


def parse_ids(text: str) -> list[int]:
    """ "3,7,12" → [3, 7, 12] (for --ids and similar options)."""
    try:
        return [int(part) for part in text.replace(" ", "").split(",") if part]
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CLI", "ids are whole numbers separated by commas, e.g. 3,7,12")
        ) from None
