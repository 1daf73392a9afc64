"""Linux distribution facts, from os-release and the distribution's release files.

The ``distro`` library knows the quirks of many distributions; it is pointed at
the view's root and barred from running ``lsb_release`` or ``uname``, so it
reads files only and stays fast.
"""

from __future__ import annotations

from cep_gui.collectors.base import FieldValues
from cep_gui.collectors.system import SystemEnv


def linux_os(env: SystemEnv) -> FieldValues:
    """``os.name``, ``os.id``, ``os.version`` and ``os.codename`` where the system says them."""
    import distro  # imported on first use: only Linux needs it

    info = distro.LinuxDistribution(
        root_dir=str(env.root), include_lsb=False, include_uname=False, include_oslevel=False
    )
    os_release = info.os_release_info()
    if os_release:
        # distro would take "Workstation Edition" from Fedora's VERSION as a code
        # name; only os-release's own code name fields are code names.
        codename = os_release.get("version_codename") or os_release.get("ubuntu_codename", "")
    else:
        codename = info.codename()
    found = {
        "host_software.os.name": info.name(),
        "host_software.os.id": info.id(),
        # best=True prefers the most precise source, e.g. Debian's 12.7 over os-release's 12.
        "host_software.os.version": info.version(best=True),
        "host_software.os.codename": codename,
    }
    return {key: value.strip() for key, value in found.items() if value and value.strip()}
