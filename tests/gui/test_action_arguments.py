"""Qt hands ``checked`` (a bool) to whatever a QAction's ``triggered`` or a button's
``clicked`` is connected to. A slot with an optional parameter (a path…) takes it for that
parameter: Fichier › Importer opened the wizard on a file named « False ».

The window is driven through its actions and shortcuts, and every connection in the GUI
package is audited: a slot connected to ``triggered``/``clicked`` takes no argument besides
``self``, or is wrapped (``_action`` calls its slot with none)."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import attache_app.gui
from attache_app.gui.dialogs.import_wizard import ImportWizard
from attache_app.gui.main_window import MainWindow

GUI = Path(attache_app.gui.__file__).parent


def _wizard() -> ImportWizard:
    return next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, ImportWizard) and w.isVisible()
    )


def test_ctrl_i_opens_the_wizard_on_an_empty_file_field(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    wizard = _wizard()
    assert wizard.file_page.path.text() == ""
    assert wizard.file_page.message.text() == ""
    wizard.reject()


def test_the_menu_action_opens_the_wizard_on_an_empty_file_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.import_action.trigger()
    wizard = _wizard()
    assert wizard.file_page.path.text() == ""
    assert wizard.file_page.message.text() == ""
    wizard.reject()


def _optional_parameters(function: object) -> list[str]:
    try:
        parameters = inspect.signature(function).parameters.values()  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return []
    return [
        p.name
        for p in parameters
        if p.name not in ("self", "_checked", "_c")
        and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        and p.default is not p.empty  # a required one is the signal's own (a QDate…)
    ]


def test_no_slot_connected_to_triggered_or_clicked_takes_an_argument() -> None:
    """Every ``X.triggered.connect(self.method)`` / ``X.clicked.connect(self.method)`` and
    every ``self._action(text, self.method)`` in gui/: the method takes no optional
    positional parameter (Qt would pass ``checked`` to it); lambdas take none or only defaults that
    are bound keyword copies (``n=number``) after a ``_checked`` placeholder."""
    offenders: list[str] = []
    for path in sorted(GUI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module = inspect.getmodulename(str(path))
        package = ".".join(path.relative_to(GUI.parent.parent).with_suffix("").parts)
        assert module is not None
        imported = __import__(package, fromlist=["_"])
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            owner = getattr(imported, cls.name, None)
            for node in ast.walk(cls):
                if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                    continue
                slot: ast.expr | None = None
                if node.func.attr == "connect" and isinstance(node.func.value, ast.Attribute):
                    if node.func.value.attr in ("triggered", "clicked") and node.args:
                        slot = node.args[0]
                elif node.func.attr == "_action" and len(node.args) >= 2:
                    continue  # _action calls its slot without arguments (checked below)
                if slot is None:
                    continue
                where = f"{path.relative_to(GUI)}:{node.lineno}"
                if isinstance(slot, ast.Lambda):
                    required = len(slot.args.args) - len(slot.args.defaults)
                    plain = [a.arg for a in slot.args.args[:required]]
                    if plain:
                        offenders.append(f"{where}: lambda takes {plain}")
                    continue
                if (
                    isinstance(slot, ast.Attribute)
                    and isinstance(slot.value, ast.Name)
                    and slot.value.id == "self"
                    and owner is not None
                ):
                    method = getattr(owner, slot.attr, None)
                    if inspect.isfunction(method) and _optional_parameters(method):
                        offenders.append(f"{where}: {slot.attr}{inspect.signature(method)}")
    assert offenders == []


def test_action_helper_calls_its_slot_without_arguments(qtbot: QtBot, window: MainWindow) -> None:
    received: list[tuple[object, ...]] = []

    def slot(*args: object) -> None:
        received.append(args)

    action = window._action("test", slot, "Ctrl+Shift+F12")
    window.addAction(action)
    action.trigger()
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_F12, modifiers)
    assert received == [(), ()]
