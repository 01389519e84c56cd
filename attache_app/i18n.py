"""Translation of user-visible strings, without Qt.

The core marks every user-visible string with :func:`translate` (same signature as
``QCoreApplication.translate`` so that ``pyside6-lupdate`` extracts it into
``resources/translations/attache_*.ts``). The GUI installs Qt's translator with
:func:`set_translator`; the command line loads the same ``.ts`` file through
:func:`use_ts_file`, so both front ends speak the same words from one source.
Source strings are English; French is the default language of the interface.

A message about a count is written once with ``%n`` and the count given as ``n``
(``translate("Import", "%n contact(s) read", None, count)``): each language's file has its
forms (« 1 contact lu », « 2 contacts lus »; English's own file, « 1 contact read »), chosen
by the language's rule, as Qt does for the window.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

Translator = Callable[[str, str, str | None, int], str]
"""(context, source text, disambiguation, count or -1) → text: ``QCoreApplication.translate``."""


def _identity(_context: str, text: str, _disambiguation: str | None = None, n: int = -1) -> str:
    return _with_count(text, n)


_translator: Translator = _identity
_language = "en"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return ``text`` (an English source string) in the current interface language; with
    ``n`` (a count), the language's form for that count, ``%n`` replaced by it."""
    return _translator(context, text, disambiguation, n)


def _with_count(text: str, n: int) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


def plural_index(language: str, n: int) -> int:
    """Which of a numerus message's forms a count takes (Qt's rules for the languages
    Attaché speaks): French puts 0 and 1 in the singular, English only 1."""
    if language == "fr":
        return 0 if n < 2 else 1
    return 0 if n == 1 else 1


def set_translator(translator: Translator | None, language: str = "en") -> None:
    global _translator, _language
    _translator = translator or _identity
    _language = language


def current_language() -> str:
    return _language


def translations_dir() -> Path:
    from attache_app.resources import resource_path

    return resource_path("translations")


def load_ts(path: Path) -> dict[tuple[str, str], str | list[str]]:
    """Read a Qt Linguist ``.ts`` file into {(context, source): translation}; a numerus
    message's translation is the list of its forms."""
    table: dict[tuple[str, str], str | list[str]] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None:
                continue
            if node.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in node.iter("numerusform")]
                if forms and all(forms):
                    table[(name, source)] = forms
            elif node.text:
                table[(name, source)] = node.text
    return table


def ts_translator(table: dict[tuple[str, str], str | list[str]], language: str) -> Translator:
    """A translator over a table read by :func:`load_ts`: the form of a count chosen by the
    language's rule; a message the table lacks stays in English."""

    def translated(context: str, text: str, _disambiguation: str | None = None, n: int = -1) -> str:
        found = table.get((context, text), text)
        if isinstance(found, list):
            found = found[min(plural_index(language, n), len(found) - 1)] if n >= 0 else found[0]
        return _with_count(found, n)

    return translated


def use_ts_file(language: str) -> None:
    """Use ``attache_<language>.ts`` for :func:`translate` (the CLI's way, no Qt needed).
    English has a file too, for its plural forms only."""
    path = translations_dir() / f"attache_{language}.ts"
    if not path.exists():
        set_translator(None, "en")
        return
    set_translator(ts_translator(load_ts(path), language), language)


def language_of_command(args: list[str]) -> str:
    """The language a command line asks for (``--lang fr|en``), else the environment's
    (:func:`language_from_environment`): read before the arguments are parsed, so that
    argparse's own words and the help are in it."""
    if "--lang" in args:
        index = args.index("--lang")
        if index + 1 < len(args) and args[index + 1] in {"fr", "en"}:
            return args[index + 1]
    return language_from_environment()


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


# --- argparse (the commands `attache` and `attache-app`) ----------------------------------


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` (pyside6-lupdate extracts it, by
    this name)."""
    return text


ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
)
"""What argparse says to the person typing a command, for pyside6-lupdate (context
``argparse``); what it only says to a programmer (a parser built wrong) stays English."""


def argparse_gettext(text: str) -> str:
    """argparse's ``_``: the message in the interface's language (unknown ones as they are)."""
    return translate("argparse", text)


def argparse_ngettext(singular: str, plural: str, n: int) -> str:
    """argparse's ``ngettext``: the form the language's rule takes for ``n``, translated."""
    return argparse_gettext(singular if plural_index(current_language(), n) == 0 else plural)


def translate_argparse() -> None:
    """argparse's own words — « usage: », « options », « show this help message and
    exit », « the following arguments are required: … » — in the interface's language:
    argparse asks gettext for each (its module's ``_`` and ``ngettext``), pointed here at
    :func:`translate`. Call it before a parser is built (the help's headings and the line
    of ``--help`` are translated then). The messages are :data:`ARGPARSE_MESSAGES`."""
    import argparse

    setattr(argparse, "_", argparse_gettext)  # noqa: B010 (typeshed does not know it)
    setattr(argparse, "ngettext", argparse_ngettext)  # noqa: B010
