"""The repository of each kind of record, in one typed table: what the services call to
read, list and delete a record of any kind (the storage side of ``domain/kinds.py``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Deadline, Interaction, Note, Organisation, Person, Programme
from attache_app.storage import interactions, notes, organisations, persons, programmes
from attache_app.storage.db import Store

Record = Person | Organisation | Note | Interaction | Deadline | Programme


@dataclass(frozen=True)
class Repository:
    kind: RecordKind
    get_many: Callable[[Store, Sequence[int]], Sequence[Record]]
    """The records with these ids, in the order given (missing ids left out)."""
    ids: Callable[..., list[int]]
    """Ids in the kind's natural order, with its own filters as keywords (``limit``…)."""
    delete: Callable[[Store, Sequence[int]], int]
    """Delete records (journaled, with what goes with them); how many went."""


REPOSITORIES: dict[RecordKind, Repository] = {
    r.kind: r
    for r in (
        Repository(RecordKind.PERSON, persons.get_many, persons.ids, persons.delete),
        Repository(
            RecordKind.ORGANISATION, organisations.get_many, organisations.ids,
            organisations.delete,
        ),
        Repository(RecordKind.NOTE, notes.get_many, notes.ids, notes.delete),
        Repository(
            RecordKind.INTERACTION, interactions.get_many, interactions.ids, interactions.delete
        ),
        Repository(
            RecordKind.DEADLINE, programmes.get_deadlines, programmes.deadline_ids,
            programmes.delete_deadlines,
        ),
        Repository(
            RecordKind.PROGRAMME, programmes.get_programmes, programmes.programme_ids,
            programmes.delete_programmes,
        ),
    )
}  # fmt: skip
