"""Matching: organisations of a file to those of the database (folded name, acronym,
native name, a close spelling), persons to persons (e-mail, E.164, name and organisation,
a similar given name), and merging two persons field by field.

Comparisons are blocked on normalised keys (e-mail, E.164, folded family name,
organisation's first word), so that 100,000 rows against 100,000 persons never compare
every pair; only the few candidates of a block are scored with rapidfuzz.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from attache_app.domain import normalise
from attache_app.domain.models import Person
from attache_app.i18n import translate
from attache_app.storage.db import Store

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


@dataclass
class FieldChoice:
    field: str
    current: str
    incoming: str
    keep: str
    """"current" or "incoming": which value the merge keeps."""


# --- organisations ---------------------------------------------------------------------

_PAREN = re.compile(r"\s*\(([^)]*)\)\s*")


@functools.lru_cache(maxsize=1 << 14)
def org_key(name: str) -> str:
    """An organisation's name folded for comparison (asked several times per row of an
    import, for a few hundred names: the last 16,384 are remembered)."""
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
