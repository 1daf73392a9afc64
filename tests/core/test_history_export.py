"""Export writes the exact documents sent with their metadata; comparisons stay within
one participation."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from cep_gui.core import history
from cep_gui.core.consent import Source
from cep_gui.core.exceptions import Failed
from cep_gui.receiver.server import ReceiverServer
from tests.conftest import ClientFactory
from tests.helpers.builders import CountingBuilder
from tests.helpers.sending import queue, send


def test_export_holds_the_exact_bytes_sent_and_their_metadata(
    make_client: ClientFactory, receiver: ReceiverServer, tmp_path: Path
) -> None:
    client = make_client(receiver.url)
    client.join(Source.USER)
    for _ in range(2):
        client.record_usage("feature", "send_now")
        queue(client, CountingBuilder())
        send(client)
    stored = [body for _, _, body in receiver.db.reports()]
    rows = client.history_rows()
    target = tmp_path / "export.json"
    assert client.export_history([r.id for r in rows], target) == 2
    raw = target.read_bytes()
    for body in stored:
        assert body in raw  # byte for byte, never re-encoded
    document = json.loads(raw)
    assert document["cep_gui_export"] == 1
    items = document["items"]
    assert [item["id"] for item in items] == [r.item_id for r in rows]
    for item, row in zip(items, rows, strict=True):
        assert item["endpoint"] == receiver.url
        assert item["http_status"] == 202 and item["outcome"] == "delivered"
        assert item["sent_at"] == row.at.isoformat()
        assert item["receipt"]["report_id"] == row.item_id
        found = history.entry(client.store, row.id)
        assert found is not None
        assert item["sha256"] == hashlib.sha256(found.payload).hexdigest()
        assert item["wire_sha256"] == hashlib.sha256(found.body).hexdigest()
    assert not list(tmp_path.glob(".*.part"))


def test_a_failed_export_says_why_and_leaves_nothing(
    make_client: ClientFactory, tmp_path: Path
) -> None:
    client = make_client()
    with pytest.raises(Failed, match="could not be written"):
        client.export_history([], tmp_path / "missing-folder" / "export.json")
    assert not list(tmp_path.rglob("*.part"))


def test_previous_report_never_crosses_a_leave(
    make_client: ClientFactory, receiver: ReceiverServer
) -> None:
    client = make_client(receiver.url)
    client.join(Source.USER)
    queue(client, CountingBuilder())
    send(client)
    queue(client, CountingBuilder())
    send(client)
    client.leave(Source.USER)
    client.join(Source.USER)
    queue(client, CountingBuilder())
    send(client)
    newest, second, first = client.history_rows()
    assert client.previous_payload(newest.id) is None  # another installation id
    previous = client.previous_payload(second.id)
    assert previous is not None and previous == history.history_payload(client.store, first.id)
    assert client.previous_payload(first.id) is None
    assert client.last_delivered_payload() == history.history_payload(client.store, newest.id)
    client.leave(Source.USER)
    assert client.last_delivered_payload() is None
