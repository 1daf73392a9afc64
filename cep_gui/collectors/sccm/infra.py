"""``sccm_infrastructure``: version, type and size of the site, as counts.

Each reader asks for the few properties it counts and nothing else: roles by role
name, clients by operating-system string and client version. Server names, site
codes and device names are never selected; the one exception is reading the site
codes of a hierarchy with a central administration site, only to tell which of its
sites the AdminService belongs to (compared in memory, never kept).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from cep_gui.collectors.base import FieldValues
from cep_gui.collectors.sccm.errors import NOT_ENABLED, SccmError
from cep_gui.core.errors import ErrorCode

if TYPE_CHECKING:
    from cep_gui.collectors.sccm.client import AdminServiceClient, Instance

P = "sccm_infrastructure."
INFRA_FIELDS = frozenset(
    {
        P + "site.version",
        P + "site.build",
        P + "site.type",
        P + "sites.count",
        P + "sites.by_type",
        P + "roles.counts",
        P + "distribution_points.count",
        P + "boundary_groups.count",
        P + "clients.by_os_family",
        P + "clients.by_version",
        P + "features.by_state",
    }
)

#: SMS_Site.Type
SITE_TYPES = {1: "secondary", 2: "primary", 4: "cas"}
_RANK = {"cas": 0, "primary": 1, "secondary": 2, "other": 3}

#: Role names of SMS_SCI_SysResUse (after "SMS ") and SMS_SiteSystemSummarizer, lower case.
ROLE_KINDS = {
    "distribution point": "distribution_point",
    "management point": "management_point",
    "software update point": "software_update_point",
    "srs reporting point": "reporting_point",
    "reporting services point": "reporting_point",
    "reporting point": "reporting_point",
    "sql server": "sql_server",
    "site database server": "sql_server",
    "site server": "site_server",
    "component server": "component_server",
    "site system": "site_system",
    "provider": "provider",
    "fallback status point": "fallback_status_point",
    "state migration point": "state_migration_point",
    "endpoint protection point": "endpoint_protection_point",
    "dmp connector": "service_connection_point",
    "service connection point": "service_connection_point",
    "cloud proxy connector": "cloud_management_gateway",
    "cloud management gateway connection point": "cloud_management_gateway",
    "cloud management gateway": "cloud_management_gateway",
    "ai update service point": "asset_intelligence_point",
    "asset intelligence synchronization point": "asset_intelligence_point",
    "data warehouse service point": "data_warehouse_point",
    "certificate registration point": "certificate_registration_point",
    "application web service": "application_catalog",
    "portal web site": "application_catalog",
    "application catalog web service point": "application_catalog",
    "application catalog website point": "application_catalog",
    "enrollment server": "enrollment_point",
    "enrollment web site": "enrollment_point",
    "enrollment point": "enrollment_point",
    "enrollment proxy point": "enrollment_point",
}
ROLE_VALUES = (*sorted(set(ROLE_KINDS.values())), "other")

OS_FAMILIES = ("windows_workstation", "windows_server", "macos", "linux", "other", "unknown")
FEATURE_STATES = ("enabled", "disabled", "other")
#: Distinct client versions reported at most; rarer ones are counted as "other".
MAX_CLIENT_VERSIONS = 50
_CLIENT_VERSION = re.compile(r"^(\d{1,3})\.(\d{1,3})\.(\d{1,6})")


def read_site(client: AdminServiceClient) -> FieldValues:
    """Version and build of the top site, the connected site's type, sites by type."""
    try:
        sites = list(client.instances("SMS_Site", ["Type", "Version", "BuildNumber"]))
    except SccmError as exc:
        if exc.status == 404:  # SMS_Site always exists: the service itself is missing
            raise SccmError(ErrorCode.UNAVAILABLE, NOT_ENABLED, fatal=True, status=404) from None
        raise
    kinds = [SITE_TYPES.get(_number(s.get("Type")) or 0, "other") for s in sites]
    by_type = Counter(kinds)
    values: FieldValues = {P + "sites.count": len(sites), P + "sites.by_type": dict(by_type)}
    if sites:
        top = min(
            zip(kinds, sites, strict=True),
            key=lambda pair: (_RANK[pair[0]], _version_key(pair[1].get("Version"))),
        )[1]
        version, build = top.get("Version"), _number(top.get("BuildNumber"))
        if isinstance(version, str) and version.strip():
            values[P + "site.version"] = version.strip()
        if build is not None:
            values[P + "site.build"] = build
    connected = _connected_site_type(client, sites, by_type)
    if connected is not None:
        values[P + "site.type"] = connected
    return values


def _connected_site_type(
    client: AdminServiceClient, sites: list[Instance], by_type: Counter[str]
) -> str | None:
    """Only a central administration site or a primary site has an SMS Provider.

    Without a CAS the hierarchy has one primary site, which must be the one we talk
    to. With one, the provider's WMI namespace (``root\\sms\\site_XYZ``) names its
    site: its code is matched against the sites' codes in memory.
    """
    if not by_type["cas"]:
        return "primary" if by_type["primary"] else None
    namespace = next((s.get("__NAMESPACE") for s in sites if s.get("__NAMESPACE")), None)
    match = re.search(r"site_([A-Za-z0-9]{3})$", namespace) if isinstance(namespace, str) else None
    if match is None:
        return None
    code = match.group(1).casefold()
    for site in client.instances("SMS_Site", ["SiteCode", "Type"]):
        if str(site.get("SiteCode", "")).casefold() == code:
            return SITE_TYPES.get(_number(site.get("Type")) or 0)
    return None


def read_roles(client: AdminServiceClient) -> FieldValues:
    """Site-system roles counted by kind (one per role per server), and distribution points."""
    roles = client.instances("SMS_SCI_SysResUse", ["RoleName"])
    counts = Counter(role_kind(r.get("RoleName")) for r in roles)
    return {
        P + "roles.counts": dict(sorted(counts.items())),
        P + "distribution_points.count": counts["distribution_point"],
    }


def role_kind(name: object) -> str:
    if not isinstance(name, str):
        return "other"
    key = " ".join(name.casefold().split())
    key = key.removeprefix("sms ")
    return ROLE_KINDS.get(key, "other")


def read_boundary_groups(client: AdminServiceClient) -> FieldValues:
    return {P + "boundary_groups.count": _count(client.instances("SMS_BoundaryGroup", ["GroupID"]))}


def read_clients(client: AdminServiceClient) -> FieldValues:
    """Devices by operating-system family and client version: never their names."""
    families: Counter[str] = Counter()
    versions: Counter[str] = Counter()
    for device in client.instances(
        "SMS_R_System", ["OperatingSystemNameandVersion", "ClientVersion"]
    ):
        families[os_family(device.get("OperatingSystemNameandVersion"))] += 1
        versions[client_version(device.get("ClientVersion"))] += 1
    return {
        P + "clients.by_os_family": dict(sorted(families.items())),
        P + "clients.by_version": _top(versions, MAX_CLIENT_VERSIONS),
    }


def os_family(text: object) -> str:
    """``Microsoft Windows NT Workstation 10.0`` → windows_workstation, and so on."""
    if not isinstance(text, str) or not text.strip():
        return "unknown"
    lower = text.casefold()
    if "windows" in lower:
        return "windows_server" if "server" in lower else "windows_workstation"
    if "mac os" in lower or "macos" in lower or "os x" in lower:
        return "macos"
    if "linux" in lower:
        return "linux"
    return "other"


def client_version(text: object) -> str:
    """``5.00.9128.1007`` → ``5.00.9128``; no client → ``none``."""
    if not isinstance(text, str) or not text.strip():
        return "none"
    match = _CLIENT_VERSION.match(text.strip())
    return ".".join(match.groups()) if match else "other"


def read_features(client: AdminServiceClient) -> FieldValues:
    """Optional features of the site (SMS_CM_UpdateFeatures) counted by Status: 1 on, 0 off."""
    states: Counter[str] = Counter()
    for feature in client.instances("SMS_CM_UpdateFeatures", ["Status"]):
        status = _number(feature.get("Status"))
        states[{1: "enabled", 0: "disabled"}.get(-1 if status is None else status, "other")] += 1
    return {P + "features.by_state": dict(sorted(states.items()))}


def _top(counts: Counter[str], keep: int) -> dict[str, int]:
    kept = dict(counts.most_common(keep))
    rest = sum(counts.values()) - sum(kept.values())
    if rest:
        kept["other"] = kept.get("other", 0) + rest
    return dict(sorted(kept.items()))


def _count(items: Iterable[Instance]) -> int:
    return sum(1 for _ in items)


def _number(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _version_key(value: object) -> tuple[int, ...]:
    """Sorts higher versions first (for ``min``)."""
    if not isinstance(value, str):
        return (0,)
    return tuple(-int(p) for p in re.findall(r"\d+", value)[:4]) or (0,)
