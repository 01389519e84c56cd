"""The user's preferences for this machine (QSettings): language, window state, columns.

The post's own settings (time zone, phone region…) live in the database instead.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("fr", "en")


class Preferences:
    """Typed access to QSettings, with defaults, in one place."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings()

    # language
    @property
    def language(self) -> str:
        value = str(self._s.value("ui/language", "fr"))
        return value if value in LANGUAGES else "fr"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value if value in LANGUAGES else "fr")

    # lock of an encrypted database after a time without use
    def lock_minutes(self) -> int:
        try:
            return max(0, int(str(self._s.value("security/lock_minutes", 15))))
        except ValueError:
            return 15

    def set_lock_minutes(self, minutes: int) -> None:
        self._s.setValue("security/lock_minutes", max(0, minutes))

    # window
    def geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        value = self._s.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, value: QByteArray) -> None:
        self._s.setValue("window/state", value)

    def splitter(self, name: str) -> QByteArray | None:
        value = self._s.value(f"splitters/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_splitter(self, name: str, value: QByteArray) -> None:
        self._s.setValue(f"splitters/{name}", value)

    def header(self, name: str) -> QByteArray | None:
        value = self._s.value(f"headers/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_header(self, name: str, value: QByteArray) -> None:
        self._s.setValue(f"headers/{name}", value)

    @property
    def last_view(self) -> int:
        try:
            return int(str(self._s.value("window/last_view", 0)))
        except (TypeError, ValueError):
            return 0

    @last_view.setter
    def last_view(self, value: int) -> None:
        self._s.setValue("window/last_view", value)

    @property
    def last_database(self) -> str:
        return str(self._s.value("database/last", "") or "")

    @last_database.setter
    def last_database(self, value: str) -> None:
        self._s.setValue("database/last", value)

    def sync(self) -> None:
        self._s.sync()
