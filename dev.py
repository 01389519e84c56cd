#!/usr/bin/env python3
"""Set up Attaché in a local virtual environment, then run it or test it.

    python3 dev.py run    [-- ARGS...]   set up, then start the desktop application
    python3 dev.py test   [-- PYTEST ARGS...]   set up, then lint, type-check, check the import
                                         contracts (lint-imports) and run every test
                                         (with ATTACHE_XVFB=1: the GUI tests once more on a
                                         real X server, Xvfb, with Qt's xcb platform)
    python3 dev.py bundle                set up, build the one-folder bundle (PyInstaller) in
                                         dist/attache/, and smoke-test the built program
    python3 dev.py setup                 only create/refresh the virtual environment

Only the standard library is used here, so this works on a fresh machine that has nothing
but Python 3.11 and pip. The virtual environment lives in ``.venv`` beside this file and is
refreshed whenever ``pyproject.toml`` changes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".attache-installed"
QT_PACKAGES = (
    "libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 "
    "libxcb-keysyms1 libfontconfig1 libdbus-1-3 libglib2.0-0"
)
INSTALL_HINT = (
    "On Debian or Ubuntu, install the libraries Qt needs with:\n  sudo apt-get install "
    + QT_PACKAGES
)
LINTED = ["attache_app", "tests", "benchmarks", "tools", "packaging", "dev.py"]


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _script(name: str) -> str:
    """The file name of a console script of the virtual environment."""
    return name + ".exe" if os.name == "nt" else name


def _wanted_stamp() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def setup() -> Path:
    if sys.version_info < (3, 11):
        sys.exit(f"Attaché needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    python = _venv_python()
    if not python.exists():
        print(f"Creating the virtual environment in {VENV} …", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    if not STAMP.exists() or STAMP.read_text() != _wanted_stamp():
        print("Installing Attaché and its dependencies (first run only) …", flush=True)
        pip = [str(python), "-m", "pip", "--disable-pip-version-check"]
        subprocess.run([*pip, "install", "--quiet", "--upgrade", "pip"], check=False)
        subprocess.run([*pip, "install", "--quiet", "-e", f"{ROOT}[test]"], check=True)
        STAMP.write_text(_wanted_stamp())
    return python


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def qt_problem(python: Path, env: dict[str, str], code: str) -> str:
    """The first lines Qt prints when ``code`` cannot run here, or "" when it runs."""
    probe = subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, env=env, check=False
    )
    if probe.returncode == 0:
        return ""
    return "\n  ".join(probe.stderr.strip().splitlines()[:2]) or f"exit {probe.returncode}"


def run(args: list[str]) -> int:
    python = setup()
    if not _has_display() and "--screenshots" not in args:
        print(
            "No display was found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window\n"
            "cannot be shown here. Choices:\n"
            "  • run it on a desktop session, or through `ssh -X`;\n"
            "  • run it on a virtual screen:  xvfb-run python3 dev.py run\n"
            "  • render every view to PNG instead:\n"
            "      QT_QPA_PLATFORM=offscreen python3 dev.py run -- --screenshots shots/\n"
            "  • use the command line, which needs no display:  .venv/bin/attache --help",
            file=sys.stderr,
        )
        return 2
    env = dict(os.environ)
    if "--screenshots" in args:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Start Qt once before the application, so that a missing system library is explained
    # in one paragraph rather than by Qt's plugin error.
    problem = qt_problem(
        python, env, "from PySide6.QtWidgets import QApplication; QApplication([])"
    )
    if problem:
        print(
            "Qt cannot start on this display:\n  "
            + problem
            + "\n"
            + INSTALL_HINT
            + "\nor render the views to PNG without a display:\n"
            "  QT_QPA_PLATFORM=offscreen python3 dev.py run -- --screenshots shots/",
            file=sys.stderr,
        )
        return 1
    return subprocess.call([str(python), "-m", "attache_app", *args], env=env)


XVFB_SCREEN = "-screen 0 1920x1080x24"


def test(args: list[str]) -> int:
    python = setup()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    steps = [
        ("ruff", [str(python), "-m", "ruff", "check", *LINTED]),
        ("ruff format", [str(python), "-m", "ruff", "format", "--check", *LINTED]),
        ("mypy", [str(python), "-m", "mypy", "attache_app"]),
        # The layers, the Qt boundary and no import cycle (pyproject.toml's contracts).
        ("import contracts", [str(python.parent / _script("lint-imports"))]),
        ("pytest", [str(python), "-m", "pytest", *args]),
    ]
    if os.environ.get("ATTACHE_XVFB") == "1":
        # The GUI tests again on a real X server: Qt's xcb platform behaves (focus, window
        # sizes, fonts, input methods) as on a desktop, which offscreen does not.
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            print(
                "ATTACHE_XVFB=1 asks for the GUI tests on Xvfb, but xvfb-run is missing:\n"
                "  sudo apt-get install xvfb xauth",
                file=sys.stderr,
            )
            return 1
        gui_tests = [a for a in args if not a.startswith("tests")] + ["tests/gui"]
        steps.append(
            (
                "pytest tests/gui on Xvfb (xcb)",
                [xvfb, "-a", "-s", XVFB_SCREEN, str(python), "-m", "pytest", *gui_tests],
            )
        )
    problem = qt_problem(python, env, "from PySide6.QtWidgets import QApplication")
    if problem:
        print(
            "Qt cannot load on this machine:\n  " + problem + "\n" + INSTALL_HINT, file=sys.stderr
        )
        return 1
    for name, command in steps:
        print(f"\n=== {name} ===", flush=True)
        step_env = dict(env, QT_QPA_PLATFORM="xcb") if "xcb" in name else env
        code = subprocess.call(command, cwd=ROOT, env=step_env)
        if code != 0:
            print(f"\n{name} failed (exit {code}).", file=sys.stderr)
            return code
    return 0


def bundle(args: list[str]) -> int:
    python = setup()
    subprocess.run(
        [str(python), "-m", "pip", "--disable-pip-version-check", "install", "--quiet",
         "pyinstaller>=6.10,<7"],
        check=True,
    )  # fmt: skip
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.call([str(python), str(ROOT / "packaging" / "build.py"), *args], env=env)


def main(argv: list[str]) -> int:
    if not argv or argv[0] in {"-h", "--help"}:
        print(__doc__)
        return 0
    command, rest = argv[0], argv[1:]
    if rest[:1] == ["--"]:
        rest = rest[1:]
    if command == "setup":
        setup()
        return 0
    if command == "run":
        return run(rest)
    if command == "test":
        return test(rest)
    if command == "bundle":
        return bundle(rest)
    print(f"Unknown command {command!r}.\n{__doc__}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
