"""Consent that follows what is collected: catalog versions, local-only, review, off means off."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

import pytest

from cep_gui.core import client as client_module
from cep_gui.core import outbox
from cep_gui.core.catalog import CatalogError, load_catalog
from cep_gui.core.catalog_changes import CatalogChanges, parse_changes
from cep_gui.core.clock import ManualClock
from cep_gui.core.consent import Source, audit_log
from cep_gui.core.exceptions import Refused, UsageError
from cep_gui.core.history import list_history
from cep_gui.core.schedule import installation_offset
from cep_gui.core.selftest import network_watched, run_network_selftest
from cep_gui.receiver.server import ReceiverServer
from tests.conftest import START, ClientFactory
from tests.helpers.builders import CountingBuilder
from tests.helpers.policies import trusted, write_policy
from tests.helpers.sending import queue

USAGE = "usage.features.counts"
PROBLEMS = "usage.problems.counts"


def two_versions(*, added: Sequence[str] = (), widened: Sequence[str] = ()) -> CatalogChanges:
    doc = {
        "current": 2,
        "versions": [
            {"number": 1, "date": "2026-12-01", "summary": "The first catalog."},
            {
                "number": 2,
                "date": "2027-03-01",
                "summary": "Problem counts are now collected as well.",
                "added": list(added),
                "widened": list(widened),
            },
        ],
    }
    return parse_changes(doc, load_catalog(), "test")


def one_version() -> CatalogChanges:
    doc = {"current": 1, "versions": [{"number": 1, "summary": "The first catalog."}]}
    return parse_changes(doc, load_catalog(), "test")


@pytest.fixture
def upgraded(monkeypatch: pytest.MonkeyPatch) -> CatalogChanges:
    """Version 2 of the catalog adds the problem counts to the usage category."""
    changes = two_versions(added=[PROBLEMS])
    monkeypatch.setattr(client_module, "load_changes", lambda: changes)
    return changes


def run_due(client: client_module.CepClient, builder: CountingBuilder) -> client_module.RunResult:
    return asyncio.run(client.run_due(builder))


def test_the_changes_file_is_checked_against_the_catalog() -> None:
    with pytest.raises(CatalogError, match="not in the catalog"):
        two_versions(added=["usage.features.keystrokes"])
    with pytest.raises(CatalogError, match="current must be the last version"):
        parse_changes({"current": 3, "versions": [{"number": 1, "summary": "x"}]},
                      load_catalog(), "t")  # fmt: skip
    assert two_versions(widened=[USAGE]).since(USAGE) == 2
    assert two_versions().since(USAGE) == 1


def test_a_field_added_after_consent_is_withheld_until_agreed(
    make_client: ClientFactory, receiver: ReceiverServer, clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    client = make_client(receiver.url)
    monkeypatch.setattr(client_module, "load_changes", one_version)
    client.join(Source.USER)  # agreed to version 1
    assert client.effective().agreed_version == 1
    changes = two_versions(added=[PROBLEMS])
    monkeypatch.setattr(client_module, "load_changes", lambda: changes)  # the upgrade
    client.record_usage("problem", "upload_failed")
    client.record_usage("feature", "send_now")
    state = client.effective()
    assert state.pending_fields == [PROBLEMS] and PROBLEMS in state.excluded_fields
    builder = CountingBuilder()
    clock.advance(timedelta(days=8))
    assert run_due(client, builder).action == "sent"
    assert builder.calls[-1].excluded_fields == [PROBLEMS]
    (entry,) = list_history(client.store)
    assert "problems" not in json.loads(entry.payload)["sections"]["usage"]
    assert client.status()["catalog"]["pending_fields"] == [PROBLEMS]

    client.agree_to_catalog(Source.USER)
    state = client.effective()
    assert state.agreed_version == 2 and state.pending_fields == [] and not state.excluded_fields
    assert audit_log(client.store)[-1].action == "agreed to catalog changes"
    client.record_usage("problem", "upload_failed")
    asyncio.run(client.send_now(builder))
    newest = json.loads(list_history(client.store)[0].payload)
    assert newest["sections"]["usage"]["problems"]["counts"] == {"upload_failed": 2}


def test_a_widened_field_is_withheld_from_the_report_until_agreed(
    make_client: ClientFactory, receiver: ReceiverServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A field collected since version 1 whose treatment version 2 widens is, for the
    user who agreed to version 1, new: it leaves the report until they agree again."""
    client = make_client(receiver.url)
    monkeypatch.setattr(client_module, "load_changes", one_version)
    client.join(Source.USER)  # agreed to version 1, problem counts included
    client.record_usage("problem", "upload_failed")
    asyncio.run(client.send_now(CountingBuilder()))
    first = json.loads(list_history(client.store)[0].payload)
    assert first["sections"]["usage"]["problems"]["counts"] == {"upload_failed": 1}

    changes = two_versions(widened=[PROBLEMS])
    monkeypatch.setattr(client_module, "load_changes", lambda: changes)  # the upgrade
    client.record_usage("problem", "upload_failed")
    client.record_usage("feature", "send_now")
    assert client.effective().pending_fields == [PROBLEMS]
    builder = CountingBuilder()
    assert asyncio.run(client.send_now(builder)).delivered
    assert builder.calls[-1].excluded_fields == [PROBLEMS]
    usage_sent = json.loads(list_history(client.store)[0].payload)["sections"]["usage"]
    assert "problems" not in usage_sent and "features" in usage_sent
    stored = [json.loads(body) for _, _, body in receiver.db.reports()]
    assert len(stored) == 2 and "problems" not in stored[-1]["sections"]["usage"]  # as received

    client.agree_to_catalog(Source.USER)
    client.record_usage("problem", "upload_failed")
    asyncio.run(client.send_now(CountingBuilder()))
    newest = json.loads(list_history(client.store)[0].payload)
    assert "counts" in newest["sections"]["usage"]["problems"]


def test_a_new_field_can_be_kept_back_for_good(
    make_client: ClientFactory, upgraded: CatalogChanges
) -> None:
    client = make_client()
    client.join(Source.USER)  # joins at version 2: nothing pending
    assert client.effective().pending_fields == []
    with client.store.transaction() as tx:  # an older consent, from before the upgrade
        from dataclasses import replace

        from cep_gui.core.store import consent_table

        consent_table.write(tx, replace(consent_table.read(tx), agreed_catalog_version=1))
    assert client.effective().pending_fields == [PROBLEMS]
    client.agree_to_catalog(Source.USER, keep_withholding=[PROBLEMS])
    state = client.effective()
    assert state.pending_fields == [] and state.excluded_fields == [PROBLEMS]
    assert state.consent.withheld_fields == (PROBLEMS,)
    # Changing one's mind later lets it back in.
    state = client.include_fields(Source.USER, [PROBLEMS])
    assert state.excluded_fields == [] and state.consent.withheld_fields == ()
    assert audit_log(client.store)[-1].action == "fields included again"


def test_a_forced_participation_covers_catalog_changes(
    tmp_path: Path, make_client: ClientFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "policies"
    write_policy(root, "managed", "10-corp.json", {"Participation": "forced_on"})
    from cep_gui.core.client import CepClient

    monkeypatch.setattr(client_module, "load_changes", one_version)
    with CepClient(
        tmp_path / "d", clock=ManualClock(START), policy_locations=trusted(root)
    ) as client:
        client.prepare()  # joins, as policy says, at catalog version 1
        monkeypatch.setattr(client_module, "load_changes", lambda: two_versions(added=[PROBLEMS]))
        state = client.effective()
        assert state.participating and state.agreed_version == 1
        assert state.pending_fields == [] and PROBLEMS not in state.excluded_fields


def test_local_only_builds_on_schedule_and_sends_nothing(
    make_client: ClientFactory, receiver: ReceiverServer, clock: ManualClock
) -> None:
    client = make_client(receiver.url)
    client.join(Source.USER, local_only=True)
    builder = CountingBuilder()
    for _ in range(3):
        clock.advance(timedelta(days=15))
        assert run_due(client, builder).action == "kept"
    assert receiver.requests == 0 and len(builder.calls) == 3
    assert [e.outcome for e in list_history(client.store)] == ["kept"] * 3
    result = asyncio.run(client.send_now(builder))
    assert result.kept and receiver.requests == 0
    assert client.status()["local_only"] == {"on": True, "source": "your choice"}
    client.set_local_only(Source.USER, False)
    assert asyncio.run(client.send_now(builder)).delivered and receiver.requests == 1


def test_a_report_kept_on_the_computer_ends_the_period_as_a_delivery_does(
    make_client: ClientFactory, receiver: ReceiverServer, clock: ManualClock
) -> None:
    """Local-only builds on the same schedule as sending: one report per interval, not
    one at every run because nothing was delivered."""
    client = make_client(receiver.url)
    client.join(Source.USER, local_only=True)
    builder = CountingBuilder()
    clock.advance(timedelta(days=8))
    assert run_due(client, builder).action == "kept"
    kept_at = clock.now()
    state = client.effective()
    installation_id = state.consent.installation_id
    assert installation_id is not None and state.last_success == kept_at
    interval = timedelta(days=state.profile.interval_days)
    assert state.next_due == kept_at + interval + installation_offset(installation_id)
    clock.advance(timedelta(days=1))
    assert run_due(client, builder).action == "not due"
    assert len(builder.calls) == 1 and receiver.requests == 0
    (entry,) = list_history(client.store)
    assert entry.endpoint == "kept on this computer"  # the history never suggests it left


def test_a_policy_can_keep_every_report_on_the_computer(
    tmp_path: Path, receiver: ReceiverServer, clock: ManualClock
) -> None:
    from cep_gui.core.client import CepClient, Overrides

    root = tmp_path / "policies"
    write_policy(
        root, "managed", "10-corp.json", {"Participation": "forced_on", "AllowUpload": False}
    )
    with CepClient(tmp_path / "d", clock=clock, policy_locations=trusted(root),
                   overrides=Overrides(endpoint=receiver.url)) as client:  # fmt: skip
        client.prepare()
        state = client.effective()
        assert state.local_only and state.local_only_source.startswith("machine policy")
        assert asyncio.run(client.send_now(CountingBuilder())).kept
        with pytest.raises(Refused, match="keeps reports on this computer"):
            client.set_local_only(Source.USER, False)
    assert receiver.requests == 0


def test_review_holds_each_report_until_answered(
    make_client: ClientFactory, receiver: ReceiverServer, clock: ManualClock
) -> None:
    client = make_client(receiver.url)
    client.join(Source.USER)
    client.set_review(True)
    builder = CountingBuilder()
    clock.advance(timedelta(days=8))
    assert run_due(client, builder).action == "held"
    (held,) = client.held_reports()
    assert run_due(client, builder).action == "held" and receiver.requests == 0  # still waits
    client.remind_later(held.id)
    assert client.held_reports()[0].remind_at == clock.now() + timedelta(days=1)
    client.approve(held.id)
    assert asyncio.run(client.send_waiting()).delivered == [held.id]

    clock.advance(timedelta(days=15))
    assert run_due(client, builder).action == "held"
    (second,) = client.held_reports()
    client.skip(second.id)
    assert receiver.requests == 1
    assert [e.outcome for e in list_history(client.store)] == ["skipped", "delivered"]
    # Skipping ends the period: the next report is due one interval from now.
    assert run_due(client, builder).action == "not due"
    skipped = list_history(client.store)[0]
    assert skipped.endpoint == "not sent"  # the history never suggests it left
    assert [
        (e.source, e.detail) for e in audit_log(client.store) if e.action == "report skipped"
    ] == [(Source.USER.value, f"{second.id}: you chose not to send it")]


def test_only_a_report_waiting_for_review_can_be_skipped(
    make_client: ClientFactory, receiver: ReceiverServer
) -> None:
    """*Don't send* answers a review; a report already on its way is not silently thrown away."""
    client = make_client(receiver.url)
    client.join(Source.USER)
    queued = queue(client, CountingBuilder())
    with pytest.raises(UsageError, match="waits for review"):
        client.skip(queued)
    with pytest.raises(UsageError, match="waits for review"):
        client.skip("00000000-0000-4000-8000-000000000000")
    assert [i.id for i in outbox.pending(client.store)] == [queued]
    assert list_history(client.store) == []
    assert asyncio.run(client.send_waiting()).delivered == [queued]


def test_an_unanswered_report_is_skipped_after_fourteen_days_never_sent(
    make_client: ClientFactory, receiver: ReceiverServer, clock: ManualClock
) -> None:
    client = make_client(receiver.url)
    client.join(Source.USER)
    client.set_review(True)
    clock.advance(timedelta(days=8))
    run_due(client, CountingBuilder())
    clock.advance(timedelta(days=15))
    run_due(client, CountingBuilder())
    assert receiver.requests == 0
    outcomes = [(e.outcome, e.row.last_error) for e in list_history(client.store)]
    assert ("skipped", "nobody answered within 14 days") in outcomes
    assert outbox.count(client.store) == 1  # the new period's report, waiting for review


def test_policy_can_force_or_forbid_review(tmp_path: Path, clock: ManualClock) -> None:
    from cep_gui.core.client import CepClient

    for value, refused_with in ((True, False), (False, True)):
        root = tmp_path / f"policies-{value}"
        write_policy(root, "managed", "10-corp.json", {"ReviewBeforeSending": value})
        with CepClient(tmp_path / f"d-{value}", clock=clock, policy_locations=trusted(root)) as c:
            assert c.effective().review is value
            with pytest.raises(Refused, match="your organization decides"):
                c.set_review(refused_with)


def test_the_self_test_sees_any_connection_and_finds_none_while_off(
    make_client: ClientFactory, tmp_path: Path
) -> None:
    with network_watched() as recorder, pytest.raises(OSError, match="blocked"):
        socket.create_connection(("127.0.0.1", 9), timeout=1)
    assert recorder.attempts and "socket" in recorder.attempts[0]
    client = make_client("https://reports.example.com")
    client.join(Source.USER)
    client.leave(Source.USER)
    result = run_network_selftest(client.services)
    assert result.connections == 0 and len(result.scenarios) == 2
    assert all(s.runs >= 4 * 15 and s.builds == 0 for s in result.scenarios)
    assert not client.effective().participating  # the user's own store was not touched


@pytest.mark.parametrize(
    ("kind", "name", "settings"),
    [
        ("", "preset.json", {"ParticipationDefault": True}),
        ("managed", "10-corp.json", {"Participation": "forced_on"}),
    ],
    ids=["installer preset", "forced by policy"],
)
def test_joining_by_policy_or_installer_agrees_to_the_catalog_as_it_is_now(
    tmp_path: Path, clock: ManualClock, kind: str, name: str, settings: dict[str, object]
) -> None:
    """A computer that joins today has nothing "new" to agree to: a fresh installation
    must not withhold the fields the latest catalog version added."""
    from cep_gui.core.client import CepClient

    root = tmp_path / "policies"
    write_policy(root, kind, name, settings)
    with CepClient(tmp_path / "d", clock=clock, policy_locations=trusted(root)) as client:
        state = client.prepare()
        assert state.participating
        assert state.agreed_version == state.catalog_version == client.catalog_changes().current
        assert state.pending_fields == []
