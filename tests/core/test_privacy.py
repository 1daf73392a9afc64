"""The privacy filter's value rules."""

from __future__ import annotations

import math
import re
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cep_gui.core.catalog import Field, load_catalog
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


def screen_ids(text: str) -> str:
    """The text screened for ``IDS`` by a filter of its own (each remembers what it screened)."""
    return TextScreen(IDS).screen(text).text


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
    assert screen_ids(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Intel(R) Core(TM) i7-10510U CPU @ 1.80GHz", "std::vector", "12:30:45", "GNOME", "x86_64"],
)
def test_technical_text_is_left_alone(text: str) -> None:
    assert screen_ids(text) == text


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
    assert screen_ids("on ws-finance-0042.corp.example today") == "on [host] today"
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


# ---------------------------------------------------------------- every treatment, pinned


def synthetic(ftype: str, privacy: str, **extra: object) -> Field:
    return Field(
        id="host_software.test.value", title="Test", type=ftype, description="For tests.",
        purpose="Tests.", privacy=privacy, collector="host_software", example=None,
        **extra,  # type: ignore[arg-type]
    )  # fmt: skip


def test_hits_count_every_replacement() -> None:
    assert TextScreen().screen("a@b.example, c@d.example and 10.1.2.3").hits == 3
    assert TextScreen(IDS).screen("jdoe7781 and jdoe7781").hits == 2
    assert TextScreen(IDS).screen("nothing here").hits == 0


def test_a_host_name_written_with_its_final_dot_is_screened() -> None:
    screen = TextScreen(MachineIdentifiers(host_names=frozenset({"ws-7.corp.example."})))
    assert screen.screen("ws-7 in corp.example").text == "[host] in [host]"


def test_pseudonyms_are_only_the_neutral_names() -> None:
    name = synthetic("string", "pseudonym")
    filt = PrivacyFilter(IDS)
    assert filt.apply(name, "vm-1") == ("vm-1", 0)
    assert filt.apply(name, "vm-12") == ("vm-12", 0)
    for value in ("vm-0", "vm-01", "VM-1", "Jane's VM", "vm-1 (Jane)"):
        with pytest.raises(Dropped, match=r"^not a pseudonym$"):
            filt.apply(name, value)
    assert filt.apply(name, 7) == (7, 0)  # a wrong type is the validator's to refuse


def test_versions_keep_address_like_numbers_and_refuse_other_text() -> None:
    catalog = load_catalog()
    filt = PrivacyFilter(IDS)
    build = catalog.fields["host_software.os.build"]
    assert filt.apply(build, "10.0.0.1") == ("10.0.0.1", 0)  # a version, not an address
    with pytest.raises(Dropped, match=r"^not a version string$"):
        filt.apply(build, "build <42>")
    with pytest.raises(Dropped, match=r"^identifier in a value that must not hold one$"):
        filt.apply(build, "1.0-jdoe7781")
    # A version from a vocabulary is not screened for this machine's ordinary-word names.
    ordinary = PrivacyFilter(MachineIdentifiers(host_names=frozenset({"debian"})))
    assert ordinary.apply(build, Public("2.36-9+debian")) == ("2.36-9+debian", 0)
    with pytest.raises(Dropped):
        ordinary.apply(build, "2.36-9+debian")


def test_keep_values_with_an_identifier_are_dropped_with_the_reason() -> None:
    model = load_catalog().fields["host_hardware.machine.model"]
    with pytest.raises(Dropped, match=r"^identifier in a value that must not hold one$"):
        PrivacyFilter(IDS).apply(model, "desk of jdoe7781")


def test_list_items_get_their_field_s_own_treatment() -> None:
    filt = PrivacyFilter(IDS)
    kept = synthetic("string_list", "keep")
    assert filt.apply(kept, ["ext4", "jdoe7781fs", "jdoe7781", "vfat", "PF3K9XQ1"]) == (
        ["ext4", "jdoe7781fs", "vfat"],
        2,
    )
    scrubbed = synthetic("string_list", "scrub")
    assert filt.apply(scrubbed, ["tmp of jdoe7781"]) == (["tmp of [user]"], 0)
    assert filt.apply(kept, "not a list") == ("not a list", 0)


def test_count_map_keys_are_screened_and_counts_kept() -> None:
    versions = load_catalog().fields["sccm_infrastructure.clients.by_version"]
    assert not versions.values
    value = {"5.00.9128.1000": 40, "jdoe7781-build": 2, "ws-finance-0042": 1}
    assert PrivacyFilter(IDS).apply(versions, value) == ({"5.00.9128.1000": 40}, 2)


def test_settings_keep_only_allowed_keys_with_safe_values() -> None:
    settings = load_catalog().fields["vm_config.settings.values"]
    value = {
        "vmx:displayName": "Jane's VM",  # not in the allow-list
        "vmx:numvcpus": 4,
        7: "x",  # not even text
        "vmx:guestOS": "jdoe7781-custom",  # allowed key, identifying value
        "vmx:firmware": "efi",
        "vmx:vhv.enable": True,
    }
    assert PrivacyFilter(IDS).apply(settings, value) == (
        {"vmx:numvcpus": 4, "vmx:firmware": "efi", "vmx:vhv.enable": True},
        3,
    )


def test_records_screen_text_keys_only_and_leave_unknown_keys_to_the_validator() -> None:
    packages = load_catalog().fields["host_software.packages.items"]
    dpkg_host = PrivacyFilter(MachineIdentifiers(host_names=frozenset({"dpkg"})))
    item = {"name": Public("bash"), "version": "5.2", "source": "dpkg"}
    assert dpkg_host.apply(packages, [item]) == ([item], 0)  # the enum is not screened
    odd = {"name": Public("bash"), "path": "/home/jdoe7781"}
    assert PrivacyFilter(IDS).apply(packages, [odd]) == ([odd], 0)


def test_buckets_round_numbers_and_leave_other_values_to_the_validator() -> None:
    catalog = load_catalog()
    filt = PrivacyFilter(IDS)
    memory = catalog.fields["host_hardware.memory.total_gib"]
    assert filt.apply(memory, 15.52) == (16, 0)
    assert type(filt.apply(memory, 15.52)[0]) is int
    for odd in (True, "16", math.inf):
        assert filt.apply(memory, odd) == (odd, 0)
    vm_memory = catalog.fields["vm_config.memory.size_gib"]
    assert filt.apply(vm_memory, 0.2) == (0.25, 0)
    assert filt.apply(vm_memory, 0.125) == (0.125, 0)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0.0, 0), (0.3, 0), (0.4, 0), (0.5, 1), (0.7, 1), (1.0, 1), (1.5, 2), (3.0, 4)],
)
def test_swap_rounds_to_zero_only_below_half_the_smallest_size(value: float, expected: int) -> None:
    swap = load_catalog().fields["host_hardware.memory.swap_gib"]
    assert PrivacyFilter(IDS).apply(swap, value) == (expected, 0)


def test_sizes_of_nothing_take_the_smallest_bucket() -> None:
    memory = load_catalog().fields["host_hardware.memory.total_gib"]
    assert PrivacyFilter(IDS).apply(memory, 0) == (1, 0)
    assert nearest_bucket((1.0, 2.0), -3.0) == 1.0


def test_host_names_in_capitals_are_screened_whole() -> None:
    """Windows names computers in capitals (``LAB-BOX``); every letter of the name counts."""
    screen = TextScreen(MachineIdentifiers(host_names=frozenset({"LAB-BOX.CORP.EXAMPLE."})))
    assert screen.screen("lab-box joined corp.example").text == "[host] joined [host]"
    bare = TextScreen(MachineIdentifiers(host_names=frozenset({"LAB-BOX"})))
    assert bare.screen("lab-box, LAB-BOX").text == "[host], [host]"


def test_settings_values_get_the_field_s_own_treatment() -> None:
    scrubbed = synthetic("string_map", "scrub", key_patterns=("note",))
    assert PrivacyFilter(IDS).apply(scrubbed, {"note": "made by jdoe7781"}) == (
        {"note": "made by [user]"},
        0,
    )


def test_a_text_screened_again_gives_the_same_answer() -> None:
    screen = TextScreen(IDS)
    first = screen.screen("built by jdoe7781")
    first.text = "changed by a caller"  # what one caller does to its answer
    again = screen.screen("built by jdoe7781")
    assert (again.text, again.hits) == ("built by [user]", 1)
    assert screen.screen("10.0.0.1", allow_ip_like=True).text == "10.0.0.1"
    assert screen.screen("10.0.0.1").text == "[ip]"  # the same text, another rule
    long_text = "jdoe7781 " * 40  # longer texts are screened every time, and alike
    assert screen.screen(long_text).text == screen.screen(long_text).text == "[user] " * 40
