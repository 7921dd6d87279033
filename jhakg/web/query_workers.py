"""SPARQL evaluated where a crash or a runaway query cannot hurt the server.

When the server starts, a *zygote* process is forked: it holds the loaded store (shared
with the server copy-on-write) and does nothing but fork *workers* on request. Each worker
evaluates one query at a time under an address-space limit (``RLIMIT_AS``: the size it
was born with plus the memory limit), so a query that needs more gets its allocation
refused and ends its worker, not the server; a worker whose query passes the time limit is
killed (SIGKILL: a thread could not be stopped) and replaced. A worker checks the query
against the read-only policy on its parse tree, evaluates it, cuts the answer at the row
cap and writes it in the negotiated format, and sends the bytes back.

The server keeps a fixed number of workers (``workers``); a query that finds none idle is
answered at once (``Busy``). The zygote is forked before the server starts any thread, so
its forks are safe; when the server goes (even by SIGKILL) the zygote reads the end of
its control socket, kills its workers and exits, and a worker reads the end of its own
socket and exits.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import pickle
import resource
import signal
import socket
import struct
import sys
import threading
import traceback
import weakref
from collections.abc import Callable
from dataclasses import dataclass

import pyoxigraph as ox

from . import query_policy, sparql_results
from .data import serialize

_LENGTH = struct.Struct(">Q")
QUERIES_PER_WORKER = 500  # a worker is replaced after this many queries, so what it grew by is given back


class Refused(Exception):
    """The query is not one the endpoint evaluates: ``status`` and the reason."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status, self.reason = status, reason


class Busy(Exception):
    """Every worker is evaluating a query."""


class TimeLimit(Exception):
    """The query ran past the time limit; its worker was killed."""


class Ended(Exception):
    """The worker ended while evaluating the query: it needed more memory than its limit
    (the usual cause), or it failed."""


@dataclass(frozen=True)
class Settings:
    base: str
    row_cap: int
    memory_mb: int


@dataclass(frozen=True)
class Answer:
    media: str
    body: bytes
    truncated: bool


# ----------------------------------------------------------------------------- framing


def _send(sock: socket.socket, message) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    sock.sendall(_LENGTH.pack(len(data)) + data)


def _recv_exact(sock: socket.socket, size: int) -> bytes | None:
    chunks, left = [], size
    while left:
        chunk = sock.recv(min(left, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _recv(sock: socket.socket):
    head = _recv_exact(sock, _LENGTH.size)
    if head is None:
        return None
    data = _recv_exact(sock, _LENGTH.unpack(head)[0])
    return None if data is None else pickle.loads(data)


async def _recv_async(loop: asyncio.AbstractEventLoop, sock: socket.socket):
    async def exact(size: int) -> bytes:
        buffer = bytearray(size)
        view, got = memoryview(buffer), 0
        while got < size:
            n = await loop.sock_recv_into(sock, view[got:])
            if not n:
                raise EOFError
            got += n
        return bytes(buffer)

    return pickle.loads(await exact(_LENGTH.unpack(await exact(_LENGTH.size))[0]))


# ----------------------------------------------------------------------------- the worker


def evaluate(store: ox.Store, settings: Settings, request: dict) -> Answer:
    """One query, from its text to the bytes of its answer. Raises Refused."""
    text = request["query"]
    refused = query_policy.refusal(text, settings.base)
    if refused:
        raise Refused(400, refused)
    try:
        graphs = {k: [ox.NamedNode(g) for g in request[k]] or None for k in ("default_graph", "named_graphs")}
        result = store.query(text, **graphs)
        if isinstance(result, ox.QueryBoolean):
            media = request["boolean_media"]
            if media == "text/html":
                return Answer(media, sparql_results.html_page(text, None, bool(result), False, 0, settings.base), False)
            return Answer(media, sparql_results.boolean(bool(result), media), False)
        answers = [a for _, a in zip(range(settings.row_cap + 1), result, strict=False)]
    except (SyntaxError, ValueError, OSError) as exc:
        raise Refused(400, f"bad query: {exc}") from exc
    truncated = len(answers) > settings.row_cap
    answers = answers[: settings.row_cap]
    if isinstance(result, ox.QueryTriples):
        media = request["graph_media"]
        return Answer(media, serialize(answers, media), truncated)
    media = request["rows_media"]
    if media == "text/html":
        body = sparql_results.html_page(text, result.variables, answers, truncated, settings.row_cap, settings.base)
        return Answer(media, body, truncated)
    return Answer(media, sparql_results.results(result.variables, answers, sparql_results.FORMATS[media]), truncated)


def _limit_memory(megabytes: int) -> None:
    """The address space this process may use: what it has now and ``megabytes`` more."""
    with open("/proc/self/statm") as f:
        size = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    limit = size + megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # an aborted worker leaves no core file


def _worker(sock: socket.socket, store: ox.Store, settings: Settings) -> None:
    # below the server in CPU priority: while queries keep every core busy, the pages are
    # still answered at once (tests/test_endpoint_load.py, 2 cores: a cheap page's p99 64-129 ms
    # with the workers at the server's priority, 18 ms with them below it)
    os.nice(10)
    sys.setrecursionlimit(20_000)  # the policy's parser recurses per nesting level (at most MAX_DEPTH)
    _limit_memory(settings.memory_mb)
    for served in range(1, QUERIES_PER_WORKER + 1):
        request = _recv(sock)
        if request is None:  # the server is gone
            return
        last = served == QUERIES_PER_WORKER
        try:
            _send(sock, ("answer", evaluate(store, settings, request), None, last))
        except Refused as exc:
            _send(sock, ("refused", exc.status, exc.reason, last))
        except (MemoryError, RecursionError):  # nothing was sent: _send pickles before it writes
            _send(sock, ("ended", None, None, True))
            return  # what is left of this process is not to be trusted
        except Exception as exc:  # a fault of ours: said to the client as one, and logged
            traceback.print_exc(file=sys.stderr)
            _send(sock, ("failed", 500, f"the query could not be evaluated ({type(exc).__name__})", True))
            return


# ----------------------------------------------------------------------------- the zygote


def _leave_the_servers_signals() -> None:
    """Ctrl-C is for the server (which then closes the control socket), SIGTERM ends this
    process, and no signal here may wake the server's event loop through its wakeup fd."""
    with contextlib.suppress(ValueError):  # not the main thread: nothing was set
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _fork(child: Callable[[], None]) -> int:
    """Fork; the child runs ``child`` and ends (status 1 if it raised), never returning
    into the caller's code; the parent gets the child's pid."""
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            child()
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    return pid


def _zygote(control: socket.socket, store: ox.Store, settings: Settings) -> None:
    """Fork a worker for each b"s" and send back its pid and socket; kill a worker of its
    own for b"k"+pid; at the end of the control socket, kill every worker and return."""
    from .query_policy import parser  # loaded once here, shared by every worker

    parser()
    children: set[int] = set()

    def reap():
        for pid in list(children):
            with contextlib.suppress(ChildProcessError):
                if os.waitpid(pid, os.WNOHANG)[0]:
                    children.discard(pid)

    control.settimeout(5)
    try:
        while True:
            try:
                op = _recv_exact(control, 1)
            except TimeoutError:
                reap()
                continue
            if op is None:
                return
            if op == b"k":
                pid = int.from_bytes(_recv_exact(control, 4) or b"\0\0\0\0", "big")
                if pid in children:  # not reaped yet, so the pid is still this worker's
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL)
                reap()
                continue
            mine, theirs = socket.socketpair()

            def worker(mine=mine, theirs=theirs):
                control.close()
                mine.close()
                _worker(theirs, store, settings)

            pid = _fork(worker)
            theirs.close()
            children.add(pid)
            socket.send_fds(control, [pid.to_bytes(4, "big")], [mine.fileno()])
            mine.close()
            reap()
    finally:
        for pid in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        for pid in children:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)


# ----------------------------------------------------------------------------- the server's side


@dataclass
class _Worker:
    pid: int
    sock: socket.socket


class QueryWorkers:
    """A fixed number of worker processes evaluating SPARQL for the server."""

    def __init__(self, store: ox.Store, settings: Settings, workers: int, time_limit: float):
        self.time_limit = time_limit
        ours, zygotes = socket.socketpair()

        def zygote():
            _leave_the_servers_signals()
            ours.close()
            _zygote(zygotes, store, settings)

        pid = _fork(zygote)
        zygotes.close()
        self._zygote, self._control = pid, ours
        self._control_lock = threading.Lock()
        self._idle = [self._spawn() for _ in range(workers)]
        self._finalizer = weakref.finalize(self, QueryWorkers._stop, ours, pid)

    @staticmethod
    def _stop(control: socket.socket, zygote: int) -> None:
        control.close()  # the zygote kills its workers and exits
        with contextlib.suppress(ChildProcessError):
            os.waitpid(zygote, 0)

    def close(self) -> None:
        self._finalizer()

    def _spawn(self) -> _Worker:
        with self._control_lock:
            self._control.sendall(b"s")
            message, fds, _, _ = socket.recv_fds(self._control, 4, 1)
        sock = socket.socket(fileno=fds[0])
        sock.setblocking(False)
        return _Worker(int.from_bytes(message, "big"), sock)

    def _kill(self, worker: _Worker) -> None:
        with self._control_lock:
            self._control.sendall(b"k" + worker.pid.to_bytes(4, "big"))
        worker.sock.close()

    def _replace(self, worker: _Worker, kill: bool) -> None:
        """Put a new worker in place of ``worker`` (killed first if ``kill``), off the event loop."""
        loop = asyncio.get_running_loop()

        def replace():
            if kill:
                self._kill(worker)
            else:
                worker.sock.close()
            return self._spawn()

        future = loop.run_in_executor(None, replace)
        future.add_done_callback(lambda f: self._idle.append(f.result()) if not f.exception() else None)

    @property
    def idle(self) -> int:
        return len(self._idle)

    async def evaluate(self, request: dict) -> Answer:
        """The answer to ``request`` (query, graphs, the negotiated media types). Raises
        Busy, TimeLimit, Ended or Refused."""
        if not self._idle:
            raise Busy
        worker = self._idle.pop()
        loop = asyncio.get_running_loop()
        try:
            await loop.sock_sendall(worker.sock, _LENGTH.pack(len(data := pickle.dumps(request))) + data)
            reply = await asyncio.wait_for(_recv_async(loop, worker.sock), self.time_limit)
        except TimeoutError:
            self._replace(worker, kill=True)
            raise TimeLimit from None
        except (EOFError, OSError, pickle.UnpicklingError):
            self._replace(worker, kill=True)
            raise Ended from None
        except asyncio.CancelledError:  # the client went away: the worker's answer would be out of step
            self._replace(worker, kill=True)
            raise
        kind, first, second, retiring = reply
        if retiring:
            self._replace(worker, kill=kind == "ended")
        else:
            self._idle.append(worker)
        if kind == "answer":
            return first
        if kind in ("refused", "failed"):
            raise Refused(first, second)
        raise Ended
