"""A full disk while a report is sealed: a clear error, nothing half-written, then recovery."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from starlette.requests import Request
from starlette.responses import Response

from cep_gui.core import outbox
from cep_gui.core.client import BuildRequest, CepClient, Overrides
from cep_gui.core.clock import ManualClock
from cep_gui.core.consent import Source
from cep_gui.core.history import list_history
from cep_gui.core.leave_marker import MARKER_NAME
from cep_gui.core.report import Report
from cep_gui.core.store import RESERVE_NAME, StoreError
from cep_gui.receiver.app import ReceiverApp
from cep_gui.receiver.limits import Limits
from cep_gui.receiver.metrics import Metrics
from cep_gui.receiver.server import ReceiverServer
from cep_gui.receiver.storage import Storage
from tests.conftest import FAST, ClientFactory
from tests.helpers.builders import CountingBuilder, plant_report, report_of
from tests.helpers.cli import run_cli
from tests.helpers.policies import trusted
from tests.helpers.requirements import unmet
from tests.helpers.sending import queue, send

LARGE = 400_000


def fill_disk(client: object, pages: int) -> None:
    # SQLite's own limit on the file's size: the same SQLITE_FULL a full disk gives.
    client.store.read().execute(f"PRAGMA max_page_count = {pages}")  # type: ignore[attr-defined]


def test_sealing_on_a_full_disk_fails_clearly_and_recovers(
    make_client: ClientFactory, tmp_path: Path
) -> None:
    client = make_client()
    client.join(Source.USER)
    page_count = client.store.read().execute("PRAGMA page_count").fetchone()[0]
    fill_disk(client, page_count)
    huge = b"x" * LARGE
    with pytest.raises(StoreError, match="not enough free disk space"):
        plant_report(client, "r1", huge)
    assert outbox.count(client.store) == 0  # nothing half-written
    assert client.store.read().execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    fill_disk(client, 1_000_000)  # space again
    queue(client, CountingBuilder())
    assert outbox.count(client.store) == 1


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MiB file system (tmpfs), so the disk really fills up."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)],
        capture_output=True, check=False,
    )  # fmt: skip
    if mounted.returncode != 0:
        unmet(f"cannot mount a tmpfs here (needs root): {mounted.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_a_full_disk_during_send_now_then_space_again(
    small_disk: Path, receiver: ReceiverServer
) -> None:
    data = small_disk / "data"
    assert run_cli("opt-in", data_dir=data).returncode == 0
    filler = small_disk / "filler"
    free = shutil.disk_usage(small_disk).free
    filler.write_bytes(b"\0" * max(0, free - 8 * 1024))  # leave 8 KiB: too little for a report
    full = run_cli("send-now", "--endpoint", receiver.url, data_dir=data)
    assert full.returncode == 1, full.stdout
    assert "not enough free disk space" in full.stderr and "Traceback" not in full.stderr
    assert receiver.requests == 0

    filler.unlink()  # space again: the next run succeeds, with nothing left over from the failure
    again = run_cli("send-now", "--endpoint", receiver.url, data_dir=data)
    assert again.returncode == 0, again.stderr
    status = json.loads(run_cli("status", "--json", data_dir=data).stdout)
    assert status["outbox"] == 0 and status["last_upload"]["outcome"] == "delivered"
    assert len(list(receiver.db.reports())) == 1


def fill(small_disk: Path, leave: int = 0) -> Path:
    filler = small_disk / "filler"
    free = shutil.disk_usage(small_disk).free
    filler.write_bytes(b"\0" * max(0, free - leave))
    return filler


def test_leaving_works_on_a_full_disk(small_disk: Path, receiver: ReceiverServer) -> None:
    data = small_disk / "data"
    assert run_cli("opt-in", data_dir=data).returncode == 0
    filler = fill(small_disk)  # not a byte left
    left = run_cli("opt-out", data_dir=data)
    assert left.returncode == 0, left.stderr
    assert "Traceback" not in left.stderr
    status = json.loads(run_cli("status", "--json", data_dir=data).stdout)
    assert status["participating"] is False
    refused = run_cli("send-now", "--endpoint", receiver.url, data_dir=data)
    assert refused.returncode == 3 and receiver.requests == 0

    filler.unlink()  # space again: the leave is recorded for good
    run_cli("status", data_dir=data)
    again = json.loads(run_cli("status", "--json", data_dir=data).stdout)
    assert again["participating"] is False and again["installation_id"] is None


def test_leaving_works_when_not_even_the_store_can_be_opened(
    small_disk: Path, receiver: ReceiverServer
) -> None:
    data = small_disk / "data"
    assert run_cli("opt-in", data_dir=data).returncode == 0
    (data / RESERVE_NAME).unlink()  # the reserve was used up already
    filler = fill(small_disk)
    left = run_cli("opt-out", data_dir=data)
    assert left.returncode == 0 and "marker" in left.stdout, left.stderr
    sent = run_cli("send-now", "--endpoint", receiver.url, data_dir=data)
    assert sent.returncode in (1, 3) and receiver.requests == 0
    filler.unlink()
    status = json.loads(run_cli("status", "--json", data_dir=data).stdout)
    assert status["participating"] is False  # a query already honours the marker
    run_cli("run-due", "--endpoint", receiver.url, data_dir=data)  # a command records it
    assert not (data / MARKER_NAME).exists()
    status = json.loads(run_cli("status", "--json", data_dir=data).stdout)
    assert status["participating"] is False and status["installation_id"] is None
    assert receiver.requests == 0
    assert any(e["action"] == "left" for e in audit_of(data))


def audit_of(data: Path) -> list[dict[str, str]]:
    from cep_gui.core.consent import audit_log
    from cep_gui.core.store import Store

    with Store.open(data) as store:
        return [{"action": e.action, "source": e.source} for e in audit_log(store)]


def test_nothing_is_sent_again_while_its_outcome_cannot_be_recorded(
    small_disk: Path, receiver: ReceiverServer
) -> None:
    from tests.helpers.store_edits import make_due

    data = small_disk / "data"
    assert run_cli("opt-in", data_dir=data).returncode == 0
    make_due(data)
    filler = fill(small_disk, leave=4 * 1024)
    for _ in range(5):  # the timer wakes again and again on a full disk
        run_cli("run-due", "--endpoint", receiver.url, data_dir=data)
    assert receiver.requests == 0
    filler.unlink()
    done = run_cli("run-due", "--endpoint", receiver.url, data_dir=data)
    assert done.returncode == 0, done.stdout + done.stderr
    assert receiver.requests == 1 and len(list(receiver.db.reports())) == 1


#: What a run says when the attempt of the next item cannot be written (``send_queue``).
NO_ROOM_FOR_THE_ATTEMPT = (
    "there is not enough free disk space to record the attempt, so nothing was sent"
)


def no_room_to_save(client: CepClient) -> str:
    """The store's own sentence for a full disk, naming its file."""
    return (
        f"There is not enough free disk space to save to {client.store.path}. Nothing was "
        "saved; free some space and try again."
    )


class ManyPackages(CountingBuilder):
    """A real report with a long list of installed software (3000 packages, about 40 KiB
    on the wire): its attempt row needs pages of its own, where a small report's fits in
    the room the store's pages still have."""

    def __call__(self, request: BuildRequest) -> Report:
        self.calls.append(request)
        rng = random.Random(7)  # names that do not compress away, the same every run
        packages = sorted(
            (
                {
                    "name": f"pkg-{rng.getrandbits(64):016x}",
                    "version": f"{rng.randrange(99)}.{rng.randrange(99)}",
                    "source": "dpkg",
                }
                for _ in range(3000)
            ),
            key=lambda package: package["name"],
        )
        values: dict[str, object] = {
            "host_software.packages.items": packages,
            "host_software.packages.count": len(packages),
        }
        return report_of(request, "host_software", values)


def test_no_room_for_the_attempt_sends_nothing_and_ends_the_run(
    make_client: ClientFactory, receiver: ReceiverServer
) -> None:
    """The attempt is written before the request: when that fails for want of space, the
    report stays home, the run stops with a plain sentence, and the report behind it is not
    tried either (its small attempt would still fit in the room the store's pages have, so
    only ending the run keeps it home). Once there is space, both go, each once."""
    client = make_client(receiver.url)
    client.join(Source.USER)
    large = queue(client, ManyPackages())
    small = queue(client, CountingBuilder())
    fill_disk(client, client.store.read().execute("PRAGMA page_count").fetchone()[0])

    summary = send(client)
    assert summary.stopped == NO_ROOM_FOR_THE_ATTEMPT
    assert receiver.requests == 0
    assert summary.delivered == [] and summary.dropped == []
    assert [i.id for i in outbox.pending(client.store)] == [large, small]  # both still wait
    assert list_history(client.store) == []  # no attempt recorded, none made

    fill_disk(client, 1_000_000)  # space again
    assert send(client).delivered == [large, small]
    assert [report_id for report_id, _, _ in receiver.db.reports()] == [large, small]


def test_a_store_that_cannot_be_written_ends_the_run_with_its_own_reason(
    make_client: ClientFactory, receiver: ReceiverServer
) -> None:
    """Not every failure to write is a full disk: the run then says what the store said
    (here a connection that may only read, SQLite's SQLITE_READONLY, as a read-only data
    file gives), not the sentence about disk space, and still sends nothing."""
    client = make_client(receiver.url)
    client.join(Source.USER)
    first = queue(client, CountingBuilder())
    second = queue(client, CountingBuilder())
    client.store.read().execute("PRAGMA query_only = ON")

    summary = send(client)
    assert (
        summary.stopped
        == f"{client.store.path} cannot be written (permission denied or read-only)."
    )
    assert receiver.requests == 0 and summary.delivered == []

    client.store.read().execute("PRAGMA query_only = OFF")
    assert send(client).delivered == [first, second]


class FillsTheDiskOnce(ReceiverApp):
    """The real receiver; once it has stored the first report, and before it answers, the
    client's disk fills up (as another program's download would at that moment)."""

    def __init__(
        self,
        storage: Storage,
        limits: Limits,
        metrics: Metrics,
        engine: str,
        *,
        fill: Callable[[], object],
    ) -> None:
        super().__init__(storage, limits, metrics, engine)
        self.fill = fill
        self.filled = False

    async def post_report(self, request: Request) -> Response:
        answer = await super().post_report(request)
        if not self.filled:
            self.filled = True
            self.fill()
        return answer


def test_a_delivery_that_cannot_be_recorded_is_not_sent_again_until_it_can_be(
    small_disk: Path, tmp_path: Path, clock: ManualClock
) -> None:
    """The receiver has the report, but the disk filled while it answered: the answer cannot
    be recorded. The run stops with the store's own sentence and does not go on to the next
    report; while the disk stays full no run sends anything (the attempt cannot be written);
    with space again the report goes once more, the receiver knows it (409), and every report
    is at the receiver exactly once.

    A real full file system: ``max_page_count`` cannot stand in here, because recording an
    answer only rewrites rows in pages the store already has, while on a disk every write
    needs new room in the write-ahead log."""
    server = ReceiverServer(
        "127.0.0.1",
        0,
        tmp_path / "receiver.sqlite3",
        app_factory=lambda storage, limits, metrics, engine: FillsTheDiskOnce(
            storage, limits, metrics, engine, fill=lambda: fill(small_disk)
        ),
    )
    server.start_in_thread()
    client = CepClient(
        small_disk / "data",
        clock=clock,
        policy_locations=trusted(tmp_path / "no-policies"),
        overrides=Overrides(endpoint=server.url),
        http=FAST,
    )
    try:
        client.join(Source.USER)
        first = queue(client, CountingBuilder())
        second = queue(client, CountingBuilder())

        summary = send(client)
        assert summary.stopped == no_room_to_save(client)
        assert server.requests == 1 and summary.delivered == []  # the second was not tried
        assert [report_id for report_id, _, _ in server.db.reports()] == [first]
        assert [i.id for i in outbox.pending(client.store)] == [first, second]
        assert [e.outcome for e in list_history(client.store)] == ["sending"]

        again = send(client)  # the disk is still full
        assert again.stopped == NO_ROOM_FOR_THE_ATTEMPT and server.requests == 1

        (small_disk / "filler").unlink()  # space again
        done = send(client)
        assert done.delivered == [first, second] and server.requests == 3
        assert [report_id for report_id, _, _ in server.db.reports()] == [first, second]
        assert outbox.count(client.store) == 0
        assert sorted(
            (e.item_id, e.outcome, e.status) for e in list_history(client.store)
        ) == sorted([(first, "delivered", 409), (second, "delivered", 202)])
    finally:
        client.close()
        server.stop()
