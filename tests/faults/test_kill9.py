"""kill -9 at 200 random moments of collect → queue → upload, against the real receiver.

Afterwards the store opens cleanly, nothing waits in the outbox, and the receiver
holds every report the client believes delivered, each exactly once.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

from cep_gui.core.client import CepClient, Overrides
from cep_gui.core.history import list_history
from cep_gui.receiver.server import ReceiverServer
from tests.helpers.cli import run_cli
from tests.helpers.policies import trusted

assert sys.platform != "win32", "POSIX only: kill -9"

ROUNDS = int(os.environ.get("CEP_KILL_ROUNDS", "200"))


def test_reports_survive_kill_9_at_random_moments(tmp_path: Path, receiver: ReceiverServer) -> None:
    data = tmp_path / "client"
    assert run_cli("opt-in", data_dir=data).returncode == 0
    env = {**os.environ, "CEP_POLICY_DIR": str(tmp_path / "no-policies")}
    argv = [sys.executable, "-m", "cep_gui", "--data-dir", str(data),
            "send-now", "--endpoint", receiver.url]  # fmt: skip
    rng = random.Random(9)
    finished = killed = 0
    for _ in range(ROUNDS):
        child = subprocess.Popen(
            argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            child.wait(timeout=rng.uniform(0.0, 0.8))
            finished += 1
        except subprocess.TimeoutExpired:
            os.kill(child.pid, signal.SIGKILL)
            child.wait(10)
            killed += 1
    assert killed > ROUNDS // 4 and finished > 0, (killed, finished)

    with CepClient(
        data,
        overrides=Overrides(endpoint=receiver.url),
        policy_locations=trusted(tmp_path / "no-policies"),
    ) as client:
        conn = client.store.read()
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert not client.store.notices  # never treated as damaged
        asyncio.run(client.send_waiting(force=True))
        assert conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0] == 0
        delivered = [
            e.item_id for e in list_history(client.store)
            if e.kind == "report" and e.outcome == "delivered"
        ]  # fmt: skip
    assert len(delivered) == len(set(delivered)), "a report was recorded twice"
    stored = [json.loads(body)["report_id"] for _, _, body in receiver.db.reports()]
    assert sorted(stored) == sorted(delivered), "receiver and history disagree"
    assert len(stored) >= finished  # every run that finished delivered a report
