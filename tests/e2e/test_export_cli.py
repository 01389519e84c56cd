"""`attache export …` through the installed command: files written, JSON, clean errors."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

from python_calamine import CalamineWorkbook

from tests.conftest import CliRunner
from tests.e2e.test_cli import _assert_clean_error


def _content(db: Path) -> list[str]:
    """Every statement of a dump, but the planner's statistics (PRAGMA optimize on close)."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return [line for line in conn.iterdump() if "sqlite_stat" not in line]


def _demo(cli: CliRunner, tmp_path: Path) -> Path:
    db = tmp_path / "post.db"
    assert cli("--db", db, "demo").returncode == 0
    return db


def test_report_then_full_export_then_import_back(cli: CliRunner, tmp_path: Path) -> None:
    db = _demo(cli, tmp_path)
    before = _content(db)
    report = tmp_path / "rapport.xlsx"
    result = cli("--db", db, "export", "report", report, "--period", "2026-Q3", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["period"] == {"start": "2026-07-01", "end": "2026-09-30", "label": "Q3 2026"}
    assert CalamineWorkbook.from_path(str(report)).sheet_names[0] == "Overview"
    assert _content(db) == before  # exporting changes nothing in the database

    everything = tmp_path / "all.xlsx"
    data = json.loads(cli("--db", db, "export", "all", everything, "--json").stdout)
    assert data["rows"]["persons"] == 150
    fresh = tmp_path / "fresh.db"
    assert cli("--db", fresh, "init", "--country", "TW", "--phone-region", "TW").returncode == 0
    dry = json.loads(cli("--db", fresh, "import", everything, "--dry-run", "--json").stdout)
    assert dry["format"] == "attache-full" and dry["counts"]["persons"]["new"] == 150
    # The new database installed the programme catalogue: the file's programmes are the
    # same ones (found by name), merged rather than created twice.
    programmes = dry["counts"]["programmes"]
    assert programmes["new"] < programmes["file"] == 6
    imported = json.loads(cli("--db", fresh, "import", everything, "--json").stdout)
    assert imported["batch"] and imported["created"]["persons"] == 150
    stats = json.loads(cli("--db", fresh, "stats", "--json").stdout)
    assert (stats["persons"], stats["organisations"]) == (150, 43)


def test_csv_vcf_ics(cli: CliRunner, tmp_path: Path) -> None:
    db = _demo(cli, tmp_path)
    out = tmp_path / "orgs.csv"
    result = cli("--db", db, "export", "csv", out, "--kind", "organisations", "--delimiter", ",")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbfName,Native name,Acronym")
    vcf = tmp_path / "vip.vcf"
    result = cli("--db", db, "export", "vcf", vcf, "--tag", "VIP", "--json")
    count = json.loads(result.stdout)["count"]
    assert count > 0 and vcf.read_text("utf-8").count("BEGIN:VCARD") == count
    ics = tmp_path / "deadlines.ics"
    result = cli("--db", db, "export", "ics", ics, "--all", "--json")
    assert json.loads(result.stdout)["count"] == 48
    assert ics.read_text("utf-8").count("BEGIN:VEVENT") == 48


def test_export_errors_are_one_sentence(cli: CliRunner, tmp_path: Path) -> None:
    db = _demo(cli, tmp_path)
    _assert_clean_error(
        cli("--db", db, "export", "report", tmp_path / "r.xlsx", "--period", "2026-Q5"),
        "is not a period",
    )
    _assert_clean_error(cli("--db", db, "export", "report", tmp_path / "r.xlsx"), "--period")
    _assert_clean_error(
        cli("--db", db, "export", "report", tmp_path / "no" / "r.xlsx", "--period", "2026"),
        "the folder does not exist",
    )
    mistyped = cli("--db", db, "export", "vcf", tmp_path / "p.vcf", "--ids", "1,x")
    assert mistyped.returncode == 2 and "Traceback" not in mistyped.stderr
    assert "ids are whole numbers" in mistyped.stderr
    _assert_clean_error(
        cli("--db", db, "export", "vcf", tmp_path / "p.vcf", "--ids", "1,99999"), "99999"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["post.db"] or not any(
        p.suffix in (".xlsx", ".vcf", ".part") for p in tmp_path.iterdir()
    )


def test_export_in_french(cli: CliRunner, tmp_path: Path) -> None:
    db = _demo(cli, tmp_path)
    result = cli(
        "--db", db, "export", "report", tmp_path / "r.xlsx", "--period", "2026-T3",
        env={"ATTACHE_LANG": "fr"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "3e trimestre 2026" in result.stdout
    book = CalamineWorkbook.from_path(str(tmp_path / "r.xlsx"))
    assert book.sheet_names[:4] == ["Synthèse", "Échéances", "À venir", "Veille"]
    assert book.sheet_names[-1] == "Indicateurs"


def test_report_options_from_the_command_line(cli: CliRunner, tmp_path: Path) -> None:
    db = _demo(cli, tmp_path)
    words = tmp_path / "faits.txt"
    words.write_text("Trois accords signés.\n\nUne délégation reçue.", encoding="utf-8")
    out = tmp_path / "r.xlsx"
    result = cli(
        "--db", db, "export", "report", out, "--period", "2026",
        "--drafts", "--persons", "--highlights-file", words, "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["drafts_included"] and answer["persons_named"]
    assert answer["indicators"]["notes.draft"] > 0
    book = CalamineWorkbook.from_path(str(out))
    assert "Persons" in book.sheet_names and book.sheet_names[-1] == "Indicators"
    cover = [r[0] for r in book.get_sheet_by_name("Overview").to_python()]
    assert "Trois accords signés." in cover and "Une délégation reçue." in cover
    # Saved for the period: the next report has them without being told.
    again = cli("--db", db, "export", "report", out, "--period", "2026")
    assert again.returncode == 0, again.stderr
    cover = [r[0] for r in CalamineWorkbook.from_path(str(out)).get_sheet_by_name(
        "Overview").to_python()]  # fmt: skip
    assert "Trois accords signés." in cover
    assert "Persons" not in CalamineWorkbook.from_path(str(out)).sheet_names

    latin = tmp_path / "latin.txt"
    latin.write_bytes("Délégation".encode("cp1252"))
    bad = cli("--db", db, "export", "report", out, "--period", "2026", "--highlights-file", latin)
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
    assert bad.stderr.strip() == (
        f"attache: Cannot read the highlights from {latin}: it is not UTF-8 text."
    )
