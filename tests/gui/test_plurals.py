"""Counted messages (« %n contact(s) read ») say « 1 contact », « 2 contacts » in both
languages, in the window and on the command line alike.

The window's forms come from Qt (the `.qm` lrelease compiles, read by QTranslator); the
command line reads the same `.ts` files without Qt (attache_app/i18n.py). Qt is the
oracle: for every plural message of both files and several counts, the command line's
text is Qt's.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from attache_app.gui.app import install_translators
from attache_app.i18n import load_ts, translate, translations_dir, ts_translator
from tests.conftest import CliRunner

COUNTS = (0, 1, 2, 5, 21)


def _plural_messages(language: str) -> list[tuple[str, str]]:
    root = ET.parse(translations_dir() / f"attache_{language}.ts").getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    ]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_command_line_says_counts_as_qt_does(qapp: QApplication, language: str) -> None:
    messages = _plural_messages(language)
    assert len(messages) > 60  # the window's and the core's
    ours = ts_translator(load_ts(translations_dir() / f"attache_{language}.ts"), language)
    install_translators(qapp, language)
    try:
        differ = [
            (context, source, n)
            for context, source in messages
            for n in COUNTS
            if ours(context, source, "", n) != QCoreApplication.translate(context, source, "", n)
        ]
    finally:
        install_translators(qapp, "en")
    assert differ == []


def test_the_core_says_one_and_many_in_both_languages(qapp: QApplication) -> None:
    """Through the window's translator (the core's messages use Qt's when the window runs)."""
    install_translators(qapp, "fr")
    try:
        said = [translate("Import", "%n contact(s) read from {file}", "", n) for n in (0, 1, 2)]
        assert said == [
            "0 contact lu dans {file}",
            "1 contact lu dans {file}",
            "2 contacts lus dans {file}",
        ]
    finally:
        install_translators(qapp, "en")
    said = [translate("Import", "%n contact(s) read from {file}", "", n) for n in (0, 1, 2)]
    assert said == [
        "0 contacts read from {file}",
        "1 contact read from {file}",
        "2 contacts read from {file}",
    ]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", ["1 contact lu dans liste.csv : 1 nouveau, 0 doublon, 0 erreur.", "1 créé"]),
        ("en", ["1 contact read from liste.csv: 1 new, 0 duplicates, 0 errors.", "1 created"]),
    ],
)
def test_attache_import_says_one_contact(
    cli: CliRunner, tmp_path: Path, language: str, expected: list[str]
) -> None:
    """The real command, in a child process, in each language."""
    listed = tmp_path / "liste.csv"
    listed.write_text("Prénom;Nom;Courriel\nMarie;Curie;marie@example.fr\n", encoding="utf-8")
    db = tmp_path / "t.db"
    env = {"ATTACHE_LANG": language}
    assert cli("--db", db, "init", env=env).returncode == 0
    dry = cli("--db", db, "import", listed, "--dry-run", env=env)
    assert dry.returncode == 0, dry.stderr
    assert expected[0] in dry.stdout, dry.stdout
    done = cli("--db", db, "import", listed, env=env)
    assert done.returncode == 0, done.stderr
    assert expected[1] in done.stdout, done.stdout
