"""The receiver's ASGI application (Starlette): routes, limits, answers, metrics, logs.

``POST /v1/reports``            a gzip report; 202 with a receipt, 409 for a known id
``POST /v1/deletion-requests``  an installation id and its deletion key; 202 ``deleted``
``GET /healthz``                200 when the database answers, else 503
``GET /metrics``                Prometheus text format

Every refusal is a JSON ``{"error": ..., "code": ...}`` with the status the client's
rules expect; a refusal that leaves the body unread also closes the connection, so
bytes of a refused body can never be taken for another request.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from http import HTTPStatus

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send

from cep_gui.receiver.errors import RequestError
from cep_gui.receiver.inflate import SingleMemberInflater
from cep_gui.receiver.limits import (
    MAX_BODY_BYTES,
    MAX_DELETION_BYTES,
    MAX_HEADER_BYTES,
    MAX_REPORT_BYTES,
    Limits,
    MemoryBudget,
    RateLimiter,
)
from cep_gui.receiver.logs import LOGGER
from cep_gui.receiver.metrics import CONTENT_TYPE, Metrics
from cep_gui.receiver.storage import (
    DeletionOutcome,
    Storage,
    StorageUnavailable,
    StoreOutcome,
    StoreResult,
    UnstorableReport,
)
from cep_gui.receiver.validation import ValidDeletion, check_deletion, check_report

log = logging.getLogger(LOGGER)

_ROUTES = {
    "/v1/reports": "reports",
    "/v1/deletion-requests": "deletion_requests",
    "/healthz": "health",
    "/v1/health": "health",
    "/metrics": "metrics",
}
_UNLIMITED = frozenset({"health", "metrics"})
_CODE = "cep.code"  # the error code of the answer, kept in the scope for logs and metrics

_STORE_ANSWERS: dict[StoreOutcome, tuple[HTTPStatus, str]] = {
    StoreOutcome.ALREADY_RECEIVED: (HTTPStatus.CONFLICT, "this report was already received"),
    StoreOutcome.REPORT_ID_CONFLICT: (
        HTTPStatus.CONFLICT,
        "another report with this report_id was already received",
    ),
    StoreOutcome.INSTALLATION_KEY_MISMATCH: (
        HTTPStatus.FORBIDDEN,
        "this installation's reports carry another deletion key",
    ),
    StoreOutcome.INSTALLATION_DELETED: (
        HTTPStatus.UNPROCESSABLE_ENTITY,
        "this installation asked for its reports to be deleted and files no more",
    ),
}


@dataclass
class _HeldBody:
    """A request body in memory, charged to the worker's budget until released."""

    #: Grown in place: joining chunks at the end would hold every body twice for a moment.
    data: bytearray
    #: The body as it came (for gzip, the compressed member; else the same as ``data``).
    wire: bytearray
    size: int
    budget: MemoryBudget

    def release(self) -> None:
        self.budget.give_back(self.size)
        self.size = 0


class ReceiverApp:
    """The outer ASGI callable: counts, limits concurrency, logs; Starlette routes."""

    def __init__(self, storage: Storage, limits: Limits, metrics: Metrics, engine: str) -> None:
        self.storage = storage
        self.limits = limits
        self.metrics = metrics
        self.engine = engine
        self.budget = MemoryBudget(limits.body_memory)
        self.rate = RateLimiter(limits.max_per_minute)
        #: Requests seen, answered or not (for tests and operators).
        self.requests = 0
        self.in_flight = 0
        self.starlette = Starlette(
            routes=[
                Route("/v1/reports", self.post_report, methods=["POST"]),
                Route("/v1/deletion-requests", self.post_deletion, methods=["POST"]),
                Route("/healthz", self.health, methods=["GET"]),
                Route("/v1/health", self.health, methods=["GET"]),
                Route("/metrics", self.metrics_page, methods=["GET"]),
            ],
            exception_handlers={HTTPException: self._http_exception},
            lifespan=self._lifespan,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.starlette(scope, receive, send)
            return
        self.requests += 1
        route = _ROUTES.get(scope["path"], "other")
        started = time.perf_counter()
        status = 0

        async def watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        refusal: RequestError | None = None
        if sum(len(name) + len(value) + 4 for name, value in scope["headers"]) > MAX_HEADER_BYTES:
            # h11 bounds headers that arrive in pieces; this bounds those that come at once.
            refusal = RequestError(
                HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                "headers_too_large",
                f"the request headers are over {MAX_HEADER_BYTES // 1024} KiB",
                close=True,
            )
        elif route not in _UNLIMITED and self.in_flight >= self.limits.max_in_flight:
            refusal = RequestError(
                HTTPStatus.SERVICE_UNAVAILABLE,
                "overloaded",
                "the receiver is busy; try again later",
                close=True,
                retry_after=self.limits.busy_retry_after,
            )
        if refusal is not None:
            await self._refuse(scope, refusal)(scope, receive, watch)
        else:
            self.in_flight += 1
            self.metrics.in_flight.inc()
            try:
                await self.starlette(scope, receive, watch)
            finally:
                self.in_flight -= 1
                self.metrics.in_flight.dec()
        elapsed = time.perf_counter() - started
        self.metrics.requests.labels(route, str(status)).inc()
        self.metrics.duration.labels(route).observe(elapsed)
        # Refusals and errors at info, stored reports only at debug: a busy receiver
        # would spend a tenth of its time writing lines the metrics already count.
        level = logging.DEBUG if status < 400 else logging.INFO
        if not log.isEnabledFor(level):
            return
        log.log(
            level,
            "request",
            extra={
                "event": "request",
                "method": scope["method"],
                "route": route,
                "status": status,
                "code": scope.get(_CODE),
                "ms": round(elapsed * 1000, 2),
            },
        )

    @contextlib.asynccontextmanager
    async def _lifespan(self, _app: Starlette) -> AsyncIterator[None]:
        await self.storage.start()
        log.info("storage ready", extra={"event": "started", "engine": self.engine})
        try:
            yield
        finally:
            await self.storage.close()
            self.metrics.worker_exit()

    # -- routes ----------------------------------------------------------------------

    async def post_report(self, request: Request) -> Response:
        async def handle() -> Response:
            body = await self._read_body(
                request, max_body=MAX_BODY_BYTES, max_output=MAX_REPORT_BYTES, gzip_required=True
            )
            try:
                report = check_report(body.data, body.wire, request.headers.get("idempotency-key"))
                try:
                    result = await self.storage.store_report(report)
                except UnstorableReport as exc:
                    raise RequestError(
                        HTTPStatus.UNPROCESSABLE_ENTITY,
                        "unstorable_text",
                        f"the report cannot be stored: {exc}",
                    ) from exc
            finally:
                body.release()
            return self._store_answer(request, report.report_id, result)

        return await self._guarded(request, handle)

    async def post_deletion(self, request: Request) -> Response:
        async def handle() -> Response:
            body = await self._read_body(
                request, max_body=MAX_DELETION_BYTES, max_output=MAX_DELETION_BYTES,
                gzip_required=False,
            )  # fmt: skip
            try:
                deletion = check_deletion(body.data)
                document = bytes(body.data)
            finally:
                body.release()
            result = await self.storage.delete_installation(deletion)
            if result.outcome is DeletionOutcome.DELETION_KEY_MISMATCH:
                raise RequestError(
                    HTTPStatus.FORBIDDEN,
                    "deletion_key_mismatch",
                    "the deletion key does not match this installation's",
                )
            self.metrics.deleted.inc(result.deleted)
            answer = {"deleted": result.deleted, **await self.after_deletion(deletion, document)}
            return JSONResponse(answer, status_code=HTTPStatus.ACCEPTED)

        return await self._guarded(request, handle)

    async def after_deletion(self, deletion: ValidDeletion, document: bytes) -> dict[str, object]:
        """A hook for what else a deletion does (the relay passes it on); extra answer keys."""
        return {}

    async def health(self, request: Request) -> Response:
        try:
            await asyncio.wait_for(self.storage.check(), timeout=5)
        except Exception as exc:
            log.warning("health check failed", extra={"event": "unhealthy", "reason": str(exc)})
            return JSONResponse(
                {"ok": False, "engine": self.engine, "error": "the database does not answer"},
                status_code=HTTPStatus.SERVICE_UNAVAILABLE,
            )
        return JSONResponse({"ok": True, "engine": self.engine})

    async def metrics_page(self, request: Request) -> Response:
        return Response(self.metrics.exposition(), media_type=CONTENT_TYPE)

    # -- parts -----------------------------------------------------------------------

    async def _guarded(
        self, request: Request, handle: Callable[[], Awaitable[Response]]
    ) -> Response:
        try:
            wait = self.rate.retry_after()
            if wait is not None:
                raise RequestError(
                    HTTPStatus.TOO_MANY_REQUESTS, "rate_limited", "too many requests",
                    close=True, retry_after=wait,
                )  # fmt: skip
            return await handle()
        except RequestError as exc:
            return self._refuse(request.scope, exc)
        except StorageUnavailable as exc:
            log.warning("storage unavailable", extra={"event": "storage_unavailable",
                                                      "reason": str(exc)})  # fmt: skip
            return self._refuse(
                request.scope,
                RequestError(
                    HTTPStatus.SERVICE_UNAVAILABLE, "storage_unavailable",
                    "the database is busy; try again later",
                    retry_after=self.limits.busy_retry_after,
                ),
            )  # fmt: skip
        except ClientDisconnect:
            request.scope[_CODE] = "client_gone"
            return Response(status_code=HTTPStatus.BAD_REQUEST, headers={"Connection": "close"})
        except Exception:
            log.exception(
                "internal error", extra={"event": "internal_error", "route": request.url.path}
            )
            return self._refuse(
                request.scope,
                RequestError(
                    HTTPStatus.INTERNAL_SERVER_ERROR, "internal_error",
                    "the receiver had a problem; it was logged",
                ),
            )  # fmt: skip

    async def _read_body(
        self, request: Request, *, max_body: int, max_output: int, gzip_required: bool
    ) -> _HeldBody:
        headers = request.headers
        length_text = headers.get("content-length")
        if "transfer-encoding" in headers or length_text is None:
            raise RequestError(
                HTTPStatus.LENGTH_REQUIRED, "length_required",
                "send a Content-Length (chunked bodies are not taken)", close=True,
            )  # fmt: skip
        if not (length_text.isascii() and length_text.isdigit()):
            raise RequestError(
                HTTPStatus.BAD_REQUEST, "bad_length", "Content-Length must be digits", close=True
            )
        declared = int(length_text)
        if declared > max_body:
            raise RequestError(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "body_too_large",
                f"the body is over {max_body // 1024} KiB", close=True,
            )  # fmt: skip
        encoding = (headers.get("content-encoding") or "identity").strip().lower()
        if encoding not in ("gzip", "identity") or (gzip_required and encoding != "gzip"):
            raise RequestError(
                HTTPStatus.BAD_REQUEST, "not_gzip", "the body must be gzip-compressed", close=True
            )
        inflater = SingleMemberInflater(max_output) if encoding == "gzip" else None
        # The declared length (the body as received) is reserved before a byte is read,
        # so a body that cannot fit is refused at once; inflated bytes are charged as
        # they appear.
        if not self.budget.take(declared):
            raise _over_budget(self.limits)
        held = _HeldBody(bytearray(), bytearray(), declared, self.budget)
        try:
            async with asyncio.timeout(self.limits.body_timeout):
                async for chunk in request.stream():
                    if inflater is None:
                        if len(held.data) + len(chunk) > max_output:
                            raise RequestError(
                                HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "body_too_large",
                                "the body is too large", close=True,
                            )  # fmt: skip
                        held.data += chunk  # within the reserved declared length
                        continue
                    held.wire += chunk  # within the reserved declared length
                    data = inflater.feed(chunk)
                    if data:
                        if not self.budget.take(len(data)):
                            raise _over_budget(self.limits)
                        held.size += len(data)
                        held.data += data
            if inflater is not None:
                inflater.finish()
        except TimeoutError:
            held.release()
            raise RequestError(
                HTTPStatus.REQUEST_TIMEOUT, "body_timeout",
                "the body did not arrive in time", close=True,
            ) from None  # fmt: skip
        except BaseException:
            held.release()
            raise
        return held

    def _store_answer(self, request: Request, report_id: str, result: StoreResult) -> Response:
        if result.outcome is StoreOutcome.STORED:
            self.metrics.stored.inc()
            receipt = {"id": result.seq, "report_id": report_id, "received": result.received}
            return JSONResponse({"receipt": receipt}, status_code=HTTPStatus.ACCEPTED)
        status, message = _STORE_ANSWERS[result.outcome]
        return self._refuse(request.scope, RequestError(status, result.outcome.value, message))

    def _refuse(self, scope: Scope, error: RequestError) -> Response:
        scope[_CODE] = error.code
        self.metrics.rejected.labels(error.code).inc()
        headers: dict[str, str] = {}
        if error.retry_after is not None:
            headers["Retry-After"] = str(error.retry_after)
        if error.close:
            headers["Connection"] = "close"
        return JSONResponse(
            {"error": error.message, "code": error.code}, status_code=error.status, headers=headers
        )

    async def _http_exception(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        code = "method_not_allowed" if exc.status_code == 405 else "not_found"
        error = RequestError(HTTPStatus(exc.status_code), code, code.replace("_", " "), close=True)
        response = self._refuse(request.scope, error)
        if exc.headers:
            response.headers.update(exc.headers)
        return response


def _over_budget(limits: Limits) -> RequestError:
    return RequestError(
        HTTPStatus.SERVICE_UNAVAILABLE, "memory_budget", "the receiver is busy; try again later",
        close=True, retry_after=limits.busy_retry_after,
    )  # fmt: skip


def build_app(storage: Storage, limits: Limits, metrics: Metrics, engine: str) -> ReceiverApp:
    return ReceiverApp(storage, limits, metrics, engine)
