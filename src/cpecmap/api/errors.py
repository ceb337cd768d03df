"""One JSON error body for the whole API: ``{"error": {"status", "code", "message"}}``."""

from __future__ import annotations

import logging
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from cpecmap.errors import CpecmapError

log = logging.getLogger("cpecmap.api")

#: What a valid value looks like, per query/path parameter, for 400 messages.
PARAM_HINTS: dict[str, str] = {
    "limit": "a whole number from 1 to 1000, e.g. limit=100",
    "offset": "a whole number ≥ 0, e.g. offset=100",
    "bbox": "four numbers minlon,minlat,maxlon,maxlat in degrees, e.g. bbox=60,23,78,37",
}

_CODES: dict[int, str] = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    414: "uri_too_long",
}


def error_response(
    status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    """Build the one error body every endpoint uses.

    Parameters
    ----------
    status
        HTTP status code.
    code
        Stable machine-readable code, e.g. ``not_found``.
    message
        Human-readable text that says what would be valid.
    headers
        Extra headers (e.g. ``Allow`` for 405).
    """
    body = {"error": {"status": status, "code": code, "message": message}}
    return JSONResponse(body, status_code=status, headers=headers)


async def _domain_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, CpecmapError)
    return error_response(exc.status_code, exc.code, exc.message)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    if status == 404 and exc.detail in (None, "Not Found"):
        message = f"no such path {request.url.path!r}; see / (landing page) or /api (API docs)"
    elif status == 405:
        message = f"method {request.method} is not allowed on {request.url.path}"
    else:
        message = str(exc.detail or HTTPStatus(status).phrase)
    code = _CODES.get(status, HTTPStatus(status).phrase.lower().replace(" ", "_"))
    return error_response(status, code, message, dict(exc.headers or {}))


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for err in exc.errors():
        name = str(err.get("loc", ("?",))[-1])
        got = err.get("input")
        hint = PARAM_HINTS.get(name)
        text = f"invalid {name}={got!r}: {err.get('msg', 'invalid value')}"
        problems.append(f"{text}; expected {hint}" if hint else text)
    return error_response(400, "bad_request", "; ".join(problems) or "invalid request")


def install_error_handlers(app: FastAPI) -> None:
    """Map domain errors, routing errors and validation errors to the error body.

    Unexpected exceptions are turned into a 500 body by ``security.CatchErrors``.
    """
    app.add_exception_handler(CpecmapError, _domain_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
