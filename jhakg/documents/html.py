"""Main text of a saved web page, extracted with trafilatura: navigation, cookie banners,
headers and footers are not content."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError


def html_main_text(path: Path, html: str) -> str:
    import trafilatura

    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=True,
                                   deduplicate=False)
    except Exception as exc:  # trafilatura raises parser errors of several kinds
        raise InputError(path, f"is not parseable HTML ({exc})") from exc
    if not text or not text.strip():
        raise InputError(path, "has no main text (only navigation or markup)")
    # one block a paragraph, as in the plain-text documents
    return "\n\n".join(line for line in text.splitlines() if line.strip())
