"""Build :class:`SystemEnv` views over temp directories and captured tool output.

These are the only fakes collectors see: a directory tree holding real-format
files (``/proc/cpuinfo``, ``/var/lib/dpkg/status`` ...) and a runner that replays
output captured from the real tools.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from cep_gui.collectors.system import PlatformName, RegistryReader, SystemEnv
from cep_gui.core.errors import CollectorFailure, ErrorCode
from cep_gui.core.runner import DEFAULT_TIMEOUT


class CannedRunner:
    """Replays captured output per command line; unknown tools are "not installed".

    A value may be a string (the output) or an exception to raise, e.g.
    ``CollectorFailure(ErrorCode.TIMEOUT, ...)`` for a tool that hangs.
    """

    def __init__(self, outputs: Mapping[tuple[str, ...], str | BaseException] | None = None):
        self.outputs: dict[tuple[str, ...], str | BaseException] = dict(outputs or {})
        self.calls: list[tuple[str, ...]] = []

    def available(self, tool: str) -> bool:
        return any(argv[0] == tool for argv in self.outputs)

    def run(self, argv: Sequence[str], timeout: float = DEFAULT_TIMEOUT) -> str:
        key = tuple(argv)
        self.calls.append(key)
        if key not in self.outputs:
            if self.available(key[0]):
                raise AssertionError(f"unexpected command line: {key}")
            raise CollectorFailure(ErrorCode.MISSING_TOOL, f"{key[0]} is not installed")
        result = self.outputs[key]
        if isinstance(result, BaseException):
            raise result
        return result


def write_tree(root: Path, files: Mapping[str, str | bytes]) -> Path:
    """Create ``files`` (absolute system paths → content) under ``root``."""
    for absolute, content in files.items():
        target = root / absolute.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    return root


def make_env(
    root: Path,
    *,
    platform: PlatformName = "linux",
    home: Path | None = None,
    environ: Mapping[str, str] | None = None,
    machine: str = "x86_64",
    kernel: str = "6.1.0-26-amd64",
    runner: CannedRunner | None = None,
    registry: RegistryReader | None = None,
) -> SystemEnv:
    return SystemEnv(
        platform=platform,
        root=root,
        home=home if home is not None else root / "home" / "user",
        environ=dict(environ or {}),
        machine=machine,
        kernel=kernel,
        runner=runner if runner is not None else CannedRunner(),
        registry=registry,
    )
