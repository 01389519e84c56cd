"""Hostile files (issue 14, item 6): bounded memory and linear time, measured.

    .venv/bin/python -m benchmarks.bench_hostile

1. Peak resident memory (``VmHWM`` of a child process of its own, like the other benchmarks)
   of `attache import --dry-run` on 200,000 vCards and on 3,000,000 CSV rows — both beyond
   the 100,000 contacts one import takes, refused while reading — and of the real import of
   100,000 vCards (the most accepted). Target: ≤ 500 MB each.
2. Linear time: each input at size N and N/2, the ratio of the times (≈ 2 when linear; the
   quadratic code it replaced gave ≈ 4, or ran for minutes): a CSV header of 2,000 columns
   against 1,000, a folded LDIF value of 54 MB against 27 MB, a vCard PHOTO of 30 MB
   against 15 MB — each the best of 5 reads in processor time (a read of 27 MB takes a
   quarter of a second: its wall time moved with the machine's load, 0.06 against 0.20 s
   in one run). Target: ≤ 2.6 (linear, with the noise of a shared machine).
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import Figure, table

_CHILD = (
    "import json, sys\n"
    "from attache_app.cli import main\n"
    "from benchmarks.common import peak_rss_mb\n"
    "code = main(sys.argv[1:])\n"
    "print(json.dumps({'code': code, 'rss_mb': peak_rss_mb()}), file=sys.stderr)\n"
)


def _peak(*args: object) -> tuple[int, float]:
    """(exit status, peak MB) of the real command in a child process."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, *[str(a) for a in args]],
        capture_output=True,
        text=True,
        check=False,
    )
    figures = json.loads(done.stderr.strip().splitlines()[-1])
    return int(figures["code"]), float(figures["rss_mb"])


def _vcards(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        for n in range(count):
            stream.write(
                f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Chen{n};Wei;;;\r\nFN:Wei Chen{n}\r\n"
                f"ORG:Institute {n % 50}\r\nTITLE:Researcher\r\n"
                f"EMAIL;TYPE=work:wei.chen{n}@example.org\r\nTEL;TYPE=cell:+886 912 {n:06d}\r\n"
                "NOTE:Met at the fair\\nfollow up\r\nEND:VCARD\r\n"
            )
    return path


def _csv_rows(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        stream.write("Name,Email\n")
        for n in range(count):
            stream.write(f"P{n},p{n}@x.org\n")
    return path


def _wide_csv(path: Path, columns: int) -> Path:
    headers = ["Name", "Email", *(f"Champ {n}" for n in range(columns - 2))]
    row = ["Wei Chen", "wei.chen@example.org", *(f"v{n}" for n in range(columns - 2))]
    path.write_text(",".join(headers) + "\n" + (",".join(row) + "\n") * 3, encoding="utf-8")
    return path


def _folded_ldif(path: Path, megabytes: float) -> Path:
    value = "abcdefghijklmnopqrstuvwxyz0123456789" * int(megabytes * (1 << 20) / 36)
    folded = "\n ".join(value[i : i + 75] for i in range(0, len(value), 75))
    path.write_text(f"dn: cn=Wei Chen\ncn: Wei Chen\ndescription: {folded}\n\n", encoding="utf-8")
    return path


def _photo_vcard(path: Path, megabytes: float) -> Path:
    photo = base64.b64encode(bytes(range(256)) * int(megabytes * (1 << 20) * 3 / 4 / 256))
    text = photo.decode()
    lines = "\r\n ".join(text[i : i + 76] for i in range(0, len(text), 76))
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Chen;Wei\r\nPHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n "
        f"{lines}\r\n\r\nEMAIL:wei.chen@example.org\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    return path


def _read_time(path: Path, rounds: int = 5) -> float:
    """Best of ``rounds`` reads (format checks, parse, contacts) of ``path``, in processor
    time: what grows with the input is the program's own work, and on a shared machine
    wall times of a tenth of a second move with the load more than with the input."""
    from attache_app.importing.reading import contacts_of, read_file

    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        contacts_of(read_file(path))
        best = min(best, time.process_time() - started)
    return best


def _scaling(
    name: str, make: Callable[[Path, float], Path], size: float, folder: Path, suffix: str
) -> Figure:
    small = _read_time(make(folder / f"half{suffix}", size / 2))
    big = _read_time(make(folder / f"whole{suffix}", size))
    return Figure(f"{name}: time at N, ×2 against N/2", big, "s", "N/2", small, 2.6)


def run(folder: Path) -> list[Figure]:
    db = folder / "hostile.db"
    subprocess.run(
        [str(Path(sys.executable).parent / "attache"), "--db", str(db), "init"],
        capture_output=True,
        check=True,
    )
    figures: list[Figure] = []
    for label, path in (
        ("200,000 vCards (refused)", _vcards(folder / "200k.vcf", 200_000)),
        ("3,000,000 CSV rows (refused)", _csv_rows(folder / "3m.csv", 3_000_000)),
    ):
        code, peak = _peak("--db", db, "import", path, "--dry-run")
        assert code == 1, f"{label}: exit {code}"
        figures.append(Figure(f"peak memory, {label}", peak, "MB", target=500))
        path.unlink()
    code, peak = _peak("--db", db, "import", _vcards(folder / "100k.vcf", 100_000))
    assert code == 0, f"100,000 vCards: exit {code}"
    figures.append(Figure("peak memory, importing 100,000 vCards", peak, "MB", target=500))
    figures.append(
        _scaling(
            "CSV header of 2,000 columns", lambda p, n: _wide_csv(p, int(n)), 2000, folder, ".csv"
        )
    )
    figures.append(_scaling("folded LDIF value of 54 MB", _folded_ldif, 54, folder, ".ldif"))
    figures.append(_scaling("vCard PHOTO of 30 MB", _photo_vcard, 30, folder, ".vcf"))
    return figures


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="attache-hostile-") as folder:
        print(table(run(Path(folder))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
