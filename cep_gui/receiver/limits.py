"""The receiver's limits: sizes, time, concurrency, memory and rate.

Each limit has one job. Together they mean that a hostile or merely slow client
costs a bounded amount of memory and time: bodies are refused by their declared
length before a byte is read, the memory that all bodies of a worker hold at once
has a budget, every request has a deadline, and the number of requests in flight
has a ceiling beyond which clients are told when to come back.
"""

from __future__ import annotations

import collections
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_REPORT_BYTES = 1024 * 1024
#: A gzip member of at most 1 MiB of JSON is never larger than this (stored blocks
#: add 5 bytes per 64 KiB), so anything longer is refused without reading it.
MAX_BODY_BYTES = MAX_REPORT_BYTES + 64 * 1024
#: A deletion request is one id and one secret.
MAX_DELETION_BYTES = 16 * 1024
#: The header block of a request (method, path, headers); h11 refuses more.
MAX_HEADER_BYTES = 16 * 1024


@dataclass(frozen=True)
class Limits:
    #: Requests handled at once by one worker; beyond it: 503 with Retry-After.
    max_in_flight: int = 128
    #: Bytes of (inflated) request bodies one worker holds at once; beyond it: 503.
    body_memory: int = 24 * 1024 * 1024
    #: From the first byte of a request to the end of its headers.
    header_timeout: float = 10.0
    #: From the end of the headers to the end of the body.
    body_timeout: float = 60.0
    #: An idle kept-alive connection is closed after this.
    keep_alive: float = 5.0
    #: Accepted requests per minute and worker; None: no rate limit.
    max_per_minute: int | None = None
    #: What a client is told to wait when the receiver is full.
    busy_retry_after: int = 2


class MemoryBudget:
    """Bytes held by request bodies in one worker, charged as they grow.

    One event loop per worker touches it, so no lock is needed.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0

    def take(self, size: int) -> bool:
        if self.used + size > self.limit:
            return False
        self.used += size
        return True

    def give_back(self, size: int) -> None:
        self.used = max(0, self.used - size)


class RateLimiter:
    """At most ``limit`` accepted requests in any 60-second window."""

    def __init__(self, limit: int | None, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self._clock = clock
        self._times: collections.deque[float] = collections.deque()

    def retry_after(self) -> int | None:
        """Seconds to wait when over the limit; None when the request may go ahead."""
        if not self.limit:
            return None
        now = self._clock()
        while self._times and now - self._times[0] >= 60:
            self._times.popleft()
        if len(self._times) >= self.limit:
            return max(1, math.ceil(60 - (now - self._times[0])))
        self._times.append(now)
        return None
