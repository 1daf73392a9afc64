"""The SCCM collector and the report it feeds, against the fake AdminService."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cep_gui.collectors.base import ErrorSink
from cep_gui.collectors.registry import all_collectors
from cep_gui.collectors.sccm.client import Limits
from cep_gui.collectors.sccm.collector import SccmCollector, check_connection
from cep_gui.collectors.sccm.deploy import MAX_SOFTWARE, Found, Software, software_fields
from cep_gui.collectors.sccm.errors import NO_KEYRING, NOT_ENABLED
from cep_gui.collectors.sccm.infra import client_version, os_family, role_kind
from cep_gui.core.catalog import load_catalog
from cep_gui.core.collect_config import CollectConfig
from cep_gui.core.secrets import SecretsUnavailable
from cep_gui.pipeline import build_report
from tests.helpers.fake_adminservice import (
    ACCOUNT,
    CANARIES,
    EXPECTED_SECTION,
    PASSWORD,
    Behaviour,
    FakeAdminService,
    Fakes,
    WmiClass,
    sample_site,
)
from tests.helpers.system import make_env

CATEGORIES = ["sccm_infrastructure", "sccm_deployments"]
QUICK = Limits(connect_timeout=2, read_timeout=1, budget=10)

#: Properties the collector may ask for, by class: none of them names a person, a
#: machine, a collection or a path (software names are scrubbed separately).
ALLOWED_SELECT = {
    "SMS_Site": {"Type", "Version", "BuildNumber", "SiteCode"},
    "SMS_SCI_SysResUse": {"RoleName"},
    "SMS_BoundaryGroup": {"GroupID"},
    "SMS_R_System": {"OperatingSystemNameandVersion", "ClientVersion"},
    "SMS_CM_UpdateFeatures": {"Status"},
    "SMS_Application": {"LocalizedDisplayName", "Manufacturer", "SoftwareVersion", "IsLatest"},
    "SMS_Package": {"Name", "Manufacturer", "Version"},
    "SMS_ConfigurationBaselineInfo": {"CI_ID", "IsLatest"},
    "SMS_ConfigurationItem": {"CI_ID", "IsLatest"},
    "SMS_AuthorizationList": {"CI_ID"},
    "SMS_TaskSequencePackage": {"PackageType"},
    "SMS_DeploymentSummary": {"FeatureType", "DeploymentIntent"},
}


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Fakes]:
    fakes = Fakes(tmp_path)
    yield fakes
    fakes.stop()


def password(name: str) -> str | None:
    assert name == "sccm-password"
    return PASSWORD


def collect(fake: FakeAdminService, **config: Any) -> tuple[dict[str, object], ErrorSink]:
    settings = CollectConfig(sccm_url=fake.url, sccm_account=ACCOUNT, **config)
    errors = ErrorSink()
    collector = SccmCollector(settings, load_secret=password, limits=QUICK)
    return collector.collect(make_env(Path("/nonexistent")), errors), errors


def report(fake: FakeAdminService, tmp_path: Path, **config: Any) -> dict[str, Any]:
    settings = CollectConfig(sccm_url=fake.url, sccm_account=ACCOUNT, **config)
    built = build_report(
        selected=CATEGORIES,
        profile="sccm",
        env=make_env(tmp_path / "root"),
        collectors=[SccmCollector(settings, load_secret=password, limits=QUICK)],
    )
    document: dict[str, Any] = json.loads(built.report.payload)
    return document


def test_the_report_holds_the_sites_counts_and_versions(serve: Fakes, tmp_path: Path) -> None:
    document = report(serve(), tmp_path)
    assert document["sections"]["sccm"] == EXPECTED_SECTION
    assert document["collection_errors"] == []


def test_no_canary_reaches_the_report_and_none_is_even_asked_for(
    serve: Fakes, tmp_path: Path
) -> None:
    fake = serve()
    payload = json.dumps(report(fake, tmp_path)).casefold()
    for canary in CANARIES:
        assert canary.casefold() not in payload, canary
    data = fake.data_requests()
    assert data and all(s.query.get("$select") for s in data)
    for seen in data:
        cls = seen.path.rsplit("/", 1)[-1]
        asked = set(seen.query["$select"].split(","))
        assert asked <= ALLOWED_SELECT[cls], (cls, asked - ALLOWED_SELECT[cls])


def test_site_codes_are_read_only_to_find_the_connected_site(serve: Fakes) -> None:
    fake = serve()
    values, _ = collect(fake)
    assert values["sccm_infrastructure.site.type"] == "cas"
    with_codes = [s for s in fake.data_requests() if "SiteCode" in s.query["$select"]]
    assert [s.path for s in with_codes] == ["/AdminService/wmi/SMS_Site"]


def test_without_a_cas_the_connected_site_is_the_primary_and_no_code_is_read(
    serve: Fakes,
) -> None:
    data = sample_site()
    sites = [s for s in data["SMS_Site"].instances if s["Type"] != 4]
    data["SMS_Site"] = WmiClass("SiteCode", sites)
    fake = serve(data)
    values, errors = collect(fake)
    assert values["sccm_infrastructure.site.type"] == "primary"
    assert values["sccm_infrastructure.site.version"] == "5.00.9128.1000"
    assert values["sccm_infrastructure.sites.by_type"] == {"primary": 2, "secondary": 1}
    assert not any("SiteCode" in s.query["$select"] for s in fake.data_requests())
    assert len(errors) == 0


def test_a_failing_class_costs_only_its_fields(serve: Fakes) -> None:
    fake = serve(behaviour=Behaviour(status={"SMS_R_System": 500}, garbage={"SMS_Package"}))
    values, errors = collect(fake)
    assert "sccm_infrastructure.clients.by_os_family" not in values
    assert "sccm_deployments.packages.count" not in values
    # Half a software list would claim software is missing: none is listed.
    assert "sccm_deployments.software.items" not in values
    assert values["sccm_deployments.applications.count"] == 6
    assert values["sccm_infrastructure.roles.counts"]
    assert errors.as_report() == [
        {"collector": "sccm.clients", "code": "failed", "count": 1},
        {"collector": "sccm.packages", "code": "parse_error", "count": 1},
    ]


def test_a_next_link_elsewhere_costs_only_that_list(serve: Fakes) -> None:
    fake = serve(behaviour=Behaviour(foreign_next_link={"SMS_R_System"}))
    values, errors = collect(fake)
    assert "sccm_infrastructure.clients.by_version" not in values
    assert values["sccm_deployments.task_sequences.count"] == 3
    assert errors.as_report() == [{"collector": "sccm.clients", "code": "failed", "count": 1}]
    assert all(s.host.startswith("127.0.0.1:") for s in fake.seen)


def test_wrong_credentials_stop_at_the_first_request(serve: Fakes) -> None:
    fake = serve(account=("CANARYDOM", "canary.admin", "another password"))
    values, errors = collect(fake)
    assert values == {}
    assert errors.as_report() == [{"collector": "sccm", "code": "permission_denied", "count": 1}]
    assert fake.failed_sign_ins == 1
    assert "not a Configuration Manager administrator" in errors.details[0]
    assert PASSWORD not in " ".join(errors.details)


def test_a_stalled_server_costs_one_timeout_in_bounded_time(serve: Fakes) -> None:
    fake = serve(account=None, behaviour=Behaviour(stall=30))
    values, errors = collect(fake)
    assert values == {}
    assert errors.as_report() == [{"collector": "sccm", "code": "timeout", "count": 1}]
    assert len(fake.seen) == 1


def test_a_missing_admin_service_is_named(serve: Fakes) -> None:
    fake = serve(account=None, data={})
    values, errors = collect(fake)
    assert values == {}
    assert errors.details == [f"sccm: unavailable: {NOT_ENABLED}"]
    assert check_connection(CollectConfig(sccm_url=fake.url)).message == NOT_ENABLED


def test_a_refusing_server_is_an_error_entry_not_a_crash(tmp_path: Path) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = CollectConfig(sccm_url=f"http://127.0.0.1:{port}/AdminService")
    built = build_report(
        selected=CATEGORIES,
        env=make_env(tmp_path),
        collectors=[SccmCollector(settings, limits=QUICK)],
    )
    document = json.loads(built.report.payload)
    assert "sccm" not in document["sections"]
    assert document["collection_errors"] == [
        {"collector": "sccm", "code": "unavailable", "count": 1}
    ]


def test_no_url_means_nothing_collected_and_nothing_recorded() -> None:
    for config in (None, CollectConfig(), CollectConfig(sccm_account=ACCOUNT)):
        errors = ErrorSink()
        assert SccmCollector(config).collect(make_env(Path("/nonexistent")), errors) == {}
        assert len(errors) == 0


def test_no_keyring_with_an_account_collects_nothing(serve: Fakes) -> None:
    fake = serve()

    def no_keyring(name: str) -> str | None:
        raise SecretsUnavailable("No system keyring is available")

    settings = CollectConfig(sccm_url=fake.url, sccm_account=ACCOUNT)
    errors = ErrorSink()
    values = SccmCollector(settings, load_secret=no_keyring).collect(
        make_env(Path("/nonexistent")), errors
    )
    assert values == {} and fake.seen == []
    assert errors.as_report() == [{"collector": "sccm", "code": "unavailable", "count": 1}]
    assert errors.details == [f"sccm: unavailable: {NO_KEYRING}"]


def test_check_connection_reports_the_site_version(serve: Fakes) -> None:
    fake = serve()
    settings = CollectConfig(sccm_url=fake.url, sccm_account=ACCOUNT)
    result = check_connection(settings, load_secret=password)
    assert result.ok and result.site_version == "5.00.9128.1000"
    assert result.message == "connected to the AdminService (site version 5.00.9128.1000)"
    wrong = check_connection(settings, load_secret=lambda name: "nope")
    assert not wrong.ok and "refused the sign-in" in wrong.message


def test_the_collector_is_registered_with_the_configuration() -> None:
    config = CollectConfig(sccm_url="https://cm01.example/AdminService")
    found = [c for c in all_collectors(config) if c.name == "sccm"]
    assert len(found) == 1 and isinstance(found[0], SccmCollector)
    assert found[0].config is config
    assert found[0].categories == frozenset(CATEGORIES)


def test_the_software_cap_matches_the_catalog_and_counts_what_was_cut() -> None:
    assert load_catalog().fields["sccm_deployments.software.items"].max_items == MAX_SOFTWARE
    many = [Software(f"App {n:05}", "Maker", "1.0") for n in range(MAX_SOFTWARE + 7)]
    found = Found(applications=many, packages=[many[0]])
    values = software_fields(found)
    items = values["sccm_deployments.software.items"]
    assert isinstance(items, list) and len(items) == MAX_SOFTWARE
    assert items[0] == {"manufacturer": "Maker", "name": "App 00000", "version": "1.0"}
    assert values["sccm_deployments.software.count"] == MAX_SOFTWARE + 7
    assert values["sccm_deployments.software.omitted"] == 7


def test_software_text_loses_paths_servers_accounts_and_odd_versions() -> None:
    found = Found(
        applications=[
            Software("Tool \\\\fs01\\share\\x.msi", "CORP\\someone", "1.0/beta"),
            Software("CM01 helper", "cm01.corp.example", "2.0"),
            Software("   ", "Nobody", "1"),
            Software("Jdoe scripts", "Microsoft Corp", "x" * 600),
        ],
        packages=[],
        host_names={"cm01.corp.example", "CM01"},
        user_names={"jdoe"},
    )
    items = software_fields(found)["sccm_deployments.software.items"]
    assert items == [
        {"manufacturer": "[host]", "name": "[host] helper", "version": "2.0"},
        {"manufacturer": "Microsoft Corp", "name": "[user] scripts", "version": "x" * 200},
        {"manufacturer": "[path]", "name": "Tool [path]", "version": ""},
    ]


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Microsoft Windows NT Workstation 10.0", "windows_workstation"),
        ("Microsoft Windows NT Workstation 10.0 (Tablet Edition)", "windows_workstation"),
        ("Microsoft Windows NT Server 10.0", "windows_server"),
        ("Microsoft Windows NT Advanced Server 6.3", "windows_server"),
        ("Mac OS X 13.6", "macos"),
        ("macOS 14.1", "macos"),
        ("Linux Ubuntu 22.04", "linux"),
        ("Unix AIX 7.2", "other"),
        ("", "unknown"),
        (None, "unknown"),
    ],
)
def test_os_families(text: str | None, family: str) -> None:
    assert os_family(text) == family


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("5.00.9128.1007", "5.00.9128"),
        ("5.00.8790.1025", "5.00.8790"),
        ("", "none"),
        (None, "none"),
        ("garbage", "other"),
    ],
)
def test_client_versions(text: str | None, bucket: str) -> None:
    assert client_version(text) == bucket


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("SMS Distribution Point", "distribution_point"),
        ("Distribution point", "distribution_point"),
        ("SMS SRS Reporting Point", "reporting_point"),
        ("Reporting services point", "reporting_point"),
        ("SMS SQL Server", "sql_server"),
        ("SQL Server", "sql_server"),
        ("Site server", "site_server"),
        ("SMS  Management   Point", "management_point"),
        ("SMS Dmp Connector", "service_connection_point"),
        ("Something New", "other"),
        (None, "other"),
    ],
)
def test_role_names(name: str | None, kind: str) -> None:
    assert role_kind(name) == kind


def test_role_and_enum_vocabularies_match_the_catalog() -> None:
    from cep_gui.collectors.sccm.deploy import FEATURE_VALUES, INTENT_VALUES
    from cep_gui.collectors.sccm.infra import FEATURE_STATES, OS_FAMILIES, ROLE_VALUES

    fields = load_catalog().fields
    assert set(fields["sccm_infrastructure.roles.counts"].values) == set(ROLE_VALUES)
    assert set(fields["sccm_infrastructure.clients.by_os_family"].values) == set(OS_FAMILIES)
    assert set(fields["sccm_infrastructure.features.by_state"].values) == set(FEATURE_STATES)
    assert set(fields["sccm_deployments.deployments.by_feature"].values) == set(FEATURE_VALUES)
    assert set(fields["sccm_deployments.deployments.by_intent"].values) == set(INTENT_VALUES)
