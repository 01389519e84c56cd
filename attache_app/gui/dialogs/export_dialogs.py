"""Exports in the application: the report to Paris (with a preview of what it will hold),
and the other exports (full workbook, CSV, vCard, iCalendar) with progress and Cancel.

Every export runs in the thread pool through :mod:`attache_app.services.exports` — the same
code as ``attache export`` — and writes its file atomically: Cancel leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attache_app.domain.timeutil import in_zone
from attache_app.errors import AttacheError
from attache_app.exporting.period import Period, between, parse_period, previous_quarter
from attache_app.gui.background import Operation, show_failure
from attache_app.gui.dialogs.passphrase import ProtectionBox
from attache_app.gui.workers import TaskRunner
from attache_app.i18n import translate
from attache_app.services import exports, post, records
from attache_app.services.database import Store
from attache_app.services.exports import Report, Written

Work = Callable[[Store, Callable[[int, int], None]], Written]


def documents_folder() -> Path:
    """The user's Documents folder, created when it does not exist yet (a new account, a
    desktop without one); the home folder when it cannot be."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if not found:
        return Path.home()
    folder = Path(found)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path.home()
    return folder


def safe_file_name(text: str) -> str:
    """A file name from free text: no separators or characters Windows refuses."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    return re.sub(r"\s+", "_", cleaned.strip())[:80] or "export"


class ExportRun(Operation[Written]):
    """One export as an operation (progress bar, Cancel); tells the outcome: the file
    written, or why it could not be."""

    def __init__(
        self,
        parent: QWidget,
        runner: TaskRunner,
        title: str,
        work: Work,
        *,
        done: Callable[[Written], None] | None = None,
        quiet: bool = False,
    ) -> None:
        super().__init__(
            parent,
            runner,
            title,
            work,
            success=self._written,
            failure=(lambda _message: None) if quiet else None,
        )
        self.written: Written | None = None
        self._quiet = quiet
        self._done = done

    def _written(self, result: Written) -> None:
        self.written = result
        if self._done is not None:
            self._done(result)
        if not self._quiet:
            tell_written(self.parentWidget(), result)


def tell_written(parent: QWidget | None, written: Written) -> None:
    """Say what was written, and offer to open the file or its folder."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("ExportRun", "Export finished"))
    box.setText(
        translate("ExportRun", "{count} records written to {file}.").format(
            count=written.count, file=written.path.name
        )
    )
    box.setInformativeText(str(written.path))
    if written.details.get("cells_cut"):
        box.setDetailedText(
            translate(
                "ExportRun",
                "{count} cells were longer than Excel allows (32,767 characters) and were cut.",
            ).format(count=written.details["cells_cut"])
        )
    open_file = box.addButton(
        translate("ExportRun", "Open the file"), QMessageBox.ButtonRole.AcceptRole
    )
    open_folder = box.addButton(
        translate("ExportRun", "Show the folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def clicked(button: object) -> None:
        if button is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written.path)))
        elif button is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written.path.parent)))

    box.buttonClicked.connect(clicked)
    box.show()


# --- the report to Paris ---------------------------------------------------------------


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


class WorkbookField(QWidget):
    """Where an Excel export goes: the path, a Choose… button, and the form's label."""

    def __init__(self, title: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.line = QLineEdit(text)
        self.line.setAccessibleName(self.tr("File"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(choose)
        self.label = QLabel(self.tr("&File:"))
        self.label.setBuddy(self.line)

    def choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.title, self.line.text(), self.tr("Excel workbook (*.xlsx)")
        )
        if name:
            self.line.setText(name if name.lower().endswith(".xlsx") else name + ".xlsx")
            self.line.setModified(True)

    def path(self) -> Path | None:
        """The workbook named (the file dialog when none is), ending in .xlsx; None when
        the user chose nothing."""
        if not self.line.text().strip():
            self.choose()
        text = self.line.text().strip()
        if not text:
            return None
        path = Path(text)
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


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
        self.preview.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.preview.header().setStretchLastSection(False)
        self.status = QLabel()
        self.status.setWordWrap(True)

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
        layout.addWidget(self.protection)
        layout.addWidget(self.buttons)
        self.resize(680, 820)

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
        self.status.setText(status)
        self.export_button.setEnabled(True)

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


def confirm_replace(parent: QWidget, path: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        parent.windowTitle(),
        translate("ReportDialog", "{file} already exists. Replace it?").format(file=path.name),
    )
    return answer == QMessageBox.StandardButton.Yes


class WorkbookDialog(QDialog):
    """Fichier › Exporter › Tout : where to write the workbook, and whether to protect it
    with a password."""

    def __init__(self, title: str, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.file = WorkbookField(title, str(suggested))
        self.path = self.file.line
        form = QFormLayout()
        form.addRow(self.file.label, self.file)
        explanation = QLabel(
            self.tr(
                "Every record in one Excel workbook, one sheet per kind, that Attaché can "
                "import again."
            )
        )
        explanation.setWordWrap(True)
        self.protection = ProtectionBox()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.protection)
        layout.addWidget(buttons)
        self.resize(560, 0)
        self.chosen: tuple[Path, str | None] | None = None

    def accept(self) -> None:
        path = self.file.path()
        if path is None:
            return
        usable, password = self.protection.password()
        if not usable:
            return
        if path.exists() and not confirm_replace(self, path):
            return
        self.chosen = (path, password)
        super().accept()


# --- consolidation of several posts' reports ---------------------------------------------


class ConsolidationRun(ExportRun):
    """An :class:`ExportRun` whose outcome the consolidation dialog tells itself (how many
    reports, which files were skipped and why); a failure is still said in a message."""

    def _failed(self, message: str) -> None:
        super()._failed(message)  # quiet: the message is said here, once
        if not self.cancelled():
            self.failure_box = show_failure(self.parentWidget(), self.title, message)


class ConsolidateDialog(QDialog):
    """Fichier › Consolider des rapports… : the reports of several posts side by side, for
    a desk officer in Paris (no database of theirs is needed)."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.run: ConsolidationRun | None = None
        self.result_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Consolidate reports"))
        self.setAccessibleName(self.windowTitle())
        explanation = QLabel(
            self.tr(
                "Reports to Paris written by Attaché at several posts: each key figure by post "
                "and period with totals, the watch notes of every post by theme, the upcoming "
                "deadlines, and a chart. A file that is not a report is skipped with the reason; "
                "two reports of the same post and period are counted once."
            )
        )
        explanation.setWordWrap(True)
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Reports"))
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        add = QPushButton(self.tr("&Add reports…"))
        add.clicked.connect(self.choose_files)
        self.remove = QPushButton(self.tr("&Remove"))
        self.remove.clicked.connect(self.remove_selected)
        buttons_column = QVBoxLayout()
        buttons_column.addWidget(add)
        buttons_column.addWidget(self.remove)
        buttons_column.addStretch(1)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1)
        files_row.addLayout(buttons_column)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password of the reports"))
        self.password.setPlaceholderText(self.tr("only for reports protected by a password"))
        self.file = WorkbookField(
            self.tr("Save the consolidation"),
            str(documents_folder() / (safe_file_name(self.tr("Network")) + ".xlsx")),
        )
        self.path = self.file.line
        form = QFormLayout()
        password_label = QLabel(self.tr("&Password:"))
        password_label.setBuddy(self.password)
        form.addRow(password_label, self.password)
        form.addRow(self.file.label, self.file)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.consolidate_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.consolidate_button.setText(self.tr("&Consolidate"))
        self.buttons.accepted.connect(self.consolidate)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(files_row, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(640, 460)
        self._update()

    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def add_files(self, paths: list[Path]) -> None:
        known = set(self.paths())
        for path in paths:
            if path not in known:
                self.files.addItem(str(path))
                known.add(path)
        self._update()

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Reports to consolidate"),
            str(documents_folder()),
            self.tr("Excel workbook (*.xlsx)"),
        )
        self.add_files([Path(n) for n in names])

    def remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._update()

    def _update(self) -> None:
        self.consolidate_button.setEnabled(self.files.count() > 0)
        self.remove.setEnabled(self.files.count() > 0)

    def busy(self) -> bool:
        return bool(self.run and self.run.busy())

    def consolidate(self) -> None:
        paths = self.paths()
        if not paths:
            return
        out = self.file.path()
        if out is None:
            return
        if out in paths:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("{file} is one of the reports: choose another file to write.").format(
                    file=out.name
                ),
            )
            return
        if out.exists() and not confirm_replace(self, out):
            return
        password = self.password.text() or None

        def work(_store: Store, progress: Callable[[int, int], None]) -> Written:
            return exports.consolidate_reports(paths, out, password=password, progress=progress)

        self.run = ConsolidationRun(
            self,
            self.runner,
            self.tr("Consolidating {count} reports…").format(count=len(paths)),
            work,
            done=self._done,
            quiet=True,
        )

    def _done(self, written: Written) -> None:
        problems = [
            p["reason"] for p in (*written.details["duplicates"], *written.details["skipped"])
        ]
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning if problems else QMessageBox.Icon.Information)
        box.setWindowTitle(self.windowTitle())
        box.setText(
            self.tr("%n report(s) consolidated into {file}.", "", written.count).format(
                file=written.path.name
            )
        )
        if problems:
            box.setInformativeText("\n".join(problems))
        open_file = box.addButton(self.tr("Open the file"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: (
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(written.path)))
                if button is open_file
                else None
            )
        )
        self.result_box = box
        box.show()


# --- the other exports -----------------------------------------------------------------

FORMATS: dict[str, tuple[str, str]] = {
    # key: (suffix, file dialog filter)
    "csv": (".csv", "CSV (*.csv)"),
    "vcf": (".vcf", "vCard (*.vcf)"),
    "ics": (".ics", "iCalendar (*.ics)"),
}


def ask_path(parent: QWidget, title: str, suggested: str, key: str) -> Path | None:
    suffix, pattern = FORMATS[key]
    name, _ = QFileDialog.getSaveFileName(
        parent, title, str(documents_folder() / (safe_file_name(suggested) + suffix)), pattern
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def new_folder_in(chosen: Path, suggested: str) -> Path:
    """Where one file per record goes: the folder chosen when it is empty, else a new
    folder named ``suggested`` inside it (``suggested (2)`` when that one exists), so that
    an export never mixes its files with others."""
    if chosen.is_dir() and not any(chosen.iterdir()):
        return chosen
    stem = safe_file_name(suggested)
    target, n = chosen / stem, 1
    while target.exists():
        n += 1
        target = chosen / f"{stem} ({n})"
    return target


def ask_new_folder(parent: QWidget, title: str, suggested: str) -> Path | None:
    """A folder for an export of one file per record (see :func:`new_folder_in`)."""
    name = QFileDialog.getExistingDirectory(parent, title, str(documents_folder()))
    if not name:
        return None
    return new_folder_in(Path(name), suggested)


def start_export(
    parent: QWidget,
    runner: TaskRunner,
    title: str,
    work: Work,
    **options: Any,
) -> ExportRun:
    return ExportRun(parent, runner, title, work, **options)
