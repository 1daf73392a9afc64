"""Air gaps: signed bundles round-trip; tampered, cut, foreign and replayed ones are refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cep_gui.receiver.server import ReceiverServer
from tests.helpers.cli import run_cli
from tests.receiver.relay.fleet import fleet_report, hold
from tests.receiver.storage_helpers import migrated
from tests.receiver.wire import Installation

RULES = '[drop]\ncategories = ["usage"]\n'


@pytest.fixture
def inside(tmp_path: Path) -> tuple[Path, list[dict[str, object]], Path]:
    """An air-gapped relay with three reports released under its rules, and its key pair."""
    db = tmp_path / "inside.sqlite3"
    docs = [fleet_report(Installation()) for _ in range(3)]
    hold(migrated(db), docs)
    rules = tmp_path / "rules.toml"
    rules.write_text(RULES)
    assert (
        run_cli("relay", "release", "--db", str(db), "--all", "--rules", str(rules)).returncode == 0
    )
    key = tmp_path / "keys" / "relay.key"
    key.parent.mkdir()
    made = run_cli("relay", "keygen", str(key))
    assert made.returncode == 0 and (key.stat().st_mode & 0o777) == 0o600
    assert key.with_name("relay.key.pub").is_file()
    return db, docs, key


def export(db: Path, key: Path, out: Path, *extra: str) -> str:
    result = run_cli("relay", "export-bundle", "--db", str(db), "--key", str(key), *extra, str(out))
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_bundle_round_trips_to_the_vendor_with_the_rules_applied(
    inside: tuple[Path, list[dict[str, object]], Path],
    tmp_path: Path,
    receiver: ReceiverServer,
    relay_target: str,
) -> None:
    db, docs, key = inside
    bundle = tmp_path / "carry.cepbundle"
    said = export(db, key, bundle)
    assert "3 reports" in said
    assert "nothing to export" in export(db, key, tmp_path / "second.cepbundle")
    assert not (tmp_path / "second.cepbundle").exists()
    imported = run_cli(
        "relay",
        "import-bundle",
        "--db",
        relay_target,
        "--public-key",
        str(key.with_name("relay.key.pub")),
        "--upstream",
        receiver.url,
        str(bundle),
    )
    assert imported.returncode == 0, imported.stderr
    assert "3 reports" in imported.stdout and "delivered 3" in imported.stdout
    sent = {json.loads(b)["report_id"]: json.loads(b) for _, _, b in receiver.db.reports()}
    assert set(sent) == {d["report_id"] for d in docs}
    assert all("usage" not in s["sections"] for s in sent.values())
    # The same bundle again, or its reports in a bundle written again, are replays.
    again = run_cli(
        "relay",
        "import-bundle",
        "--db",
        relay_target,
        "--public-key",
        str(key.with_name("relay.key.pub")),
        str(bundle),
    )
    assert again.returncode == 1 and "was imported here on" in again.stderr
    bundle_id = said.split()[1].rstrip(":")
    rewritten = tmp_path / "rewritten.cepbundle"
    export(db, key, rewritten, "--again", bundle_id)
    replay = run_cli(
        "relay",
        "import-bundle",
        "--db",
        relay_target,
        "--public-key",
        str(key.with_name("relay.key.pub")),
        str(rewritten),
    )
    assert replay.returncode == 1 and "3 report(s) of bundle" in replay.stderr
    assert len(list(receiver.db.reports())) == 3


@pytest.mark.parametrize("damage", ["flip", "truncate", "append", "other_key", "not_a_bundle"])
def test_a_damaged_or_foreign_bundle_is_refused_and_nothing_is_lost(
    inside: tuple[Path, list[dict[str, object]], Path], tmp_path: Path, damage: str
) -> None:
    db, _, key = inside
    bundle = tmp_path / "carry.cepbundle"
    said = export(db, key, bundle)
    data = bytearray(bundle.read_bytes())
    public = key.with_name("relay.key.pub")
    if damage == "flip":
        data[len(data) // 2] ^= 0x01
    elif damage == "truncate":
        del data[-100:]
    elif damage == "append":
        data += b"\x00"
    elif damage == "other_key":
        other = tmp_path / "other.key"
        assert run_cli("relay", "keygen", str(other)).returncode == 0
        public = other.with_name("other.key.pub")
    else:
        data = bytearray(b"these are not the reports you are looking for\n" * 4)
    bundle.write_bytes(bytes(data))
    target = tmp_path / "outside.sqlite3"
    result = run_cli(
        "relay", "import-bundle", "--db", str(target), "--public-key", str(public), str(bundle)
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert ("signature" in result.stderr) or ("not a relay bundle" in result.stderr)
    listing = json.loads(run_cli("relay", "list", "--db", str(target), "--json").stdout)
    assert listing["counts"] == {**listing["counts"], "held": 0, "waiting": 0}
    # The exporting side kept everything: the lost bundle is written again.
    bundle_id = said.split()[1].rstrip(":")
    assert "3 reports" in export(db, key, tmp_path / "again.cepbundle", "--again", bundle_id)
    inside_list = json.loads(run_cli("relay", "list", "--db", str(db), "--json").stdout)
    assert inside_list["counts"]["exported"] == 3


def test_keys_are_never_overwritten_and_bad_keys_are_plain(tmp_path: Path) -> None:
    key = tmp_path / "relay.key"
    assert run_cli("relay", "keygen", str(key)).returncode == 0
    before = key.read_bytes()
    twice = run_cli("relay", "keygen", str(key))
    assert twice.returncode == 1 and "exists already" in twice.stderr and key.read_bytes() == before
    db = tmp_path / "r.sqlite3"
    migrated(db)
    wrong = run_cli(
        "relay",
        "export-bundle",
        "--db",
        str(db),
        "--key",
        str(key.with_name("relay.key.pub")),
        str(tmp_path / "b"),
    )
    assert wrong.returncode == 1 and "not an unencrypted PEM private key" in wrong.stderr
