"""What a report and a deletion request must be before anything is stored.

The whole document is checked to be JSON (strict: no NaN, no lone surrogates), but
only the header fields are decoded into Python objects: a 50 KB report is validated
in a few tens of microseconds instead of being built as a tree nobody reads.
Both engines get exactly the same documents, so both accept and refuse alike.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass
from http import HTTPStatus

import msgspec

from cep_gui.receiver.errors import RequestError

SCHEMA_VERSION = 1
_KEY_HASH = re.compile(r"[0-9a-f]{64}")
#: A NUL escape (``\u0000`` after an even number of backslashes): PostgreSQL text and
#: JSONB cannot hold it, so no engine stores it.
_NUL_ESCAPE = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")
MAX_DELETION_KEY_CHARS = 512


class _ReportHead(msgspec.Struct):
    schema_version: object = None
    report_id: object = None
    installation_id: object = None
    deletion_key_hash: object = None
    # Raw: validated as JSON, kept as bytes, never decoded.
    sections: msgspec.Raw = msgspec.Raw(b"null")


class _DeletionDoc(msgspec.Struct):
    installation_id: object = None
    deletion_key: object = None


_report_decoder = msgspec.json.Decoder(_ReportHead)
_deletion_decoder = msgspec.json.Decoder(_DeletionDoc)


@dataclass(frozen=True)
class ValidReport:
    report_id: str
    installation_id: str
    deletion_key_hash: str
    #: The report's JSON, inflated (as read: a bytearray is not copied).
    body: bytes | bytearray
    #: The request body exactly as received: the gzip member. This is what is stored
    #: (6 to 7 times smaller than the JSON); reading a report inflates it again.
    wire: bytes | bytearray
    #: SHA-256 of ``body``: a retry of the same report is told from another report
    #: with the same id by this, whatever gzip settings each was compressed with.
    digest: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    @classmethod
    def of(
        cls,
        report_id: str,
        installation_id: str,
        deletion_key_hash: str,
        body: bytes | bytearray,
        wire: bytes | bytearray,
    ) -> ValidReport:
        digest = hashlib.sha256(body).digest()
        return cls(report_id, installation_id, deletion_key_hash, body, wire, digest)


@dataclass(frozen=True)
class ValidDeletion:
    installation_id: str
    #: SHA-256 (hex) of the presented secret; the secret itself goes no further.
    presented_key_hash: str


def check_report(
    body: bytes | bytearray, wire: bytes | bytearray, idempotency_key: str | None
) -> ValidReport:
    """``body`` is the inflated JSON, ``wire`` the gzip member it came in."""
    try:
        head = _report_decoder.decode(body)
    except msgspec.ValidationError as exc:
        raise _invalid("a report is a JSON object") from exc
    except msgspec.DecodeError as exc:
        raise _not_json(exc) from exc
    if type(head.schema_version) is not int or head.schema_version != SCHEMA_VERSION:
        raise _invalid(f"unsupported schema_version (this receiver takes {SCHEMA_VERSION})")
    report_id = _uuid(head.report_id, "report_id")
    installation_id = _uuid(head.installation_id, "installation_id")
    key_hash = head.deletion_key_hash
    if not isinstance(key_hash, str) or not _KEY_HASH.fullmatch(key_hash):
        raise _invalid("deletion_key_hash must be the SHA-256 of the deletion key (64 hex digits)")
    if not bytes(head.sections).startswith(b"{"):
        raise _invalid("sections must be an object")
    if (idempotency_key or "").strip().lower() != report_id:
        raise RequestError(
            HTTPStatus.UNPROCESSABLE_ENTITY,
            "idempotency_key_mismatch",
            "Idempotency-Key must equal the report_id",
        )
    _refuse_nul(body)
    return ValidReport.of(report_id, installation_id, key_hash, body, wire)


def check_deletion(body: bytes | bytearray) -> ValidDeletion:
    try:
        doc = _deletion_decoder.decode(body)
    except msgspec.ValidationError as exc:
        raise _invalid("a deletion request is a JSON object", "invalid_request") from exc
    except msgspec.DecodeError as exc:
        raise _not_json(exc) from exc
    installation_id = _uuid(doc.installation_id, "installation_id", "invalid_request")
    key = doc.deletion_key
    if not isinstance(key, str) or not key or len(key) > MAX_DELETION_KEY_CHARS:
        raise _invalid("deletion_key is required: the secret this installation made at join",
                       "invalid_request")  # fmt: skip
    return ValidDeletion(installation_id, deletion_key_hash(key))


def deletion_key_hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _refuse_nul(body: bytes | bytearray) -> None:
    if b"\\u0000" in body and _NUL_ESCAPE.search(body):
        raise RequestError(
            HTTPStatus.UNPROCESSABLE_ENTITY,
            "unstorable_text",
            "the report holds a NUL character (\\u0000), which cannot be stored",
        )


def _uuid(value: object, name: str, code: str = "invalid_report") -> str:
    if isinstance(value, str):
        try:
            return str(uuid.UUID(value))
        except ValueError:
            pass
    raise _invalid(f"{name} must be a UUID", code)


def _invalid(message: str, code: str = "invalid_report") -> RequestError:
    return RequestError(HTTPStatus.UNPROCESSABLE_ENTITY, code, message)


def _not_json(exc: Exception) -> RequestError:
    return RequestError(HTTPStatus.BAD_REQUEST, "not_json", f"the body is not JSON: {exc}")
