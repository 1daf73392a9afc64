"""``cep-gui history``: local time and plain outcome words, the organization's relay,
and ``--json`` exactly as scripts read it."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from cep_gui.cli import OUTCOME_WORDS
from cep_gui.receiver.relay.state import Selection
from cep_gui.receiver.relay.upstream import compress
from cep_gui.receiver.server import ReceiverServer
from tests.helpers.cli import run_cli
from tests.receiver.relay.helpers import start_relay, wait_for

KOLKATA = {"TZ": "Asia/Kolkata"}  # +05:30 all year: a local time is never UTC by chance


def local_time(at: str) -> str:
    return (
        datetime.fromisoformat(at)
        .astimezone(ZoneInfo("Asia/Kolkata"))
        .strftime("%Y-%m-%d %H:%M IST")
    )


def test_history_is_in_local_time_and_plain_words(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_cli("opt-in", "--local-only", data_dir=data).returncode == 0
    kept = run_cli("send-now", "--endpoint", "http://127.0.0.1:9", data_dir=data)
    assert kept.returncode == 0, kept.stderr
    assert run_cli("opt-in", "--send", data_dir=data).returncode == 0
    assert run_cli("review", "--on", data_dir=data).returncode == 0
    held = run_cli("send-now", "--endpoint", "http://127.0.0.1:9", data_dir=data)
    assert "waits for your review" in held.stdout, held.stdout + held.stderr
    assert run_cli("review", "--skip", data_dir=data).returncode == 0

    entries = json.loads(run_cli("history", "--json", data_dir=data).stdout)
    text = run_cli("history", data_dir=data, env=KOLKATA)
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert len(lines) == 2 and "UTC" not in text.stdout
    skipped, kept_line = lines
    assert skipped.startswith(local_time(entries[0]["at"]) + "  report  ")
    assert "skipped at review (you chose not to send it)" in skipped
    assert kept_line.startswith(local_time(entries[1]["at"]))
    assert re.search(r"  report +kept on this computer, [\d,]+ bytes$", kept_line), kept_line
    assert "http://127.0.0.1:9" not in text.stdout  # neither went anywhere


def test_every_outcome_the_history_records_has_plain_words() -> None:
    from cep_gui.core.store import history_table

    documented = re.search(
        r"#: (sending \|.*)\n", Path(history_table.__file__).read_text(encoding="utf-8")
    )
    assert documented is not None
    assert set(OUTCOME_WORDS) == {w.strip() for w in documented.group(1).split("|")}


def test_history_says_what_the_relay_did_and_refresh_asks_it(
    tmp_path: Path, receiver: ReceiverServer
) -> None:
    relay = start_relay(tmp_path / "relay.sqlite3", upstream=receiver)
    try:
        data = tmp_path / "data"
        assert run_cli("opt-in", data_dir=data).returncode == 0
        sent = run_cli("send-now", "--endpoint", relay.url, data_dir=data)
        assert sent.returncode == 0, sent.stderr
        before = run_cli("history", data_dir=data).stdout
        assert "held by your organization's relay (HTTP 202), " in before
        assert f"to {relay.url}" in before

        state = relay.relay.state
        state.release(Selection(), relay.relay.config.rules.redact, compress, by="test")
        relay.relay.worker.wake.set()  # type: ignore[union-attr]
        wait_for(lambda: state.counts().delivered == 1, "the relay to deliver it")
        assert run_cli("history", data_dir=data).stdout == before  # not asked: unchanged
        after = run_cli("history", "--refresh", data_dir=data)
        assert after.returncode == 0, after.stderr
        assert "released by your organization's relay and delivered (HTTP 202)" in after.stdout
        assert "Asked your organization's relay about 1 report; 1 answered." in after.stderr
        entries = json.loads(run_cli("history", "--json", data_dir=data).stdout)
        assert entries[0]["receipt"]["relay_state"] == "delivered"
    finally:
        relay.stop()


def test_refresh_while_not_taking_part_asks_nobody(tmp_path: Path) -> None:
    result = run_cli("history", "--refresh", data_dir=tmp_path)
    assert result.returncode == 0
    assert "the relay was not asked" in result.stderr
    assert result.stdout.strip() == "Nothing has been sent."
