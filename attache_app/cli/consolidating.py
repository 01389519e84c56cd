"""`attache consolidate REPORT.xlsx… -o RESEAU.xlsx`: the network's view, for Paris.

No database is needed: the desk officer reads the reports the posts sent.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from attache_app.cli import output
from attache_app.i18n import translate
from attache_app.services import exports


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "consolidate",
        help=translate("CLI", "put the reports of several posts side by side (no database)"),
    )
    p.add_argument("reports", nargs="+", type=Path, metavar="REPORT.xlsx")
    p.add_argument(
        "-o", "--out", type=Path, required=True, help=translate("CLI", "the workbook to write")
    )
    p.add_argument(
        "--password",
        action="store_true",
        help=translate(
            "CLI", "the reports are protected by a password (ATTACHE_REPORT_PASSWORD, or asked)"
        ),
    )
    p.add_argument("--json", action="store_true")


def _password(args: argparse.Namespace) -> str | None:
    if not args.password:
        return None
    from attache_app.cli.secrets import password_from

    return password_from("ATTACHE_REPORT_PASSWORD", translate("CLI", "Password of the reports: "))


def run_consolidate(args: argparse.Namespace) -> int:
    written = exports.consolidate_reports(args.reports, args.out, password=_password(args))
    details = written.details
    for problem in [*details["duplicates"], *details["skipped"]]:
        output.print_error(problem["reason"])
    if args.json:
        output.print_json(written.to_dict())
    else:
        message = (
            translate("CLI", "Consolidated 1 report into {file}.")
            if written.count == 1
            else translate("CLI", "Consolidated {count} reports into {file}.")
        )
        output.print_text(message.format(count=written.count, file=args.out))
    return 0
