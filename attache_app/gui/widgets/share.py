"""The « Partager avec Paris » box of the editors: a record so marked is copied by the
post's hub to the network's database in Paris (docs/sync.md)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget


def share_box(checked: bool, parent: QWidget | None = None) -> QCheckBox:
    box = QCheckBox(
        QCoreApplication.translate("ShareBox", "Share with &Paris (through the team's hub)"),
        parent,
    )
    box.setChecked(checked)
    box.setToolTip(
        QCoreApplication.translate(
            "ShareBox",
            "The post's hub copies the records marked so to the network's database in "
            "Paris. Without a hub, the mark waits for one.",
        )
    )
    return box


def follow_private(share: QCheckBox, private: QCheckBox) -> None:
    """A private note stays home: it cannot be shared with Paris while private."""

    def changed(is_private: bool) -> None:
        if is_private:
            share.setChecked(False)
        share.setEnabled(not is_private)

    private.toggled.connect(changed)
    changed(private.isChecked())
