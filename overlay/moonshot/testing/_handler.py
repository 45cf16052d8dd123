"""HTTP plumbing of the local server: routing, auth, bodies, JSON and SSE answers, faults."""

from __future__ import annotations

import contextlib
import functools
import hmac
import json
import logging
import re
import socket
import time
import traceback
from collections.abc import Iterable, Iterator
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

from ._account_limits import LimitExceeded
from ._assistant import completion_json, stream_chunks
from ._catalog import model_ids, model_object
from ._errors import ServerError, error_body
from ._faults import PlannedFaults
from ._formulas import FORMULA_ROUTES, FormulaRoutes
from ._generic import document_operations
from ._multipart import CHUNK, BodyReader, ChunkedReader, LengthReader, MultipartError, drain
from ._ops_routes import OPS_ROUTES, OpsRoutes, _messages_error
from ._params import check_headers
from ._tokens import count_messages
from ._validate import check_chat, check_estimate, check_signature_request

if TYPE_CHECKING:
    from .server import ServerState

__all__ = ["Handler"]

logger = logging.getLogger("moonshot.testing")

MAX_JSON_BYTES = 64 * 1024 * 1024
_MALFORMED_JSON = b'{"id": "cmpl-malformed", "object": "chat.completion", "choices": [{"ind'
_MALFORMED_EVENT = b'data: {"id": "cmpl-malformed", "choices": [{"delta": {"cont\n\n'


class _EmptyBody:
    def read(self, size: int) -> bytes:
        return b""


Route = tuple[str, re.Pattern[str], str]
_ROUTES: list[Route] = [
    ("GET", re.compile(r"/v1/models"), "list_models"),
    ("GET", re.compile(r"/v1/users/me/balance"), "balance"),
    ("POST", re.compile(r"/v1/files"), "upload_file"),
    ("GET", re.compile(r"/v1/files"), "list_files"),
    ("GET", re.compile(r"/v1/files/(?P<file_id>[^/]+)"), "get_file"),
    ("DELETE", re.compile(r"/v1/files/(?P<file_id>[^/]+)"), "delete_file"),
    ("GET", re.compile(r"/v1/files/(?P<file_id>[^/]+)/content"), "file_content"),
    ("POST", re.compile(r"/v1/chat/completions"), "chat"),
    ("POST", re.compile(r"/v1/tokenizers/estimate-token-count"), "estimate"),
    ("POST", re.compile(r"/v1/signatures/verify"), "verify_signature"),
    ("POST", re.compile(r"/v1/batches"), "create_batch"),
    ("GET", re.compile(r"/v1/batches"), "list_batches"),
    ("GET", re.compile(r"/v1/batches/(?P<batch_id>[^/]+)"), "get_batch"),
    ("POST", re.compile(r"/v1/batches/(?P<batch_id>[^/]+)/cancel"), "cancel_batch"),
    *OPS_ROUTES,
    *FORMULA_ROUTES,
]


@functools.cache
def _documented_routes() -> tuple[Route, ...]:
    """The routes of the operations the API document lists: an older document lacks some
    (signatures, Responses...), and their paths answer 404 as that API did."""
    paths = [(op.method, re.sub(r"\{[^}]+\}", "x", op.path)) for op in document_operations()]
    return tuple(
        route
        for route in _ROUTES
        if any(method == route[0] and route[1].fullmatch(path) for method, path in paths)
    )


@contextlib.contextmanager
def _as_rate_limit_error() -> Iterator[None]:
    """An account limit passed becomes the documented 429 ``rate_limit_reached_error``."""
    try:
        yield
    except LimitExceeded as exc:
        raise ServerError(
            429, str(exc), type_="rate_limit_reached_error", headers=exc.headers
        ) from None


class Handler(OpsRoutes, FormulaRoutes, BaseHTTPRequestHandler):
    """One connection; HTTP/1.1 keep-alive. The state lives on ``self.server.state``."""

    protocol_version = "HTTP/1.1"
    server_version = "moonshot-local/1"
    # Headers and body leave in two writes; with Nagle's algorithm on, the body waited for
    # the client's delayed ACK of the headers: about 40 ms added to every answer on Linux.
    disable_nagle_algorithm = True

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_DELETE(self) -> None:
        self._dispatch()

    def do_PUT(self) -> None:
        self._dispatch()

    def do_PATCH(self) -> None:
        self._dispatch()

    def __getattr__(self, name: str) -> Any:
        # http.server answers a method without a do_<METHOD> with its HTML 501 page; every
        # method (TRACE, OPTIONS, HEAD, QUERY...) routes instead, so one the document does
        # not list for a path gets the JSON 405 with Allow, an unknown path the JSON 404.
        if name.startswith("do_"):
            return self._dispatch
        raise AttributeError(name)

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s %s", self.address_string(), format % args)

    @property
    def state(self) -> ServerState:
        return self.server.state  # type: ignore[attr-defined,no-any-return]

    # -- the request ----------------------------------------------------------------

    def _dispatch(self) -> None:
        self._request_id = self.state.next_request_id()
        self._plan = PlannedFaults()
        self._status = 0
        self._json_payload: Any = None
        self._limit_headers: dict[str, str] = {}
        self._account_key: str | None = None
        self._slot_taken = False
        self._reader = self._body_reader()
        split = urlsplit(self.path)
        self._path = split.path
        self._query = parse_qs(split.query, keep_blank_values=True)  # limit= is no integer
        try:
            action, params = self._route(split.path.rstrip("/") or "/")
            self._authenticate()
            self._check_headers(action)
            getattr(self, "_" + action)(**params)
        except ServerError as exc:
            self._send_json(exc.status, exc.body, exc.headers)
        except (MultipartError, ConnectionError) as exc:
            logger.debug("request body failed: %s", exc)
            self.close_connection = True
        except Exception:
            logger.error("local server error:\n%s", traceback.format_exc())
            self._send_json(500, error_body(500, "Internal error in the local Moonshot server"))
        finally:
            self._release_slot()
            if not self._status:  # no answer was sent (the body broke off)
                self.state.record(self.command, self._path, 0)
            if not self.close_connection:
                try:
                    drain(self._reader)
                except (MultipartError, OSError):
                    self.close_connection = True

    def _body_reader(self) -> BodyReader:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return ChunkedReader(self.rfile)
        length = int(self.headers.get("Content-Length") or 0)
        return LengthReader(self.rfile, length) if length else _EmptyBody()

    def _route(self, path: str) -> tuple[str, dict[str, str]]:
        allowed = []
        for method, pattern, action in _documented_routes():
            found = pattern.fullmatch(path)
            if found is None:
                continue
            if method == self.command:
                return action, found.groupdict()
            allowed.append(method)
        if not allowed:  # the operations answered from the document alone
            for index, op in enumerate(document_operations()):
                if op.pattern.fullmatch(path) is None:
                    continue
                if op.method == self.command:
                    return "document", {"index": str(index)}
                allowed.append(op.method)
        if allowed:
            raise ServerError(
                405,
                f"Method {self.command} is not allowed on {path}; use {', '.join(allowed)}",
                headers={"Allow": ", ".join(allowed)},
            )
        raise ServerError(404, f"No such endpoint: {self.command} {path}", code="url_not_found")

    def _check_headers(self, action: str) -> None:
        try:
            check_headers(self.command, self._path, self.headers)
        except ServerError as error:
            if action == "messages":  # that operation's own error shape
                raise _messages_error(error) from None
            raise

    def _authenticate(self) -> None:
        header = self.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        token = token.strip()
        expected = self.state.api_key
        valid = scheme.lower() == "bearer" and bool(token)
        if valid and expected is not None:
            valid = hmac.compare_digest(token.encode(), expected.encode())
        if not valid:
            raise ServerError(
                401,
                "Invalid Authentication: send the header 'Authorization: Bearer <API key>'"
                + (" with the key this server was started with" if expected else ""),
                headers={"WWW-Authenticate": "Bearer"},
            )
        limiter = self.state.rate_limiter
        if limiter is not None:
            decision = limiter.take(token)
            self._limit_headers = decision.headers
            if not decision.allowed:
                raise ServerError(
                    429,
                    f"Organization-level RPM limit reached: {limiter.limit} requests per "
                    f"{limiter.window:g} seconds; retry after the time in Retry-After",
                    type_="rate_limit_reached_error",
                )
        if self.state.account_limits is not None:
            self._account_key = token
            with _as_rate_limit_error():
                self._slot_taken = self.state.account_limits.enter(token)

    def _apply_faults(self, streaming: bool = False) -> None:
        """Take this request's faults: wait, or fail now; malformed / drop act later."""
        self._plan = self.state.faults.plan(self.path.split("?", 1)[0], streaming)
        if self._plan.delay:
            time.sleep(self._plan.delay)
        rule = self._plan.failure
        if rule is not None:
            message = rule.message or f"Injected failure: HTTP {rule.status} from the local server"
            raise ServerError(
                rule.status, message, type_=rule.error_type, headers=self._plan.failure_headers()
            )

    def _json_body(self) -> Any:
        data = bytearray()
        while chunk := self._reader.read(CHUNK):
            data += chunk
            if len(data) > MAX_JSON_BYTES:
                raise ServerError(413, f"Request body larger than {MAX_JSON_BYTES} bytes")
        try:
            return json.loads(data)
        except ValueError as exc:
            raise ServerError(400, f"Invalid request: the body is not valid JSON: {exc}") from exc

    # -- answers ----------------------------------------------------------------------

    def _release_slot(self) -> None:
        """Give the concurrency slot back; done before an answer's last bytes leave, so a
        client that has the whole answer and sends its next request at once finds it free
        (as the record is made before the answer leaves)."""
        if self._slot_taken and self.state.account_limits is not None:
            self._slot_taken = False
            self.state.account_limits.leave(str(self._account_key))

    def _head(self, status: int, content_type: str, headers: dict[str, str]) -> None:
        self._status = status
        # Recorded before the answer leaves, so a test that got it also sees the record.
        self.state.record(self.command, self._path, status, self._json_payload)
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("x-request-id", self._request_id)
        for key, value in {**self._limit_headers, **headers}.items():
            self.send_header(key, value)

    def _send_bytes(
        self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None
    ) -> None:
        self._head(status, content_type, headers or {})
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self._release_slot()
        if self.command != "HEAD":  # a HEAD answer has no body
            self.wfile.write(body)

    def _send_json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        if self._plan.malformed and status < 300:
            body = _MALFORMED_JSON
        self._send_bytes(status, body, "application/json; charset=utf-8", headers)

    def _send_file(self, path: Any, content_type: str) -> None:
        with open(path, "rb") as source:
            size = source.seek(0, 2)
            source.seek(0)
            self._head(200, content_type, {"Content-Length": str(size)})
            self.end_headers()
            while block := source.read(CHUNK):
                self.wfile.write(block)

    def _send_events(
        self,
        events: Iterable[dict[str, Any]],
        headers: dict[str, str] | None = None,
        *,
        named: bool = False,
        done: bool = True,
    ) -> None:
        """An SSE answer in HTTP chunks: one ``data:`` event per chunk, then ``[DONE]``.

        ``named`` puts each event's ``type`` in an ``event:`` line; ``done=False`` leaves
        out ``[DONE]`` (protocols that end with an event of their own).
        """
        self._head(
            200,
            "text/event-stream; charset=utf-8",
            {"Cache-Control": "no-cache", **(headers or {})},
        )
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        delay = self.state.stream_chunk_delay
        for sent, event in enumerate(events):
            if self._plan.drop_after is not None and sent >= self._plan.drop_after:
                self._drop_connection()
                return
            data = b"data: " + json.dumps(event, ensure_ascii=False).encode("utf-8") + b"\n\n"
            if named:
                data = f"event: {event['type']}\n".encode() + data
            if self._plan.malformed:
                data = _MALFORMED_EVENT
            self._write_chunk(data)
            if self._plan.malformed:
                break
            if delay:
                time.sleep(delay)
        self._release_slot()
        if done:
            self._write_chunk(b"data: [DONE]\n\n")
        self.wfile.write(b"0\r\n\r\n")

    def _write_chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode("ascii") + data + b"\r\n")

    def _drop_connection(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    # -- operations ---------------------------------------------------------------------

    def _list_models(self) -> None:
        self._apply_faults()
        self._send_json(200, {"object": "list", "data": [model_object(m) for m in model_ids()]})

    def _balance(self) -> None:
        self._apply_faults()
        self._send_json(200, self.state.balance_json())

    def _chat(self) -> None:
        body = self._json_body()
        self._json_payload = body
        if self.state.account_limits is not None and self._account_key is not None:
            with _as_rate_limit_error():
                self.state.account_limits.spend_tokens(self._account_key, body)
        streaming = isinstance(body, dict) and body.get("stream") is True
        self._apply_faults(streaming)
        check_chat(body)
        completion = self.state.assistant.complete(body)
        signed = self.state.signer.headers_for(self.headers, body.get("model"))
        if not streaming:
            self._send_json(200, completion_json(completion), signed)
            return
        options = body.get("stream_options") or {}
        self._send_events(stream_chunks(completion, bool(options.get("include_usage"))), signed)

    def _verify_signature(self) -> None:
        body = self._json_body()
        self._apply_faults()
        check_signature_request(body)
        valid = self.state.signer.verify(body)
        self._send_json(200, {"valid": valid}, {"Cache-Control": "no-store"})

    def _document(self, index: str) -> None:
        op = document_operations()[int(index)]
        body = self._json_body() if op.request_schema() is not None else None
        self._apply_faults()
        model = body.get("model") if isinstance(body, dict) else None
        self._send_json(200, op.answer(body), self.state.signer.headers_for(self.headers, model))

    def _estimate(self) -> None:
        body = self._json_body()
        self._apply_faults()
        check_estimate(body)
        total = count_messages(body["messages"])
        self._send_json(200, {"data": {"total_tokens": total}})

    def _upload_file(self) -> None:
        self._apply_faults()
        stored = self.state.files.receive(self._reader, self.headers.get("Content-Type", ""))
        self._send_json(200, stored.to_json())

    def _list_files(self) -> None:
        self._apply_faults()
        files = self.state.files.list()
        # The document gives this list no paging; SDKs that page by cursor (the openai
        # SDK's auto-pagination) ask again with after=<last id>: what follows it is
        # nothing, so their loop ends instead of reading the same page forever.
        after = self._query.get("after", [None])[-1]
        if after is not None:
            ids = [f.id for f in files]
            files = files[ids.index(after) + 1 :] if after in ids else []
        data = [f.to_json() for f in files]
        self._send_json(200, {"object": "list", "data": data})

    def _get_file(self, file_id: str) -> None:
        self._apply_faults()
        self._send_json(200, self.state.files.get(file_id).to_json())

    def _delete_file(self, file_id: str) -> None:
        self._apply_faults()
        stored = self.state.files.delete(file_id)
        self._send_json(200, {"id": stored.id, "object": "file", "deleted": True})

    def _file_content(self, file_id: str) -> None:
        self._apply_faults()
        path = self.state.files.content_path(file_id)
        if self._plan.malformed:
            self._send_bytes(200, b"\xff\xfe\x00garbled", "text/plain; charset=utf-8")
            return
        # text/plain, the one type the document gives this answer (JSONL lines are text).
        self._send_file(path, "text/plain; charset=utf-8")

    def _create_batch(self) -> None:
        body = self._json_body()
        self._apply_faults()
        self._send_json(200, self.state.batches.create(body).to_json())

    def _list_batches(self) -> None:
        self._apply_faults()
        after = self._query.get("after", [None])[-1]
        try:
            limit = int(self._query.get("limit", ["20"])[-1])
        except ValueError as exc:
            raise ServerError(400, "Invalid request: limit must be an integer") from exc
        # The document gives limit no range: a page holds 1 to 100 (more are clamped).
        limit = min(max(limit, 1), 100)
        batches, more = self.state.batches.list(after, limit)
        data = [b.to_json() for b in batches]
        self._send_json(200, {"object": "list", "data": data, "has_more": more})

    def _get_batch(self, batch_id: str) -> None:
        self._apply_faults()
        self._send_json(200, self.state.batches.get(batch_id).to_json())

    def _cancel_batch(self, batch_id: str) -> None:
        self._apply_faults()
        self._send_json(200, self.state.batches.cancel(batch_id).to_json())
