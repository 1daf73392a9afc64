"""Installed RPM packages, from one ``rpm -qa`` run, each with where it came from.

A package counts as the distribution's own (public, named in a report) when its ``VENDOR``
is one of the distributions' (:data:`DISTRIBUTION_VENDORS`) and it is signed with a key the
system has imported (a ``gpg-pubkey`` pseudo-package, whose version is the key id's last
8 hex digits). Any signature is not enough: an in-house build server signs too, and Koji,
the build system of Fedora and of many companies, stamps ``Vendor: Koji`` by default. A
package built locally carries no signature, and one from a company or third-party repository
another vendor or key: those are counted, never named.

The RPM database (Berkeley DB, NDB or SQLite depending on the distribution) has
no stable format to read directly, so the ``rpm`` tool is asked, once, with a
tab-separated query format. It is started only when a database exists under
the view's root, so machines without RPM spawn nothing. The query itself always
reads the live system's database.
"""

from __future__ import annotations

import re

from cep_gui.collectors.base import ErrorSink
from cep_gui.collectors.software.packages import Origin, PackageEntry, entry
from cep_gui.collectors.system import SystemEnv
from cep_gui.core.errors import CollectorFailure, ErrorCode

#: Where RPM keeps its database (the second is the newer location, e.g. openSUSE, Fedora 36+).
DB_DIRS = ("/var/lib/rpm", "/usr/lib/sysimage/rpm")
#: Database files of the Berkeley DB, NDB and SQLite back ends.
DB_FILES = ("rpmdb.sqlite", "Packages", "Packages.db")

#: ``%|EPOCH?{...}|`` prints the epoch only when a package has one (works on every rpm version);
#: the last column is the header signature (``RSA/SHA256, <date>, Key ID ...``) or ``(none)``.
QUERY_FORMAT = (
    "%{NAME}\\t%|EPOCH?{%{EPOCH}:}:{}|%{VERSION}-%{RELEASE}\\t%{VENDOR}\\t"
    "%|RSAHEADER?{%{RSAHEADER:pgpsig}}:{%{DSAHEADER:pgpsig}}|\\n"
)
ARGV = ("rpm", "-qa", "--queryformat", QUERY_FORMAT)
TIMEOUT = 15.0

#: Pseudo-packages holding imported signing keys: not software.
_NOT_SOFTWARE = frozenset({"gpg-pubkey"})
#: The signer in ``%{RSAHEADER:pgpsig}``: ``RSA/SHA256, <date>, Key ID 0727707ea15b79cc``.
_KEY_ID = re.compile(r"Key ID ([0-9a-f]{8,})\b", re.IGNORECASE)
#: An imported key's ``gpg-pubkey`` version: the key id's last 8 hex digits (rpm 4), or a
#: longer tail of the fingerprint.
_PUBKEY_VERSION = re.compile(r"[0-9a-f]{8,}", re.IGNORECASE)
#: ``VENDOR`` of the distributions' own packages (a prefix: SUSE adds its web address).
DISTRIBUTION_VENDORS = (
    "Fedora Project", "Red Hat, Inc.", "CentOS", "Rocky Enterprise Software Foundation",
    "AlmaLinux", "Oracle America", "openSUSE", "SUSE LLC", "Amazon Linux", "Amazon.com",
    "CloudLinux", "Mageia.Org", "OpenMandriva", "Scientific Linux", "Microsoft Corporation",
    "Virtuozzo", "EuroLinux", "Navy Linux", "openEuler", "Photon",
)  # fmt: skip


def has_rpm_database(env: SystemEnv) -> bool:
    return any(env.path(f"{d}/{f}").is_file() for d in DB_DIRS for f in DB_FILES)


def read_rpm(env: SystemEnv, errors: ErrorSink) -> list[PackageEntry] | None:
    """Installed RPM packages, or None when this is not an RPM-based system."""
    if not has_rpm_database(env) or not env.runner.available("rpm"):
        return None
    return parse_rpm_output(env.runner.run(ARGV, timeout=TIMEOUT))


def parse_rpm_output(text: str) -> list[PackageEntry]:
    """Parse ``NAME<TAB>[EPOCH:]VERSION-RELEASE<TAB>VENDOR<TAB>SIGNATURE`` lines.

    A ``0:`` epoch is dropped. A line without the vendor and signature columns is a package
    of unknown origin (counted, not named). The imported keys are gathered first: ``rpm -qa``
    lists them among the packages in no particular order.
    """
    rows: list[tuple[str, str, tuple[str, str] | None]] = []
    keys: set[str] = set()
    lines = malformed = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        lines += 1
        name, sep, rest = line.partition("\t")
        if not sep:
            malformed += 1
            continue
        version, _, rest = rest.partition("\t")
        version = version.strip()
        if name in _NOT_SOFTWARE:
            key_id = version.partition("-")[0]
            if _PUBKEY_VERSION.fullmatch(key_id):
                keys.add(key_id.lower())
            continue
        vendor, has_origin, signature = rest.partition("\t")
        if version.startswith("0:"):
            version = version[2:]
        rows.append((name, version, (vendor.strip(), signature.strip()) if has_origin else None))
    if lines and malformed == lines:
        raise CollectorFailure(ErrorCode.PARSE_ERROR, "rpm printed no package lines")
    found: list[PackageEntry] = []
    for name, version, origin_columns in rows:
        origin = _origin(*origin_columns, keys) if origin_columns else "unknown"
        if (item := entry(name, version, "rpm", origin)) is not None:
            found.append(item)
    return found


def _origin(vendor: str, signature: str, keys: set[str]) -> Origin:
    """Public only for a distribution's vendor *and* a signing key the system imported."""
    signer = _KEY_ID.search(signature)
    if signer is None or not vendor.startswith(DISTRIBUTION_VENDORS):
        return "local"
    key_id = signer.group(1).lower()
    # rpm 4 names a key by its id's last 8 hex digits; a longer name ends with the whole id.
    trusted = any(key_id.endswith(key) or key.endswith(key_id) for key in keys)
    return "public" if trusted else "local"
