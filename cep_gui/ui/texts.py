"""Plain-language, translatable texts built from the client's status."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale

#: Reasons the core reports in English, marked so lupdate offers them for translation.
REASONS = (
    QT_TRANSLATE_NOOP("Reasons", "the server was unreachable"),
    QT_TRANSLATE_NOOP("Reasons", "the server did not answer in time"),
    QT_TRANSLATE_NOOP("Reasons", "the connection broke off"),
    QT_TRANSLATE_NOOP("Reasons", "the proxy asked for a password"),
    QT_TRANSLATE_NOOP("Reasons", "the proxy refused the connection"),
    QT_TRANSLATE_NOOP("Reasons", "the server's certificate could not be verified"),
    QT_TRANSLATE_NOOP("Reasons", "the server is busy (HTTP 429)"),
    QT_TRANSLATE_NOOP("Reasons", "delivered"),
    QT_TRANSLATE_NOOP("Reasons", "delivered (the server already had it)"),
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
)


def reason(text: str) -> str:
    """Translate a core reason; reasons with details (HTTP codes) keep their English text."""
    head, sep, tail = text.partition(";")
    translated = QCoreApplication.translate("Reasons", head.strip())
    return translated + (sep + tail if sep else "")


def when(iso: str | None) -> str:
    if not iso:
        return ""
    moment = datetime.fromisoformat(iso).astimezone()
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def day(iso: str | None) -> str:
    if not iso:
        return ""
    moment = datetime.fromisoformat(iso)
    qdate = QDate(moment.year, moment.month, moment.day)
    return QLocale().toString(qdate, QLocale.FormatType.LongFormat)


def status_lines(status: dict[str, Any]) -> list[str]:
    """What the Feedback pane's status area and the tray tooltip say."""
    lines: list[str] = []
    if status["participating"]:
        lines.append(
            QCoreApplication.translate("Status", "Taking part since %1.").replace(
                "%1", day(status["since"])
            )
        )
        if status["next_due"]:
            lines.append(
                QCoreApplication.translate("Status", "Next report: %1.").replace(
                    "%1", when(status["next_due"])
                )
            )
    else:
        lines.append(
            QCoreApplication.translate("Status", "Not taking part. Nothing is collected or sent.")
        )
    last = status.get("last_upload")
    if last:
        outcome = {
            "delivered": QCoreApplication.translate("Status", "delivered"),
            "rejected": QCoreApplication.translate("Status", "rejected by the server"),
            "expired": QCoreApplication.translate("Status", "not delivered within 30 days"),
        }.get(last["outcome"], last["outcome"])
        lines.append(
            QCoreApplication.translate("Status", "Last report: %1 (%2).")
            .replace("%1", when(last["at"]))
            .replace("%2", outcome)
        )
    pending = status.get("next_attempt")
    if pending and status["participating"]:
        if pending["not_before"]:
            line = QCoreApplication.translate(
                "Status", "The last attempt failed: %1. It is tried again on %2."
            )
            lines.append(
                line.replace("%1", reason(pending["reason"])).replace(
                    "%2", when(pending["not_before"])
                )
            )
        else:
            line = QCoreApplication.translate(
                "Status", "The last attempt failed: %1. It is tried again soon."
            )
            lines.append(line.replace("%1", reason(pending["reason"])))
    return lines


def tooltip(status: dict[str, Any]) -> str:
    title = QCoreApplication.translate("Status", "Customer Experience Program")
    if not status["participating"]:
        return title + "\n" + QCoreApplication.translate("Status", "Not taking part")
    if status.get("problems"):
        return (
            title
            + "\n"
            + QCoreApplication.translate("Status", "There is a problem; see Preferences")
        )
    if status["next_due"]:
        return (
            title
            + "\n"
            + QCoreApplication.translate("Status", "Next report: %1").replace(
                "%1", when(status["next_due"])
            )
        )
    return title
