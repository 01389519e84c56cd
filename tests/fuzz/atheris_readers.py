"""Coverage-guided fuzzing of the contact-list readers with atheris (libFuzzer).

    .venv/bin/python tests/fuzz/atheris_readers.py -max_total_time=300

Each input is tried as a CSV, a vCard and an .xlsx; anything but the documented
``ImportFileError`` stops the run with the input saved by libFuzzer (crash-…).
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from attache_app.importing.contact import ImportFileError
    from attache_app.importing.reading import read_file

FOLDER = Path(tempfile.mkdtemp(prefix="attache-atheris-"))


def one_input(data: bytes) -> None:
    for name in ("list.csv", "cards.vcf", "book.xlsx"):
        path = FOLDER / name
        path.write_bytes(data)
        with contextlib.suppress(ImportFileError):  # the documented error
            read_file(path)


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
