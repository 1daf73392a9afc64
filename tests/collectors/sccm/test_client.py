"""The AdminService client against a fake AdminService on 127.0.0.1 (real HTTP, real NTLM)."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cep_gui.collectors.sccm import client as sccm_client
from cep_gui.collectors.sccm.auth import Credentials, load_credentials, parse_challenges
from cep_gui.collectors.sccm.client import AdminServiceClient, Limits, admin_service_base
from cep_gui.collectors.sccm.errors import (
    BAD_JSON,
    BROKE_OFF,
    CERTIFICATE,
    FOREIGN_LINK,
    NO_KEYRING,
    NO_PASSWORD,
    NO_SIGN_IN,
    NOT_ADMIN,
    SIGN_IN_REFUSED,
    TIMEOUT,
    TOO_LARGE,
    TOO_LONG,
    UNREACHABLE,
    UNSUPPORTED_SIGN_IN,
    SccmError,
)
from cep_gui.core.errors import ErrorCode
from cep_gui.core.secrets import SecretsUnavailable
from tests.helpers.fake_adminservice import ACCOUNT, PASSWORD, Behaviour, Fakes, sample_site
from tests.helpers.tls import make_certificate

SIGNED_IN = Credentials(ACCOUNT, PASSWORD)
QUICK = Limits(connect_timeout=2, read_timeout=0.5, budget=10)


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Fakes]:
    fakes = Fakes(tmp_path)
    yield fakes
    fakes.stop()


def names(client: AdminServiceClient, cls: str, select: list[str]) -> list[dict[str, object]]:
    return list(client.instances(cls, select))


def test_pages_are_followed_and_only_selected_properties_travel(
    serve: Fakes,
) -> None:
    fake = serve(behaviour=Behaviour(page_size=3))
    with AdminServiceClient(fake.url, SIGNED_IN) as client:
        devices = names(client, "SMS_R_System", ["OperatingSystemNameandVersion", "ClientVersion"])
    assert len(devices) == 8  # three pages of 3, 3 and 2
    pages = [s for s in fake.data_requests() if s.path.endswith("/SMS_R_System")]
    assert [s.query.get("$skip") for s in pages] == [None, "3", "6"]
    assert all(s.query["$select"] == "OperatingSystemNameandVersion,ClientVersion" for s in pages)
    for device in devices:
        data = {k for k in device if not k.startswith(("__", "@"))}
        assert data <= {"OperatingSystemNameandVersion", "ClientVersion"}
    assert client.servers_seen >= {"CANARY-SRV01", "127.0.0.1"}


def test_the_versioned_route_is_supported(serve: Fakes) -> None:
    fake = serve(account=None)
    with AdminServiceClient(fake.url + "/v1.0/", limits=QUICK) as client:
        assert client.base == fake.url
        sites = list(client.instances("SMS_Site", ["Version"], route="v1.0"))
    assert sorted(s["Version"] for s in sites)[-1] == "5.00.9128.1000"
    assert all(set(s) == {"Version"} for s in sites)  # no WMI system properties on v1.0
    assert fake.seen[-1].path == "/AdminService/v1.0/SMS_Site"


def test_lazy_properties_are_left_out_of_lists(serve: Fakes) -> None:
    fake = serve(account=None)
    with AdminServiceClient(fake.url) as client:
        sequences = names(client, "SMS_TaskSequencePackage", ["PackageType", "Type"])
    assert len(sequences) == 3
    assert all("Type" not in s and s["__LAZYPROPERTIES"] for s in sequences)


def test_wrong_password_is_refused_in_plain_words_and_never_repeated(
    serve: Fakes, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    fake = serve()
    secret = "Wr0ng-Canary-Passw0rd"
    with (
        AdminServiceClient(fake.url, Credentials(ACCOUNT, secret), limits=QUICK) as client,
        pytest.raises(SccmError) as caught,
    ):
        names(client, "SMS_Site", ["Version"])
    error = caught.value
    assert error.code is ErrorCode.PERMISSION_DENIED and error.fatal
    assert error.message == SIGN_IN_REFUSED
    assert "not a Configuration Manager administrator" in str(error)
    assert fake.failed_sign_ins == 1 and fake.tokens
    texts = [str(error), repr(error), error.message, caplog.text, repr(client.credentials)]
    for text in texts:
        assert secret not in text and PASSWORD not in text
        for token in fake.tokens:
            assert token.split(" ", 1)[1] not in text


def test_the_right_password_signs_in_over_ntlm(serve: Fakes) -> None:
    fake = serve()
    with AdminServiceClient(fake.url, SIGNED_IN, limits=QUICK) as client:
        assert len(names(client, "SMS_Site", ["Version"])) == 4
    assert fake.failed_sign_ins == 0
    assert any(t.startswith("Negotiate ") for t in fake.tokens)


def test_ntlm_only_servers_are_answered_with_ntlm(serve: Fakes) -> None:
    fake = serve(behaviour=Behaviour(offer=["NTLM"]))
    fake.behaviour.offer = None  # the first challenge offers NTLM only, then the real exchange
    with AdminServiceClient(fake.url, SIGNED_IN, limits=QUICK) as client:
        assert names(client, "SMS_BoundaryGroup", ["GroupID"])


def test_a_server_asking_for_basic_auth_is_not_sent_the_password(
    serve: Fakes,
) -> None:
    fake = serve(behaviour=Behaviour(offer=['Basic realm="AdminService"']))
    with (
        AdminServiceClient(fake.url, SIGNED_IN, limits=QUICK) as client,
        pytest.raises(SccmError, match=UNSUPPORTED_SIGN_IN),
    ):
        names(client, "SMS_Site", ["Version"])
    assert fake.tokens == []


def test_no_account_and_no_sign_in_of_our_own(
    serve: Fakes, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = serve()
    monkeypatch.delenv("NTLM_USER_FILE")  # no cached NTLM credentials: nothing to sign in with
    with (
        AdminServiceClient(fake.url, Credentials(), limits=QUICK) as client,
        pytest.raises(SccmError, match=NO_SIGN_IN),
    ):
        names(client, "SMS_Site", ["Version"])


@pytest.mark.parametrize(
    ("status", "code", "message"),
    [
        (403, ErrorCode.PERMISSION_DENIED, NOT_ADMIN),
        (500, ErrorCode.FAILED, "the server had a problem (HTTP 500)"),
        (302, ErrorCode.FAILED, "the server redirected elsewhere (HTTP 302); not followed"),
    ],
)
def test_statuses_become_plain_errors(
    serve: Fakes, status: int, code: ErrorCode, message: str
) -> None:
    fake = serve(account=None, behaviour=Behaviour(status={"SMS_Site": status}))
    with AdminServiceClient(fake.url) as client, pytest.raises(SccmError) as caught:
        names(client, "SMS_Site", ["Version"])
    assert (caught.value.code, caught.value.message, caught.value.status) == (
        code,
        message,
        status,
    )


def test_a_stalled_server_times_out_in_bounded_time(serve: Fakes) -> None:
    fake = serve(account=None, behaviour=Behaviour(stall=30))
    started = time.monotonic()
    with AdminServiceClient(fake.url, limits=QUICK) as client, pytest.raises(SccmError) as caught:
        names(client, "SMS_Site", ["Version"])
    assert time.monotonic() - started < 5
    assert caught.value.message == TIMEOUT and caught.value.code is ErrorCode.TIMEOUT
    assert caught.value.fatal


def test_the_time_budget_covers_all_requests(serve: Fakes) -> None:
    fake = serve(account=None, behaviour=Behaviour(stall=0.3, page_size=1))
    limits = Limits(read_timeout=5, budget=1.0)
    started = time.monotonic()
    with AdminServiceClient(fake.url, limits=limits) as client, pytest.raises(SccmError) as caught:
        names(client, "SMS_R_System", ["ClientVersion"])  # 8 pages of 0.3 s each
    assert time.monotonic() - started < 3
    assert caught.value.code is ErrorCode.TIMEOUT and caught.value.fatal


@pytest.mark.parametrize("behaviour", ["garbage", "truncated"])
def test_garbage_and_truncated_json(serve: Fakes, behaviour: str) -> None:
    bad = Behaviour(garbage={"SMS_Site"}) if behaviour == "garbage" else Behaviour()
    if behaviour == "truncated":
        bad.truncated = {"SMS_Site"}
    fake = serve(account=None, behaviour=bad)
    with AdminServiceClient(fake.url) as client, pytest.raises(SccmError) as caught:
        names(client, "SMS_Site", ["Version"])
    assert caught.value.message == BAD_JSON and caught.value.code is ErrorCode.PARSE_ERROR


@pytest.mark.parametrize("declared", [False, True])
def test_a_huge_answer_is_refused_without_reading_it_all(serve: Fakes, declared: bool) -> None:
    total = 512 * 1024 * 1024
    huge = Behaviour(huge={"SMS_R_System": total})
    if declared:
        huge.huge_declared = {"SMS_R_System"}
    fake = serve(account=None, behaviour=huge)
    started = time.monotonic()
    with AdminServiceClient(fake.url) as client, pytest.raises(SccmError) as caught:
        names(client, "SMS_R_System", ["ClientVersion"])
    assert caught.value.message == TOO_LARGE and caught.value.code is ErrorCode.TOO_LARGE
    assert time.monotonic() - started < 10
    # The reader stopped at the 32 MiB limit (plus what the sockets had buffered);
    # with a declared length it did not even start.
    limit = Limits().max_response_bytes
    assert fake.bytes_streamed < (limit // 4 if declared else limit + 16 * 1024 * 1024)


def test_page_and_item_caps(serve: Fakes) -> None:
    fake = serve(account=None, behaviour=Behaviour(page_size=1))
    for limits in (Limits(max_pages=3), Limits(max_items=5)):
        with (
            AdminServiceClient(fake.url, limits=limits) as client,
            pytest.raises(SccmError, match=TOO_LONG),
        ):
            names(client, "SMS_R_System", ["ClientVersion"])


def test_a_next_link_to_another_host_is_not_followed(serve: Fakes) -> None:
    fake = serve(account=None, behaviour=Behaviour(foreign_next_link={"SMS_R_System"}))
    with AdminServiceClient(fake.url) as client, pytest.raises(SccmError) as caught:
        names(client, "SMS_R_System", ["ClientVersion"])
    assert caught.value.message == FOREIGN_LINK
    assert [s.host.split(":")[0] for s in fake.seen] == ["127.0.0.1"]


def test_a_next_link_outside_the_service_is_not_followed(serve: Fakes) -> None:
    fake = serve(account=None)
    with AdminServiceClient(fake.url) as client:
        assert client._next_link(fake.url + "/wmi/X", "/AdminService/wmi/X?$skip=3")
        with pytest.raises(SccmError, match=FOREIGN_LINK):
            client._next_link(fake.url + "/wmi/X", "/ReportServer/api?x=1")
        with pytest.raises(SccmError, match=FOREIGN_LINK):
            client._next_link(fake.url + "/wmi/X", f"https://127.0.0.1:{fake.port}/AdminService/")


def test_a_refusing_server_is_unreachable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    with (
        AdminServiceClient(f"http://127.0.0.1:{port}/AdminService", limits=QUICK) as client,
        pytest.raises(SccmError) as caught,
    ):
        names(client, "SMS_Site", ["Version"])
    assert caught.value.message == UNREACHABLE and caught.value.fatal
    assert caught.value.code is ErrorCode.UNAVAILABLE


def test_a_server_that_hangs_up_broke_off() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]

        def hang_up() -> None:
            connection, _ = listener.accept()
            connection.recv(4096)
            connection.close()

        thread = threading.Thread(target=hang_up, daemon=True)
        thread.start()
        with (
            AdminServiceClient(f"http://127.0.0.1:{port}/AdminService", limits=QUICK) as client,
            pytest.raises(SccmError, match=BROKE_OFF),
        ):
            names(client, "SMS_Site", ["Version"])
        thread.join(5)


def test_self_signed_https_needs_the_certificate_file(serve: Fakes, tmp_path: Path) -> None:
    certificate = make_certificate(tmp_path / "tls")
    fake = serve(certificate=certificate)
    assert fake.url.startswith("https://127.0.0.1:")
    with (
        AdminServiceClient(fake.url, SIGNED_IN, limits=QUICK) as client,
        pytest.raises(SccmError) as caught,
    ):
        names(client, "SMS_Site", ["Version"])
    assert caught.value.message == CERTIFICATE
    assert "give its certificate file" in caught.value.message
    ca = str(certificate.cert_file)
    with AdminServiceClient(fake.url, SIGNED_IN, ca_file=ca, limits=QUICK) as client:
        assert len(names(client, "SMS_Site", ["Version"])) == 4
    assert fake.failed_sign_ins == 0  # NTLM with channel binding to this certificate


def test_a_der_certificate_file_as_windows_exports_it_works_too(
    serve: Fakes, tmp_path: Path
) -> None:
    certificate = make_certificate(tmp_path / "tls")
    fake = serve(account=None, certificate=certificate)
    der = tmp_path / "site.cer"
    der.write_bytes(certificate.der)
    with AdminServiceClient(fake.url, ca_file=str(der), limits=QUICK) as client:
        assert len(names(client, "SMS_Site", ["Version"])) == 4


def test_the_sign_in_is_bound_to_the_servers_certificate(
    serve: Fakes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    certificate = make_certificate(tmp_path / "tls")
    fake = serve(certificate=certificate)
    other = make_certificate(tmp_path / "other")  # as if a man in the middle presented his
    monkeypatch.setattr(sccm_client, "_peer_certificate", lambda response: other.der)
    ca = str(certificate.cert_file)
    with (
        AdminServiceClient(fake.url, SIGNED_IN, ca_file=ca, limits=QUICK) as client,
        pytest.raises(SccmError, match="refused the sign-in"),
    ):
        names(client, "SMS_Site", ["Version"])
    assert fake.failed_sign_ins == 1


def test_an_unreadable_certificate_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(SccmError, match="certificate file could not be read"):
        AdminServiceClient("https://127.0.0.1/AdminService", ca_file=str(tmp_path / "none.pem"))


@pytest.mark.parametrize(
    ("typed", "base"),
    [
        ("https://cm01.corp.example/AdminService", "https://cm01.corp.example/AdminService"),
        ("https://cm01.corp.example/AdminService/", "https://cm01.corp.example/AdminService"),
        ("https://cm01.corp.example/AdminService/wmi/", "https://cm01.corp.example/AdminService"),
        ("https://cm01.corp.example", "https://cm01.corp.example/AdminService"),
        ("http://127.0.0.1:8080/AdminService?x=1", "http://127.0.0.1:8080/AdminService"),
    ],
)
def test_the_service_root_is_found_from_what_the_user_typed(typed: str, base: str) -> None:
    assert admin_service_base(typed) == base


@pytest.mark.parametrize(
    "url",
    ["http://cm01.corp.example/AdminService", "ftp://cm01/x", "https://u:p@cm01/AdminService"],
)
def test_plain_http_only_to_this_computer(url: str) -> None:
    with pytest.raises(SccmError) as caught:
        admin_service_base(url)
    assert caught.value.code is ErrorCode.UNAVAILABLE and "p@" not in caught.value.message


def test_the_password_comes_from_the_keyring_and_is_never_shown() -> None:
    asked: list[str] = []

    def load(name: str) -> str | None:
        asked.append(name)
        return PASSWORD

    credentials = load_credentials(f"  {ACCOUNT} ", load)
    assert credentials == Credentials(ACCOUNT, PASSWORD) and asked == ["sccm-password"]
    assert PASSWORD not in repr(credentials)
    assert load_credentials(None, load) == Credentials() and asked == ["sccm-password"]


def test_no_keyring_or_no_saved_password_is_unavailable() -> None:
    def broken(name: str) -> str | None:
        raise SecretsUnavailable("No system keyring is available")

    with pytest.raises(SccmError) as caught:
        load_credentials(ACCOUNT, broken)
    assert caught.value.code is ErrorCode.UNAVAILABLE and caught.value.message == NO_KEYRING
    with pytest.raises(SccmError) as caught:
        load_credentials(ACCOUNT, lambda name: None)
    assert caught.value.code is ErrorCode.UNAVAILABLE and caught.value.message == NO_PASSWORD


def test_challenges_are_parsed_from_one_or_several_headers() -> None:
    assert parse_challenges(["Negotiate", "NTLM"]) == {"negotiate": "", "ntlm": ""}
    assert parse_challenges(["Negotiate abc=, NTLM"]) == {"negotiate": "abc=", "ntlm": ""}
    assert parse_challenges([]) == {}


def test_sample_data_has_the_shape_of_the_real_service() -> None:
    site = sample_site()
    assert set(site) >= {"SMS_Site", "SMS_R_System", "SMS_Application", "SMS_DeploymentSummary"}
