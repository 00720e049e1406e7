"""One error shape for the whole API, produced by one exception handler::

    {"error": {"status": 400, "title": "Bad Request", "detail": "…"}}

Domain code raises built-ins and the project's own :mod:`..errors`; this is where they
become HTTP statuses.  Only what is the caller's doing is a 4xx (:class:`~..errors.NotFound`,
:class:`~..errors.BadRequest`, a SPARQL syntax error, a refused or oversized request); the
store being out of reach or a query past its time limit is a 503; anything else is the
server's own fault: a 500 with a request id, which the server's log line carries too, with
the traceback (the client never sees one).
"""

from __future__ import annotations

import logging
import uuid
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from ..errors import BadRequest, NotFound, Refused
from ..graph.query.negotiation import ResultTooLarge
from ..graph.store.executor import WorkerCrashed

log = logging.getLogger("uncac_kg.api")


def error_response(status: int, detail: str, *, request_id: str | None = None) -> JSONResponse:
    title = HTTPStatus(status).phrase
    error: dict[str, object] = {"status": status, "title": title, "detail": detail}
    headers = None
    if request_id:
        error["request_id"] = request_id
        headers = {"X-Request-ID": request_id}
    return JSONResponse({"error": error}, status_code=status, headers=headers)


def _status_and_detail(exc: Exception) -> tuple[int, str]:
    if isinstance(exc, HTTPException):
        return exc.status_code, str(exc.detail)
    if isinstance(exc, RequestValidationError):
        parts = []
        for error in exc.errors():
            where = ".".join(str(p) for p in error.get("loc", ()) if p != "body")
            parts.append(f"{where}: {error.get('msg', 'invalid')}")
        return 422, "; ".join(parts) or "invalid request"
    if isinstance(exc, Refused):
        return 403, str(exc)
    if isinstance(exc, TimeoutError | WorkerCrashed):
        return 503, str(exc)
    if isinstance(exc, ResultTooLarge):
        return 422, str(exc)
    if isinstance(exc, SyntaxError):
        return 400, f"SPARQL syntax error: {exc}"
    if isinstance(exc, NotFound):
        return 404, str(exc.args[0]) if exc.args else "not found"
    if isinstance(exc, BadRequest):
        return 400, str(exc)
    if isinstance(exc, OSError):
        return 503, f"store unavailable: {exc}"
    return 500, "internal error: the server failed to answer this request (its log has the details)"


def response_for(exc: Exception, *, method: str = "", path: str = "") -> JSONResponse:
    """The error response for ``exc`` (with the headers an ``HTTPException`` carries); a 500 is
    logged with its traceback under the request id it answers with."""
    status, detail = _status_and_detail(exc)
    request_id = None
    if status == 500:
        request_id = uuid.uuid4().hex[:16]
        log.error("request %s: %s %s failed: %s: %s", request_id, method, path, type(exc).__name__, exc,
                  exc_info=exc)
    response = error_response(status, detail, request_id=request_id)
    if isinstance(exc, HTTPException) and exc.headers:
        response.headers.update(exc.headers)
    return response


async def handle(request: Request, exc: Exception) -> JSONResponse:
    return response_for(exc, method=request.method, path=request.url.path)


def install(app: FastAPI) -> None:
    # The classes answered with a 4xx or 503 are named (Starlette's exception middleware answers
    # them); ``Exception`` goes to its server-error middleware, which answers, then re-raises for
    # the server to log.
    for kind in (HTTPException, RequestValidationError, Refused, TimeoutError, WorkerCrashed, ResultTooLarge,
                 SyntaxError, NotFound, BadRequest, OSError, Exception):
        app.add_exception_handler(kind, handle)
