"""Échéances & programmes: the programmes and their yearly calls beside the deadlines."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attache_app.domain.countries import country_name
from attache_app.domain.enums import ProgrammeKind, RecordKind
from attache_app.domain.models import Application
from attache_app.domain.timeutil import system_clock
from attache_app.errors import AttacheError
from attache_app.gui.dialogs.application_dialog import ApplicationDialog
from attache_app.gui.events import Events
from attache_app.gui.undo import WORDS, ApplicationCommand, PrepareCallCommand, RecordsCommand
from attache_app.gui.views.record_list import RecordListView
from attache_app.services import programmes as calendar
from attache_app.services import records
from attache_app.services.database import Store
from attache_app.services.programmes import PreparedCall

PROGRAMME_ROLE = Qt.ItemDataRole.UserRole
CALL_ROLE = Qt.ItemDataRole.UserRole + 1


class DeadlinesPage(QWidget):
    open_requested = Signal(str, int)
    new_programme_requested = Signal()
    changed = Signal(str)
    """Records of this kind were written here (the window tells every view)."""
    status_message = Signal(str)
    undoable = Signal(object)
    """A QUndoCommand for what was just done (the window puts it on its undo stack)."""

    def __init__(
        self,
        store: Store,
        deadlines: RecordListView,
        events: Events,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.events = events
        self.deadlines = deadlines
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Programme"), self.tr("Partner")])
        self.tree.setAccessibleName(self.tr("Programmes and their calls"))
        self.tree.currentItemChanged.connect(self._chosen)
        self.tree.itemActivated.connect(self._activate)
        new = QPushButton(self.tr("New programme"))
        new.clicked.connect(self.new_programme_requested)
        edit = QPushButton(self.tr("Edit programme"))
        edit.clicked.connect(lambda: self._activate(self.tree.currentItem()))
        self.prepare_button = QPushButton(self.tr("Prepare next year's call"))
        self.prepare_button.setToolTip(
            self.tr(
                "Creates the next edition of the selected programme's call with its stages, "
                "from last year's dates (or the programme's template), marked to confirm."
            )
        )
        self.prepare_button.clicked.connect(self.prepare_call)
        self.confirm_button = QPushButton(self.tr("Confirm the dates"))
        self.confirm_button.setToolTip(
            self.tr("The selected deadlines' dates are checked: no longer “to confirm”.")
        )
        self.confirm_button.clicked.connect(self.confirm_dates)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(edit)
        more = QVBoxLayout()  # one per row: side by side they widen the page past 1024 px
        more.addWidget(self.prepare_button)
        more.addWidget(self.confirm_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Programmes"))))
        left_layout.addWidget(self.tree)
        left_layout.addLayout(buttons)
        left_layout.addLayout(more)
        self.applications = QTreeWidget()
        self.applications.setHeaderLabels(
            [self.tr("Application"), self.tr("Teams"), self.tr("Outcome")]
        )
        self.applications.setRootIsDecorated(False)
        self.applications.setAccessibleName(self.tr("Applications to the selected call"))
        self.applications.itemActivated.connect(lambda _item: self.edit_application())
        self.applications_title = QLabel()
        self.add_application_button = QPushButton(self.tr("New application…"))
        self.add_application_button.clicked.connect(lambda: self.edit_application(new=True))
        delete_application = QPushButton(self.tr("Delete"))
        delete_application.clicked.connect(self.delete_application)
        application_buttons = QHBoxLayout()
        application_buttons.addWidget(self.add_application_button)
        application_buttons.addWidget(delete_application)
        self.applications_box = QWidget()
        box = QVBoxLayout(self.applications_box)
        box.setContentsMargins(0, 6, 0, 0)
        box.addWidget(self.applications_title)
        box.addWidget(self.applications)
        box.addLayout(application_buttons)
        left_layout.addWidget(self.applications_box)
        self.applications_box.hide()
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(deadlines)
        self.splitter.setSizes([250, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        deadlines.loaded.connect(self._scroll_to_upcoming)
        self.reload()

    def _scroll_to_upcoming(self, _count: int) -> None:
        self.scroll_to_upcoming()

    def scroll_to_upcoming(self) -> None:
        """Open on the first deadline still to come, not on last year's closed stages."""
        now = system_clock().strftime("%Y-%m-%dT%H:%M:%SZ")
        for record_id in records.list_ids(
            self.store, RecordKind.DEADLINE, after=now, limit=1, **self.deadlines.extra_filters
        ):
            row = self.deadlines.model.row_of(record_id)
            if row is not None:
                self.deadlines.table.scrollTo(
                    self.deadlines.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop
                )

    def reload(self) -> None:
        current, current_call = self.selected_programme(), self.selected_call()
        self.tree.blockSignals(True)
        self.tree.clear()
        everything = QTreeWidgetItem(self.tree, [self.tr("All programmes"), ""])
        everything.setData(0, PROGRAMME_ROLE, 0)
        for programme, calls in calendar.programmes_and_calls(self.store):
            item = QTreeWidgetItem(
                self.tree,
                [
                    programme.name,
                    " · ".join(
                        x
                        for x in (country_name(programme.partner_country), programme.partner_agency)
                        if x
                    ),
                ],
            )
            item.setData(0, PROGRAMME_ROLE, programme.id)
            item.setToolTip(0, ProgrammeKind(programme.kind).label)
            for call in calls:
                child = QTreeWidgetItem(
                    item, [call.title or str(call.year), calendar.call_status_label(call.status)]
                )
                child.setData(0, PROGRAMME_ROLE, programme.id)
                child.setData(0, CALL_ROLE, call.id)
                if current_call and call.id == current_call:
                    self.tree.setCurrentItem(child)
            if programme.id == current and self.tree.currentItem() is None:
                self.tree.setCurrentItem(item)
        if self.tree.currentItem() is None:
            self.tree.setCurrentItem(everything)
        self.tree.expandToDepth(0)
        self.tree.resizeColumnToContents(0)
        self.tree.blockSignals(False)
        self.show_applications()  # an undo or another window may have changed them

    def selected_programme(self) -> int:
        item = self.tree.currentItem()
        return int(item.data(0, PROGRAMME_ROLE) or 0) if item is not None else 0

    def selected_call(self) -> int:
        item = self.tree.currentItem()
        return int(item.data(0, CALL_ROLE) or 0) if item is not None else 0

    def _chosen(self, *_args: object) -> None:
        self.show_applications()
        programme_id = self.selected_programme()
        if programme_id:
            self.deadlines.extra_filters = {"programme_id": programme_id}
        else:
            self.deadlines.extra_filters = {}
        self.deadlines.refresh()

    def _activate(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        programme_id = int(item.data(0, PROGRAMME_ROLE) or 0)
        if programme_id:
            self.open_requested.emit(str(RecordKind.PROGRAMME), programme_id)

    def prepare_call(self) -> PreparedCall | None:
        """Next year's call of the selected programme, with its stages to confirm."""
        programme_id = self.selected_programme()
        if not programme_id:
            QMessageBox.information(
                self, self.tr("Prepare next year's call"), self.tr("Choose a programme first.")
            )
            return None
        try:
            prepared = calendar.prepare_call(self.store, programme_id, clock=self.store.clock)
        except AttacheError as error:
            QMessageBox.warning(self, self.tr("Prepare next year's call"), str(error))
            return None
        self.undoable.emit(PrepareCallCommand(self.store, self.events, prepared))
        self.changed.emit(str(RecordKind.DEADLINE))
        self.status_message.emit(
            self.tr("{title}: %n stage(s) created, dates to confirm.", "", len(prepared.deadlines))
            .format(title=prepared.call.title)
        )  # fmt: skip
        return prepared

    def confirm_dates(self) -> int:
        ids = self.deadlines.selected_ids()
        if not ids:
            return 0
        try:
            before = records.get_many(self.store, RecordKind.DEADLINE, ids)
            count = calendar.confirm_dates(self.store, ids)
            after = records.get_many(self.store, RecordKind.DEADLINE, ids)
        except AttacheError as error:
            QMessageBox.warning(self, self.tr("Confirm the dates"), str(error))
            return 0
        if count:

            def label() -> str:  # in the language of the moment (the page may be gone)
                return WORDS.confirm_dates(count)

            self.undoable.emit(RecordsCommand(self.store, self.events, label, before, after))
            self.changed.emit(str(RecordKind.DEADLINE))
        return count

    # --- applications to a call ------------------------------------------------------

    def show_applications(self) -> None:
        call_id = self.selected_call()
        self.applications_box.setVisible(bool(call_id))
        self.applications.clear()
        if not call_id:
            return
        found = calendar.applications(self.store, call_id=call_id)
        item = self.tree.currentItem()
        self.applications_title.setText(
            "<b>{}</b>".format(
                self.tr("Applications to {call}: {count}").format(
                    call=item.text(0) if item is not None else "", count=len(found)
                )
            )
        )
        for application in found:
            teams = " / ".join(t for t in (application.french_team, application.partner_team) if t)
            row = QTreeWidgetItem(
                self.applications,
                [application.title, teams, calendar.outcome_label(application.outcome)],
            )
            row.setData(0, CALL_ROLE, application.id)
        self.applications.resizeColumnToContents(0)

    def edit_application(self, *, new: bool = False) -> ApplicationDialog | None:
        call_id = self.selected_call()
        if not call_id:
            return None
        current = self.applications.currentItem()
        if new or current is None:
            application = Application(call_id=call_id, title="")
        else:
            application = calendar.get_application(self.store, int(current.data(0, CALL_ROLE)))
        dialog = ApplicationDialog(self.store, application, self)
        dialog.accepted.connect(lambda: self._application_saved(dialog))
        dialog.open()
        return dialog

    def _application_saved(self, dialog: ApplicationDialog) -> None:
        before = dialog.before if dialog.before.id is not None else None
        if dialog.result_application is not None:
            self.undoable.emit(
                ApplicationCommand(self.store, self.events, before, dialog.result_application)
            )
        self.show_applications()

    def delete_application(self) -> None:
        current = self.applications.currentItem()
        if current is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the application"),
            self.tr("Delete the application “{title}”?").format(title=current.text(0)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                application = calendar.get_application(self.store, int(current.data(0, CALL_ROLE)))
                assert application.id is not None
                calendar.delete_application(self.store, application.id)
            except AttacheError as error:
                QMessageBox.warning(self, self.tr("Delete the application"), str(error))
            else:
                self.undoable.emit(ApplicationCommand(self.store, self.events, application, None))
            self.show_applications()

    def records_changed(self, kind: str) -> None:
        if kind in ("", str(RecordKind.PROGRAMME), str(RecordKind.DEADLINE)):
            self.reload()
