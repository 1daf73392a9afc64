"""A fake Configuration Manager AdminService on 127.0.0.1, shaped like the real one.

It answers ``/AdminService/wmi/<Class>`` and ``/AdminService/v1.0/<Class>`` with OData
documents (``@odata.context``, ``value[]``, ``@odata.nextLink`` pages), adds the WMI
system properties (``__CLASS``, ``__PATH``, ``__SERVER`` ...) the WMI route carries,
leaves lazy properties out of lists, honours ``$select`` (and refuses unknown
properties, as OData does), and signs users in with real NTLM/Negotiate (pyspnego's
acceptor, with channel binding over HTTPS). It can also misbehave on purpose:
stall, send garbage or truncated JSON, stream a huge answer, point a next link at
another host, or answer with any status.

The site data is full of canaries (server, site code, domain, user, collection,
device, UNC path, addresses) in the properties a privacy-respecting client never
selects: they must never reach a report.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import ssl
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.helpers.tls import ServerCertificate

SERVER = "CANARY-SRV01"
SITE_CODE = "CN9"
DOMAIN = "CANARYDOM"
USER = "canary.admin"
PASSWORD = "Canary-Secr3t!pw"
ACCOUNT = f"{DOMAIN}\\{USER}"
COLLECTION = "Canary Collection Of Laptops"
DEVICE = "CANARY-PC-0042"
UNC = "\\\\canary-fs.canarydom.example\\pkgsrc$\\apps"
IP = "10.99.88.77"
MAC = "00:CA:FE:00:BE:EF"
#: Strings that must never appear in a report, in any case.
CANARIES = (
    SERVER,
    SITE_CODE,
    DOMAIN,
    USER,
    PASSWORD,
    COLLECTION,
    DEVICE,
    "canary-fs",
    IP,
    MAC,
    "Canary Site Name",
    "C:\\Program Files\\Microsoft Configuration Manager",
)

NAMESPACE = f"root\\sms\\site_{SITE_CODE}"
Instance = dict[str, Any]


@dataclass(frozen=True)
class WmiClass:
    key: str
    instances: list[Instance]
    lazy: frozenset[str] = frozenset()


def sample_site() -> dict[str, WmiClass]:
    """A CAS with two primaries and a secondary; the AdminService is the CAS's."""

    def site(code: str, type_: int, version: str, build: int, parent: str) -> Instance:
        return {
            "SiteCode": code,
            "Type": type_,
            "Version": version,
            "BuildNumber": build,
            "ServerName": f"{SERVER}.canarydom.example" if code == SITE_CODE else f"{code}-SRV",
            "SiteName": "Canary Site Name",
            "ReportingSiteCode": parent,
            "Status": 1,
            "Mode": 0,
            "InstallDir": "C:\\Program Files\\Microsoft Configuration Manager",
            "TimeZoneInfo": "000001E0 0000 0003 0005 0002 0000 0000 0000 0000",
        }

    sites = [
        site(SITE_CODE, 4, "5.00.9128.1000", 9128, ""),
        site("PR1", 2, "5.00.9128.1000", 9128, SITE_CODE),
        site("PR2", 2, "5.00.9122.1000", 9122, SITE_CODE),
        site("SE1", 1, "5.00.9122.1000", 9122, "PR1"),
    ]
    roles = [
        ("SMS Site Server", 1),
        ("SMS SQL Server", 1),
        ("SMS Provider", 1),
        ("SMS Management Point", 2),
        ("SMS Distribution Point", 3),
        ("SMS Software Update Point", 1),
        ("SMS SRS Reporting Point", 1),
        ("SMS Component Server", 2),
        ("SMS Site System", 3),
        ("SMS Dmp Connector", 1),
        ("SMS Quantum Flux Point", 1),
    ]
    sysres = [
        {
            "RoleName": name,
            "SiteCode": SITE_CODE,
            "ItemName": f'["Display=\\\\{SERVER}\\"]',
            "NALPath": f'["Display=\\\\{SERVER}\\"]MSWNET:["SMS_SITE={SITE_CODE}"]\\\\{SERVER}\\',
            "NetworkOSPath": f"\\\\{SERVER}.canarydom.example",
            "Props": [{"PropertyName": "Server Remote Name", "Value1": SERVER}],
        }
        for name, count in roles
        for _ in range(count)
    ]
    devices = []
    os_versions = [
        ("Microsoft Windows NT Workstation 10.0", "5.00.9128.1007"),
        ("Microsoft Windows NT Workstation 10.0", "5.00.9128.1007"),
        ("Microsoft Windows NT Workstation 10.0 (Tablet Edition)", "5.00.9122.1012"),
        ("Microsoft Windows NT Server 10.0", "5.00.9128.1007"),
        ("Microsoft Windows NT Advanced Server 10.0", "5.00.9122.1012"),
        ("Mac OS X 13.6", None),
        ("Linux Ubuntu 22.04", None),
        (None, None),
    ]
    for number, (os_name, client) in enumerate(os_versions):
        devices.append(
            {
                "ResourceId": 16777220 + number,
                "Name": f"{DEVICE}-{number}",
                "NetbiosName": DEVICE,
                "OperatingSystemNameandVersion": os_name,
                "ClientVersion": client,
                "IPAddresses": [IP],
                "MACAddresses": [MAC],
                "LastLogonUserName": USER,
                "LastLogonUserDomain": DOMAIN,
                "ResourceDomainORWorkgroup": DOMAIN,
                "Client": 1 if client else None,
                "SMSAssignedSites": [SITE_CODE],
            }
        )
    apps = [
        _app(1, "Mozilla Firefox ESR", "Mozilla", "128.5.0", latest=True),
        _app(2, "Mozilla Firefox ESR", "Mozilla", "115.0", latest=False),
        _app(3, "7-Zip", "Igor Pavlov", "24.08", latest=True),
        _app(4, "Notepad++", "Notepad++ Team", "8.7.1", latest=True),
        _app(5, f"{SERVER} Admin Tools", "Contoso IT", "1.0", latest=True),
        _app(6, f"Helper for {USER}", "Contoso IT", "2.1", latest=True),
        _app(7, "7-Zip", "Igor Pavlov", "24.08", latest=True),  # same software, other object
    ]
    packages = [
        _package(1, "Configuration Manager Client Package", "Microsoft Corporation", ""),
        _package(
            2, "User State Migration Tool for Windows", "Microsoft Corporation", "10.0.26100.1"
        ),
        _package(3, f"Installer from {UNC} share", "Contoso IT", "3.0"),
    ]
    deployments = [
        _deployment(1, 1, 1),
        _deployment(2, 1, 2),
        _deployment(3, 1, 2),
        _deployment(4, 5, 1),
        _deployment(5, 7, 2),
        _deployment(6, 6, 1),
        _deployment(7, 2, 3),
        _deployment(8, 99, 9),
    ]
    return {
        "SMS_Site": WmiClass("SiteCode", sites),
        "SMS_SCI_SysResUse": WmiClass("ItemName", sysres),
        "SMS_BoundaryGroup": WmiClass(
            "GroupID",
            [
                {
                    "GroupID": n,
                    "Name": f"{COLLECTION} boundary {n}",
                    "CreatedBy": ACCOUNT,
                    "DefaultSiteCode": SITE_CODE,
                    "SiteSystemCount": 1,
                }
                for n in range(1, 6)
            ],
        ),
        "SMS_R_System": WmiClass("ResourceId", devices),
        "SMS_CM_UpdateFeatures": WmiClass(
            "FeatureGuid",
            [
                {
                    "FeatureGuid": f"{{0000000{n}-0000-0000-0000-000000000000}}",
                    "Name": f"Feature {n}",
                    "Status": status,
                    "Exposed": 1,
                    "FeatureType": 1,
                    "Description": "x",
                    "EULA": "y",
                }
                for n, status in enumerate([1, 1, 1, 0, 0, 2])
            ],
            lazy=frozenset({"EULA"}),
        ),
        "SMS_Application": WmiClass("CI_ID", apps, lazy=frozenset({"SDMPackageXML"})),
        "SMS_Package": WmiClass("PackageID", packages, lazy=frozenset({"ExtendedData"})),
        "SMS_ConfigurationBaselineInfo": WmiClass(
            "CI_ID",
            [_ci(10, True), _ci(11, True), _ci(12, False)],
            lazy=frozenset({"SDMPackageXML"}),
        ),
        "SMS_ConfigurationItem": WmiClass(
            "CI_ID",
            [_ci(20, True), _ci(21, False), _ci(22, True), _ci(23, True)],
            lazy=frozenset({"SDMPackageXML"}),
        ),
        "SMS_AuthorizationList": WmiClass("CI_ID", [_ci(30, True), _ci(31, True)]),
        "SMS_TaskSequencePackage": WmiClass(
            "PackageID",
            [
                {
                    "PackageID": f"{SITE_CODE}000{n}",
                    "Name": f"Deploy to {DEVICE}",
                    "PackageType": 4,
                    "Type": 2,
                    "PkgSourcePath": UNC,
                    "Sequence": "<sequence/>",
                }
                for n in range(3)
            ],
            lazy=frozenset({"Type", "Sequence", "References"}),
        ),
        "SMS_DeploymentSummary": WmiClass("DeploymentID", deployments),
    }


#: The report's ``sccm`` section for :func:`sample_site`, by category.
EXPECTED: dict[str, Any] = {
    "sccm_infrastructure": {
        "site": {"version": "5.00.9128.1000", "build": 9128, "type": "cas"},
        "sites": {"count": 4, "by_type": {"cas": 1, "primary": 2, "secondary": 1}},
        "roles": {
            "counts": {
                "component_server": 2,
                "distribution_point": 3,
                "management_point": 2,
                "other": 1,
                "provider": 1,
                "reporting_point": 1,
                "service_connection_point": 1,
                "site_server": 1,
                "site_system": 3,
                "software_update_point": 1,
                "sql_server": 1,
            }
        },
        "distribution_points": {"count": 3},
        "boundary_groups": {"count": 5},
        "clients": {
            "by_os_family": {
                "linux": 1,
                "macos": 1,
                "unknown": 1,
                "windows_server": 2,
                "windows_workstation": 3,
            },
            "by_version": {"5.00.9122": 2, "5.00.9128": 3, "none": 3},
        },
        "features": {"by_state": {"disabled": 2, "enabled": 3, "other": 1}},
    },
    "sccm_deployments": {
        "applications": {"count": 6},
        "packages": {"count": 3},
        "baselines": {"count": 2},
        "configuration_items": {"count": 3},
        "update_groups": {"count": 2},
        "task_sequences": {"count": 3},
        "deployments": {
            "by_feature": {
                "application": 3,
                "baseline": 1,
                "other": 1,
                "program": 1,
                "software_update": 1,
                "task_sequence": 1,
            },
            "by_intent": {"available": 3, "other": 1, "required": 3, "simulate": 1},
        },
        "software": {
            "items": [
                {"manufacturer": "Igor Pavlov", "name": "7-Zip", "version": "24.08"},
                {"manufacturer": "Contoso IT", "name": "[host] Admin Tools", "version": "1.0"},
                {
                    "manufacturer": "Microsoft Corporation",
                    "name": "Configuration Manager Client Package",
                    "version": "",
                },
                {"manufacturer": "Contoso IT", "name": "Helper for [user]", "version": "2.1"},
                {
                    "manufacturer": "Contoso IT",
                    "name": "Installer from [path] share",
                    "version": "3.0",
                },
                {"manufacturer": "Mozilla", "name": "Mozilla Firefox ESR", "version": "128.5.0"},
                {"manufacturer": "Notepad++ Team", "name": "Notepad++", "version": "8.7.1"},
                {
                    "manufacturer": "Microsoft Corporation",
                    "name": "User State Migration Tool for Windows",
                    "version": "10.0.26100.1",
                },
            ],
            "count": 8,
            "omitted": 0,
        },
    },
}
#: Both categories together, as the report's ``sccm`` section holds them.
EXPECTED_SECTION: dict[str, Any] = EXPECTED["sccm_infrastructure"] | EXPECTED["sccm_deployments"]


def _app(n: int, name: str, maker: str, version: str, *, latest: bool) -> Instance:
    return {
        "CI_ID": 16800000 + n,
        "CI_UniqueID": f"ScopeId_{SITE_CODE}/Application_{n}/1",
        "LocalizedDisplayName": name,
        "Manufacturer": maker,
        "SoftwareVersion": version,
        "IsLatest": latest,
        "IsDeployed": True,
        "CreatedBy": ACCOUNT,
        "LastModifiedBy": ACCOUNT,
        "SourceSite": SITE_CODE,
        "SDMPackageXML": f"<AppMgmtDigest>{UNC}</AppMgmtDigest>",
        "NumberOfDeployments": 1,
        "NumberOfDevicesWithApp": 12,
    }


def _package(n: int, name: str, maker: str, version: str) -> Instance:
    return {
        "PackageID": f"{SITE_CODE}0000{n}",
        "Name": name,
        "Manufacturer": maker,
        "Version": version,
        "PkgSourcePath": UNC,
        "SourceSite": SITE_CODE,
        "PackageType": 0,
        "ExtendedData": [1, 2],
        "Description": f"made by {ACCOUNT} on {SERVER}",
    }


def _ci(n: int, latest: bool) -> Instance:
    return {
        "CI_ID": n,
        "IsLatest": latest,
        "LocalizedDisplayName": f"{COLLECTION} policy {n}",
        "CreatedBy": ACCOUNT,
        "LastModifiedBy": ACCOUNT,
        "SDMPackageXML": "<x/>",
    }


def _deployment(n: int, feature: int, intent: int) -> Instance:
    return {
        "DeploymentID": f"{{00000000-0000-0000-0000-00000000000{n}}}",
        "FeatureType": feature,
        "DeploymentIntent": intent,
        "CollectionID": f"{SITE_CODE}00012",
        "CollectionName": COLLECTION,
        "SoftwareName": f"Software {n}",
        "ProgramName": "Install",
        "NumberTargeted": 40,
        "NumberSuccess": 38,
    }


@dataclass
class Seen:
    """One request as the fake received it."""

    path: str
    query: dict[str, str]
    host: str
    signed_in: bool


@dataclass
class Behaviour:
    """Ways to misbehave, by class name (``*`` for every class)."""

    page_size: int = 3
    stall: float = 0.0
    status: dict[str, int] = field(default_factory=dict)
    garbage: set[str] = field(default_factory=set)
    truncated: set[str] = field(default_factory=set)
    #: Class → bytes to stream with no Content-Length (chunked), or with a declared one.
    huge: dict[str, int] = field(default_factory=dict)
    huge_declared: set[str] = field(default_factory=set)
    foreign_next_link: set[str] = field(default_factory=set)
    #: What WWW-Authenticate offers (None: Negotiate and NTLM, as IIS and HTTP.sys do).
    offer: list[str] | None = None


class FakeAdminService:
    def __init__(
        self,
        data: dict[str, WmiClass] | None = None,
        *,
        account: tuple[str, str, str] | None = (DOMAIN, USER, PASSWORD),
        user_file: Path | None = None,
        certificate: ServerCertificate | None = None,
        behaviour: Behaviour | None = None,
    ) -> None:
        self.data = data if data is not None else sample_site()
        self.account = account
        self.behaviour = behaviour or Behaviour()
        self.certificate = certificate
        self.seen: list[Seen] = []
        self.failed_sign_ins = 0
        #: Every Authorization header received (to prove no log or message repeats one).
        self.tokens: list[str] = []
        self.bytes_streamed = 0
        self.stopping = threading.Event()
        self._user_file = user_file
        self._old_user_file: str | None = None
        self._tls: ssl.SSLContext | None = None
        if certificate is not None:
            self._tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            self._tls.load_cert_chain(certificate.cert_file, certificate.key_file)
        self._server = _Server(("127.0.0.1", 0), _Handler, self)
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def origin(self) -> str:
        scheme = "https" if self.certificate else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.origin}/AdminService"

    def start(self) -> FakeAdminService:
        if self.account is not None:
            # pyspnego's NTLM acceptor reads its accounts from this file.
            path = self._user_file or Path(os.environ.get("TMPDIR", "/tmp")) / "cep-ntlm-users"
            domain, user, password = self.account
            path.write_text(f"{domain}:{user}:{password}\n", encoding="utf-8")
            self._old_user_file = os.environ.get("NTLM_USER_FILE")
            os.environ["NTLM_USER_FILE"] = str(path)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        if self.account is not None:
            if self._old_user_file is None:
                os.environ.pop("NTLM_USER_FILE", None)
            else:
                os.environ["NTLM_USER_FILE"] = self._old_user_file

    def __enter__(self) -> FakeAdminService:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def data_requests(self) -> list[Seen]:
        return [s for s in self.seen if s.signed_in]

    # -- answers -----------------------------------------------------------------------

    def page(self, route: str, cls: str, query: dict[str, str]) -> tuple[int, Instance]:
        wmi = self.data.get(cls)
        if wmi is None:
            return 404, {"error": {"code": "NotFound", "message": f"{cls} not found"}}
        known = set(wmi.lazy).union(*(i.keys() for i in wmi.instances))
        select = [s for s in query.get("$select", "").split(",") if s]
        unknown = [s for s in select if s not in known]
        if unknown:
            return 400, {"error": {"code": "BadRequest", "message": f"unknown {unknown}"}}
        skip = int(query.get("$skip", "0") or 0)
        size = self.behaviour.page_size
        chunk = wmi.instances[skip : skip + size]
        value = [self._shape(route, cls, wmi, item, select) for item in chunk]
        context = f"{self.url}/{route}/$metadata#{cls}"
        document: Instance = {"@odata.context": context, "value": value}
        if skip + size < len(wmi.instances):
            origin = self.origin
            if cls in self.behaviour.foreign_next_link or "*" in self.behaviour.foreign_next_link:
                origin = origin.replace("127.0.0.1", "localhost")
            query_text = f"$select={','.join(select)}&$skip={skip + size}"
            document["@odata.nextLink"] = f"{origin}/AdminService/{route}/{cls}?{query_text}"
        return 200, document

    def _shape(
        self, route: str, cls: str, wmi: WmiClass, item: Instance, select: list[str]
    ) -> Instance:
        names = select or [k for k in item if k not in wmi.lazy]
        shaped: Instance = {k: item[k] for k in names if k in item and k not in wmi.lazy}
        if route != "wmi":
            return shaped
        relpath = f'{cls}.{wmi.key}="{item.get(wmi.key)}"'
        system: Instance = {
            "@odata.etag": hashlib.sha1(json.dumps(item, sort_keys=True).encode()).hexdigest(),
            "__GENUS": 2,
            "__CLASS": cls,
            "__SUPERCLASS": "SMS_BaseClass",
            "__DYNASTY": "SMS_BaseClass",
            "__RELPATH": relpath,
            "__PROPERTY_COUNT": len(item),
            "__DERIVATION": ["SMS_BaseClass"],
            "__SERVER": SERVER,
            "__NAMESPACE": NAMESPACE,
            "__PATH": f"\\\\{SERVER}\\{NAMESPACE}:{relpath}",
            "__LAZYPROPERTIES": sorted(wmi.lazy),
        }
        return {**system, **shaped}


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler: type[_Handler], fake: FakeAdminService):
        self.fake = fake
        super().__init__(address, handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that hang up on purpose (huge answers, failed TLS) are expected


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    server_version = "Microsoft-HTTPAPI/2.0"
    disable_nagle_algorithm = True
    timeout = 10

    def setup(self) -> None:
        tls = self.server.fake._tls
        if tls is not None:
            self.request = tls.wrap_socket(self.request, server_side=True)
        super().setup()
        self.signed_in = False
        self.context: Any = None

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        fake = self.server.fake
        parts = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        if not self._sign_in():
            fake.seen.append(Seen(parts.path, query, self.headers.get("Host", ""), False))
            return
        fake.seen.append(Seen(parts.path, query, self.headers.get("Host", ""), True))
        segments = parts.path.strip("/").split("/")
        routes = ("wmi", "v1.0")
        if len(segments) != 3 or segments[0] != "AdminService" or segments[1] not in routes:
            self._json(404, {"error": {"code": "NotFound", "message": "no such route"}})
            return
        route, cls = segments[1], segments[2]
        behaviour = fake.behaviour
        if behaviour.stall:
            fake.stopping.wait(behaviour.stall)
        for rule, status in behaviour.status.items():
            if rule in (cls, "*"):
                self._json(status, {"error": {"code": str(status), "message": "configured"}})
                return
        if _matches(cls, behaviour.garbage):
            self._raw(200, b"<html><body>Service Unavailable</body></html>", "text/html")
            return
        if cls in behaviour.huge or "*" in behaviour.huge:
            self._stream_huge(behaviour.huge.get(cls, behaviour.huge.get("*", 0)), cls)
            return
        status, document = fake.page(route, cls, query)
        body = json.dumps(document).encode("utf-8")
        if _matches(cls, behaviour.truncated):
            body = body[: len(body) // 2]
        self._raw(status, body, "application/json; odata.metadata=minimal")

    # -- sign-in -------------------------------------------------------------------------

    def _sign_in(self) -> bool:
        fake = self.server.fake
        if fake.account is None or self.signed_in:
            return True
        offer = fake.behaviour.offer
        header = self.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if offer is not None or scheme.casefold() not in ("negotiate", "ntlm") or not token:
            self._challenge(offer or ["Negotiate", "NTLM"])
            return False
        fake.tokens.append(header)
        import spnego
        from spnego.channel_bindings import GssChannelBindings

        if self.context is None:
            bindings = None
            if fake.certificate is not None:
                digest = hashlib.sha256(fake.certificate.der).digest()
                bindings = GssChannelBindings(application_data=b"tls-server-end-point:" + digest)
            protocol = "ntlm" if scheme.casefold() == "ntlm" else "negotiate"
            self.context = spnego.server(protocol=protocol, channel_bindings=bindings)
        try:
            reply = self.context.step(base64.b64decode(token))
        except Exception:
            self.context = None
            fake.failed_sign_ins += 1
            self._challenge(["Negotiate", "NTLM"])
            return False
        if self.context.complete:
            self.signed_in = True
            return True
        self._challenge([f"{scheme} {base64.b64encode(reply or b'').decode()}"])
        return False

    def _challenge(self, offers: list[str]) -> None:
        body = b"<html><body>401 - Unauthorized</body></html>"
        self.send_response(401)
        for offer in offers:
            self.send_header("WWW-Authenticate", offer)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    # -- writing -------------------------------------------------------------------------

    def _json(self, status: int, document: Instance) -> None:
        self._raw(status, json.dumps(document).encode("utf-8"), "application/json")

    def _raw(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _stream_huge(self, total: int, cls: str) -> None:
        """A valid-looking OData answer that goes on and on."""
        fake = self.server.fake
        declared = cls in fake.behaviour.huge_declared or "*" in fake.behaviour.huge_declared
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        if declared:
            self.send_header("Content-Length", str(total))
        else:
            self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        item = json.dumps({"__CLASS": cls, "Padding": "x" * 900}).encode() + b","
        chunk = b'{"value":[' + item * 64
        try:
            for piece in _pieces(chunk, item * 64, total):
                if declared:
                    self.wfile.write(piece)
                else:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                fake.bytes_streamed += len(piece)
                if fake.stopping.is_set():
                    break
            if not declared:
                self.wfile.write(b"0\r\n\r\n")
        except OSError:
            pass  # the client hung up, as it should
        self.close_connection = True


def _pieces(first: bytes, more: bytes, total: int) -> Iterator[bytes]:
    sent = 0
    piece = first
    while sent < total:
        piece = piece[: total - sent]
        yield piece
        sent += len(piece)
        piece = more
        time.sleep(0)


def _matches(cls: str, rules: set[str]) -> bool:
    return cls in rules or "*" in rules


class Fakes:
    """Starts fakes for one test (NTLM accounts in its temp folder) and stops them all."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.started: list[FakeAdminService] = []

    def __call__(
        self,
        data: dict[str, WmiClass] | None = None,
        *,
        account: tuple[str, str, str] | None = (DOMAIN, USER, PASSWORD),
        certificate: ServerCertificate | None = None,
        behaviour: Behaviour | None = None,
    ) -> FakeAdminService:
        fake = FakeAdminService(
            data,
            account=account,
            user_file=self.directory / "ntlm-users",
            certificate=certificate,
            behaviour=behaviour,
        )
        self.started.append(fake.start())
        return fake

    def stop(self) -> None:
        for fake in reversed(self.started):
            fake.stop()
