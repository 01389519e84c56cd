"""argparse's own words — the help's headings, a mistyped command's sentence — in the
interface's language, through the real command (``i18n.translate_argparse``). The oracle for
"nothing left in English" is argparse's own source: every message it passes to gettext."""

from __future__ import annotations

import argparse
import ast
import os
import re
import subprocess
from pathlib import Path

import pytest

from attache_app.i18n import ARGPARSE_MESSAGES, load_ts
from tests.conftest import BIN, CliRunner

ROOT = Path(__file__).resolve().parents[2]


def _argparse_messages() -> set[str]:
    """Every literal argparse passes to ``_()`` or ``ngettext()`` (both forms)."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("_", "ngettext")
        ):
            found.update(
                a.value
                for a in node.args
                if isinstance(a, ast.Constant) and isinstance(a.value, str)
            )
    return found


def _english_fragments() -> list[str]:
    """The English phrases of argparse's messages (their %-fields taken out; two words at
    least: « options », « argument » are French too) missing from their translations."""
    table = load_ts(ROOT / "resources" / "translations" / "attache_fr.ts")
    found = []
    for message in ARGPARSE_MESSAGES:
        french = table[("argparse", message)]
        assert isinstance(french, str)
        assert french != message or message == "options"
        for part in re.split(r"%\(\w+\)[sr]|%[sr]", message):
            if " " in part.strip() and part.strip() not in french:
                found.append(part.strip())
    return found


def test_every_listed_message_is_one_argparse_says() -> None:
    """A newer Python rewording a message would leave our translation unused: caught here."""
    assert set(ARGPARSE_MESSAGES) <= _argparse_messages()


MISTAKES = [
    ["list"],  # a required argument missing
    ["list", "personnes"],  # an invalid choice
    ["list", "persons", "--limit", "x"],  # an invalid value
    ["list", "persons", "--bogus"],  # an unknown option
    ["import"],
    ["search"],
    ["--lang"],  # an option without its value
    ["show", "person"],
]


@pytest.mark.parametrize("args", MISTAKES, ids=" ".join)
def test_a_mistyped_command_is_told_in_french(
    cli: CliRunner, tmp_path: Path, args: list[str]
) -> None:
    result = cli("--db", tmp_path / "x.db", *args, env={"ATTACHE_LANG": "fr"})
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2, result.stderr
    assert lines[1].startswith("Essayez « attache")
    english = [f for f in _english_fragments() if f in lines[0]]
    assert english == [], result.stderr


def test_the_same_mistakes_in_english(cli: CliRunner, tmp_path: Path) -> None:
    result = cli("--db", tmp_path / "x.db", "--lang", "en", "list")
    assert result.returncode == 2
    assert "the following arguments are required: kind" in result.stderr
    assert "Try “attache list --help”." in result.stderr


def test_the_help_is_french_and_english(cli: CliRunner) -> None:
    french = cli("--help", env={"ATTACHE_LANG": "fr"}).stdout
    assert french.startswith("utilisation : attache")
    assert "afficher cette aide et quitter" in french
    assert "afficher le numéro de version et quitter" in french
    for english in ("usage:", "positional arguments", "show this help message", "show program"):
        assert english not in french, english
    imports = cli("import", "--help", env={"ATTACHE_LANG": "fr"}).stdout
    assert imports.startswith("utilisation : attache import")
    assert "show this help message" not in imports
    assert cli("--lang", "en", "--help").stdout.startswith("usage: attache")


def _app(*args: str, language: str = "fr") -> subprocess.CompletedProcess[str]:
    """`attache-app`'s command line through its real entry point: only ``--help`` and
    mistakes, which end before Qt starts."""
    return subprocess.run(
        [str(BIN / "attache-app"), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "ATTACHE_LANG": language},
        check=False,
    )


def test_the_window_command_line_speaks_the_same_language() -> None:
    help_text = _app("--help").stdout
    assert help_text.startswith("utilisation : attache-app")
    assert "fichier de la base" in help_text
    assert "afficher cette aide et quitter" in help_text
    assert "show this help message" not in help_text
    mistake = _app("--lang", "de")
    assert mistake.returncode == 2
    assert "attache-app : erreur : argument --lang : choix invalide : 'de'" in mistake.stderr
    assert _app("--bogus", language="en").stderr.splitlines()[-1] == (
        "attache-app: error: unrecognized arguments: --bogus"
    )
    assert _app("--lang", "en", "--help").stdout.startswith("usage: attache-app")
