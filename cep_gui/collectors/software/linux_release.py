"""Linux distribution facts, from os-release and the distribution's release files.

The ``distro`` library knows the quirks of many distributions; it is pointed at the view's
root and barred from running ``lsb_release`` or ``uname``, so it reads files only and stays
fast. Its answers are only candidates: the name, id and code name go out only through the
project's list of known systems (``os_vocabulary``), the version only when it is a plain
release number. ``NAME`` and ``PRETTY_NAME`` are never reported: they are free text.
"""

from __future__ import annotations

from cep_gui.collectors.base import FieldValues
from cep_gui.collectors.software.os_vocabulary import (
    code_name,
    linux_system,
    release_number,
    reportable_id,
)
from cep_gui.collectors.system import SystemEnv
from cep_gui.core.privacy import Public


def linux_os(env: SystemEnv) -> FieldValues:
    """``os.name``, ``os.id``, ``os.version`` and ``os.codename`` where the system says them."""
    import distro  # imported on first use: only Linux needs it

    info = distro.LinuxDistribution(
        root_dir=str(env.root), include_lsb=False, include_uname=False, include_oslevel=False
    )
    os_release = info.os_release_info()
    found: FieldValues = {}
    os_id = info.id()
    system = linux_system(os_id)
    if system is not None:
        found["host_software.os.name"] = Public(system.name)
    if (reported := reportable_id(os_id)) is not None:
        found["host_software.os.id"] = reported
    # best=True prefers the most precise source, e.g. Debian's 12.7 over os-release's 12.
    version = release_number(info.version(best=True), os_release.get("version_id"))
    if version is not None:
        found["host_software.os.version"] = version
    # os-release's code name fields first, then what distro reads from VERSION or a release
    # file ("8 (jessie)"); whatever it is, only one of the system's known code names goes out
    # (never Fedora's "Workstation Edition" or CentOS' "Final").
    codename = code_name(
        system,
        os_release.get("version_codename"),
        os_release.get("ubuntu_codename"),
        info.codename(),
    )
    if codename is not None:
        found["host_software.os.codename"] = codename
    return found
