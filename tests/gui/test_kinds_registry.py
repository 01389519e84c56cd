"""The window's side of the registry of record kinds (``gui/kinds.py``, the columns of
``models/columns.py``) has every kind, and each entry of Fichier › Nouvelle fiche opens the
editor of its own kind; each page lists the kind the registry gives it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from attache_app.domain.enums import RecordKind
from attache_app.gui.dialogs.editor import RecordEditor
from attache_app.gui.kinds import NEW_RECORD_KINDS, PAGE_KINDS, editors
from attache_app.gui.main_window import MainWindow
from attache_app.gui.models.columns import LISTS, columns


def test_the_window_registers_every_kind() -> None:
    assert set(editors()) == set(RecordKind) == set(LISTS) == set(NEW_RECORD_KINDS)
    assert all(editors()[kind].kind is kind for kind in RecordKind)
    for kind in RecordKind:
        keys = [c.key for c in columns(kind)]
        assert keys and len(set(keys)) == len(keys), kind
        assert LISTS[kind].fill in keys
        assert LISTS[kind].sort in {c.sort for c in columns(kind)}, kind
    assert PAGE_KINDS[0] is None and len(set(PAGE_KINDS)) == len(PAGE_KINDS)


@pytest.mark.parametrize("kind", NEW_RECORD_KINDS, ids=str)
def test_each_new_record_entry_opens_its_kind(
    qtbot: QtBot, window: MainWindow, kind: RecordKind
) -> None:
    window.new_record_actions[kind].trigger()
    editor = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, RecordEditor) and w.isVisible()
    )
    qtbot.waitExposed(editor)
    assert editor.kind is kind
    editor.reject()


def test_each_page_lists_its_kind(window: MainWindow) -> None:
    for kind in PAGE_KINDS[1:]:
        assert kind is not None
        model = window.lists[kind].table.model()
        headers = [c.header() for c in columns(kind)]
        assert model.columnCount() == len(headers)
