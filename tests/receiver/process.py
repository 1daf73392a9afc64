"""``cep-gui receiver`` as a real process: started, read from, stopped."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass
class ReceiverProcess:
    proc: subprocess.Popen[str]
    url: str
    port: int
    log: Path

    def stop(self) -> str:
        """SIGTERM, as a service manager stops it; returns what it logged."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        return self.log.read_text(errors="replace")

    def rss_kib(self) -> int:
        """Resident memory of the process and its workers."""
        total = 0
        for pid in [self.proc.pid, *_children(self.proc.pid)]:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        return total


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children").read_text().split()
        for child in children:
            found += [int(child), *_children(int(child))]
    return found


def start_receiver(
    db: str, log: Path, *options: str, env: dict[str, str] | None = None
) -> ReceiverProcess:
    full_env = dict(os.environ)
    full_env.update(env or {})
    with log.open("w") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "cep_gui", "receiver", "--port", "0", "--db", db, *options],
            stdout=subprocess.PIPE, stderr=stderr, stdin=subprocess.DEVNULL, text=True,
            env=full_env,
        )  # fmt: skip
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if "listening on" not in line:
        proc.wait(20)
        raise AssertionError(f"no listening line: {line!r}; log: {log.read_text()}")
    url = line.rsplit(" ", 1)[1].strip()
    return ReceiverProcess(proc, url, int(url.rsplit(":", 1)[1]), log)
