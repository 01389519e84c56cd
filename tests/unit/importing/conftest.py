"""Helpers for the import tests: the shared corpus, and files written on the fly."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from attache_app.domain.normalise import fold
from attache_app.storage import Store

CORPUS = Path(__file__).resolve().parents[2] / "data" / "contacts-corpus"
"""A byte-for-byte copy of ../shared/corpus/contacts (sources and licences in SOURCES.md)."""


def corpus_cases() -> list[tuple[str, dict[str, object]]]:
    expected = CORPUS / "expected.json"
    if not expected.exists():
        return []
    return list(json.loads(expected.read_text(encoding="utf-8")).items())


def squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text))


def tokens(text: str) -> list[str]:
    return sorted(t for t in re.split(r"[\s,]+", fold(text)) if t)


def same_name(expected: str, candidate: str) -> bool:
    """The same name, whatever the spacing, punctuation and order; a stored name may say
    more (a middle name the displayed name left out)."""
    return (
        squash(expected) == squash(candidate)
        or set(tokens(expected)) <= set(tokens(candidate)) != set()
    )


def names_in(store: Store) -> list[str]:
    """Every way the database spells its persons and organisations."""
    out: list[str] = []
    for civility, given, family, native in store.execute(
        "SELECT civility, given_name, family_name, native_name FROM persons"
    ):
        out.append(" ".join(p for p in (civility, given, family) if p))
        out.append(" ".join(p for p in (given, family) if p))
        out.append(native)
    out += [r[0] for r in store.execute("SELECT name FROM organisations")]
    return out


@pytest.fixture
def write(tmp_path: Path):  # type: ignore[no-untyped-def]
    """write(name, content) → path; str content is encoded with ``encoding``."""

    def _write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        return path

    return _write
