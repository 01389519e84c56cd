"""The command line's side of the registry of record kinds (``domain/kinds.py``): for each
kind, its options of `add` and `update`, how a record is built from them, and how it shows
in the table of `list`. The kinds `add` knows are this table's keys, in its order."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from attache_app.cli import records as cli_records
from attache_app.cli import views
from attache_app.domain.enums import RecordKind
from attache_app.services.records import Record
from attache_app.storage.db import Store


@dataclass(frozen=True)
class CliKind:
    options: Callable[[argparse.ArgumentParser], None]
    """Adds the options of `add KIND` and `update KIND ID` (unset means unchanged)."""
    build: Callable[[Store, argparse.Namespace, Record | None], Record]
    """A record from the options given, on top of the record updated (or a new one)."""
    headers: Callable[[], list[str]]
    """The headers of the table of `list KIND`, in the language of the moment."""
    row: Callable[[Any], list[Any]]
    """A record's row in that table."""


CLI_KINDS: dict[RecordKind, CliKind] = {
    RecordKind.PERSON: CliKind(
        cli_records.person_options, cli_records.build_person, views.person_headers,
        views.person_row,
    ),
    RecordKind.ORGANISATION: CliKind(
        cli_records.organisation_options, cli_records.build_organisation,
        views.organisation_headers, views.organisation_row,
    ),
    RecordKind.NOTE: CliKind(
        cli_records.note_options, cli_records.build_note, views.note_headers, views.note_row
    ),
    RecordKind.INTERACTION: CliKind(
        cli_records.interaction_options, cli_records.build_interaction,
        views.interaction_headers, views.interaction_row,
    ),
    RecordKind.PROGRAMME: CliKind(
        cli_records.programme_options, cli_records.build_programme, views.programme_headers,
        views.programme_row,
    ),
    RecordKind.DEADLINE: CliKind(
        cli_records.deadline_options, cli_records.build_deadline, views.deadline_headers,
        views.deadline_row,
    ),
}  # fmt: skip


def table(kind: RecordKind, found: Any) -> tuple[list[str], list[list[Any]]]:
    """The headers and rows of ``found`` (records of ``kind``) for `list`."""
    view = CLI_KINDS[kind]
    return view.headers(), [view.row(record) for record in found]


def add_options(kind: RecordKind, parser: argparse.ArgumentParser) -> None:
    """The options of `add KIND` and `update KIND ID`, with « Partager avec Paris »."""
    CLI_KINDS[kind].options(parser)
    cli_records.add_share_option(parser)


def build(kind: RecordKind, store: Store, args: argparse.Namespace, base: Record | None) -> Record:
    """A record of ``kind`` from the options given, on top of ``base`` (for `update`)."""
    record = CLI_KINDS[kind].build(store, args, base)
    if getattr(args, "share_paris", None) is not None:
        record = dataclasses.replace(record, share_paris=args.share_paris)
    return record
