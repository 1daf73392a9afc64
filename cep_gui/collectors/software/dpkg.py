"""Installed Debian packages, read straight from dpkg's status database.

Which of them came from a public archive is told by apt's package lists (``apt_lists``).

Reading ``/var/lib/dpkg/status`` ourselves instead of running ``dpkg-query``
saves a process start (most of the collection budget) and works in a chroot
view. The file is scanned paragraph by paragraph on raw bytes: only three
fields of each paragraph matter, and the general deb822 parsers in the
standard library (``email``) are an order of magnitude too slow for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from cep_gui.collectors.base import ErrorSink
from cep_gui.collectors.software.apt_lists import NoPublicLists, public_names
from cep_gui.collectors.software.packages import MAX_TEXT, PackageEntry, entry, error_name
from cep_gui.collectors.system import SystemEnv
from cep_gui.core.errors import CollectorFailure, ErrorCode, code_for_exception

STATUS_PATH = "/var/lib/dpkg/status"

#: A status database larger than this is not one (real ones are a few MiB).
MAX_STATUS_BYTES = 256 * 1024 * 1024

_CHUNK = 1024 * 1024

#: ``Status:`` values (want, error flag, state) of a package that is on disk and usable.
INSTALLED_STATES = frozenset({b"install ok installed", b"hold ok installed"})


@dataclass
class StatusScan:
    """The outcome of scanning a status database."""

    entries: list[PackageEntry] = field(default_factory=list)
    #: Paragraphs that named a package but were unusable (no Status, or installed
    #: without Version), plus one when the file ends in the middle of a line.
    damaged: int = 0
    #: Paragraphs that had a Package field at all.
    packages_seen: int = 0
    #: Whether any non-blank content was seen.
    non_empty: bool = False


def read_dpkg(env: SystemEnv, errors: ErrorSink) -> list[PackageEntry] | None:
    """Installed dpkg packages, or None when this is not a dpkg-based system."""
    path = env.path(STATUS_PATH)
    try:
        fh = path.open("rb")
    except FileNotFoundError:
        return None
    with fh:
        scan = scan_status(_chunks(fh))
    if scan.damaged:
        errors.add(
            error_name("dpkg"),
            ErrorCode.PARSE_ERROR,
            f"{scan.damaged} damaged paragraph(s) in {STATUS_PATH}",
        )
    return with_origins(env, scan.entries, errors)


def with_origins(
    env: SystemEnv, entries: list[PackageEntry], errors: ErrorSink
) -> list[PackageEntry]:
    """Mark each package public (a public archive lists its name) or local (none does).

    Without any list of a public archive nothing can be told, and every package stays of
    unknown origin: the report then counts them and says why instead of naming them.
    """
    if not entries:
        return entries
    try:
        listed = public_names(env, ((entry.name, entry.version) for entry in entries))
    except NoPublicLists:
        return entries
    except Exception as exc:  # a damaged list or cache costs the names, never the count
        errors.add(error_name("dpkg"), code_for_exception(exc), f"package lists: {exc}")
        return entries
    marked: list[PackageEntry] = []
    for name, version, source, _ in entries:
        if name not in listed.names:
            marked.append(PackageEntry(name, version, source, "local"))
        elif (name, version) in listed.versions:
            marked.append(PackageEntry(name, version, source, "public"))
        else:
            # A public name in a version no archive lists (since updated, or rebuilt here):
            # the name is public, the version may not be, so it is left empty.
            marked.append(PackageEntry(name, "", source, "public"))
    return marked


def _chunks(fh: BinaryIO) -> Iterator[bytes]:
    total = 0
    while chunk := fh.read(_CHUNK):
        total += len(chunk)
        if total > MAX_STATUS_BYTES:
            raise CollectorFailure(ErrorCode.TOO_LARGE, f"{STATUS_PATH} is implausibly large")
        yield chunk


def scan_status(chunks: Iterable[bytes]) -> StatusScan:
    """Scan a status database given as byte chunks; raises on a file that is not one."""
    scan = StatusScan()
    carry = b""
    for chunk in chunks:
        if b"\0" in chunk:
            raise CollectorFailure(ErrorCode.PARSE_ERROR, "NUL bytes: not a dpkg status database")
        buffer = carry + chunk
        if b"\r" in buffer:
            # A trailing CR may pair with the next chunk's LF: it stays in the carry.
            buffer = buffer.replace(b"\r\n", b"\n")
        paragraphs = buffer.split(b"\n\n")
        carry = paragraphs.pop()
        for paragraph in paragraphs:
            _scan_paragraph(paragraph, True, scan)
    # The last paragraph lacks its final newline when the file was cut off mid-line.
    complete = not carry or carry.endswith(b"\n")
    _scan_paragraph(carry, complete, scan)
    if not complete and not carry.isspace():
        scan.damaged += 1  # the last package may be missing or incomplete
    if scan.non_empty and not scan.packages_seen:
        raise CollectorFailure(ErrorCode.PARSE_ERROR, "not a dpkg status database")
    return scan


def _field(paragraph: bytes, name: bytes, complete: bool) -> bytes | None:
    """The single-line value of field ``name`` (``b"\\nName:"``), or None when absent.

    Fields are found only at the start of a line, so continuation lines never
    match. A value on an unterminated last line (``complete`` false) is not trusted.
    """
    if paragraph.startswith(name[1:]):
        start = len(name) - 1
    else:
        start = paragraph.find(name)
        if start < 0:
            return None
        start += len(name)
    end = paragraph.find(b"\n", start)
    if end < 0:
        if not complete:
            return None
        end = len(paragraph)
    return paragraph[start:end].strip()


def _scan_paragraph(paragraph: bytes, complete: bool, scan: StatusScan) -> None:
    if not paragraph or paragraph.isspace():
        return
    scan.non_empty = True
    package = _field(paragraph, b"\nPackage:", complete)
    if not package:
        return
    scan.packages_seen += 1
    status = _field(paragraph, b"\nStatus:", complete)
    if status is None:
        scan.damaged += 1
        return
    if status not in INSTALLED_STATES and b" ".join(status.split()) not in INSTALLED_STATES:
        return
    version = _field(paragraph, b"\nVersion:", complete)
    if not version:
        scan.damaged += 1
        return
    name = package.decode("utf-8", "replace")
    text = version.decode("utf-8", "replace")
    if name.isprintable() and text.isprintable() and len(name) + len(text) < MAX_TEXT:
        scan.entries.append(PackageEntry(name, text, "dpkg"))
    elif (item := entry(name, text, "dpkg")) is not None:
        scan.entries.append(item)
