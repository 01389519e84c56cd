"""Translation of user-visible strings, without Qt.

The core marks every user-visible string with :func:`translate` (same signature as
``QCoreApplication.translate`` so that ``pyside6-lupdate`` extracts it into
``resources/translations/attache_*.ts``). The GUI installs Qt's translator with
:func:`set_translator`; the command line loads the same ``.ts`` file through
:func:`use_ts_file`, so both front ends speak the same words from one source.
Source strings are English; French is the default language of the interface.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

Translator = Callable[[str, str], str]

_identity: Translator = lambda _context, text: text  # noqa: E731
_translator: Translator = _identity
_language = "en"


def translate(context: str, text: str) -> str:
    """Return ``text`` (an English source string) in the current interface language."""
    return _translator(context, text)


def set_translator(translator: Translator | None, language: str = "en") -> None:
    global _translator, _language
    _translator = translator or _identity
    _language = language


def current_language() -> str:
    return _language


def translations_dir() -> Path:
    from attache_app.resources import resource_path

    return resource_path("translations")


def load_ts(path: Path) -> dict[tuple[str, str], str]:
    """Read a Qt Linguist ``.ts`` file into {(context, source): translation}."""
    table: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or not node.text:
                continue
            if node.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            table[(name, source)] = node.text
    return table


def use_ts_file(language: str) -> None:
    """Use ``attache_<language>.ts`` for :func:`translate` (the CLI's way, no Qt needed)."""
    if language == "en":
        set_translator(None, "en")
        return
    path = translations_dir() / f"attache_{language}.ts"
    if not path.exists():
        set_translator(None, "en")
        return
    table = load_ts(path)
    set_translator(lambda context, text: table.get((context, text), text), language)


def language_from_environment(default: str = "fr") -> str:
    """The language asked for by ATTACHE_LANG, else LC_ALL/LC_MESSAGES/LANG, else default."""
    explicit = os.environ.get("ATTACHE_LANG", "").strip().lower()
    if explicit in {"fr", "en"}:
        return explicit
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "").lower()
        if value.startswith("fr"):
            return "fr"
        if value.startswith("en"):
            return "en"
    return default
