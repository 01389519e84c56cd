"""The command line of `attache-app` (no Qt: gui/launch.py reads it before importing Qt)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from attache_app import __version__


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="attache-app", description="Attaché")
    parser.add_argument("--db", type=Path, help="database file")
    parser.add_argument(
        "--lang",
        choices=["fr", "en"],
        help="language of the interface (default: the saved choice, French)",
    )
    parser.add_argument(
        "--screenshots",
        type=Path,
        metavar="DIR",
        help="save a PNG of each main view into DIR, then exit",
    )
    parser.add_argument("--version", action="version", version=f"attache-app {__version__}")
    return parser.parse_args(list(argv))
