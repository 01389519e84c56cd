"""The window's side of the registry of record kinds (``domain/kinds.py``): the editor of
each kind, the order of Fichier › Nouvelle fiche, and the pages that list them. The
columns, width and sort of each kind's list are in ``models/columns.py`` (``LISTS``).

The editors' modules are imported the first time an editor opens, not with the window
(start-up: ``tests/gui/test_startup_imports.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attache_app.domain.enums import RecordKind

if TYPE_CHECKING:
    from attache_app.gui.dialogs.editor import RecordEditor

NEW_RECORD_KINDS: tuple[RecordKind, ...] = (
    RecordKind.PERSON,
    RecordKind.ORGANISATION,
    RecordKind.NOTE,
    RecordKind.INTERACTION,
    RecordKind.DEADLINE,
    RecordKind.PROGRAMME,
)
"""Every kind, in the order of the menu of new records."""

PAGE_KINDS: list[RecordKind | None] = [
    None,
    RecordKind.PERSON,
    RecordKind.ORGANISATION,
    RecordKind.NOTE,
    RecordKind.DEADLINE,
    RecordKind.INTERACTION,
]
"""The pages in navigation order, with the kind each lists (the dashboard first)."""
DEADLINES_PAGE = PAGE_KINDS.index(RecordKind.DEADLINE)


def editors() -> dict[RecordKind, type[RecordEditor]]:
    """Each kind's editor (their modules imported the first time)."""
    from attache_app.gui.dialogs.activity_editors import (
        DeadlineEditor,
        InteractionEditor,
        NoteEditor,
        ProgrammeEditor,
    )
    from attache_app.gui.dialogs.contact_editors import OrganisationEditor, PersonEditor

    return {
        RecordKind.PERSON: PersonEditor,
        RecordKind.ORGANISATION: OrganisationEditor,
        RecordKind.NOTE: NoteEditor,
        RecordKind.INTERACTION: InteractionEditor,
        RecordKind.DEADLINE: DeadlineEditor,
        RecordKind.PROGRAMME: ProgrammeEditor,
    }


def editor_class(kind: RecordKind) -> type[RecordEditor]:
    """The editor of records of ``kind``."""
    return editors()[kind]
