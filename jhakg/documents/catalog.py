"""``catalog.csv``: the optional metadata of a folder's documents."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from ..errors import InputError
from .model import CatalogRow
from .reading import decode, read_bytes

CATALOG_NAME = "catalog.csv"
CATALOG_COLUMNS = ("file", "title", "publisher", "published", "language", "source_url", "kind")


def _opt(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def read_catalog(folder: Path) -> dict[str, CatalogRow]:
    """Read ``catalog.csv`` of a folder (optional). Rows naming a missing file, bad dates,
    unknown columns: InputError naming the catalog, the row and the cause."""
    path = folder / CATALOG_NAME
    if not path.exists():
        return {}
    text = decode(path, read_bytes(path))
    reader = csv.DictReader(text.splitlines())
    header = tuple(reader.fieldnames or ())
    unknown = [c for c in header if c not in CATALOG_COLUMNS]
    if "file" not in header or unknown:
        raise InputError(path, f"header must be some of {', '.join(CATALOG_COLUMNS)} with 'file'"
                               f" (found: {', '.join(header) or 'nothing'})")
    rows: dict[str, CatalogRow] = {}
    for n, row in enumerate(reader, start=2):
        name = _opt(row.get("file"))
        if not name:
            raise InputError(path, f"line {n}: empty 'file'")
        if not (folder / name).is_file():
            raise InputError(path, f"line {n}: names missing file {name!r}")
        published = _opt(row.get("published"))
        try:
            date = dt.date.fromisoformat(published) if published else None
        except ValueError:
            raise InputError(path, f"line {n}: published {published!r} is not a YYYY-MM-DD date") from None
        rows[name] = CatalogRow(name, _opt(row.get("title")), _opt(row.get("publisher")), date,
                                _opt(row.get("language")), _opt(row.get("source_url")),
                                _opt(row.get("kind")))
    return rows
