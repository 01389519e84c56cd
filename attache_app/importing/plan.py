"""What an import would do, decided before anything is written.

Contacts are normalised (e-mails, phones to E.164 with the post's region, names split,
organisations matched to existing ones by name, acronym or a close spelling), validated
(problems per row, with its location), and compared — inside the file and against the
database — for duplicates. Comparisons are blocked on normalised keys (e-mail, E.164,
folded family name, organisation's first word), so that 100,000 rows against 100,000
persons never compare every pair; only the few candidates of a block are scored with
rapidfuzz.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sized
from dataclasses import dataclass, field

from attache_app.domain import normalise
from attache_app.domain.controls import shown_name
from attache_app.domain.countries import country_code, is_language
from attache_app.domain.enums import OrganisationKind, phone_label_code
from attache_app.domain.models import EmailAddress, Organisation, Person, Phone
from attache_app.domain.scripts import has_native_script, is_mixed_script, is_native_name
from attache_app.domain.timeutil import iso_utc
from attache_app.domain.validation import unread_phone
from attache_app.i18n import translate
from attache_app.importing.contact import RawContact
from attache_app.importing.names import split_full_name, split_mixed, split_native
from attache_app.storage.db import Store

Progress = Callable[[int, int], None]
"""(done, total): called now and then; raising from it (Cancel) stops the work."""

MERGE, SKIP, CREATE = "merge", "skip", "create"
ACTIONS = (MERGE, SKIP, CREATE)
MERGED_FIELDS = (
    "civility",
    "given_name",
    "family_name",
    "native_name",
    "title",
    "organisation_name",
    "department",
    "street",
    "postal_code",
    "city",
    "region",
    "country",
)
ADDRESS_FIELDS = ("street", "postal_code", "city", "region", "country")
LIST_FIELDS = ("emails", "phones", "tags", "notes")


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


@dataclass
class FieldChoice:
    field: str
    current: str
    incoming: str
    keep: str
    """"current" or "incoming": which value the merge keeps."""


@dataclass
class Duplicate:
    item: int
    """Index of the incoming item."""
    person_id: int | None
    """The person in the database it duplicates, or None for an earlier row of the file."""
    earlier_item: int | None
    reason: str
    score: int
    certain: bool
    fields: list[FieldChoice] = field(default_factory=list)
    action: str = MERGE
    current_name: str = ""


@dataclass
class RowError:
    location: str
    message: str
    name: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"where": self.location, "name": self.name, "message": self.message}


@dataclass
class Plan:
    file_name: str
    sha256: str
    format: str
    mapping_json: str
    items: list[Item]
    duplicates: dict[int, Duplicate]
    errors: list[RowError]
    organisation_ids: dict[str, int]
    """Folded organisation name → existing id."""
    new_organisations: dict[str, str]
    """Folded name → name, for organisations to create."""
    already_imported: tuple[int, str] | None = None
    """(batch id, date) when this very file was imported before and not undone."""
    encoding: str = ""
    """The encoding a text file was read in, recorded with the batch."""

    @property
    def new_items(self) -> list[Item]:
        return [i for i in self.items if not i.error and i.index not in self.duplicates]

    def set_action(self, action: str, *, item: int | None = None) -> None:
        """One duplicate's action, or every duplicate's when ``item`` is None."""
        for dup in self.duplicates.values():
            if item is None or dup.item == item:
                dup.action = action

    def summary(self) -> str:
        """One sentence for both front ends: what reading the file found."""
        counts = self.counts()
        return translate(
            "Import",
            "{rows} contacts read from {file}: {new} new, {dups} duplicates, {errors} errors.",
        ).format(
            rows=counts["rows"],
            file=shown_name(self.file_name),
            new=counts["new"],
            dups=counts["duplicates"],
            errors=counts["errors"],
        )

    def phone_problems(self, *, written_only: bool = False) -> list[dict[str, str]]:
        """The numbers kept as typed (not valid in the country they were read with), one
        dict each: where, name, number, region, message. ``written_only`` leaves out the
        rows in error and the duplicates skipped."""
        problems: list[dict[str, str]] = []
        for item in self.items:
            if not item.unread_phones or item.error:
                continue
            dup = self.duplicates.get(item.index)
            if written_only and dup is not None and dup.action == SKIP:
                continue
            for number, message in item.unread_phones:
                problems.append(
                    {"where": item.location, "name": item.name, "number": number,
                     "region": item.phone_region, "message": message}
                )  # fmt: skip
        return problems

    def counts(self) -> dict[str, int]:
        actions = [d.action for d in self.duplicates.values()]
        return {
            "rows": len(self.items),
            "new": len(self.new_items),
            "duplicates": len(self.duplicates),
            "merge": actions.count(MERGE),
            "skip": actions.count(SKIP),
            "create": actions.count(CREATE),
            "errors": len(self.errors),
        }


# --- normalisation ---------------------------------------------------------------------

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
            # A row naming only an organisation: its address and dates go to the notes
            # (an organisation has a city and a country, no street).
            lines: list[str] = []
            _address_lines(contact, lines)
            lines += [
                translate("Import", "{header}: {value}").format(header=title, value=date)
                for date, title, _kind in item.activities
            ]
            notes = "\n".join(n for n in (person.notes, *lines) if n)
            item.organisation = Organisation(
                name=person.organisation_name, notes=notes, country=person.country,
                city=person.city,
            )  # fmt: skip
            item.activities = []
            return item
        item.error = translate("Import", "no name and no valid e-mail: there is nobody to create.")
        item.person = person
        return item
    item.person = person
    return item


# --- organisations ---------------------------------------------------------------------

_PAREN = re.compile(r"\s*\(([^)]*)\)\s*")


def org_key(name: str) -> str:
    return " ".join(normalise.fold(name).replace("&", " and ").split())


class _Organisations:
    """Existing organisations by folded name, acronym and native name; a close spelling
    (rapidfuzz ≥ 92) within the same first word also matches."""

    def __init__(self, store: Store) -> None:
        self.exact: dict[str, int] = {}
        self.by_word: dict[str, list[tuple[str, int]]] = defaultdict(list)
        self.countries: dict[int, str] = {}
        self.found: dict[str, int | None] = {}
        for org_id, name, acronym, native, country in store.execute(
            "SELECT id, name, acronym, native_name, country FROM organisations ORDER BY id"
        ):
            if country:
                self.countries[org_id] = country
            key = org_key(name)
            for k in (key, org_key(acronym), native.strip()):
                if k:
                    self.exact.setdefault(k, org_id)
            if key:
                self.by_word[key.split()[0]].append((key, org_id))

    def find(self, name: str) -> int | None:
        if name in self.found:
            return self.found[name]
        found = self.found[name] = self._find(name)
        return found

    def _find(self, name: str) -> int | None:
        key = org_key(name)
        if not key:
            return None
        for candidate in (key, org_key(_PAREN.sub(" ", name)), *_inner(name)):
            if candidate in self.exact:
                return self.exact[candidate]
        from rapidfuzz import fuzz, process

        block = self.by_word.get(key.split()[0], [])
        if block:
            best = process.extractOne(key, [k for k, _ in block], scorer=fuzz.ratio)
            if best is not None and best[1] >= 92:
                return block[best[2]][1]
        return None


def _inner(name: str) -> list[str]:
    return [org_key(m) for m in _PAREN.findall(name) if m.strip()]


# --- duplicates ------------------------------------------------------------------------


def name_key(person: Person) -> str:
    return f"{normalise.fold(person.family_name)}|{normalise.fold(person.given_name)}"


@dataclass
class _Known:
    """Everything persons can be matched on — for the database, and for the rows seen so
    far — as dictionaries keyed on normalised values: a lookup, never a scan."""

    emails: dict[str, int] = field(default_factory=dict)
    phones: dict[str, int] = field(default_factory=dict)
    names: dict[str, int] = field(default_factory=dict)
    name_org: dict[tuple[str, int | None], int] = field(default_factory=dict)
    family_org: dict[tuple[str, int], list[tuple[int, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    natives: dict[str, int] = field(default_factory=dict)

    def add_names(self, ref: int, given: str, family: str, native: str, org: int | None) -> None:
        if family or given:
            folded_family, folded_given = normalise.fold(family), normalise.fold(given)
            key = f"{folded_family}|{folded_given}"
            self.names.setdefault(key, ref)
            self.name_org.setdefault((key, org), ref)
            if org is not None:
                self.family_org[(folded_family, org)].append((ref, folded_given))
        if native:
            self.natives.setdefault(native.replace(" ", ""), ref)

    def add(self, ref: int, person: Person, org: int | None) -> None:
        for email in person.emails:
            self.emails.setdefault(email.address, ref)
        for phone in person.phones:
            if phone.e164:
                self.phones.setdefault(phone.e164, ref)
        self.add_names(ref, person.given_name, person.family_name, person.native_name, org)


def _load_database(store: Store) -> _Known:
    known = _Known()
    for pid, given, family, native, org in store.execute(
        "SELECT id, given_name, family_name, native_name, organisation_id FROM persons"
    ):
        known.add_names(pid, given, family, native, org)
    for address, pid in store.execute("SELECT address, person_id FROM person_emails"):
        known.emails.setdefault(address, pid)
    for number, pid in store.execute("SELECT e164, person_id FROM person_phones WHERE e164 != ''"):
        known.phones.setdefault(number, pid)
    return known


@functools.cache
def _ratio() -> Callable[[str, str], float]:
    """rapidfuzz's ratio, imported on first use (not when the module is)."""
    from rapidfuzz import fuzz

    return fuzz.ratio


def _match(person: Person, org_id: int | None, known: _Known) -> tuple[int, str, int, bool] | None:
    """(ref, reason, score, certain) of the best match, or None."""
    for email in person.emails:
        if email.address in known.emails:
            reason = translate("Import", "same e-mail {value}").format(value=email.address)
            return known.emails[email.address], reason, 100, True
    for phone in person.phones:
        if phone.e164 and phone.e164 in known.phones:
            reason = translate("Import", "same telephone {value}").format(value=phone.e164)
            return known.phones[phone.e164], reason, 100, True
    if person.family_name or person.given_name:
        key = name_key(person)
        if org_id is not None and (key, org_id) in known.name_org:
            reason = translate("Import", "same name and same organisation")
            return known.name_org[(key, org_id)], reason, 100, True
        if key in known.names:
            other = known.names[key] if org_id is None else known.name_org.get((key, None))
            if other is not None:
                return other, translate("Import", "same name"), 90, False
        if org_id is not None:
            block = known.family_org.get((normalise.fold(person.family_name), org_id), [])
            if block:
                ratio = _ratio()
                given = normalise.fold(person.given_name)
                score, ref = max([(ratio(given, g), r) for r, g in block[:200]])
                if score >= 80:
                    reason = translate("Import", "similar name ({score} %) and same organisation")
                    return ref, reason.format(score=int(score)), int(score), False
    if person.native_name:
        ref_native = known.natives.get(person.native_name.replace(" ", ""))
        if ref_native is not None:
            return ref_native, translate("Import", "same native-script name"), 90, False
    return None


def _text_of(person: Person, name: str) -> str:
    return str(getattr(person, name) or "")


def merge_choices(current: Person, incoming: Person) -> list[FieldChoice]:
    """Field by field: empty fields take the incoming value; differing ones keep the
    current value unless the user chooses otherwise. Lists are united."""
    choices: list[FieldChoice] = []
    # The parts of a postal address go together: when the two addresses contradict each
    # other (a part set on both sides, differently), the current one is kept whole by
    # default rather than completed with parts of the other.
    other_address = any(
        _text_of(current, n) and _text_of(incoming, n)
        and normalise.fold(_text_of(current, n)) != normalise.fold(_text_of(incoming, n))
        for n in ADDRESS_FIELDS
    )  # fmt: skip
    for name in MERGED_FIELDS:
        old, new = _text_of(current, name), _text_of(incoming, name)
        if new and normalise.fold(old) != normalise.fold(new):
            take = not old and not (other_address and name in ADDRESS_FIELDS)
            choices.append(FieldChoice(name, old, new, "incoming" if take else "current"))
    old_emails = {e.address for e in current.emails}
    new_emails = [e.address for e in incoming.emails if e.address not in old_emails]
    if new_emails:
        choices.append(
            FieldChoice("emails", ", ".join(sorted(old_emails)), ", ".join(new_emails), "incoming")
        )
    old_phones = {p.e164 or p.number for p in current.phones}
    new_phones = [p.number for p in incoming.phones if (p.e164 or p.number) not in old_phones]
    if new_phones:
        choices.append(
            FieldChoice(
                "phones", ", ".join(p.number for p in current.phones), ", ".join(new_phones),
                "incoming",
            )
        )  # fmt: skip
    new_tags = [
        t for t in incoming.tags if t.casefold() not in {x.casefold() for x in current.tags}
    ]
    if new_tags:
        choices.append(
            FieldChoice("tags", ", ".join(current.tags), ", ".join(new_tags), "incoming")
        )
    if incoming.notes and incoming.notes not in current.notes:
        choices.append(FieldChoice("notes", current.notes, incoming.notes, "incoming"))
    return choices


def apply_merge(current: Person, incoming: Person, choices: list[FieldChoice]) -> Person:
    merged = dataclasses.replace(
        current,
        emails=list(current.emails),
        phones=list(current.phones),
        tags=list(current.tags),
    )
    for choice in choices:
        if choice.keep != "incoming":
            continue
        if choice.field in MERGED_FIELDS:
            setattr(merged, choice.field, _text_of(incoming, choice.field))
            if choice.field == "organisation_name":
                merged.organisation_id = incoming.organisation_id
        elif choice.field == "emails":
            have = {e.address for e in merged.emails}
            merged.emails += [e for e in incoming.emails if e.address not in have]
        elif choice.field == "phones":
            have = {p.e164 or p.number for p in merged.phones}
            merged.phones += [p for p in incoming.phones if (p.e164 or p.number) not in have]
        elif choice.field == "tags":
            have = {t.casefold() for t in merged.tags}
            merged.tags += [t for t in incoming.tags if t.casefold() not in have]
        elif choice.field == "notes":
            merged.notes = "\n\n".join(n for n in (merged.notes, incoming.notes) if n)
    return merged


# --- the plan --------------------------------------------------------------------------


def make_plan(
    store: Store,
    contacts: Iterable[RawContact],
    *,
    file_name: str,
    sha256: str,
    format: str,
    mapping_json: str = "{}",
    on_duplicate: str | None = None,
    progress: Progress | None = None,
    count: int | None = None,
    region: str = "",
) -> Plan:
    """Everything the import would do. ``on_duplicate`` applies one action to every
    duplicate; by default certain ones (same e-mail, telephone, or name and organisation)
    are merged and likely ones (same or similar name only) are created, for review.
    ``contacts`` may be an iterator (then ``count`` says how many, for the progress).
    ``region`` reads the national phone numbers of rows whose country (or organisation's
    country) says nothing; the post's region comes only after it."""
    from attache_app.storage import persons as person_store
    from attache_app.storage.settings import load_settings

    settings = load_settings(store)
    phones = _PhoneCache(settings.phone_region)
    total = len(contacts) if isinstance(contacts, Sized) else (count or 0)
    orgs = _Organisations(store)
    card_countries: dict[str, str] = {}
    """Organisation cards of the file (our own export lists them first): key → country."""

    def organisation_country(name: str) -> str:
        key = org_key(name)
        if key in card_countries:
            return card_countries[key]
        found = orgs.find(name)
        return orgs.countries.get(found, "") if found is not None else ""

    items: list[Item] = []
    for index, contact in enumerate(contacts):
        item = normalise_contact(
            contact, index, region=settings.phone_region, country=settings.country,
            phones=phones, file_region=region, organisation_country=organisation_country,
        )  # fmt: skip
        items.append(item)
        if item.organisation is not None and item.organisation.country:
            card_countries.setdefault(org_key(item.organisation.name), item.organisation.country)
        if progress is not None and index % 2000 == 0:
            progress(index, total * 2)
    organisation_ids: dict[str, int] = {}
    new_organisations: dict[str, str] = {}

    pseudo_ids: dict[str, int] = {}
    """Organisations to create get negative ids, so that rows of the file can be compared
    on them before they exist."""

    def org_id_of(name: str) -> tuple[int | None, int | None]:
        """(existing id or None, id to compare rows of the file on)."""
        key = org_key(name)
        if not key:
            return None, None
        if key not in organisation_ids and key not in new_organisations:
            found = orgs.find(name)
            if found is None:
                new_organisations[key] = name
                pseudo_ids[key] = -1 - len(pseudo_ids)
            else:
                organisation_ids[key] = found
        existing = organisation_ids.get(key)
        return existing, existing if existing is not None else pseudo_ids.get(key)

    known = _load_database(store)
    in_file = _Known()
    duplicates: dict[int, Duplicate] = {}
    errors: list[RowError] = []
    for item in items:
        if progress is not None and item.index % 2000 == 0:
            progress(total + item.index, total * 2)
        if item.error:
            errors.append(RowError(item.location, item.error, item.name if item.person else ""))
            continue
        if item.organisation is not None:
            org_id_of(item.organisation.name)
            continue
        person = item.person
        assert person is not None
        org_id, pseudo_org = org_id_of(person.organisation_name)
        found = _match(person, org_id, known)
        if found is not None:
            ref, reason, score, certain = found
            duplicates[item.index] = Duplicate(
                item=item.index, person_id=ref, earlier_item=None, reason=reason,
                score=score, certain=certain,
                action=on_duplicate or (MERGE if certain else CREATE),
            )  # fmt: skip
        if item.index not in duplicates:
            found = _match(person, pseudo_org, in_file)
            if found is not None:
                ref, reason, score, certain = found
                earlier = items[ref].person
                assert earlier is not None
                duplicates[item.index] = Duplicate(
                    item=item.index, person_id=None, earlier_item=ref, reason=reason,
                    score=score, certain=certain, fields=merge_choices(earlier, person),
                    action=on_duplicate or (MERGE if certain else CREATE),
                    current_name=f"{earlier.display_name} ({items[ref].location})",
                )  # fmt: skip
        in_file.add(item.index, person, pseudo_org)
    # The persons matched in the database, read in chunks, to propose the merges.
    matched = sorted({d.person_id for d in duplicates.values() if d.person_id is not None})
    current = {p.id: p for p in person_store.get_many(store, matched)}
    for dup in duplicates.values():
        incoming = items[dup.item].person
        assert incoming is not None
        if dup.person_id is not None and dup.person_id in current:
            existing = current[dup.person_id]
            org = existing.organisation_id
            region = normalise.phone_region(
                existing.country, orgs.countries.get(org, "") if org is not None else ""
            )
            _reread_phones(items[dup.item], region, phones)
            dup.fields = merge_choices(existing, incoming)
            dup.current_name = current[dup.person_id].display_name
    already = None
    row = store.execute(
        "SELECT id, imported_at FROM import_batches WHERE sha256 = ? AND undone_at = '' "
        "ORDER BY id DESC LIMIT 1",
        (sha256,),
    ).fetchone()
    if row is not None:
        already = (int(row[0]), str(row[1]))
    return Plan(
        file_name=file_name,
        sha256=sha256,
        format=format,
        mapping_json=mapping_json,
        items=items,
        duplicates=duplicates,
        errors=errors,
        organisation_ids=organisation_ids,
        new_organisations=new_organisations,
        already_imported=already,
    )
