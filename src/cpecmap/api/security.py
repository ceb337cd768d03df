"""Security headers on every response, and checks of the request line's size and encoding."""

from __future__ import annotations

import logging

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import error_response

log = logging.getLogger("cpecmap.api")

#: Only our own origin, except OpenStreetMap tile *images* when a reader picks
#: that basemap. No inline script or style anywhere.
CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: https://tile.openstreetmap.org",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"strict-origin-when-cross-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
MAX_TARGET = 8192  # bytes of path + query string


class SecurityHeaders:
    """ASGI middleware: add ``HEADERS`` to every HTTP response; 414 for huge URLs and
    400 for a query string that is not UTF-8."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        target = len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"")
        if target > MAX_TARGET:
            response = error_response(
                414, "uri_too_long", f"the URL is {target} bytes long; at most {MAX_TARGET} allowed"
            )
            await response(scope, receive, self._with_headers(send))
            return
        try:  # raw bytes that are not UTF-8 would break URL handling further in
            (scope.get("query_string") or b"").decode("utf-8")
        except UnicodeDecodeError:
            response = error_response(
                400, "bad_request", "the query string is not valid UTF-8; percent-encode it"
            )
            await response(scope, receive, self._with_headers(send))
            return
        await self.app(scope, receive, self._with_headers(send))

    @staticmethod
    def _with_headers(send: Send) -> Send:
        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in HEADERS if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        return wrapped


class HeadAsGet:
    """ASGI middleware: answer HEAD wherever GET is allowed (same headers, no body)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, without_body)


class CatchErrors:
    """ASGI middleware: an unexpected exception becomes the one JSON error body (500),
    logged once, inside ``SecurityHeaders`` so even a 500 carries the security headers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking)
        except Exception:
            log.exception("unhandled error on %s", scope.get("path"))
            if started:  # too late for an error body; the connection just ends
                return
            response = error_response(
                500, "internal_error", "internal server error; the error was logged"
            )
            await response(scope, receive, send)
