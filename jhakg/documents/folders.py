"""A folder of documents: every usable file, in file-name order, with its catalog row."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ..errors import InputError
from .catalog import CATALOG_NAME, read_catalog
from .model import Document, Skipped
from .reading import LOADERS, load_document


def document_names(folder: Path) -> list[str]:
    """The names of a folder's document files, sorted (as strings: a rebuild lists 10,000 of them)."""
    if not folder.is_dir():
        raise InputError(folder, "is not a folder")
    with os.scandir(folder) as entries:  # a directory entry knows whether it is a file without a stat
        return sorted(e.name for e in entries
                      if e.is_file() and os.path.splitext(e.name)[1].lower() in LOADERS and not e.name.startswith("."))


def document_files(folder: Path) -> list[Path]:
    return [folder / name for name in document_names(folder)]


def load_folder(folder: Path, strict: bool = True) -> tuple[list[Document], list[Skipped]]:
    """All documents of a folder, in file-name order. With ``strict`` the first bad
    document raises; otherwise bad documents are skipped and reported."""
    catalog = read_catalog(folder)
    docs: list[Document] = []
    skipped: list[Skipped] = []
    for path in document_files(folder):
        try:
            docs.append(load_document(path, catalog.get(path.name)))
        except InputError as exc:
            if strict:
                raise
            skipped.append(Skipped(path.name, exc.cause))
    if not docs and not skipped:
        raise InputError(folder, f"holds no documents ({', '.join(LOADERS)})")
    return docs, skipped


def load_files(paths: Iterable[Path]) -> list[Document]:
    docs = []
    for path in paths:
        catalog = read_catalog(path.parent) if (path.parent / CATALOG_NAME).exists() else {}
        docs.append(load_document(path, catalog.get(path.name)))
    return docs
