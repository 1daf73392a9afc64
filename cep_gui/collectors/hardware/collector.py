"""The ``host_hardware`` collector: processor, memory, disks, graphics, firmware, network.

It only dispatches to the module of the running platform; those read the machine
through :class:`SystemEnv` so tests can replay real files and tool output.
"""

from __future__ import annotations

from cep_gui.collectors.base import ErrorSink, FieldValues
from cep_gui.collectors.hardware.common import FIELDS
from cep_gui.collectors.system import SystemEnv


class HostHardwareCollector:
    """Fills the ``host_hardware.*`` catalog fields; an unknown value is left out."""

    name = "host_hardware"
    categories: frozenset[str] = frozenset({"host_hardware"})
    fields: frozenset[str] = FIELDS

    def collect(self, env: SystemEnv, errors: ErrorSink) -> FieldValues:
        # Imported here so that a run loads only the running platform's code.
        if env.platform == "linux":
            from cep_gui.collectors.hardware.linux import collect_linux

            values = collect_linux(env, errors)
        elif env.platform == "windows":
            from cep_gui.collectors.hardware.windows import collect_windows

            values = collect_windows(env, errors)
        else:
            from cep_gui.collectors.hardware.macos import collect_macos

            values = collect_macos(env, errors)
        return values
