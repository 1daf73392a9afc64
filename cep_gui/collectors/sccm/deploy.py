"""``sccm_deployments``: what the site deploys, as counts, and which software.

Only properties that are counted or that name software are selected: never who
created or changed an object, the collections it targets, or source paths. The
software names are admin-typed text, so besides the report's privacy filter they
lose here anything that looks like a path and the names of the site's own servers
and account, which the general filter cannot know.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cep_gui.collectors.base import FieldValues
from cep_gui.core.privacy import VERSION_CHARS

if TYPE_CHECKING:
    from cep_gui.collectors.sccm.client import AdminServiceClient, Instance

P = "sccm_deployments."
DEPLOY_FIELDS = frozenset(
    {
        P + "applications.count",
        P + "packages.count",
        P + "baselines.count",
        P + "configuration_items.count",
        P + "update_groups.count",
        P + "task_sequences.count",
        P + "deployments.by_feature",
        P + "deployments.by_intent",
        P + "software.items",
        P + "software.count",
        P + "software.omitted",
    }
)

#: Must equal the catalog's ``max_items`` of ``sccm_deployments.software.items``.
MAX_SOFTWARE = 5000
#: Longer admin-typed names are cut (a report string may hold 512 characters).
MAX_TEXT = 200

#: SMS_DeploymentSummary.FeatureType
FEATURE_TYPES = {
    1: "application",
    2: "program",
    3: "mobile_program",
    4: "script",
    5: "software_update",
    6: "baseline",
    7: "task_sequence",
    8: "content_distribution",
    9: "distribution_point_group",
    10: "distribution_point_health",
    11: "configuration_policy",
    28: "abstract_configuration_item",
}
FEATURE_VALUES = (*FEATURE_TYPES.values(), "other")
#: SMS_DeploymentSummary.DeploymentIntent
INTENTS = {1: "required", 2: "available", 3: "simulate"}
INTENT_VALUES = (*INTENTS.values(), "other")


@dataclass(frozen=True, order=True)
class Software:
    name: str
    manufacturer: str
    version: str


@dataclass
class Found:
    """Software found by the application and package readers, to be listed together."""

    applications: list[Software] | None = None
    packages: list[Software] | None = None
    #: Names of the site's servers and of the account, removed from the software names.
    host_names: set[str] = field(default_factory=set)
    user_names: set[str] = field(default_factory=set)


def read_applications(client: AdminServiceClient, found: Found) -> FieldValues:
    """Applications (latest revision of each) with their name, maker and version."""
    select = ["LocalizedDisplayName", "Manufacturer", "SoftwareVersion", "IsLatest"]
    apps = [a for a in client.instances("SMS_Application", select) if _latest(a)]
    found.applications = [
        _software(a.get("LocalizedDisplayName"), a.get("Manufacturer"), a.get("SoftwareVersion"))
        for a in apps
    ]
    return {P + "applications.count": len(apps)}


def read_packages(client: AdminServiceClient, found: Found) -> FieldValues:
    packages = list(client.instances("SMS_Package", ["Name", "Manufacturer", "Version"]))
    found.packages = [
        _software(p.get("Name"), p.get("Manufacturer"), p.get("Version")) for p in packages
    ]
    return {P + "packages.count": len(packages)}


def read_baselines(client: AdminServiceClient, found: Found) -> FieldValues:
    baselines = client.instances("SMS_ConfigurationBaselineInfo", ["CI_ID", "IsLatest"])
    return {P + "baselines.count": sum(1 for b in baselines if _latest(b))}


def read_configuration_items(client: AdminServiceClient, found: Found) -> FieldValues:
    items = client.instances("SMS_ConfigurationItem", ["CI_ID", "IsLatest"])
    return {P + "configuration_items.count": sum(1 for i in items if _latest(i))}


def read_update_groups(client: AdminServiceClient, found: Found) -> FieldValues:
    groups = client.instances("SMS_AuthorizationList", ["CI_ID"])
    return {P + "update_groups.count": _count(groups)}


def read_task_sequences(client: AdminServiceClient, found: Found) -> FieldValues:
    sequences = client.instances("SMS_TaskSequencePackage", ["PackageType"])
    return {P + "task_sequences.count": _count(sequences)}


def read_deployments(client: AdminServiceClient, found: Found) -> FieldValues:
    """Deployments by what they deploy and by intent; never their collection or name."""
    features: Counter[str] = Counter()
    intents: Counter[str] = Counter()
    for deployment in client.instances(
        "SMS_DeploymentSummary", ["FeatureType", "DeploymentIntent"]
    ):
        features[FEATURE_TYPES.get(_int(deployment.get("FeatureType")), "other")] += 1
        intents[INTENTS.get(_int(deployment.get("DeploymentIntent")), "other")] += 1
    return {
        P + "deployments.by_feature": dict(sorted(features.items())),
        P + "deployments.by_intent": dict(sorted(intents.items())),
    }


def software_fields(found: Found) -> FieldValues:
    """The sorted, de-duplicated and capped software list with its counts.

    Only when both applications and packages were read: half a list would claim
    software is missing when it merely could not be read.
    """
    if found.applications is None or found.packages is None:
        return {}
    scrub = _Scrubber(found.host_names, found.user_names)
    unique = {
        s
        for s in (scrub.software(s) for s in (*found.applications, *found.packages))
        if s is not None
    }
    ordered = sorted(unique, key=lambda s: (s.name.casefold(), s.manufacturer.casefold(), s))
    kept = ordered[:MAX_SOFTWARE]
    return {
        P + "software.items": [
            {"manufacturer": s.manufacturer, "name": s.name, "version": s.version} for s in kept
        ],
        P + "software.count": len(ordered),
        P + "software.omitted": len(ordered) - len(kept),
    }


class _Scrubber:
    """Removes paths and the site's own server and account names from free text."""

    def __init__(self, hosts: Iterable[str], users: Iterable[str]) -> None:
        self._names = [(p, "[host]") for p in [_names_pattern(hosts)] if p is not None]
        self._names += [(p, "[user]") for p in [_names_pattern(users)] if p is not None]

    def text(self, value: str) -> str:
        # A token with a backslash is a path or a DOMAIN\user name: neither is software.
        text = " ".join("[path]" if "\\" in w else w for w in value.split())
        for pattern, placeholder in self._names:
            text = pattern.sub(placeholder, text)
        return text[:MAX_TEXT].strip()

    def software(self, item: Software) -> Software | None:
        name = self.text(item.name)
        if not name:
            return None
        version = item.version if VERSION_CHARS.match(item.version) else ""
        return Software(name, self.text(item.manufacturer), version[:MAX_TEXT])


def _names_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    wanted = sorted({n for n in (x.strip() for x in names) if len(n) >= 3}, key=len, reverse=True)
    if not wanted:
        return None
    alternation = "|".join(re.escape(n) for n in wanted)
    return re.compile(rf"(?<![A-Za-z0-9])(?:{alternation})(?![A-Za-z0-9])", re.IGNORECASE)


def _software(name: object, manufacturer: object, version: object) -> Software:
    return Software(_str(name), _str(manufacturer), _str(version))


def _str(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _latest(instance: Instance) -> bool:
    """Configuration items keep every revision; only the latest counts (absent: assume it)."""
    return instance.get("IsLatest") is not False


def _count(items: Iterable[Instance]) -> int:
    return sum(1 for _ in items)


def _int(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return -1
