"""Installed RPM packages, from one ``rpm -qa`` run.

The RPM database (Berkeley DB, NDB or SQLite depending on the distribution) has
no stable format to read directly, so the ``rpm`` tool is asked, once, with a
tab-separated query format. It is started only when a database exists under
the view's root, so machines without RPM spawn nothing. The query itself always
reads the live system's database.
"""

from __future__ import annotations

from cep_gui.collectors.base import ErrorSink
from cep_gui.collectors.software.packages import PackageEntry, entry
from cep_gui.collectors.system import SystemEnv
from cep_gui.core.errors import CollectorFailure, ErrorCode

#: Where RPM keeps its database (the second is the newer location, e.g. openSUSE, Fedora 36+).
DB_DIRS = ("/var/lib/rpm", "/usr/lib/sysimage/rpm")
#: Database files of the Berkeley DB, NDB and SQLite back ends.
DB_FILES = ("rpmdb.sqlite", "Packages", "Packages.db")

#: ``%|EPOCH?{...}|`` prints the epoch only when a package has one (works on every rpm version).
QUERY_FORMAT = "%{NAME}\\t%|EPOCH?{%{EPOCH}:}:{}|%{VERSION}-%{RELEASE}\\n"
ARGV = ("rpm", "-qa", "--queryformat", QUERY_FORMAT)
TIMEOUT = 15.0

#: Pseudo-packages holding imported signing keys: not software.
_NOT_SOFTWARE = frozenset({"gpg-pubkey"})


def has_rpm_database(env: SystemEnv) -> bool:
    return any(env.path(f"{d}/{f}").is_file() for d in DB_DIRS for f in DB_FILES)


def read_rpm(env: SystemEnv, errors: ErrorSink) -> list[PackageEntry] | None:
    """Installed RPM packages, or None when this is not an RPM-based system."""
    if not has_rpm_database(env) or not env.runner.available("rpm"):
        return None
    return parse_rpm_output(env.runner.run(ARGV, timeout=TIMEOUT))


def parse_rpm_output(text: str) -> list[PackageEntry]:
    """Parse ``NAME<TAB>[EPOCH:]VERSION-RELEASE`` lines; a ``0:`` epoch is dropped."""
    found: list[PackageEntry] = []
    lines = malformed = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        lines += 1
        name, sep, version = line.partition("\t")
        if not sep:
            malformed += 1
            continue
        if name in _NOT_SOFTWARE:
            continue
        version = version.strip()
        if version.startswith("0:"):
            version = version[2:]
        if (item := entry(name, version, "rpm")) is not None:
            found.append(item)
    if lines and malformed == lines:
        raise CollectorFailure(ErrorCode.PARSE_ERROR, "rpm printed no package lines")
    return found
