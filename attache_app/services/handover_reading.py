"""The successor's side: recognising a hand-over package, opening it with its password,
reading its note, and importing its records as one batch.

A package is recognised from its bytes: a password-protected workbook (an OLE container
holding Excel's ``EncryptedPackage``), or a plain workbook carrying the ``AttacheHandover``
document property (a package written with ``--no-protect``). The password opens it in
memory (msoffcrypto-tool); the plain workbook is written to the process's private temporary
folder, under the package's own name, for the full export's reader, and deleted as soon as
it has been read. Every problem is one sentence naming the file: a wrong password, a file
that is damaged or is not a package, a package of another version. Nothing is written to
the database before the user has seen the preview; the import is the full export's (one
batch, undone from the import history).
"""

from __future__ import annotations

import contextlib
import io
import re
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from attache_app.errors import AttacheError
from attache_app.i18n import translate
from attache_app.services.handover import PACKAGE_MARKER, PACKAGE_VERSION

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_PACKAGE = 2 << 30
"""A package larger than 2 GB is refused before it is read into memory."""


class PackageError(AttacheError):
    """The package cannot be opened or read; the message names the file and says why."""


def _head(path: Path, size: int = 8) -> bytes:
    """The first bytes of a regular file (a FIFO, a device or a folder is never opened:
    reading it could block)."""
    try:
        if not path.is_file():
            return b""
        with path.open("rb") as stream:
            return stream.read(size)
    except OSError:
        return b""


def is_protected_workbook(path: Path) -> bool:
    """Whether ``path`` is a password-protected Office document (an OLE container with an
    encrypted package): a hand-over package, or another protected workbook — only the
    password tells."""
    if _head(path) != OLE_MAGIC:
        return False
    try:
        import msoffcrypto

        with path.open("rb") as stream:
            office = msoffcrypto.OfficeFile(stream)
            return bool(office.format == "ooxml" and office.is_encrypted())
    except Exception:  # a damaged container: its password will not open it either
        return True


def marker_version(data: bytes | Path) -> int | None:
    """The package version a plain workbook (its bytes, or the file) declares, None when it
    declares none (or is not a workbook), -1 when it declares something that is not a
    number. Only the archive's directory and that one small part are read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data) as archive:
            info = archive.getinfo("docProps/custom.xml")
            if info.file_size > 1 << 20:
                return None
            custom = archive.read(info).decode("utf-8", "replace")
    except (KeyError, OSError, zipfile.BadZipFile, RuntimeError, ValueError):
        return None
    found = re.search(rf'name="{PACKAGE_MARKER}"[^>]*>\s*<vt:\w+>([^<]*)</vt:\w+>', custom)
    if found is None:
        return None
    text = found.group(1).strip()
    return int(text) if text.isdigit() else -1


def is_package(path: Path) -> bool:
    """Whether the import should treat ``path`` as a hand-over package: a protected workbook
    (its password will say), or a plain one that declares itself a package."""
    if is_protected_workbook(path):
        return True
    if _head(path, 4) != b"PK\x03\x04":
        return False
    return marker_version(path) is not None


def _damaged(name: str, detail: str = "") -> PackageError:
    if detail:
        return PackageError(
            translate(
                "Handover", "{file} cannot be opened: it is damaged or incomplete ({detail})."
            ).format(file=name, detail=detail[:200])
        )
    return PackageError(
        translate("Handover", "{file} cannot be opened: it is damaged or incomplete.").format(
            file=name
        )
    )


def decrypt(path: Path, password: str | None) -> bytes:
    """The plain workbook of the package ``path``: decrypted with ``password`` when it is
    protected, read as it is when not."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_PACKAGE:
            raise PackageError(
                translate("Handover", "{file} is too large to be a hand-over package.").format(
                    file=name
                )
            )
        raw = path.read_bytes()
    except OSError as error:
        raise PackageError(
            translate("Handover", "{file} cannot be read: {reason}").format(
                file=name, reason=error.strerror or error
            )
        ) from None
    if not raw.startswith(OLE_MAGIC):
        return raw
    if not password:
        raise PackageError(
            translate("Handover", "{file} is protected by a password: give it.").format(file=name)
        )
    import msoffcrypto
    from msoffcrypto import exceptions

    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(raw))
        if not office.is_encrypted():
            raise _damaged(name)
        office.load_key(password=password, verify_password=True)
    except exceptions.InvalidKeyError:
        raise PackageError(
            translate(
                "Handover", "The password does not open {file}: check it with the sender."
            ).format(file=name)
        ) from None
    except PackageError:
        raise
    except Exception as error:  # msoffcrypto and olefile raise many kinds
        raise _damaged(name, str(error)) from None
    clear = io.BytesIO()
    try:  # the password is right: a failure now is a damaged file (its checksum says so)
        office.decrypt(clear, verify_integrity=True)
    except Exception as error:
        raise _damaged(name, str(error)) from None
    return clear.getvalue()


def check_version(name: str, data: bytes) -> int:
    """The package's version, or one sentence: not a package, or a version this Attaché
    does not read."""
    if not data.startswith(b"PK\x03\x04"):
        raise _damaged(name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            bad = archive.testzip()
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, EOFError) as error:
        raise _damaged(name, str(error)) from None
    if bad is not None:
        raise _damaged(name, bad)
    version = marker_version(data)
    if version is None:
        raise PackageError(
            translate(
                "Handover",
                "{file} is a protected workbook, not a hand-over package of Attaché; nothing "
                "was imported.",
            ).format(file=name)
        )
    if version > PACKAGE_VERSION:
        raise PackageError(
            translate(
                "Handover",
                "{file} is a hand-over package of version {found}, made by a newer Attaché; "
                "update Attaché to read it (this one reads version {known}).",
            ).format(file=name, found=version, known=PACKAGE_VERSION)
        )
    if version != PACKAGE_VERSION:
        raise PackageError(
            translate(
                "Handover",
                "{file} is a hand-over package of version {found}, which this Attaché does "
                "not read (it reads version {known}); ask for a new package.",
            ).format(file=name, found=version, known=PACKAGE_VERSION)
        )
    return version


@dataclass
class Note:
    """The note de passation as read from the package: its lines, cell by cell."""

    title: str = ""
    rows: list[list[str]] = field(default_factory=list)

    def text(self) -> str:
        return "\n".join("\t".join(c for c in row if c) for row in self.rows)

    def facts(self) -> list[tuple[str, str]]:
        """The (label, value) pairs at the top of the note: post, author, date, contents."""
        pairs = []
        for row in self.rows[1:]:
            cells = [c for c in row if c]
            if len(cells) == 2 and len(row) > 1 and row[0] and row[1]:
                pairs.append((cells[0], cells[1]))
            elif pairs:
                break
        return pairs


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "strftime"):
        return str(value.strftime("%d/%m/%Y %H:%M" if hasattr(value, "hour") else "%d/%m/%Y"))
    return str(value)


def read_note(name: str, data: bytes) -> Note:
    """The package's first sheet, the note de passation."""
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        first = book.sheet_names[0]
        rows = book.get_sheet_by_name(first).to_python()
    except Exception as error:
        raise _damaged(name, str(error)) from None
    return Note(first, [[_cell_text(c) for c in row] for row in rows if any(row)])


@dataclass
class Opened:
    """A package opened: its plain workbook in the private temporary folder (under the
    package's own name, which the import batch records), its version and its note."""

    source: Path
    plain: Path
    version: int
    note: Note


@contextlib.contextmanager
def opened(path: Path, password: str | None) -> Iterator[Opened]:
    """Open the package ``path`` for reading; its plain copy is deleted on leaving."""
    path = Path(path)
    data = decrypt(path, password)
    version = check_version(path.name, data)
    note = read_note(path.name, data)
    with tempfile.TemporaryDirectory(prefix="attache-package-") as folder:
        plain = Path(folder) / path.name
        if plain.suffix.lower() != ".xlsx":
            plain = plain.with_name(plain.name + ".xlsx")
        try:
            plain.write_bytes(data)
        except OSError as error:
            raise PackageError(
                translate("Handover", "{file} cannot be opened here: {reason}").format(
                    file=path.name, reason=error.strerror or error
                )
            ) from None
        del data
        yield Opened(path, plain, version, note)
