"""What the attaché sees first in the morning: what is due, what to send, what needs care."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Interaction, Note, Person
from attache_app.domain.normalise import fold
from attache_app.domain.timeutil import Clock, system_clock
from attache_app.services import records
from attache_app.services.deadlines import DeadlineView, views
from attache_app.services.reminders import Reminder, due_reminders
from attache_app.services.stats import counts
from attache_app.storage.db import Store


@dataclass(frozen=True)
class DuplicateGroup:
    reason: str
    """"email", "name" or "native_name"."""
    key: str
    person_ids: tuple[int, ...]


@dataclass
class Dashboard:
    deadlines: list[DeadlineView]
    notes_to_send: list[Note]
    recent_notes: list[Note]
    recent_interactions: list[Interaction]
    counts: dict[str, int]
    without_organisation: list[Person]
    without_organisation_count: int
    duplicates: list[DuplicateGroup] = field(default_factory=list)
    reminders: list[Reminder] = field(default_factory=list)
    to_review: list[Person] = field(default_factory=list)
    """Persons whose data are due for review (GDPR), the oldest first."""


def suspected_duplicates(store: Store, limit: int = 50) -> list[DuplicateGroup]:
    """Persons sharing an e-mail, or the same name once accents and case are ignored."""
    groups: list[DuplicateGroup] = []
    for address, ids in store.execute(
        "SELECT address, group_concat(DISTINCT person_id) FROM person_emails "
        "GROUP BY address HAVING count(DISTINCT person_id) > 1 ORDER BY address"
    ):
        groups.append(
            DuplicateGroup("email", address, tuple(sorted(int(i) for i in ids.split(","))))
        )
    by_name: dict[str, list[int]] = defaultdict(list)
    by_native: dict[str, list[int]] = defaultdict(list)
    for person_id, given, family, native in store.execute(
        "SELECT id, given_name, family_name, native_name FROM persons"
    ):
        if given and family:
            by_name[f"{fold(family)} {fold(given)}"].append(person_id)
        if native:
            by_native[native].append(person_id)
    seen = {g.person_ids for g in groups}
    for reason, table in (("name", by_name), ("native_name", by_native)):
        for key, ids in sorted(table.items()):
            group = tuple(sorted(ids))
            if len(group) > 1 and group not in seen:
                seen.add(group)
                groups.append(DuplicateGroup(reason, key, group))
    return groups[:limit]


def build(
    store: Store,
    *,
    post_tz: str | None = None,
    days: int = 60,
    clock: Clock = system_clock,
    limit: int = 12,
) -> Dashboard:
    # Read in a worker; the privacy service (and the import batches it reads) is not
    # imported with the window.
    from attache_app.services.privacy import due_for_review

    upcoming = [
        v
        for v in views(store, post_tz=post_tz, clock=clock)
        if v.urgency == "overdue" or (v.urgency != "closed" and 0 <= v.days_left <= days)
    ]
    to_send = records.list_ids(store, RecordKind.NOTE, status="to_send", limit=limit)
    recent = records.list_ids(store, RecordKind.NOTE, limit=limit)
    interactions = records.list_ids(store, RecordKind.INTERACTION, limit=limit)
    orphans = records.list_ids(store, RecordKind.PERSON, without_organisation=True)
    return Dashboard(
        deadlines=upcoming,
        notes_to_send=[
            n for n in records.get_many(store, RecordKind.NOTE, to_send) if isinstance(n, Note)
        ],
        recent_notes=[
            n for n in records.get_many(store, RecordKind.NOTE, recent) if isinstance(n, Note)
        ],
        recent_interactions=[
            i
            for i in records.get_many(store, RecordKind.INTERACTION, interactions)
            if isinstance(i, Interaction)
        ],
        counts=counts(store),
        without_organisation=[
            p
            for p in records.get_many(store, RecordKind.PERSON, orphans[:limit])
            if isinstance(p, Person)
        ],
        without_organisation_count=len(orphans),
        duplicates=suspected_duplicates(store),
        reminders=due_reminders(store, clock=clock, post_tz=post_tz),
        to_review=due_for_review(store, clock=clock),
    )
