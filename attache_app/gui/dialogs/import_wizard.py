"""The import wizard: file → sheet and mapping → preview → result (its pages are in
``import_steps``, ``import_mapping`` and ``import_preview``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget, QWizard

from attache_app.gui.dialogs.full_import_page import FullPage, FullResultPage
from attache_app.gui.dialogs.import_mapping import MappingPage
from attache_app.gui.dialogs.import_preview import PreviewPage, ResultPage
from attache_app.gui.dialogs.import_steps import (
    PAGE_FILE,
    PAGE_FULL,
    PAGE_FULL_RESULT,
    PAGE_MAPPING,
    PAGE_PREVIEW,
    PAGE_RESULT,
    FilePage,
    ImportSteps,
)
from attache_app.gui.workers import Job, TaskRunner
from attache_app.services import imports
from attache_app.services.database import Store
from attache_app.services.imports import BatchResult, Preview, Source

__all__ = [
    "PAGE_FILE",
    "PAGE_FULL",
    "PAGE_FULL_RESULT",
    "PAGE_MAPPING",
    "PAGE_PREVIEW",
    "PAGE_RESULT",
    "ImportWizard",
]


class ImportWizard(ImportSteps):
    """File → sheet and mapping → preview → result."""

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.source: Source | None = None
        self.preview: Preview | None = None
        self.outcome: BatchResult | None = None
        self.full_plan: imports.FullPlan | None = None
        self.full_outcome: imports.FullResult | None = None
        self.job: Job | None = None
        self._closing = False
        self.setWindowTitle(self.tr("Import contacts"))
        self.setAccessibleName(self.windowTitle())
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        self.setPage(PAGE_FILE, self.file_page)
        self.setPage(PAGE_MAPPING, self.mapping_page)
        self.setPage(PAGE_PREVIEW, self.preview_page)
        self.setPage(PAGE_RESULT, self.result_page)
        self.full_page = FullPage(self)
        self.full_result_page = FullResultPage(self)
        self.setPage(PAGE_FULL, self.full_page)
        self.setPage(PAGE_FULL_RESULT, self.full_result_page)
        self.resize(980, 640)
        if path is not None:
            self.file_page.path.setText(str(path))
