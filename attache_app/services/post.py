"""The post's settings (name, country, time zone, phone region, author, backups)."""

from __future__ import annotations

import dataclasses
from typing import Any

from attache_app.domain import validation
from attache_app.domain.models import PostSettings
from attache_app.errors import FieldError, ValidationError
from attache_app.i18n import translate
from attache_app.storage.db import Store
from attache_app.storage.settings import is_configured, load_settings, save_settings

__all__ = ["get_settings", "is_configured", "update_settings"]


def get_settings(store: Store) -> PostSettings:
    return load_settings(store)


def update_settings(store: Store, **changes: Any) -> PostSettings:
    """Change some settings; every value is validated before anything is written."""
    current = load_settings(store)
    known = {f.name: f for f in dataclasses.fields(PostSettings)}
    unknown = [k for k in changes if k not in known]
    if unknown:
        raise ValidationError(
            [
                FieldError(
                    k,
                    translate("Settings", "“{key}” is not a setting; settings are: {keys}.").format(
                        key=k, keys=", ".join(known)
                    ),
                )
                for k in unknown
            ]
        )
    clean: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "backup_keep":
            try:
                clean[key] = int(value)
            except (TypeError, ValueError):
                raise ValidationError(
                    [
                        FieldError(
                            key,
                            translate("Settings", "“{value}” is not a whole number.").format(
                                value=value
                            ),
                        )
                    ]
                ) from None
        elif key in {"country", "phone_region"}:
            clean[key] = str(value).strip().upper()
        else:
            clean[key] = str(value).strip()
    updated = dataclasses.replace(current, **clean)
    validation.validate_settings(updated)
    save_settings(store, updated)
    return updated
