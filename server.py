"""Running the app over HTTP: in this process, or in several processes sharing one socket.

One process answers HTTP on one core (the event loop holds Python's lock): past about a
thousand small requests a second, that core is the limit, not the engine.  With
``http_workers`` above 1, this process binds the socket, starts that many server processes
(spawned, not forked: the parent may hold a RocksDB store's threads), each with its own
read-only view of the store and its own query workers, and supervises them: a server
process that dies is started again, and all stop when this one is asked to (SIGINT,
SIGTERM).  A server process whose parent has gone stops too.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import signal
import socket
import sys
import threading
import time
from dataclasses import replace
from multiprocessing.process import BaseProcess
from types import FrameType

from .graph.store.embedded import GraphStore
from .graph.store.remote import open_store, store_location
from .settings import Settings

#: A server process that ran this many seconds had started well; five that died sooner, in a
#: row, mean something is wrong with the store or the settings, not with one request.
_SETTLED = 10.0
_MAX_QUICK_DEATHS = 5
#: Seconds a server asked to stop waits for the requests in flight before it cancels them
#: (their queries' workers are then killed): a stop takes seconds, whatever is running.
_GRACE = 3


def serve(settings: Settings, *, store: GraphStore | None = None) -> None:
    """Serve until stopped; ``store`` (this process's view) is used with one server process."""
    import uvicorn

    from .api.app import create_app

    if settings.http_workers <= 1:
        uvicorn.run(create_app(settings, store=store), host=settings.host, port=settings.port, log_level="warning",
                    timeout_graceful_shutdown=_GRACE)
        return
    del store  # each server process opens its own view
    _supervise(settings)


def _supervise(settings: Settings) -> None:
    listening = socket.create_server((settings.host, settings.port), backlog=2048)
    # The query workers are shared out: each server process gets its part (one at least).
    each = replace(settings, query_workers=max(1, math.ceil(settings.query_workers / settings.http_workers)))
    context = multiprocessing.get_context("spawn")
    stop = threading.Event()
    children: dict[int, BaseProcess] = {}

    started: dict[int, float] = {}
    quick_deaths = 0

    def start(number: int) -> None:
        child = context.Process(target=_server_process, args=(each, listening, os.getpid()),
                                name=f"uncac-kg-http-{number}")
        child.start()
        children[number] = child
        started[number] = time.monotonic()

    def stopping(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {s: signal.signal(s, stopping) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        for number in range(settings.http_workers):
            start(number)
        while not stop.wait(0.5):
            for number, child in list(children.items()):
                if child.is_alive():
                    continue
                # One that dies soon after starting will die again: give up after a few in a row.
                quick_deaths = quick_deaths + 1 if time.monotonic() - started[number] < _SETTLED else 0
                if quick_deaths >= _MAX_QUICK_DEATHS:
                    raise OSError(f"server processes keep stopping right after they start ({quick_deaths} "
                                  f"in a row, last exit code {child.exitcode}): see their messages above")
                print(f"uncac-kg: server process {child.name} stopped (exit code {child.exitcode}): "
                      "starting it again", file=sys.stderr, flush=True)
                start(number)
    finally:
        for child in children.values():
            child.terminate()
        deadline = time.monotonic() + _GRACE + 4
        for child in children.values():
            child.join(max(0.0, deadline - time.monotonic()))
            if child.is_alive():
                child.kill()
                child.join()
        listening.close()
        for s, handler in previous.items():
            signal.signal(s, handler)


def _server_process(settings: Settings, listening: socket.socket, parent: int) -> None:
    import uvicorn

    from .api.app import create_app

    threading.Thread(target=_stop_when_orphaned, args=(parent,), daemon=True).start()
    location = store_location(settings.store, **settings.endpoints)
    store = open_store(location, create=False, read_only=True, timeout=settings.query_timeout)
    app = create_app(settings, store=store)
    uvicorn.Server(uvicorn.Config(app, log_level="warning", timeout_graceful_shutdown=_GRACE)).run(
        sockets=[listening])


def _stop_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os.kill(os.getpid(), signal.SIGTERM)


__all__ = ["serve"]
