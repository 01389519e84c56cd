#!/usr/bin/env python3
"""Build the one-folder bundle with PyInstaller, then smoke-test the built program.

    python3 dev.py bundle              (sets up the environment and PyInstaller, then this)
    .venv/bin/python packaging/build.py [--skip-build]

The bundle is dist/attache/ (Linux: attache-app and attache; Windows: the same as .exe).
The smoke test runs the *built* programs, offscreen, in a temporary home: the command line
creates the example post, checks it, encrypts a second database and exports a protected
workbook; the desktop application opens the example database, renders every view to PNG
and exits 0. Any failure prints what the program said and exits 1.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "attache"
SUFFIX = ".exe" if os.name == "nt" else ""


def build() -> None:
    started = time.perf_counter()
    shutil.rmtree(BUNDLE, ignore_errors=True)
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", str(ROOT / "packaging" / "attache.spec"),
            "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
        ],
        cwd=ROOT,
        check=True,
    )  # fmt: skip
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file()) / 1e6
    print(f"built {BUNDLE} ({size:.0f} MB) in {time.perf_counter() - started:.0f} s", flush=True)


def smoke() -> int:
    home = Path(tempfile.mkdtemp(prefix="attache-smoke-"))
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "ATTACHE"))},
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "APPDATA": str(home / "appdata"),
        "LOCALAPPDATA": str(home / "localappdata"),
        "ATTACHE_LANG": "fr",
    }
    cli = str(BUNDLE / f"attache{SUFFIX}")
    app = str(BUNDLE / f"attache-app{SUFFIX}")
    example = home / "exemple.db"
    secret = home / "secret.db"
    shots = home / "captures"
    steps: list[tuple[str, list[str], dict[str, str]]] = [
        ("version", [cli, "--version"], {}),
        ("example post", [cli, "--db", str(example), "demo"], {}),
        ("check", [cli, "--db", str(example), "check"], {}),
        ("search (CJK)", [cli, "--db", str(example), "search", "陳"], {}),
        ("protected report", [cli, "--db", str(example), "export", "report", "--period", "2026",
                              str(home / "rapport.xlsx"), "--protect"],
         {"ATTACHE_EXPORT_PASSWORD": "smoke-test-password"}),
        ("encrypted database", [cli, "--db", str(secret), "init", "--encrypt"],
         {"ATTACHE_PASSPHRASE": "smoke-test-passphrase"}),
        ("open it encrypted", [cli, "--db", str(secret), "stats"],
         {"ATTACHE_PASSPHRASE": "smoke-test-passphrase"}),
        ("desktop application", [app, "--db", str(example), "--screenshots", str(shots)], {}),
    ]  # fmt: skip
    failed = 0
    for name, command, extra in steps:
        result = subprocess.run(
            command, env={**env, **extra}, capture_output=True, text=True, timeout=300,
            check=False, encoding="utf-8", errors="replace",
        )  # fmt: skip
        ok = result.returncode == 0 and "Traceback" not in result.stderr
        print(f"  {'ok ' if ok else 'FAIL'} {name}", flush=True)
        if not ok:
            failed += 1
            print(f"    exit {result.returncode}\n    {result.stdout[-2000:]}\n    "
                  f"{result.stderr[-2000:]}")  # fmt: skip
    pngs = sorted(p.name for p in shots.glob("*.png")) if shots.exists() else []
    if len(pngs) < 8:
        print(f"  FAIL screenshots: {pngs}")
        failed += 1
    else:
        print(f"  ok  {len(pngs)} views rendered: {', '.join(pngs)}")
    if secret.exists() and secret.read_bytes()[:16] == b"SQLite format 3\x00":
        print("  FAIL the encrypted database has a plain SQLite header")
        failed += 1
    if not (home / "rapport.xlsx").exists() or (home / "rapport.xlsx").read_bytes()[:2] == b"PK":
        print("  FAIL the protected report is missing or not encrypted")
        failed += 1
    shutil.rmtree(home, ignore_errors=True)
    print("smoke test passed" if not failed else f"smoke test: {failed} failure(s)")
    return 1 if failed else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--skip-build", action="store_true", help="only the smoke test")
    args = parser.parse_args(argv)
    if not args.skip_build:
        build()
    return smoke()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
