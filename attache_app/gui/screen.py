"""Sizes that fit the screen the window is on (a 1024×700 laptop screen at post)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget


def fitted(widget: QWidget, width: int, height: int) -> QSize:
    """``width``×``height``, or less when the screen's free area is smaller."""
    room = widget.screen().availableGeometry()
    return QSize(min(width, room.width()), min(height, room.height()))
