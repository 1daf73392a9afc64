"""The privacy filter's value rules."""

from __future__ import annotations

import re
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cep_gui.core.catalog import load_catalog
from cep_gui.core.privacy import (
    GENERIC_ACCOUNTS,
    Dropped,
    MachineIdentifiers,
    PrivacyFilter,
    TextScreen,
    nearest_bucket,
)

IDS = MachineIdentifiers(
    user_names=frozenset({"jdoe7781", "Jane Doe"}),
    host_names=frozenset({"ws-finance-0042", "ws-finance-0042.corp.example"}),
    home_dirs=frozenset({"/home/jdoe7781"}),
    secrets=frozenset({"PF3K9XQ1", "9a:d7:ea:66:5a:39"}),
)
SCREEN = TextScreen(IDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/home/jdoe7781/VMs/win.iso", "~/VMs/win.iso"),
        ("built by jdoe7781 on ws-finance-0042", "built by [user] on [host]"),
        ("Jane Doe's laptop", "[user]'s laptop"),
        ("contact jane.doe@corp.example now", "contact [email] now"),
        ("board PF3K9XQ1", "board [redacted]"),
        ("nic 9A:D7:EA:66:5A:39", "nic [mac]"),
        ("nic 00-1b-44-11-3a-b7 up", "nic [mac] up"),
        ("cisco 001b.4411.3ab7", "cisco [mac]"),
        ("gw 192.168.1.20, dns 2001:db8::53", "gw [ip], dns [ip]"),
        ("link fe80::1%eth0", "link [ip]"),
        ("{6F9619FF-8B86-D011-B42D-00C04FC964FF}", "[id]"),
        ("machine 3d1219c7c4c5404aaa1f6d2a48adfda4", "machine [id]"),
        ("Serial Number: C02XK1ZZJGH5", "[serial]"),
        (r"C:\Users\Someone Else\Desktop", r"~\Desktop"),
        ("/Users/mallory/Library", "~/Library"),
    ],
)
def test_identifiers_are_replaced_in_free_text(text: str, expected: str) -> None:
    assert SCREEN.screen(text).text == expected


@pytest.mark.parametrize(
    "text",
    ["Intel(R) Core(TM) i7-10510U CPU @ 1.80GHz", "std::vector", "12:30:45", "GNOME", "x86_64"],
)
def test_technical_text_is_left_alone(text: str) -> None:
    assert SCREEN.screen(text).text == text


def test_generic_account_names_are_not_treated_as_users() -> None:
    screen = TextScreen(MachineIdentifiers(user_names=frozenset({"user", "pi"})))
    assert screen.screen("Raspberry Pi user-setup").text == "Raspberry Pi user-setup"


def test_keep_fields_drop_values_with_identifiers_and_scrub_fields_keep_the_rest() -> None:
    catalog = load_catalog()
    filt = PrivacyFilter(IDS)
    model = catalog.fields["host_hardware.machine.model"]
    with pytest.raises(Dropped):
        filt.apply(model, "ws-finance-0042 custom build")
    assert filt.apply(model, "ThinkPad T14") == ("ThinkPad T14", 0)

    packages = catalog.fields["host_software.packages.items"]
    items = [
        {"name": "jdoe7781-dotfiles", "version": "1.0", "source": "dpkg"},
        {"name": "bash", "version": "5.2.15-2+b7", "source": "dpkg"},
        {"name": "tool", "version": "1.0-ws-finance-0042", "source": "dpkg"},
        {"name": "Office", "version": "16.0.17928.20114", "source": "windows"},
    ]
    safe, dropped = filt.apply(packages, items)
    assert safe == [
        {"name": "[user]-dotfiles", "version": "1.0", "source": "dpkg"},
        {"name": "bash", "version": "5.2.15-2+b7", "source": "dpkg"},
        {"name": "Office", "version": "16.0.17928.20114", "source": "windows"},
    ]
    assert dropped == 1


def test_versions_that_look_like_addresses_are_kept_but_junk_is_not() -> None:
    version = load_catalog().fields["host_software.os.build"]
    filt = PrivacyFilter(IDS)
    assert filt.apply(version, "10.0.19041.1")[0] == "10.0.19041.1"
    with pytest.raises(Dropped):
        filt.apply(version, "see /home/jdoe7781/notes")


def test_sizes_are_bucketed() -> None:
    catalog = load_catalog()
    filt = PrivacyFilter(IDS)
    assert filt.apply(catalog.fields["host_hardware.memory.total_gib"], 15.52)[0] == 16
    assert filt.apply(catalog.fields["host_hardware.memory.total_gib"], 7.2)[0] == 8
    assert filt.apply(catalog.fields["host_hardware.memory.swap_gib"], 0.0)[0] == 0
    assert filt.apply(catalog.fields["host_hardware.disks.sizes_gb"], [476.9, 2000.4])[0] == [
        512,
        2000,
    ]


@given(st.floats(min_value=0.01, max_value=1e7, allow_nan=False))
def test_bucket_is_always_one_of_the_declared_sizes(value: float) -> None:
    buckets = (1.0, 2.0, 4.0, 8.0, 16.0, 1000.0)
    assert nearest_bucket(buckets, value) in buckets


_token = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=6, max_size=16)
_filler = st.text(alphabet=" ,;:/()[]\"'-=\t", min_size=1, max_size=4)


@given(
    literal=_token.filter(lambda t: t not in GENERIC_ACCOUNTS),
    before=_filler,
    after=_filler,
    words=st.lists(_token, max_size=4),
)
def test_a_planted_user_or_host_name_never_survives(
    literal: str, before: str, after: str, words: list[str]
) -> None:
    screen = TextScreen(
        MachineIdentifiers(user_names=frozenset({literal}), host_names=frozenset({literal + "h"}))
    )
    text = " ".join(words) + before + literal + after + literal.upper() + after + literal + "h"
    out = screen.screen(text).text
    assert not re.search(rf"(?<![a-z0-9]){re.escape(literal)}h?(?![a-z0-9])", out, re.IGNORECASE)


@given(
    user=st.from_regex(r"[a-z][a-z0-9._]{0,10}", fullmatch=True),
    domain=st.from_regex(r"[a-z][a-z0-9]{1,10}\.(com|org|de|example)", fullmatch=True),
    octets=st.lists(st.integers(0, 255), min_size=4, max_size=4),
    mac=st.lists(st.integers(0, 255), min_size=6, max_size=6),
    ident=st.uuids(),
)
def test_addresses_and_ids_of_any_machine_never_survive(
    user: str, domain: str, octets: list[int], mac: list[int], ident: uuid.UUID
) -> None:
    email = f"{user}@{domain}"
    ip = ".".join(map(str, octets))
    mac_text = ":".join(f"{b:02x}" for b in mac)
    text = f"mail {email}; ip {ip}; mac {mac_text}; id {ident}"
    out = TextScreen().screen(text).text
    for planted in (email, ip, mac_text, str(ident)):
        assert planted not in out
