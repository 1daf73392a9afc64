"""A full disk while a report is sealed: a clear error, nothing half-written, then recovery."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from cep_gui.core import outbox
from cep_gui.core.consent import Source
from cep_gui.core.leave_marker import MARKER_NAME
from cep_gui.core.store import RESERVE_NAME, StoreError
from cep_gui.receiver.server import ReceiverServer
from tests.conftest import ClientFactory
from tests.helpers.builders import CountingBuilder, plant_report
from tests.helpers.cli import run_cli
from tests.helpers.requirements import unmet
from tests.helpers.sending import queue

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
