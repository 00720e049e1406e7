"""Running SPARQL requests so that a runaway one can be stopped.

pyoxigraph cannot interrupt a query, so each request on an on-disk store runs in
a worker process that has its own read-only view of the store; a request that
passes its time limit has its worker killed (and replaced), and the others go
on in the other workers.  A read-only view is reopened when another process
(``uncac-kg load``) has written to the store, so a request sees the store as it
was either before or after each load: a load is one transaction.

A store in memory (tests, notebooks) cannot be shared with another process:
its requests run in the caller's threads, and the time limit then only stops
the wait for the answer.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from pyoxigraph import Variable

from ...errors import BadRequest, NotFound, Refused
from ..query.lexing import outline
from ..query.negotiation import Answer, Limits, ResultTooLarge, serialise
from ..query.parameters import Term
from .embedded import Dataset, GraphStore


@dataclass(frozen=True)
class Request:
    """One SPARQL request: the query, the media types accepted (best first), its dataset,
    and values for its variables (``params``: see :meth:`GraphStore.query`; those named in
    ``inputs`` are bound before it runs)."""

    sparql: str
    accepted: tuple[str, ...] = ()
    dataset: Dataset | None = None
    limits: Limits = field(default_factory=Limits)
    params: tuple[tuple[str, Term], ...] = ()
    inputs: frozenset[str] = frozenset()


#: Deeper nesting of groups and expressions than this is refused before the parser sees it
#: (the engine's parser recurses, and a deep enough query would overflow its stack).
MAX_DEPTH = 200
_CRASHED = ("the query stopped the process running it (out of memory, or a crash in the engine) and was "
            "not answered; the server goes on")
#: Answers up to this many bytes are read from the worker's pipe in the event loop itself.
_READ_IN_LOOP = 1 << 20
#: How many times a read-only view is reopened for one request while another process writes.
_ATTEMPTS = 6


class WorkerCrashed(RuntimeError):
    """The process running a query died (out of memory, or a crash in the engine)."""


class WorkerFailed(RuntimeError):
    """A query worker met an error of its own (not the caller's): a fault of the server."""


def check(sparql: str) -> None:
    """Raise ``Refused`` for what a read-only endpoint must not run, ``ValueError`` for
    a query nested too deep to parse safely."""
    shape = outline(sparql)
    if shape.depth > MAX_DEPTH:
        raise BadRequest(f"query: brackets nested {shape.depth} deep, more than the {MAX_DEPTH} "
                         "this endpoint parses")
    if shape.is_update:
        raise Refused(f"this endpoint is read-only: {shape.form} (SPARQL Update) is not accepted")
    if shape.service:
        raise Refused("SERVICE is not accepted: this endpoint does not call other endpoints "
                      "(run the federated query from your own client)")


def execute(store: GraphStore, request: Request) -> Answer:
    """Run ``request`` on ``store`` and serialise its answer (in this process)."""
    check(request.sparql)
    for attempt in range(_ATTEMPTS):
        try:
            store.refresh(force=attempt > 0)
            return _answer(store, request)
        except OSError:
            # A writer may have compacted away files this view still expected, or be in the
            # middle of writing its manifest: look again at the store as it is now.
            if not store.read_only or attempt == _ATTEMPTS - 1:
                raise
            time.sleep(0.02 * 2**attempt)
    raise AssertionError("unreachable")


def _answer(store: GraphStore, request: Request) -> Answer:
    params = {Variable(name): value for name, value in request.params}
    result = store.query(request.sparql, params=params or None, inputs=request.inputs, dataset=request.dataset)
    return serialise(result, list(request.accepted), limits=request.limits)


# --- worker processes -------------------------------------------------------

#: The errors a worker hands back, by name (checked in this order: subclasses first); any other
#: is the server's own fault (:class:`WorkerFailed`), logged by the worker with its traceback.
_ERRORS: dict[str, type[Exception]] = {
    "SyntaxError": SyntaxError, "ResultTooLarge": ResultTooLarge, "Refused": Refused,
    "BadRequest": BadRequest, "NotFound": NotFound, "MemoryError": WorkerCrashed, "OSError": OSError,
}


#: What a worker sends once it is ready for requests, and how long it may take to be.
_READY = ("ready",)
_START_UP = 120.0


def _serve(path: str, connection: Connection, memory: int | None) -> None:
    """A worker: answer requests from ``connection`` on a read-only view of the store,
    within ``memory`` bytes of address space."""
    # Ctrl-C in a terminal reaches the whole process group: the server stops its workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if memory:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    store: GraphStore | None = None
    try:  # open the store before saying it is ready: a request's time limit is not spent on a start-up
        store = GraphStore.open(path, create=False, read_only=True)
    except Exception:  # (opened again at the first request, whose answer then says why it cannot be)
        store = None
    connection.send(_READY)
    while True:
        try:
            request: Request = connection.recv()
        except (EOFError, OSError):  # the server has gone
            return
        try:
            if store is None:
                store = GraphStore.open(path, create=False, read_only=True)
            answer = execute(store, request)
        except Exception as error:  # every failure goes back to the server, typed
            kind = next((name for name, cls in _ERRORS.items() if isinstance(error, cls)), "WorkerFailed")
            if kind == "WorkerFailed":
                traceback.print_exc()
            connection.send(("error", kind, str(error) or type(error).__name__))
            continue
        if len(answer.body) <= _READ_IN_LOOP:  # one message: one write, read at once
            connection.send(("ok", answer.media_type, answer.body))
        else:  # its size first, so that the server reads the rest without blocking its loop
            connection.send(("ok", answer.media_type, len(answer.body)))
            connection.send_bytes(answer.body)


@dataclass
class _Worker:
    process: BaseProcess
    connection: Connection

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()
        self.process.join(timeout=5)
        with contextlib.suppress(Exception):
            self.connection.close()


class Executor:
    """Runs requests with a time limit: in ``workers`` processes for an on-disk store.

    :meth:`run` blocks (call it from a thread); any number of threads may call it at once,
    each request waiting for a free worker within its time limit.
    """

    def __init__(self, store: GraphStore, *, workers: int = 2, timeout: float = 30.0,
                 memory: int | None = None, isolated: bool | None = None) -> None:
        if workers < 1:
            raise ValueError(f"query workers: {workers}: must be at least 1")
        if timeout <= 0:
            raise ValueError(f"query timeout: {timeout}: must be positive")
        self.store = store
        self.size = workers
        self.timeout = timeout
        self.memory = memory
        self._isolated = store.path is not None if isolated is None else isolated and store.path is not None
        self._idle: queue.Queue[_Worker] = queue.Queue()
        #: Requests of an event loop waiting for a worker, first come first served.
        self._waiters: collections.deque[tuple[asyncio.AbstractEventLoop, asyncio.Future[_Worker]]] = (
            collections.deque())
        self._all: list[_Worker] = []
        self._lock = threading.Lock()
        self._started = False
        self._context = multiprocessing.get_context("spawn")

    @property
    def isolated(self) -> bool:
        """Whether requests run in worker processes (and so can be stopped): on a store on disk,
        unless asked not to."""
        return self._isolated

    def _spawn(self) -> None:
        assert self.store.path is not None
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_serve, args=(str(self.store.path), child, self.memory), daemon=True,
                                        name="uncac-kg-query")
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._all.append(worker)
        try:  # given out only once it has started (imports, store opened): not at a request's expense
            ready = parent.poll(_START_UP) and parent.recv() == _READY
        except (EOFError, OSError):
            ready = False
        if not ready:  # (it died or hangs starting: the other workers serve)
            with self._lock:
                if worker in self._all:
                    self._all.remove(worker)
            worker.stop()
            print(f"uncac-kg: a query worker did not start within {_START_UP:g} s (exit code "
                  f"{process.exitcode}); serving with the others", file=sys.stderr)
            return
        self._give_back(worker)

    def start(self) -> None:
        """Start the workers (the first request does it if not done before)."""
        with self._lock:
            if self._started or not self.isolated:
                return
            self._started = True
        threads = [threading.Thread(target=self._spawn) for _ in range(self.size)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    def close(self) -> None:
        with self._lock:
            workers, self._all = self._all, []
            self._started = False
        for worker in workers:
            worker.stop()
        self._idle = queue.Queue()

    def run(self, request: Request) -> Answer:
        """The answer to ``request``; ``TimeoutError`` past the time limit. Blocks: call it
        from a thread (an event loop awaits :meth:`run_async` instead)."""
        check(request.sparql)
        if not self.isolated:
            return self._run_here(request)
        self.start()
        deadline = time.monotonic() + self.timeout
        worker = self._take(deadline)
        try:
            worker.connection.send(request)
            if not worker.connection.poll(max(0.0, deadline - time.monotonic())):
                self._replace(worker)
                raise TimeoutError(self._late())
            outcome = self._reply(worker)
        except (EOFError, OSError) as error:
            raise self._crashed(worker, error) from None
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    async def run_async(self, request: Request) -> Answer:
        """:meth:`run` for an event loop: the wait for the worker's answer is a wait on its
        pipe in the loop, not a thread blocked on it (one thread hand-over less per request)."""
        check(request.sparql)
        if not self.isolated:
            return await asyncio.to_thread(self._run_here, request)
        if not self._started:
            await asyncio.to_thread(self.start)
        loop = asyncio.get_running_loop()
        deadline = time.monotonic() + self.timeout
        worker = await self._take_async(loop, deadline)
        replying = False
        try:
            worker.connection.send(request)
            ready: asyncio.Future[None] = loop.create_future()
            descriptor = worker.connection.fileno()
            loop.add_reader(descriptor, _settle, ready)
            try:
                await asyncio.wait_for(ready, max(0.0, deadline - time.monotonic()))
            except TimeoutError:
                self._replace(worker)
                raise TimeoutError(self._late()) from None
            finally:
                loop.remove_reader(descriptor)
                os.set_blocking(descriptor, True)  # uvloop makes a watched descriptor non-blocking
            replying = True
            outcome = await self._reply_async(worker)
        except (EOFError, OSError) as error:
            raise self._crashed(worker, error) from None
        except asyncio.CancelledError:  # the client went away: the worker finishes in the background
            if not replying:  # (once replying, _reply_async sees to the worker)
                threading.Thread(target=self._drain, args=(worker, deadline), daemon=True).start()
            raise
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    async def _reply_async(self, worker: _Worker) -> Answer | Exception:
        status, first, second = worker.connection.recv()  # the header: a few bytes, already there
        if status != "ok":
            self._give_back(worker)
            return _ERRORS.get(str(first), WorkerFailed)(second)
        if isinstance(second, bytes):
            self._give_back(worker)
            return Answer(second, str(first))
        # A large body follows its size: it is read in a thread, so the loop serves others meanwhile;
        # if the request is cancelled meanwhile, the reading goes on and then frees the worker.
        reading = asyncio.ensure_future(asyncio.to_thread(worker.connection.recv_bytes))
        reading.add_done_callback(lambda done: self._replace(worker) if done.exception() else self._give_back(worker))
        try:
            return Answer(await asyncio.shield(reading), str(first))
        except (EOFError, OSError):  # the callback above has replaced the worker
            raise WorkerCrashed(_CRASHED) from None

    def _drain(self, worker: _Worker, deadline: float) -> None:
        """Wait for the answer nobody waits for any more, then give the worker back (or
        replace it, past the deadline or if it died)."""
        try:
            if worker.connection.poll(max(0.0, deadline - time.monotonic())):
                status, _, body = worker.connection.recv()
                if status == "ok" and not isinstance(body, bytes):
                    worker.connection.recv_bytes()
                self._give_back(worker)
                return
        except (EOFError, OSError):
            pass
        self._replace(worker)

    async def _take_async(self, loop: asyncio.AbstractEventLoop, deadline: float) -> _Worker:
        with self._lock:
            try:
                return self._idle.get_nowait()
            except queue.Empty:
                waiter: asyncio.Future[_Worker] = loop.create_future()
                self._waiters.append((loop, waiter))
        try:
            return await asyncio.wait_for(waiter, max(0.0, deadline - time.monotonic()))
        except TimeoutError:
            raise TimeoutError(f"every query worker stayed busy for {self.timeout:g} s: try again later") from None
        finally:
            with self._lock:
                if (loop, waiter) in self._waiters:
                    self._waiters.remove((loop, waiter))

    def _give_back(self, worker: _Worker) -> None:
        """A free worker goes to the request waiting longest in an event loop, else to the queue."""
        with self._lock:
            if not self._waiters:
                self._idle.put(worker)
                return
            loop, waiter = self._waiters.popleft()
        loop.call_soon_threadsafe(self._hand, waiter, worker)

    def _hand(self, waiter: asyncio.Future[_Worker], worker: _Worker) -> None:
        if waiter.done():  # its request gave up meanwhile: next one
            self._give_back(worker)
        else:
            waiter.set_result(worker)

    def _take(self, deadline: float) -> _Worker:
        try:
            return self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise TimeoutError(f"every query worker stayed busy for {self.timeout:g} s: try again later") from None

    def _reply(self, worker: _Worker) -> Answer | Exception:
        """The worker's answer, or the error it reports (returned, for the caller to raise)."""
        status, first, second = worker.connection.recv()
        if status != "ok":
            self._give_back(worker)
            return _ERRORS.get(str(first), WorkerFailed)(second)
        answer = Answer(second if isinstance(second, bytes) else worker.connection.recv_bytes(), str(first))
        self._give_back(worker)
        return answer

    def _crashed(self, worker: _Worker, error: BaseException) -> BaseException:
        if isinstance(error, TimeoutError):
            return error
        self._replace(worker)
        return WorkerCrashed(_CRASHED)

    def _run_here(self, request: Request) -> Answer:
        done: queue.Queue[tuple[Answer | None, BaseException | None]] = queue.Queue()

        def target() -> None:
            try:
                done.put((execute(self.store, request), None))
            except BaseException as error:  # handed to the caller
                done.put((None, error))

        threading.Thread(target=target, daemon=True).start()
        try:
            answer, error = done.get(timeout=self.timeout)
        except queue.Empty:
            raise TimeoutError(self._late()) from None
        if error is not None:
            raise error
        assert answer is not None
        return answer

    def _late(self) -> str:
        return (f"the query ran for more than {self.timeout:g} s (the server's limit) and was stopped: "
                "narrow it or add a LIMIT")

    def _replace(self, worker: _Worker) -> None:
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)
            started = self._started
        worker.stop()
        if started:
            threading.Thread(target=self._spawn, daemon=True).start()


def _settle(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


__all__ = ["MAX_DEPTH", "Executor", "Refused", "Request", "WorkerCrashed", "WorkerFailed", "check", "execute"]
