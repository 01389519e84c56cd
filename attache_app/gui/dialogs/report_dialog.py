"""Fichier › Rapport pour Paris: the period, the themes, the highlights, a preview of what
the report will hold (counted in the background as the choices change), then the export.

It runs in the thread pool through :mod:`attache_app.services.exports` — the same code as
``attache export report`` — and writes its file atomically: Cancel leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attache_app.domain.timeutil import in_zone
from attache_app.errors import AttacheError
from attache_app.exporting.period import Period, between, parse_period, previous_quarter
from attache_app.gui.dialogs.export_dialogs import (
    ExportRun,
    WorkbookField,
    confirm_replace,
    documents_folder,
    safe_file_name,
)
from attache_app.gui.dialogs.passphrase import ProtectionBox
from attache_app.gui.workers import TaskRunner
from attache_app.services import exports, post, records
from attache_app.services.database import Store
from attache_app.services.exports import Report, Written


def period_choices(today: dt.date) -> list[tuple[str, str]]:
    """(code, label) of the periods offered: recent quarters, half years, months, years."""
    codes: list[str] = []
    day = today
    for _ in range(6):  # the current quarter and the five before
        quarter = f"{day.year}-Q{(day.month - 1) // 3 + 1}"
        codes.append(quarter)
        day = parse_period(quarter).start - dt.timedelta(days=1)
    half = 1 if today.month <= 6 else 2
    codes += [f"{today.year}-S{half}"]
    codes += [f"{today.year}-S1"] if half == 2 else [f"{today.year - 1}-S2"]
    codes += [str(today.year), str(today.year - 1)]
    month = today.replace(day=1)
    for _ in range(3):
        codes.append(f"{month.year}-{month.month:02d}")
        month = (month - dt.timedelta(days=1)).replace(day=1)
    return [(code, parse_period(code).label) for code in dict.fromkeys(codes)]


SHOWN = 200
"""Private notes named in the dialog; the others are counted."""


class ReportDialog(QDialog):
    """Fichier › Exporter le rapport… : period, themes, a preview, then the file."""

    CUSTOM = "custom"

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.report: Report | None = None
        self.run: ExportRun | None = None
        self._building = False
        self._again = False
        settings = post.get_settings(store)
        self.post_name = settings.post_name.split("—")[0].strip()
        today = in_zone(store.clock(), settings.timezone or "Europe/Paris").date()
        self.setWindowTitle(self.tr("Report to Paris"))
        self.setAccessibleName(self.windowTitle())

        self.period_box = QComboBox()
        self.period_box.setAccessibleName(self.tr("Period"))
        for code, label in period_choices(today):
            self.period_box.addItem(label, code)
        self.period_box.addItem(self.tr("Chosen dates…"), self.CUSTOM)
        self.period_box.setCurrentIndex(self.period_box.findData(previous_quarter(today)))
        self.start_edit = QDateEdit(QDate(today.year, 1, 1))
        self.end_edit = QDateEdit(QDate(today.year, today.month, today.day))
        for edit, name in ((self.start_edit, self.tr("From")), (self.end_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._schedule)
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("from")))
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        self.dates = QWidget()
        self.dates.setLayout(dates)
        dates.setContentsMargins(0, 0, 0, 0)

        self.themes = QListWidget()
        self.themes.setAccessibleName(self.tr("Themes"))
        self.themes.setMaximumHeight(110)
        for theme in records.note_themes(store):
            item = QListWidgetItem(theme)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.themes.addItem(item)
        self.themes.itemChanged.connect(self._schedule)

        self.drafts = QCheckBox(self.tr("&Include the draft watch notes"))
        self.drafts.setToolTip(self.tr("By default only the notes sent or to send go to Paris."))
        self.drafts.toggled.connect(self._schedule)
        self.named = QCheckBox(self.tr("&Name the persons added or updated"))
        self.named.toggled.connect(self._schedule)
        self.named.toggled.connect(self._explain_persons)
        self.persons_note = QLabel()
        self.persons_note.setWordWrap(True)
        self._explain_persons()
        self.highlights = QPlainTextEdit()
        self.highlights.setAccessibleName(self.tr("Highlights"))
        self.highlights.setPlaceholderText(
            self.tr("What stood out in the period, in your words: it opens the report.")
        )
        self.highlights.setMaximumHeight(110)
        self.highlights.setTabChangesFocus(True)
        self._highlights_period: Period | None = None

        self.preview = QTreeWidget()
        self.preview.setAccessibleName(self.tr("What the report will hold"))
        self.preview.setHeaderLabels([self.tr("Contents"), self.tr("Count")])
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setMinimumHeight(150)  # what the report holds stays in view
        self.preview.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.preview.header().setStretchLastSection(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.left_out = QPlainTextEdit()
        self.left_out.setReadOnly(True)
        self.left_out.setAccessibleName(self.tr("Left out of the report"))
        self.left_out.setMaximumHeight(64)  # three lines or so; more scroll
        self.left_out.hide()

        self.file = WorkbookField(self.tr("Save the report"))
        self.path = self.file.line

        form = QFormLayout()
        form.addRow(self.tr("&Period:"), self.period_box)
        form.addRow("", self.dates)
        form.addRow(self.tr("&Themes of the watch notes:"), self.themes)
        form.addRow("", self.drafts)
        form.addRow("", self.named)
        form.addRow("", self.persons_note)
        highlights_label = QLabel(self.tr("&Highlights:"))
        highlights_label.setBuddy(self.highlights)
        form.addRow(highlights_label, self.highlights)
        form.addRow(self.file.label, self.file)
        self.protection = ProtectionBox()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.export_button.setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("The report will hold:")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.left_out)
        layout.addWidget(self.protection)
        layout.addWidget(self.buttons)
        self.resize(680, 900)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.refresh_preview)
        self.period_box.currentIndexChanged.connect(self._period_changed)
        self._period_changed()

    # --- choices -----------------------------------------------------------------------

    def selected_themes(self) -> list[str]:
        return [
            self.themes.item(i).text()
            for i in range(self.themes.count())
            if self.themes.item(i).checkState() == Qt.CheckState.Checked
        ]

    def period(self) -> Period:
        code = self.period_box.currentData()
        if code == self.CUSTOM:
            return between(
                self.start_edit.date().toString("yyyy-MM-dd"),
                self.end_edit.date().toString("yyyy-MM-dd"),
            )
        return parse_period(str(code))

    def default_path(self) -> Path:
        try:
            period = self.period()
        except AttacheError:
            return documents_folder() / "rapport.xlsx"
        word = self.tr("Report")
        name = safe_file_name(f"{word} {self.post_name} {period.file_code}")
        return documents_folder() / f"{name}.xlsx"

    def _explain_persons(self) -> None:
        if self.named.isChecked():
            text = self.tr(
                "The report will hold a sheet naming every person added or updated in the "
                "period, with their organisation, position and e-mail: personal data."
            )
        else:
            text = self.tr(
                "Persons are not named: the report counts them by organisation kind and "
                "country, and lists the organisations met."
            )
        self.persons_note.setText(text)

    def _load_highlights(self) -> None:
        """The highlights written for the chosen period (those typed for the previous
        choice are kept for it first)."""
        try:
            period = self.period()
        except AttacheError:
            return
        if period == self._highlights_period:
            return
        if self._highlights_period is not None and self.highlights.document().isModified():
            exports.save_highlights(
                self.store, self._highlights_period, self.highlights.toPlainText()
            )
        self._highlights_period = period
        self.highlights.setPlainText(exports.load_highlights(self.store, period))
        self.highlights.document().setModified(False)

    def _period_changed(self) -> None:
        custom = self.period_box.currentData() == self.CUSTOM
        self.dates.setVisible(custom)
        if not self.path.isModified():
            self.path.setText(str(self.default_path()))
        self._load_highlights()
        self._schedule()

    # --- preview -----------------------------------------------------------------------

    def _schedule(self, *_args: object) -> None:
        if self.period_box.currentData() == self.CUSTOM:
            self._load_highlights()
        self.timer.start()

    def refresh_preview(self) -> None:
        """Count what the report will hold, in a worker (after a pause in the choices)."""
        try:
            period = self.period()
        except AttacheError as error:
            self.report = None
            self.preview.clear()
            self.left_out.hide()
            self.status.setText(str(error))
            self.export_button.setEnabled(False)
            return
        if self._building:
            self._again = True
            return
        self._building = True
        self.status.setText(self.tr("Counting…"))
        themes = self.selected_themes()
        drafts, named = self.drafts.isChecked(), self.named.isChecked()
        self.runner.run(
            lambda store: exports.build_report(
                store,
                period,
                themes=themes,
                include_drafts=drafts,
                named_persons=named,
                highlights="",
                compare=False,
            ),
            self._built,
            self._build_failed,
        )

    def _built(self, result: object) -> None:
        self._building = False
        if self._again:
            self._again = False
            self.refresh_preview()
            return
        assert isinstance(result, Report)
        self.report = result
        self.preview.clear()
        sections = QTreeWidgetItem([self.tr("Sheets"), ""])
        for section in result.sections:
            item = QTreeWidgetItem([section.title, str(len(section.rows))])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            sections.addChild(item)
        figures = QTreeWidgetItem([self.tr("Key figures"), ""])
        parent = figures
        for figure in result.figures:
            value = "" if figure.value is None else f"{figure.value:,}".replace(",", "\u202f")
            item = QTreeWidgetItem([figure.label, value])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            if figure.level:  # a detail of the figure above it
                parent.addChild(item)
            else:
                figures.addChild(item)
                parent = item
        self.preview.addTopLevelItems([sections, figures])
        self.preview.expandAll()
        for column in (1,):
            self.preview.resizeColumnToContents(column)
        status = self.tr("Period: {period} ({start} – {end}).").format(
            period=result.period.label,
            start=result.period.start.strftime("%d/%m/%Y"),
            end=result.period.end.strftime("%d/%m/%Y"),
        )
        if result.drafts_left_out:
            status += " " + self.tr(
                "%n draft watch note(s) of the period left out.", "", result.drafts_left_out
            )
        private = result.private_left_out
        if private:  # named below: they never go to Paris
            status += " " + self.tr(
                "%n private watch note(s) of the period left out: they stay at post.",
                "",
                len(private),
            )
        self.status.setText(status)
        self._show_left_out(private)
        self.export_button.setEnabled(True)

    def _show_left_out(self, private: list[tuple[int, str]]) -> None:
        """The private watch notes of the period, named."""
        lines = [
            self.tr("Private note — {title}").format(title=title) for _id, title in private[:SHOWN]
        ]
        if len(private) > SHOWN:
            more = len(private) - SHOWN
            lines.append(self.tr("… and %n more", "", more))
        self.left_out.setPlainText("\n".join(lines))
        self.left_out.setVisible(bool(lines))

    def _build_failed(self, message: str) -> None:
        self._building = False
        self.status.setText(message)

    def busy(self) -> bool:
        return self._building or self.timer.isActive() or bool(self.run and self.run.busy())

    # --- export ------------------------------------------------------------------------

    def export(self) -> None:
        path = self.file.path()
        if path is None:
            return
        try:
            period = self.period()
        except AttacheError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        usable, password = self.protection.password()
        if not usable:
            return
        if path.exists() and not confirm_replace(self, path):
            return
        themes = self.selected_themes()
        drafts, named = self.drafts.isChecked(), self.named.isChecked()
        highlights = self.highlights.toPlainText()
        self.highlights.document().setModified(False)
        self._highlights_period = period

        def work(store: Store, progress: Callable[[int, int], None]) -> Written:
            progress(0, 1)
            return exports.write_report(
                store,
                path,
                period,
                themes=themes,
                include_drafts=drafts,
                named_persons=named,
                highlights=highlights,
                password=password,
            )

        self.run = ExportRun(self, self.runner, self.tr("Writing the report…"), work)
