"""The post's settings, stored in the database they describe."""

from __future__ import annotations

import json
from dataclasses import fields

from attache_app.domain.models import PostSettings
from attache_app.storage.db import Store


def load_settings(store: Store) -> PostSettings:
    values = {
        row["key"]: json.loads(row["value"])
        for row in store.query("SELECT key, value FROM settings")
    }
    known = {f.name for f in fields(PostSettings)}
    return PostSettings(**{k: v for k, v in values.items() if k in known})


def save_settings(store: Store, settings: PostSettings) -> None:
    now = store.now()
    with store.transaction():
        for key, value in settings.to_dict().items():
            store.execute(
                "INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                "updated_at = excluded.updated_at WHERE settings.value != excluded.value",
                (key, json.dumps(value, ensure_ascii=False), now, now),
            )


def put_value(store: Store, key: str, value: str) -> None:
    """Keep one stored value (a saved mapping, a report's highlights) under ``key``, as
    text already encoded (JSON)."""
    now = store.now()
    with store.transaction():
        store.execute(
            "INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
            "updated_at = excluded.updated_at WHERE settings.value != excluded.value",
            (key, value, now, now),
        )


def delete_value(store: Store, key: str) -> None:
    with store.transaction():
        store.execute("DELETE FROM settings WHERE key = ?", (key,))


def is_configured(store: Store) -> bool:
    return bool(store.scalar("SELECT count(*) FROM settings WHERE key = 'post_name'"))
