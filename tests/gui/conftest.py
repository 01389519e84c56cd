"""GUI tests run offscreen with pytest-qt; Qt warnings fail a test (qt_log_level_fail)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
