"""Where the per-document stage runs: in this process, in worker processes of this machine
(one per core by default), or on a Dask cluster (``--scheduler tcp://HOST:8786``). Every
way gives the same results, and so the same bytes."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator

from ..errors import UsageError
from .document import DocumentResult, Source, process
from .setup import Setup

_SETUP: Setup | None = None  # the worker process's setup (inherited from the parent, or built once)


def _work(source: Source) -> DocumentResult:
    return process(source, _SETUP)


def run_local(sources: list[Source], setup: Setup, workers: int) -> Iterator[DocumentResult]:
    """Results in the order of ``sources``; with several workers, forked from this process
    so they share its setup instead of building their own."""
    global _SETUP
    _SETUP = setup.warm()
    if workers <= 1 or len(sources) < 2:
        for source in sources:
            yield process(source, setup)
        return
    context = multiprocessing.get_context("fork")
    with context.Pool(min(workers, len(sources))) as pool:
        yield from pool.imap(_work, sources, chunksize=8)


def dask_process(source: Source, reasoner: str, fingerprint: str) -> DocumentResult:
    """The stage on a Dask worker: its setup is built once per worker process, and must be
    the one the client's build has (the same code, ontology and reference data)."""
    global _SETUP
    if _SETUP is None or _SETUP.reasoner != reasoner:
        _SETUP = Setup(reasoner).warm()
    if _SETUP.fingerprint != fingerprint:
        raise RuntimeError("this Dask worker runs other jhakg code or reference data than the client")
    return process(source, _SETUP)


def run_dask(sources: list[Source], setup: Setup, address: str) -> Iterator[DocumentResult]:
    try:
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - distributed is a dependency
        raise UsageError("--scheduler", "needs the 'distributed' package") from exc
    try:
        client = Client(address, timeout="10s")
    except OSError as exc:
        raise UsageError(address, f"no Dask scheduler answers there ({exc})") from exc
    try:
        futures = client.map(dask_process, sources, reasoner=setup.reasoner, fingerprint=setup.fingerprint,
                             pure=False)
        for future in futures:  # in the order of the sources
            yield future.result()
            future.release()
    finally:
        client.close()


def scheduler(workers: int | None, address: str | None) -> Callable[[list[Source], Setup], Iterator[DocumentResult]]:
    if address:
        return lambda sources, setup: run_dask(sources, setup, address)
    count = workers if workers is not None else (os.cpu_count() or 1)
    return lambda sources, setup: run_local(sources, setup, count)
