"""Where managed policy is read from, per operating system.

Linux:   <root>/managed/*.json (machine mandatory; honoured only when owned by root
         and not writable by group or others), <root>/recommended/*.json,
         <root>/preset.json (installer preset). <root> is /etc/cep/policies or
         ``CEP_POLICY_DIR``.
Windows: HKLM\\SOFTWARE\\Policies\\CEP (machine), HKCU\\SOFTWARE\\Policies\\CEP (user),
         HKLM\\SOFTWARE\\Policies\\CEP\\Recommended, HKLM\\SOFTWARE\\CEP\\Preset.
macOS:   forced managed preferences of the client's domain, machine-wide and per user,
         under /Library/Managed Preferences (or ``CEP_POLICY_DIR``).
"""

from __future__ import annotations

import json
import os
import plistlib
import stat
from dataclasses import dataclass
from pathlib import Path
from xml.parsers.expat import ExpatError

from cep_gui.core.policy import Level, PolicyProblem, PolicySet, parse_settings
from cep_gui.core.registry import RegistryReader

MACOS_DOMAIN = "org.cepgui.client"
MAX_POLICY_BYTES = 64 * 1024
WINDOWS_KEYS = (
    ("HKLM", r"SOFTWARE\Policies\CEP", Level.MACHINE_MANDATORY),
    ("HKCU", r"SOFTWARE\Policies\CEP", Level.USER_MANDATORY),
    ("HKLM", r"SOFTWARE\Policies\CEP\Recommended", Level.RECOMMENDED),
    ("HKLM", r"SOFTWARE\CEP\Preset", Level.INSTALLER_PRESET),
)


@dataclass(frozen=True)
class PolicyLocations:
    platform: str
    root: Path
    registry: RegistryReader | None = None
    user: str = ""

    @classmethod
    def default(
        cls, platform: str, registry: RegistryReader | None = None, user: str = ""
    ) -> PolicyLocations:
        override = os.environ.get("CEP_POLICY_DIR")
        if override:
            root = Path(override)
        elif platform == "darwin":
            root = Path("/Library/Managed Preferences")
        else:
            root = Path("/etc/cep/policies")
        return cls(platform, root, registry, user)


class InsecurePolicy(Exception):
    pass


def read_policies(where: PolicyLocations) -> PolicySet:
    policies = PolicySet()
    if where.platform == "windows":
        _read_windows(where, policies)
    elif where.platform == "darwin":
        _read_macos(where, policies)
    else:
        _read_linux(where, policies)
    return policies


def _read_linux(where: PolicyLocations, policies: PolicySet) -> None:
    for folder, level in (("managed", Level.MACHINE_MANDATORY), ("recommended", Level.RECOMMENDED)):
        directory = where.root / folder
        if not directory.exists():
            continue
        try:
            _check_owner(directory, is_dir=True)
            files = sorted(p for p in directory.iterdir() if p.name.endswith(".json"))
        except (OSError, InsecurePolicy) as exc:
            policies.problems.append(PolicyProblem(str(directory), _why(exc), level.mandatory))
            continue
        for path in files:  # later files override earlier ones, like drop-in folders
            _read_json_file(path, level, policies)
    preset = where.root / "preset.json"
    if preset.exists() or preset.is_symlink():
        _read_json_file(preset, Level.INSTALLER_PRESET, policies)


def _read_json_file(path: Path, level: Level, policies: PolicySet) -> None:
    try:
        data = _read_trusted(path)
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("the file must hold one JSON object of settings")
    except (OSError, InsecurePolicy, ValueError) as exc:
        policies.problems.append(PolicyProblem(str(path), _why(exc), level.mandatory))
        return
    layer = parse_settings(raw, str(path), level, policies.problems)
    if layer is not None:
        policies.layers.append(layer)


def _read_trusted(path: Path) -> bytes:
    """Read a policy file that only root can have written; never follow a link."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if path.is_symlink():
            raise InsecurePolicy("it is a symbolic link; policy files must be real files") from exc
        raise
    with os.fdopen(fd, "rb") as fh:
        _check_owner_stat(os.fstat(fh.fileno()), is_dir=False)
        data = fh.read(MAX_POLICY_BYTES + 1)
    if len(data) > MAX_POLICY_BYTES:
        raise ValueError(f"the file is larger than {MAX_POLICY_BYTES // 1024} KiB")
    return data


def _check_owner(path: Path, *, is_dir: bool) -> None:
    if path.is_symlink():
        raise InsecurePolicy("it is a symbolic link; policy folders must be real folders")
    _check_owner_stat(path.stat(), is_dir=is_dir)


def _check_owner_stat(st: os.stat_result, *, is_dir: bool) -> None:
    if os.name != "posix":
        return
    kind = "folder" if is_dir else "file"
    if (is_dir and not stat.S_ISDIR(st.st_mode)) or (not is_dir and not stat.S_ISREG(st.st_mode)):
        raise InsecurePolicy(f"it is not a regular {kind}")
    if st.st_uid != 0:
        raise InsecurePolicy(f"the {kind} is not owned by root, so anyone could have written it")
    if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise InsecurePolicy(f"the {kind} is writable by users other than root")


def _why(exc: BaseException) -> str:
    if isinstance(exc, PermissionError):
        return "cannot be read (permission denied)"
    if isinstance(exc, json.JSONDecodeError):
        return f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
    if isinstance(exc, UnicodeDecodeError):
        return "is not UTF-8 text"
    if isinstance(exc, InsecurePolicy):
        return f"refused: {exc}"
    if isinstance(exc, OSError):
        return f"cannot be read ({exc.strerror or exc})"
    return str(exc)


def _read_windows(where: PolicyLocations, policies: PolicySet) -> None:
    if where.registry is None:
        return
    for hive, key, level in WINDOWS_KEYS:
        try:
            raw = where.registry.values(hive, key)
        except OSError as exc:
            policies.problems.append(PolicyProblem(f"{hive}\\{key}", _why(exc), level.mandatory))
            continue
        if raw:
            layer = parse_settings(raw, f"{hive}\\{key}", level, policies.problems)
            if layer is not None:
                policies.layers.append(layer)


def _read_macos(where: PolicyLocations, policies: PolicySet) -> None:
    candidates = [(where.root / f"{MACOS_DOMAIN}.plist", Level.MACHINE_MANDATORY)]
    if where.user:
        candidates.append((where.root / where.user / f"{MACOS_DOMAIN}.plist", Level.USER_MANDATORY))
    for path, level in candidates:
        if not path.exists():
            continue
        try:
            data = path.read_bytes()[: MAX_POLICY_BYTES + 1]
            if len(data) > MAX_POLICY_BYTES:
                raise ValueError(f"the file is larger than {MAX_POLICY_BYTES // 1024} KiB")
            raw = plistlib.loads(data)
            if not isinstance(raw, dict):
                raise ValueError("the property list must be a dictionary of settings")
        except (OSError, ValueError, plistlib.InvalidFileException, ExpatError) as exc:
            policies.problems.append(PolicyProblem(str(path), _why(exc), level.mandatory))
            continue
        raw = {k: v for k, v in raw.items() if not k.startswith("Payload")}
        layer = parse_settings(raw, str(path), level, policies.problems)
        if layer is not None:
            policies.layers.append(layer)
