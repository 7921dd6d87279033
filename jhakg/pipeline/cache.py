"""The document cache: each document's result by its key (its content, its catalog row
and the fingerprint of the code, the data and the options), one file each. A rebuild
processes only the documents whose key is not there; a change of code or reference data
changes every key.

An entry is one line of JSON (the document's summary, with where each of its pieces
starts in the file and how long it is) followed by the pieces themselves, so the dumps
are assembled by copying byte ranges from the entries, without reading them into Python.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import fields, is_dataclass, replace
from pathlib import Path

from ..publish.dumps import Range
from ..publish.statistics import Spoken
from ..publish.void import Classes
from .document import DocumentResult

SUFFIX = ".entry"


class Cache:
    def __init__(self, folder: Path):
        self.folder = folder

    def path(self, key: str) -> Path:
        return self.folder.joinpath(key[:2], f"{key}{SUFFIX}")

    def __contains__(self, key: str) -> bool:
        return self.path(key).is_file()

    def put(self, key: str, result: DocumentResult) -> DocumentResult:
        """Write an entry (to a temporary file renamed into place, so a killed build leaves
        no half entry); returns the result without its pieces, pointing at them instead."""
        path = self.path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        ranges, body, offset = {}, [], 0
        for name, data in result.chunks.items():
            ranges[name] = (offset, len(data))
            body.append(data)
            offset += len(data)
        # the fields as they are (json writes a tuple as a list, and a record through _fields):
        # dataclasses.asdict would deep-copy every list first, a third of this method's time
        header = {f.name: getattr(result, f.name) for f in fields(result) if f.name != "chunks"}
        header["ranges"] = ranges
        head = json.dumps(header, ensure_ascii=False, separators=(",", ":"), default=_fields).encode() + b"\n"
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(head)
                f.writelines(body)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return replace(result, chunks={}, pieces={name: Range(path, len(head) + offset, length)
                                                  for name, (offset, length) in ranges.items()})

    def get(self, key: str) -> DocumentResult | None:
        """The summary of an entry, its pieces as ranges of its file; None when it is
        missing or unreadable (then the document is processed again)."""
        path = self.path(key)
        try:
            with open(path, "rb") as f:
                head = f.readline()
                size = os.fstat(f.fileno()).st_size
            header = json.loads(head)
        except (OSError, ValueError):
            return None
        summary = _summary(header, path, len(head))
        if not isinstance(summary, DocumentResult) or any(
                r.offset + r.length > size for r in summary.pieces.values()):
            return None
        return summary

    def prune(self, keep: set[str]) -> int:
        """Remove every entry but ``keep``; returns how many went."""
        gone = 0
        for path in self.folder.glob(f"*/*{SUFFIX}"):
            if path.name[: -len(SUFFIX)] not in keep:
                path.unlink(missing_ok=True)
                gone += 1
        return gone

    def prune_setups(self, fingerprint: str) -> None:
        """Keep only what the setup with this fingerprint keeps."""
        for path in (self.folder / "setup").glob("*"):
            if path.is_file() and not path.stem.endswith(fingerprint[:16]):
                path.unlink(missing_ok=True)


def _fields(record: object) -> dict:
    if is_dataclass(record) and not isinstance(record, type):
        return {f.name: getattr(record, f.name) for f in fields(record)}
    raise TypeError(f"{type(record).__name__} is not JSON serializable")


def _summary(header: dict, path: Path, start: int) -> DocumentResult | None:
    try:
        ranges = header.pop("ranges")
        result = DocumentResult(**header)
    except (KeyError, TypeError):
        return None
    result.classes = Classes.from_json(result.classes)
    result.spoken = Spoken.from_json(result.spoken)
    result.pieces = {name: Range(path, start + offset, length) for name, (offset, length) in ranges.items()}
    return result
