"""The core runs without Qt: only attache_app/gui may import PySide6."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "attache_app"


def test_no_pyside_import_outside_gui() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path}: {n}" for n in names if n.split(".")[0] == "PySide6"]
    assert offenders == []


def test_core_and_cli_import_and_run_with_qt_blocked(tmp_path: Path) -> None:
    script = f"""
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6'):
            raise ImportError('Qt is blocked in this test: ' + name)
sys.meta_path.insert(0, Block())
import pkgutil, importlib, attache_app
for info in pkgutil.walk_packages(attache_app.__path__, 'attache_app.'):
    if '.gui' in info.name or info.name == 'attache_app.__main__':
        continue
    importlib.import_module(info.name)
from attache_app.cli import main
sys.exit(main(['--db', r'{tmp_path / "x.db"}', 'demo']))
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "PySide6" not in result.stderr


def test_every_user_visible_string_has_a_french_translation() -> None:
    """tools/i18n.py --check re-extracts every string (pyside6-lupdate) and finds none
    without a finished French translation."""
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, str(root / "tools" / "i18n.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_compiled_translations_are_up_to_date(tmp_path: Path) -> None:
    """The committed .qm files are exactly what lrelease makes of the .ts files."""
    import shutil

    root = Path(__file__).resolve().parents[2] / "resources" / "translations"
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease
    for ts in root.glob("*.ts"):
        fresh = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([lrelease, str(ts), "-qm", str(fresh)], check=True, capture_output=True)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
            f"{ts.name} changed: run tools/i18n.py"
        )


def test_no_translation_call_hides_inside_an_f_string() -> None:
    """lupdate does not look inside f-strings: such a string would never be translated."""
    import re

    pattern = re.compile(r"""f["'][^"']*\{\s*(self\.tr|QCoreApplication\.translate|translate)\(""")
    offenders = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in PACKAGE.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert offenders == []


MODULE_LIMIT = 600
WINDOW_LIMIT = 450


def test_modules_stay_small() -> None:
    """No module over 600 lines, the main window at most 450 (issue 19): a module that
    grows past it is split along its seams."""
    sizes = {
        path.relative_to(PACKAGE).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in PACKAGE.rglob("*.py")
    }
    assert sizes["gui/main_window.py"] <= WINDOW_LIMIT
    too_long = {name: lines for name, lines in sizes.items() if lines > MODULE_LIMIT}
    assert too_long == {}


def test_import_contracts_hold() -> None:
    """pyproject.toml's import-linter contracts: the layers, PySide6 only in gui, the GUI
    through services, no import cycle (also a step of `python3 dev.py test`)."""
    script = Path(sys.executable).parent / (
        "lint-imports.exe" if sys.platform == "win32" else "lint-imports"
    )
    result = subprocess.run(
        [str(script), "--no-cache"],
        capture_output=True,
        text=True,
        cwd=PACKAGE.parent,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr
    assert ", 0 broken." in result.stdout


def test_no_contract_has_an_exemption() -> None:
    """The contracts hold as written: no import is ignored (issue 19 removed the last two,
    importing → exporting.full_kinds and services.sync → sync)."""
    import tomllib

    config = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    assert {c["id"] for c in contracts} >= {"layers", "acyclic", "gui-through-services"}
    assert [c["id"] for c in contracts if c.get("ignore_imports")] == []


def _translation_calls() -> list[tuple[str, int, str, str, ast.expr | None]]:
    """(file, line, context, source, count) of every ``translate(context, source…)`` call
    with literal texts in the package (the core's, and ``QCoreApplication.translate``),
    and of every ``QT_TRANSLATE_NOOP(context, source)`` (messages translated later, by
    their text: argparse's own, ``i18n.ARGPARSE_MESSAGES``)."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name not in ("translate", "QT_TRANSLATE_NOOP") or len(node.args) < 2:
                continue
            context, source = node.args[0], node.args[1]
            if not (isinstance(context, ast.Constant) and isinstance(source, ast.Constant)):
                continue
            count = node.args[3] if len(node.args) > 3 else None
            relative = str(path.relative_to(PACKAGE))
            found.append((relative, node.lineno, str(context.value), str(source.value), count))
    return found


def test_every_translate_call_reaches_the_translations() -> None:
    """Every ``translate()`` call with literal texts has its message in the French file,
    as a plural message when it passes a count. pyside6-lupdate's Python parser silently
    skips a call whose count is not a plain name or number (``written.count``,
    ``len(x) - y``): the message would stay in English. ast is the oracle here."""
    from attache_app.i18n import load_ts

    table = load_ts(PACKAGE.parent / "resources" / "translations" / "attache_fr.ts")
    calls = _translation_calls()
    assert len(calls) > 300  # the walk finds the core's messages
    missing = [f"{f}:{n} [{c}] {s}" for f, n, c, s, _count in calls if (c, s) not in table]
    assert missing == []
    unread = [
        f"{f}:{n} {s}"
        for f, n, _c, s, count in calls
        if count is not None and not isinstance(count, ast.Name | ast.Constant)
    ]
    assert unread == []
    singular = [
        f"{f}:{n} {s}"
        for f, n, c, s, count in calls
        if count is not None and not isinstance(table[(c, s)], list)
    ]
    assert singular == []
