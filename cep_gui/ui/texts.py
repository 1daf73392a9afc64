"""Core's words in the user's language: the status lines, reasons, dates and outcomes.

Core phrases the status once (:mod:`cep_gui.core.status`) as English templates with
typed arguments; this module translates exactly those templates and formats the
arguments with the user's locale (local time, the locale's long date format, numbers
with the locale's grouping). Every window and the tray call these functions, so they
all say the same thing.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QObject,
)

from cep_gui.core.relay_status import RelayStatus, status_of_receipt
from cep_gui.core.status import Arg, Line, fill, relative_parts
from cep_gui.core.store.history_table import HistoryRow

#: The status sentences of core (cep_gui.core.status.TEMPLATES), for lupdate.
STATUS_TEMPLATES = (
    QT_TRANSLATE_NOOP("Status", "Not taking part. Nothing is collected or sent."),
    QT_TRANSLATE_NOOP(
        "Status",
        "Not taking part: your organization has turned the program off on this computer. Nothing is collected or sent.",
    ),
    QT_TRANSLATE_NOOP("Status", "Taking part since %1."),
    QT_TRANSLATE_NOOP("Status", "Taking part since %1, as your organization requires."),
    QT_TRANSLATE_NOOP(
        "Status",
        "Taking part since %1, but no category is chosen, so nothing is collected or sent.",
    ),
    QT_TRANSLATE_NOOP(
        "Status",
        "Paused: your organization's policy could not be read, so nothing is collected or sent.",
    ),
    QT_TRANSLATE_NOOP(
        "Status",
        "You left the program. Nothing is sent; this is saved as soon as the disk has space.",
    ),
    QT_TRANSLATE_NOOP("Status", "Sending a report now…"),
    QT_TRANSLATE_NOOP("Status", "Next report: %1 (%2)."),
    QT_TRANSLATE_NOOP("Status", "Next report: due now."),
    QT_TRANSLATE_NOOP("Status", "No report has been sent yet."),
    QT_TRANSLATE_NOOP("Status", "Last report: delivered on %1."),
    QT_TRANSLATE_NOOP(
        "Status", "Last report: refused by the server on %1 (HTTP %2); it is not sent again."
    ),
    QT_TRANSLATE_NOOP(
        "Status", "Last report: not delivered within 30 days, so it was deleted (%1)."
    ),
    QT_TRANSLATE_NOOP(
        "Status",
        "Last report: stopped on %1 because participation changed while it was being sent.",
    ),
    QT_TRANSLATE_NOOP(
        "Status", "Last report: not sent (%1) because participation changed before it went out."
    ),
    QT_TRANSLATE_NOOP("Status", "Last report: not delivered yet: %1. Next try %2 (%3)."),
    QT_TRANSLATE_NOOP("Status", "Last report: not delivered yet: %1. It is tried again soon."),
    QT_TRANSLATE_NOOP(
        "Status", "Last report: the attempt on %1 was interrupted; it is tried again."
    ),
    QT_TRANSLATE_NOOP("Status", "Last report: kept on this computer on %1, not sent."),
    QT_TRANSLATE_NOOP("Status", "Last report: not sent (%1): it was skipped at review."),
    QT_TRANSLATE_NOOP("Status", "Reports are kept on this computer only; nothing is sent."),
    QT_TRANSLATE_NOOP("Status", "A report waits for your review before it is sent."),
    QT_TRANSLATE_NOOP("Status", "New fields are left out until you agree to them: %1."),
    QT_TRANSLATE_NOOP("Status", "A report waits for your review."),
    QT_TRANSLATE_NOOP("Status", "Taking part; reports stay on this computer."),
    QT_TRANSLATE_NOOP(
        "Status",
        "The server refused this computer's credentials (HTTP %1). Reports wait until this is fixed.",
    ),
    QT_TRANSLATE_NOOP(
        "Status",
        "Your organization's policy could not be read. Nothing is collected or sent until it is fixed.",
    ),
    QT_TRANSLATE_NOOP(
        "Status",
        "Your organization turned the Customer Experience Program on for this computer. You can review what is collected before the first report is sent.",
    ),
    QT_TRANSLATE_NOOP("Status", "Your organization's policy takes effect at the next run."),
    QT_TRANSLATE_NOOP("Status", "%1"),
    QT_TRANSLATE_NOOP("Status", "Taking part. Next report %1."),
    QT_TRANSLATE_NOOP("Status", "Taking part. A report is due now."),
    QT_TRANSLATE_NOOP("Status", "Taking part. The last report is not delivered yet; next try %1."),
    QT_TRANSLATE_NOOP("Status", "Reports wait: the server refused this computer's credentials."),
    QT_TRANSLATE_NOOP("Status", "Taking part, but no category is chosen."),
    QT_TRANSLATE_NOOP("Status", "Not taking part."),
    QT_TRANSLATE_NOOP("Status", "Not taking part (turned off by your organization)."),
)

#: Reasons the core reports in English, marked so lupdate offers them for translation.
#: An HTTP status in a reason is a placeholder (%1), and a server's own text after it %2.
REASONS = (
    QT_TRANSLATE_NOOP("Reasons", "the server was unreachable"),
    QT_TRANSLATE_NOOP("Reasons", "the proxy was unreachable"),
    QT_TRANSLATE_NOOP("Reasons", "the server did not answer in time"),
    QT_TRANSLATE_NOOP("Reasons", "the connection broke off"),
    QT_TRANSLATE_NOOP("Reasons", "the proxy asked for a password"),
    QT_TRANSLATE_NOOP("Reasons", "the proxy refused the connection"),
    QT_TRANSLATE_NOOP("Reasons", "the server's certificate could not be verified"),
    QT_TRANSLATE_NOOP("Reasons", "the server is busy (HTTP %1)"),
    QT_TRANSLATE_NOOP("Reasons", "the server had a problem (HTTP %1)"),
    QT_TRANSLATE_NOOP("Reasons", "the server refused our credentials (HTTP %1)"),
    QT_TRANSLATE_NOOP("Reasons", "the server rejected it for good (HTTP %1)"),
    QT_TRANSLATE_NOOP("Reasons", "the server rejected it for good (HTTP %1: %2)"),
    QT_TRANSLATE_NOOP("Reasons", "the server redirected elsewhere (HTTP %1); not followed"),
    QT_TRANSLATE_NOOP("Reasons", "cancelled: participation ended during the upload"),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "cancelled: participation ended during the upload, but every byte of it had already "
        "reached the other side, so the server may have received it",
    ),
    QT_TRANSLATE_NOOP("Reasons", "delivered"),
    QT_TRANSLATE_NOOP("Reasons", "delivered (the server already had it)"),
    QT_TRANSLATE_NOOP("Reasons", "it was not delivered"),
    # Commands the desktop app refuses or cannot run right now.
    QT_TRANSLATE_NOOP(
        "Reasons", "another cep-gui process is sending a report; try again in a moment"
    ),
    QT_TRANSLATE_NOOP("Reasons", "no category is chosen, so there is nothing to send"),
    QT_TRANSLATE_NOOP("Reasons", "nothing is sent while the managed policy is broken"),
    QT_TRANSLATE_NOOP(
        "Reasons", "participation changed while the report was being built, so it was discarded"
    ),
    # The SCCM AdminService (cep_gui.collectors.sccm.errors).
    QT_TRANSLATE_NOOP(
        "Reasons", "the server's certificate could not be verified (give its certificate file)"
    ),
    QT_TRANSLATE_NOOP("Reasons", "no secure connection could be made with the server"),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "the server refused the sign-in: wrong account or password, or this account is not a Configuration Manager administrator",
    ),
    QT_TRANSLATE_NOOP("Reasons", "this account is not a Configuration Manager administrator"),
    QT_TRANSLATE_NOOP("Reasons", "the AdminService is not enabled on this server"),
    QT_TRANSLATE_NOOP("Reasons", "the server's answer was not valid JSON"),
    QT_TRANSLATE_NOOP("Reasons", "the server's answer was too large to read"),
    QT_TRANSLATE_NOOP("Reasons", "the list was too long to read to the end"),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "the server sent the rest of the list from another address, which was not followed",
    ),
    QT_TRANSLATE_NOOP("Reasons", "no AdminService URL is configured"),
    QT_TRANSLATE_NOOP(
        "Reasons", "no system keyring is available, so the SCCM password cannot be read"
    ),
    QT_TRANSLATE_NOOP("Reasons", "no password is saved for the SCCM account"),
    QT_TRANSLATE_NOOP(
        "Reasons", "no account is set and this computer cannot sign in to the server by itself"
    ),
    QT_TRANSLATE_NOOP("Reasons", "the server asks for a sign-in method this program does not use"),
    QT_TRANSLATE_NOOP("Reasons", "the certificate file could not be read"),
    QT_TRANSLATE_NOOP("Reasons", "collecting from the server took too long"),
    QT_TRANSLATE_NOOP("Reasons", "the server does not offer this information"),
    # Why a report that waited for review was not sent.
    QT_TRANSLATE_NOOP("Reasons", "you chose not to send it"),
    QT_TRANSLATE_NOOP("Reasons", "nobody answered within 14 days"),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "your organization's relay is asked only while this computer takes part and sends reports",
    ),
)

# What the organization's relay did with a report (cep_gui.core.relay_status.STATES).
RELAY_STATES = (
    QT_TRANSLATE_NOOP("Relay", "held by your organization's relay"),
    QT_TRANSLATE_NOOP("Relay", "released by your organization's relay"),
    QT_TRANSLATE_NOOP(
        "Relay", "released by your organization's relay (carried to the vendor offline)"
    ),
    QT_TRANSLATE_NOOP("Relay", "released by your organization's relay and delivered"),
    QT_TRANSLATE_NOOP("Relay", "released by your organization's relay; the vendor refused it"),
    QT_TRANSLATE_NOOP("Relay", "not sent: your organization's relay rejected it"),
)
# A state this version does not know (a newer relay), with the relay's own word.
RELAY_UNKNOWN = "at your organization's relay (%1)"
QT_TRANSLATE_NOOP("Relay", "at your organization's relay (%1)")
# Receipt keys the relay's status is kept in: said as the outcome, not listed.
RELAY_KEYS = frozenset({"held_by_relay", "relay_state", "relay_sent", "relay_upstream_status"})

_HTTP = re.compile(r"HTTP (\d{3})(?:: (.*?))?\)")


def reason_template(text: str) -> tuple[str, list[str]]:
    """A reason with its HTTP status (and the server's text) made placeholders."""
    found = _HTTP.search(text)
    if found is None:
        return text, []
    detail = found.group(2)
    template = text[: found.start()] + "HTTP %1" + (": %2" if detail else "") + ")"
    return template + text[found.end() :], [found.group(1)] + ([detail] if detail else [])


def reason(text: str) -> str:
    """A core reason in the user's language; an unknown one keeps its English words."""
    template, args = reason_template(text.strip())
    translated = QCoreApplication.translate("Reasons", template)
    if translated == template:
        head, sep, tail = template.partition(";")
        if sep:
            translated = QCoreApplication.translate("Reasons", head.strip()) + sep + tail
    return fill(translated, args)


# -- dates and times: always local time, always the locale's long date format -----------


def _local(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()


def day(moment: datetime | None) -> str:
    """A day as the locale writes it in full ("Saturday, 28 November 2026")."""
    if moment is None:
        return ""
    local = _local(moment)
    return QLocale().toString(local.date(), QLocale.FormatType.LongFormat)


def moment(value: datetime | None) -> str:
    """A day and a time of day, in local time ("Saturday, 28 November 2026 at 14:05")."""
    if value is None:
        return ""
    local = _local(value)
    date_text = QLocale().toString(local.date(), QLocale.FormatType.LongFormat)
    time_text = QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
    return fill(QCoreApplication.translate("Status", "%1 at %2"), [date_text, time_text])


def short_moment(value: datetime | None) -> str:
    """A day and time for a table cell: the locale's medium date, never the C "8 12 2026"."""
    if value is None:
        return ""
    local = _local(value)
    date_text = QLocale().toString(local.date(), _medium_date_format())
    time_text = QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
    return f"{date_text} {time_text}"


def medium_date(value: QDate) -> str:
    """A calendar day as a table or heading writes it ("1 March 2027", "1. März 2027")."""
    return QLocale().toString(value, _medium_date_format())


def _medium_date_format() -> str:
    """The long format without the weekday: "28 November 2026", "28. November 2026"."""
    long = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    without = re.sub(r"^\s*dddd[,.]?\s*|\s*,?\s*dddd\s*$", "", long)
    return without or long


class Counted(QObject):
    """Texts with a count, which take a plural form ("in 1 day", "in 2 days").

    They live in one QObject so that ``self.tr(text, "", n)`` marks them: that is the
    call lupdate reads as a message with plural forms.
    """

    def minutes(self, n: int) -> str:
        return self.tr("in %n minutes", "", n)

    def hours(self, n: int) -> str:
        return self.tr("in %n hours", "", n)

    def days(self, n: int) -> str:
        return self.tr("in %n days", "", n)

    def entries(self, n: int) -> str:
        return self.tr("%n entries", "", n)

    def left_out_fields(self, n: int) -> str:
        return self.tr("%n new fields are left out of reports until you look at them.", "", n)


COUNTED = Counted()


def relative(delta: timedelta) -> str:
    unit, count = relative_parts(delta)
    if unit == "minutes":
        return COUNTED.minutes(count)
    if unit == "hours":
        return COUNTED.hours(count)
    return COUNTED.days(count)


def number(value: int) -> str:
    return QLocale().toString(value)


def arg_text(arg: Arg) -> str:
    value = arg.value
    if arg.kind == "day" and isinstance(value, datetime):
        return day(value)
    if arg.kind == "moment" and isinstance(value, datetime):
        return moment(value)
    if arg.kind == "relative" and isinstance(value, timedelta):
        return relative(value)
    if arg.kind == "reason" and isinstance(value, str):
        return reason(value)
    return str(value)


def line_text(line: Line) -> str:
    """One status line in the user's language."""
    return fill(
        QCoreApplication.translate("Status", line.template), [arg_text(a) for a in line.args]
    )


def catalog_covered_text() -> str:
    """Forced participation: what is collected changed, and the organization's consent
    covers it (the Feedback pane's banner and the tray say it alike)."""
    return QCoreApplication.translate(
        "Notices",
        "What is collected has changed. Your organization's consent covers it; you can see what is new.",
    )


# -- history words -------------------------------------------------------------------


def outcome_text(outcome: str) -> str:
    """A history outcome in plain words."""
    words = {
        "sending": QCoreApplication.translate("History", "being sent"),
        "retrying": QCoreApplication.translate("History", "not delivered yet, tried again later"),
        "delivered": QCoreApplication.translate("History", "delivered"),
        "rejected": QCoreApplication.translate("History", "refused by the server"),
        "expired": QCoreApplication.translate("History", "not delivered within 30 days"),
        "cancelled": QCoreApplication.translate("History", "stopped: participation changed"),
        "dropped": QCoreApplication.translate("History", "not sent: participation changed"),
        "kept": QCoreApplication.translate("History", "kept on this computer"),
        "skipped": QCoreApplication.translate("History", "skipped at review"),
    }
    return words.get(outcome, outcome)


def relay_text(status: RelayStatus) -> str:
    """What the organization's relay did with a report, in the user's language."""
    from cep_gui.core.relay_status import STATES

    if status.state in STATES:
        return QCoreApplication.translate("Relay", STATES[status.state])
    return fill(QCoreApplication.translate("Relay", RELAY_UNKNOWN), [status.state])


def history_outcome(row: HistoryRow) -> str:
    """A history row's outcome; a report a relay holds says what the relay did with it."""
    if row.outcome == "delivered":
        relay = status_of_receipt(row.receipt)
        if relay is not None:
            return relay_text(relay)
    if row.outcome == "skipped" and row.last_error:
        return fill(
            QCoreApplication.translate("History", "skipped at review: %1"), [reason(row.last_error)]
        )
    return outcome_text(row.outcome)


def kind_text(kind: str) -> str:
    return {
        "report": QCoreApplication.translate("History", "report"),
        "deletion": QCoreApplication.translate("History", "deletion request"),
    }.get(kind, kind)


def receipt_text(receipt: str | None) -> str:
    """A receiver's receipt in words: when it received the report and its number there."""
    if not receipt:
        return ""
    try:
        document = json.loads(receipt)
    except ValueError:
        return receipt
    if not isinstance(document, dict):
        return str(document)
    parts: list[str] = []
    received = document.get("received")
    if isinstance(received, str):
        try:
            when = datetime.fromisoformat(received)
        except ValueError:
            when = None
        if when is not None:
            parts.append(
                QCoreApplication.translate("History", "received %1").replace(
                    "%1", short_moment(when)
                )
            )
    if "id" in document:
        parts.append(
            QCoreApplication.translate("History", "receipt no. %1").replace(
                "%1", str(document["id"])
            )
        )
    for key, value in sorted(document.items()):
        if key not in ("received", "id", "report_id") and key not in RELAY_KEYS:
            parts.append(f"{key}: {value}")
    return ", ".join(parts)
