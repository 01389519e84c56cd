"""The window's side of the registry of record kinds (``domain/kinds.py``): the editor of
each kind, in the order of Fichier › Nouvelle fiche, and the pages that list them. The
columns, width and sort of each kind's list are in ``models/columns.py`` (``LISTS``)."""

from __future__ import annotations

from attache_app.domain.enums import RecordKind
from attache_app.gui.dialogs.activity_editors import (
    DeadlineEditor,
    InteractionEditor,
    NoteEditor,
    ProgrammeEditor,
)
from attache_app.gui.dialogs.contact_editors import OrganisationEditor, PersonEditor
from attache_app.gui.dialogs.editor import RecordEditor

EDITORS: dict[RecordKind, type[RecordEditor]] = {
    RecordKind.PERSON: PersonEditor,
    RecordKind.ORGANISATION: OrganisationEditor,
    RecordKind.NOTE: NoteEditor,
    RecordKind.INTERACTION: InteractionEditor,
    RecordKind.DEADLINE: DeadlineEditor,
    RecordKind.PROGRAMME: ProgrammeEditor,
}
"""Each kind's editor, in the order of the menu of new records."""

PAGE_KINDS: list[RecordKind | None] = [
    None,
    RecordKind.PERSON,
    RecordKind.ORGANISATION,
    RecordKind.NOTE,
    RecordKind.DEADLINE,
    RecordKind.INTERACTION,
]
"""The pages in navigation order, with the kind each lists (the dashboard first)."""
