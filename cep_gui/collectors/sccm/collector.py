"""The SCCM collector: a Configuration Manager site's setup, read through its AdminService.

Without an AdminService URL it collects nothing and records nothing: most machines
administer no site, and a collector cannot tell whether one of its categories was
chosen, so a missing URL is not an error. With a URL, each area (site, roles,
clients, deployments ...) is read on its own under ``errors.guard("sccm.<area>")``,
so a class the server does not offer costs only its fields. A failure that every
further request would repeat (unreachable server, refused sign-in, certificate,
time up) is recorded once under ``sccm`` and ends the collection.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cep_gui.collectors.base import ErrorSink, FieldValues
from cep_gui.collectors.sccm.auth import SecretLoader, load_credentials
from cep_gui.collectors.sccm.deploy import (
    DEPLOY_FIELDS,
    Found,
    read_applications,
    read_baselines,
    read_configuration_items,
    read_deployments,
    read_packages,
    read_task_sequences,
    read_update_groups,
    software_fields,
)
from cep_gui.collectors.sccm.errors import NO_URL, SccmError
from cep_gui.collectors.sccm.infra import (
    INFRA_FIELDS,
    read_boundary_groups,
    read_clients,
    read_features,
    read_roles,
    read_site,
)
from cep_gui.collectors.system import SystemEnv
from cep_gui.core.collect_config import CollectConfig
from cep_gui.core.errors import ErrorCode

if TYPE_CHECKING:
    # httpx takes a tenth of a second to load: only a configured site pays for it.
    from cep_gui.collectors.sccm.client import AdminServiceClient, Limits

Area = Callable[["AdminServiceClient", Found], FieldValues]

#: In order: the site comes first, as it also proves the connection and the sign-in.
AREAS: tuple[tuple[str, Area], ...] = (
    ("site", lambda client, found: read_site(client)),
    ("roles", lambda client, found: read_roles(client)),
    ("boundary_groups", lambda client, found: read_boundary_groups(client)),
    ("clients", lambda client, found: read_clients(client)),
    ("features", lambda client, found: read_features(client)),
    ("applications", read_applications),
    ("packages", read_packages),
    ("baselines", read_baselines),
    ("configuration_items", read_configuration_items),
    ("update_groups", read_update_groups),
    ("task_sequences", read_task_sequences),
    ("deployments", read_deployments),
)


class SccmCollector:
    name = "sccm"
    categories = frozenset({"sccm_infrastructure", "sccm_deployments"})
    fields = INFRA_FIELDS | DEPLOY_FIELDS

    def __init__(
        self,
        config: CollectConfig | None = None,
        *,
        load_secret: SecretLoader | None = None,
        limits: Limits | None = None,
    ) -> None:
        self.config = config
        self._load = load_secret
        self._limits = limits

    def collect(self, env: SystemEnv, errors: ErrorSink) -> FieldValues:
        if self.config is None or not self.config.sccm_url:
            return {}
        try:
            client = open_client(self.config, load_secret=self._load, limits=self._limits)
        except SccmError as exc:
            errors.add(self.name, exc.code, exc.message)
            return {}
        values: FieldValues = {}
        found = Found()
        with client:
            for area, read in AREAS:
                stop = False
                with errors.guard(f"{self.name}.{area}"):
                    try:
                        values.update(read(client, found))
                    except SccmError as exc:
                        if not exc.fatal:
                            raise
                        errors.add(self.name, exc.code, exc.message)
                        stop = True
                if stop:
                    break
            found.host_names |= _server_names(client.servers_seen)
            found.user_names |= _account_names(self.config.sccm_account)
        values.update(software_fields(found))
        return values


def open_client(
    config: CollectConfig,
    *,
    load_secret: SecretLoader | None = None,
    limits: Limits | None = None,
) -> AdminServiceClient:
    """A client for the configured AdminService, signed in as the configured account."""
    from cep_gui.collectors.sccm.client import AdminServiceClient, admin_service_base

    if not config.sccm_url:
        raise SccmError(ErrorCode.UNAVAILABLE, NO_URL, fatal=True)
    base = admin_service_base(config.sccm_url)  # a bad URL is reported before the keyring
    credentials = load_credentials(config.sccm_account, load_secret)
    return AdminServiceClient(base, credentials, ca_file=config.sccm_ca_file, limits=limits)


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    message: str
    #: The top site's version when the check succeeded (for a friendlier message).
    site_version: str | None = None


def check_connection(
    config: CollectConfig,
    *,
    load_secret: SecretLoader | None = None,
    limits: Limits | None = None,
) -> CheckResult:
    """Sign in and read the site's version: what ``cep-gui sccm test`` and the UI show."""
    try:
        with open_client(config, load_secret=load_secret, limits=limits) as client:
            values = read_site(client)
    except SccmError as exc:
        return CheckResult(False, exc.message)
    version = values.get("sccm_infrastructure.site.version")
    version = version if isinstance(version, str) else None
    detail = f" (site version {version})" if version else ""
    return CheckResult(True, f"connected to the AdminService{detail}", version)


def _server_names(servers: set[str]) -> set[str]:
    """The site's server names, whole and by their first label (``cm01`` of ``cm01.corp``)."""
    names = set(servers)
    for server in servers:
        label = server.split(".", 1)[0]
        if len(label) >= 4 and not label.isdigit():
            names.add(label)
    return names


def _account_names(account: str | None) -> set[str]:
    """The user part of ``DOMAIN\\user`` or ``user@domain``."""
    user = (account or "").replace("/", "\\").rsplit("\\", 1)[-1].split("@", 1)[0].strip()
    return {user} if user else set()
