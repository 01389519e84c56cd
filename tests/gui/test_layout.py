"""Layout facts at 1024×700, the smallest screen the application is used on (and at
1920×1080): nothing overflows, nothing needed is cut. The same checks run in a real X
server sized 1024×700 when Xvfb is installed (test_smoke_on_a_1024x700_x_server)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from attache_app.domain.enums import RecordKind
from attache_app.gui.app import install_translators
from attache_app.gui.main_window import MainWindow
from attache_app.gui.models.columns import LISTS
from attache_app.gui.preferences import Preferences
from attache_app.gui.views.record_list import FILL_LEAST, RecordListView
from attache_app.services import records
from attache_app.storage import Store
from tests.gui.conftest import settle

SMALL = (1024, 700)
EDITED = (
    RecordKind.PERSON, RecordKind.ORGANISATION, RecordKind.NOTE, RecordKind.INTERACTION,
    RecordKind.DEADLINE, RecordKind.PROGRAMME,
)  # fmt: skip


def layout_problems(window: MainWindow, size: tuple[int, int]) -> list[str]:
    """Every layout fact that does not hold with the window at ``size`` (French words,
    the longest); shared with the smoke test on a real X server."""
    app = QApplication.instance()
    assert app is not None
    problems: list[str] = []
    window.resize(*size)
    for _ in range(3):
        app.processEvents()
    hint = window.minimumSizeHint()
    if hint.width() > size[0] or hint.height() > size[1]:
        problems.append(f"the window needs {hint.width()}×{hint.height()}, more than {size}")
    if (window.width(), window.height()) != size:
        problems.append(f"the window is {window.width()}×{window.height()}, not {size}")
    navigation = window.navigation
    if navigation.horizontalScrollBar().isVisible():
        problems.append("the navigation has a horizontal scrollbar")
    for row in range(navigation.count()):
        item = navigation.item(row)
        needed = navigation.fontMetrics().horizontalAdvance(item.text())
        if navigation.visualItemRect(item).width() - navigation.iconSize().width() < needed:
            problems.append(f"the navigation cuts « {item.text()} »")
    for page in range(navigation.count()):
        window.show_page(page)
        window.wait_until_loaded()
        for _ in range(3):
            app.processEvents()
        view = window.current_list()
        if view is not None:
            problems.extend(_list_problems(view))
    window.show_page(0)
    window.wait_until_loaded()
    app.processEvents()
    tree = window.dashboard.deadlines
    title = tree.header().sectionSize(4)
    if title < tree.viewport().width() * 0.35:
        problems.append(f"the dashboard's Deadline column is {title} px of {tree.width()}")
    return problems


def _list_problems(view: RecordListView) -> list[str]:
    problems = []
    box = view.filter_box
    placeholder = box.fontMetrics().horizontalAdvance(box.placeholderText())
    if box.width() < placeholder + 20:
        problems.append(f"{view.kind}: the filter box ({box.width()} px) cuts its placeholder")
    header = view.table.horizontalHeader()
    keys = [c.key for c in view.model.columns]
    key = keys.index(LISTS[view.kind].fill)
    end = header.sectionViewportPosition(key) + header.sectionSize(key)
    least = min(view.model.columns[key].width, FILL_LEAST)
    if header.sectionSize(key) < least or end > view.table.viewport().width():
        problems.append(
            f"{view.kind}: its {LISTS[view.kind].fill} column is cut "
            f"({header.sectionSize(key)} px, ending at {end} of "
            f"{view.table.viewport().width()})"
        )
    for number in range(header.count()):
        if header.isSectionHidden(number):
            continue
        text = view.model.columns[number].header()
        if header.sectionSize(number) < header.fontMetrics().horizontalAdvance(text) + 8:
            problems.append(f"{view.kind}: the header « {text} » is cut")
    return problems


def editor_problems(
    window: MainWindow, store: Store, size: tuple[int, int] | None = None
) -> list[str]:
    """Editors within ``size`` and the screen; phones and e-mails whole, the note tall."""
    app = QApplication.instance()
    assert app is not None
    problems = []
    for kind in EDITED:
        record = records.get(store, kind, records.list_ids(store, kind)[0])
        editor = window.editor_for(kind, record)
        editor.show()
        app.processEvents()
        screen = editor.screen().availableGeometry()
        room = (screen.width(), screen.height())
        if size is not None:
            room = (min(size[0], room[0]), min(size[1], room[1]))
        if editor.width() > room[0] or editor.height() > room[1]:
            problems.append(f"the {kind} editor is {editor.width()}×{editor.height()} > {room}")
        if kind is RecordKind.PERSON:
            for table in (editor.phones.table, editor.emails.table):  # type: ignore[attr-defined]
                header = table.horizontalHeader()
                for number in range(header.count()):
                    text = table.horizontalHeaderItem(number).text()
                    if header.sectionSize(number) < header.fontMetrics().horizontalAdvance(text):
                        problems.append(f"the person editor cuts the column « {text} »")
        if kind is RecordKind.NOTE and editor.tabs.height() < 250:  # type: ignore[attr-defined]
            problems.append(f"the note's text is {editor.tabs.height()} px tall")  # type: ignore[attr-defined]
        editor.close()
    return problems


@pytest.fixture
def french_window(
    qtbot: QtBot, demo_store: Store, preferences: Preferences
) -> Iterator[MainWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, "fr")  # the longer words
    main = MainWindow(demo_store, preferences)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitExposed(main)
    settle(qtbot, main)
    yield main
    main.runner.wait(5000)
    install_translators(app, "en")


@pytest.mark.parametrize("size", [SMALL, (1920, 1080)])
def test_every_view_fits(french_window: MainWindow, size: tuple[int, int]) -> None:
    assert layout_problems(french_window, size) == []


def test_editors_fit_and_show_their_fields(french_window: MainWindow, demo_store: Store) -> None:
    assert editor_problems(french_window, demo_store) == []


def test_filling_the_title_column_is_not_saved_as_the_users_width(
    french_window: MainWindow, preferences: Preferences
) -> None:
    french_window.resize(*SMALL)
    french_window.show_page(3)
    french_window.wait_until_loaded()
    saved = preferences.header(str(RecordKind.NOTE))
    french_window.resize(1600, 900)
    QApplication.processEvents()
    assert preferences.header(str(RecordKind.NOTE)) == saved


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="Xvfb is not installed")
def test_smoke_on_a_1024x700_x_server(demo_path: Path, tmp_path: Path) -> None:
    """The real xcb platform on an X server whose screen is 1024×700: the window and every
    editor fit the screen and the same layout facts hold."""
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        assert app.platformName() == "xcb", app.platformName()
        screen = app.primaryScreen().geometry()
        assert (screen.width(), screen.height()) == (1024, 700), screen
        sys.path.insert(0, {str(Path(__file__).resolve().parents[2])!r})
        from attache_app.gui.app import install_translators
        install_translators(app, "fr")
        from attache_app.gui.main_window import MainWindow
        from attache_app.gui.preferences import Preferences
        from attache_app.storage import open_store
        from tests.gui.test_layout import editor_problems, layout_problems
        store = open_store(Path({str(demo_path)!r}), auto_backup=False)
        prefs = Preferences(QSettings({str(tmp_path / "p.ini")!r}, QSettings.Format.IniFormat))
        window = MainWindow(store, prefs)
        window.showMaximized()
        window.wait_until_loaded()
        app.processEvents()
        size = (window.width(), window.height())
        problems = layout_problems(window, size) + editor_problems(window, store, (1024, 700))
        frame = window.frameGeometry()
        if frame.width() > 1024 or frame.height() > 700:
            problems.append(f"the window's frame is {{frame.width()}}×{{frame.height()}}")
        print("\\n".join(problems))
        window.close()
        store.close()
        sys.exit(1 if problems else 0)
        """
    )
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["QT_QPA_PLATFORM"] = "xcb"
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1024x700x24", sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
