"""Consolidating the reports of several posts, read back with python-calamine; the real
`attache consolidate` command; every bad file told in one sentence and skipped."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from attache_app.errors import AttacheError
from attache_app.exporting import consolidate
from attache_app.services import exports, post
from attache_app.storage import Store
from tests.conftest import CliRunner, fixed_clock


def _table(path: Path, name: str) -> list[list[object]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name).to_python()


@pytest.fixture
def reports(demo_store: Store, tmp_path: Path) -> dict[str, Path]:
    """Reports of three posts for 2026-Q4, one of them for 2026-Q3 too, one protected."""
    folder = tmp_path / "reports"
    folder.mkdir()
    made: dict[str, Path] = {}
    q3, q4 = exports.parse_period("2026-Q3"), exports.parse_period("2026-Q4")
    made["taipei-q4"] = folder / "taipei-q4.xlsx"
    exports.write_report(demo_store, made["taipei-q4"], q4, clock=fixed_clock)
    made["taipei-q3"] = folder / "taipei-q3.xlsx"
    exports.write_report(demo_store, made["taipei-q3"], q3, clock=fixed_clock)
    post.update_settings(demo_store, post_name="Tokyo", country="JP")
    made["tokyo-q4"] = folder / "tokyo-q4.xlsx"
    exports.write_report(demo_store, made["tokyo-q4"], q4, include_drafts=True, clock=fixed_clock)
    post.update_settings(demo_store, post_name="Séoul", country="KR")
    made["seoul-q4"] = folder / "seoul-q4.xlsx"
    exports.write_report(demo_store, made["seoul-q4"], q4, clock=fixed_clock, password="séoul-2026")
    return made


def _bad_files(folder: Path, a_report: Path) -> dict[str, Path]:
    bad = {"text": folder / "notes.txt", "sheet": folder / "budget.xlsx"}
    bad["text"].write_text("not a workbook", encoding="utf-8")
    book = openpyxl.Workbook()
    book.active["A1"] = "Budget"
    book.save(bad["sheet"])
    # The same report, as a future release would write it (another layout version).
    bad["future"] = folder / "future.xlsx"
    with zipfile.ZipFile(a_report) as source, zipfile.ZipFile(bad["future"], "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "docProps/custom.xml":
                data = data.replace(b"<vt:lpwstr>1</vt:lpwstr>", b"<vt:lpwstr>99</vt:lpwstr>", 1)
            target.writestr(item, data)
    return bad


def test_consolidation_adds_up_every_post(reports: dict[str, Path], tmp_path: Path) -> None:
    copy = tmp_path / "reports" / "taipei-q4-again.xlsx"
    shutil.copyfile(reports["taipei-q4"], copy)
    bad = _bad_files(tmp_path, reports["tokyo-q4"])
    out = tmp_path / "reseau.xlsx"
    written = exports.consolidate_reports(
        [*reports.values(), copy, *bad.values()], out, password="séoul-2026"
    )
    assert written.count == 4
    assert [d["file"] for d in written.details["duplicates"]] == [str(copy)]
    reasons = {Path(s["file"]).name: s["reason"] for s in written.details["skipped"]}
    assert "not an Excel workbook" in reasons["notes.txt"]
    assert "not a report to Paris" in reasons["budget.xlsx"]
    assert "incompatible release" in reasons["future.xlsx"]

    read = {
        name: consolidate.read_report(path, password="séoul-2026") for name, path in reports.items()
    }
    matrix = _table(out, "Indicators by post")
    header = matrix[0]
    q4_posts = [h for h in header if str(h).endswith("2026-Q4") and "Total" not in str(h)]
    assert len(q4_posts) == 3 and {"Séoul — 2026-Q4", "Tokyo — 2026-Q4"} <= set(q4_posts)
    assert "Total 2026-Q3" in header
    total = header.index("Total 2026-Q4")
    for row in matrix[1:]:
        key = row[-1]
        expected = sum(read[n].values[key] for n in ("taipei-q4", "tokyo-q4", "seoul-q4"))
        assert row[total] == expected, key
    # Stacked rows: every indicator of every report counted once.
    stacked = _table(out, "Indicators")
    assert len(stacked) - 1 == sum(len(r.values) for r in read.values())
    # Notes and upcoming deadlines of every post.
    watch = _table(out, "Watch")
    assert len(watch) - 1 == sum(len(r.notes) for r in read.values())
    assert [str(r[0]).casefold() for r in watch[1:]] == sorted(
        str(r[0]).casefold() for r in watch[1:]
    )
    upcoming = _table(out, "Upcoming")
    assert len(upcoming) - 1 == sum(len(r.upcoming) for r in read.values())
    files = _table(out, "Files")
    assert len(files) - 1 == 4 + 1 + 3


def test_a_protected_report_needs_its_password(reports: dict[str, Path]) -> None:
    with pytest.raises(consolidate.ReportFileError, match="protected by a password"):
        consolidate.read_report(reports["seoul-q4"])
    with pytest.raises(consolidate.ReportFileError, match="does not open"):
        consolidate.read_report(reports["seoul-q4"], password="wrong")
    assert consolidate.read_report(reports["seoul-q4"], password="séoul-2026").post == "Séoul"


def test_nothing_readable_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("x", encoding="utf-8")
    with pytest.raises(AttacheError, match=r"No report could be read: a\.txt: "):
        exports.consolidate_reports([text], tmp_path / "out.xlsx")
    assert not (tmp_path / "out.xlsx").exists()


def test_the_consolidate_command(reports: dict[str, Path], tmp_path: Path, cli: CliRunner) -> None:
    out = tmp_path / "reseau.xlsx"
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 damaged")
    result = cli(
        "consolidate", reports["taipei-q4"], reports["tokyo-q4"], reports["seoul-q4"], junk,
        "-o", out, "--password", "--json",
        env={"ATTACHE_REPORT_PASSWORD": "séoul-2026"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["count"] == 3 and answer["file"] == str(out)
    assert result.stderr.strip() == "junk.xlsx: the workbook is damaged."
    assert "Traceback" not in result.stderr
    assert CalamineWorkbook.from_path(str(out)).sheet_names[0] == "Indicators by post"

    refused = cli("consolidate", junk, "-o", tmp_path / "none.xlsx")
    assert refused.returncode != 0
    assert refused.stderr.count("\n") == 1 and "No report could be read" in refused.stderr


@pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice is not installed here (CI installs libreoffice-calc-nogui)",
)
def test_consolidation_converts_to_pdf(reports: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "reseau.xlsx"
    exports.consolidate_reports([reports["taipei-q4"], reports["tokyo-q4"]], out)
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    pdf = tmp_path / "reseau.pdf"
    assert result.returncode == 0 and pdf.exists(), result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
