"""Passphrases on the command line: from ``ATTACHE_PASSPHRASE`` (and
``ATTACHE_NEW_PASSPHRASE`` for a new one), or asked without echo when a terminal is there;
and `attache encrypt`, `attache rekey`, `attache decrypt`."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from attache_app.cli import output
from attache_app.errors import AttacheError
from attache_app.i18n import translate
from attache_app.services import encryption
from attache_app.storage import crypto
from attache_app.storage.db import default_database_path


def _ask(prompt: str) -> str | None:
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(prompt)


def passphrase_for(path: Path) -> str | None:
    """The passphrase of an existing encrypted database, or None for a plain (or new) one."""
    if not crypto.looks_encrypted(path):
        return None
    given = os.environ.get("ATTACHE_PASSPHRASE")
    if given:
        return given
    return _ask(translate("CLI", "Passphrase of {path}: ").format(path=path.name))


def password_from(variable: str, prompt: str) -> str:
    """A password that exists already (of a file to read): from ``variable``, or typed."""
    given = os.environ.get(variable)
    if given:
        return given
    typed = _ask(prompt)
    if typed is None:
        raise AttacheError(
            translate("CLI", "Give the password in {variable}, or run in a terminal.").format(
                variable=variable
            )
        )
    return typed


def new_passphrase(variable: str) -> str:
    """A new passphrase: from ``variable``, or typed twice; a short one is refused (the
    same minimum everywhere)."""
    given = os.environ.get(variable)
    if given:
        return crypto.check_new_passphrase(given)
    first = _ask(
        translate("CLI", "New passphrase ({count} characters or more): ").format(
            count=crypto.MINIMUM_LENGTH
        )
    )
    if first is None:
        raise AttacheError(
            translate("CLI", "Give the new passphrase in {variable}, or run in a terminal.").format(
                variable=variable
            )
        )
    first = crypto.check_new_passphrase(first)
    again = _ask(translate("CLI", "The same again: "))
    if again is None or crypto.normalised(again) != first:
        raise AttacheError(translate("CLI", "The two passphrases differ; nothing was changed."))
    return first


def add_parsers(sub: Any) -> None:
    sub.add_parser(
        "encrypt",
        help=translate("CLI", "encrypt the database (new passphrase: ATTACHE_NEW_PASSPHRASE)"),
    )
    sub.add_parser(
        "rekey",
        help=translate("CLI", "change the passphrase (ATTACHE_PASSPHRASE, ATTACHE_NEW_PASSPHRASE)"),
    )
    p = sub.add_parser("decrypt", help=translate("CLI", "remove the encryption"))
    p.add_argument("--yes", action="store_true", help=translate("CLI", "yes, store it in clear"))


def _path(args: argparse.Namespace) -> Path:
    return Path(args.db if args.db is not None else default_database_path())


def _current(path: Path) -> str:
    passphrase = passphrase_for(path)
    if passphrase is None:
        raise AttacheError(
            translate("CLI", "Give the passphrase of {path} in ATTACHE_PASSPHRASE.").format(
                path=path
            )
        )
    return passphrase


def _done(converted: encryption.Converted, message: str) -> int:
    output.print_text(message)
    output.print_text(
        translate("CLI", "A safety copy was kept: {path}").format(path=converted.safety_copy)
    )
    if converted.plain_backups:
        count = len(converted.plain_backups)
        output.print_text(
            translate(
                "CLI",
                "%n earlier backup(s) not encrypted; delete them if they must not be read: {paths}",
                "",
                count,
            ).format(paths=", ".join(str(p) for p in converted.plain_backups))
        )
    return 0


def run_encrypt(args: argparse.Namespace) -> int:
    path = _path(args)
    if not path.is_file():
        raise AttacheError(translate("CLI", "There is no database at {path}.").format(path=path))
    converted = encryption.encrypt(path, new_passphrase("ATTACHE_NEW_PASSPHRASE"))
    return _done(converted, translate("CLI", "{path} is now encrypted.").format(path=path))


def run_rekey(args: argparse.Namespace) -> int:
    path = _path(args)
    converted = encryption.rekey(path, _current(path), new_passphrase("ATTACHE_NEW_PASSPHRASE"))
    return _done(converted, translate("CLI", "The passphrase of {path} was changed.").format(
        path=path
    ))  # fmt: skip


def run_decrypt(args: argparse.Namespace) -> int:
    path = _path(args)
    if not args.yes:
        raise AttacheError(
            translate("CLI", "Decrypting stores every record in clear: add --yes to confirm.")
        )
    converted = encryption.decrypt(path, _current(path))
    return _done(converted, translate("CLI", "{path} is no longer encrypted.").format(path=path))
