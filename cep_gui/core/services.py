"""The platform services core works with, built in one place and injected.

Core never reads environment variables, never picks a registry reader and never
opens the keyring on its own: :func:`cep_gui.environment.build_services` makes a
:class:`Services` from the real environment for the command line and the tray
alike, and tests build one from parts they control.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cep_gui.core.clock import Clock, SystemClock
from cep_gui.core.http_settings import HttpSettings
from cep_gui.core.policy_sources import PolicyLocations
from cep_gui.core.secrets import KeyringSecrets, SecretStore


@dataclass(frozen=True)
class Overrides:
    """Per-run choices from the command line or the environment."""

    endpoint: str | None = None
    profile: str | None = None
    sccm_url: str | None = None
    #: The SCCM site's own certificate (``CEP_SCCM_CA_FILE``).
    sccm_ca_file: str | None = None


@dataclass(frozen=True)
class Services:
    data_dir: Path
    policy_locations: PolicyLocations
    clock: Clock = field(default_factory=SystemClock)
    overrides: Overrides = field(default_factory=Overrides)
    http: HttpSettings = field(default_factory=HttpSettings)
    secrets: SecretStore = field(default_factory=KeyringSecrets)
    #: A private per-user folder for sockets (the single instance, the sender's ear).
    runtime_dir: Path | None = None
    #: Where an unexpected error's details are written.
    log_file: Path | None = None
    #: The process environment, for what must read it later (the login autostart entry).
    environ: Mapping[str, str] = field(default_factory=dict)

    @property
    def sockets_dir(self) -> Path:
        return self.runtime_dir or self.data_dir
