"""Team sharing through a CouchDB hub: the use cases the CLI and the window call.

- :func:`connect` tests the address, the user and the password on the hub, remembers the
  connection in the database and the password in the system keyring (never in the
  database nor in the settings);
- :func:`sync` runs one round (pull, merge, push) and returns ``{"pushed", "pulled",
  "conflicts"}``; :func:`status` says when it last ran, what waits, and the last error;
- :func:`conflicts` lists what waits for a person (both values and who gave them);
  :func:`resolve` applies a choice, field by field or for the whole record.

The engine is :mod:`attache_app.sync.engine`; the protocol is described in docs/sync.md.
Every failure is an :class:`~attache_app.sync.hub.SyncError` (one sentence) and leaves the
local data as it was.
"""

from __future__ import annotations

import os
import uuid as uuidlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from attache_app.domain.enums import RecordKind
from attache_app.errors import AttacheError, NotFoundError
from attache_app.i18n import translate
from attache_app.importing.plan import apply_merge, merge_choices
from attache_app.services import privacy, programmes, records
from attache_app.services.sync_status import Status as Status
from attache_app.services.sync_status import is_connected as is_connected
from attache_app.storage import sync_state as state
from attache_app.storage.db import Store
from attache_app.storage.rows import update_row
from attache_app.sync import documents, engine, merge
from attache_app.sync.engine import BATCH, Round, RoundResult
from attache_app.sync.hub import DEFAULT_TIMEOUT, Hub, SyncError, clean_url

if TYPE_CHECKING:  # httpx itself is imported by the first Hub (sync/hub.py)
    import httpx

__all__ = [
    "ConflictView",
    "Connection",
    "Status",
    "SyncError",
    "conflicts",
    "connect",
    "password_for",
    "remember_password",
    "resolve",
    "status",
    "sync",
]  # fmt: skip

KEYRING_SERVICE = "Attaché sync"
WAITING_COMPARED = 2000
PASSWORD_VARIABLE = "ATTACHE_SYNC_PASSWORD"


# --- the password ----------------------------------------------------------------------------


def _keyring() -> Any:
    try:
        import keyring

        return keyring
    except Exception:  # not installed, or no backend on this desktop
        return None


def _account(url: str, user: str) -> str:
    return f"{user}@{url}"


def remember_password(url: str, user: str, password: str) -> bool:
    """Keep the password in the system keyring; False when there is no usable keyring."""
    ring = _keyring()
    if ring is None:
        return False
    try:
        ring.set_password(KEYRING_SERVICE, _account(url, user), password)
        return True
    except Exception:
        return False


def password_for(url: str, user: str) -> str | None:
    """The hub password: ``$ATTACHE_SYNC_PASSWORD``, else the keyring, else None."""
    if os.environ.get(PASSWORD_VARIABLE):
        return os.environ[PASSWORD_VARIABLE]
    ring = _keyring()
    if ring is None:
        return None
    try:
        found = ring.get_password(KEYRING_SERVICE, _account(url, user))
    except Exception:
        return None
    return str(found) if found else None


# --- connection --------------------------------------------------------------------------


@dataclass(frozen=True)
class Connection:
    url: str
    user: str
    desktop: str
    remembered: bool
    """Whether the password is in the system keyring."""
    records: int
    """Documents the hub's database holds."""


def _timeout() -> float:
    try:
        return float(os.environ.get("ATTACHE_SYNC_TIMEOUT", "") or DEFAULT_TIMEOUT)
    except ValueError:
        return DEFAULT_TIMEOUT


def _batch() -> int:
    """Documents per request and per transaction (``ATTACHE_SYNC_BATCH`` tunes it)."""
    try:
        return max(1, int(os.environ.get("ATTACHE_SYNC_BATCH", "") or BATCH))
    except ValueError:
        return BATCH


def connect(
    store: Store,
    url: str,
    user: str,
    password: str,
    *,
    timeout: float | None = None,
    transport: httpx.BaseTransport | None = None,
) -> Connection:
    """Test the connection, then remember it (another hub than before starts afresh)."""
    address = clean_url(url)
    with Hub(address, user, password, timeout=timeout or _timeout(), transport=transport) as hub:
        info = hub.info()
    with store.transaction():
        if state.get(store, "url") not in (None, address):
            state.forget_hub(store)
        state.put(store, "url", address)
        state.put(store, "user", user)
        if not state.get(store, "desktop"):
            state.put(store, "desktop", str(uuidlib.uuid4()))
        state.put(store, "last_error", "")
    remembered = remember_password(address, user, password)
    return Connection(
        address, user, str(state.get(store, "desktop")), remembered, int(info.get("doc_count", 0))
    )


def _connection(store: Store) -> tuple[str, str, str]:
    url, user = state.get(store, "url"), state.get(store, "user")
    if not url:
        raise SyncError(
            translate(
                "Sync",
                "This database is not connected to a hub: connect it first "
                "(attache sync connect URL --user NAME).",
            ),
            reason="usage",
        )
    return str(url), str(user or ""), str(state.get(store, "desktop") or "")


# --- a round -----------------------------------------------------------------------------


def sync(
    store: Store,
    *,
    password: str | None = None,
    timeout: float | None = None,
    transport: httpx.BaseTransport | None = None,
    batch: int | None = None,
    progress: Callable[[str, int], None] | None = None,
) -> RoundResult:
    """One round with the hub. A failure raises SyncError; what was pulled before it stays
    (each batch is whole, with its checkpoint), nothing half-written."""
    if store.readonly:
        raise AttacheError(translate("Sync", "The database is read-only: it cannot be synced."))
    url, user, desktop = _connection(store)
    secret = password if password is not None else password_for(url, user)
    if secret is None:
        raise SyncError(
            translate(
                "Sync",
                "No password is known for {user} on {url}: set ATTACHE_SYNC_PASSWORD or "
                "connect again.",
            ).format(user=user, url=url),
            reason="auth",
        )
    try:
        with Hub(url, user, secret, timeout=timeout or _timeout(), transport=transport) as hub:
            result = Round(
                store,
                hub,
                user=user,
                desktop=desktop,
                batch=batch or _batch(),
                progress=progress,
                erase=privacy.erase_person,
            ).run()
            hub.put_local(
                f"attache-{desktop}",
                {"since": state.get(store, "since", 0), "user": user, "at": store.now()},
            )
    except SyncError as error:
        with store.transaction():
            state.put(store, "last_error", str(error))
        raise
    with store.transaction():
        state.put(store, "last_sync", store.now())
        state.put(store, "last_error", "")
    return result


# --- status ------------------------------------------------------------------------------


def status(store: Store) -> Status:
    url = state.get(store, "url")
    if not url:
        return Status(connected=False)
    since = state.get(store, "scan_from", "")
    after = state.get(store, "journal_seq")  # where the last push stopped
    waiting = len(state.outbox(store))
    for kind in documents.KINDS:
        table = documents.SPECS[kind].table
        ids = set(state.unsent_ids(store, table, str(kind)))
        if since:
            ids |= set(state.changed_since_ids(store, table, since))
        if after is not None:
            ids |= set(state.journaled_ids(store, table, str(kind), after))
        # Compared with what the hub has when they are few (an edit undone does not wait).
        waiting += (
            len(ids) if len(ids) > WAITING_COMPARED else engine.waiting(store, kind, sorted(ids))
        )
        waiting += len(state.gone(store, table, str(kind)))
    return Status(
        connected=True,
        url=str(url),
        user=str(state.get(store, "user", "")),
        last_sync=str(state.get(store, "last_sync", "") or ""),
        last_error=str(state.get(store, "last_error", "") or ""),
        waiting=waiting,
        conflicts=state.conflict_count(store),
    )


# --- conflicts ---------------------------------------------------------------------------


@dataclass
class ConflictView:
    """The conflicts of one record: an id to resolve them by, and each field's values."""

    id: int
    kind: str
    uuid: str
    record_id: int | None
    record: str
    fields: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Field → entries {value, by, desktop, mine}; ``*deleted``: None = deleted;
    ``*duplicate``: the uuid of the look-alike person."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def conflicts(store: Store) -> list[ConflictView]:
    desktop = str(state.get(store, "desktop", "") or "")
    views: dict[str, ConflictView] = {}
    for item in state.all_conflicts(store):
        view = views.get(item.uuid)
        if view is None:
            kind = documents.kind_of(item.kind)
            record_id = documents.ids_of(store, kind, [item.uuid]).get(item.uuid)
            name = ""
            if record_id is not None:
                record = documents.get(store, kind, record_id)
                name = str(getattr(record, "display_name", "") or getattr(record, "title", ""))
            view = views[item.uuid] = ConflictView(item.id, item.kind, item.uuid, record_id, name)
        view.fields[item.field] = [e | {"mine": e.get("desktop") == desktop} for e in item.entries]
    return list(views.values())


def _chosen(entries: list[dict[str, Any]], keep: str, desktop: str) -> dict[str, Any] | None:
    mine = [e for e in entries if e.get("desktop") == desktop]
    theirs = [e for e in entries if e.get("desktop") != desktop]
    pick = mine if keep == "mine" else theirs
    return pick[-1] if pick else None


def resolve(store: Store, conflict_id: int, keep: str, only: str | None = None) -> ConflictView:
    """Choose for the record of conflict ``conflict_id``: ``keep`` is "mine" or "theirs"
    (for a duplicate also "both"); ``only`` limits the choice to one field. The choice is
    sent at the next round. Returns the record's conflicts before the choice."""
    view = next((v for v in conflicts(store) if v.id == conflict_id), None)
    if view is None:
        raise NotFoundError(translate("Sync", "There is no conflict {id}.").format(id=conflict_id))
    if only is not None and only not in view.fields:
        raise AttacheError(
            translate("Sync", "Conflict {id} has no field “{field}” (it has: {fields}).").format(
                id=conflict_id, field=only, fields=", ".join(view.fields)
            )
        )
    desktop = str(state.get(store, "desktop", "") or "")
    kind = documents.kind_of(view.kind)
    with store.transaction():
        current = state.conflicts_of(store, [view.uuid]).get(view.uuid, {})
        remaining = dict(current)
        changes: dict[str, Any] = {}
        delete = False
        for name in [only] if only else list(current):
            entries = current[name]
            if name == merge.DUPLICATE:
                _resolve_duplicate(store, view, entries, keep)
                remaining.pop(name, None)
                continue
            chosen = _chosen(entries, keep, desktop)
            if chosen is None:
                raise AttacheError(
                    translate(
                        "Sync",
                        "Conflict {id}: no value of “{field}” was given on this desktop; "
                        "choose theirs, or edit the record.",
                    ).format(id=conflict_id, field=name)
                    if keep == "mine"
                    else translate(
                        "Sync", "Conflict {id}: no colleague's value of “{field}”."
                    ).format(id=conflict_id, field=name)
                )
            remaining.pop(name)
            if name == merge.DELETED:
                delete = chosen.get("value") is None
            else:
                changes[name] = chosen.get("value")
        if view.record_id is not None and delete:
            state.set_conflicts(store, view.uuid, view.kind, {})
            documents.delete(store, kind, [view.record_id])
        elif view.record_id is not None:
            if changes:
                record = documents.get(store, kind, view.record_id)
                rebuilt, _missing = documents.build(store, kind, view.uuid, changes, record)
                documents.save(store, rebuilt)
            else:  # the record is sent again without the conflict
                update_row(store, documents.SPECS[kind].table, view.record_id, {})
            state.set_conflicts(store, view.uuid, view.kind, remaining)
    return view


def _resolve_duplicate(
    store: Store, view: ConflictView, entries: list[dict[str, Any]], keep: str
) -> None:
    """Two persons created separately for one: « both » keeps them apart; « mine » merges
    the colleague's person into the one of this desktop (field by field, like an import),
    « theirs » the other way round."""
    if keep == "both" or view.record_id is None:
        return
    others = documents.ids_of(store, RecordKind.PERSON, [str(e.get("value")) for e in entries])
    if not others:
        return
    incoming_id = view.record_id
    local_id = sorted(others.values())[0]
    keep_id, drop_id = (local_id, incoming_id) if keep == "mine" else (incoming_id, local_id)
    kept = records.get_person(store, keep_id)
    dropped = records.get_person(store, drop_id)
    merged = apply_merge(kept, dropped, merge_choices(kept, dropped))
    merged.share_paris = kept.share_paris or dropped.share_paris
    _move_links(store, drop_id, keep_id)
    records.delete(store, RecordKind.PERSON, [drop_id])
    records.save_person(store, merged)


_PERSON_LINKS = (
    (RecordKind.NOTE, "note_persons", "note_id"),
    (RecordKind.INTERACTION, "interaction_persons", "interaction_id"),
    (RecordKind.DEADLINE, "deadline_persons", "deadline_id"),
)


def _move_links(store: Store, drop_id: int, keep_id: int) -> None:
    """The notes, activities, deadlines and applications naming the person merged away
    name the kept one instead (saved through the services: journaled, and sent to the
    team at the next round like any edit)."""

    def swapped(ids: list[int]) -> list[int]:
        return sorted({keep_id if i == drop_id else i for i in ids})

    for kind, table, owner in _PERSON_LINKS:
        owners = [
            int(r[0])
            for r in store.execute(
                f"SELECT {owner} FROM {table} WHERE person_id = ? ORDER BY {owner}", (drop_id,)
            )
        ]
        for record in records.get_many(store, kind, owners):
            record.person_ids = swapped(list(record.person_ids))  # type: ignore[union-attr]
            records.save(store, record)
    applied = [
        int(r[0])
        for r in store.execute(
            "SELECT application_id FROM application_persons WHERE person_id = ? "
            "ORDER BY application_id",
            (drop_id,),
        )
    ]
    for application in programmes.applications(store, ids=applied):
        application.person_ids = swapped(application.person_ids)
        programmes.save_application(store, application)
