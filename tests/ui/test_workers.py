"""The tray's worker threads end when idle, and every job still runs."""

from __future__ import annotations

import threading
import time

from cep_gui.ui.workers import IdleExitPool


def test_threads_start_on_demand_and_end_when_idle() -> None:
    pool = IdleExitPool(max_workers=2, idle_seconds=0.2)
    assert pool.threads == 0  # nothing to do: no thread at all
    started = threading.Event()
    release = threading.Event()

    def slow() -> str:
        started.set()
        release.wait(5)
        return "slow"

    first = pool.submit(slow)
    assert started.wait(5)
    second = pool.submit(lambda: "quick")  # the first thread is busy: a second one starts
    assert second.result(5) == "quick" and pool.threads == 2
    release.set()
    assert first.result(5) == "slow"
    deadline = time.monotonic() + 5
    while pool.threads and time.monotonic() < deadline:
        time.sleep(0.05)
    assert pool.threads == 0  # idle for longer than idle_seconds: all gone
    assert pool.submit(lambda: 42).result(5) == 42  # and back when needed
    pool.shutdown()


def test_many_jobs_never_exceed_the_limit_and_errors_reach_the_caller() -> None:
    pool = IdleExitPool(max_workers=2, idle_seconds=1.0)
    results = [pool.submit(lambda n=n: n * n) for n in range(200)]
    assert [f.result(10) for f in results] == [n * n for n in range(200)]
    assert pool.threads <= 2
    failing = pool.submit(lambda: 1 / 0)
    try:
        failing.result(5)
    except ZeroDivisionError:
        pass
    else:
        raise AssertionError("the error was lost")
    pool.shutdown()
    assert pool.threads == 0
