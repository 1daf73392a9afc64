"""Prometheus metrics: what was stored, what was refused and why, how long it took.

With several uvicorn workers, ``PROMETHEUS_MULTIPROC_DIR`` names a folder where each
worker writes its values; a scrape of any worker then sums them all (the client
library's multi-process mode). The command line sets it up for ``--workers N``.
One process (tests, ``--workers 1``) keeps its values in a registry of its own, so
several receivers in one process never mix their counts.
"""

from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)

from cep_gui.receiver.errors import REJECT_REASONS

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
CONTENT_TYPE = CONTENT_TYPE_LATEST
ROUTES = ("reports", "deletion_requests", "health", "metrics", "other")


def multiprocess_dir() -> str | None:
    return os.environ.get(MULTIPROC_ENV) or None


class Metrics:
    def __init__(self) -> None:
        self.shared = multiprocess_dir() is not None
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "cep_receiver_requests",
            "HTTP requests answered, by route and status",
            ["route", "status"],
            registry=self.registry,
        )
        self.rejected = Counter(
            "cep_receiver_rejected",
            "Requests refused, by reason (the error code of the answer)",
            ["reason"],
            registry=self.registry,
        )
        self.stored = Counter(
            "cep_receiver_reports_stored", "Reports stored", registry=self.registry
        )
        self.deleted = Counter(
            "cep_receiver_reports_deleted",
            "Reports deleted on a proven deletion request",
            registry=self.registry,
        )
        self.duration = Histogram(
            "cep_receiver_request_duration_seconds",
            "Time from the request's headers to its answer, by route",
            ["route"],
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10, 60),
            registry=self.registry,
        )
        self.in_flight = Gauge(
            "cep_receiver_in_flight",
            "Requests being handled",
            multiprocess_mode="livesum",
            registry=self.registry,
        )
        for reason in REJECT_REASONS:
            self.rejected.labels(reason)

    def exposition(self) -> bytes:
        if not self.shared:
            return generate_latest(self.registry)
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return generate_latest(registry)

    def worker_exit(self) -> None:
        """A worker that stops takes its live gauges with it."""
        if self.shared:
            multiprocess.mark_process_dead(os.getpid())  # type: ignore[no-untyped-call]
