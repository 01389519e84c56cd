"""Validation of records before they are written: every problem named with its field."""

from __future__ import annotations

import datetime as dt
import functools
from enum import StrEnum
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from attache_app.domain import enums
from attache_app.domain.countries import is_country, is_language
from attache_app.domain.models import (
    Deadline,
    Interaction,
    Note,
    Organisation,
    Person,
    PostSettings,
    Programme,
)
from attache_app.errors import FieldError, ValidationError
from attache_app.i18n import translate


def email_problem(address: str) -> str | None:
    # Imported here: it takes a tenth of the start-up time and is needed only on saving.
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(address, check_deliverability=False)
    except EmailNotValidError:
        return translate("Validation", "“{value}” is not an e-mail address.").format(value=address)
    return None


def country_problem(code: str) -> str | None:
    if code and not is_country(code):
        return translate(
            "Validation", "“{value}” is not a country code (ISO 3166, for example FR, TW, JP)."
        ).format(value=code)
    return None


def region_problem(code: str) -> str | None:
    import phonenumbers

    if code and code.upper() not in phonenumbers.SUPPORTED_REGIONS:
        return translate(
            "Validation", "“{value}” is not a telephone region (for example FR, TW)."
        ).format(value=code)
    return None


def unread_phone(number: str, region: str) -> str:
    """Why ``number`` has no E.164 form when read with ``region``: one sentence saying
    that it is kept as typed (the number is not refused: it may be an extension, or a
    country the data does not say)."""
    from attache_app.domain.countries import country_name

    if number.lstrip().startswith(("+", "00")):
        return translate(
            "Validation", "“{value}” is not a valid telephone number; kept as typed."
        ).format(value=number)
    return translate(
        "Validation", "“{value}” is not a valid telephone number in {country}; kept as typed."
    ).format(value=number, country=country_name(region))


def timezone_problem(name: str) -> str | None:
    if not name:
        return translate(
            "Validation", "A time zone is required (for example Europe/Paris, Asia/Taipei)."
        )
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return translate(
            "Validation", "“{value}” is not a time zone (for example Europe/Paris, Asia/Taipei)."
        ).format(value=name)
    return None


def date_problem(value: str, *, required: bool = True) -> str | None:
    if not value:
        return translate("Validation", "A date is required.") if required else None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return translate("Validation", "“{value}” is not a date (YYYY-MM-DD).").format(value=value)
    if len(value) != 10:
        return translate("Validation", "“{value}” is not a date (YYYY-MM-DD).").format(value=value)
    return None


def url_problem(value: str) -> str | None:
    if not value:
        return None
    parts = urlparse(value)
    if parts.scheme not in {"http", "https"} or not parts.netloc or " " in value:
        return translate(
            "Validation", "“{value}” is not a web address (http:// or https://)."
        ).format(value=value)
    return None


@functools.cache
def _values(choices: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in choices)


def choice_problem(value: str, choices: type[StrEnum]) -> str | None:
    allowed = _values(choices)
    if value not in allowed:
        return translate("Validation", "“{value}” is not one of: {choices}.").format(
            value=value, choices=", ".join(allowed)
        )
    return None


def _check(errors: list[FieldError], field: str, problem: str | None) -> None:
    if problem:
        errors.append(FieldError(field, problem))


def _raise(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)


def validate_organisation(org: Organisation) -> None:
    errors: list[FieldError] = []
    if not org.name.strip():
        errors.append(FieldError("name", translate("Validation", "An organisation needs a name.")))
    _check(errors, "kind", choice_problem(org.kind, enums.OrganisationKind))
    _check(errors, "country", country_problem(org.country))
    _check(errors, "website", url_problem(org.website))
    _raise(errors)


def validate_person(person: Person) -> None:
    errors: list[FieldError] = []
    if not (person.given_name or person.family_name or person.native_name or person.emails):
        errors.append(
            FieldError(
                "name",
                translate(
                    "Validation", "A person needs a name (Latin or native script) or an e-mail."
                ),
            )
        )
    for email in person.emails:
        _check(errors, "emails", email_problem(email.address))
    for phone in person.phones:
        if not any(ch.isdigit() for ch in phone.number):
            errors.append(
                FieldError(
                    "phones",
                    translate("Validation", "“{value}” is not a telephone number.").format(
                        value=phone.number
                    ),
                )
            )
    _check(errors, "country", country_problem(person.country))
    for code in person.languages:
        if not is_language(code):
            errors.append(
                FieldError(
                    "languages",
                    translate(
                        "Validation",
                        "“{value}” is not a language code (ISO 639, for example fr, zh).",
                    ).format(value=code),
                )
            )
    _check(errors, "review_date", date_problem(person.review_date, required=False))
    _raise(errors)


def validate_note(note: Note) -> None:
    errors: list[FieldError] = []
    if not note.title.strip():
        errors.append(FieldError("title", translate("Validation", "A watch note needs a title.")))
    _check(errors, "date", date_problem(note.date))
    _check(errors, "url", url_problem(note.url))
    _check(errors, "country", country_problem(note.country))
    _check(errors, "importance", choice_problem(note.importance, enums.Importance))
    _check(errors, "status", choice_problem(note.status, enums.NoteStatus))
    _check(errors, "sent_date", date_problem(note.sent_date, required=False))
    _raise(errors)


def validate_interaction(interaction: Interaction) -> None:
    errors: list[FieldError] = []
    if not interaction.title.strip():
        errors.append(FieldError("title", translate("Validation", "An activity needs a title.")))
    _check(errors, "kind", choice_problem(interaction.kind, enums.InteractionKind))
    _check(errors, "date", date_problem(interaction.date))
    _raise(errors)


def validate_programme(programme: Programme) -> None:
    errors: list[FieldError] = []
    if not programme.name.strip():
        errors.append(FieldError("name", translate("Validation", "A programme needs a name.")))
    _check(errors, "kind", choice_problem(programme.kind, enums.ProgrammeKind))
    _check(errors, "partner_country", country_problem(programme.partner_country))
    _check(errors, "url", url_problem(programme.url))
    _check(errors, "source_url", url_problem(programme.source_url))
    if programme.template not in ("", "phc", "simple"):
        errors.append(
            FieldError(
                "template",
                translate(
                    "Validation", "“{value}” is not a stage template (phc or simple)."
                ).format(value=programme.template),
            )
        )
    _raise(errors)


def validate_deadline(deadline: Deadline) -> None:
    errors: list[FieldError] = []
    if not deadline.title.strip():
        errors.append(FieldError("title", translate("Validation", "A deadline needs a title.")))
    _check(errors, "stage", choice_problem(deadline.stage, enums.StageKind))
    _check(errors, "status", choice_problem(deadline.status, enums.DeadlineStatus))
    if deadline.all_day:
        _check(errors, "due", date_problem(deadline.due_date))
    elif not deadline.due_local:
        errors.append(FieldError("due", translate("Validation", "A deadline needs a date.")))
    else:
        try:
            dt.datetime.fromisoformat(deadline.due_local)
        except ValueError:
            errors.append(
                FieldError(
                    "due",
                    translate(
                        "Validation", "“{value}” is not a date and time (YYYY-MM-DD HH:MM)."
                    ).format(value=deadline.due_local),
                )
            )
        _check(errors, "tz", timezone_problem(deadline.tz))
    if any(not 0 <= d <= 365 for d in deadline.reminders):
        errors.append(
            FieldError(
                "reminders",
                translate("Validation", "Reminders are whole days before, from 0 to 365."),
            )
        )
    _raise(errors)


def validate_settings(settings: PostSettings) -> None:
    errors: list[FieldError] = []
    _check(errors, "country", country_problem(settings.country))
    _check(errors, "timezone", timezone_problem(settings.timezone))
    _check(errors, "phone_region", region_problem(settings.phone_region))
    if not 1 <= settings.backup_keep <= 365:
        errors.append(
            FieldError(
                "backup_keep", translate("Validation", "Keep between 1 and 365 automatic backups.")
            )
        )
    _raise(errors)
