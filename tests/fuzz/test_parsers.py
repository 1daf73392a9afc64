"""Hostile input: every parser of outside data either reads it or counts a clean error.

The example budget comes from the Hypothesis profile: "ci" by default, "long" with
HYPOTHESIS_PROFILE=long for a longer fuzzing run.
"""

from __future__ import annotations

import json
import plistlib
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from cep_gui.collectors.base import ErrorSink
from cep_gui.collectors.software.collector import HostSoftwareCollector
from cep_gui.core.catalog import load_catalog
from cep_gui.core.policy import Level, PolicyProblem, parse_settings
from cep_gui.core.validate import check_value
from tests.helpers.system import make_env, write_tree

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "software"
DPKG = (FIXTURES / "dpkg" / "status").read_bytes()


def mutated(seed: bytes) -> st.SearchStrategy[bytes]:
    """Real-format bytes with flips, cuts and junk spliced in."""

    @st.composite
    def build(draw: st.DrawFn) -> bytes:
        data = bytearray(seed)
        for _ in range(draw(st.integers(0, 8))):
            at = draw(st.integers(0, max(0, len(data) - 1)))
            kind = draw(st.sampled_from(["flip", "cut", "junk", "dup"]))
            if kind == "flip" and data:
                data[at] ^= draw(st.integers(1, 255))
            elif kind == "cut":
                del data[at:]
            elif kind == "junk":
                data[at:at] = draw(st.binary(max_size=64))
            elif data:
                data[at:at] = data[at : at + draw(st.integers(0, 200))]
        return bytes(data)

    return build()


def software_fields(files: dict[str, bytes], platform: str = "linux") -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        root = write_tree(Path(tmp), files)
        env = make_env(root, platform=platform, home=root / "Users" / "u")  # type: ignore[arg-type]
        errors = ErrorSink()
        values = HostSoftwareCollector().collect(env, errors)
    return values


def assert_catalog_valid(values: dict[str, object]) -> None:
    catalog = load_catalog()
    for field_id, value in values.items():
        fld = catalog.fields[field_id]
        if fld.privacy != "bucket":
            check_value(fld, value)  # raises on a malformed value


@given(mutated(DPKG) | st.binary(max_size=4096))
def test_dpkg_status_of_any_shape(data: bytes) -> None:
    values = software_fields({"/var/lib/dpkg/status": data})
    assert_catalog_valid(values)


@given(
    st.binary(max_size=2048)
    | mutated(plistlib.dumps({"CFBundleName": "App", "CFBundleShortVersionString": "1.0"}))
)
def test_app_bundle_plists_of_any_shape(data: bytes) -> None:
    values = software_fields(
        {
            "/Applications/App.app/Contents/Info.plist": data,
            "/System/Library/CoreServices/SystemVersion.plist": data,
        },
        platform="darwin",
    )
    assert_catalog_valid(values)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)


@given(
    st.dictionaries(
        st.sampled_from(["Participation", "ParticipationDefault", "Endpoint", "AllowedCategories",
                         "Profile", "TrayAutostart", "SccmAdminServiceUrl"]) | st.text(max_size=20),
        json_values,
        max_size=8,
    ),
    st.sampled_from(list(Level)),
)  # fmt: skip
def test_policy_settings_of_any_shape(raw: dict[str, object], level: Level) -> None:
    problems: list[PolicyProblem] = []
    layer = parse_settings(raw, "fuzz.json", level, problems)
    # Either the layer is usable, or it was refused with a problem that names the setting.
    if layer is None:
        assert problems and all(p.source == "fuzz.json" for p in problems)
    else:
        json.dumps(dict(layer.values))  # only plain, well-typed values get through
