"""`attache-app` (and `python -m attache_app`): read the command line, start deriving the
key of an encrypted database on another core, then import Qt and start the window
(:func:`attache_app.gui.app.run`).

Importing PySide6 takes about 80 ms; the key's derivation (PBKDF2, ≈ 100 ms of processor
time, the GIL released) begins before it, so that the key is there when the window opens
the database. This module imports neither Qt nor the core.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from attache_app.gui.command_line import parse_args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from attache_app.gui.unlock import EarlyUnlock

    early = None if args.screenshots else EarlyUnlock(args.db)
    from attache_app.gui import app

    return app.run(args, early)
