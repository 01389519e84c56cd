"""Telling a full export of Attaché from any other workbook, and which version it is,
without reading its sheets: its version marker (``docProps/custom.xml``), or for the export
before markers (version 1) the names of its sheets (``xl/workbook.xml``)."""

from __future__ import annotations

import html
import os
import re
import stat
import zipfile
from pathlib import Path

from attache_app.storage.full_kinds import MARKER


def _parts(path: Path, *names: str) -> dict[str, str]:
    """These small parts of a zip archive, as text (those it has); nothing when ``path`` is
    not a regular file (a pipe is never opened to wait for a writer) or not a zip."""
    found: dict[str, str] = {}
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return found
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        return found
    with os.fdopen(descriptor, "rb") as stream:
        try:
            with zipfile.ZipFile(stream) as archive:
                for name in names:
                    try:
                        info = archive.getinfo(name)
                    except KeyError:
                        continue
                    if info.file_size <= 1 << 20:
                        found[name] = archive.read(info).decode("utf-8", "replace")
        except (OSError, zipfile.BadZipFile, RuntimeError, ValueError, EOFError):
            return {}
    return found


def _marker(custom: str) -> int | None:
    found = re.search(rf'name="{MARKER}"[^>]*>\s*<vt:\w+>([^<]*)</vt:\w+>', custom)
    if found is None:
        return None
    text = found.group(1).strip()
    return int(text) if text.isdigit() else -1


def marker_version(path: Path) -> int | None:
    """The full-export version a workbook declares, or None when it declares none (or is
    not a workbook at all)."""
    return _marker(_parts(path, "docProps/custom.xml").get("docProps/custom.xml", ""))


_OLD_SHEETS = (
    {"Persons", "Organisations", "Watch notes", "Activities", "Programmes", "Calls",
     "Deadlines"},
    {"Personnes", "Organisations", "Veille", "Activités", "Programmes", "Appels",
     "Échéances"},
)  # fmt: skip
"""The sheets of the full export before version markers (version 1), in English and in
French: recognised by their names alone (``xl/workbook.xml``), so that telling a contact
list from an export costs no reading of its sheets."""


_SHEET_NAME = re.compile(r'<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"')


def recognise(path: Path) -> int | None:
    """The version of the full export ``path`` is (1: the export before version markers),
    or None when it is not a full export of Attaché (another workbook, or not one)."""
    parts = _parts(path, "docProps/custom.xml", "xl/workbook.xml")
    version = _marker(parts.get("docProps/custom.xml", ""))
    if version is not None:
        return version
    names = {html.unescape(n) for n in _SHEET_NAME.findall(parts.get("xl/workbook.xml", ""))}
    return 1 if any(names == old for old in _OLD_SHEETS) else None
