"""Logs are JSON lines and never hold a client's address."""

from __future__ import annotations

import json
import logging
import sys
import time

import pytest

from cep_gui.receiver.logs import JsonFormatter
from cep_gui.receiver.server import ReceiverServer
from tests.receiver.wire import report, send


def test_no_client_address_even_when_a_logging_setup_turns_uvicorns_access_log_on(
    receiver: ReceiverServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What a later dictConfig of "uvicorn" does to its existing children:
    monkeypatch.setattr(logging.getLogger("uvicorn.access"), "propagate", True)
    with caplog.at_level(logging.DEBUG):
        assert send(receiver, report()).status_code == 202
        # The request's line is written once the app has returned, which may be after the
        # client has its answer: wait for it.
        deadline = time.monotonic() + 10
        while not any(getattr(r, "event", None) == "request" for r in caplog.records):
            assert time.monotonic() < deadline, "the request was never logged"
            time.sleep(0.01)
    server_side = [r for r in caplog.records if r.name.startswith(("uvicorn", "cep_gui"))]
    lines = [JsonFormatter().format(record) for record in server_side]
    assert any('"event": "request"' in line for line in lines)
    assert not any("127.0.0.1" in line for line in lines), lines


def test_a_line_is_one_json_object_with_the_extra_fields_and_the_traceback() -> None:
    try:
        raise ValueError("broken")
    except ValueError:
        record = logging.LogRecord(
            "cep_gui.receiver", logging.ERROR, __file__, 1, "internal error", None, sys.exc_info()
        )
    record.event = "internal_error"
    line = JsonFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["event"] == "internal_error" and entry["level"] == "error"
    assert "ValueError: broken" in entry["exception"]
