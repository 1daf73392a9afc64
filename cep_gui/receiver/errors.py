"""The one error a request can end in: an HTTP status, a stable code and a plain message.

Clients and operators key on ``code`` (it is also the ``reason`` label of the reject
counter), people read ``error``.
"""

from __future__ import annotations

from http import HTTPStatus


class RequestError(Exception):
    def __init__(
        self,
        status: HTTPStatus,
        code: str,
        message: str,
        *,
        close: bool = False,
        retry_after: int | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        #: The body was not (fully) read, so the connection cannot carry another request.
        self.close = close
        self.retry_after = retry_after


#: Every reject reason, so the counter shows each one (at 0) from the start.
REJECT_REASONS = (
    "headers_too_large",
    "length_required",
    "bad_length",
    "body_too_large",
    "report_too_large",
    "body_timeout",
    "not_gzip",
    "bad_gzip",
    "trailing_data",
    "not_json",
    "invalid_report",
    "invalid_request",
    "unstorable_text",
    "idempotency_key_mismatch",
    "already_received",
    "report_id_conflict",
    "installation_key_mismatch",
    "installation_deleted",
    "deletion_key_mismatch",
    "rate_limited",
    "overloaded",
    "memory_budget",
    "storage_unavailable",
    "internal_error",
    "not_found",
    "method_not_allowed",
)
