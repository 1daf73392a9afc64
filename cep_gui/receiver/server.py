"""The reference receiver's HTTP side, on the standard library.

It trusts nothing in a request: sizes are checked before reading, gzip is
inflated with a hard output limit, JSON is only parsed (never evaluated), and
every failure becomes an HTTP error answer instead of a crash.
"""

from __future__ import annotations

import collections
import json
import threading
import time
import uuid
import zlib
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from cep_gui.receiver.storage import ReceiverDB

MAX_REPORT_BYTES = 1024 * 1024
MAX_BODY_BYTES = MAX_REPORT_BYTES + 64 * 1024  # compressed bodies are smaller, never larger
REQUEST_TIMEOUT = 10.0


class RequestError(Exception):
    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class RateLimiter:
    """At most ``limit`` accepted requests in any 60-second window."""

    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self._times: collections.deque[float] = collections.deque()
        self._lock = threading.Lock()

    def retry_after(self) -> int | None:
        """Seconds to wait when over the limit; None when the request may go ahead."""
        if not self.limit:
            return None
        now = time.monotonic()
        with self._lock:
            while self._times and now - self._times[0] >= 60:
                self._times.popleft()
            if len(self._times) >= self.limit:
                return max(1, int(60 - (now - self._times[0])) + 1)
            self._times.append(now)
        return None


class ReceiverServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self, host: str, port: int, db_path: Path, *, max_per_minute: int | None = None
    ) -> None:
        self.db = ReceiverDB(db_path)
        self.limiter = RateLimiter(max_per_minute)
        #: Requests seen, answered or not (for tests and the fleet simulation).
        self.requests = 0
        super().__init__((host, port), ReceiverHandler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        name = host.decode("ascii") if isinstance(host, bytes) else str(host)
        return f"http://{name}:{port}"

    def start_in_thread(self) -> threading.Thread:
        thread = threading.Thread(target=self.serve_forever, name="receiver", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        self.db.close()


class ReceiverHandler(BaseHTTPRequestHandler):
    server: ReceiverServer
    protocol_version = "HTTP/1.1"
    server_version = "cep-receiver/1"
    timeout = REQUEST_TIMEOUT

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet by default: a receiver log would only repeat what the database holds."""

    def do_GET(self) -> None:
        if self.path == "/v1/health":
            self._answer(HTTPStatus.OK, {"ok": True})
        else:
            self._answer(HTTPStatus.NOT_FOUND, {"error": "not found"})

    def do_POST(self) -> None:
        self.server.requests += 1
        try:
            routes = {"/v1/reports": self._report, "/v1/deletion-requests": self._deletion}
            route = routes.get(self.path.split("?", 1)[0])
            if route is None:
                raise RequestError(HTTPStatus.NOT_FOUND, "not found")
            body = self._read_body()
            wait = self.server.limiter.retry_after()
            if wait is not None:
                self._answer(
                    HTTPStatus.TOO_MANY_REQUESTS,
                    {"error": "too many requests"},
                    {"Retry-After": str(wait)},
                )
                return
            status, answer = route(body)
            self._answer(status, answer)
        except RequestError as exc:
            self._answer(exc.status, {"error": exc.message})
        except Exception:
            self._answer(HTTPStatus.INTERNAL_SERVER_ERROR, {"error": "internal error"})

    # -- request parts ---------------------------------------------------------------

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            raise RequestError(HTTPStatus.LENGTH_REQUIRED, "send a Content-Length, not chunks")
        length_text = self.headers.get("Content-Length")
        if length_text is None or not length_text.isdigit():
            self.close_connection = True
            raise RequestError(HTTPStatus.LENGTH_REQUIRED, "Content-Length is required")
        length = int(length_text)
        if length > MAX_BODY_BYTES:
            self.close_connection = True  # the body is not read: the connection is unusable
            raise RequestError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "the request is too large")
        body = self.rfile.read(length)
        if len(body) != length:
            self.close_connection = True
            raise RequestError(HTTPStatus.BAD_REQUEST, "the request body was cut short")
        return body

    def _document(self, body: bytes, *, gzip_required: bool) -> Any:
        encoding = (self.headers.get("Content-Encoding") or "identity").strip().lower()
        if encoding == "gzip":
            body = inflate(body)
        elif gzip_required or encoding != "identity":
            raise RequestError(HTTPStatus.BAD_REQUEST, "the body must be gzip-compressed")
        if len(body) > MAX_REPORT_BYTES:
            raise RequestError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "the report is over 1 MiB")
        try:
            return json.loads(body.decode("utf-8")), body
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise RequestError(HTTPStatus.BAD_REQUEST, f"the body is not JSON: {exc}") from exc

    def _report(self, body: bytes) -> tuple[HTTPStatus, dict[str, Any]]:
        doc, raw = self._document(body, gzip_required=True)
        if not isinstance(doc, dict):
            raise RequestError(HTTPStatus.UNPROCESSABLE_ENTITY, "a report is a JSON object")
        if doc.get("schema_version") != 1:
            raise RequestError(HTTPStatus.UNPROCESSABLE_ENTITY, "unsupported schema_version")
        report_id = _uuid(doc.get("report_id"), "report_id")
        installation_id = _uuid(doc.get("installation_id"), "installation_id")
        if not isinstance(doc.get("sections"), dict):
            raise RequestError(HTTPStatus.UNPROCESSABLE_ENTITY, "sections must be an object")
        if (self.headers.get("Idempotency-Key") or "").strip().lower() != report_id:
            raise RequestError(
                HTTPStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key must equal the report_id"
            )
        receipt = self.server.db.store(report_id, installation_id, raw)
        if receipt is None:
            return HTTPStatus.CONFLICT, {"error": "this report was already received"}
        return HTTPStatus.ACCEPTED, {"receipt": receipt}

    def _deletion(self, body: bytes) -> tuple[HTTPStatus, dict[str, Any]]:
        doc, _ = self._document(body, gzip_required=False)
        if not isinstance(doc, dict):
            raise RequestError(HTTPStatus.UNPROCESSABLE_ENTITY, "a request is a JSON object")
        installation_id = _uuid(doc.get("installation_id"), "installation_id")
        deleted = self.server.db.delete_installation(installation_id)
        return HTTPStatus.ACCEPTED, {"deleted": deleted}

    def _answer(
        self, status: HTTPStatus, body: dict[str, Any], headers: dict[str, str] | None = None
    ) -> None:
        data = json.dumps(body).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            self.close_connection = True  # the client went away; nothing to tell it


def inflate(body: bytes) -> bytes:
    """Gunzip with a hard limit, so a small bomb cannot fill the memory."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(body, MAX_REPORT_BYTES + 1)
    except zlib.error as exc:
        raise RequestError(HTTPStatus.BAD_REQUEST, f"malformed gzip data: {exc}") from exc
    if len(data) > MAX_REPORT_BYTES or inflater.unconsumed_tail:
        raise RequestError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "the report is over 1 MiB")
    if not inflater.eof:
        raise RequestError(HTTPStatus.BAD_REQUEST, "malformed gzip data: truncated")
    return data


def _uuid(value: object, name: str) -> str:
    try:
        return str(uuid.UUID(str(value))) if isinstance(value, str) else _bad(name)
    except ValueError:
        return _bad(name)


def _bad(name: str) -> str:
    raise RequestError(HTTPStatus.UNPROCESSABLE_ENTITY, f"{name} must be a UUID")
