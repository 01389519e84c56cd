"""The packaging files agree with each other and with the project: the launchers call the
entry points pyproject.toml declares, the desktop entry and the AppStream metadata name the
same application, its icons exist in every size, and the Windows icon holds them all.
(The bundle itself is built and smoke-tested by `python3 dev.py bundle`, in CI.)"""

from __future__ import annotations

import configparser
import struct
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "fr.diplomatie.Attache"


def test_launchers_call_the_declared_entry_points() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {**project["scripts"], **project["gui-scripts"]}
    launchers = {"attache": "launch_cli.py", "attache-app": "launch_gui.py"}
    spec = (PACKAGING / "attache.spec").read_text(encoding="utf-8")
    for name, launcher in launchers.items():
        module, function = declared[name].split(":")
        text = (PACKAGING / "launchers" / launcher).read_text(encoding="utf-8")
        assert f"from {module} import {function}" in text
        assert f'analysis("{launcher}")' in spec and f'name="{name}"' in spec
        assert not (PACKAGING / "launchers" / f"{module.split('.')[0]}.py").exists()


def test_desktop_entry_and_appstream_name_the_same_application() -> None:
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(PACKAGING / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Exec"].split()[0] == "attache-app" and entry["Icon"] == APP_ID
    assert entry["Type"] == "Application" and "Office" in entry["Categories"].split(";")
    component = ET.parse(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    assert {b.text for b in component.iter("binary")} == {"attache-app", "attache"}
    from attache_app import __version__

    assert component.find("releases/release").get("version") == __version__  # type: ignore[union-attr]
    iss = (PACKAGING / "windows" / "attache.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{__version__}"' in iss


def test_icon_set_is_complete() -> None:
    icons = PACKAGING / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        data = (icons / f"attache-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (size, size)
    ico = (icons / "attache.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    sides = sorted(ico[6 + 16 * i] or 256 for i in range(count))
    assert sides == [16, 24, 32, 48, 64, 128, 256]
