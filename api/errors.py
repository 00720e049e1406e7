"""One error shape for the whole API, produced by one exception handler::

    {"error": {"status": 400, "title": "Bad Request", "detail": "…"}}

Domain code raises built-ins; this is where they become HTTP statuses.
"""

from __future__ import annotations

from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from ..graph.answers import ResultTooLarge
from ..graph.executor import WorkerCrashed


def error_response(status: int, detail: str) -> JSONResponse:
    title = HTTPStatus(status).phrase
    return JSONResponse({"error": {"status": status, "title": title, "detail": detail}},
                        status_code=status)


def _status_and_detail(exc: Exception) -> tuple[int, str]:
    if isinstance(exc, HTTPException):
        return exc.status_code, str(exc.detail)
    if isinstance(exc, RequestValidationError):
        parts = []
        for error in exc.errors():
            where = ".".join(str(p) for p in error.get("loc", ()) if p != "body")
            parts.append(f"{where}: {error.get('msg', 'invalid')}")
        return 422, "; ".join(parts) or "invalid request"
    if isinstance(exc, PermissionError):
        return 403, str(exc)
    if isinstance(exc, (TimeoutError, WorkerCrashed)):
        return 503, str(exc)
    if isinstance(exc, ResultTooLarge):
        return 422, str(exc)
    if isinstance(exc, SyntaxError):
        return 400, f"SPARQL syntax error: {exc}"
    if isinstance(exc, LookupError):
        return 404, str(exc.args[0]) if exc.args else "not found"
    if isinstance(exc, ValueError):
        return 400, str(exc)
    if isinstance(exc, OSError):
        return 503, f"store unavailable: {exc}"
    return 500, "internal error"


def response_for(exc: Exception) -> JSONResponse:
    """The error response for ``exc`` (with the headers an ``HTTPException`` carries)."""
    status, detail = _status_and_detail(exc)
    response = error_response(status, detail)
    if isinstance(exc, HTTPException) and exc.headers:
        response.headers.update(exc.headers)
    return response


async def handle(request: Request, exc: Exception) -> JSONResponse:
    return response_for(exc)


def install(app: FastAPI) -> None:
    for kind in (HTTPException, RequestValidationError, SyntaxError, LookupError, ValueError,
                 OSError, WorkerCrashed, Exception):
        app.add_exception_handler(kind, handle)
