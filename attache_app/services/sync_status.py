"""What the window shows of team sharing before any round: whether the database is
connected to a hub, and the :class:`Status` of the status bar.

Apart from :mod:`attache_app.services.sync` (which re-exports both) so that the window
starts without importing the sync engine, the merge and the HTTP client: most databases
are never connected to a hub.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from attache_app.storage import sync_state as state
from attache_app.storage.db import Store


@dataclass
class Status:
    connected: bool
    url: str = ""
    user: str = ""
    last_sync: str = ""
    last_error: str = ""
    waiting: int = 0
    """Local changes not sent yet (compared with the hub's version when there are at most
    :data:`attache_app.services.sync.WAITING_COMPARED` candidates of a kind, else an upper
    bound)."""
    conflicts: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def is_connected(store: Store) -> bool:
    """Whether the database is connected to a hub (one cheap look-up)."""
    return state.connected(store)
