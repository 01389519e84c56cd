"""The command line of `attache-app` (no Qt: gui/launch.py reads it before importing Qt).

Read first without loading any translation (the start-up stays quick); only ``--help``
or a mistake in the arguments builds it again in the user's language (``--lang``, else
the environment's, else French), as `attache` says them."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from attache_app import __version__
from attache_app.i18n import language_of_command, translate, translate_argparse, use_ts_file


class _Mistake(Exception):
    """The arguments are wrong: say so in the user's language."""


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _Mistake(message)


def _parser(kind: type[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = kind(prog="attache-app", description="Attaché")
    parser.add_argument(
        "--db", type=Path, metavar="PATH", help=translate("AppCommandLine", "database file")
    )
    parser.add_argument(
        "--lang",
        choices=["fr", "en"],
        help=translate(
            "AppCommandLine", "language of the interface (default: the saved choice, French)"
        ),
    )
    parser.add_argument(
        "--screenshots",
        type=Path,
        metavar="DIR",
        help=translate("AppCommandLine", "save a PNG of each main view into DIR, then exit"),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"attache-app {__version__}",
        help=translate("AppCommandLine", "show the version number and exit"),
    )
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    args = list(argv)
    if "-h" not in args and "--help" not in args:
        try:
            return _parser(_QuietParser).parse_args(args)
        except _Mistake:
            pass
    use_ts_file(language_of_command(args))
    translate_argparse()
    return _parser(argparse.ArgumentParser).parse_args(args)  # prints, exits
