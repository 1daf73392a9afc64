"""Category names and descriptions from the catalog, marked for translation.

The catalog itself stays in English (it documents the wire format); the Feedback
pane shows these category texts in the user's language. A test checks that this
list matches the catalog, so a changed catalog text cannot go untranslated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CATEGORY_TEXTS = (
    QT_TRANSLATE_NOOP("Catalog", "Hardware of this computer"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Processor, memory, disks, graphics, firmware and network adapter kinds of the computer the product runs on.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Software of this computer"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Operating system name and version, desktop, language, and the names and versions of installed software.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Software of virtual machines"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Guest operating system name and version and guest tools version of the virtual machines found on this computer.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Configuration of virtual machines"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Technical settings of the virtual machines' configuration files (processors, memory, disks, devices), without names, paths or addresses.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "SCCM site configuration"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Version, type and size of the Microsoft Configuration Manager site this computer administers, as counts.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "SCCM deployments"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "How many applications, packages, policies and deployments the Configuration Manager site has, and which software it deploys.",
    ),
    QT_TRANSLATE_NOOP("Catalog", "Feature usage"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "How often product features are used and which problems occur, as counts without times.",
    ),
)


def translated(text: str) -> str:
    return QCoreApplication.translate("Catalog", text)
