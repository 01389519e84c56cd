"""Undoable operations (QUndoStack): saving, creating, deleting and tagging records."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Organisation, Person
from attache_app.gui.events import Events
from attache_app.services import programmes, records
from attache_app.services.programmes import PreparedCall
from attache_app.services.records import Record
from attache_app.storage.db import Store
from attache_app.storage.snapshots import Snapshot


class SaveCommand(QUndoCommand):
    """A record saved by an editor: ``before`` is None for a creation.

    The editor has already written ``after``; the first redo (pushed onto the stack) does
    nothing more.
    """

    def __init__(self, store: Store, events: Events, before: Record | None, after: Record) -> None:
        kind = records.kind_of(after)
        text = (
            QCoreApplication.translate("Undo", "Create {kind}")
            if before is None
            else QCoreApplication.translate("Undo", "Edit {kind}")
        )
        super().__init__(text.format(kind=kind.label.lower()))
        self.store, self.events, self.kind = store, events, kind
        self.before, self.after = before, after
        self._snapshot: Snapshot | None = None
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
        elif self.before is None:
            assert self._snapshot is not None
            records.undelete(self.store, self._snapshot)
        else:
            records.save(self.store, self.after)
        self.events.records_changed.emit(str(self.kind))

    def undo(self) -> None:
        assert self.after.id is not None
        if self.before is None:
            self._snapshot = records.delete_with_snapshot(self.store, self.kind, [self.after.id])
        else:
            records.save(self.store, self.before)
        self.events.records_changed.emit(str(self.kind))


class DeleteCommand(QUndoCommand):
    def __init__(self, store: Store, events: Events, kind: RecordKind, ids: Sequence[int]) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Delete %n record(s)", "", len(ids)))
        self.store, self.events, self.kind, self.ids = store, events, kind, list(ids)
        self._snapshot: Snapshot | None = None

    def redo(self) -> None:
        self._snapshot = records.delete_with_snapshot(self.store, self.kind, self.ids)
        self.events.records_changed.emit("")

    def undo(self) -> None:
        assert self._snapshot is not None
        records.undelete(self.store, self._snapshot)
        self.events.records_changed.emit("")


class TagCommand(QUndoCommand):
    def __init__(
        self,
        store: Store,
        events: Events,
        kind: RecordKind,
        ids: Sequence[int],
        add: Sequence[str],
        remove: Sequence[str],
    ) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Tag %n record(s)", "", len(ids)))
        self.store, self.events, self.kind = store, events, kind
        self.ids, self.add, self.remove = list(ids), list(add), list(remove)
        self._before: dict[int, list[str]] = {}

    def redo(self) -> None:
        self._before = {}
        for record in records.get_many(self.store, self.kind, self.ids):
            assert isinstance(record, Person | Organisation) and record.id is not None
            self._before[record.id] = list(record.tags)
        records.tag(self.store, self.kind, self.ids, self.add, self.remove)
        self.events.records_changed.emit(str(self.kind))

    def undo(self) -> None:
        for record_id, tags in self._before.items():
            current = records.get(self.store, self.kind, record_id)
            assert isinstance(current, Person | Organisation)
            extra = [t for t in current.tags if t.casefold() not in {x.casefold() for x in tags}]
            missing = [t for t in tags if t.casefold() not in {x.casefold() for x in current.tags}]
            records.tag(self.store, self.kind, [record_id], missing, extra)
        self.events.records_changed.emit(str(self.kind))


class PrepareCallCommand(QUndoCommand):
    """« Préparer l'appel de l'an prochain »: the page made the call; undo takes it back
    (its stages with it), redo makes it again."""

    def __init__(self, store: Store, events: Events, prepared: PreparedCall) -> None:
        super().__init__(
            QCoreApplication.translate("Undo", "Prepare the call {title}").format(
                title=prepared.call.title
            )
        )
        self.store, self.events, self.prepared = store, events, prepared
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            call = self.prepared.call
            self.prepared = programmes.prepare_call(
                self.store, call.programme_id, year=call.year, clock=self.store.clock
            )
        self.events.records_changed.emit(str(RecordKind.DEADLINE))

    def undo(self) -> None:
        assert self.prepared.call.id is not None
        programmes.withdraw_call(self.store, self.prepared.call.id)
        self.events.records_changed.emit(str(RecordKind.DEADLINE))


class RecordsCommand(QUndoCommand):
    """Records changed together by one action (dates confirmed…): undo saves them back as
    they were, redo as they became. The first redo (the push) does nothing more."""

    def __init__(
        self,
        store: Store,
        events: Events,
        text: str,
        before: Sequence[Record],
        after: Sequence[Record],
    ) -> None:
        super().__init__(text)
        self.store, self.events = store, events
        self.before, self.after = list(before), list(after)
        self._first = True

    def _save(self, states: list[Record]) -> None:
        with self.store.transaction():
            for record in states:
                records.save(self.store, record)
        kinds = {str(records.kind_of(r)) for r in states}
        self.events.records_changed.emit(kinds.pop() if len(kinds) == 1 else "")

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._save(self.after)

    def undo(self) -> None:
        self._save(self.before)


class WindowUndoKeys(QObject):
    """Installed on the window's search and filter boxes: Ctrl+Z and Ctrl+Y (Ctrl+Shift+Z)
    undo and redo the last change to the data, not the letters typed in the box."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and any(
                event.matches(key)
                for key in (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
            )
        ):
            event.ignore()  # not taken by the box: the window's Undo/Redo action gets it
            return True
        return super().eventFilter(watched, event)
