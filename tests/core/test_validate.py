"""Every validation rule, each pinned by a value it must refuse and one it must let through."""

from __future__ import annotations

import math

import pytest

from cep_gui.core.catalog import Field, RecordKey
from cep_gui.core.validate import MAX_STRING, InvalidValue, check_value, key_allowed


def field(
    ftype: str,
    *,
    values: tuple[str, ...] = (),
    max_items: int | None = None,
    key_patterns: tuple[str, ...] = (),
    record: tuple[RecordKey, ...] = (),
) -> Field:
    return Field(
        id="host_software.test.value",
        title="Test",
        type=ftype,
        description="A field for the tests.",
        purpose="Tests.",
        privacy="keep",
        collector="host_software",
        example=None,
        values=values,
        max_items=max_items,
        key_patterns=key_patterns,
        record=record,
    )


def refused(fld: Field, value: object) -> str:
    with pytest.raises(InvalidValue) as caught:
        check_value(fld, value)
    return str(caught.value)


# ---------------------------------------------------------------- scalars


def test_a_string_is_a_non_empty_string_of_at_most_512_characters() -> None:
    text = field("string")
    assert check_value(text, "x" * MAX_STRING) == "x" * MAX_STRING
    assert "longer than 512" in refused(text, "x" * (MAX_STRING + 1))
    assert "non-empty string" in refused(text, "")
    assert "got int" in refused(text, 3)


def test_an_enum_takes_only_its_values() -> None:
    kind = field("enum", values=("ssd", "hdd"))
    assert check_value(kind, "ssd") == "ssd"
    assert "'nvme' is not one of ssd, hdd" in refused(kind, "nvme")
    assert "non-empty string" in refused(kind, "")


def test_a_boolean_is_only_true_or_false() -> None:
    flag = field("boolean")
    assert check_value(flag, False) is False
    assert refused(flag, 1) == "expected true or false, got int"
    assert "true or false" in refused(flag, "true")


@pytest.mark.parametrize("ftype", ["integer", "number"])
def test_numbers_are_never_booleans_or_text(ftype: str) -> None:
    assert "expected a number, got bool" in refused(field(ftype), True)
    assert "expected a number, got str" in refused(field(ftype), "3")


def test_an_integer_is_a_whole_number() -> None:
    count = field("integer")
    assert "whole number, got 2.7" in refused(count, 2.7)
    result = check_value(count, 2.0)
    assert result == 2 and type(result) is int  # 2.0 goes out as 2
    assert check_value(count, -5) == -5


def test_a_number_is_finite() -> None:
    size = field("number")
    assert check_value(size, 2.5) == 2.5
    for value in (math.inf, -math.inf, math.nan):
        assert refused(size, value) == "expected a finite number"


def test_an_unknown_type_is_refused() -> None:
    assert "unknown type" in refused(field("colour"), "red")


# ---------------------------------------------------------------- lists


def test_lists_hold_at_most_max_items() -> None:
    names = field("string_list", max_items=2)
    assert check_value(names, ["a", "b"]) == ["a", "b"]
    assert "more than 2 items" in refused(names, ["a", "b", "c"])
    assert "expected a list, got tuple" in refused(names, ("a",))


def test_list_items_are_checked_as_their_own_type() -> None:
    assert "non-empty string" in refused(field("string_list"), ["ok", ""])
    assert "whole number" in refused(field("integer_list"), [1, 2.5])
    assert check_value(field("integer_list"), [1, 2]) == [1, 2]


def test_count_maps_count_from_zero() -> None:
    counts = field("count_map", values=("nat", "bridged"))
    assert check_value(counts, {"nat": 0, "bridged": 2}) == {"nat": 0, "bridged": 2}
    assert "non-negative integer" in refused(counts, {"nat": -1})
    assert "non-negative integer" in refused(counts, {"nat": True})
    assert "non-negative integer" in refused(counts, {"nat": 1.0})
    assert "unexpected key 'wifi'" in refused(counts, {"wifi": 1})
    assert refused(counts, [("nat", 1)]) == "expected a table of counts, got list"


def test_a_count_map_without_values_takes_any_text_key() -> None:
    assert check_value(field("count_map"), {"anything": 3}) == {"anything": 3}
    assert "unexpected key 3" in refused(field("count_map"), {3: 1})


# ---------------------------------------------------------------- settings tables

SETTINGS = field(
    "string_map", max_items=3, key_patterns=(r"vmx:numvcpus", r"vmx:scsi[0-9]+\.present")
)


def test_settings_keys_must_match_a_pattern_completely() -> None:
    assert key_allowed(SETTINGS, "vmx:numvcpus")
    assert key_allowed(SETTINGS, "vmx:scsi12.present")  # the second pattern, not only the first
    assert not key_allowed(SETTINGS, "vmx:numvcpus.extra")  # a prefix match is no match
    assert not key_allowed(SETTINGS, "x-vmx:numvcpus")
    assert not key_allowed(field("string_map"), "vmx:numvcpus")  # no patterns: nothing allowed


def test_settings_values_are_text_numbers_or_flags() -> None:
    good = {"vmx:numvcpus": 4, "vmx:scsi0.present": True}
    assert check_value(SETTINGS, good) == good
    assert check_value(SETTINGS, {"vmx:numvcpus": "4"}) == {"vmx:numvcpus": "4"}
    assert "not in the allow-list" in refused(SETTINGS, {"vmx:displayName": "Jane's VM"})
    assert "text, a number or true/false" in refused(SETTINGS, {"vmx:numvcpus": 4.5})
    assert "text, a number or true/false" in refused(SETTINGS, {"vmx:numvcpus": None})
    assert "non-empty string" in refused(SETTINGS, {"vmx:numvcpus": ""})
    assert "more than 3 settings" in refused(
        SETTINGS, {"vmx:numvcpus": 1, **{f"vmx:scsi{i}.present": True for i in range(3)}}
    )
    assert refused(SETTINGS, ["vmx:numvcpus"]) == "expected a table of settings, got list"
    full = {"vmx:numvcpus": 1, "vmx:scsi0.present": True, "vmx:scsi1.present": False}
    assert check_value(SETTINGS, full) == full  # exactly max_items settings are fine


# ---------------------------------------------------------------- records

RECORD = field(
    "record_list",
    max_items=2,
    record=(
        RecordKey("name", "string", "scrub"),
        RecordKey("count", "integer", "keep"),
        RecordKey("source", "enum", "keep", ("dpkg", "rpm")),
    ),
)


def test_records_hold_only_their_keys_each_of_its_type() -> None:
    good = [{"name": "bash", "count": 1, "source": "dpkg"}, {"name": "zsh"}]
    assert check_value(RECORD, good) == good
    # A missing key is left out, and the keys after it are still checked and kept.
    assert check_value(RECORD, [{"count": 2, "source": "rpm"}]) == [{"count": 2, "source": "rpm"}]
    assert "unexpected record key(s) ['path']" in refused(RECORD, [{"name": "x", "path": "/"}])
    assert "whole number" in refused(RECORD, [{"name": "x", "count": 1.5}])
    assert "is not one of dpkg, rpm" in refused(RECORD, [{"source": "snap"}])
    assert "expected a record, got str" in refused(RECORD, ["bash"])
    assert "more than 2 items" in refused(RECORD, [{}, {}, {}])


def test_an_unknown_version_is_an_empty_string() -> None:
    assert check_value(RECORD, [{"name": ""}]) == [{"name": ""}]
    assert "non-empty string" in refused(RECORD, [{"source": ""}])  # only text keys may be empty
    # An empty text value does not end the checks of the keys after it.
    assert "whole number" in refused(RECORD, [{"name": "", "count": 1.5}])
