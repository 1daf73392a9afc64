"""The real configuration files in ``tests/fixtures/vms/corpus`` (see its README).

Shared by the parser, collector, robustness and privacy tests, so that every one of them faces
the same files written by other tools, and none can skip them: they live in the repository.
"""

from __future__ import annotations

from pathlib import Path

from cep_gui.collectors.vms.common import HYPERVISORS, Hypervisor

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "vms"
CORPUS = FIXTURES / "corpus"


def corpus(name: str) -> bytes:
    """The bytes of one corpus file (``vmware/libvirt-esx-in-the-wild-2.vmx``)."""
    return (CORPUS / name).read_bytes()


def corpus_files() -> list[tuple[Hypervisor, Path]]:
    """Every corpus file with its format (the folder it is in), in a stable order."""
    found: list[tuple[Hypervisor, Path]] = []
    for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        assert folder.name in HYPERVISORS, folder
        found += [(folder.name, path) for path in sorted(folder.iterdir()) if path.is_file()]
    return found
