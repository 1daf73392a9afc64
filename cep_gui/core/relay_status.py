"""What the organization's relay did with a report: held, released, delivered or rejected.

A relay answers a report with a receipt that says ``held_by_relay``. The client
then asks ``GET <endpoint>/v1/reports/<report_id>/status`` now and then, proving
that it is the report's sender with the report's ``deletion_key_hash`` (which
only the client, the relay and the vendor know), and records the answer in the
history row's receipt, so that the history can say "held by your organization's
relay" and later "released" or "delivered". The request follows the uploader's
rules: certificates verified, no redirects, answers read up to 64 KiB.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cep_gui.core.http_settings import HttpSettings
from cep_gui.core.policy import check_url
from cep_gui.core.store import history_table

if TYPE_CHECKING:
    from cep_gui.core.store.database import Store

PROOF_HEADER = "X-CEP-Deletion-Key-Hash"
#: What the relay may answer, and how the history says it.
STATES = {
    "held": "held by your organization's relay",
    "released": "released by your organization's relay",
    "exported": "released by your organization's relay (carried to the vendor offline)",
    "delivered": "released by your organization's relay and delivered",
    "refused": "released by your organization's relay; the vendor refused it",
    "rejected": "not sent: your organization's relay rejected it",
}


@dataclass(frozen=True)
class RelayStatus:
    state: str
    sent: str | None = None
    upstream_status: int | None = None

    @property
    def text(self) -> str:
        return STATES.get(self.state, f"at your organization's relay ({self.state})")

    @property
    def final(self) -> bool:
        """Nothing more will change: no need to ask again."""
        return self.state in ("delivered", "refused", "rejected")


def held_receipt(receipt: str | None) -> dict[str, Any] | None:
    """The receipt of a relay (it says ``held_by_relay``), else None."""
    if not receipt:
        return None
    try:
        doc = json.loads(receipt)
    except ValueError:
        return None
    return doc if isinstance(doc, dict) and doc.get("held_by_relay") is True else None


def status_of_receipt(receipt: str | None) -> RelayStatus | None:
    """What the history row's receipt says about the relay (None: no relay involved)."""
    doc = held_receipt(receipt)
    if doc is None:
        return None
    state = doc.get("relay_state")
    return RelayStatus(
        str(state) if isinstance(state, str) else "held",
        doc.get("relay_sent"),
        doc.get("relay_upstream_status"),
    )


async def ask_relay(
    http: HttpSettings, endpoint: str, report_id: str, deletion_key_hash: str
) -> RelayStatus | None:
    """The relay's answer; None when it does not know the report (or did not answer)."""
    import httpx

    from cep_gui.core.uploader import MAX_ANSWER_BYTES, make_http_client

    base = check_url(endpoint).rstrip("/")
    try:
        async with (
            make_http_client(http, base) as client,
            client.stream(
                "GET",
                f"{base}/v1/reports/{report_id}/status",
                headers={PROOF_HEADER: deletion_key_hash},
            ) as response,
        ):
            if response.status_code != 200:
                return None
            body = b""
            async for chunk in response.aiter_raw():
                body += chunk
                if len(body) > MAX_ANSWER_BYTES:
                    return None
    except httpx.HTTPError:
        return None
    try:
        doc = json.loads(body)
    except ValueError:
        return None
    if not isinstance(doc, dict) or not isinstance(doc.get("state"), str):
        return None
    status = doc.get("upstream_status")
    return RelayStatus(
        doc["state"],
        doc.get("sent") if isinstance(doc.get("sent"), str) else None,
        status if isinstance(status, int) else None,
    )


async def refresh(store: Store, http: HttpSettings, item_id: str) -> RelayStatus | None:
    """Ask the relay about one history row and record the answer in its receipt.

    None when the row's receipt is not a relay's, or the relay gave no answer.
    """
    with store.snapshot() as conn:
        row = history_table.by_item(conn, item_id)
        body = history_table.body(conn, row.id) if row is not None else None
    if row is None or body is None:
        return None
    receipt = held_receipt(row.receipt)
    if receipt is None:
        return None
    try:
        report = json.loads(gzip.decompress(body))
        key_hash = str(report["deletion_key_hash"])
    except (OSError, EOFError, ValueError, KeyError, TypeError):
        return None
    status = await ask_relay(http, row.endpoint, row.item_id, key_hash)
    if status is None:
        return None
    receipt.update(
        relay_state=status.state,
        relay_sent=status.sent,
        relay_upstream_status=status.upstream_status,
    )
    with store.transaction() as tx:
        history_table.set_receipt(tx, item_id, json.dumps(receipt, sort_keys=True))
    return status
