"""Benchmark of the receiver: throughput, latency and memory, whole processes, one run.

    .venv/bin/python scripts/bench_receiver.py                 # everything, ~5 minutes
    .venv/bin/python scripts/bench_receiver.py --workers 2     # N uvicorn workers everywhere
    .venv/bin/python scripts/bench_receiver.py --duration 5 --no-postgres

For 1, 8 and 32 concurrent clients, each of these runs as its own process on a fresh
database, one after the other for each client count, in several rounds (so a busy
moment of the machine hits all of them alike; medians are shown):

- ``uvicorn, no storage``: a trivial ASGI endpoint that reads the body and answers 202
  (uvicorn with h11, on a socket bound as the receiver binds it, see below);
- ``floor: uvicorn + SQLite``: the same, plus one INSERT and COMMIT per request into an
  SQLite file in WAL mode with the receiver's durability (``synchronous = FULL``):
  the least any receiver that keeps what it answers 202 for must do. The goals are
  measured against this floor;
- ``receiver, SQLite`` and ``receiver, PostgreSQL``: ``cep-gui receiver`` itself, the
  latter on a throwaway PostgreSQL server started here with its default durability.

Reports are a real one (``cep-gui collect --json`` on this machine, as a client would
send it, gzip level 9) with a new report id, installation id and deletion key hash for
every request, so the receiver does all of its work (nothing is a 409).

The load comes from a small asyncio HTTP/1.1 client in a separate process (keep-alive
connections, one request at a time on each, latency from the first byte written to
the last byte of the answer). Not wrk: wrk's Lua has no gzip, so unique reports would
have to be prepared in advance in files; here each request's gzip body is made in
about 50 microseconds by compressing only the part of the report that holds the ids
(a full flush keeps the rest, compressed once, independent of it). Every status is
counted, so a 409 or 503 can never pass for a success.

uvicorn's own ``--workers N`` binds a socket that does not say it is TCP, and asyncio
then leaves Nagle's algorithm on: every answer waits ~40 ms for a delayed ACK. The
receiver binds its socket itself (``cep_gui.receiver.serve.bind``); the floors use the
same function, so that the comparison is of the work, not of that accident.

Last, 200 slow uploads of 1 MB bodies (stored gzip, which inflates to as much as it
sends: the worst case for memory) at the same time, and the receiver's peak resident
memory (all its processes) while they trickle in.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import platform
import secrets
import shutil
import signal
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import uuid
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

GOAL_RATIO_AT_8 = 0.8
GOAL_P99_AT_32_MS = 50.0
GOAL_SLOW_RSS_MIB = 80.0
PLACEHOLDER_REPORT = "00000000-0000-4000-8000-000000000001"
PLACEHOLDER_INSTALLATION = "00000000-0000-4000-8000-000000000002"
PLACEHOLDER_HASH = "0" * 64

FLOOR_APP = """
import os, sqlite3
DB = os.environ.get("FLOOR_DB")
conn = None
if DB:
    conn = sqlite3.connect(DB, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS reports (seq INTEGER PRIMARY KEY, body BLOB)")

async def app(scope, receive, send):
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            else:
                await send({"type": "lifespan.shutdown.complete"})
                return
    body, more = b"", True
    while more:
        message = await receive()
        body += message.get("body", b"")
        more = message.get("more_body", False)
    if conn is not None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO reports (body) VALUES (?)", (body,))
        conn.execute("COMMIT")
    await send({"type": "http.response.start", "status": 202,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"2")]})
    await send({"type": "http.response.body", "body": b"{}"})

if __name__ == "__main__":
    # uvicorn's own --workers binds a socket that does not name TCP, so asyncio leaves
    # Nagle on (40 ms per answer); bind it as the receiver does, then run uvicorn on it.
    import sys
    import uvicorn
    from uvicorn.supervisors import Multiprocess
    from cep_gui.receiver.serve import bind
    port, workers = int(sys.argv[1]), int(sys.argv[2])
    sock = bind("127.0.0.1", port)
    config = uvicorn.Config("floor_app:app", http="h11", workers=workers, access_log=False,
                            log_level="warning", lifespan="on")
    if workers == 1:
        uvicorn.Server(config).run(sockets=[sock])
    else:
        Multiprocess(config, sockets=[sock]).run()
"""


# -- reports ---------------------------------------------------------------------------


def collect_report(work: Path) -> dict[str, Any]:
    """The report this machine's client would send (``cep-gui collect --json``)."""
    env = dict(os.environ, CEP_POLICY_DIR=str(work / "no-policies"))
    out = subprocess.run(
        [sys.executable, "-m", "cep_gui", "--data-dir", str(work / "client"), "collect", "--json"],
        capture_output=True, text=True, check=True, env=env, timeout=300,
    ).stdout  # fmt: skip
    doc: dict[str, Any] = json.loads(out)
    return doc


class BodyMaker:
    """Unique gzip reports, cheaply: only the part with the ids is compressed each time."""

    def __init__(self, doc: dict[str, Any]) -> None:
        template = dict(
            doc,
            report_id=PLACEHOLDER_REPORT,
            installation_id=PLACEHOLDER_INSTALLATION,
            deletion_key_hash=PLACEHOLDER_HASH,
        )
        text = json.dumps(template, sort_keys=True, separators=(",", ":")).encode("utf-8")
        cut = text.index(b',"schema_version"')  # every id comes before it (keys are sorted)
        self.head, tail = text[:cut], text[cut:]
        self.size = len(text)
        compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
        self.tail = compressor.compress(tail) + compressor.flush(zlib.Z_FINISH)
        self.tail_text = tail
        self.tail_len = len(tail)

    def make(self) -> tuple[str, bytes]:
        report_id = str(uuid.uuid4())
        key_hash = hashlib.sha256(secrets.token_urlsafe(32).encode()).hexdigest()
        head = (
            self.head.replace(PLACEHOLDER_REPORT.encode(), report_id.encode())
            .replace(PLACEHOLDER_INSTALLATION.encode(), str(uuid.uuid4()).encode())
            .replace(PLACEHOLDER_HASH.encode(), key_hash.encode())
        )
        compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
        # A full flush ends the head's blocks and forgets its history: the tail, compressed
        # once on its own, follows it as it is.
        deflated = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
        crc = zlib.crc32(self.tail_text, zlib.crc32(head))
        member = (
            b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
            + deflated
            + self.tail
            + struct.pack("<II", crc, (len(head) + self.tail_len) & 0xFFFFFFFF)
        )
        return report_id, member


# -- the load generator (runs in its own process) --------------------------------------


async def _one_client(
    port: int, maker: BodyMaker, until: float, warm_until: float, out: dict[str, Any]
) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    while time.perf_counter() < until:
        report_id, body = maker.make()
        request = (
            f"POST /v1/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Encoding: gzip\r\nIdempotency-Key: {report_id}\r\n"
            f"User-Agent: cep-gui-bench\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode() + body
        started = time.perf_counter()
        writer.write(request)
        status_line = await reader.readline()
        headers = await reader.readuntil(b"\r\n\r\n")
        length, close = 0, False
        for line in headers.split(b"\r\n"):
            name, _, value = line.partition(b":")
            if name.lower() == b"content-length":
                length = int(value)
            elif name.lower() == b"connection" and b"close" in value.lower():
                close = True
        await reader.readexactly(length)
        done = time.perf_counter()
        status = status_line.split(b" ")[1].decode()
        if started >= warm_until:
            out["latencies"].append(done - started)
            out["statuses"][status] = out["statuses"].get(status, 0) + 1
        if close:
            writer.close()
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.close()


def run_load(port: int, clients: int, duration: float, template: Path) -> dict[str, Any]:
    maker = BodyMaker(json.loads(template.read_text()))
    out: dict[str, Any] = {"latencies": [], "statuses": {}}
    warm = 1.0

    async def main() -> None:
        start = time.perf_counter()
        await asyncio.gather(
            *(
                _one_client(port, maker, start + warm + duration, start + warm, out)
                for _ in range(clients)
            )
        )

    asyncio.run(main())
    latencies = sorted(out["latencies"])
    return {
        "count": len(latencies),
        "rps": len(latencies) / duration,
        "p50_ms": _percentile(latencies, 0.50) * 1000,
        "p99_ms": _percentile(latencies, 0.99) * 1000,
        "statuses": out["statuses"],
        "gzip_bytes": len(maker.make()[1]),
        "json_bytes": maker.size,
    }


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    return values[min(len(values) - 1, int(q * len(values)))]


# -- servers under test ----------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Target:
    name: str
    kind: str  # http | sqlite-floor | receiver-sqlite | receiver-postgres
    results: dict[int, dict[str, Any]] = field(default_factory=dict)
    rounds: dict[int, list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, clients: int, result: dict[str, Any]) -> None:
        """Keep every round; ``results`` holds the medians (answers are summed)."""
        runs = self.rounds.setdefault(clients, [])
        runs.append(result)
        statuses: dict[str, int] = {}
        for run in runs:
            for status, count in run["statuses"].items():
                statuses[status] = statuses.get(status, 0) + count
        self.results[clients] = {
            key: statistics.median(run[key] for run in runs) for key in ("rps", "p50_ms", "p99_ms")
        } | {"statuses": statuses}


class Running:
    def __init__(self, argv: list[str], env: dict[str, str], port: int, log: Path) -> None:
        self.port = port
        with log.open("ab") as sink:
            self.proc = subprocess.Popen(
                argv, env=env, stdout=sink, stderr=sink, stdin=subprocess.DEVNULL
            )
        deadline = time.monotonic() + 60
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"{argv} did not start; see {log}") from None
                time.sleep(0.05)
        time.sleep(0.3)  # workers of a supervisor come up one after the other

    def rss_mib(self) -> float:
        total = 0
        pids = [self.proc.pid, *_descendants(self.proc.pid)]
        for pid in pids:
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            except OSError:
                pass
        return total / 1024

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return found
    for task in tasks:
        try:
            children = [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
        for child in children:
            found += [child, *_descendants(child)]
    return found


def start_target(
    target: Target, work: Path, workers: int, pg: Any, point: str, log_level: str = "info"
) -> Running:
    port = free_port()
    env = dict(os.environ)
    log = work / f"{target.kind}.log"
    if target.kind in ("http", "sqlite-floor"):
        (work / "floor_app.py").write_text(FLOOR_APP)
        if target.kind == "sqlite-floor":
            env["FLOOR_DB"] = str(work / f"floor-{point}.sqlite3")
        else:
            env.pop("FLOOR_DB", None)
        env["PYTHONPATH"] = os.pathsep.join([str(work), str(REPO)])
        argv = [sys.executable, str(work / "floor_app.py"), str(port), str(workers)]
        return Running(argv, env, port, log)
    if target.kind == "receiver-sqlite":
        db = str(work / f"receiver-{point}.sqlite3")
    else:
        db = pg.create_database("bench")
    argv = [
        sys.executable, "-m", "cep_gui", "receiver", "--db", db, "--host", "127.0.0.1",
        "--port", str(port), "--workers", str(workers), "--log-level", log_level,
    ]  # fmt: skip
    return Running(argv, env, port, log)


def measure(target: Target, clients: int, args: argparse.Namespace, work: Path, pg: Any) -> None:
    server = start_target(target, work, args.workers, pg, f"{clients}")
    try:
        out = subprocess.run(
            [sys.executable, __file__, "_load", "--port", str(server.port),
             "--clients", str(clients), "--duration", str(args.duration),
             "--template", str(work / "report.json")],
            capture_output=True, text=True, check=True, timeout=args.duration + 120,
        ).stdout  # fmt: skip
        target.add(clients, json.loads(out))
    finally:
        server.stop()


# -- 200 slow uploads ------------------------------------------------------------------


async def _slow_upload(port: int, body: bytes, seconds: float, answers: list[str]) -> None:
    report_id = json.loads(zlib.decompress(body, 31))["report_id"]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(
        f"POST /v1/reports HTTP/1.1\r\nHost: x\r\nContent-Encoding: gzip\r\n"
        f"Idempotency-Key: {report_id}\r\nContent-Length: {len(body)}\r\n\r\n".encode()
    )
    pieces = 50
    step = len(body) // pieces + 1
    for i in range(0, len(body), step):
        if reader.at_eof():
            break
        writer.write(body[i : i + step])
        try:
            await writer.drain()
        except ConnectionError:
            break
        await asyncio.sleep(seconds / pieces)
    try:
        line = await asyncio.wait_for(reader.readline(), 30)
    except (TimeoutError, ConnectionError):
        line = b""
    answers.append(line.split(b" ")[1].decode() if line.count(b" ") >= 2 else "none")
    writer.close()


def slow_uploads(work: Path, doc: dict[str, Any], workers: int, count: int) -> dict[str, Any]:
    target = Target("receiver, SQLite", "receiver-sqlite")
    server = start_target(target, work, workers, None, "slow", log_level="warning")
    try:
        time.sleep(0.5)
        idle = server.rss_mib()
        bodies = []
        for _ in range(count):
            big = dict(
                doc,
                report_id=str(uuid.uuid4()),
                installation_id=str(uuid.uuid4()),
                deletion_key_hash=hashlib.sha256(os.urandom(16)).hexdigest(),
                sections=dict(doc["sections"], padding="x" * 980_000),
            )
            raw = json.dumps(big, sort_keys=True, separators=(",", ":")).encode()
            bodies.append(_gzip_stored(raw))
        answers: list[str] = []
        peak = idle

        async def main() -> None:
            nonlocal peak
            tasks = [
                asyncio.create_task(_slow_upload(server.port, b, 10.0, answers)) for b in bodies
            ]
            while not all(t.done() for t in tasks):
                peak = max(peak, server.rss_mib())
                await asyncio.sleep(0.1)
            await asyncio.gather(*tasks)

        asyncio.run(main())
        counted: dict[str, int] = {}
        for status in answers:
            counted[status] = counted.get(status, 0) + 1
        return {"idle": idle, "peak": peak, "answers": counted, "body": len(bodies[0])}
    finally:
        server.stop()


def _gzip_stored(raw: bytes) -> bytes:
    compressor = zlib.compressobj(0, zlib.DEFLATED, 31)
    return compressor.compress(raw) + compressor.flush()


# -- report ----------------------------------------------------------------------------


def machine_details() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.release()} · {cpu} · {os.cpu_count()} CPUs · "
        f"Python {platform.python_version()}"
    )


def print_results(targets: list[Target], clients: list[int]) -> None:
    floor = next(t for t in targets if t.kind == "sqlite-floor")
    bare = next(t for t in targets if t.kind == "http")
    print()
    print("| clients | server | req/s | p50 ms | p99 ms | x floor | x no storage | answers |")
    print("|---|---|---|---|---|---|---|---|")
    for count in clients:
        for target in targets:
            result = target.results.get(count)
            if result is None:
                continue
            ratio = result["rps"] / floor.results[count]["rps"]
            ratio_bare = result["rps"] / bare.results[count]["rps"]
            answers = ", ".join(f"{n}x{s}" for s, n in sorted(result["statuses"].items()))
            print(
                f"| {count} | {target.name} | {result['rps']:.0f} | {result['p50_ms']:.1f} | "
                f"{result['p99_ms']:.1f} | {ratio:.2f} | {ratio_bare:.2f} | {answers} |"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=5.0, help="seconds per measurement")
    parser.add_argument(
        "--rounds", type=int, default=3, help="rounds of every point; medians are shown"
    )
    parser.add_argument("--workers", type=int, default=1, help="uvicorn workers for every server")
    parser.add_argument("--clients", default="1,8,32", help="comma-separated client counts")
    parser.add_argument("--slow", type=int, default=200, help="slow uploads (0: skip)")
    parser.add_argument("--no-postgres", action="store_true", help="skip the PostgreSQL engine")
    args = parser.parse_args()
    clients = [int(c) for c in args.clients.split(",")]
    # Stopped with SIGTERM: still stop the servers and PostgreSQL and remove the files.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))

    from tests.receiver.postgres_cluster import ThrowawayCluster, find_bindir

    work = Path(tempfile.mkdtemp(prefix="cep-bench-receiver-"))
    if sys.platform != "win32" and os.geteuid() == 0:
        os.chmod(work, 0o755)
    pg = None
    try:
        doc = collect_report(work)
        (work / "report.json").write_text(json.dumps(doc))
        maker = BodyMaker(doc)
        sample = maker.make()[1]
        assert json.loads(zlib.decompress(sample, 31))["schema_version"] == 1
        print(f"# Receiver benchmark · {machine_details()}")
        print(
            f"report: {maker.size / 1000:.1f} kB JSON, {len(sample) / 1000:.1f} kB gzip (level 9);"
            f" {args.duration:.0f} s per point after 1 s warm-up, medians of {args.rounds} rounds;"
            f" {args.workers} uvicorn worker(s) per server; load from one asyncio process"
        )
        targets = [
            Target("uvicorn, no storage", "http"),
            Target("floor: uvicorn + SQLite", "sqlite-floor"),
            Target("receiver, SQLite", "receiver-sqlite"),
        ]
        bindir = None if args.no_postgres else find_bindir()
        if bindir is not None:
            pg = ThrowawayCluster(bindir, durable=True).start()
            targets.append(Target("receiver, PostgreSQL", "receiver-postgres"))
        elif not args.no_postgres:
            print("PostgreSQL is not installed: its engine is not measured")
        for round_number in range(1, args.rounds + 1):
            for count in clients:
                for target in targets:
                    measure(target, count, args, work, pg)
                    result = target.rounds[count][-1]
                    print(f"  round {round_number} · {count:>2} clients · {target.name:<26} "
                          f"{result['rps']:7.0f} req/s", flush=True)  # fmt: skip
        print_results(targets, clients)

        receiver = next(t for t in targets if t.kind == "receiver-sqlite")
        floor = next(t for t in targets if t.kind == "sqlite-floor")
        print()
        if 8 in clients:
            ratio = receiver.results[8]["rps"] / floor.results[8]["rps"]
            verdict = "met" if ratio >= GOAL_RATIO_AT_8 else "MISSED"
            print(f"goal: receiver (SQLite) ≥ {GOAL_RATIO_AT_8}x the floor at 8 clients: "
                  f"{ratio:.2f}x — {verdict}")  # fmt: skip
        if 32 in clients:
            for target in targets[2:]:
                p99 = target.results[32]["p99_ms"]
                verdict = "met" if p99 <= GOAL_P99_AT_32_MS else "MISSED"
                print(f"goal: {target.name} p99 ≤ {GOAL_P99_AT_32_MS:.0f} ms at 32 clients: "
                      f"{p99:.1f} ms — {verdict}")  # fmt: skip
        if args.slow:
            slow = slow_uploads(work, doc, args.workers, args.slow)
            verdict = "met" if slow["peak"] <= GOAL_SLOW_RSS_MIB else "MISSED"
            answers = ", ".join(f"{n}x{s}" for s, n in sorted(slow["answers"].items()))
            print(
                f"goal: RSS ≤ {GOAL_SLOW_RSS_MIB:.0f} MB under {args.slow} slow uploads of "
                f"{slow['body'] / 1e6:.2f} MB: idle {slow['idle']:.1f} MiB, peak "
                f"{slow['peak']:.1f} MiB — {verdict} (answers: {answers})"
            )
    finally:
        if pg is not None:
            pg.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _load_main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("_load")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--clients", type=int, required=True)
    parser.add_argument("--duration", type=float, required=True)
    parser.add_argument("--template", type=Path, required=True)
    args = parser.parse_args()
    print(json.dumps(run_load(args.port, args.clients, args.duration, args.template)))
    return 0


if __name__ == "__main__":
    sys.exit(_load_main() if sys.argv[1:2] == ["_load"] else main())
