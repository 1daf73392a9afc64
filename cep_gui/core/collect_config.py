"""Settings that some collectors need (where the SCCM site is, extra VM folders).

Plain data, resolved by the client from policy, the user's settings and the
command line, so collectors never read the store or policy themselves.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CollectConfig:
    sccm_url: str | None = None
    sccm_account: str | None = None
    #: A CA bundle or the site's own certificate, for the AdminService's self-signed one.
    sccm_ca_file: str | None = None
    vm_folders: tuple[str, ...] = ()
