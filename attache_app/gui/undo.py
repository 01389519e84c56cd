"""Undoable operations (QUndoStack): saving, creating, deleting and tagging records."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Application, Organisation, Person, PostSettings
from attache_app.gui.events import Events
from attache_app.services import post, programmes, records, reminders
from attache_app.services.database import Store
from attache_app.services.programmes import PreparedCall
from attache_app.services.records import Record, Snapshot


def _journaled_as_undo(method: Callable[[Any], None]) -> Callable[[Any], None]:
    @functools.wraps(method)
    def undo(self: Any) -> None:
        with self.store.origin("undo"):
            method(self)

    return undo


class Command(QUndoCommand):
    """An undo command whose label is made in the interface language each time it is
    shown: :meth:`retranslate` (called on the stack's commands after a language switch)
    makes it again from the untranslated source text and its arguments."""

    def __init__(self) -> None:
        super().__init__()

    def __init_subclass__(cls, **kwargs: object) -> None:
        """Every command's ``undo`` writes as the origin « undo » in the change journal."""
        super().__init_subclass__(**kwargs)
        if "undo" in cls.__dict__:
            cls.undo = _journaled_as_undo(cls.__dict__["undo"])  # type: ignore[method-assign]

    def label(self) -> str:
        """The label in the language installed now (each command below makes its own)."""
        return self.text()

    def retranslate(self) -> None:
        self.setText(self.label())


class DoneCommand(Command):
    """A change the window or a dialog has already made when the command is pushed: the first
    redo (the push) does nothing; later redos call :meth:`reapply`."""

    def __init__(self) -> None:
        super().__init__()
        self._first = True

    def reapply(self) -> None:
        raise AssertionError(f"{type(self).__name__} must say how it is done again")

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.reapply()


def retranslate(stack: QUndoStack) -> None:
    """Every label of the undo history in the language now installed."""
    for index in range(stack.count()):
        command = stack.command(index)
        if isinstance(command, Command):
            command.retranslate()


class SaveCommand(Command):
    """A record saved by an editor: ``before`` is None for a creation.

    The editor has already written ``after``; the first redo (pushed onto the stack) does
    nothing more.
    """

    def __init__(self, store: Store, events: Events, before: Record | None, after: Record) -> None:
        super().__init__()
        self.store, self.events, self.kind = store, events, records.kind_of(after)
        self.before, self.after = before, after
        self._snapshot: Snapshot | None = None
        self._first = True
        self.retranslate()

    def label(self) -> str:
        text = (
            QCoreApplication.translate("Undo", "Create {kind}")
            if self.before is None
            else QCoreApplication.translate("Undo", "Edit {kind}")
        )
        return text.format(kind=self.kind.label.lower())

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


class Undo(QObject):
    """The translation context of the undo labels that hold a count. pyside6-lupdate takes a
    plural (« %n ») only from ``self.tr`` inside a class, not from
    ``QCoreApplication.translate``, so these labels are made here, each in the language of
    the moment (a language switch re-translates the stack's labels)."""

    def delete_records(self, count: int) -> str:
        return self.tr("Delete %n record(s)", "", count)

    def tag_records(self, count: int) -> str:
        return self.tr("Tag %n record(s)", "", count)

    def snooze_reminders(self, count: int) -> str:
        return self.tr("Snooze %n reminder(s)", "", count)

    def mark_reminders_done(self, count: int) -> str:
        return self.tr("Mark %n reminder(s) done", "", count)

    def confirm_dates(self, count: int) -> str:
        return self.tr("Confirm %n date(s)", "", count)


WORDS = Undo()


class DeleteCommand(Command):
    def __init__(self, store: Store, events: Events, kind: RecordKind, ids: Sequence[int]) -> None:
        super().__init__()
        self.store, self.events, self.kind, self.ids = store, events, kind, list(ids)
        self._snapshot: Snapshot | None = None
        self.retranslate()

    def label(self) -> str:
        return WORDS.delete_records(len(self.ids))

    def redo(self) -> None:
        self._snapshot = records.delete_with_snapshot(self.store, self.kind, self.ids)
        self.events.records_changed.emit("")

    def undo(self) -> None:
        assert self._snapshot is not None
        records.undelete(self.store, self._snapshot)
        self.events.records_changed.emit("")


class TagCommand(Command):
    def __init__(
        self,
        store: Store,
        events: Events,
        kind: RecordKind,
        ids: Sequence[int],
        add: Sequence[str],
        remove: Sequence[str],
    ) -> None:
        super().__init__()
        self.store, self.events, self.kind = store, events, kind
        self.ids, self.add, self.remove = list(ids), list(add), list(remove)
        self._before: dict[int, list[str]] = {}
        self.retranslate()

    def label(self) -> str:
        return WORDS.tag_records(len(self.ids))

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


class PrepareCallCommand(Command):
    """« Préparer l'appel de l'an prochain »: the page made the call; undo takes it back
    (its stages with it), redo makes it again."""

    def __init__(self, store: Store, events: Events, prepared: PreparedCall) -> None:
        super().__init__()
        self.store, self.events, self.prepared = store, events, prepared
        self._first = True
        self.retranslate()

    def label(self) -> str:
        return QCoreApplication.translate("Undo", "Prepare the call {title}").format(
            title=self.prepared.call.title
        )

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


class RecordsCommand(DoneCommand):
    """Records changed together by one action (dates confirmed…): undo saves them back as
    they were, redo as they became. The first redo (the push) does nothing more.
    ``label`` makes the command's label in the language of the moment."""

    def __init__(
        self,
        store: Store,
        events: Events,
        label: Callable[[], str],
        before: Sequence[Record],
        after: Sequence[Record],
    ) -> None:
        super().__init__()
        self.store, self.events, self._label = store, events, label
        self.before, self.after = list(before), list(after)
        self.retranslate()

    def label(self) -> str:
        return self._label()

    def _save(self, states: list[Record]) -> None:
        with records.one_change(self.store):
            for record in states:
                records.save(self.store, record)
        kinds = {str(records.kind_of(r)) for r in states}
        self.events.records_changed.emit(kinds.pop() if len(kinds) == 1 else "")

    def reapply(self) -> None:
        self._save(self.after)

    def undo(self) -> None:
        self._save(self.before)


class ApplicationCommand(DoneCommand):
    """An application to a call saved (``before`` None: created) or deleted (``after``
    None). The dialog or the page has already done it; the first redo does nothing more."""

    def __init__(
        self,
        store: Store,
        events: Events,
        before: Application | None,
        after: Application | None,
    ) -> None:
        super().__init__()
        self.store, self.events, self.before, self.after = store, events, before, after
        self.retranslate()

    def label(self) -> str:
        if self.after is None:
            assert self.before is not None
            return QCoreApplication.translate("Undo", "Delete the application {title}").format(
                title=self.before.title
            )
        if self.before is None:
            return QCoreApplication.translate("Undo", "Create the application {title}").format(
                title=self.after.title
            )
        return QCoreApplication.translate("Undo", "Edit the application {title}").format(
            title=self.after.title
        )

    def _become(self, old: Application | None, new: Application | None) -> None:
        if new is None:
            assert old is not None and old.id is not None
            programmes.delete_application(self.store, old.id)
        elif old is None:
            programmes.restore_application(self.store, new)
        else:
            programmes.save_application(self.store, new)
        self.events.records_changed.emit(str(RecordKind.DEADLINE))

    def reapply(self) -> None:
        self._become(self.before, self.after)

    def undo(self) -> None:
        self._become(self.after, self.before)


class ReminderCommand(DoneCommand):
    """Reminders marked done or snoozed on the dashboard: undo puts each back as it was."""

    def __init__(
        self,
        store: Store,
        events: Events,
        before: dict[str, reminders.ReminderState],
        after: dict[str, reminders.ReminderState],
        *,
        snoozed: bool,
    ) -> None:
        super().__init__()
        self.store, self.events, self.before, self.after = store, events, before, after
        self.snoozed = snoozed
        self.retranslate()

    def label(self) -> str:
        if self.snoozed:
            return WORDS.snooze_reminders(len(self.after))
        return WORDS.mark_reminders_done(len(self.after))

    def reapply(self) -> None:
        reminders.restore_states(self.store, self.after)
        self.events.records_changed.emit(str(RecordKind.DEADLINE))

    def undo(self) -> None:
        reminders.restore_states(self.store, self.before)
        self.events.records_changed.emit(str(RecordKind.DEADLINE))


class PostSettingsCommand(DoneCommand):
    """Outils › Réglages du poste saved: undo writes the settings as they were."""

    def __init__(
        self, store: Store, events: Events, before: PostSettings, after: PostSettings
    ) -> None:
        super().__init__()
        self.store, self.events, self.before, self.after = store, events, before, after
        self.retranslate()

    def label(self) -> str:
        return QCoreApplication.translate("Undo", "Change the settings of the post")

    def _write(self, settings: PostSettings) -> None:
        post.update_settings(self.store, **settings.to_dict())
        self.events.settings_changed.emit()
        self.events.records_changed.emit("")

    def reapply(self) -> None:
        self._write(self.after)

    def undo(self) -> None:
        self._write(self.before)


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
