"""Conversions are exclusive and lossless: an import of 300 rows by a second `attache`
process races `attache encrypt`, `rekey`, `decrypt` and `restore`, started at moments
spread over the import's run. Every time, the import either wrote all its rows and they
are in the result (for a restore: in the result or in its safety copy), or it was refused
with one sentence and wrote nothing; the database opens with exactly the passphrase it
should have (the new one, never the old one) and `attache check` passes.

ATTACHE_RACE_RUNS sets how many races per conversion (default 3; the issue's measure is
40). The moments are spread evenly from before the import starts to past its end, so that
every run sees conversions before, during and after its write.
"""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import sqlite3
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

from attache_app.storage import backup, crypto, open_store
from tests.conftest import BIN

RUNS = int(os.environ.get("ATTACHE_RACE_RUNS", "3"))
ROWS = 300
OLD = "l'ancienne phrase secrète"
NEW = "la nouvelle phrase secrète"


def _env(**values: str | None) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("ATTACHE_PASSPHRASE", "ATTACHE_NEW_PASSPHRASE")
    }
    env.update({k: v for k, v in values.items() if v is not None})
    return env


def _cli(*args: object, **env: str | None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "attache"), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env=_env(**env),
        check=False,
    )


def _contact_list(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(["Prénom", "Nom", "Courriel", "Société"])
        for i in range(ROWS):
            writer.writerow([f"Lin{i}", f"Racer{i}", f"racer{i}@example.org", "Race Lab"])
    return path


def _start(args: list[object], env: dict[str, str | None]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(BIN / "attache"), *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(**env),
    )


def _rows(db: Path, passphrase: str | None, *, check: bool = False) -> int:
    """The imported rows in ``db``, opened with exactly ``passphrase`` (or plain); with
    ``check``, what `attache check` checks passes too (integrity, index, schema)."""
    with open_store(db, passphrase=passphrase, auto_backup=False, readonly=not check) as store:
        if check:
            report = backup.check(store)
            assert report.ok, report.problems
        return int(store.scalar("SELECT count(*) FROM persons WHERE family_name LIKE 'Racer%'"))


def _opens_only_with(db: Path, passphrase: str | None, other: str | None) -> None:
    """The file opens with ``passphrase`` (None: it is plain) and not with ``other``."""
    if passphrase is None:
        assert crypto.is_plain_sqlite(db)
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
        conn.execute("SELECT count(*) FROM persons").fetchone()
        conn.close()
        return
    assert not crypto.is_plain_sqlite(db)
    crypto.unlock(db, passphrase).wipe()
    if other is not None:
        with pytest.raises(Exception, match="passphrase does not open"):
            crypto.unlock(db, other)


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A plain post, the same encrypted with OLD, and a backup of each."""
    root = tmp_path_factory.mktemp("race-templates")
    plain = root / "plain" / "post.db"
    plain.parent.mkdir()
    assert _cli("--db", plain, "demo").returncode == 0
    secret = root / "secret" / "post.db"
    secret.parent.mkdir()
    shutil.copy(plain, secret)
    done = _cli("--db", secret, "encrypt", ATTACHE_NEW_PASSPHRASE=OLD)
    assert done.returncode == 0, done.stderr
    shutil.rmtree(secret.parent / "backups")
    for db, passphrase in ((plain, None), (secret, OLD)):
        made = _cli("--db", db, "backup", db.parent / "snapshot.db", ATTACHE_PASSPHRASE=passphrase)
        assert made.returncode == 0, made.stderr
    return {"plain": plain, "secret": secret}


CASES = {
    # conversion: (template, command, passphrase before, passphrase after)
    "encrypt": ("plain", ["encrypt"], None, NEW),
    "rekey": ("secret", ["rekey"], OLD, NEW),
    "decrypt": ("secret", ["decrypt", "--yes"], OLD, None),
    "restore": ("plain", ["restore", "{snapshot}", "--yes"], None, None),
}


def _import_duration(db: Path, contacts: Path, passphrase: str | None) -> float:
    started = time.perf_counter()
    result = _cli("--db", db, "import", contacts, "--json", ATTACHE_PASSPHRASE=passphrase)
    assert result.returncode == 0, result.stderr
    return time.perf_counter() - started


@pytest.mark.slow
@pytest.mark.parametrize("conversion", list(CASES))
def test_an_import_racing_a_conversion_is_never_lost(
    tmp_path: Path, templates: dict[str, Path], conversion: str
) -> None:
    template, command, before, after = CASES[conversion]
    contacts = _contact_list(tmp_path / "contacts.csv")
    probe = tmp_path / "probe" / "post.db"
    shutil.copytree(templates[template].parent, probe.parent)
    duration = _import_duration(probe, contacts, before)
    outcomes: Counter[str] = Counter()
    rng = random.Random(conversion)
    for number in range(RUNS):
        run = tmp_path / f"run{number}"
        shutil.copytree(templates[template].parent, run)
        db = run / "post.db"
        # The conversion starts at a moment spread from before the import to its end
        # (negative: the conversion first), jittered.
        offset = duration * (1.6 * (number + rng.random()) / RUNS - 0.7)
        # The importer is given the passphrase it should use when it opens the file: the
        # one before the conversion, or (for an encryption) the new one, which it uses if
        # it finds the file already encrypted.
        importer_args = ["--db", db, "import", contacts, "--json"]
        importer_env = {"ATTACHE_PASSPHRASE": before if before is not None else after}
        converter_args = ["--db", db, *[p.format(snapshot=run / "snapshot.db") for p in command]]
        converter_env = {"ATTACHE_PASSPHRASE": before, "ATTACHE_NEW_PASSPHRASE": after}
        if offset >= 0:
            importer = _start(importer_args, importer_env)
            time.sleep(offset)
            converter = _start(converter_args, converter_env)
        else:
            converter = _start(converter_args, converter_env)
            time.sleep(-offset)
            importer = _start(importer_args, importer_env)
        out, err = importer.communicate(timeout=120)
        _converted_out, converted_err = converter.communicate(timeout=120)
        delay = offset
        where = f"{conversion} run {number}, conversion at {delay:+.2f} s"
        assert converter.returncode == 0, f"{where}: {converted_err}"
        assert "Traceback" not in err + converted_err, where
        _opens_only_with(db, after, before)
        found = _rows(db, after, check=True)
        if importer.returncode == 0:
            assert json.loads(out)["created"] == ROWS, where
            if conversion == "restore" and found == 0:
                # Written before the restore: in the safety copy the restore made.
                safety = next((run / "backups").glob("post-*-before-restore.db"))
                assert _rows(safety, None) == ROWS, f"{where}: the import's rows were lost"
                outcomes["written, then restored over (in the safety copy)"] += 1
            else:
                assert found == ROWS, f"{where}: the import said {ROWS}, the file has {found}"
                outcomes["written, in the result"] += 1
        else:
            assert found == 0, f"{where}: refused, yet {found} rows are there"
            message = err.strip()
            assert message and len(message.splitlines()) == 1, f"{where}: {err}"
            outcomes["refused: " + message.removeprefix("attache: ").replace(str(db), "…")] += 1
        shutil.rmtree(run)
    print(f"\n{conversion}: {RUNS} races, import ≈ {duration:.2f} s: {dict(outcomes)}")
    assert sum(outcomes.values()) == RUNS


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is a POSIX signal")
def test_a_killed_conversion_leaves_one_passphrase_and_nothing_behind(
    tmp_path: Path, templates: dict[str, Path]
) -> None:
    """`attache encrypt` killed at moments spread over its run: the file opens plain or
    with the new passphrase — nothing else —, with every record, and the next command
    removes what the killed one left (its ``.part`` files, its marker)."""
    probe = tmp_path / "probe"
    shutil.copytree(templates["plain"].parent, probe)
    started = time.perf_counter()
    done = _cli("--db", probe / "post.db", "encrypt", ATTACHE_NEW_PASSPHRASE=NEW)
    assert done.returncode == 0, done.stderr
    duration = time.perf_counter() - started
    with open_store(templates["plain"], auto_backup=False, readonly=True) as store:
        persons = store.scalar("SELECT count(*) FROM persons")
    seen: Counter[str] = Counter()
    kills = max(RUNS * 2, 4)
    for number in range(kills):
        run = tmp_path / f"kill{number}"
        shutil.copytree(templates["plain"].parent, run)
        db = run / "post.db"
        process = _start(["--db", db, "encrypt"], {"ATTACHE_NEW_PASSPHRASE": NEW})
        time.sleep(duration * 1.1 * (number + 0.5) / kills)
        process.kill()
        process.communicate(timeout=60)
        after = _cli("--db", db, "stats", "--json", ATTACHE_PASSPHRASE=NEW)
        assert after.returncode == 0, after.stderr
        assert json.loads(after.stdout)["persons"] == persons
        plain = crypto.is_plain_sqlite(db)
        _opens_only_with(db, None if plain else NEW, None)
        seen["plain" if plain else "encrypted"] += 1
        left = [p.name for p in run.rglob("*") if p.name.endswith((".part", ".converting"))]
        assert left == [], left
        shutil.rmtree(run)
    print(f"\nkilled encryptions: {dict(seen)}")


def test_init_asks_the_same_minimum_length(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    refused = _cli("--db", db, "init", "--encrypt", ATTACHE_PASSPHRASE="short")
    assert refused.returncode == 1 and "at least 8" in refused.stderr
    assert not db.exists() or db.stat().st_size == 0
    made = _cli("--db", db, "init", "--encrypt", ATTACHE_PASSPHRASE=NEW)
    assert made.returncode == 0, made.stderr
    _opens_only_with(db, NEW, OLD)
