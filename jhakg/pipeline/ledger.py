"""The build's ledger, kept in the cache: what the last build assembled, so that a rebuild
reads one file instead of every document and every cache entry's header.

- each document file's size, times and inode, with the digest of its bytes: a file whose
  status has not changed is not read again (only a file last changed well before the
  build read it is vouched for, so that a change within the same clock tick cannot hide);
- each cache entry's summary (counts, warnings, where its pieces are), without its parts
  of VoID and of the statistics graph, which are kept added up instead;
- those totals (``ClassTotals``, ``StatisticsTotals``): counts, so a rebuild takes away the
  parts of the documents that went or changed (read from their old entries) and adds those
  of the new ones, and writes the same bytes as a build that added everything up.

A ledger that is missing, unreadable, of another fingerprint, or whose entries are no longer
in the cache as it says, is not used (or that entry is read again): the build is then what
it was without one, only slower.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import fields
from pathlib import Path

from ..publish.dumps import Range
from ..publish.statistics import StatisticsTotals
from ..publish.void import ClassTotals
from .cache import Cache
from .document import DocumentResult

NAME = "ledger.json"
VERSION = 1
SETTLED_NS = 2_000_000_000  # a file changed less than 2 s before it was read is not vouched for
# what the ledger keeps of a summary: not its parts of the totals, nor the times of its stages
KEPT = tuple(f.name for f in fields(DocumentResult) if f.name not in ("classes", "spoken", "chunks", "pieces", "seconds"))

FileStatus = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode


def status(path: str | Path) -> FileStatus:
    st = os.stat(path)
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino


def _entry_status(path: str | Path) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_size, st.st_mtime_ns


class Ledger:
    def __init__(self, folder: str = "", files: dict | None = None, entries: dict | None = None,
                 built: list[str] | None = None, classes: ClassTotals | None = None,
                 statistics: StatisticsTotals | None = None):
        self.folder = folder  # the documents' folder, resolved
        self.files: dict[str, list] = files or {}  # file name -> [size, mtime_ns, ctime_ns, inode, digest hex]
        self.entries: dict[str, dict] = entries or {}  # key -> the summary's header, and its entry's size
        self.built = built or []  # the keys whose parts the totals hold
        self.classes = classes or ClassTotals()
        self.statistics = statistics or StatisticsTotals()
        self._same: dict[Path, bool] = {}  # folder -> whether it resolves to self.folder

    @classmethod
    def read(cls, cache: Cache, fingerprint: str) -> Ledger | None:
        try:
            data = json.loads((cache.folder / NAME).read_bytes())
            if data["version"] != VERSION or data["fingerprint"] != fingerprint:
                return None
            return cls(data["folder"], data["files"], data["entries"], data["built"], ClassTotals(data["classes"]),
                       StatisticsTotals(data["statistics"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def digest(self, folder: Path, name: str, now: FileStatus) -> bytes | None:
        """The digest of a file's bytes (``name`` in ``folder``) if the ledger vouches for it:
        the same folder, and the same size, times and inode as when the last build read it."""
        known = self.files.get(name)
        if known is None or not self._is_folder(folder) or tuple(known[:4]) != now:
            return None
        return bytes.fromhex(known[4])

    def _is_folder(self, folder: Path) -> bool:
        """Whether ``folder`` is the one the ledger's files are in (resolved once a folder, not once a file)."""
        same = self._same.get(folder)
        if same is None:
            same = self._same[folder] = self.folder == str(folder.resolve())
        return same

    def summary(self, cache: Cache, key: str) -> DocumentResult | None:
        """An entry's summary as the ledger has it (its parts of the totals left out), if the
        entry is still in the cache with the size and time it had."""
        header = self.entries.get(key)
        if header is None:
            return None
        path = cache.path(key)
        try:
            if list(_entry_status(path)) != header["entry"]:
                return None
            result = DocumentResult(**{k: header[k] for k in KEPT})
            result.pieces = {name: Range(path, offset, length) for name, (offset, length) in header["ranges"].items()}
        except (OSError, KeyError, TypeError, ValueError):
            return None
        return result

    def totals(self, cache: Cache, built: dict[str, DocumentResult], fresh: set[str]
               ) -> tuple[ClassTotals, StatisticsTotals] | None:
        """The totals of the ``built`` documents (key -> summary; ``fresh``: the keys whose
        summary holds its parts), from the last build's by difference; None when a part
        to take away or to add cannot be read."""
        old = set(self.built)
        classes, statistics = self.classes, self.statistics
        try:
            for key in sorted(old - built.keys()):
                gone = cache.get(key)
                if gone is None:
                    return None
                classes.add(gone.classes, -1)
                statistics.add(gone.spoken, -1)
            for key in sorted(built.keys() - old):
                came = built[key] if key in fresh else cache.get(key)
                if came is None:
                    return None
                classes.add(came.classes)
                statistics.add(came.spoken)
        except ValueError:  # the totals do not hold what the ledger says they do
            return None
        return classes, statistics


def totals_of(cache: Cache, built: dict[str, DocumentResult], fresh: set[str]
              ) -> tuple[ClassTotals, StatisticsTotals]:
    """The totals added up from every built document (reading the header of each entry
    whose summary came from the ledger)."""
    classes, statistics = ClassTotals(), StatisticsTotals()
    for key, summary in built.items():
        whole = summary if key in fresh else cache.get(key)
        if whole is None:
            raise OSError(f"the cache entry {key} went while the build read it")
        classes.add(whole.classes)
        statistics.add(whole.spoken)
    return classes, statistics


def write(cache: Cache, fingerprint: str, folder: Path, files: dict[str, list], summaries: dict[str, DocumentResult],
          built: list[str], classes: ClassTotals, statistics: StatisticsTotals) -> None:
    """The ledger of the build just written (atomically: a rename)."""
    entries = {}
    for key, summary in summaries.items():
        header = {k: getattr(summary, k) for k in KEPT}
        header["ranges"] = {name: (r.offset, r.length) for name, r in summary.pieces.items()}
        try:
            header["entry"] = _entry_status(cache.path(key))
        except OSError:
            continue
        entries[key] = header
    data = {"version": VERSION, "fingerprint": fingerprint, "folder": str(folder.resolve()), "written": time.time_ns(),
            "files": files, "entries": entries, "built": sorted(built), "classes": classes.to_json(),
            "statistics": statistics.to_json()}
    path = cache.folder / NAME
    cache.folder.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp-{os.getpid()}")
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)  # a ledger is only a shortcut: the build stands without it
