"""Signed bundles: released reports carried across an air gap in one file.

The format (all lengths unsigned 32-bit big-endian)::

    b"CEP-RELAY-BUNDLE\\n"
    length, header         JSON: format, bundle_id, created, relay_key_id,
                           reports, deletions, items [{kind, id, size, sha256}]
    length, member         one per item, in the header's order: a gzip member
                           (a released report as it leaves, or a deletion request)
    b"SIG\\n", signature    64 bytes, Ed25519 over b"cep-relay-bundle-1\\n" + the
                           SHA-256 of every byte before "SIG"

The signature is checked before anything in the file is believed: a bundle that
was cut short, altered in one bit or signed with another key is refused whole.
A bundle whose id was imported before, or that holds a report already imported,
is refused too (a replay). The exporting relay marks what it wrote as exported
in that bundle and keeps it: a bundle lost on the way is written again with
``export-bundle --again BUNDLE_ID``, and the importing relay takes each report
only once.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import os
import struct
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from cep_gui.receiver.limits import MAX_BODY_BYTES
from cep_gui.receiver.relay.state import ExportSet

MAGIC = b"CEP-RELAY-BUNDLE\n"
SIGNATURE_MARK = b"SIG\n"
_CONTEXT = b"cep-relay-bundle-1\n"
FORMAT = 1
MAX_HEADER_BYTES = 64 * 1024 * 1024
_LENGTH = struct.Struct(">I")
_TRAILER = len(SIGNATURE_MARK) + 64


class BundleError(ValueError):
    """A bundle or key that cannot be used; the message says why in plain words."""


@dataclass(frozen=True)
class Item:
    kind: str  # "report" or "deletion"
    id: str
    member: bytes

    @property
    def document(self) -> bytes:
        return gzip.decompress(self.member)


@dataclass(frozen=True)
class Bundle:
    bundle_id: str
    created: str
    key_id: str
    items: tuple[Item, ...]

    @property
    def reports(self) -> list[Item]:
        return [i for i in self.items if i.kind == "report"]

    @property
    def deletions(self) -> list[Item]:
        return [i for i in self.items if i.kind == "deletion"]


# -- keys ------------------------------------------------------------------------------


def key_id(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def keygen(private_path: Path) -> tuple[Path, str]:
    """A new key pair: the private key (0600, never overwritten) and ``<name>.pub``."""
    public_path = private_path.with_name(private_path.name + ".pub")
    for path in (private_path, public_path):
        if path.exists():
            raise BundleError(f"{path} exists already; it is not overwritten")
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    try:
        fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(pem)
        public_path.write_bytes(
            private.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )
    except OSError as exc:
        raise BundleError(f"cannot write the key: {exc.strerror or exc}") from exc
    return public_path, key_id(private.public_key())


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as exc:
        raise BundleError(f"{path}: cannot be read: {exc.strerror or exc}") from exc
    except (ValueError, TypeError) as exc:
        raise BundleError(f"{path} is not an unencrypted PEM private key") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise BundleError(f"{path} is not an Ed25519 key (make one with `cep-gui relay keygen`)")
    return key


def load_public_key(path: Path) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except OSError as exc:
        raise BundleError(f"{path}: cannot be read: {exc.strerror or exc}") from exc
    except (ValueError, TypeError) as exc:
        raise BundleError(f"{path} is not a PEM public key") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise BundleError(f"{path} is not an Ed25519 public key")
    return key


# -- writing ---------------------------------------------------------------------------


def write_bundle(path: Path, content: ExportSet, private: Ed25519PrivateKey) -> Bundle:
    """Write the bundle next to ``path`` and move it into place (all of it or nothing)."""
    items = [Item("report", r.report_id, r.body) for r in content.reports]
    items += [
        Item("deletion", d.installation_id, gzip.compress(d.body, mtime=0))
        for d in content.deletions
    ]
    bundle = Bundle(
        bundle_id=str(uuid.uuid4()),
        created=datetime.now(UTC).isoformat(timespec="seconds"),
        key_id=key_id(private.public_key()),
        items=tuple(items),
    )
    header = json.dumps(
        {
            "format": FORMAT,
            "bundle_id": bundle.bundle_id,
            "created": bundle.created,
            "relay_key_id": bundle.key_id,
            "reports": len(bundle.reports),
            "deletions": len(bundle.deletions),
            "items": [
                {
                    "kind": i.kind,
                    "id": i.id,
                    "size": len(i.member),
                    "sha256": hashlib.sha256(i.member).hexdigest(),
                }
                for i in items
            ],
        },
        sort_keys=True,
    ).encode("utf-8")
    partial = path.with_name(f".{path.name}.partial")
    digest = hashlib.sha256()
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:

            def put(data: bytes) -> None:
                digest.update(data)
                out.write(data)

            put(MAGIC)
            put(_LENGTH.pack(len(header)) + header)
            for item in items:
                put(_LENGTH.pack(len(item.member)) + item.member)
            out.write(SIGNATURE_MARK + private.sign(_CONTEXT + digest.digest()))
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise BundleError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return bundle


# -- reading ---------------------------------------------------------------------------


def read_bundle(path: Path, public: Ed25519PublicKey) -> Bundle:
    """Check the signature over the whole file first, then its structure."""
    try:
        with path.open("rb") as source:
            size = os.fstat(source.fileno()).st_size
            if size < len(MAGIC) + _LENGTH.size + _TRAILER:
                raise BundleError(f"{path} is not a relay bundle (too short: cut off?)")
            digest = hashlib.sha256()
            for chunk in _chunks(source, size - _TRAILER):
                digest.update(chunk)
            trailer = source.read(_TRAILER)
            if not trailer.startswith(SIGNATURE_MARK):
                raise BundleError(f"{path} has no signature at its end (cut off or altered)")
            try:
                public.verify(trailer[len(SIGNATURE_MARK) :], _CONTEXT + digest.digest())
            except InvalidSignature:
                raise BundleError(
                    f"{path}: the signature does not match (the file was altered, cut off, or "
                    f"signed with another key than {key_id(public)}); nothing was imported"
                ) from None
            source.seek(0)
            return _parse(source, size - _TRAILER, path)
    except OSError as exc:
        raise BundleError(f"{path}: cannot be read: {exc.strerror or exc}") from exc


def _chunks(source: BinaryIO, length: int) -> Iterator[bytes]:
    left = length
    while left > 0:
        chunk = source.read(min(left, 1024 * 1024))
        if not chunk:
            raise BundleError("the bundle ended early")
        left -= len(chunk)
        yield chunk


def _parse(source: BinaryIO, end: int, path: Path) -> Bundle:
    """A signed file is ours; its structure is still checked, never assumed."""
    if source.read(len(MAGIC)) != MAGIC:
        raise BundleError(f"{path} is not a relay bundle")
    header_doc = _json(_block(source, MAX_HEADER_BYTES, path), path)
    items_doc = header_doc.get("items")
    if header_doc.get("format") != FORMAT or not isinstance(items_doc, list):
        raise BundleError(f"{path}: a bundle format this relay does not know")
    items: list[Item] = []
    for entry in items_doc:
        if not isinstance(entry, dict) or entry.get("kind") not in ("report", "deletion"):
            raise BundleError(f"{path}: an item of an unknown kind")
        member = _block(source, MAX_BODY_BYTES, path)
        if hashlib.sha256(member).hexdigest() != entry.get("sha256"):
            raise BundleError(f"{path}: item {entry.get('id')} does not match its digest")
        items.append(Item(str(entry["kind"]), str(entry.get("id")), member))
    if source.tell() != end:
        raise BundleError(f"{path}: bytes after the last item")
    return Bundle(
        bundle_id=str(header_doc.get("bundle_id")),
        created=str(header_doc.get("created")),
        key_id=str(header_doc.get("relay_key_id")),
        items=tuple(items),
    )


def _block(source: BinaryIO, limit: int, path: Path) -> bytes:
    raw = source.read(_LENGTH.size)
    if len(raw) != _LENGTH.size:
        raise BundleError(f"{path}: the bundle ended early")
    (length,) = _LENGTH.unpack(raw)
    if length > limit:
        raise BundleError(f"{path}: an item is larger than any report can be")
    data = source.read(length)
    if len(data) != length:
        raise BundleError(f"{path}: the bundle ended early")
    return data


def _json(data: bytes, path: Path) -> dict[str, Any]:
    try:
        doc = json.loads(data)
    except ValueError as exc:
        raise BundleError(f"{path}: the bundle's header is not JSON") from exc
    if not isinstance(doc, dict):
        raise BundleError(f"{path}: the bundle's header is not an object")
    return doc
