"""Writing one dump, and where its pieces lie, so that the next build copies them back.

A dump is the concatenation of its graphs' pieces. Each document's piece comes from its
cache entry; copied one by one, 20,000 pieces cost as many opens and kernel copies (about
2 s for the three dumps at 10,000 documents, where copying the same bytes in three calls
takes 0.4 s). So the build records where each cached piece lies in the dump it wrote (its
*layout*), and the next build, while the last ``dist/`` is still in place, copies each run
of pieces that have not changed from that dump, in one call per run. The layout is
trusted only for a dump whose size, times and inode are those recorded when it was
written; a piece is known by its cache entry's name and place in it, which the
document's bytes and the code's fingerprint fix.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

Status = list[int]  # size, mtime_ns, ctime_ns, inode


def status(path: Path) -> Status:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


@dataclass
class Layout:
    """Of each dump written into ``out``: its status when written, and where each cached
    piece lies in it (identity → offset, length)."""

    out: str = ""
    files: dict[str, Status] = field(default_factory=dict)
    pieces: dict[str, dict[str, list[int]]] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path | None, out: Path) -> Layout:
        """The layout last saved, of the dumps still in ``out`` unchanged (empty if none)."""
        try:
            data = json.loads(path.read_text(encoding="utf-8")) if path else {}
        except (OSError, ValueError):
            data = {}
        if data.get("out") != str(out):
            return cls(str(out))
        layout = cls(str(out))
        for name, recorded in data.get("files", {}).items():
            try:
                if status(out / name) == recorded:
                    layout.files[name] = recorded
                    layout.pieces[name] = data["pieces"][name]
            except (OSError, KeyError):
                continue
        return layout

    def save(self, path: Path) -> None:
        tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        tmp.write_text(json.dumps({"out": self.out, "files": self.files, "pieces": self.pieces},
                                  separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, path)


class DumpWriter:
    """A dump being written: bytes, ranges of cache entries, and runs of the last dump of
    the same name (``old``: its path and its pieces' places), each copied by the kernel."""

    def __init__(self, out: BinaryIO, old: tuple[Path, dict[str, list[int]]] | None = None):
        self.out = out
        self.position = 0
        self.old_path, self.old_pieces = old if old else (None, {})
        self.old_file: BinaryIO | None = None
        self.run: list[int] | None = None  # a run of the old dump not copied yet: offset, length
        self.layout: dict[str, list[int]] = {}

    def write(self, data: bytes) -> None:
        self._flush_run()
        self.out.write(data)
        self.position += len(data)

    def copy(self, path: Path, offset: int, length: int) -> None:
        self._flush_run()
        self.out.flush()
        with open(path, "rb") as source:
            _copy(source, self.out, offset, length, path)
        self.position += length

    def reused(self, identity: str) -> bool:
        """Take the piece from the last dump if it is there (its run grows by it)."""
        place = self.old_pieces.get(identity)
        if place is None:
            return False
        offset, length = place
        if self.run and self.run[0] + self.run[1] == offset:
            self.run[1] += length
        else:
            self._flush_run()
            self.run = [offset, length]
        self.layout[identity] = [self.position, length]
        self.position += length
        return True

    def mark(self, identity: str, start: int) -> None:
        """A piece written from ``start`` to here."""
        self.layout[identity] = [start, self.position - start]

    def catch_up(self) -> None:
        """Copy the run put off so far: the build has no more pieces yet (a changed document is
        still being processed), so the kernel copies it while the writer waits."""
        self._flush_run()

    def close(self) -> None:
        self._flush_run()
        self.out.flush()
        if self.old_file:
            self.old_file.close()

    def _flush_run(self) -> None:
        if not self.run:
            return
        if self.old_file is None:
            self.old_file = open(self.old_path, "rb")
        self.out.flush()
        _copy(self.old_file, self.out, self.run[0], self.run[1], self.old_path, release=True)
        self.run = None


_RELEASED = 1 << 25  # the last dump's pages are let go of after each 32 MiB copied from it


def _copy(source: BinaryIO, out: BinaryIO, offset: int, left: int, path: Path, release: bool = False) -> None:
    """Copy ``left`` bytes of ``source`` from ``offset`` to the end of ``out``, in the kernel.
    ``release``: the source is the last dump, which this build replaces, so the page cache
    lets go of each stretch once it is copied and the pages the new dump needs are those
    (not as much memory again: on a virtual machine that hands free memory back to its
    host, fresh pages cost the first rebuild after a full build seconds of system time)."""
    while left:
        try:
            n = os.copy_file_range(source.fileno(), out.fileno(), min(left, _RELEASED) if release else left, offset)
            if release and n and hasattr(os, "posix_fadvise"):
                os.posix_fadvise(source.fileno(), offset, n, os.POSIX_FADV_DONTNEED)
        except OSError:  # a file system (or system) that cannot: read and write
            source.seek(offset)
            data = source.read(left)
            if len(data) != left:
                raise OSError(f"{path} is shorter than expected") from None
            out.write(data)
            return
        if n == 0:
            raise OSError(f"{path} is shorter than expected")
        offset, left = offset + n, left - n
