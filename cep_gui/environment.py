"""Build the services from the real environment: the one place that reads it.

The command line and the tray both call :func:`build_services`, so they agree on
the data folder, the policy locations (with the registry reader on Windows), the
proxy, the CA file and the keyring. Every value read here is checked, and an
unusable one (a garbage proxy URL, a CA file that does not exist, an empty data
folder) is a :class:`ConfigError` with one plain line, never a traceback later.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit

from cep_gui.core.clock import Clock, SystemClock
from cep_gui.core.exceptions import ConfigError
from cep_gui.core.http_settings import HttpSettings
from cep_gui.core.paths import default_data_dir, default_log_file, private_runtime_dir
from cep_gui.core.policy_sources import PolicyLocations, holds_policy
from cep_gui.core.secrets import KeyringSecrets
from cep_gui.core.services import Overrides, Services

PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")


def platform_name(platform: str = sys.platform) -> str:
    if platform == "win32":
        return "windows"
    if platform == "darwin":
        return "darwin"
    return "linux"


def build_services(
    environ: Mapping[str, str] | None = None,
    *,
    data_dir: Path | None = None,
    endpoint: str | None = None,
    profile: str | None = None,
    sccm_url: str | None = None,
    platform: str = sys.platform,
    clock: Clock | None = None,
) -> Services:
    env = os.environ if environ is None else environ
    return Services(
        data_dir=resolve_data_dir(data_dir, env),
        policy_locations=policy_locations(env, platform),
        clock=clock or SystemClock(),
        overrides=Overrides(
            endpoint=endpoint or env.get("CEP_ENDPOINT") or None,
            profile=profile,
            sccm_url=sccm_url,
            sccm_ca_file=_existing_file(env.get("CEP_SCCM_CA_FILE"), "CEP_SCCM_CA_FILE"),
        ),
        http=http_settings(env),
        secrets=KeyringSecrets(),
        runtime_dir=private_runtime_dir(env.get("XDG_RUNTIME_DIR")),
        log_file=default_log_file(),
        environ=dict(env),
    )


def resolve_data_dir(given: Path | None, env: Mapping[str, str]) -> Path:
    if given is not None:
        if str(given).strip() == "" or given == Path():
            raise ConfigError("--data-dir needs a folder name (it was empty)")
        return given
    override = env.get("CEP_DATA_DIR")
    if override is not None:
        if not override.strip():
            raise ConfigError("CEP_DATA_DIR is set but empty; unset it or name a folder")
        return Path(override)
    return default_data_dir()


def policy_locations(
    env: Mapping[str, str], platform: str = sys.platform, *, system_root: Path | None = None
) -> PolicyLocations:
    """Where policy is read. ``CEP_POLICY_DIR`` (for tests and diagnosis) names another
    root, but only on a computer where no organization set policy: anyone can set an
    environment variable, and an empty folder of one's own must not lift a ban on taking
    part. ``system_root`` stands in for the platform's own policy root (tests)."""
    name = platform_name(platform)
    registry = None
    if name == "windows":
        from cep_gui.core.winreg_reader import WinRegReader

        registry = WinRegReader()
    user = env.get("USER", "")
    system = PolicyLocations.default(name, registry, user=user, root=system_root)
    override = env.get("CEP_POLICY_DIR")
    if not override:
        return system
    held = holds_policy(system)
    if held is not None:
        raise ConfigError(
            f"CEP_POLICY_DIR cannot be used here: your organization's policy is set in {held}"
        )
    where = PolicyLocations.default(name, registry, user=user, root=Path(override))
    owner = env.get("CEP_POLICY_OWNER_UID")
    if owner:
        # For tests that keep policy in a folder of their own (see the README).
        if not owner.isdigit():
            raise ConfigError("CEP_POLICY_OWNER_UID must be a number (a user id)")
        where = PolicyLocations(
            where.platform, where.root, where.registry, where.user, trusted_uid=int(owner)
        )
    return where


def http_settings(env: Mapping[str, str]) -> HttpSettings:
    ca_file = _existing_file(env.get("CEP_CA_FILE"), "CEP_CA_FILE")
    proxies: dict[str, str] = {}
    for scheme in ("http", "https"):
        value = _env_any(env, f"{scheme}_proxy") or _env_any(env, "all_proxy")
        if value:
            proxies[scheme] = check_proxy(value, f"{scheme.upper()}_PROXY or ALL_PROXY")
    no_proxy = tuple(p.strip() for p in (_env_any(env, "no_proxy") or "").split(",") if p.strip())
    return HttpSettings(
        ca_file=Path(ca_file) if ca_file else None, proxies=proxies, no_proxy=no_proxy
    )


def check_proxy(value: str, name: str) -> str:
    text = value.strip()
    if "://" not in text:
        text = "http://" + text  # how curl and most tools read a bare host:port
    parts = urlsplit(text)
    try:
        port = parts.port
    except ValueError:
        port = -1
    if parts.scheme not in PROXY_SCHEMES or not parts.hostname or port == -1:
        raise ConfigError(
            f"{name} is not a usable proxy URL ({value!r}); use for example "
            "http://proxy.example:3128 or socks5://proxy.example:1080, or unset it"
        )
    return text


def _env_any(env: Mapping[str, str], name: str) -> str | None:
    """Proxy variables are read in lower case first, as curl does, then upper case."""
    return env.get(name.lower()) or env.get(name.upper()) or None


def _existing_file(value: str | None, name: str) -> str | None:
    if not value:
        return None
    if not Path(value).is_file():
        raise ConfigError(f"{name} names {value}, which is not a readable file")
    return value
