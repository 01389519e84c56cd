"""One contact of a file, normalised: e-mails, phones to E.164 read with the contact's
own country (its row's, its address's, its organisation's, the file's, and the post's only
last), names split (« LEFÈVRE Hélène », « YAMADA 花子 »), dates of contact to activities,
and every value the record has no field for kept in the notes. No database here: the
plan (:mod:`attache_app.importing.plan`) matches the normalised contacts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from attache_app.domain import normalise
from attache_app.domain.countries import country_code, is_language
from attache_app.domain.enums import OrganisationKind, phone_label_code
from attache_app.domain.models import EmailAddress, Organisation, Person, Phone
from attache_app.domain.scripts import has_native_script, is_mixed_script, is_native_name
from attache_app.domain.timeutil import iso_utc
from attache_app.domain.validation import unread_phone
from attache_app.i18n import translate
from attache_app.importing.contact import RawContact
from attache_app.importing.names import split_full_name, split_mixed, split_native


@dataclass(slots=True)
class Item:
    """One contact of the file, normalised."""

    index: int
    location: str
    person: Person | None = None
    organisation: Organisation | None = None
    """Set instead of ``person`` for a card that describes an organisation."""
    warnings: list[str] = field(default_factory=list)
    error: str = ""
    activities: list[tuple[str, str, str]] = field(default_factory=list)
    """(ISO date, title, kind) of the dated contacts of the row: each becomes an activity
    of the person (an interaction linked to it)."""
    phone_region: str = ""
    """The region its national phone numbers were read with (:func:`phone_region_of`)."""
    unread_phones: list[tuple[str, str]] = field(default_factory=list)
    """(number, why): numbers not valid in that region, kept as typed without E.164."""
    phone_region_own: bool = False
    """Whether that region is the contact's own (its row's or address's country) rather
    than a fallback (organisation, file, post)."""

    @property
    def name(self) -> str:
        if self.person is not None:
            return self.person.display_name
        return self.organisation.name if self.organisation else "?"


_FAST_EMAIL = re.compile(r"^[a-z0-9._%+'-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$")
_SPECIAL_TLDS = {"invalid", "local", "localhost", "test", "example", "onion", "arpa", "internal"}


def email_is_valid(address: str) -> bool:
    """The verdict of email-validator (as the editors use), with a fast path for plain
    addresses so that 100,000 rows do not spend seconds in it."""
    if _FAST_EMAIL.match(address) and address.rsplit(".", 1)[-1] not in _SPECIAL_TLDS:
        return True
    from attache_app.domain.validation import email_problem

    return email_problem(address) is None


class _PhoneCache:
    def __init__(self, region: str) -> None:
        self.region = region
        """The default region (the post's)."""
        self.cache: dict[tuple[str, str], str] = {}

    def e164(self, number: str, region: str = "") -> str:
        key = (number, region or self.region)
        found = self.cache.get(key)
        if found is None:
            found = self.cache[key] = normalise.e164(number, key[1])
        return found


_ADDRESS_PARTS = re.compile(r"\s*[,\n]\s*")


def address_country(address: str) -> str:
    """The country an address ends with ("…, 38000 Grenoble, France" → FR), or ""."""
    last = _ADDRESS_PARTS.split(address.strip())[-1]
    if not last or len(last) > 40 or _DIGIT.search(last):
        return ""
    return country_code(last)


def phone_region_of(
    row_country: str, address: str, organisation_country: str, file_region: str, post: str
) -> str:
    """The region a row's national numbers are read with: the country of the row, else
    of its address, else of its organisation, else the region given for the file, and the
    post's region only last."""
    if row_country:
        found = normalise.phone_region(row_country)
        if found:
            return found
    from_address = address_country(address) if address else ""
    return normalise.phone_region(from_address, organisation_country, file_region, post) or post


def _words(text: str) -> list[str]:
    return normalise.fold(text).replace(",", " ").split()


def _names(contact: RawContact, country: str) -> tuple[str, str, str, str, str]:
    """(civility, given, family, native, note) of a contact; the note keeps a structured
    name that the displayed name contradicts."""
    if not (
        contact.formatted_name
        or contact.middle_name
        or contact.native_name
        or contact.prefix
        or contact.suffix
    ):
        # The usual row of a list: a given name and a family name, nothing else to weigh.
        given, family = (
            normalise.clean_text(contact.given_name),
            normalise.clean_text(contact.family_name),
        )
        if given and family and not has_native_script(given + family):
            if _all_capitals(family) and not _all_capitals(given):
                family = _capitalised(family)
            return "", given, family, "", ""
    formatted = normalise.clean_text(contact.formatted_name)
    given = " ".join(p for p in (contact.given_name, contact.middle_name) if p.strip())
    given, family = normalise.clean_text(given), normalise.clean_text(contact.family_name)
    prefix = normalise.clean_text(contact.prefix)
    suffix = normalise.clean_text(contact.suffix)
    native = normalise.clean_text(contact.native_name)
    structured_note = ""
    if formatted and (given or family) and not has_native_script(formatted):
        # FN is what the sender's address book shows; N is its structured form. When FN
        # says more than N ("contact number one" / given "contact", family "one"), or
        # something else ("Joe Due" / "Gump;Forrest"), FN decides and a differing N is kept
        # in the notes; when N says as much or more, N is kept (it knows which is the
        # family name).
        words = set(_words(formatted))
        parts = set(_words(f"{prefix} {given} {family} {suffix}"))
        if not words <= parts:
            if not parts <= words:
                structured_note = " ".join(p for p in (prefix, given, family, suffix) if p)
            keep_family = family if family and set(_words(family)) <= words else ""
            prefix_f, given, family, suffix_f = split_full_name(formatted, country)
            prefix, suffix = prefix_f, suffix_f
            if keep_family and family != keep_family:
                rest = [w for w in formatted.replace(",", " ").split() if w not in (
                    *prefix.split(), *suffix.split(), *keep_family.split())]  # fmt: skip
                given, family = " ".join(rest), keep_family
    if not (given or family) and formatted:
        if is_native_name(formatted):
            native = native or formatted
        elif has_native_script(formatted):  # "YAMADA 花子": two scripts, no native name
            prefix_f, given, family, native_f = split_mixed(formatted, country)
            prefix, native = prefix or prefix_f, native or native_f
        else:
            prefix_f, given, family, suffix_f = split_full_name(formatted, country)
            prefix, suffix = prefix or prefix_f, suffix or suffix_f
    elif family and not given and " " in family.strip():
        # A "Nom" column holding "DUPONT Marie" (or "YAMADA 花子").
        if is_native_name(family):
            native, family = native or family, ""
        elif has_native_script(family):
            _, given, family, native_f = split_mixed(family, country)
            native = native or native_f
        else:
            _, given, family, _ = split_full_name(family, country)
    mixed = is_mixed_script(f"{given}{family}")
    if has_native_script(f"{given}{family}") and not mixed:
        native = native or (formatted if is_native_name(formatted) else "") or f"{family}{given}"
        if not (family and given):
            family, given = split_native(native, country)
    elif native and not (given or family):
        family, given = split_native(native, country)
    elif not (given or family or native) and formatted:
        family = formatted
    if not mixed and _all_capitals(family) and given and not _all_capitals(given):
        family = _capitalised(family)
    if suffix:
        family = f"{family} {suffix}".strip()
    return prefix, given, family, native, structured_note


def _capitalised(family: str) -> str:
    """ "LEFÈVRE-DURAND" → "Lefèvre-Durand": capitals only mark the family name in French
    lists ("LEFÈVRE Hélène")."""
    family = "-".join(w[:1].upper() + w[1:].lower() for w in family.split("-"))
    return " ".join(w[:1].upper() + w[1:] for w in family.split(" "))


_TWO_LETTERS = re.compile(r"[A-Za-z].*[A-Za-z]", re.DOTALL)


def _all_capitals(text: str) -> bool:
    if not text.isupper():  # a small letter, or no cased letter at all
        return False
    if text.isascii():  # every letter a capital: are there two?
        return _TWO_LETTERS.search(text) is not None
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _extra_notes(contact: RawContact, lines: list[str]) -> str:
    notes = [normalise.clean_multiline(contact.notes)] if contact.notes.strip() else []
    if contact.address:
        lines.append(translate("Import", "Address: {value}").format(value=contact.address))
    if contact.urls:
        lines.append(translate("Import", "Web: {value}").format(value=", ".join(contact.urls)))
    if contact.birthday:
        lines.append(translate("Import", "Birthday: {value}").format(value=contact.birthday))
    if contact.kept:
        template = translate("Import", "{header}: {value}")
        lines.extend(
            template.format(header=header, value=normalise.clean_multiline(value))
            for header, value in contact.kept
        )
    if lines:
        notes.append("\n".join(lines))
    return "\n\n".join(notes)


def _dated(contact: RawContact, item: Item, extra: list[str]) -> None:
    """Dates of contact to activities; an unreadable one is kept in the notes, flagged."""
    if not contact.dates:
        return
    from attache_app.importing.dates import parse_date

    for title, value, kind in contact.dates:
        date = parse_date(value)
        if date is None:
            extra.append(translate("Import", "{header}: {value}").format(header=title, value=value))
            item.warnings.append(
                translate(
                    "Import", "“{value}” ({header}) is not a date; kept in the notes."
                ).format(value=value, header=title)
            )
            continue
        activity = (date.isoformat(), title, kind)
        if activity not in item.activities:
            item.activities.append(activity)


def _address_lines(contact: RawContact, extra: list[str]) -> None:
    """The parts of a postal address an organisation record has no field for."""
    parts = (contact.street, contact.postal_code, contact.region)
    if any(parts):
        text = ", ".join(p.replace("\n", ", ") for p in parts if p)
        extra.append(translate("Import", "Address: {value}").format(value=text))


def _review_date(text: str, extra: list[str]) -> str:
    value = text.strip()[:10]
    if not value:
        return ""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        extra.append(translate("Import", "Review date: {value}").format(value=text))
        return ""


def _added_on(text: str, extra: list[str]) -> str:
    """The original creation stamp (as Attaché writes it, UTC), or "" for now."""
    value = text.strip()
    if not value:
        return ""
    try:
        stamp = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        extra.append(translate("Import", "Added on: {value}").format(value=text))
        return ""
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    return iso_utc(stamp)


_DIGIT = re.compile(r"\d")


def _read_phones(
    item: Item, numbers: list[tuple[str, str]], phones: _PhoneCache, extra: list[str]
) -> list[Phone]:
    """The contact's phones read with ``item.phone_region``; a number not valid there is
    kept as typed, without E.164, and listed in ``item.unread_phones``."""
    phone_list: list[Phone] = []
    for number, label in numbers:
        raw = normalise.clean_text(number)
        if not raw:
            continue
        if _DIGIT.search(raw) is None:
            extra.append(translate("Import", "Telephone (not valid): {value}").format(value=raw))
            item.warnings.append(
                translate(
                    "Import", "“{value}” is not a telephone number; kept in the notes."
                ).format(value=raw)
            )
            continue
        number_e164 = phones.e164(raw, item.phone_region)
        if not number_e164:
            why = unread_phone(raw, item.phone_region)
            item.warnings.append(why)
            item.unread_phones.append((raw, why))
        phone_list.append(Phone(raw, phone_label_code(normalise.clean_text(label)), number_e164))
    return phone_list


def _reread_phones(item: Item, region: str, phones: _PhoneCache) -> None:
    """Read a duplicate's phones again with the country of the person it merges into,
    when its own row said no country (a fallback read them)."""
    person = item.person
    if person is None or item.phone_region_own or not region or region == item.phone_region:
        return
    dropped = {why for _, why in item.unread_phones}
    item.warnings = [w for w in item.warnings if w not in dropped]
    item.unread_phones = []
    item.phone_region = region
    person.phones = _read_phones(item, [(p.number, p.label) for p in person.phones], phones, [])


def normalise_contact(
    contact: RawContact,
    index: int,
    *,
    region: str,
    country: str,
    phones: _PhoneCache,
    file_region: str = "",
    organisation_country: Callable[[str], str] | None = None,
) -> Item:
    """One contact, normalised. National phone numbers are read with the contact's
    country (:func:`phone_region_of`): ``region`` is the post's, ``file_region`` the one
    the user gave for the file, ``organisation_country`` finds an organisation's country
    by name; ``country`` (the post's) helps splitting names."""
    item = Item(index=index, location=contact.location)
    if contact.dropped:  # a vCard's photo, sound or key
        item.warnings.append(
            translate(
                "Import", "not imported, Attaché keeps no pictures, sounds or keys: {what}."
            ).format(what=", ".join(contact.dropped))
        )
    extra: list[str] = []
    country_text = normalise.clean_text(contact.country)
    code = country_code(country_text) if country_text else ""
    if country_text and not code:
        extra.append(translate("Import", "Country: {value}").format(value=country_text))
        item.warnings.append(
            translate("Import", "“{value}” is not a known country; kept in the notes.").format(
                value=country_text
            )
        )
    if contact.is_organisation and not (contact.given_name or contact.family_name):
        _address_lines(contact, extra)
        for title, value, _kind in contact.dates:
            extra.append(translate("Import", "{header}: {value}").format(header=title, value=value))
        name = normalise.clean_text(contact.organisation or contact.formatted_name)
        website = contact.urls[0] if contact.urls else ""
        kind = contact.organisation_kind
        item.organisation = Organisation(
            name=name,
            native_name=normalise.clean_text(contact.native_name),
            acronym=normalise.clean_text(contact.acronym),
            kind=kind if kind in OrganisationKind.__members__.values() else "other",
            country=code,
            city=normalise.clean_text(contact.city),
            website=website if website.startswith(("http://", "https://")) else "",
            notes=_extra_notes(dataclasses.replace(contact, urls=contact.urls[1:]), extra),
            tags=[normalise.clean_text(t) for t in contact.tags if t.strip()],
        )
        if not name:
            item.error = translate("Import", "an organisation card without a name.")
        return item
    emails: list[EmailAddress] = []
    seen: set[str] = set()
    for address, label in contact.emails:
        clean = normalise.normalise_email(address).removeprefix("mailto:")
        if not clean or clean in seen:
            continue
        seen.add(clean)
        if email_is_valid(clean):
            emails.append(EmailAddress(clean, normalise.clean_text(label)))
        else:
            extra.append(translate("Import", "E-mail (not valid): {value}").format(value=address))
            item.warnings.append(
                translate("Import", "“{value}” is not a valid e-mail; kept in the notes.").format(
                    value=address
                )
            )
    if contact.phones:
        org_country = ""
        if organisation_country is not None and not code and contact.organisation:
            org_country = organisation_country(contact.organisation)
        address = contact.address or contact.street.replace("\n", ", ")
        item.phone_region = phone_region_of(code, address, org_country, file_region, region)
        item.phone_region_own = item.phone_region in (
            normalise.phone_region(code),
            normalise.phone_region(address_country(address)) if address else "",
        )
    phone_list = _read_phones(item, contact.phones, phones, extra)
    languages: list[str] = []
    for language in contact.languages:
        if is_language(language.lower()):
            languages.append(language.lower())
        else:
            extra.append(translate("Import", "Language: {value}").format(value=language))
    civility, given, family, native, structured = _names(contact, code or country)
    if structured:
        extra.append(translate("Import", "Structured name: {value}").format(value=structured))
    _dated(contact, item, extra)
    person = Person(
        civility=civility,
        given_name=given,
        family_name=family,
        native_name=native,
        title=normalise.clean_text(contact.title),
        organisation_name=normalise.clean_text(contact.organisation),
        department=normalise.clean_text(contact.department),
        emails=emails,
        phones=phone_list,
        country=code,
        city=normalise.clean_text(contact.city),
        street=normalise.clean_multiline(contact.street),
        postal_code=normalise.clean_text(contact.postal_code),
        region=normalise.clean_text(contact.region),
        languages=list(dict.fromkeys(languages)),
        review_date=_review_date(contact.review_date, extra),
        created_at=_added_on(contact.created_at, extra),
        tags=list(dict.fromkeys(normalise.clean_text(t) for t in contact.tags if t.strip())),
        notes=_extra_notes(contact, extra),
    )
    if not (person.given_name or person.family_name or person.native_name or person.emails):
        if person.organisation_name and not phone_list:
            # A row naming only an organisation: what an organisation has no field for
            # (its address, dates, a job title…) goes to its notes (it has a city and a
            # country, no street); its tags are its own. Every value of the row lands on
            # the organisation, whether it is created or already known (then completed).
            lines: list[str] = []
            _address_lines(contact, lines)
            lines += [
                translate("Import", "{header}: {value}").format(header=title, value=date)
                for date, title, _kind in item.activities
            ]
            lines += [
                template.format(value=value)
                for template, value in (
                    (translate("Import", "Job title: {value}"), person.title),
                    (translate("Import", "Department: {value}"), person.department),
                    (translate("Import", "Language: {value}"), ", ".join(person.languages)),
                    (translate("Import", "Review date: {value}"), person.review_date),
                )
                if value
            ]
            notes = "\n".join(n for n in (person.notes, *lines) if n)
            item.organisation = Organisation(
                name=person.organisation_name, notes=notes, country=person.country,
                city=person.city, tags=list(person.tags),
            )  # fmt: skip
            item.activities = []
            return item
        item.error = translate("Import", "no name and no valid e-mail: there is nobody to create.")
        item.person = person
        return item
    item.person = person
    return item
