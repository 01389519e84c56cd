"""The start-up imports and builds what the first page needs, nothing more (issue 18).

A child process starts the window the way `attache-app` does (the skeleton, then the real
window on a real database) and lists ``sys.modules`` once the window is on screen, then
again once everything the window does after its first paint is done: the heavy libraries
and the parts of Attaché used on demand (exports, the import wizard, the editors, the sync
client…) must not be among them. A start-up that imports one of them again fails here,
not only in the benchmark.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from attache_app.domain.enums import RecordKind
from attache_app.gui.kinds import DEADLINES_PAGE, PAGE_KINDS
from attache_app.gui.main_window import MainWindow
from attache_app.gui.preferences import Preferences
from attache_app.storage import Store
from tests.gui.conftest import settle

NEVER_AT_START = (
    # Libraries used by one command or dialog only.
    "openpyxl",  # exports, reports
    "python_calamine",  # reading workbooks to import
    "httpx",  # the sync's hub
    "keyring",  # passwords remembered by the system
    "icalendar",  # the deadlines' calendar export
    "msoffcrypto",  # protected workbooks
    "zxcvbn",  # the strength of a new passphrase
    "rapidfuzz",  # duplicates of an import
    "charset_normalizer",  # decoding a file to import
    # Parts of Attaché used on demand.
    "attache_app.exporting.report",
    "attache_app.exporting.full",
    "attache_app.importing.reading",
    "attache_app.importing.full",
    "attache_app.gui.dialogs.import_wizard",
    "attache_app.gui.dialogs.report_dialog",
    "attache_app.gui.dialogs.export_dialogs",
    "attache_app.gui.dialogs.contact_editors",
    "attache_app.gui.dialogs.activity_editors",
    "attache_app.gui.dialogs.post_settings",
    "attache_app.gui.handover",
    "attache_app.gui.operations.encryption",  # encrypting, re-keying, decrypting
    "attache_app.gui.dialogs.passphrase",  # asked for (the test's is known), or the lock
    "attache_app.sync.service",
    "attache_app.sync.engine",
)
"""Not imported by the start-up, nor by what the window does by itself afterwards."""

NOT_BEFORE_THE_FIRST_PAINT = (
    *NEVER_AT_START,
    "babel",  # country names: the lists' rows and filters, read after the first paint
    "phonenumbers",  # the editors (warmed up once the pages are built)
    "attache_app.gui.views.record_list",  # the first page is the dashboard
    "attache_app.gui.views.deadlines",
    "attache_app.services.privacy",  # the dashboard's « to review », read in a worker
)
"""Not imported before the window is first on screen (its first page: the dashboard)."""

CHILD = textwrap.dedent(
    """
    import gc, json, sys, tempfile
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    def loaded(prefix):
        return sorted(m for m in sys.modules if m == prefix or m.startswith(prefix + "."))

    app = QApplication([])
    from attache_app.gui import app as gui
    from attache_app.gui.preferences import Preferences

    gui.install_translators(app, "fr")
    prefs = Preferences(QSettings(sys.argv[2], QSettings.Format.IniFormat))
    skeleton = gui.show_skeleton(prefs, sys.argv[1])
    window, store = gui.load_main_window(skeleton, Path(sys.argv[1]), prefs)
    while window.windowHandle() is None or not window.windowHandle().isExposed():
        app.processEvents()
    at_paint = sorted(sys.modules)
    first_page = type(window.pages.currentWidget()).__name__
    built_at_paint = [n for n in range(6) if window.page_state.is_built(n)]
    window.wait_until_loaded()
    after = sorted(sys.modules)
    print(json.dumps({
        "at_paint": at_paint, "after": after, "first_page": first_page,
        "built_at_paint": built_at_paint, "waiting_after": window.page_state.waiting(),
        "dashboard_filled": window.dashboard.data is not None,
        "frozen": gc.get_freeze_count(),
    }))
    window.close()
    store.close()
    """
)


def _start(path: Path, tmp_path: Path, passphrase: str | None = None) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("ATTACHE_PASSPHRASE", None)
    if passphrase is not None:
        env["ATTACHE_PASSPHRASE"] = passphrase
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(tmp_path / "prefs.ini")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    found: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def _among(modules: object, names: tuple[str, ...]) -> list[str]:
    assert isinstance(modules, list)
    return sorted(
        {name for name in names for m in modules if m == name or m.startswith(name + ".")}
    )


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_the_start_up_imports_only_what_the_first_page_needs(
    demo_path: Path, tmp_path: Path, encrypted: bool
) -> None:
    passphrase = None
    if encrypted:
        from attache_app.services import encryption

        passphrase = "a passphrase for the test"
        encryption.encrypt(demo_path, passphrase)
    found = _start(demo_path, tmp_path, passphrase)
    # On screen: the real window, on its dashboard, the other pages still to build.
    assert found["first_page"] == "DashboardView"
    assert found["built_at_paint"] == [0]
    assert _among(found["at_paint"], NOT_BEFORE_THE_FIRST_PAINT) == []
    # Then it builds the other pages and fills the dashboard by itself, still without
    # importing what only a command or a dialog uses.
    assert found["waiting_after"] == []
    assert found["dashboard_filled"] is True
    # The start-up's objects are out of the garbage collector's reach (gui/warm_up.py):
    # a full collection over them stalled the window 30-40 ms at random moments.
    assert isinstance(found["frozen"], int) and found["frozen"] > 10_000
    assert _among(found["after"], NEVER_AT_START) == []
    # What the workers and the warm-up did import meanwhile (the check is not vacuous):
    # the storage layer holds the real window's connection (sqlite-utils wraps it at the
    # first nested transaction: here the notifier's, in a worker).
    assert "attache_app.storage.db" in found["at_paint"]  # type: ignore[operator]
    assert _among(found["after"], ("babel", "phonenumbers")) == ["babel", "phonenumbers"]
    assert "attache_app.gui.views.record_list" in found["after"]  # type: ignore[operator]


def test_pages_are_built_when_first_needed(
    qtbot: QtBot, demo_store: Store, preferences: Preferences
) -> None:
    """Not shown, the window builds its first page only; asking for a list builds its
    page; its first turns of the event loop build the others; a change of the data
    reaches every list built, and a page built later reads the data as it is then."""
    preferences.last_view = PAGE_KINDS.index(RecordKind.ORGANISATION)
    window = MainWindow(demo_store, preferences)
    qtbot.addWidget(window)
    first = PAGE_KINDS.index(RecordKind.ORGANISATION)
    assert window.pages.currentIndex() == first
    assert window.page_state.waiting() == [n for n in range(6) if n not in (0, first)]
    assert window.runner.busy()  # the work after the first paint is waiting: « loading »
    notes = window.lists[RecordKind.NOTE]  # asked for: built at once, in its place
    assert window.pages.widget(PAGE_KINDS.index(RecordKind.NOTE)) is notes
    assert not window.page_state.is_built(DEADLINES_PAGE)
    page = window.deadlines_page
    assert window.page_state.is_built(DEADLINES_PAGE)
    assert window.pages.widget(DEADLINES_PAGE) is page
    assert page.deadlines is window.lists[RecordKind.DEADLINE]
    settle(qtbot, window)
    assert window.page_state.waiting() == []
    persons = window.lists[RecordKind.PERSON]
    assert persons.model.rowCount() == demo_store.scalar("SELECT count(*) FROM persons")
    assert window.pages.currentIndex() == first  # building the others did not move it
    with pytest.raises(KeyError):
        window.lists[RecordKind.PROGRAMME]  # no list of its own: beside the deadlines
    window.runner.wait(5000)


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_the_key_is_derived_before_qt_is_imported(tmp_path: Path, encrypted: bool) -> None:
    """`attache-app` starts deriving an encrypted database's key before it imports Qt
    (gui/launch.py): reading the command line and deriving the key import neither Qt nor
    the core (hashlib only: an import holding the GIL would delay the window's frame), a
    plain database is recognised by its first bytes; the key then opens the file."""
    from attache_app.services import encryption
    from attache_app.storage import open_store

    path = tmp_path / "post.db"
    open_store(path, create=True, auto_backup=False).close()
    if encrypted:
        encryption.encrypt(path, "a passphrase for the test")
    code = (
        "import sys, threading\n"
        "from attache_app.gui.launch import parse_args\n"
        "from attache_app.gui.unlock import EarlyUnlock\n"
        "early = EarlyUnlock(parse_args(['--db', sys.argv[1]]).db)\n"
        "for thread in threading.enumerate():\n"
        "    if thread.name == 'attache-unlock':\n"
        "        thread.join()\n"
        "heavy = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', "
        "'attache_app.storage', 'attache_app.services', 'keyring'))]\n"
        "key = early.key()\n"
        "print(','.join(heavy) + '|' + str(key is not None and not key.wiped))\n"
    )
    env = {**os.environ, "ATTACHE_PASSPHRASE": "a passphrase for the test"}
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env=env,
    )
    assert result.stdout.strip() == f"|{encrypted}"


def test_the_real_window_opens_its_database_without_sqlite_utils(tmp_path: Path) -> None:
    """sqlite-utils (with click, pluggy, dateutil: 30-40 ms of imports) wraps a connection
    at its first nested transaction (Store.db), not when the window opens the database:
    a start that writes nothing does not import it."""
    from attache_app.services import post
    from attache_app.storage import open_store

    path = tmp_path / "quiet.db"
    with open_store(path, create=True, auto_backup=False) as store:
        post.update_settings(store, post_name="Taipei")  # no first-run dialog
    found = _start(path, tmp_path)
    assert "attache_app.storage.db" in found["at_paint"]  # type: ignore[operator]
    assert _among(found["at_paint"], ("sqlite_utils", "click", "pluggy", "dateutil")) == []
