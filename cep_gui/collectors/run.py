"""Run collectors side by side, each with a deadline.

A collector that hangs (a stuck network mount, a tool that never answers) must not
hold up the report: after the deadline its fields are left out and a ``timeout``
is counted. Its thread is a daemon, so it cannot keep the process alive either.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

from cep_gui.collectors.base import ITEMS, Collector, ErrorSink
from cep_gui.collectors.system import SystemEnv
from cep_gui.core.errors import ErrorCode
from cep_gui.core.report import CollectedValues

DEFAULT_DEADLINE = 20.0


def run_collectors(
    collectors: Sequence[Collector],
    env: SystemEnv,
    errors: ErrorSink,
    deadline: float = DEFAULT_DEADLINE,
) -> list[CollectedValues]:
    jobs = [_Job(c, env) for c in collectors]
    if len(jobs) == 1:
        jobs[0].run()  # no thread needed; the runner's own timeouts still apply
    else:
        for job in jobs:
            job.thread.start()
        end = time.monotonic() + deadline
        for job in jobs:
            job.thread.join(max(0.0, end - time.monotonic()))
    results: list[CollectedValues] = []
    for job in jobs:
        if not job.done.is_set():
            errors.add(job.collector.name, ErrorCode.TIMEOUT, f"no answer within {deadline:g} s")
            continue
        errors.merge(job.errors)
        items = job.values.pop(ITEMS, None)
        results.append(
            CollectedValues(
                job.collector.name,
                job.values,
                items=list(items) if isinstance(items, list) else [],
            )
        )
    return results


class _Job:
    def __init__(self, collector: Collector, env: SystemEnv) -> None:
        self.collector = collector
        self.env = env
        self.errors = ErrorSink()
        self.values: dict[str, object] = {}
        self.done = threading.Event()
        self.thread = threading.Thread(
            target=self.run, name=f"collect-{collector.name}", daemon=True
        )

    def run(self) -> None:
        with self.errors.guard(self.collector.name):
            self.values = dict(self.collector.collect(self.env, self.errors))
        self.done.set()
