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
    Public,
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


# ---------------------------------------------------------------- machine identifiers


def test_the_longest_identifier_wins_so_no_part_of_a_name_is_left_behind() -> None:
    """The full host name goes as a whole: matching its short name first would leave the domain."""
    assert SCREEN.screen("on ws-finance-0042.corp.example today").text == "on [host] today"
    ids = MachineIdentifiers(
        user_names=frozenset({"jane"}), home_dirs=frozenset({"/home/jane/work"})
    )
    assert TextScreen(ids).screen("cd /home/jane/work/x").text == "cd ~/x"


def test_every_domain_suffix_of_the_host_name_is_screened() -> None:
    screen = TextScreen(MachineIdentifiers(host_names=frozenset({"ws-7.emea.corp.example"})))
    assert screen.screen("joined emea.corp.example, then corp.example").text == (
        "joined [host], then [host]"
    )
    assert screen.screen("short name ws-7 here").text == "short name [host] here"
    # A lone top-level label is no identifier: "example" alone stays.
    assert screen.screen("an example").text == "an example"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("reviewed by Li and WU", "reviewed by [user] and [user]"),
        ("bob's build, for Roe", "[user]'s build, for [user]"),
        (
            "LibreOffice on linux, a bobcat and Roentgen",
            "LibreOffice on linux, a bobcat and Roentgen",
        ),
    ],
)
def test_name_parts_of_any_length_are_screened_as_whole_words(text: str, expected: str) -> None:
    ids = MachineIdentifiers(user_names=frozenset({"Li", "Wu", "bob", "Roe", "Jane Roe"}))
    assert TextScreen(ids).screen(text).text == expected


ORDINARY = MachineIdentifiers(
    host_names=frozenset({"debian", "linux"}),
    user_names=frozenset({"ubuntu", "desktop", "admin"}),
)


def test_ordinary_word_names_never_remove_a_vocabulary_value() -> None:
    catalog = load_catalog()
    filt = PrivacyFilter(ORDINARY)
    for field_id, value in (
        ("host_software.os.name", Public("Debian GNU/Linux")),
        ("host_software.os.id", Public("debian")),
        ("host_software.os.codename", Public("bookworm")),
        ("vm_software.guest.os_name", Public("Ubuntu")),
    ):
        assert filt.apply(catalog.fields[field_id], value) == (value, 0), field_id
    # Enumerations are the catalog's own words.
    assert filt.apply(catalog.fields["host_software.os.family"], "linux") == ("linux", 0)
    assert filt.apply(catalog.fields["host_software.desktop.session_type"], "x11")[0] == "x11"


def test_public_package_names_are_kept_but_local_ones_are_still_screened() -> None:
    packages = load_catalog().fields["host_software.packages.items"]
    items = [
        {"name": Public("util-linux"), "version": "2.38.1-5+b1", "source": "dpkg"},
        {"name": "util-linux", "version": "2.38.1-5+b1", "source": "dpkg"},
    ]
    safe, _ = PrivacyFilter(ORDINARY).apply(packages, items)
    assert isinstance(safe, list)
    assert [item["name"] for item in safe] == ["util-linux", "util-[host]"]


def test_a_public_value_still_loses_addresses_and_is_still_checked_by_its_treatment() -> None:
    catalog = load_catalog()
    filt = PrivacyFilter(IDS)
    with pytest.raises(Dropped):
        filt.apply(catalog.fields["host_software.os.name"], Public("Debian 10.1.2.3"))
    # Outside the vocabulary marker the same words are screened as any text.
    with pytest.raises(Dropped):
        filt.apply(catalog.fields["host_software.os.name"], "jdoe7781 Linux")


def test_an_enum_value_outside_the_catalog_is_screened_like_text() -> None:
    family = load_catalog().fields["host_software.os.family"]
    with pytest.raises(Dropped):
        PrivacyFilter(ORDINARY).apply(family, "debian-custom")
