"""Fuzzing the readers of shared contact lists — CSV, .xlsx, vCard — for a set time.

Not run by default (marker ``fuzz``):

    .venv/bin/python -m pytest -m fuzz tests/fuzz             (60 s per reader)
    ATTACHE_FUZZ_SECONDS=600 .venv/bin/python -m pytest -m fuzz tests/fuzz

Hypothesis mutates real files from the corpus (tests/data/contacts-corpus: Outlook, Google,
Thunderbird, phones…) — flipped, inserted and deleted bytes, cut files, and for .xlsx the
XML parts inside the zip — batch after batch until the time is spent, shrinking any failure
to a small input. The only failure allowed is the documented one: ``ImportFileError`` (a
sentence naming the file); whatever is read must also go through the duplicate search and
preview without any other exception. With atheris installed (``pip install atheris``), a
coverage-guided run over the same readers follows (tests/fuzz/atheris_readers.py).
"""

from __future__ import annotations

import importlib.util
import io
import os
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attache_app.importing.contact import ImportFileError
from attache_app.importing.reading import read_file
from attache_app.services import imports
from attache_app.storage import Store, open_store

pytestmark = pytest.mark.fuzz

CORPUS = Path(__file__).resolve().parents[1] / "data" / "contacts-corpus"
SECONDS = float(os.environ.get("ATTACHE_FUZZ_SECONDS", "60"))


def seeds(*suffixes: str) -> list[bytes]:
    return [
        p.read_bytes()
        for p in sorted(CORPUS.rglob("*"))
        if p.suffix.lower() in suffixes and p.stat().st_size < 200_000
    ]


def xlsx_seed() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Liste des contacts — SST Taipei"])
    ws.append([])
    ws.append(["Prénom", "Nom", "Courriel", "Téléphone", "Organisme", "Date"])
    ws.append(["Chih-Ming", "陳", "cm.chen@itri.org.tw", "+886 3 582 0100", "ITRI", "2026-03-01"])
    ws.append(["Hélène", "LEFÈVRE", "h.lefevre@cnrs.fr", "01 44 96 40 00", "CNRS", None])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


MUTATION = st.tuples(
    st.sampled_from(["flip", "insert", "delete", "cut"]),
    st.integers(0, 1 << 20),
    st.binary(min_size=1, max_size=8),
)


def mutate(data: bytes, mutations: list[tuple[str, int, bytes]]) -> bytes:
    buffer = bytearray(data)
    for operation, position, payload in mutations:
        at = position % (len(buffer) + 1)
        if operation == "flip" and buffer:
            at = min(at, len(buffer) - 1)
            buffer[at] ^= payload[0] or 0xFF
        elif operation == "insert":
            buffer[at:at] = payload
        elif operation == "delete":
            del buffer[at : at + len(payload)]
        elif operation == "cut":
            del buffer[at:]
    return bytes(buffer)


def mutate_inside_zip(data: bytes, member: int, mutations: list[tuple[str, int, bytes]]) -> bytes:
    """Mutate one XML part of a workbook and zip it again (the zip itself stays valid, so
    the reader's XML handling is what is fuzzed)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    target = names[member % len(names)]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for name in names:
            part = source.read(name)
            copy.writestr(name, mutate(part, mutations) if name == target else part)
    return out.getvalue()


class Checker:
    """Read one input; only ImportFileError may come out, and what is read must preview."""

    def __init__(self, folder: Path, store: Store) -> None:
        self.folder = folder
        self.store = store
        self.count = 0

    def __call__(self, name: str, data: bytes) -> None:
        self.count += 1
        path = self.folder / name
        path.write_bytes(data)
        try:
            source = read_file(path)
        except ImportFileError as error:
            assert str(error).startswith(name), str(error)
            return
        try:
            imports.preview(self.store, source)
        except ImportFileError as error:
            assert str(error).startswith(name), str(error)


def fuzz_for(seconds: float, batch: Callable[[], None]) -> int:
    """Run hypothesis batches (fresh random inputs each) until ``seconds`` are spent."""
    end = time.monotonic() + seconds
    batches = 0
    while time.monotonic() < end:
        batch()
        batches += 1
    return batches


FUZZ = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture
def checker(tmp_path: Path) -> Checker:
    store = open_store(tmp_path / "post.db", create=True, auto_backup=False)
    return Checker(tmp_path, store)


def test_fuzz_csv_reader(checker: Checker) -> None:
    corpus = seeds(".csv", ".txt", ".tsv")
    assert len(corpus) >= 10

    @FUZZ
    @given(seed=st.sampled_from(corpus), mutations=st.lists(MUTATION, max_size=12))
    def batch(seed: bytes, mutations: list[tuple[str, int, bytes]]) -> None:
        checker("list.csv", mutate(seed, mutations))

    @FUZZ
    @given(data=st.binary(max_size=4096))
    def raw(data: bytes) -> None:
        checker("raw.csv", data)

    fuzz_for(SECONDS * 0.8, batch)
    fuzz_for(SECONDS * 0.2, raw)
    assert checker.count > 0


def test_fuzz_xlsx_reader(checker: Checker) -> None:
    seed = xlsx_seed()

    @FUZZ
    @given(member=st.integers(0, 20), mutations=st.lists(MUTATION, min_size=1, max_size=8))
    def inside(member: int, mutations: list[tuple[str, int, bytes]]) -> None:
        checker("classeur.xlsx", mutate_inside_zip(seed, member, mutations))

    @FUZZ
    @given(mutations=st.lists(MUTATION, min_size=1, max_size=6))
    def outside(mutations: list[tuple[str, int, bytes]]) -> None:
        checker("classeur.xlsx", mutate(seed, mutations))

    fuzz_for(SECONDS * 0.7, inside)
    fuzz_for(SECONDS * 0.3, outside)
    assert checker.count > 0


def test_fuzz_vcard_reader(checker: Checker) -> None:
    corpus = seeds(".vcf")
    assert len(corpus) >= 30

    @FUZZ
    @given(seed=st.sampled_from(corpus), mutations=st.lists(MUTATION, max_size=12))
    def batch(seed: bytes, mutations: list[tuple[str, int, bytes]]) -> None:
        checker("cartes.vcf", mutate(seed, mutations))

    fuzz_for(SECONDS, batch)
    assert checker.count > 0


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None, reason="atheris is not installed")
def test_atheris_coverage_guided(tmp_path: Path) -> None:
    script = Path(__file__).with_name("atheris_readers.py")
    result = subprocess.run(
        [sys.executable, str(script), f"-max_total_time={int(SECONDS)}", "-rss_limit_mb=4096"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=SECONDS * 3 + 120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
