"""Golden files of ``cep-gui collect``'s text on fixed reports.

To accept an intended change of the text, run the tests with ``CEP_UPDATE_GOLDEN=1``
and review the diff of ``tests/fixtures/reports/*.txt`` before committing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cep_gui.core.catalog import load_catalog
from cep_gui.core.profiles import get_profile
from cep_gui.core.render import render_text

REPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "reports"
CASES = [("desktop", "desktop"), ("preview", "desktop"), ("sccm", "sccm")]


@pytest.mark.parametrize(("name", "profile"), CASES)
def test_text_matches_the_golden_file(name: str, profile: str) -> None:
    document = json.loads((REPORTS / f"{name}.json").read_text(encoding="utf-8"))
    text = render_text(document, load_catalog(), get_profile(profile).categories)
    golden = REPORTS / f"{name}.txt"
    if os.environ.get("CEP_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_every_virtual_machine_field_is_printed() -> None:
    document = json.loads((REPORTS / "desktop.json").read_text(encoding="utf-8"))
    text = render_text(document, load_catalog(), get_profile("desktop").categories)
    assert "Configuration of virtual machines (vm_config)" in text
    assert "  vm-2\n    Hypervisor                    libvirt" in text
    assert "        libvirt:cpu@mode                     host-passthrough" in text
    assert "      libssl3            3.0.15-1~deb12u1 (dpkg)" in text


def test_a_preview_says_nothing_is_sent() -> None:
    document = json.loads((REPORTS / "preview.json").read_text(encoding="utf-8"))
    text = render_text(document, load_catalog(), get_profile("desktop").categories)
    assert text.startswith("Preview: this computer does not take part, so nothing is sent.")
    assert "would be sent now" not in text
    assert "Software of virtual machines (vm_software)\n  none found on this computer" in text
    assert "Not collected (excluded): Configuration of virtual machines; Feature usage" in text
