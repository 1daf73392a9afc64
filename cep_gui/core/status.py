"""One status, computed once: what the Feedback pane, the tray and ``cep-gui status`` say.

Three places used to phrase the state each in their own way, and contradicted each
other (a problem icon over "Not taking part", a failure shown twice). Now core
computes a typed :class:`Status` from the client's state, and it carries its own
sentences as :class:`Line` objects: an English template with ``%1``-style
placeholders and typed arguments (a day, a moment, a time from now, a reason). The
command line fills them in English here; the desktop app translates the same
templates and formats the same arguments in the user's language. So every place
says the same thing, and no place shows a raw string.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from typing import Any, Literal

from cep_gui.core.consent import Source
from cep_gui.core.store.history_table import HistoryRow
from cep_gui.core.store.outbox_table import OutboxRow

# -- the sentences (English; the desktop app translates exactly these) -------------------

NOT_TAKING_PART = "Not taking part. Nothing is collected or sent."
FORCED_OFF = (
    "Not taking part: your organization has turned the program off on this computer. "
    "Nothing is collected or sent."
)
TAKING_PART = "Taking part since %1."
FORCED_ON = "Taking part since %1, as your organization requires."
NO_CATEGORY = "Taking part since %1, but no category is chosen, so nothing is collected or sent."
PAUSED = "Paused: your organization's policy could not be read, so nothing is collected or sent."
LEAVING = "You left the program. Nothing is sent; this is saved as soon as the disk has space."

SENDING = "Sending a report now…"
NEXT = "Next report: %1 (%2)."
NEXT_DUE_NOW = "Next report: due now."

NO_REPORT_YET = "No report has been sent yet."
DELIVERED = "Last report: delivered on %1."
REJECTED = "Last report: refused by the server on %1 (HTTP %2); it is not sent again."
EXPIRED = "Last report: not delivered within 30 days, so it was deleted (%1)."
CANCELLED = "Last report: stopped on %1 because participation changed while it was being sent."
DROPPED = "Last report: not sent (%1) because participation changed before it went out."
RETRYING = "Last report: not delivered yet: %1. Next try %2 (%3)."
RETRYING_SOON = "Last report: not delivered yet: %1. It is tried again soon."
INTERRUPTED = "Last report: the attempt on %1 was interrupted; it is tried again."
KEPT = "Last report: kept on this computer on %1, not sent."
SKIPPED = "Last report: not sent (%1): it was skipped at review."
LOCAL_ONLY = "Reports are kept on this computer only; nothing is sent."
REVIEW_WAITING = "A report waits for your review before it is sent."
PENDING_FIELDS = "New fields are left out until you agree to them: %1."

CREDENTIALS = (
    "The server refused this computer's credentials (HTTP %1). Reports wait until this is fixed."
)
POLICY_BROKEN = (
    "Your organization's policy could not be read. Nothing is collected or sent until it is fixed."
)
TURNED_ON = (
    "Your organization turned the Customer Experience Program on for this computer. You can "
    "review what is collected before the first report is sent."
)
POLICY_PENDING = "Your organization's policy takes effect at the next run."
PROBLEM = "%1"

SUMMARY_TAKING_PART = "Taking part. Next report %1."
SUMMARY_TAKING_PART_NOW = "Taking part. A report is due now."
SUMMARY_RETRYING = "Taking part. The last report is not delivered yet; next try %1."
SUMMARY_CREDENTIALS = "Reports wait: the server refused this computer's credentials."
SUMMARY_NO_CATEGORY = "Taking part, but no category is chosen."
SUMMARY_NOT_TAKING_PART = "Not taking part."
SUMMARY_FORCED_OFF = "Not taking part (turned off by your organization)."
SUMMARY_REVIEW = "A report waits for your review."
SUMMARY_LOCAL_ONLY = "Taking part; reports stay on this computer."

#: Every template, for the desktop app's translation table (a test keeps them in step).
TEMPLATES = (
    NOT_TAKING_PART, FORCED_OFF, TAKING_PART, FORCED_ON, NO_CATEGORY, PAUSED, LEAVING,
    SENDING, NEXT, NEXT_DUE_NOW, NO_REPORT_YET, DELIVERED, REJECTED, EXPIRED, CANCELLED,
    DROPPED, RETRYING, RETRYING_SOON, INTERRUPTED, KEPT, SKIPPED, LOCAL_ONLY, REVIEW_WAITING,
    PENDING_FIELDS, CREDENTIALS, POLICY_BROKEN, TURNED_ON, POLICY_PENDING, PROBLEM,
    SUMMARY_TAKING_PART, SUMMARY_TAKING_PART_NOW, SUMMARY_RETRYING, SUMMARY_CREDENTIALS,
    SUMMARY_NO_CATEGORY, SUMMARY_NOT_TAKING_PART, SUMMARY_FORCED_OFF, SUMMARY_REVIEW,
    SUMMARY_LOCAL_ONLY,
)  # fmt: skip

CREDENTIAL_STATUSES = frozenset({401, 403})


class Phase(enum.StrEnum):
    NOT_TAKING_PART = "not_taking_part"
    TAKING_PART = "taking_part"
    #: Taking part with every category unticked: nothing is collected or sent.
    NO_CATEGORY = "no_category"
    #: A broken managed policy holds everything.
    PAUSED = "paused"
    #: The user left but the disk was too full to record it yet.
    LEAVING = "leaving"


ArgKind = Literal["day", "moment", "relative", "reason", "number", "text"]


@dataclass(frozen=True)
class Arg:
    """A typed placeholder value: each place formats it in its own language."""

    kind: ArgKind
    value: datetime | timedelta | int | str


@dataclass(frozen=True)
class Line:
    #: Which slot the line fills: headline, next, last, attention, problem, summary.
    key: str
    template: str
    args: tuple[Arg, ...] = ()
    tone: Literal["normal", "warning", "error"] = "normal"


@dataclass(frozen=True)
class Attention:
    """Something only the user can resolve: worth a desktop notification."""

    #: ``policy`` (broken policy), ``credentials`` (refused), ``review`` (a report waits
    #: for the user's review), ``turned_on`` (IT turned the program on for this computer).
    kind: str
    line: Line


@dataclass(frozen=True)
class ManagedSetting:
    name: str
    value: object
    level: str
    source: str


@dataclass(frozen=True)
class LastReport:
    at: datetime
    outcome: str
    http_status: int | None
    endpoint: str
    report_id: str


@dataclass(frozen=True)
class Retry:
    reason: str
    not_before: datetime | None
    attempts: int


@dataclass(frozen=True)
class Status:
    now: datetime
    phase: Phase
    participating: bool
    since: datetime | None
    next_due: datetime | None
    sending: bool
    #: Participation fixed by policy: "on", "off", or None when it is the user's choice.
    forced: str | None
    #: Settings a mandatory policy fixes, with where they come from.
    managed: tuple[ManagedSetting, ...]
    last: LastReport | None
    retry: Retry | None
    #: Problems of the managed policy, as "source: what is wrong" (the Details).
    policy_problems: tuple[str, ...]
    attention: tuple[Attention, ...]
    #: Every line the Feedback pane shows, in order.
    lines: tuple[Line, ...]
    #: One line for the tray's menu and tooltip.
    summary: Line
    categories: tuple[str, ...] = ()
    withheld: tuple[str, ...] = ()
    blocked: tuple[str, ...] = field(default_factory=tuple)
    #: Reports are built and kept on this computer, never sent.
    local_only: bool = False
    #: Reports waiting for the user's review (their ids).
    held: tuple[str, ...] = ()
    #: Catalog fields left out until the user agrees to them.
    pending_fields: tuple[str, ...] = ()

    @property
    def headline(self) -> Line:
        return self.lines[0]

    @property
    def needs_user(self) -> bool:
        return bool(self.attention)

    @property
    def is_managed(self) -> bool:
        return bool(self.managed)


def compute(
    *,
    now: datetime,
    participating: bool,
    since: datetime | None,
    consent_source: Source | None,
    allowed: Sequence[str],
    withheld: Sequence[str],
    blocked: Sequence[str],
    next_due: datetime | None,
    forced: str | None,
    managed: Sequence[ManagedSetting],
    policy_broken: bool,
    policy_problems: Sequence[str],
    policy_pending: bool,
    leave_pending: bool,
    problems: Sequence[str],
    last: LastReport | None,
    waiting: Sequence[OutboxRow],
    sending: bool,
    last_success: datetime | None,
    local_only: bool = False,
    pending_fields: Sequence[str] = (),
) -> Status:
    """The status from plain facts (a pure function: the client gathers the facts)."""
    retry = _retry(waiting) if participating and not local_only else None
    held = tuple(i.id for i in waiting if i.kind == "report" and getattr(i, "held", None))
    if leave_pending:
        phase = Phase.LEAVING
    elif policy_broken:
        phase = Phase.PAUSED
    elif not participating:
        phase = Phase.NOT_TAKING_PART
    elif not allowed:
        phase = Phase.NO_CATEGORY
    else:
        phase = Phase.TAKING_PART
    attention: list[Attention] = []
    if policy_broken:
        attention.append(Attention("policy", Line("attention", POLICY_BROKEN, tone="error")))
    credentials = (
        participating
        and last is not None
        and last.outcome == "retrying"
        and last.http_status in CREDENTIAL_STATUSES
    )
    if credentials and last is not None and last.http_status is not None:
        line = Line("attention", CREDENTIALS, (Arg("number", last.http_status),), "error")
        attention.append(Attention("credentials", line))
    if held and participating and not policy_broken:
        attention.append(Attention("review", Line("attention", REVIEW_WAITING, tone="warning")))
    if (
        phase is Phase.TAKING_PART
        and consent_source in (Source.POLICY, Source.INSTALLER)
        and last_success is None
    ):
        attention.append(Attention("turned_on", Line("attention", TURNED_ON)))

    lines = [_headline(phase, since, forced)]
    if phase in (Phase.TAKING_PART, Phase.NO_CATEGORY):
        if sending:
            lines.append(Line("next", SENDING))
        elif next_due is not None:
            lines.append(_next(now, next_due))
    if phase in (Phase.TAKING_PART, Phase.NO_CATEGORY) or last is not None:
        last_line = _last(now, last, retry, sending, participating)
        if last_line is not None:
            lines.append(last_line)
    if local_only and participating:
        lines.append(Line("local", LOCAL_ONLY))
    if pending_fields and participating:
        count = Arg("number", len(pending_fields))
        lines.append(Line("catalog", PENDING_FIELDS, (count,)))
    lines += [a.line for a in attention if a.kind != "policy"]
    if policy_pending and not policy_broken:
        lines.append(Line("problem", POLICY_PENDING))
    lines += [Line("problem", PROBLEM, (Arg("reason", p),), "warning") for p in problems]
    return Status(
        now=now,
        phase=phase,
        participating=participating,
        since=since if participating else None,
        next_due=next_due,
        sending=sending,
        forced=forced,
        managed=tuple(managed),
        last=last,
        retry=retry,
        policy_problems=tuple(policy_problems),
        attention=tuple(attention),
        lines=tuple(lines),
        summary=_summary(
            phase, now, next_due, retry, sending, credentials, forced, bool(held), local_only
        ),
        categories=tuple(allowed),
        withheld=tuple(withheld),
        blocked=tuple(blocked),
        local_only=local_only,
        held=held,
        pending_fields=tuple(pending_fields),
    )


def _retry(waiting: Sequence[OutboxRow]) -> Retry | None:
    for item in waiting:
        if item.kind == "report" and item.last_error:
            return Retry(item.last_error, item.not_before, item.attempts)
    return None


def _headline(phase: Phase, since: datetime | None, forced: str | None) -> Line:
    day = (Arg("day", since),) if since is not None else (Arg("text", "?"),)
    if phase is Phase.LEAVING:
        return Line("headline", LEAVING, tone="warning")
    if phase is Phase.PAUSED:
        return Line("headline", PAUSED, tone="error")
    if phase is Phase.NOT_TAKING_PART:
        return Line("headline", FORCED_OFF if forced == "off" else NOT_TAKING_PART)
    if phase is Phase.NO_CATEGORY:
        return Line("headline", NO_CATEGORY, day, "warning")
    return Line("headline", FORCED_ON if forced == "on" else TAKING_PART, day)


def _next(now: datetime, due: datetime) -> Line:
    if due <= now:
        return Line("next", NEXT_DUE_NOW)
    return Line("next", NEXT, (Arg("relative", due - now), Arg("moment", due)))


def _last(
    now: datetime,
    last: LastReport | None,
    retry: Retry | None,
    sending: bool,
    participating: bool,
) -> Line | None:
    if last is None:
        return Line("last", NO_REPORT_YET)
    at = Arg("moment", last.at)
    outcome = last.outcome
    if outcome == "delivered":
        return Line("last", DELIVERED, (at,))
    if outcome == "rejected":
        status = Arg("number", last.http_status or 0)
        return Line("last", REJECTED, (at, status), "warning")
    if outcome == "expired":
        return Line("last", EXPIRED, (at,), "warning")
    if outcome == "cancelled":
        return Line("last", CANCELLED, (at,))
    if outcome == "dropped":
        return Line("last", DROPPED, (at,))
    if outcome == "kept":
        return Line("last", KEPT, (at,))
    if outcome == "skipped":
        return Line("last", SKIPPED, (at,))
    if outcome == "sending":
        return None if sending else Line("last", INTERRUPTED, (at,), "warning")
    if not participating:
        return None  # a retry of a participation that ended: nothing waits any more
    reason = Arg("reason", retry.reason if retry else "it was not delivered")
    if retry is not None and retry.not_before is not None and retry.not_before > now:
        relative = Arg("relative", retry.not_before - now)
        return Line("last", RETRYING, (reason, relative, Arg("moment", retry.not_before)),
                    "warning")  # fmt: skip
    return Line("last", RETRYING_SOON, (reason,), "warning")


def _summary(
    phase: Phase,
    now: datetime,
    due: datetime | None,
    retry: Retry | None,
    sending: bool,
    credentials: bool,
    forced: str | None,
    held: bool = False,
    local_only: bool = False,
) -> Line:
    if phase is Phase.LEAVING:
        return Line("summary", LEAVING, tone="warning")
    if phase is Phase.PAUSED:
        return Line("summary", PAUSED, tone="error")
    if phase is Phase.NOT_TAKING_PART:
        return Line("summary", SUMMARY_FORCED_OFF if forced == "off" else SUMMARY_NOT_TAKING_PART)
    if sending:
        return Line("summary", SENDING)
    if credentials:
        return Line("summary", SUMMARY_CREDENTIALS, tone="error")
    if held:
        return Line("summary", SUMMARY_REVIEW, tone="warning")
    if retry is not None and retry.not_before is not None and retry.not_before > now:
        return Line("summary", SUMMARY_RETRYING, (Arg("relative", retry.not_before - now),),
                    "warning")  # fmt: skip
    if phase is Phase.NO_CATEGORY:
        return Line("summary", SUMMARY_NO_CATEGORY, tone="warning")
    if local_only:
        return Line("summary", SUMMARY_LOCAL_ONLY)
    if due is None:
        return Line("summary", SUMMARY_NOT_TAKING_PART)
    if due <= now:
        return Line("summary", SUMMARY_TAKING_PART_NOW)
    return Line("summary", SUMMARY_TAKING_PART, (Arg("relative", due - now),))


def last_report(row: HistoryRow | None) -> LastReport | None:
    if row is None:
        return None
    return LastReport(row.at, row.outcome, row.status, row.endpoint, row.item_id)


# -- English (the command line) ----------------------------------------------------------

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def day_text(moment: datetime, tz: tzinfo | None = None) -> str:
    local = moment.astimezone(tz) if tz is not None else moment
    return f"{WEEKDAYS[local.weekday()]}, {local.day} {MONTHS[local.month - 1]} {local.year}"


def moment_text(moment: datetime, tz: tzinfo | None = None) -> str:
    local = moment.astimezone(tz) if tz is not None else moment
    return f"{day_text(local)} at {local:%H:%M}"


def relative_parts(delta: timedelta) -> tuple[str, int]:
    """A time from now as (unit, count): minutes below an hour, hours below a day, else days."""
    seconds = max(0.0, delta.total_seconds())
    if seconds < 3600:
        return "minutes", max(1, round(seconds / 60))
    if seconds < 86400:
        return "hours", round(seconds / 3600)
    return "days", round(seconds / 86400)


def relative_text(delta: timedelta) -> str:
    unit, count = relative_parts(delta)
    word = unit if count != 1 else unit[:-1]
    return f"in {count} {word}"


def arg_text(arg: Arg, tz: tzinfo | None = None) -> str:
    value = arg.value
    if arg.kind == "day" and isinstance(value, datetime):
        return day_text(value, tz)
    if arg.kind == "moment" and isinstance(value, datetime):
        return moment_text(value, tz)
    if arg.kind == "relative" and isinstance(value, timedelta):
        return relative_text(value)
    return str(value)


def line_text(line: Line, tz: tzinfo | None = None) -> str:
    """A line in English; ``%1`` … are replaced in one pass (an argument holding "%2"
    is never replaced again)."""
    return fill(line.template, [arg_text(a, tz) for a in line.args])


def fill(template: str, values: Sequence[str]) -> str:
    out: list[str] = []
    i = 0
    while i < len(template):
        char = template[i]
        if char == "%" and i + 1 < len(template) and template[i + 1].isdigit():
            index = int(template[i + 1]) - 1
            out.append(values[index] if 0 <= index < len(values) else template[i : i + 2])
            i += 2
            continue
        out.append(char)
        i += 1
    return "".join(out)


def render_text(status: Status, details: Mapping[str, Any], tz: tzinfo | None = None) -> str:
    """``cep-gui status``: the same lines as the Feedback pane, then the details."""
    lines = [line_text(line, tz) for line in status.lines]
    lines += [f"Problem: {p}" for p in status.policy_problems]
    lines += [f"Waiting for your review: report {r} (cep-gui review)." for r in status.held]
    if status.pending_fields:
        lines.append("See the new fields and agree to them with `cep-gui whats-new`.")
    lines.append("")
    if details.get("installation_id"):
        lines.append(f"Installation id: {details['installation_id']}")
    decided = details["decided_by"]
    lines.append(f"Decided by: {decided['level']} ({decided['source']})")
    lines += [
        f"Profile: {details['profile']} (a report every {details['interval_days']} days)",
        f"Categories: {', '.join(details['categories']) or 'none'}",
        f"Endpoint: {details['endpoint']}",
        f"Waiting to be sent: {details['outbox']}",
    ]
    for name, setting in sorted(details["policy"].items()):
        lines.append(
            f"Policy {name} = {setting['value']} ({setting['level']}: {setting['source']})"
        )
    return "\n".join(lines)
