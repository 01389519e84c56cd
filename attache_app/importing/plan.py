"""What an import would do, decided before anything is written.

Contacts are normalised (:mod:`attache_app.importing.normalising`: e-mails, phones to
E.164 with the contact's country, names split), validated (problems per row, with its
location), their organisations matched to existing ones, and compared — inside the file
and against the database — for duplicates (:mod:`attache_app.importing.matching`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sized
from dataclasses import dataclass, field

from attache_app.domain import normalise
from attache_app.domain.controls import shown_name
from attache_app.i18n import translate
from attache_app.importing.contact import RawContact
from attache_app.importing.matching import (
    ADDRESS_FIELDS,
    MERGED_FIELDS,
    FieldChoice,
    _Known,
    _load_database,
    _match,
    _Organisations,
    apply_merge,
    merge_choices,
    name_key,
    org_key,
)
from attache_app.importing.normalising import (
    Item,
    _PhoneCache,
    _reread_phones,
    address_country,
    email_is_valid,
    normalise_contact,
    phone_region_of,
)
from attache_app.storage.db import Store

__all__ = [
    "ACTIONS", "ADDRESS_FIELDS", "CREATE", "MERGE", "MERGED_FIELDS", "SKIP", "Duplicate",
    "FieldChoice", "Item", "Plan", "Progress", "RowError", "address_country", "apply_merge",
    "email_is_valid", "make_plan", "merge_choices", "name_key", "normalise_contact",
    "org_key", "phone_region_of",
]  # fmt: skip

Progress = Callable[[int, int], None]
"""(done, total): called now and then; raising from it (Cancel) stops the work."""

MERGE, SKIP, CREATE = "merge", "skip", "create"
ACTIONS = (MERGE, SKIP, CREATE)
LIST_FIELDS = ("emails", "phones", "tags", "notes")


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
        rows, new, dups, errors = (
            counts["rows"], counts["new"], counts["duplicates"], counts["errors"]
        )  # fmt: skip
        return translate("Import", "{read}: {found}.").format(
            read=translate("Import", "%n contact(s) read from {file}", "", rows).format(
                file=shown_name(self.file_name)
            ),
            found=", ".join(
                [
                    translate("Import", "%n new", "", new),
                    translate("Import", "%n duplicate(s)", "", dups),
                    translate("Import", "%n error(s)", "", errors),
                ]
            ),
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
    cards: set[str] = set()
    """Organisations to create that a card of the file describes (a later card of the
    same organisation completes it)."""
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
            key = org_key(item.organisation.name)
            known_id, _ = org_id_of(item.organisation.name)
            if known_id is not None or key in cards:
                # Already known (in the database, or an earlier card of the file): the
                # row's values complete it rather than being dropped.
                item.warnings.append(
                    translate(
                        "Import",
                        "“{name}” is already known: this row completes it (notes, tags, "
                        "empty fields).",
                    ).format(name=item.organisation.name)
                )
            if known_id is None:
                cards.add(key)
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
