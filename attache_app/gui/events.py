"""Signals that tell every view that records changed (passed explicitly, never global)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Events(QObject):
    records_changed = Signal(str)
    """A record kind (RecordKind value) whose records were created, edited or deleted;
    "" when anything may have changed (a restore, another database)."""
    open_record = Signal(str, int)
    """Ask the main window to open the editor of (kind, id)."""
    settings_changed = Signal()
