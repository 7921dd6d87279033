"""The browser assets jhakg serves from the package, never from a CDN, so the server works
offline: YASGUI (the SPARQL editor and results viewer, MIT licence), fetched once from the
npm registry at a pinned version, checked against its digest, and unpacked into
``static/yasgui/``. ``python -m jhakg.web.assets`` (``make setup`` runs it) fetches what is
missing; without it, /sparql is a plain form that still works."""

from __future__ import annotations

import hashlib
import io
import sys
import tarfile
import urllib.request
from pathlib import Path

YASGUI = "https://registry.npmjs.org/@zazuko/yasgui/-/yasgui-4.6.2.tgz"
YASGUI_SHA256 = "6520cdd256a4003e8d45865e0d631b6456b88a0e6b65f4f3e56d78a25d74c9a7"
FILES = {"package/build/yasgui.min.js": "yasgui.min.js", "package/build/yasgui.min.css": "yasgui.min.css"}
FOLDER = Path(__file__).parent / "static" / "yasgui"


def present() -> bool:
    return all((FOLDER / name).is_file() for name in ("yasgui.min.js", "yasgui.min.css"))


def fetch() -> None:
    """Download the pinned YASGUI package, check its digest, keep the files the page needs."""
    with urllib.request.urlopen(YASGUI, timeout=120) as response:
        data = response.read()
    digest = hashlib.sha256(data).hexdigest()
    if digest != YASGUI_SHA256:
        raise SystemExit(f"jhakg: error: {YASGUI}: sha256 {digest}, expected {YASGUI_SHA256}")
    FOLDER.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        for member, name in FILES.items():
            (FOLDER / name).write_bytes(archive.extractfile(member).read())


if __name__ == "__main__":
    if not present():
        fetch()
    print(f"YASGUI in {FOLDER}", file=sys.stderr)
