"""gui/pyside_feature.py answers PySide6's per-import question (« does this module use
PySide6? ») from the file's bytes: the answer must be PySide's own, for every module the
window loads and for the kinds of module that go back to PySide's check."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import types
from pathlib import Path

from attache_app.gui import app, pyside_feature


def test_installed_once_the_window_module_is_imported() -> None:
    assert app.__name__ == "attache_app.gui.app"
    feature = pyside_feature.feature_module()
    assert feature is not None, "PySide6's __feature__ support moved: see gui/pyside_feature.py"
    assert pyside_feature.install() is True
    assert pyside_feature.original_check() is not feature._mod_uses_pyside


def test_the_same_answer_as_pyside_for_every_module_loaded() -> None:
    feature = pyside_feature.feature_module()
    assert feature is not None
    ours, theirs = feature._mod_uses_pyside, pyside_feature.original_check()
    assert theirs is not None
    modules = [m for m in list(sys.modules.values()) if isinstance(m, types.ModuleType)]
    assert len(modules) > 300
    disagreements = [m.__name__ for m in modules if ours(m) != theirs(m)]
    assert disagreements == []
    # Both answers occur: modules of the window use PySide6, the core does not.
    assert ours(sys.modules["attache_app.gui.app"]) is True
    assert ours(sys.modules["attache_app.storage.db"]) is False


def test_modules_without_a_plain_source_file(tmp_path: Path) -> None:
    feature = pyside_feature.feature_module()
    assert feature is not None
    ours, theirs = feature._mod_uses_pyside, pyside_feature.original_check()
    assert theirs is not None
    written = tmp_path / "mentions.py"
    written.write_text("# ééé\nimport PySide6\n", encoding="utf-8")
    mentions = types.ModuleType("mentions")
    mentions.__file__ = str(written)
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # removed since: PySide's answer
    extension = sys.modules["_sqlite3"]
    for module in (mentions, gone, extension, sys, types.ModuleType("no_file")):
        assert ours(module) == theirs(module), module


def test_a_started_window_records_the_same_features(tmp_path: Path) -> None:
    """In a child process started like `attache-app`: PySide's record of every module
    (« uses PySide » or « ignore ») is what its own check says."""
    code = textwrap.dedent(
        """
        import json, sys
        from attache_app.gui import app
        from attache_app.gui import pyside_feature
        import attache_app.gui.main_window
        feature = pyside_feature.feature_module()
        theirs = pyside_feature.original_check()
        recorded = feature.pyside_feature_dict
        wrong = [name for name, module in list(sys.modules.items())
                 if name.startswith("attache_app") and name in recorded
                 and recorded[name] != (0 if theirs(module) else -1)]
        print(json.dumps({"checked": sum(1 for n in recorded if n.startswith("attache_app")),
                          "wrong": wrong}))
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    found = json.loads(out.stdout.strip().splitlines()[-1])
    assert found["wrong"] == []
    assert found["checked"] > 50
