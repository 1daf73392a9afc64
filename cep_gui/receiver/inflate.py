"""Streaming gunzip with a hard output limit and exactly one gzip member.

Chunks are inflated as they arrive, so a body that is not gzip, a bomb or trailing
bytes are refused at the first chunk that shows it, not after the whole upload.
"""

from __future__ import annotations

import zlib
from http import HTTPStatus

from cep_gui.receiver.errors import RequestError

_GZIP = 16 + zlib.MAX_WBITS  # gzip framing only; zlib or raw deflate is refused


class SingleMemberInflater:
    """Feed chunks, get inflated bytes; raises :class:`RequestError` on anything else."""

    def __init__(self, max_output: int) -> None:
        self._inflater = zlib.decompressobj(wbits=_GZIP)
        self._max_output = max_output
        self.output_size = 0

    def feed(self, chunk: bytes) -> bytes:
        if self._inflater.eof:
            if chunk:
                raise _trailing()
            return b""
        budget = self._max_output - self.output_size + 1
        try:
            data = self._inflater.decompress(chunk, budget)
        except zlib.error as exc:
            raise RequestError(
                HTTPStatus.BAD_REQUEST, "bad_gzip", f"malformed gzip data: {exc}", close=True
            ) from exc
        self.output_size += len(data)
        if self.output_size > self._max_output or self._inflater.unconsumed_tail:
            raise RequestError(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                "report_too_large",
                f"the report is over {self._max_output // 1024} KiB uncompressed",
                close=True,
            )
        if self._inflater.unused_data:
            raise _trailing()
        return data

    def finish(self) -> None:
        """The body ended: the member must be complete (trailer and all)."""
        if not self._inflater.eof:
            raise RequestError(HTTPStatus.BAD_REQUEST, "bad_gzip", "malformed gzip data: truncated")


def _trailing() -> RequestError:
    return RequestError(
        HTTPStatus.BAD_REQUEST,
        "trailing_data",
        "the body must be exactly one gzip member, with nothing after it",
        close=True,
    )
