"""Peak memory of a process and its children, sampled from /proc while it runs: the sum of
their proportional set sizes (PSS: shared pages counted once, split between the sharers)
and the largest resident set size of any one of them."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(x) for x in (task / "children").read_text().split()]
        except OSError:
            pass
    return out


def _tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo += _children(p)
    return found


def _kb(path: str, field: str) -> int:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


@dataclass
class Peak:
    pss_mb: float = 0.0  # the whole tree
    rss_mb: float = 0.0  # the largest process


def sample(pid: int, peak: Peak, stop: threading.Event, every: float = 0.25) -> None:
    while not stop.is_set():
        tree = _tree(pid)
        pss = sum(_kb(f"/proc/{p}/smaps_rollup", "Pss:") for p in tree) / 1024
        rss = max((_kb(f"/proc/{p}/status", "VmRSS:") for p in tree), default=0) / 1024
        peak.pss_mb, peak.rss_mb = max(peak.pss_mb, pss), max(peak.rss_mb, rss)
        stop.wait(every)


def run(command: list[str], **kwargs) -> tuple[subprocess.CompletedProcess, float, Peak]:
    """Run a command to its end; returns it, its wall seconds and its peak memory."""
    peak, stop = Peak(), threading.Event()
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)
    thread = threading.Thread(target=sample, args=(proc.pid, peak, stop), daemon=True)
    thread.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    stop.set()
    thread.join()
    return subprocess.CompletedProcess(command, proc.returncode, out, err), seconds, peak


if __name__ == "__main__":
    import sys

    done, seconds, peak = run(sys.argv[1:], env=os.environ)
    print(done.stdout[-2000:], done.stderr[-2000:])
    print(f"exit {done.returncode}, {seconds:.1f} s, peak PSS {peak.pss_mb:.0f} MB, largest RSS {peak.rss_mb:.0f} MB")
