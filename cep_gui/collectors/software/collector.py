"""The host software collector: operating system facts and installed software.

Only software from a public source is named (see ``packages.Origin``); the rest is counted.

Every package source is read on its own under ``errors.guard``, so one broken
source (a damaged dpkg database, a hanging ``flatpak``) costs only its own
entries and shows as one counted error. Sources that do not exist on this
machine are skipped without starting anything.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from cep_gui.collectors.base import ErrorSink, FieldValues
from cep_gui.collectors.software.dpkg import read_dpkg
from cep_gui.collectors.software.flatpak import read_flatpak
from cep_gui.collectors.software.macos import read_macos
from cep_gui.collectors.software.operating_system import collect_os
from cep_gui.collectors.software.packages import PackageEntry, Source, error_name
from cep_gui.collectors.software.rpm import read_rpm
from cep_gui.collectors.software.snap import read_snap
from cep_gui.collectors.software.windows import read_windows
from cep_gui.collectors.system import PlatformName, SystemEnv
from cep_gui.core.errors import ErrorCode
from cep_gui.core.privacy import Public

#: Must equal the catalog's ``max_items`` of ``host_software.packages.items``.
MAX_PACKAGES = 10_000

#: Reads one source: its entries, or None when the source does not exist here.
SourceReader = Callable[[SystemEnv, ErrorSink], list[PackageEntry] | None]

SOURCES_BY_PLATFORM: dict[PlatformName, tuple[tuple[Source, SourceReader], ...]] = {
    "linux": (
        ("dpkg", read_dpkg),
        ("rpm", read_rpm),
        ("flatpak", read_flatpak),
        ("snap", read_snap),
    ),
    "windows": (("windows", read_windows),),
    "darwin": (("macos", read_macos),),
}

FIELDS = frozenset(
    {
        "host_software.os.family",
        "host_software.os.name",
        "host_software.os.id",
        "host_software.os.version",
        "host_software.os.codename",
        "host_software.os.build",
        "host_software.os.kernel",
        "host_software.os.architecture",
        "host_software.desktop.environment",
        "host_software.desktop.session_type",
        "host_software.locale.language",
        "host_software.packages.items",
        "host_software.packages.count",
        "host_software.packages.omitted",
        "host_software.packages.unnamed",
        "host_software.packages.by_source",
    }
)


class HostSoftwareCollector:
    name = "host_software"
    categories = frozenset({"host_software"})
    fields = FIELDS

    def collect(self, env: SystemEnv, errors: ErrorSink) -> FieldValues:
        values = collect_os(env, errors)
        found = read_sources(env, errors)
        if found is not None:
            values.update(package_fields(found, errors))
        return values


def read_sources(env: SystemEnv, errors: ErrorSink) -> list[PackageEntry] | None:
    """Entries of every source that could be read.

    None when sources exist but every one of them failed: a count of zero would
    then claim "nothing installed" instead of "could not tell".
    """
    found: list[PackageEntry] = []
    failed = succeeded = 0
    for source, reader in SOURCES_BY_PLATFORM[env.platform]:
        result: list[PackageEntry] | None = None
        done = False
        with errors.guard(error_name(source)):
            result = reader(env, errors)
            done = True
        if not done:
            failed += 1
        elif result is not None:
            succeeded += 1
            found.extend(result)
    return None if failed and not succeeded else found


def package_fields(entries: Iterable[PackageEntry], errors: ErrorSink) -> FieldValues:
    """Sorted, de-duplicated and capped list of the public entries, with the counts.

    Only entries of a public origin are named. The rest are counted in ``unnamed``; those whose
    origin cannot be told at all also get a collection note per source, saying why.
    """
    unique = _deduplicated(entries)
    named = [e for e in unique if e.origin == "public"]
    kept = named[:MAX_PACKAGES]
    unknown = Counter(e.source for e in unique if e.origin == "unknown")
    for source, count in sorted(unknown.items()):
        errors.add(
            error_name(source),
            ErrorCode.ORIGIN_UNKNOWN,
            f"{count} package(s) of an origin this computer cannot tell: counted, not named",
            count,
        )
    by_source = Counter(entry.source for entry in unique)
    return {
        "host_software.packages.items": [
            {"name": Public(e.name), "version": e.version, "source": e.source} for e in kept
        ],
        "host_software.packages.count": len(unique),
        "host_software.packages.unnamed": len(unique) - len(named),
        "host_software.packages.omitted": len(named) - len(kept),
        "host_software.packages.by_source": dict(sorted(by_source.items())),
    }


_ORIGIN_RANK = {"public": 0, "local": 1, "unknown": 2}


def _deduplicated(entries: Iterable[PackageEntry]) -> list[PackageEntry]:
    """One entry per name, version and source (the most public one), in report order."""
    best: dict[tuple[str, str, str], PackageEntry] = {}
    for e in entries:
        key = (e.name, e.version, e.source)
        held = best.get(key)
        if held is None or _ORIGIN_RANK[e.origin] < _ORIGIN_RANK[held.origin]:
            best[key] = e
    # The exact name breaks ties between names that differ only in case.
    return sorted(best.values(), key=lambda e: (e.name.casefold(), e.version, e.source, e.name))
