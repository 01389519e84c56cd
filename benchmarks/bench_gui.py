"""Desktop-client figures on a large database, each beside a baseline measured in this run.

    python -m benchmarks.bench_gui [--db BIG.db]     (generates one in a temp folder if absent)

Prints: start-up to the main window shown against a bare PySide6 QMainWindow (ratio); the
first page of the Contacts view; global search from keystroke to results (p50/p95) against
a raw FTS5 query; resident memory; the longest GUI-thread stall while a person uses the
window. Then the same « encrypted »: on an SQLCipher copy of the database (the passphrase
given as ATTACHE_PASSPHRASE, as a user types it once), each beside the plain figure.
The machine is shared and noisy: compare ratios, not absolute times.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Figure, peak_rss_mb, table

PROBE = Path(__file__).with_name("startup_probe.py")
QUERIES = [
    "c",
    "ch",
    "che",
    "chen",
    "陳",
    "山",
    "山田",
    "l",
    "le",
    "lef",
    "lefevre",
    "i",
    "in",
    "inst",
    "institute 12",
    "note",
    "note 4",
    "ia",
    "photo",
    "김",
]


PASSPHRASE = "benchmark passphrase, typed once"


def startups(db: Path, rounds: int = 7, passphrase: str | None = None) -> dict[str, float]:
    """Median start-up of each mode; the modes take turns in every round, so that the
    machine's changing load falls on all of them alike."""
    times: dict[str, list[float]] = {"bare": [], "attache": [], "attache-full": []}
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if passphrase is not None:
        env["ATTACHE_PASSPHRASE"] = passphrase
    for _ in range(rounds):
        for mode, found in times.items():
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, str(PROBE), mode, str(db)],
                check=True,
                env=env,
                capture_output=True,
            )
            found.append(time.perf_counter() - started)
    return {mode: statistics.median(found) for mode, found in times.items()}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def in_process(db: Path, passphrase: str | None = None) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from attache_app.domain.enums import RecordKind
    from attache_app.gui.main_window import MainWindow
    from attache_app.gui.preferences import Preferences
    from attache_app.services.search import search_grouped
    from attache_app.storage import open_store
    from attache_app.storage import search as index

    app = QApplication.instance() or QApplication([])
    store = open_store(db, auto_backup=False, passphrase=passphrase)
    folder = tempfile.mkdtemp()
    prefs = Preferences(QSettings(f"{folder}/p.ini", QSettings.Format.IniFormat))
    window = MainWindow(store, prefs)
    window.show()
    window.show_page(1)
    window.wait_until_loaded()
    contacts = window.lists[RecordKind.PERSON]
    assert contacts.model.rowCount() == store.scalar("SELECT count(*) FROM persons")

    # First page of Contacts: the ids query (worker) then the first visible rows.
    started = time.perf_counter()
    contacts.refresh()
    window.wait_until_loaded()
    ids_ms = (time.perf_counter() - started) * 1000
    contacts.model.invalidate()
    started = time.perf_counter()
    for row in range(30):
        for column in range(contacts.model.columnCount()):
            contacts.model.data(contacts.model.index(row, column))
    page_ms = (time.perf_counter() - started) * 1000

    # Search, keystroke to grouped results, against one raw FTS5 query per keystroke.
    ours, raw = [], []
    for query in QUERIES * 3:
        started = time.perf_counter()
        search_grouped(store, query)
        ours.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        store.conn.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 50",
            (index.match_expression(query),),
        ).fetchall()
        raw.append((time.perf_counter() - started) * 1000)

    # The longest GUI-thread stall while using the window: a 5 ms timer's largest gap.
    clock = QElapsedTimer()
    clock.start()
    gaps: list[int] = []
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    for page in range(6):
        window.show_page(page)
        app.processEvents()
    window.show_page(1)
    for text in ("c", "ch", "che", "chen"):
        contacts.filter_box.setText(text)
        deadline = time.perf_counter() + 0.3
        while time.perf_counter() < deadline:
            app.processEvents()
    contacts.filter_box.setText("")
    window.wait_until_loaded()
    bar = contacts.table.verticalScrollBar()
    for step in range(0, bar.maximum(), max(1, bar.maximum() // 40)):
        bar.setValue(step)
        app.processEvents()
    for kind in (RecordKind.PERSON, RecordKind.ORGANISATION, RecordKind.NOTE):
        editor = window.open_record(str(kind), 5)
        app.processEvents()
        if editor is not None:
            editor.reject()
    window.search_popup.open_search()
    for text in ("l", "le", "lef", "lefe"):
        window.search_popup.query.setText(text)
        deadline = time.perf_counter() + 0.2
        while time.perf_counter() < deadline:
            app.processEvents()
    timer.stop()
    window.wait_until_loaded()
    rss_mb = peak_rss_mb()
    window.close()
    store.close()
    return {
        "ids_ms": ids_ms,
        "page_ms": page_ms,
        "search_p50": statistics.median(ours),
        "search_p95": percentile(ours, 0.95),
        "raw_p50": statistics.median(raw),
        "raw_p95": percentile(raw, 0.95),
        "stall_ms": float(max(gaps[1:] or [0])),
        "rss_mb": rss_mb,
    }


def run(db: Path, *, encrypted: bool = True) -> list[Figure]:
    """The desktop-client figures on the generated database ``db``; with ``encrypted``,
    the same on an encrypted copy of it, beside the plain ones."""
    from attache_app.services import post
    from attache_app.storage import open_store

    with open_store(db, auto_backup=False) as store:  # else the first-run dialog waits
        if not post.is_configured(store):
            post.update_settings(store, post_name="Benchmark")
    medians = startups(db)
    bare, ours, full = medians["bare"], medians["attache"], medians["attache-full"]
    figures = in_process(db)
    found = [
        Figure("start-up to the main window shown", ours * 1000, "ms", "bare QMainWindow",
               bare * 1000, 1.5),
        Figure("start-up to the views built, database open", full * 1000, "ms",
               "bare QMainWindow", bare * 1000),
        Figure("Contacts: ids of 100,000 persons sorted (worker)", figures["ids_ms"], "ms"),
        Figure("Contacts: first page shown", figures["page_ms"], "ms", target=100),
        Figure("global search p50, keystroke to results", figures["search_p50"], "ms",
               "raw FTS5 p50", figures["raw_p50"]),
        Figure("global search p50 (target in ms)", figures["search_p50"], "ms", target=50),
        Figure("global search p95 (in a worker)", figures["search_p95"], "ms"),
        Figure("longest GUI-thread stall while in use", figures["stall_ms"], "ms", target=100),
        Figure("peak memory of the desktop client", figures["rss_mb"], "MB", target=300),
    ]  # fmt: skip
    if encrypted:
        found += run_encrypted(db, full, figures)
    return found


def run_encrypted(db: Path, plain_full: float, plain: dict[str, float]) -> list[Figure]:
    """The same figures on an encrypted copy of ``db``, each beside the plain one. The key
    is derived once, at the open; every worker connection uses the raw key."""
    import shutil

    from attache_app.services import encryption

    secret = db.with_name(db.stem + "-encrypted.db")
    shutil.copyfile(db, secret)
    encryption.encrypt(secret, PASSPHRASE)
    medians = startups(secret, rounds=5, passphrase=PASSPHRASE)
    figures = in_process(secret, PASSPHRASE)
    full = medians["attache-full"]
    return [
        Figure("encrypted: start-up to the views built, database open", full * 1000, "ms",
               "plain", plain_full * 1000),
        Figure("encrypted: Contacts, first page shown", figures["page_ms"], "ms", "plain",
               plain["page_ms"], 1.5),
        Figure("encrypted: Contacts, ids sorted (worker)", figures["ids_ms"], "ms", "plain",
               plain["ids_ms"]),
        Figure("encrypted: global search p50", figures["search_p50"], "ms", "plain",
               plain["search_p50"], 1.5),
        Figure("encrypted: global search p95", figures["search_p95"], "ms", "plain",
               plain["search_p95"], 1.5),
        Figure("encrypted: longest GUI-thread stall", figures["stall_ms"], "ms", target=100),
        Figure("encrypted: peak memory (of the process, both runs)", figures["rss_mb"], "MB",
               target=300),
    ]  # fmt: skip


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args(argv)
    db = args.db
    if db is None:
        from benchmarks.generate import generate

        db = Path(tempfile.mkdtemp()) / "big.db"
        print("Generating 100,000 persons, 20,000 organisations, 50,000 notes…", flush=True)
        generate(db, persons=100_000, organisations=20_000, notes=50_000, deadlines=5_000)
    print(table(run(db)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
