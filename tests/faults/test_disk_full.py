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
from cep_gui.core.store import StoreError
from cep_gui.receiver.server import ReceiverServer
from tests.conftest import ClientFactory
from tests.helpers.builders import CountingBuilder
from tests.helpers.cli import run_cli
from tests.helpers.requirements import unmet

LARGE = 400_000


def fill_disk(client: object, pages: int) -> None:
    # SQLite's own limit on the file's size: the same SQLITE_FULL a full disk gives.
    client.store.read().execute(f"PRAGMA max_page_count = {pages}")  # type: ignore[attr-defined]


def test_sealing_on_a_full_disk_fails_clearly_and_recovers(
    make_client: ClientFactory, tmp_path: Path
) -> None:
    client = make_client()
    client.opt_in(Source.USER)
    page_count = client.store.read().execute("PRAGMA page_count").fetchone()[0]
    fill_disk(client, page_count)
    huge = b"x" * LARGE
    with pytest.raises(StoreError, match="not enough free disk space"):
        outbox.seal(client.store, item_id="r1", kind="report", payload=huge,
                    created=client.clock.now())  # fmt: skip
    assert outbox.count(client.store) == 0  # nothing half-written
    assert client.store.read().execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    fill_disk(client, 1_000_000)  # space again
    client.prepare_send_now(CountingBuilder())
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
