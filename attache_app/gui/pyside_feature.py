"""PySide6's look at every import, answered without reading every module's source.

Once PySide6 is imported it sees every later import (its ``__feature__`` support,
PYSIDE-2029): to know whether a new module may select a feature (``from __feature__
import snake_case``), it reads the module's whole source through ``inspect.getsource`` —
the file read, decoded, split into lines and kept in ``linecache`` for the rest of the
process — and looks for the word « PySide6 » in it. The window's start imports some 200
modules after Qt; reading them that way took 15–20 ms of it (≈ 8 % of the start-up to
the real window on the development machine), and kept their text in memory.

:func:`install` gives PySide the same answer from the file's bytes: a module whose source
file holds ``b"PySide6"`` uses PySide, any other does not. The word is ASCII, and Python
source is UTF-8 or an ASCII-compatible encoding, so the bytes say what the text says;
modules without a readable ``.py`` file (built in, extensions, bytecode only, zipped) go
to PySide's own check. ``tests/gui/test_pyside_feature.py`` compares both answers on every
module the window loads. When PySide's internals are not what this expects (another
version of PySide6), nothing is installed and the start-up is as before.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_MARK = "_attache_fast_check"


def _fast(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as handle:
                    return b"PySide6" in handle.read()
            except OSError:
                pass  # not a plain file (zipped…): PySide's own check
        return original(module)

    setattr(uses_pyside, _MARK, original)
    return uses_pyside


def feature_module() -> ModuleType | None:
    """PySide's ``__feature__`` support once PySide6 is imported, else None."""
    return sys.modules.get("PySide6.support.feature")


def install() -> bool:
    """Answer PySide's per-import question from the file's bytes (see the module's
    docstring); whether it is installed now or was already."""
    feature = feature_module()
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if not hasattr(original, _MARK):
        feature._mod_uses_pyside = _fast(original)  # type: ignore[attr-defined]
    return True


def original_check() -> Callable[[ModuleType], bool] | None:
    """PySide's own check (the tests' oracle), or None."""
    current = getattr(feature_module(), "_mod_uses_pyside", None)
    found = getattr(current, _MARK, current)
    return found if callable(found) else None
