"""Tableau de bord: deadlines by urgency (post and Paris time), notes to send, attention."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyle,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attache_app.domain.enums import NoteStatus, RecordKind
from attache_app.errors import AttacheError
from attache_app.gui.models.columns import urgency_label
from attache_app.gui.models.record_table import URGENCY_COLOURS
from attache_app.gui.texts import literal
from attache_app.gui.widgets.dates import format_date, format_when
from attache_app.gui.workers import TaskRunner
from attache_app.services import dashboard, reminders
from attache_app.services.database import Store
from attache_app.services.deadlines import DeadlineView

KIND_ROLE = Qt.ItemDataRole.UserRole
DEADLINES_SHOWN = 100
"""The dashboard lists at most this many deadlines (the Deadlines page has them all): the
nearest overdue ones, then the coming ones. A post with 4,000 open deadlines past due froze
the window for more than a second at each refresh."""
GROUP_SHOWN = 10
"""…and this many persons of each group of suspected duplicates."""
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DashboardView(QWidget):
    open_requested = Signal(str, int)
    loaded = Signal()
    undoable = Signal(object)
    """(before, after, snoozed): reminders just marked done or snoozed, their states
    before and after (the window makes the undo command of it)."""

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        post_tz: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.post_tz = post_tz
        self.clock = store.clock
        self._generation = 0
        self.data: dashboard.Dashboard | None = None

        self.counts = QHBoxLayout()
        self.count_labels: dict[str, QLabel] = {}
        for key in ("persons", "organisations", "notes", "deadlines", "interactions", "programmes"):
            label = QLabel()
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setMinimumHeight(52)
            self.count_labels[key] = label
            self.counts.addWidget(label)

        self.deadlines = self._tree(
            [
                self.tr("Urgency"),
                self.tr("Post time"),
                self.tr("Paris time"),
                self.tr("Programme"),
                self.tr("Deadline"),
            ],
            self.tr("Deadlines of the next 60 days"),
        )
        self.to_send = self._tree(
            [self.tr("Date"), self.tr("Note")], self.tr("Watch notes to send to Paris")
        )
        self.recent_notes = self._tree(
            [self.tr("Date"), self.tr("Note"), self.tr("Status")], self.tr("Recent watch notes")
        )
        self.recent = self._tree(
            [self.tr("Date"), self.tr("Activity")], self.tr("Recent and planned activities")
        )
        self.attention = self._tree(
            [self.tr("Needs attention")], self.tr("Things needing attention")
        )
        self.reminders = self._tree(
            [self.tr("Deadline in"), self.tr("Reminder"), self.tr("Deadline")],
            self.tr("Reminders due"),
        )
        self.deadlines.viewport().installEventFilter(self)
        self.reminders.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setToolTip(self.tr("The selected reminders are dealt with"))
        self.done_button.clicked.connect(self.mark_done)
        self.snooze_button = QPushButton(self.tr("&Snooze"))
        snooze_menu = QMenu(self.snooze_button)
        for hours, text in (
            (4, self.tr("4 hours")),
            (24, self.tr("1 day")),
            (72, self.tr("3 days")),
            (168, self.tr("1 week")),
        ):
            snooze_menu.addAction(literal(text)).triggered.connect(
                lambda _c=False, h=hours: self.snooze(h)
            )
        self.snooze_button.setMenu(snooze_menu)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.snooze_button)
        reminders_box = QGroupBox(self.tr("Reminders"))
        inner = QVBoxLayout(reminders_box)
        inner.addWidget(self.reminders)
        inner.addLayout(buttons)
        notes_tabs = QTabWidget()
        notes_tabs.addTab(self.to_send, self.tr("To send to Paris"))
        notes_tabs.addTab(self.recent_notes, self.tr("Recent"))
        self.notes_tabs = notes_tabs

        self.grid = grid = QGridLayout()
        self.boxes = {
            "deadlines": self._box(self.tr("Deadlines — next 60 days"), self.deadlines),
            "reminders": reminders_box,
            "notes": self._box(self.tr("Watch notes"), notes_tabs),
            "activities": self._box(self.tr("Activities"), self.recent),
            "attention": self._box(self.tr("Needs attention"), self.attention),
        }
        self.wide: bool | None = None
        self.arrange(wide=True)
        grid.setColumnStretch(0, 2)  # the deadlines' titles are the longest lines
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 2)
        grid.setRowStretch(1, 2)
        grid.setRowStretch(2, 2)

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.counts)
        layout.addLayout(grid)

    WIDE = 1150
    """From this width the deadlines sit beside the reminders; below, above them, on the
    whole width (their titles would be cut at 1024 px)."""

    def arrange(self, *, wide: bool) -> None:
        if wide == self.wide:
            return
        self.wide = wide
        for box in self.boxes.values():
            self.grid.removeWidget(box)
        places = {
            "deadlines": (0, 0, 2, 1) if wide else (0, 0, 1, 2),
            "reminders": (0, 1, 1, 1) if wide else (1, 0, 1, 1),
            "notes": (1, 1, 1, 1),
            "activities": (2, 0, 1, 1),
            "attention": (2, 1, 1, 1),
        }
        for name, (row, column, rows, columns) in places.items():
            self.grid.addWidget(self.boxes[name], row, column, rows, columns)
        self.grid.setRowStretch(0, 2 if wide else 3)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.arrange(wide=event.size().width() >= self.WIDE)
        super().resizeEvent(event)

    def _tree(self, headers: list[str], name: str) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setAccessibleName(name)
        tree.itemActivated.connect(self._activate)
        tree.setMinimumHeight(40)  # the window stays usable on a small laptop screen
        tree.header().setMinimumSectionSize(40)
        return tree

    @staticmethod
    def _box(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.addWidget(widget)
        return box

    def _activate(self, item: QTreeWidgetItem) -> None:
        kind = item.data(0, KIND_ROLE)
        if kind:
            self.open_requested.emit(str(kind), int(item.data(0, ID_ROLE)))

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        zone, clock = self.post_tz(), self.clock

        def work(store: Store) -> dashboard.Dashboard:
            return dashboard.build(store, post_tz=zone, clock=clock)

        def done(result: object) -> None:
            if generation == self._generation and isinstance(result, dashboard.Dashboard):
                self.show_data(result)

        self.runner.run(work, done)

    def records_changed(self, _kind: str) -> None:
        self.refresh()

    # --- reminders -------------------------------------------------------------------

    def selected_reminders(self) -> list[str]:
        items = list(self.reminders.selectedItems())
        current = self.reminders.currentItem()
        if not items and current is not None:
            items = [current]
        return [str(i.data(1, KIND_ROLE)) for i in items if i.data(1, KIND_ROLE)]

    def mark_done(self) -> None:
        self._each_reminder(lambda key: reminders.mark_done(self.store, key), snoozed=False)

    def snooze(self, hours: int) -> None:
        self._each_reminder(
            lambda key: reminders.snooze(self.store, key, hours=hours, clock=self.clock),
            snoozed=True,
        )

    def _each_reminder(self, action: Callable[[str], object], *, snoozed: bool) -> None:
        before: dict[str, reminders.ReminderState] = {}
        after: dict[str, reminders.ReminderState] = {}
        try:
            for key in self.selected_reminders():
                before[key] = reminders.reminder_state(self.store, key)
                action(key)
                after[key] = reminders.reminder_state(self.store, key)
        except AttacheError as error:  # a read-only database, a deadline deleted meanwhile…
            QMessageBox.warning(self, self.tr("Reminders"), str(error))
        if after:
            self.undoable.emit((before, after, snoozed))
        self.refresh()

    @staticmethod
    def _item(
        tree: QTreeWidget, texts: list[str], kind: RecordKind | None, record_id: int | None
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(tree, texts)
        if kind is not None and record_id is not None:
            item.setData(0, KIND_ROLE, str(kind))
            item.setData(0, ID_ROLE, record_id)
        return item

    def show_data(self, data: dashboard.Dashboard) -> None:
        self.data = data
        self.title.setText(
            "<h2>{}</h2>".format(self.tr("Dashboard"))
            + self.tr("Times in the post's zone ({zone}) and in Paris.").format(zone=self.post_tz())
        )
        names = {k.value + "s": k.plural_label for k in RecordKind}
        for key, label in self.count_labels.items():
            label.setText(
                f"<b style='font-size:16pt'>{data.counts.get(key, 0)}</b><br>{names.get(key, key)}"
            )
            label.setAccessibleName(f"{names.get(key, key)}: {data.counts.get(key, 0)}")
        style = self.style()
        icons = {
            "overdue": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "week": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "month": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        for tree in (
            self.deadlines, self.to_send, self.recent_notes, self.recent, self.attention,
            self.reminders,
        ):  # fmt: skip
            tree.clear()
        for reminder in data.reminders:
            left = reminder.view.days_left
            item = self._item(
                self.reminders,
                [
                    self.tr("today") if left <= 0 else self.tr("%n day(s)", "", left),
                    self.tr("%n day(s) before", "", reminder.days_before),
                    reminder.deadline.title,
                ],
                RecordKind.DEADLINE,
                reminder.deadline.id,
            )
            item.setData(1, KIND_ROLE, reminder.key)
            item.setToolTip(2, reminder.message())
            if left < 7:
                item.setIcon(
                    0, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                )
        if not data.reminders:
            self._item(self.reminders, ["", "", self.tr("No reminder is due.")], None, None)
        self.done_button.setEnabled(bool(data.reminders))
        self.snooze_button.setEnabled(bool(data.reminders))
        shown = shown_deadlines(data.deadlines)
        for view in shown:
            d = view.deadline
            item = self._item(
                self.deadlines,
                [
                    urgency_label(view.urgency),
                    format_when(view.due_post),
                    format_when(view.due_paris),
                    d.programme_name,
                    d.title,
                ],
                RecordKind.DEADLINE,
                d.id,
            )
            item.setToolTip(4, f"{d.title}\n{d.programme_name}".strip())
            item.setToolTip(3, d.programme_name)
            if view.urgency in icons:
                item.setIcon(0, icons[view.urgency])
            colour = URGENCY_COLOURS.get(view.urgency)
            if colour is not None:
                for column in range(5):
                    item.setBackground(column, QBrush(colour))
        if len(shown) < len(data.deadlines):
            more = self.tr(
                "… and %n more on the Deadlines page", "", len(data.deadlines) - len(shown)
            )
            self._item(self.deadlines, ["", "", "", "", more], None, None)
        for note in data.notes_to_send:
            self._item(self.to_send, [format_date(note.date), note.title], RecordKind.NOTE, note.id)
        for note in data.recent_notes:
            self._item(
                self.recent_notes,
                [format_date(note.date), note.title, NoteStatus(note.status).label],
                RecordKind.NOTE,
                note.id,
            )
        for interaction in data.recent_interactions:
            self._item(
                self.recent,
                [format_date(interaction.date), interaction.title],
                RecordKind.INTERACTION,
                interaction.id,
            )
        bold = QFont()
        bold.setBold(True)
        if data.without_organisation_count:
            header = self._item(
                self.attention,
                [self.tr("%n person(s) without organisation", "", data.without_organisation_count)],
                None,
                None,
            )
            header.setFont(0, bold)
            for person in data.without_organisation:
                self._item(
                    self.attention, [f"   {person.display_name}"], RecordKind.PERSON, person.id
                )
        if data.duplicates:
            header = self._item(
                self.attention,
                [self.tr("%n group(s) of suspected duplicates", "", len(data.duplicates))],
                None,
                None,
            )
            header.setFont(0, bold)
            for group in data.duplicates:
                reason = {
                    "email": self.tr("same e-mail"),
                    "name": self.tr("same name"),
                    "native_name": self.tr("same native name"),
                }[group.reason]
                for person_id in group.person_ids[:GROUP_SHOWN]:
                    self._item(
                        self.attention,
                        [f"   {group.key} — {reason} (#{person_id})"],
                        RecordKind.PERSON,
                        person_id,
                    )
                if len(group.person_ids) > GROUP_SHOWN:
                    extra = len(group.person_ids) - GROUP_SHOWN
                    self._item(
                        self.attention, ["   " + self.tr("… and %n more", "", extra)], None, None
                    )
        if data.to_review:
            header = self._item(
                self.attention,
                [self.tr("%n person(s) whose data are due for review", "", len(data.to_review))],
                None,
                None,
            )
            header.setFont(0, bold)
            for person in data.to_review[:20]:
                self._item(
                    self.attention,
                    [f"   {person.display_name} — {format_date(person.review_date)}"],
                    RecordKind.PERSON,
                    person.id,
                )
        if not data.without_organisation_count and not data.duplicates and not data.to_review:
            self._item(self.attention, [self.tr("Nothing needs attention.")], None, None)
        for tree in (self.deadlines, self.to_send, self.recent_notes, self.recent, self.reminders):
            for column in range(tree.columnCount() - 1):
                tree.resizeColumnToContents(column)
        self.fit_deadlines()
        self.loaded.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.deadlines.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_deadlines()
        return super().eventFilter(watched, event)

    def fit_deadlines(self) -> None:
        """The deadline's title (last column) is what matters: the programme column gives
        it room, keeping at least a third of what is left after urgency and dates."""
        tree = self.deadlines
        header = tree.header()
        programme, title = 3, 4
        rest = tree.viewport().width() - sum(header.sectionSize(i) for i in range(programme))
        wanted = tree.sizeHintForColumn(programme) + 12
        needed = tree.sizeHintForColumn(title) + 12
        width = wanted if wanted + needed <= rest else max(rest - needed, rest // 3)
        header.resizeSection(programme, max(60, min(wanted, width)))


def shown_deadlines(views: list[DeadlineView]) -> list[DeadlineView]:
    """The deadlines the dashboard lists, in date order: all of them when they are few;
    else the last overdue ones (a third at most) and the first coming ones."""
    if len(views) <= DEADLINES_SHOWN:
        return views
    overdue = [v for v in views if v.urgency == "overdue"]
    coming = [v for v in views if v.urgency != "overdue"]
    kept_coming = coming[: DEADLINES_SHOWN - min(len(overdue), DEADLINES_SHOWN // 3)]
    kept_overdue = overdue[len(overdue) - (DEADLINES_SHOWN - len(kept_coming)) :]
    return kept_overdue + kept_coming
