"""The relay's ASGI app: the receiver's app, whose reports are held, plus the review pages.

:class:`RelayApp` *is* a :class:`~cep_gui.receiver.app.ReceiverApp`: the same
limits, validation, storage engines, metrics and logs accept reports and
deletion requests. What differs:

- a stored report is answered 202 with a receipt that says it is held by the
  relay, and where its state can be asked (``GET /v1/reports/<id>/status``, with
  the report's ``deletion_key_hash`` as proof that the asker is its client);
- a deletion request is carried out here *and* passed on to the vendor;
- ``/relay/...`` are the review pages, for the admin only (a session opened with
  the admin token, or a request over the local admin socket); anything else there
  is sent to the sign-in page (GET) or refused with 403 (POST);
- a background worker releases after N days when so configured and sends what
  was released (:mod:`cep_gui.receiver.relay.upstream`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from http import HTTPStatus
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from cep_gui.core.catalog import Catalog, load_catalog
from cep_gui.receiver.app import ReceiverApp
from cep_gui.receiver.errors import RequestError
from cep_gui.receiver.limits import Limits
from cep_gui.receiver.logs import LOGGER
from cep_gui.receiver.metrics import Metrics
from cep_gui.receiver.relay import auth, pages
from cep_gui.receiver.relay.rules import Rules
from cep_gui.receiver.relay.state import RelayState, Selection
from cep_gui.receiver.relay.summary import summarize
from cep_gui.receiver.relay.upstream import (
    AUTO_RELEASE_SETTING,
    RelayWorker,
    Upstream,
    auto_release_days,
    compress,
)
from cep_gui.receiver.storage import Storage, StoreOutcome, StoreResult
from cep_gui.receiver.validation import ValidDeletion

log = logging.getLogger(LOGGER)

PROOF_HEADER = "x-cep-deletion-key-hash"
TOKEN_SETTING = "admin_token"
MAX_FORM_BYTES = 16 * 1024
_BATCH = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_UUID = re.compile(r"^[0-9a-fA-F-]{36}$")
_PAGE_HEADERS = {
    "Content-Security-Policy": (
        f"default-src 'none'; style-src '{pages.STYLE_HASH}'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    # "same-origin": a form post then names its origin (with "no-referrer" browsers send
    # "Origin: null", which the origin check must refuse); other sites learn nothing.
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


@dataclass(frozen=True)
class RelayConfig:
    rules: Rules
    upstream: Upstream | None = None
    #: The local admin socket's path: requests that come through it are the admin's.
    admin_socket: str | None = None
    #: Mark the session cookie Secure although the app sees plain HTTP (TLS in front).
    secure_cookies: bool = False
    #: Seconds between rounds of the background worker (auto-release, sending).
    poll: float = 2.0


@dataclass(frozen=True)
class Admin:
    #: Empty for the local socket (no browser, no cookie to protect).
    csrf: str
    session: str | None = None


Handler = Callable[[Request, Admin], Awaitable[Response]]


class RelayApp(ReceiverApp):
    def __init__(
        self,
        storage: Storage,
        limits: Limits,
        metrics: Metrics,
        engine: str,
        *,
        open_state: Callable[[], RelayState],
        config: RelayConfig,
        catalog: Catalog | None = None,
    ) -> None:
        super().__init__(storage, limits, metrics, engine)
        self.config = config
        self.catalog = catalog or load_catalog()
        self._open_state = open_state
        self._state: RelayState | None = None
        self.worker: RelayWorker | None = None
        self._worker_task: asyncio.Task[None] | None = None
        self.failures = auth.FailedSignIns()
        admin = self._admin
        self.starlette.router.routes.extend(
            [
                Route("/v1/reports/{report_id}/status", self.report_status, methods=["GET"]),
                Route("/relay", self.to_overview, methods=["GET"]),
                Route("/relay/login", self.login_page, methods=["GET"]),
                Route("/relay/login", self.login, methods=["POST"]),
                Route("/relay/logout", admin(self.logout), methods=["POST"]),
                Route("/relay/", admin(self.overview), methods=["GET"]),
                Route("/relay/activity", admin(self.activity), methods=["GET"]),
                Route("/relay/rules", admin(self.rules_page), methods=["GET"]),
                Route("/relay/batches/{batch}", admin(self.batch), methods=["GET"]),
                Route("/relay/batches/{batch}/release", admin(self.release), methods=["POST"]),
                Route("/relay/batches/{batch}/reject", admin(self.reject), methods=["POST"]),
                Route("/relay/reports/{report_id}.json", admin(self.report_json), methods=["GET"]),
                Route("/relay/reports/{report_id}", admin(self.report), methods=["GET"]),
                Route(
                    "/relay/settings/auto-release", admin(self.set_auto_release), methods=["POST"]
                ),
            ]
        )

    @property
    def state(self) -> RelayState:
        if self._state is None:
            raise RuntimeError("the relay is not running")
        return self._state

    @contextlib.asynccontextmanager
    async def _lifespan(self, app: Starlette) -> AsyncIterator[None]:
        async with super()._lifespan(app):
            self._state = await asyncio.to_thread(self._open_state)
            self.worker = RelayWorker(
                self._state, self.config.rules, self.config.upstream, poll=self.config.poll
            )
            self._worker_task = asyncio.create_task(self.worker.run(), name="relay-worker")
            try:
                yield
            finally:
                self._worker_task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await self._worker_task
                await asyncio.to_thread(self._state.close)
                self._state = None

    # -- the receiver's side, held --------------------------------------------------

    def _store_answer(self, request: Request, report_id: str, result: StoreResult) -> Response:
        if result.outcome is not StoreOutcome.STORED:
            return super()._store_answer(request, report_id, result)
        self.metrics.stored.inc()
        receipt = {
            "held_by_relay": True,
            "id": result.seq,
            "report_id": report_id,
            "received": result.received,
            "status": f"/v1/reports/{report_id}/status",
        }
        return JSONResponse({"receipt": receipt}, status_code=HTTPStatus.ACCEPTED)

    async def after_deletion(self, deletion: ValidDeletion, document: bytes) -> dict[str, object]:
        """Carried out here as the receiver does, then queued for the vendor: reports
        released earlier have left, and the client asks only its endpoint, the relay."""
        await asyncio.to_thread(self.state.add_deletion, deletion.installation_id, document)
        self._wake()
        return {"forwarded_by_relay": True}

    async def report_status(self, request: Request) -> Response:
        """What became of a report, for its client (proof: the report's deletion_key_hash)."""

        async def handle() -> Response:
            report_id = str(request.path_params["report_id"]).lower()
            proof = (request.headers.get(PROOF_HEADER) or "").strip().lower()
            found = None
            if _UUID.match(report_id) and len(proof) == 64:
                found = await asyncio.to_thread(self.state.report, report_id)
            if found is None or not auth.same(found.deletion_key_hash, proof):
                raise RequestError(HTTPStatus.NOT_FOUND, "not_found", "no such report here")
            decision = found.decision
            answer: dict[str, object] = {
                "report_id": found.report_id,
                "held_by_relay": True,
                "received": found.received,
                "state": "held" if decision is None else _state_code(decision.label),
            }
            if decision is not None:
                answer["decided"] = decision.decided
                answer["sent"] = decision.sent
                answer["upstream_status"] = decision.upstream_status
                answer["upstream_receipt"] = _json_or_none(decision.upstream_answer)
                answer["exported"] = decision.exported is not None
            return JSONResponse(answer)

        return await self._guarded(request, handle)

    # -- access ----------------------------------------------------------------------

    def _admin(self, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        async def run(request: Request) -> Response:
            admin = await self._who(request)
            if admin is None:
                if request.method == "GET":
                    return RedirectResponse("/relay/login", status_code=HTTPStatus.SEE_OTHER)
                return self._html(
                    pages.message(
                        "Sign in first", "This needs the admin's session.", signed_in=False
                    ),
                    HTTPStatus.FORBIDDEN,
                )
            if request.method == "POST" and admin.csrf:
                form = await _form(request)
                if not auth.same(form.get("csrf", ""), admin.csrf) or not _same_origin(request):
                    return self._html(
                        pages.message(
                            "Refused",
                            "The form was not this relay's own (its "
                            "security token did not match). Reload the page and try "
                            "again.",
                            signed_in=True,
                            csrf=admin.csrf,
                        ),
                        HTTPStatus.FORBIDDEN,
                    )
                request.state.form = form
            elif request.method == "POST":
                request.state.form = await _form(request)
            return await handler(request, admin)

        return run

    async def _who(self, request: Request) -> Admin | None:
        server = request.scope.get("server")
        socket_path = self.config.admin_socket
        if socket_path and server is not None and server[1] is None and server[0] == socket_path:
            return Admin(csrf="")
        cookie = request.cookies.get(auth.SESSION_COOKIE)
        if not cookie or len(cookie) > 128:
            return None
        hashed = auth.session_hash(cookie)
        csrf = await asyncio.to_thread(self.state.session, hashed)
        return None if csrf is None else Admin(csrf=csrf, session=hashed)

    async def login_page(self, request: Request) -> Response:
        if await self._who(request) is not None:
            return RedirectResponse("/relay/", status_code=HTTPStatus.SEE_OTHER)
        token_set = await asyncio.to_thread(self.state.setting, TOKEN_SETTING) is not None
        return self._html(pages.login(token_set=token_set))

    async def login(self, request: Request) -> Response:
        wait = self.failures.wait()
        if wait is not None:
            response: Response = self._html(
                pages.login(token_set=True, error=f"Too many failed sign-ins; wait {wait} s."),
                HTTPStatus.TOO_MANY_REQUESTS,
            )
            response.headers["Retry-After"] = str(wait)
            return response
        form = await _form(request)
        stored = await asyncio.to_thread(self.state.setting, TOKEN_SETTING)
        if stored is None:
            return self._html(pages.login(token_set=False), HTTPStatus.FORBIDDEN)
        token = form.get("token", "")
        if not await asyncio.to_thread(auth.verify_token, token, stored):
            self.failures.add()
            log.info("sign-in failed", extra={"event": "sign_in_failed"})
            return self._html(
                pages.login(token_set=True, error="That is not the admin token."),
                HTTPStatus.UNAUTHORIZED,
            )
        value, hashed, csrf = auth.new_session()
        expires = self.state.clock() + timedelta(hours=auth.SESSION_HOURS)
        await asyncio.to_thread(self.state.add_session, hashed, csrf, expires)
        log.info("signed in", extra={"event": "signed_in"})
        response = RedirectResponse("/relay/", status_code=HTTPStatus.SEE_OTHER)
        response.set_cookie(
            auth.SESSION_COOKIE,
            value,
            max_age=auth.SESSION_HOURS * 3600,
            path="/relay",
            httponly=True,
            samesite="strict",
            secure=self.config.secure_cookies or request.url.scheme == "https",
        )
        return response

    async def logout(self, request: Request, admin: Admin) -> Response:
        if admin.session is not None:
            await asyncio.to_thread(self.state.drop_session, admin.session)
        response = RedirectResponse("/relay/login", status_code=HTTPStatus.SEE_OTHER)
        response.delete_cookie(auth.SESSION_COOKIE, path="/relay")
        return response

    async def to_overview(self, request: Request) -> Response:
        return RedirectResponse("/relay/", status_code=HTTPStatus.SEE_OTHER)

    # -- pages -----------------------------------------------------------------------

    async def overview(self, request: Request, admin: Admin) -> Response:
        state = self.state
        counts = await asyncio.to_thread(state.counts)
        batches = await asyncio.to_thread(state.batches)
        days = await asyncio.to_thread(auto_release_days, state)
        notice = _notice(request.query_params)
        upstream = self.config.upstream.url if self.config.upstream else None
        return self._html(
            pages.overview(
                counts, batches, csrf=admin.csrf, auto_days=days, upstream=upstream, notice=notice
            )
        )

    async def batch(self, request: Request, admin: Admin) -> Response:
        batch_id = str(request.path_params["batch"])
        batches = await asyncio.to_thread(self.state.batches)
        found = next((b for b in batches if b.id == batch_id), None)
        if found is None or not _BATCH.match(batch_id):
            return self._html(
                pages.message(
                    "Nothing held",
                    f"No report of {batch_id} is held any more.",
                    signed_in=True,
                    csrf=admin.csrf,
                ),
                HTTPStatus.NOT_FOUND,
            )
        selection = Selection(batch=batch_id, through=found.last_seq)
        reports = await asyncio.to_thread(lambda: list(self.state.held(selection)))
        summary = summarize(self.catalog, ((r.installation_id, r.body) for r in reports))
        upstream = self.config.upstream.url if self.config.upstream else None
        return self._html(
            pages.batch(
                found, reports, summary, self.config.rules, csrf=admin.csrf, upstream=upstream
            )
        )

    async def release(self, request: Request, admin: Admin) -> Response:
        selection = _selection(request)
        if selection is None:
            return RedirectResponse("/relay/", status_code=HTTPStatus.SEE_OTHER)
        released = await asyncio.to_thread(
            self.state.release, selection, self.config.rules.redact, compress, by="web"
        )
        log.info("released", extra={"event": "released", "reports": len(released), "by": "web"})
        self._wake()
        return RedirectResponse(
            f"/relay/?released={len(released)}", status_code=HTTPStatus.SEE_OTHER
        )

    async def reject(self, request: Request, admin: Admin) -> Response:
        selection = _selection(request)
        if selection is None:
            return RedirectResponse("/relay/", status_code=HTTPStatus.SEE_OTHER)
        rejected = await asyncio.to_thread(self.state.reject, selection, by="web")
        log.info("rejected", extra={"event": "rejected", "reports": len(rejected), "by": "web"})
        return RedirectResponse(
            f"/relay/?rejected={len(rejected)}", status_code=HTTPStatus.SEE_OTHER
        )

    async def report(self, request: Request, admin: Admin) -> Response:
        report_id = str(request.path_params["report_id"])
        found = (
            await asyncio.to_thread(self.state.report, report_id)
            if _UUID.match(report_id)
            else None
        )
        if found is None:
            return self._html(
                pages.message(
                    "No such report",
                    "This relay has no report with that id.",
                    signed_in=True,
                    csrf=admin.csrf,
                ),
                HTTPStatus.NOT_FOUND,
            )
        leaving: bytes | None
        if found.decision is None:
            leaving, removed = self.config.rules.redact(found.body)
        else:
            leaving = found.released_body
            removed = found.decision.removed.split("; ") if found.decision.removed else []
        return self._html(
            pages.report(
                found.report_id,
                found.installation_id,
                found.received,
                found.body,
                found.decision,
                leaving,
                removed,
                csrf=admin.csrf,
            )
        )

    async def report_json(self, request: Request, admin: Admin) -> Response:
        report_id = str(request.path_params["report_id"])
        found = (
            await asyncio.to_thread(self.state.report, report_id)
            if _UUID.match(report_id)
            else None
        )
        if found is None:
            return JSONResponse({"error": "no such report", "code": "not_found"}, 404)
        return Response(
            found.body,
            media_type="application/json",
            headers={
                "Cache-Control": "no-store",
                "X-Content-Type-Options": "nosniff",
                "Content-Disposition": f'attachment; filename="{found.report_id}.json"',
            },
        )

    async def activity(self, request: Request, admin: Admin) -> Response:
        entries = await asyncio.to_thread(self.state.activity, 200)
        counts = await asyncio.to_thread(self.state.counts)
        return self._html(
            pages.activity(entries, csrf=admin.csrf, deletions_waiting=counts.deletions_waiting)
        )

    async def rules_page(self, request: Request, admin: Admin) -> Response:
        return self._html(pages.rules_page(self.config.rules, csrf=admin.csrf))

    async def set_auto_release(self, request: Request, admin: Admin) -> Response:
        text = request.state.form.get("days", "").strip()
        if not (text.isascii() and text.isdigit() and int(text) <= 3650):
            return self._html(
                pages.message(
                    "Not a number of days",
                    "Give a whole number from 0 to 3650.",
                    signed_in=True,
                    csrf=admin.csrf,
                ),
                HTTPStatus.BAD_REQUEST,
            )
        days = int(text)
        await asyncio.to_thread(
            self.state.set_setting, AUTO_RELEASE_SETTING, str(days) if days else None
        )
        self._wake()
        return RedirectResponse(f"/relay/?auto={days}", status_code=HTTPStatus.SEE_OTHER)

    # -- parts -----------------------------------------------------------------------

    def _wake(self) -> None:
        if self.worker is not None:
            self.worker.wake.set()

    def _html(self, text: str, status: int = HTTPStatus.OK) -> HTMLResponse:
        return HTMLResponse(text, status_code=status, headers=_PAGE_HEADERS)


async def _form(request: Request) -> dict[str, str]:
    """A small urlencoded form (16 KiB at most); the first value of each name."""
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            return {}
    try:
        parsed = parse_qs(body.decode("utf-8"), max_num_fields=20)
    except (UnicodeDecodeError, ValueError):
        return {}
    return {k: v[0] for k, v in parsed.items() if v}


def _same_origin(request: Request) -> bool:
    """A browser names the page a form came from; it must be this relay's."""
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return origin is None
    host = request.headers.get("host", "")
    return origin.split("://", 1)[-1] == host


def _selection(request: Request) -> Selection | None:
    batch_id = str(request.path_params["batch"])
    through = request.state.form.get("through", "")
    if not _BATCH.match(batch_id) or not (through.isascii() and through.isdigit()):
        return None
    return Selection(batch=batch_id, through=int(through))


def _notice(query: object) -> str:
    params = dict(query)  # type: ignore[call-overload]
    for key, text in (
        ("released", "{} reports released."),
        ("rejected", "{} reports rejected; they will never be sent."),
        ("auto", "Auto-release set to {} days (0: never)."),
    ):
        value = str(params.get(key, ""))
        if value.isascii() and value.isdigit():
            return text.format(int(value))
    return ""


def _state_code(label: str) -> str:
    return {"refused by the vendor": "refused"}.get(label, label)


def _json_or_none(text: str | None) -> object:
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None
