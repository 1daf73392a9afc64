"""Failure codes that may appear in a report's ``collection_errors``.

Only a code and a count ever leave the machine; the detail (which may name a file
or a user's path) stays in local logs.
"""

from __future__ import annotations

import enum
import errno


class ErrorCode(enum.StrEnum):
    MISSING_TOOL = "missing_tool"
    PERMISSION_DENIED = "permission_denied"
    PARSE_ERROR = "parse_error"
    TIMEOUT = "timeout"
    UNAVAILABLE = "unavailable"
    TOO_LARGE = "too_large"
    FAILED = "failed"
    NOT_IN_CATALOG = "not_in_catalog"
    INVALID_VALUE = "invalid_value"
    REDACTED = "redacted"
    #: Where installed software came from cannot be told here: names withheld, counted.
    ORIGIN_UNKNOWN = "origin_unknown"


class CollectorFailure(Exception):
    """A source could not be read; carries the code that the report will show."""

    def __init__(self, code: ErrorCode, detail: str) -> None:
        super().__init__(f"{code.value}: {detail}")
        self.code = code
        self.detail = detail


def code_for_exception(exc: BaseException) -> ErrorCode:
    """Map an exception raised while reading a source to a report error code."""
    if isinstance(exc, CollectorFailure):
        return exc.code
    if isinstance(exc, PermissionError):
        return ErrorCode.PERMISSION_DENIED
    if isinstance(exc, TimeoutError):
        return ErrorCode.TIMEOUT
    if isinstance(exc, UnicodeError | ValueError | KeyError | IndexError):
        return ErrorCode.PARSE_ERROR
    if isinstance(exc, OSError):
        if exc.errno in (errno.EACCES, errno.EPERM):
            return ErrorCode.PERMISSION_DENIED
        return ErrorCode.UNAVAILABLE
    return ErrorCode.FAILED
