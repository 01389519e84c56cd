"""The import wizard's second page: the sheet, the encoding, and which column goes to which
field (with the mapping of a known program recognised)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from attache_app.errors import AttacheError
from attache_app.gui.dialogs.import_steps import (
    ImportSteps,
)
from attache_app.gui.workers import Job
from attache_app.importing.mapping import FIELDS, KEEP, Column, column_for, field_label
from attache_app.importing.reading import cell_text
from attache_app.services import imports
from attache_app.services.database import Store
from attache_app.services.imports import Source


def _preset_name(key: str) -> str:
    from attache_app.importing.mapping import PRESETS

    return next((p.name for p in PRESETS if p.key == key), key)


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportSteps) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Which column holds what?"))
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.sheet.activated.connect(self._sheet_chosen)
        self.sheet_label = QLabel(self.tr("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet)
        # The encoding of a text file, as LibreOffice's text import shows it: found from
        # the bytes, and the user's to change when the names below read wrong.
        self.encoding = QComboBox()
        self.encoding.setAccessibleName(self.tr("Encoding"))
        self.encoding.activated.connect(self._encoding_chosen)
        self.encoding_label = QLabel(self.tr("&Encoding:"))
        self.encoding_label.setBuddy(self.encoding)
        self.encoding_origin = QLabel()
        self.sample = QLabel()
        self.sample.setWordWrap(True)
        self.sample.setAccessibleName(self.tr("Names as read"))
        self.mangled = QLabel()
        self.mangled.setWordWrap(True)
        self.mangled.setStyleSheet("color: #b00020")
        self.mangled.setAccessibleName(self.tr("Names that look mis-decoded"))
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.columns = QTableWidget(0, 3)
        self.columns.setAccessibleName(self.tr("Columns of the file"))
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("First values"), self.tr("Goes to")]
        )
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().hide()
        self.save_as = QLineEdit()
        self.save_as.setAccessibleName(self.tr("Save this mapping as"))
        self.save_as.setPlaceholderText(self.tr("a name, to map the next file from this sender"))
        self.progress = QProgressBar()
        self.progress.hide()
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020")
        top = QHBoxLayout()
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet, 1)
        top.addWidget(self.encoding_label)
        top.addWidget(self.encoding, 1)
        top.addWidget(self.encoding_origin)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.about)
        layout.addWidget(self.sample)
        layout.addWidget(self.mangled)
        layout.addWidget(self.columns, 1)
        save_row = QFormLayout()
        save_row.addRow(self.tr("Save the mapping &as:"), self.save_as)
        layout.addLayout(save_row)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        source = self.wiz.source
        assert source is not None and source.table is not None
        name = self.wiz.file_page.mapping.currentData()
        if name:
            try:
                self.wiz.preview = None
                source.mapping = imports.load_mapping(self.wiz.store, name, source.headers)
            except AttacheError as error:
                self.message.setText(str(error))
        table = source.table
        self.sheet.clear()
        self.sheet.addItems(table.sheets)
        self.sheet.setCurrentText(table.sheet)
        self.sheet.setVisible(bool(table.sheets))
        self.sheet_label.setVisible(bool(table.sheets))
        self._show_encoding(source)
        rows = len(table.rows)
        details = [
            self.tr("%n row(s)", "", rows),
            self.tr("header on row {row}").format(row=table.row_numbers[0] - 1)
            if table.has_header and table.row_numbers
            else self.tr("no header row: columns recognised from their content"),
        ]
        assert source.mapping is not None
        preset = source.mapping.preset
        if preset and preset != "inferred":
            details.append(self.tr("recognised as {program}").format(program=_preset_name(preset)))
        self.about.setText(" · ".join(d for d in details if d))
        self._fill(source)

    def _fill(self, source: Source) -> None:
        assert source.table is not None and source.mapping is not None
        table = source.table
        self.columns.setRowCount(len(table.headers))
        self.combos = []
        for index, header in enumerate(table.headers):
            samples = [
                cell_text(row[index])
                for row in table.rows[:50]
                if index < len(row) and cell_text(row[index])
            ][:3]
            title = header or self.tr("Column {n}").format(n=index + 1)
            self.columns.setItem(index, 0, QTableWidgetItem(title))
            self.columns.setItem(index, 1, QTableWidgetItem(" · ".join(samples)))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field for {column}").format(column=title))
            for name in ("", KEEP, *(f for f in FIELDS if f != KEEP)):
                combo.addItem(field_label(name), name)
            combo.insertSeparator(2)
            combo.setToolTip(
                self.tr(
                    "Where the values of this column go: a field, the notes of the person "
                    "(as « {header}: value »), or nowhere when you ignore the column."
                ).format(header=title)
            )
            column = source.mapping.columns.get(index, Column(""))
            combo.setCurrentIndex(max(0, combo.findData(column.field)))
            combo.setProperty("label", column.label)
            combo.setProperty("field", column.field)
            combo.setProperty("header", header)
            self.combos.append(combo)
            self.columns.setCellWidget(index, 2, combo)
        self.columns.resizeColumnToContents(0)
        self.columns.setColumnWidth(2, 220)

    def _sheet_chosen(self) -> None:
        source = self.wiz.source
        if source is None or source.table is None or self.sheet.currentText() == source.table.sheet:
            return

        def work(_store: Store, job: Job) -> Source:
            job.progress(0, 1)
            return imports.read(source.path, sheet=self.sheet.currentText())

        def done(fresh: object) -> None:
            assert isinstance(fresh, Source)
            self.wiz.source = fresh
            self.wiz.preview = None
            self.initializePage()

        self.wiz.start(work, done, self.message.setText, self.progress)

    def _show_encoding(self, source: Source) -> None:
        """The encoding used, a sample of the names as read, and those that look wrong."""
        text = bool(source.encoding)
        for widget in (self.encoding_label, self.encoding, self.encoding_origin, self.sample):
            widget.setVisible(text)
        self.mangled.clear()
        self.mangled.setVisible(False)
        if not text:
            return
        self.encoding.clear()
        for choice in imports.encoding_choices():
            self.encoding.addItem(choice.label, choice.codec)
        index = next(
            (
                i
                for i in range(self.encoding.count())
                if imports.same_encoding(str(self.encoding.itemData(i)), source.encoding)
            ),
            -1,
        )
        if index < 0:  # the detector's guess, outside the usual list
            self.encoding.addItem(source.encoding, source.encoding)
            index = self.encoding.count() - 1
        self.encoding.setCurrentIndex(index)
        self.encoding_origin.setText(
            self.tr("(your choice)") if source.chosen_encoding else self.tr("(found in the file)")
        )
        names = imports.sample_names(source, 6)
        self.sample.setText(
            self.tr("Names as read: {names}").format(names=" · ".join(names)) if names else ""
        )
        suspects = imports.mangled_values(source, 100)
        if suspects:
            shown = ", ".join(f"« {s.value} »" for s in suspects[:3])
            self.mangled.setText(
                self.tr(
                    "%n values look mis-decoded ({values}): if names read wrong, choose "
                    "another encoding.",
                    "",
                    len(suspects),
                ).format(values=shown)
            )
            self.mangled.setVisible(True)

    def _encoding_chosen(self) -> None:
        source = self.wiz.source
        chosen = str(self.encoding.currentData() or "")
        if source is None or not chosen or imports.same_encoding(chosen, source.encoding):
            return
        self.message.clear()

        def work(_store: Store, job: Job) -> Source:
            job.progress(0, 1)
            return imports.read(source.path, encoding=chosen)

        def done(fresh: object) -> None:
            assert isinstance(fresh, Source)
            self.wiz.source = fresh
            self.wiz.preview = None
            self.initializePage()

        def failed(message: str) -> None:
            self.message.setText(message)
            self._show_encoding(source)  # back to the encoding still in use

        self.wiz.start(work, done, failed, self.progress)

    def mapping_columns(self) -> dict[int, Column]:
        """The columns as the combos say; a column whose field was changed takes the label
        the new field gives its header (which address it belongs to…)."""
        columns: dict[int, Column] = {}
        for index, combo in enumerate(self.combos):
            chosen = str(combo.currentData())
            if chosen == str(combo.property("field") or ""):
                columns[index] = Column(chosen, str(combo.property("label") or ""))
            else:
                columns[index] = column_for(str(combo.property("header") or ""), chosen)
        return columns

    def validatePage(self) -> bool:
        source = self.wiz.source
        assert source is not None and source.mapping is not None
        columns = self.mapping_columns()
        if columns != source.mapping.columns:
            source.mapping.columns = columns
            self.wiz.preview = None
        fields = {c.field for c in columns.values()}
        if not fields & {"full_name", "given_name", "family_name", "native_name", "email"}:
            self.message.setText(self.tr("Map at least one column to a name or an e-mail."))
            return False
        if self.save_as.text().strip():
            try:
                imports.save_mapping(self.wiz.store, self.save_as.text(), source)
            except AttacheError as error:
                self.message.setText(str(error))
                return False
        return True
