"""The fence: whether a queued item may still leave, given the consent and policy now.

A report is tied to what it was built under: the consent generation, the
installation id and the categories it holds. It may be sent only while all three
still hold: the user still takes part under the same generation and id, and every
category it holds is still allowed by the user and by policy. Otherwise it is
void and dropped before a byte leaves. A broken managed policy holds everything
(nothing is sent, nothing is lost) until it is fixed. A deletion request is the
user's right after leaving, so consent does not hold it back; policy does.
"""

from __future__ import annotations

import enum
from collections.abc import Collection
from dataclasses import dataclass

from cep_gui.core.consent import Consent


@dataclass(frozen=True)
class BuiltUnder:
    generation: int
    installation_id: str | None
    categories: tuple[str, ...]


class Verdict(enum.Enum):
    SEND = "send"
    HOLD = "hold"
    DROP = "drop"


@dataclass(frozen=True)
class Ruling:
    verdict: Verdict
    reason: str = ""


def rule(
    kind: str,
    built: BuiltUnder,
    consent: Consent,
    *,
    participating: bool,
    allowed: Collection[str],
    policy_broken: bool,
) -> Ruling:
    """``participating`` is the effective decision (consent and policy together)."""
    if policy_broken:
        return Ruling(Verdict.HOLD, "nothing is sent while the managed policy is broken")
    if kind == "deletion":
        return Ruling(Verdict.SEND)
    if not participating or not consent.participating:
        return Ruling(Verdict.DROP, "this computer no longer takes part")
    if built.generation != consent.generation:
        return Ruling(Verdict.DROP, "the consent changed after the report was built")
    if built.installation_id != consent.installation_id:
        return Ruling(Verdict.DROP, "the report was built for another installation id")
    refused = [c for c in built.categories if c not in allowed]
    if refused:
        return Ruling(Verdict.DROP, f"it holds categories no longer allowed: {', '.join(refused)}")
    return Ruling(Verdict.SEND)
