"""Pieces the benchmark scripts share: a long history made quickly, the fleet simulation."""

from __future__ import annotations

import gzip
import json
import random
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cep_gui.core.client import CepClient
from cep_gui.core.schedule import next_due
from cep_gui.core.store import history_table


def fill_history(client: CepClient, count: int, payload: bytes) -> None:
    """``count`` delivered reports like ``payload``, each with its own report id (so each
    body is its own, as in real life), recorded through the store's own table module."""
    document = json.loads(payload)
    now = client.clock.now()
    with client.store.transaction() as tx:
        for number in range(count):
            document["report_id"] = str(uuid.UUID(int=number, version=4))
            raw = json.dumps(document, sort_keys=True, separators=(",", ":")).encode()
            item_id = document["report_id"]
            history_table.start_attempt(
                tx, item_id=item_id, kind="report", at=now - timedelta(minutes=count - number),
                endpoint="https://reports.example.com", body=gzip.compress(raw, mtime=0),
                size=len(raw),
            )  # fmt: skip
            history_table.finish(tx, item_id, outcome="delivered", at=now, status=202)


@dataclass
class Fleet:
    ratio: float
    peak: int
    mean: float
    late_ratio: float  # the same over months 4 to 6, after the joining wave


def fleet_simulation(installations: int = 100_000, seed: int = 11) -> Fleet:
    """Uploads per hour of a fleet following the real ``next_due``.

    Installations join uniformly over a month; each delivers the moment a report
    falls due. Peak hour over mean hour, over six months.
    """
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    end = start + timedelta(days=182)
    per_hour: Counter[int] = Counter()
    for _ in range(installations):
        iid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        joined = start + timedelta(seconds=rng.uniform(0, 30 * 86400))
        last = None
        while True:
            due = next_due(participating=True, allowed=True, joined=joined, last_success=last,
                           interval_days=14, installation_id=iid)  # fmt: skip
            if due is None or due >= end:
                break
            per_hour[int((due - start).total_seconds() // 3600)] += 1
            last = due
    hours = int((end - start).total_seconds() // 3600)
    mean = sum(per_hour.values()) / hours
    peak = max(per_hour.values())
    late = [per_hour[h] for h in range(hours // 2, hours)]
    return Fleet(peak / mean, peak, mean, max(late) / (sum(late) / len(late)))


def report_fleet() -> None:
    started = time.perf_counter()
    fleet = fleet_simulation()
    print("\nFleet: 100,000 installations joining over a month, 6 months, 14-day interval")
    print(
        f"  peak hour {fleet.peak} uploads, mean hour {fleet.mean:.0f}: peak/mean = "
        f"{fleet.ratio:.2f} (goal at most 1.5: {'met' if fleet.ratio <= 1.5 else 'MISSED'}); "
        f"months 4-6 alone: {fleet.late_ratio:.2f} "
        f"(simulated in {time.perf_counter() - started:.1f} s)"
    )
