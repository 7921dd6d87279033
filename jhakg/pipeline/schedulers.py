"""Where the per-document stage runs: in this process, in worker processes of this machine
(one per core by default), or on a Dask cluster (``--scheduler tcp://HOST:8786``). Every
way gives the same results, and so the same bytes.

Local workers write each result into the cache themselves and send back only its summary;
Dask workers may be other machines, so their results come back whole and are cached here.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator

from ..errors import UsageError
from .cache import Cache
from .document import DocumentResult, Source, process
from .setup import Setup

Job = tuple[Source, str]  # a document and its cache key
Scheduler = Callable[[list[Job], Setup, Cache], Iterator[DocumentResult]]
_STATE: tuple[Setup, Cache] | None = None  # the worker process's (inherited from the parent)
_DASK: Setup | None = None


def _work(job: Job) -> DocumentResult:
    setup, cache = _STATE
    source, key = job
    return cache.put(key, process(source, setup))


def run_local(jobs: list[Job], setup: Setup, cache: Cache, workers: int) -> Iterator[DocumentResult]:
    """Summaries in the order of ``jobs``; with several workers, forked from this process
    so that they share its setup instead of building their own."""
    global _STATE
    _STATE = setup.warm(), cache
    if workers <= 1 or len(jobs) < 2:
        yield from map(_work, jobs)
        return
    context = multiprocessing.get_context("fork")
    with context.Pool(min(workers, len(jobs))) as pool:
        yield from pool.imap(_work, jobs, chunksize=4)


def dask_process(source: Source, reasoner: str, base: str, dumps: tuple[str, ...], fingerprint: str) -> DocumentResult:
    """The stage on a Dask worker: its setup is built once per worker process, and must be
    the one the client's build has (the same code, ontology, reference data and options)."""
    global _DASK
    if _DASK is None or (_DASK.reasoner, _DASK.base, _DASK.dumps) != (reasoner, base, dumps):
        _DASK = Setup(reasoner, base, dumps=dumps).warm()
    if _DASK.fingerprint != fingerprint:
        raise RuntimeError("this Dask worker runs other jhakg code or reference data than the client")
    return process(source, _DASK)


def run_dask(jobs: list[Job], setup: Setup, cache: Cache, address: str) -> Iterator[DocumentResult]:
    try:
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - distributed is a dependency
        raise UsageError("--scheduler", "needs the 'distributed' package") from exc
    try:
        client = Client(address, timeout="10s")
    except OSError as exc:
        raise UsageError(address, f"no Dask scheduler answers there ({exc})") from exc
    try:
        futures = client.map(dask_process, [s for s, _ in jobs], reasoner=setup.reasoner, base=setup.base,
                             dumps=setup.dumps, fingerprint=setup.fingerprint, pure=False)
        for (_, key), future in zip(jobs, futures, strict=True):  # in the order of the jobs
            yield cache.put(key, future.result())
            future.release()
    finally:
        client.close()


def scheduler(workers: int | None, address: str | None) -> Scheduler:
    if address:
        return lambda jobs, setup, cache: run_dask(jobs, setup, cache, address)
    count = workers if workers is not None else (os.cpu_count() or 1)
    return lambda jobs, setup, cache: run_local(jobs, setup, cache, count)
