"""The main window: navigation pane on the left, the current view on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from attache_app.domain.enums import RecordKind
from attache_app.services.stats import counts
from attache_app.storage import Store


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle(self.tr("Attaché"))
        self.resize(1200, 760)
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.pages = QStackedWidget()
        for title in (
            self.tr("Dashboard"),
            self.tr("Contacts"),
            self.tr("Organisations"),
            self.tr("Watch"),
            self.tr("Deadlines & programmes"),
            self.tr("Activities"),
        ):
            self.navigation.addItem(title)
            page = QWidget()
            layout = QVBoxLayout(page)
            layout.addWidget(QLabel(f"<h2>{title}</h2>"))
            layout.addStretch()
            self.pages.addWidget(page)
        self._fill_dashboard()
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setSizes([220, 980])
        self.setCentralWidget(splitter)
        self.statusBar().showMessage(str(store.path))

    def _fill_dashboard(self) -> None:
        page = self.pages.widget(0)
        assert page is not None
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        lines = [
            f"{RecordKind(key[:-1]).plural_label} : {value}"
            for key, value in counts(self.store).items()
        ]
        layout.insertWidget(1, QLabel("<br>".join(lines)))

    def save_screenshots(self, folder: Path) -> bool:
        folder.mkdir(parents=True, exist_ok=True)
        self.show()
        names = ["dashboard", "contacts", "organisations", "veille", "echeances", "activites"]
        ok = True
        for row, name in enumerate(names):
            self.navigation.setCurrentRow(row)
            ok = self.grab().save(str(folder / f"{name}.png")) and ok
        return ok
