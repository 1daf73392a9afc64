"""``cep-gui collect --sccm-url`` and ``cep-gui sccm test`` as an administrator runs them.

The real command runs in a subprocess; the password comes from the keyring (a
file-less test backend fed from the environment), the site from the fake
AdminService on 127.0.0.1 with real NTLM.
"""

from __future__ import annotations

import json
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cep_gui.core.store import Store, settings_table
from cep_gui.core.store.settings_table import UserSettings
from tests.helpers.cli import run_cli
from tests.helpers.fake_adminservice import (
    ACCOUNT,
    CANARIES,
    EXPECTED_SECTION,
    PASSWORD,
    FakeAdminService,
    Fakes,
)
from tests.helpers.keyring_backend import BACKEND, variable
from tests.helpers.tls import make_certificate

REPO = Path(__file__).resolve().parents[3]
CATEGORIES = ("--category", "sccm_infrastructure", "--category", "sccm_deployments")


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Fakes]:
    fakes = Fakes(tmp_path)
    yield fakes
    fakes.stop()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder where the Advanced page saved the SCCM account."""
    data = tmp_path / "data"
    with Store.open(data) as store, store.transaction() as tx:
        settings_table.write(tx, UserSettings(sccm_account=ACCOUNT))
    return data


def keyring_env(password: str | None = PASSWORD, backend: str = BACKEND) -> dict[str, str]:
    env = {"PYTHON_KEYRING_BACKEND": backend, "PYTHONPATH": str(REPO)}
    if password is not None:
        env[variable("sccm-password")] = password
    return env


def collect(data_dir: Path, url: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return run_cli(
        "--profile", "sccm", "collect", "--json", *CATEGORIES, "--sccm-url", url,
        data_dir=data_dir, env=env,
    )  # fmt: skip


def document(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert result.returncode == 0, result.stderr
    parsed: dict[str, Any] = json.loads(result.stdout)
    return parsed


def test_collect_reports_the_site_end_to_end(serve: Fakes, data_dir: Path) -> None:
    fake = serve()
    result = collect(data_dir, fake.url, keyring_env())
    report = document(result)
    assert report["sections"] == {"sccm": EXPECTED_SECTION}
    assert report["collection_errors"] == []
    assert report["product"]["profile"] == "sccm"
    assert fake.failed_sign_ins == 0
    everything = (result.stdout + result.stderr).casefold()
    for canary in CANARIES:
        assert canary.casefold() not in everything, canary


def test_collect_with_a_wrong_password_says_so_and_shows_no_secret(
    serve: Fakes, data_dir: Path
) -> None:
    fake = serve()
    wrong = "Wr0ng-Canary-Passw0rd"
    result = collect(data_dir, fake.url, keyring_env(wrong))
    report = document(result)
    assert "sccm" not in report["sections"]
    assert report["collection_errors"] == [
        {"collector": "sccm", "code": "permission_denied", "count": 1}
    ]
    for text in (result.stdout, result.stderr):
        assert wrong not in text and PASSWORD not in text
        assert not any(token.split(" ", 1)[1] in text for token in fake.tokens)


def test_collect_without_a_keyring_collects_nothing(serve: Fakes, data_dir: Path) -> None:
    fake = serve()
    env = keyring_env(None, backend="keyring.backends.fail.Keyring")
    report = document(collect(data_dir, fake.url, env))
    assert "sccm" not in report["sections"]
    assert report["collection_errors"] == [{"collector": "sccm", "code": "unavailable", "count": 1}]
    assert fake.seen == []


def test_collect_from_a_refusing_server_reports_an_error_not_a_crash(data_dir: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    report = document(collect(data_dir, f"http://127.0.0.1:{port}/AdminService", keyring_env()))
    assert report["sections"] == {}
    assert report["collection_errors"] == [{"collector": "sccm", "code": "unavailable", "count": 1}]


def test_plain_http_to_another_computer_is_a_usage_error(data_dir: Path) -> None:
    for command in (("collect", "--json", *CATEGORIES), ("sccm", "test")):
        result = run_cli(
            "--profile", "sccm", *command, "--sccm-url", "http://cm01.corp.example/AdminService",
            data_dir=data_dir, env=keyring_env(),
        )  # fmt: skip
        assert result.returncode == 2, command
        assert "must use https" in result.stderr and result.stdout == ""


def test_sccm_test_says_what_worked(serve: Fakes, data_dir: Path) -> None:
    fake = serve()
    result = run_cli("sccm", "test", "--sccm-url", fake.url, data_dir=data_dir, env=keyring_env())
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        f"{fake.url}: connected to the AdminService (site version 5.00.9128.1000)."
    )
    # Only the site's version was asked for: nothing else was read.
    assert {s.path for s in fake.data_requests()} == {"/AdminService/wmi/SMS_Site"}


def test_sccm_test_says_what_to_fix(serve: Fakes, data_dir: Path) -> None:
    fake = serve()
    refused = run_cli(
        "sccm", "test", "--sccm-url", fake.url, data_dir=data_dir, env=keyring_env("nope")
    )
    assert refused.returncode == 1
    assert "not a Configuration Manager administrator" in refused.stderr
    assert "nope" not in refused.stderr + refused.stdout
    missing = run_cli("sccm", "test", data_dir=data_dir, env=keyring_env())
    assert missing.returncode == 1 and "no AdminService URL is configured" in missing.stderr


def test_sccm_test_with_a_self_signed_certificate(
    serve: Fakes, data_dir: Path, tmp_path: Path
) -> None:
    certificate = make_certificate(tmp_path / "tls")
    fake: FakeAdminService = serve(certificate=certificate)
    untrusted = run_cli(
        "sccm", "test", "--sccm-url", fake.url, data_dir=data_dir, env=keyring_env()
    )
    assert untrusted.returncode == 1
    assert "certificate could not be verified (give its certificate file)" in untrusted.stderr
    env = keyring_env() | {"CEP_SCCM_CA_FILE": str(certificate.cert_file)}
    trusted = run_cli("sccm", "test", "--sccm-url", fake.url, data_dir=data_dir, env=env)
    assert trusted.returncode == 0, trusted.stderr
    assert "connected to the AdminService" in trusted.stdout


def test_the_sccm_command_is_listed() -> None:
    assert "sccm" in run_cli("--help").stdout
    assert "--sccm-url" in run_cli("collect", "--help").stdout
