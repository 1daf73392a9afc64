"""A receiver that misbehaves costs bounded time and memory, and is never followed elsewhere."""

from __future__ import annotations

import resource
import sys
import time

from cep_gui.core import outbox
from cep_gui.core.consent import Source
from cep_gui.core.history import list_history
from cep_gui.core.http_settings import HttpSettings
from cep_gui.core.sending import SendSummary
from cep_gui.receiver.server import ReceiverServer
from tests.conftest import ClientFactory
from tests.helpers.builders import CountingBuilder
from tests.helpers.faults import FaultProxy
from tests.helpers.sending import queue, send

assert sys.platform != "win32", "POSIX only: resource usage of this process"


def send_through(
    make_client: ClientFactory, proxy: FaultProxy, settings: HttpSettings
) -> tuple[SendSummary, float]:
    client = make_client(proxy.url, http=settings)
    client.join(Source.USER)
    queue(client, CountingBuilder())
    started = time.monotonic()
    summary = send(client)
    return summary, time.monotonic() - started


def test_an_answer_trickling_byte_by_byte_is_cut_off(make_client: ClientFactory) -> None:
    proxy = FaultProxy(mode="trickle")
    try:
        settings = HttpSettings(connect_timeout=2, read_timeout=5, total_timeout=2)
        summary, took = send_through(make_client, proxy, settings)
        assert took < 5
        assert "did not answer in time" in summary.messages[0] and summary.waiting
    finally:
        proxy.close()


def test_a_huge_answer_is_not_read_into_memory(make_client: ClientFactory) -> None:
    proxy = FaultProxy(mode="huge")
    try:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        summary, took = send_through(make_client, proxy, HttpSettings(read_timeout=5))
        grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
        assert summary.delivered  # a 200 is a delivery; its endless body is simply not read
        assert grown_mib < 64, f"memory grew by {grown_mib:.0f} MiB"
        assert took < 10
        time.sleep(0.2)
        assert proxy.huge_sent < 256 * 1024 * 1024  # the client hung up long before the end
    finally:
        proxy.close()


def test_a_redirect_to_another_host_is_not_followed(
    make_client: ClientFactory, receiver: ReceiverServer
) -> None:
    proxy = FaultProxy(mode=f"redirect:{receiver.url}/v1/reports")
    try:
        client = make_client(proxy.url)
        client.join(Source.USER)
        queue(client, CountingBuilder())
        summary = send(client)
        assert "redirected elsewhere (HTTP 307); not followed" in summary.messages[0]
        assert receiver.requests == 0 and proxy.requests == 1
        assert outbox.count(client.store) == 1
        assert [e.outcome for e in list_history(client.store)] == ["retrying"]
    finally:
        proxy.close()


def test_connections_reset_mid_request_are_retried_later(make_client: ClientFactory) -> None:
    proxy = FaultProxy(mode="drop")
    try:
        summary, took = send_through(make_client, proxy, HttpSettings(read_timeout=5))
        assert "broke off" in summary.messages[0] and took < 5
    finally:
        proxy.close()
