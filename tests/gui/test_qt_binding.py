"""The Qt binding in use does not corrupt reference counts (PySide6 6.12.0 did: it aborted
the interpreter after some thousands of QTreeWidgetItem.setData/setBackground calls)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem
app = QApplication([])
tree = QTreeWidget()
tree.setColumnCount(5)
for n in range(20000):
    item = QTreeWidgetItem(tree, ["a", "b", "c", "d", "e"])
    item.setData(0, Qt.ItemDataRole.UserRole, "deadline")
    item.setData(0, Qt.ItemDataRole.UserRole + 1, n)
    for column in range(5):
        item.setBackground(column, QBrush(QColor("#FDE2E1")))
print("survived")
"""


def test_many_tree_items_do_not_abort() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout
