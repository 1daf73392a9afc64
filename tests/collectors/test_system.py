"""The machine's own identifiers as the privacy filter learns them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cep_gui.collectors.system import linux_addresses


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /sys and /proc")
def test_own_addresses_from_proc_are_the_ones_psutil_sees() -> None:
    psutil = pytest.importorskip("psutil")
    expected = {
        a.address.split("%", 1)[0]
        for addresses in psutil.net_if_addrs().values()
        for a in addresses
        if a.address
    }
    assert set(linux_addresses(Path("/"))) == expected


def test_own_addresses_are_read_from_real_format_files(tmp_path: Path) -> None:
    (tmp_path / "sys/class/net/eth7").mkdir(parents=True)
    (tmp_path / "sys/class/net/eth7/address").write_text("52:54:00:ab:cd:ef\n")
    (tmp_path / "proc/net").mkdir(parents=True)
    (tmp_path / "proc/net/fib_trie").write_text(
        "Main:\n  +-- 0.0.0.0/0 3 0 5\n     |-- 10.20.30.40\n        /32 host LOCAL\n"
        "     |-- 10.20.30.255\n        /32 link BROADCAST\n"
    )
    (tmp_path / "proc/net/if_inet6").write_text(
        "fd0000000000000000000000000000aa 02 40 00 80     eth7\n"
    )
    assert linux_addresses(tmp_path) == ("10.20.30.40", "52:54:00:ab:cd:ef", "fd00::aa")
