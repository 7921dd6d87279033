"""The document cache: each document's result, by its key (its content, its catalog row
and the fingerprint of the code and data), in a folder of files. A rebuild processes only
the documents whose key is not there; a changed code or reference data changes every key."""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path

from .document import DocumentResult


class Cache:
    def __init__(self, folder: Path):
        self.folder = folder

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def __contains__(self, key: str) -> bool:
        return self.path(key).is_file()

    def get(self, key: str) -> DocumentResult | None:
        try:
            return pickle.loads(self.path(key).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None  # missing, or written by another version: processed again

    def put(self, key: str, result: DocumentResult) -> None:
        """Written to a temporary file and renamed, so a killed build leaves no half entry."""
        path = self.path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(result, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def prune(self, keep: set[str]) -> int:
        """Remove every entry but ``keep``; returns how many went."""
        gone = 0
        for path in self.folder.glob("*/*.pickle"):
            if path.stem not in keep:
                path.unlink(missing_ok=True)
                gone += 1
        return gone
