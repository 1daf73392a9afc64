"""uvicorn's h11 protocol with a deadline for request headers.

uvicorn closes idle kept-alive connections, but any byte that arrives cancels that
timer, so a client that sends its headers one byte every few seconds (slowloris)
holds a connection for ever. Here a request's headers must be complete within
``header_timeout`` seconds of the connection opening or of the first byte after the
previous answer; otherwise the connection is closed. The body has its own deadline
in the app. Header size is bounded by h11 (``h11_max_incomplete_event_size``).
It also never writes uvicorn's access log, which names the client's address, and it
reads at most 64 KiB at a time from a connection.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

from cep_gui.receiver.logs import LOGGER

log = logging.getLogger(LOGGER)

READ_SIZE = 64 * 1024


class DeadlineH11Protocol(H11Protocol):
    #: Set by the app factory in each worker (see :func:`with_header_timeout`).
    header_timeout: float = 10.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # uvicorn's access log line starts with the client's address: never written,
        # whatever the logging configuration of the process (uvicorn decides by whether
        # its access logger has handlers, which any later logging setup can change).
        self.access_log = False
        self._header_deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        # asyncio reads up to 256 KiB at a time, and uvicorn keeps what one read brings
        # before it pauses the connection: with hundreds of uploads at once that is tens
        # of MB outside any budget. Smaller reads bound it to READ_SIZE per connection.
        if hasattr(transport, "max_size"):
            transport.max_size = READ_SIZE
        self._arm()

    def data_received(self, data: bytes) -> None:
        between_requests = self.cycle is None or self.cycle.response_complete
        if between_requests and self._header_deadline is None:
            self._arm()
        before = self.cycle
        super().data_received(data)
        if self.cycle is not before or not between_requests:
            self._disarm()  # a new request's headers are complete

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._header_deadline = self.loop.call_later(self.header_timeout, self._too_slow)

    def _disarm(self) -> None:
        if self._header_deadline is not None:
            self._header_deadline.cancel()
            self._header_deadline = None

    def _too_slow(self) -> None:
        self._header_deadline = None
        if self.cycle is not None and not self.cycle.response_complete:
            return  # a request is being handled: the app's deadlines apply
        if not self.transport.is_closing():
            log.info("request headers too slow", extra={"event": "header_timeout"})
            self.transport.close()


def with_header_timeout(seconds: float) -> type[DeadlineH11Protocol]:
    """A protocol class of its own, for a receiver that is not alone in its process."""
    return type("DeadlineH11Protocol", (DeadlineH11Protocol,), {"header_timeout": seconds})
