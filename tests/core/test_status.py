"""The one status: every state a user can be in, said once, the same way everywhere."""

from __future__ import annotations

from datetime import UTC, timedelta
from pathlib import Path

from cep_gui.core import status as status_mod
from cep_gui.core.client import CepClient
from cep_gui.core.clock import ManualClock
from cep_gui.core.consent import Source
from cep_gui.core.status import Phase, line_text, relative_text
from cep_gui.receiver.server import ReceiverServer
from tests.conftest import ClientFactory
from tests.helpers.builders import CountingBuilder
from tests.helpers.faults import FaultProxy
from tests.helpers.policies import trusted, write_policy
from tests.helpers.sending import queue, send


def texts(client: CepClient) -> list[str]:
    return [line_text(line, UTC) for line in client.status_view().lines]


def test_not_taking_part_is_one_plain_line(make_client: ClientFactory) -> None:
    client = make_client()
    view = client.status_view()
    assert view.phase is Phase.NOT_TAKING_PART
    assert texts(client) == ["Not taking part. Nothing is collected or sent."]
    assert line_text(view.summary) == "Not taking part."
    assert view.attention == ()


def test_taking_part_says_since_next_report_and_no_report_yet(
    make_client: ClientFactory, clock: ManualClock
) -> None:
    client = make_client()
    client.join(Source.USER)
    assert texts(client)[0] == "Taking part since Saturday, 28 November 2026."
    assert texts(client)[1].startswith("Next report: in 7 days (Saturday, 5 December 2026 at ")
    assert texts(client)[2] == "No report has been sent yet."
    assert line_text(client.status_view().summary) == "Taking part. Next report in 7 days."


def test_a_delivery_and_a_failure_in_plain_words_once(
    make_client: ClientFactory, receiver: ReceiverServer, clock: ManualClock
) -> None:
    client = make_client(receiver.url)
    client.join(Source.USER)
    queue(client, CountingBuilder())
    send(client)
    assert texts(client)[2].startswith("Last report: delivered on Saturday, 28 November 2026 at ")
    proxy = FaultProxy(mode="error:503")
    try:
        failing = make_client(proxy.url, name="client")
        queue(failing, CountingBuilder())
        send(failing)
        lines = texts(failing)
    finally:
        proxy.close()
    failures = [line for line in lines if "not delivered" in line]
    assert len(failures) == 1, lines
    assert failures[0].startswith(
        "Last report: not delivered yet: the server had a problem (HTTP 503). Next try in "
    )
    assert "UTC" not in failures[0] and "+00:00" not in failures[0]
    summary = line_text(failing.status_view().summary)
    assert summary.startswith("Taking part. The last report is not delivered yet; next try in ")


def test_refused_credentials_need_the_user(make_client: ClientFactory) -> None:
    proxy = FaultProxy(mode="error:401")
    try:
        client = make_client(proxy.url)
        client.join(Source.USER)
        queue(client, CountingBuilder())
        send(client)
    finally:
        proxy.close()
    view = client.status_view()
    assert [a.kind for a in view.attention] == ["credentials"]
    assert line_text(view.summary) == (
        "Reports wait: the server refused this computer's credentials."
    )
    assert client.status()["attention"] == ["credentials"]


def test_a_transient_failure_needs_nobody(make_client: ClientFactory) -> None:
    proxy = FaultProxy(mode="error:503")
    try:
        client = make_client(proxy.url)
        client.join(Source.USER)
        queue(client, CountingBuilder())
        send(client)
    finally:
        proxy.close()
    assert client.status_view().attention == ()


def test_no_category_is_its_own_state(make_client: ClientFactory) -> None:
    client = make_client()
    client.join(Source.USER, [])
    view = client.status_view()
    assert view.phase is Phase.NO_CATEGORY
    assert texts(client)[0] == (
        "Taking part since Saturday, 28 November 2026, but no category is chosen, so nothing "
        "is collected or sent."
    )
    assert client.status()["state"] == "no_category"


def test_a_broken_policy_pauses_everything_and_names_the_file(
    tmp_path: Path, clock: ManualClock
) -> None:
    root = tmp_path / "policies"
    write_policy(root, "managed", "10-corp.json", "{not json")
    client = CepClient(tmp_path / "data", clock=clock, policy_locations=trusted(root))
    view = client.status_view()
    assert view.phase is Phase.PAUSED
    assert texts(client)[0].startswith("Paused: your organization's policy could not be read")
    assert [a.kind for a in view.attention] == ["policy"]
    assert any("10-corp.json" in p for p in view.policy_problems)
    # the raw path is a detail, not part of the sentence
    assert not any("10-corp.json" in line for line in texts(client))
    assert line_text(view.summary) == texts(client)[0]
    client.close()


def test_forced_on_names_the_organization_and_asks_for_a_review(
    tmp_path: Path, clock: ManualClock
) -> None:
    root = tmp_path / "policies"
    write_policy(root, "managed", "10-corp.json", {"Participation": "forced_on"})
    client = CepClient(tmp_path / "data", clock=clock, policy_locations=trusted(root))
    client.prepare()
    view = client.status_view()
    assert view.forced == "on" and view.is_managed
    assert texts(client)[0] == (
        "Taking part since Saturday, 28 November 2026, as your organization requires."
    )
    assert [a.kind for a in view.attention] == ["turned_on"]
    client.close()


def test_sending_elsewhere_is_seen_through_the_lock(make_client: ClientFactory) -> None:
    client = make_client()
    client.join(Source.USER)
    assert not client.status_view().sending
    assert client.status_view(sending=True).lines[1].template == status_mod.SENDING


def test_relative_times() -> None:
    assert relative_text(timedelta(minutes=1)) == "in 1 minute"
    assert relative_text(timedelta(hours=5)) == "in 5 hours"
    assert relative_text(timedelta(days=1)) == "in 1 day"
    assert relative_text(timedelta(days=13, hours=20)) == "in 14 days"


def test_an_argument_is_never_filled_twice() -> None:
    assert status_mod.fill("%1 and %2", ["%2", "x"]) == "%2 and x"


def test_a_report_waiting_for_review_needs_the_user(
    make_client: ClientFactory, receiver: ReceiverServer
) -> None:
    import asyncio

    client = make_client(receiver.url)
    client.join(Source.USER)
    client.set_review(True)
    result = asyncio.run(client.send_now(CountingBuilder()))
    assert result.held
    view = client.status_view()
    assert [a.kind for a in view.attention] == ["review"]
    assert "A report waits for your review before it is sent." in texts(client)
    assert line_text(view.summary) == "A report waits for your review."
    assert status_mod.render_text(view, client.status(), UTC).count("cep-gui review") == 1


def test_local_only_is_said_and_kept_reports_are_plain(
    make_client: ClientFactory, receiver: ReceiverServer
) -> None:
    import asyncio

    client = make_client(receiver.url)
    client.join(Source.USER)
    client.set_local_only(Source.USER, True)
    asyncio.run(client.send_now(CountingBuilder()))
    lines = texts(client)
    assert "Reports are kept on this computer only; nothing is sent." in lines
    assert any(line.startswith("Last report: kept on this computer on ") for line in lines)
    assert line_text(client.status_view().summary) == "Taking part; reports stay on this computer."
    assert client.status_view().retry is None
