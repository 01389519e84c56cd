"""The `attache` command: a thin layer over the services, for people and for scripts.

Every error is one sentence on standard error and a non-zero exit status: 1 for a problem
with the data or the database, 2 for a command typed wrong, 70 for a bug (whose details go
to a log file, never to the terminal).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from attache_app import __version__
from attache_app.domain.enums import RecordKind
from attache_app.errors import AttacheError, ValidationError
from attache_app.i18n import (
    language_of_command,
    translate,
    translate_argparse,
    use_ts_file,
)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_BUG = 70

ADD_KINDS = [kind.value for kind in RecordKind]
"""The kinds `add`, `update`, `show` and `delete` know (``cli/kinds.py`` has each one's
options and table)."""
LIST_KINDS = [f"{word}s" for word in ADD_KINDS]


class _Parser(argparse.ArgumentParser):
    """argparse that reports a mistyped command in one line (exit 2), without a traceback."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(
            EXIT_USAGE,
            f"{self.prog}: {message}\n"
            + translate("CLI", "Try “{prog} --help”.").format(prog=self.prog)
            + "\n",
        )


def build_parser() -> argparse.ArgumentParser:
    from attache_app.cli.kinds import add_options

    translate_argparse()  # argparse's own words (usage, options, its errors) translated too

    parser = _Parser(
        prog="attache",
        description=translate(
            "CLI", "Attaché: contacts, technology watch and programme deadlines."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"attache {__version__}",
        help=translate("CLI", "show the version number and exit"),
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        type=Path,
        help=translate("CLI", "database file (default: $ATTACHE_DB, or the user's data folder)"),
    )
    parser.add_argument(
        "--lang",
        choices=["fr", "en"],
        help=translate("CLI", "language of messages (default: from the environment)"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    p = sub.add_parser("init", help=translate("CLI", "create an empty database"))
    p.add_argument(
        "--encrypt",
        action="store_true",
        help=translate("CLI", "encrypt it (passphrase from ATTACHE_PASSPHRASE, or asked twice)"),
    )
    p.add_argument("--post-name", dest="post_name", help=translate("CLI", "name of the post"))
    p.add_argument("--country", help=translate("CLI", "country of the post (TW, JP…)"))
    p.add_argument("--timezone", help=translate("CLI", "time zone of the post (Asia/Taipei…)"))
    p.add_argument(
        "--phone-region",
        dest="phone_region",
        help=translate("CLI", "default region of phone numbers (TW…)"),
    )
    p.add_argument("--author", help=translate("CLI", "author of the reports"))

    sub.add_parser(
        "demo", help=translate("CLI", "load the example post (Taipei) into an empty database")
    )

    p = sub.add_parser("stats", help=translate("CLI", "count the records"))
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("search", help=translate("CLI", "search every kind of record"))
    p.add_argument("query", nargs="+")
    p.add_argument(
        "--kind",
        action="append",
        choices=LIST_KINDS + ADD_KINDS,
        help=translate("CLI", "only this kind, repeatable"),
    )
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("list", help=translate("CLI", "list the records of one kind"))
    p.add_argument("kind", choices=LIST_KINDS)
    p.add_argument("--limit", type=int)
    p.add_argument("--tag", help=translate("CLI", "persons or organisations with this tag"))
    p.add_argument("--country", help=translate("CLI", "persons or organisations of this country"))
    p.add_argument("--status", help=translate("CLI", "notes or deadlines with this status"))
    p.add_argument(
        "--filter",
        dest="text",
        metavar="TEXT",
        help=translate(
            "CLI", "only the records matching these words (any spelling), whole names first"
        ),
    )
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("show", help=translate("CLI", "show one record"))
    p.add_argument("kind", choices=ADD_KINDS)
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")

    add = sub.add_parser("add", help=translate("CLI", "add a record"))
    add_sub = add.add_subparsers(dest="record_kind", metavar="KIND", parser_class=_Parser)
    add_sub.required = True
    update = sub.add_parser("update", help=translate("CLI", "change fields of a record"))
    update_sub = update.add_subparsers(dest="record_kind", metavar="KIND", parser_class=_Parser)
    update_sub.required = True
    for word in ADD_KINDS:
        kind = RecordKind(word)
        a = add_sub.add_parser(word, help=kind.label)
        add_options(kind, a)
        a.add_argument("--json", action="store_true")
        u = update_sub.add_parser(word, help=kind.label)
        u.add_argument("id", type=int)
        add_options(kind, u)
        u.add_argument("--json", action="store_true")

    p = sub.add_parser("delete", help=translate("CLI", "delete records"))
    p.add_argument("kind", choices=ADD_KINDS)
    p.add_argument("ids", type=int, nargs="+")
    p.add_argument("--yes", action="store_true", help=translate("CLI", "confirm the deletion"))

    p = sub.add_parser(
        "tag", help=translate("CLI", "add or remove tags on persons or organisations")
    )
    p.add_argument("kind", choices=["person", "organisation"])
    p.add_argument("ids", type=int, nargs="+")
    p.add_argument("--add", action="append", default=[])
    p.add_argument("--remove", action="append", default=[])

    p = sub.add_parser("deadlines", help=translate("CLI", "deadlines in Paris and post time"))
    p.add_argument(
        "--upcoming",
        type=int,
        metavar="DAYS",
        help=translate("CLI", "only those of the next DAYS days"),
    )
    p.add_argument(
        "--post-tz",
        dest="post_tz",
        metavar="ZONE",
        help=translate("CLI", "time zone of the post (default: the post's setting)"),
    )
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("config", help=translate("CLI", "show or change the post's settings"))
    p.add_argument("key", nargs="?")
    p.add_argument("value", nargs="?")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("backup", help=translate("CLI", "back the database up"))
    p.add_argument(
        "dest",
        nargs="?",
        type=Path,
        help=translate("CLI", "file or folder (default: the backups folder)"),
    )

    p = sub.add_parser("restore", help=translate("CLI", "replace the database by a backup"))
    p.add_argument("backup", type=Path)
    p.add_argument("--yes", action="store_true", help=translate("CLI", "confirm the restore"))

    p = sub.add_parser("check", help=translate("CLI", "check integrity, links and search index"))
    p.add_argument("--json", action="store_true")

    from attache_app.cli import (
        consolidating,
        exporting,
        handover,
        history,
        importing,
        privacy,
        programmes,
        secrets,
        sync,
    )

    importing.add_parsers(sub)
    exporting.add_parsers(sub, _Parser)
    handover.add_parsers(sub)
    consolidating.add_parsers(sub)
    programmes.add_parsers(sub)
    privacy.add_parsers(sub, _Parser)
    secrets.add_parsers(sub)
    history.add_parsers(sub)
    sync.add_parsers(sub, _Parser)
    return parser


def _log_bug() -> Path | None:
    """Write the traceback of an unexpected error to a log file; return its path."""
    from platformdirs import user_log_dir

    with contextlib.suppress(OSError):
        folder = Path(user_log_dir("Attache", appauthor=False))
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "attache-cli.log"
        with path.open("a", encoding="utf-8") as handle:
            handle.write(traceback.format_exc() + "\n")
        return path
    return None


def _error_text(error: AttacheError) -> str:
    if isinstance(error, ValidationError):
        return " ".join(e.message for e in error.errors)
    return str(error)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    use_ts_file(language_of_command(args_list))
    logging.basicConfig(level=logging.WARNING)
    parser = build_parser()
    database: Path | None = None
    try:
        args = parser.parse_args(args_list)
        database = getattr(args, "db", None)
        from attache_app.cli.commands import run
        from attache_app.tempfiles import use_private_temp

        use_private_temp()  # exports' temporary files: private, and cleaned after a crash

        return run(args)
    except AttacheError as error:
        from attache_app.domain.controls import escape_controls

        # The sentence may quote the file or stored data: nothing in it may drive the terminal.
        sys.stderr.write(f"attache: {escape_controls(_error_text(error))}\n")
        return error.exit_code
    except _db_errors() as error:  # an SQLite error a service did not turn into a sentence
        from attache_app.storage import default_database_path
        from attache_app.storage.sqlite_errors import database_error

        sentence = database_error(error, database or default_database_path())
        sys.stderr.write(f"attache: {_error_text(sentence)}\n")
        return sentence.exit_code
    except KeyboardInterrupt:
        sys.stderr.write(translate("CLI", "attache: interrupted; nothing was half-written.") + "\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception:
        log = _log_bug()
        sys.stderr.write(
            translate(
                "CLI", "attache: an unexpected error happened (a bug). Details: {log}"
            ).format(log=log or "—")
            + "\n"
        )
        return EXIT_BUG


def _db_errors() -> tuple[type[Exception], ...]:
    """SQLite's exceptions (both libraries), imported only when an error is being handled."""
    from attache_app.storage.sqlite_errors import DB_ERRORS

    return DB_ERRORS


if __name__ == "__main__":
    sys.exit(main())
