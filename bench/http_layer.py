"""Benchmark: what the HTTP layer alone costs, against the Oxigraph server in the same run.

Three apps answer every POST to ``/sparql`` with the same constant SPARQL JSON (no query
runs), under uvicorn as ``uncac-kg serve`` runs it, with 40 other routes beside it:

* ``fastapi``   — a FastAPI route with two injected dependencies and three query
  parameters, as the endpoint was written before (``api/sparql.py``'s history);
* ``starlette`` — a plain Starlette route in the same FastAPI app;
* ``asgi``      — a plain ASGI function called before the app's routing, as ``/sparql``
  is answered now (``api/app.py``).

The point lookup of ``bench/query.py`` is sent by the same 8 client threads to each, and to
the Oxigraph server over the bundled reports, whose rate is the reference.

    python bench/http_layer.py [--seconds 4]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import Response
from starlette.routing import Route

sys.path.insert(0, str(Path(__file__).resolve().parent))
import query
import servers

from uncac_kg.graph.ingest import BUNDLED_REPORTS

BODY = b'{"head":{"vars":["p","o"]},"results":{"bindings":[]}}'
KINDS = ("fastapi", "starlette", "asgi")


def dependency(request: Request) -> int:
    return 1


def make(kind: str) -> Any:
    """The app of ``kind``."""
    app = FastAPI()
    if kind == "fastapi":
        @app.post("/sparql")
        async def answer(request: Request, a: Annotated[int, Depends(dependency)],
                         b: Annotated[int, Depends(dependency)], format: Annotated[str | None, Query()] = None,
                         default: Annotated[list[str], Query(alias="default-graph-uri")] = [],  # noqa: B006
                         named: Annotated[list[str], Query(alias="named-graph-uri")] = []) -> Response:  # noqa: B006
            await request.body()
            return Response(BODY, media_type="application/sparql-results+json")
    elif kind == "starlette":
        async def plain(request: Request) -> Response:
            await request.body()
            return Response(BODY, media_type="application/sparql-results+json")
        app.router.routes.insert(0, Route("/sparql", plain, methods=["POST"]))
    for number in range(40):
        app.get(f"/other{number}/{{x}}")(lambda x: x)
    app.add_middleware(CORSMiddleware, allow_origins=["*"])
    if kind != "asgi":
        return app

    async def before_routing(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"] == "/sparql":
            while (await receive()).get("more_body"):
                pass
            await send({"type": "http.response.start", "status": 200, "headers": [
                (b"content-type", b"application/sparql-results+json"), (b"content-length", str(len(BODY)).encode())]})
            await send({"type": "http.response.body", "body": BODY})
            return
        await app(scope, receive, send)

    return before_routing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="What the HTTP layer alone costs.")
    parser.add_argument("--seconds", type=float, default=4.0, help="per app (default 4)")
    parser.add_argument("--serve", nargs=2, metavar=("KIND", "PORT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        import uvicorn

        uvicorn.run(make(args.serve[0]), host="127.0.0.1", port=int(args.serve[1]), log_level="warning")
        return 0
    text = query.library()["point-lookup"]
    rates: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="uncac-kg-bench-") as tmp:
        folder = Path(tmp)
        _store, dump = servers.build_store(folder, sorted(BUNDLED_REPORTS.glob("*.txt")))
        for kind in (*KINDS, "oxigraph"):
            if kind == "oxigraph":
                started = servers.oxigraph(dump, folder)
            else:
                port = servers.free_port()
                started = servers.process([sys.executable, __file__, "--serve", kind, str(port)],
                                          f"http://127.0.0.1:{port}/sparql")
            with started as (url, _, _pid):
                measure = query.measure(url, text, seconds=args.seconds, timeout=30)
            rates[kind] = measure.rate
            print(f"    {kind:<10} {query.describe(measure)}", flush=True)
    print("\nrequests/s as a fraction of the Oxigraph server's (which also runs the query):")
    for kind in KINDS:
        print(f"    {kind:<10} {rates[kind] / rates['oxigraph']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
