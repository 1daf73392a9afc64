"""Drive the client's asynchronous commands from plain tests."""

from __future__ import annotations

import asyncio

from cep_gui.core.client import CepClient, ReportBuilder
from cep_gui.core.sending import SendSummary


def queue(client: CepClient, builder: ReportBuilder) -> str:
    """Build and seal a report now (it waits in the outbox); returns its id."""
    return asyncio.run(client.queue_now(builder))


def send(client: CepClient, *, force: bool = True) -> SendSummary:
    """Send what waits (everything with ``force``, as *Send now* does)."""
    summary: SendSummary = asyncio.run(client.send_waiting(force=force))
    return summary
