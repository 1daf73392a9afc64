"""Where managed policy is read from, per operating system.

Linux:   <root>/managed/*.json (machine mandatory), <root>/recommended/*.json,
         <root>/preset.json (installer preset). <root> is /etc/cep/policies unless the
         caller names another folder (``CEP_POLICY_DIR``, read by cep_gui.environment).
Windows: HKLM\\SOFTWARE\\Policies\\CEP (machine), HKCU\\SOFTWARE\\Policies\\CEP (user),
         HKLM\\SOFTWARE\\Policies\\CEP\\Recommended, HKLM\\SOFTWARE\\CEP\\Preset, through
         the registry reader the caller gives (the real ``winreg`` one on Windows).
macOS:   forced managed preferences of the client's domain, machine-wide and per user,
         under /Library/Managed Preferences.

On Linux a mandatory policy is honoured only when nobody but its owner could have
written or removed it: the files, their folder, the policy root and every folder
above it must belong to root (or to the owner the caller names, for tests) and
must not be writable by others (a sticky folder such as /tmp is fine: others cannot
rename what is not theirs). Otherwise policy fails closed, naming the folder. Who
counts as the owner is injected (``trusted_uid``), so tests run as a user exercise
the same checks as root does.
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
#: Settings are scalars or one list: anything deeper is not a policy file.
MAX_POLICY_DEPTH = 4
ROOT_UID = 0
WINDOWS_KEYS = (
    ("HKLM", r"SOFTWARE\Policies\CEP", Level.MACHINE_MANDATORY),
    ("HKCU", r"SOFTWARE\Policies\CEP", Level.USER_MANDATORY),
    ("HKLM", r"SOFTWARE\Policies\CEP\Recommended", Level.RECOMMENDED),
    ("HKLM", r"SOFTWARE\CEP\Preset", Level.INSTALLER_PRESET),
)
DEFAULT_ROOTS = {"darwin": Path("/Library/Managed Preferences"), "linux": Path("/etc/cep/policies")}


@dataclass(frozen=True)
class PolicyLocations:
    platform: str
    root: Path
    registry: RegistryReader | None = None
    user: str = ""
    #: Who may own policy files and folders besides root (tests run as a user).
    trusted_uid: int = ROOT_UID

    @classmethod
    def default(
        cls,
        platform: str,
        registry: RegistryReader | None = None,
        user: str = "",
        root: Path | None = None,
    ) -> PolicyLocations:
        return cls(platform, root or DEFAULT_ROOTS.get(platform, DEFAULT_ROOTS["linux"]),
                   registry, user)  # fmt: skip


def holds_policy(where: PolicyLocations) -> str | None:
    """The place in ``where`` that holds policy for this program, or None.

    Linux: a ``*.json`` in ``managed/`` or ``recommended/``, or ``preset.json`` (the package
    makes the folders even when it sets nothing). macOS: the client's own managed
    preferences, machine-wide or for ``where.user`` (the folder exists on every Mac).
    Windows keeps policy in the registry: None. A folder that cannot be looked into counts
    as holding policy (fail closed).
    """
    if where.platform == "darwin":
        names = [where.root / f"{MACOS_DOMAIN}.plist"]
        if where.user:
            names.append(where.root / where.user / f"{MACOS_DOMAIN}.plist")
    elif where.platform == "linux":
        names = [where.root / "preset.json"]
        for folder in ("managed", "recommended"):
            directory = where.root / folder
            try:
                if not _exists(directory):
                    continue
                if any(p.suffix.lower() == ".json" for p in directory.iterdir()):
                    return str(directory)
            except OSError:
                return str(directory)
    else:
        return None
    for name in names:
        try:
            if _exists(name):
                return str(name)
        except OSError:
            return str(name)
    return None


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
    try:
        _check_ancestors(where)
    except InsecurePolicy as exc:
        policies.problems.append(PolicyProblem(exc.args[1], _why(exc), True))
        return
    for folder, level in (("managed", Level.MACHINE_MANDATORY), ("recommended", Level.RECOMMENDED)):
        directory = where.root / folder
        try:
            if not _exists(directory):
                continue
            _check_owner(directory, where, is_dir=True)
            files = sorted(p for p in directory.iterdir() if p.suffix.lower() == ".json")
        except (OSError, InsecurePolicy) as exc:
            policies.problems.append(PolicyProblem(str(directory), _why(exc), level.mandatory))
            continue
        for path in files:  # later files override earlier ones, like drop-in folders
            _read_json_file(path, level, policies, where)
    preset = where.root / "preset.json"
    try:
        present = _exists(preset)
    except OSError as exc:
        policies.problems.append(PolicyProblem(str(preset), _why(exc), False))
        return
    if present:
        _read_json_file(preset, Level.INSTALLER_PRESET, policies, where)


def _exists(path: Path) -> bool:
    """Like Path.exists, but a folder we may not look into is an error, not absence."""
    try:
        os.lstat(path)
    except FileNotFoundError:
        return False
    except NotADirectoryError:
        return False
    return True


def _check_ancestors(where: PolicyLocations) -> None:
    """The root and every folder above it: nobody but root may replace what is below."""
    if os.name != "posix":
        return
    folder = Path(os.path.abspath(where.root))
    while True:
        try:
            st = os.lstat(folder)
        except FileNotFoundError:
            st = None  # not there (yet): nothing below it can be either
        except OSError as exc:
            raise InsecurePolicy(f"cannot be checked ({exc.strerror})", str(folder)) from exc
        if st is None:
            if folder.parent == folder:
                return
            folder = folder.parent
            continue
        if stat.S_ISLNK(st.st_mode):
            raise InsecurePolicy(
                "it is a symbolic link; the folders holding policy must be real folders",
                str(folder),
            )
        if st.st_uid not in (ROOT_UID, where.trusted_uid):
            raise InsecurePolicy(
                "it does not belong to root, so its owner could replace the policy below it",
                str(folder),
            )
        writable_by_others = st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
        if writable_by_others and not st.st_mode & stat.S_ISVTX:
            raise InsecurePolicy(
                "other users can write to it, so they could replace the policy below it",
                str(folder),
            )
        if folder.parent == folder:
            return
        folder = folder.parent


def _read_json_file(path: Path, level: Level, policies: PolicySet, where: PolicyLocations) -> None:
    try:
        data = _read_trusted(path, where)
        text = data.decode("utf-8")
        if _nesting(text) > MAX_POLICY_DEPTH:
            raise ValueError("the file is nested too deeply to be a policy file")
        raw = json.loads(text)
        if not isinstance(raw, dict):
            raise ValueError("the file must hold one JSON object of settings")
    except (OSError, InsecurePolicy, ValueError, RecursionError) as exc:
        policies.problems.append(PolicyProblem(str(path), _why(exc), level.mandatory))
        return
    layer = parse_settings(raw, str(path), level, policies.problems)
    if layer is not None:
        policies.layers.append(layer)


def _nesting(text: str) -> int:
    """The deepest bracket nesting outside strings, without parsing (cheap and bounded)."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _read_trusted(path: Path, where: PolicyLocations) -> bytes:
    """Read a policy file that only root can have written; never follow a link."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if path.is_symlink():
            raise InsecurePolicy("it is a symbolic link; policy files must be real files") from exc
        raise
    with os.fdopen(fd, "rb") as fh:
        _check_owner_stat(os.fstat(fh.fileno()), where, is_dir=False)
        data = fh.read(MAX_POLICY_BYTES + 1)
    if len(data) > MAX_POLICY_BYTES:
        raise ValueError(f"the file is larger than {MAX_POLICY_BYTES // 1024} KiB")
    return data


def _check_owner(path: Path, where: PolicyLocations, *, is_dir: bool) -> None:
    if path.is_symlink():
        raise InsecurePolicy("it is a symbolic link; policy folders must be real folders")
    _check_owner_stat(path.stat(), where, is_dir=is_dir)


def _check_owner_stat(st: os.stat_result, where: PolicyLocations, *, is_dir: bool) -> None:
    if os.name != "posix":
        return
    kind = "folder" if is_dir else "file"
    if (is_dir and not stat.S_ISDIR(st.st_mode)) or (not is_dir and not stat.S_ISREG(st.st_mode)):
        raise InsecurePolicy(f"it is not a regular {kind}")
    if st.st_uid not in (ROOT_UID, where.trusted_uid):
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
    if isinstance(exc, RecursionError):
        return "is nested too deeply to be a policy file"
    if isinstance(exc, InsecurePolicy):
        return f"refused: {exc.args[0]}"
    if isinstance(exc, OSError):
        return f"cannot be read ({exc.strerror or exc})"
    return str(exc)


def _read_windows(where: PolicyLocations, policies: PolicySet) -> None:
    if where.registry is None:
        # Reading nothing would silently ignore the organization's policy: fail closed.
        policies.problems.append(
            PolicyProblem("the Windows registry", "cannot be read (no registry reader)", True)
        )
        return
    for hive, key, level in WINDOWS_KEYS:
        try:
            raw = where.registry.values(hive, key)
        except OSError as exc:
            policies.problems.append(PolicyProblem(f"{hive}\\{key}", _why(exc), level.mandatory))
            continue
        if raw:
            layer = parse_settings(
                raw, f"{hive}\\{key}", level, policies.problems, case_insensitive=True
            )
            if layer is not None:
                policies.layers.append(layer)


def _read_macos(where: PolicyLocations, policies: PolicySet) -> None:
    candidates = [(where.root / f"{MACOS_DOMAIN}.plist", Level.MACHINE_MANDATORY)]
    if where.user:
        candidates.append((where.root / where.user / f"{MACOS_DOMAIN}.plist", Level.USER_MANDATORY))
    for path, level in candidates:
        try:
            if not _exists(path):
                continue
            data = path.read_bytes()[: MAX_POLICY_BYTES + 1]
            if len(data) > MAX_POLICY_BYTES:
                raise ValueError(f"the file is larger than {MAX_POLICY_BYTES // 1024} KiB")
            raw = plistlib.loads(data)
            if not isinstance(raw, dict):
                raise ValueError("the property list must be a dictionary of settings")
        except (
            OSError,
            ValueError,
            RecursionError,
            plistlib.InvalidFileException,
            ExpatError,
        ) as exc:
            policies.problems.append(PolicyProblem(str(path), _why(exc), level.mandatory))
            continue
        raw = {k: v for k, v in raw.items() if not str(k).startswith("Payload")}
        layer = parse_settings(raw, str(path), level, policies.problems)
        if layer is not None:
            policies.layers.append(layer)
