"""``jhakg site``: the server's pages and every resource's RDF files written to a folder
for any static web server, with an Apache configuration that negotiates content."""

from __future__ import annotations

import urllib.parse
from pathlib import Path

import pyoxigraph as ox

from ..namespaces import DEFAULT_BASE
from .data import RDF_TYPES, Site, serialize
from .ontology_page import render_ontology
from .pages import STATIC, render_index, render_resource, render_timeline
from .templating import render

HTACCESS = """# Apache configuration for a jhakg static site (w3id.org-style content negotiation).
# Each resource /id/<kind>/<slug> has index.html and <slug>.ttl/.nt/.jsonld/.rdf beside it.
Options -MultiViews
RewriteEngine on
AddType text/turtle .ttl
AddType application/n-triples .nt
AddType application/ld+json .jsonld
AddType application/rdf+xml .rdf
Header append Vary Accept
RewriteCond %{HTTP_ACCEPT} text/turtle
RewriteRule ^(id/.+?)/?$ $1.ttl [L]
RewriteCond %{HTTP_ACCEPT} application/n-triples
RewriteRule ^(id/.+?)/?$ $1.nt [L]
RewriteCond %{HTTP_ACCEPT} application/ld\\+json
RewriteRule ^(id/.+?)/?$ $1.jsonld [L]
RewriteCond %{HTTP_ACCEPT} application/rdf\\+xml
RewriteRule ^(id/.+?)/?$ $1.rdf [L]
RewriteRule ^(id/.+?)/?$ $1/index.html [L]
# the ontology and the dataset description: Turtle for RDF clients, a page for browsers
RewriteCond %{HTTP_ACCEPT} text/turtle
RewriteRule ^(ontology|void)/?$ $1.ttl [L]
RewriteRule ^(ontology|void)/?$ $1/index.html [L]
"""


def write_site(dist: Path, out: Path, base: str = DEFAULT_BASE) -> int:
    """Write every page and every resource's RDF files into ``out`` for a static web
    server, with an example Apache configuration (.htaccess). Returns the number of
    resources. Written atomically, like the dumps."""
    from ..publish.dumps import DUMPS, write_atomically

    site = Site(dist, base)
    files: dict[str, bytes] = {".htaccess": HTACCESS.encode(), "index.html": render_index(site).encode(),
                               "timeline/index.html": render_timeline(site).encode(),
                               "ontology/index.html": render_ontology(dist / "ontology.ttl").encode(),
                               "ontology.ttl": (dist / "ontology.ttl").read_bytes(),
                               "void/index.html": render("turtle.html", title="Dataset description (VoID)",
                                                         text=(dist / "void.ttl").read_text(encoding="utf-8")).encode(),
                               "void.ttl": (dist / "void.ttl").read_bytes(),
                               "static/site.css": (STATIC / "site.css").read_bytes()}
    subjects = sorted({q.subject.value for q in site.store.quads_for_pattern(None, None, None, None)
                       if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(base + "id/")
                       and "#" not in q.subject.value})
    for iri in subjects:
        path = urllib.parse.unquote(iri[len(base):])  # a static server decodes the URL to find the file
        triples = site.describe(iri)
        files[f"{path}/index.html"] = render_resource(site, iri, triples).encode()
        for media, (_, ext) in RDF_TYPES.items():
            files[f"{path}.{ext}"] = serialize(triples, media, base)
    for name in (*(f for f, _ in DUMPS.values()), "jhakg.context.jsonld", "void.ttl", "ontology.ttl"):
        if not (dist / name).exists():
            continue
        files[f"dist/{name}"] = (dist / name).read_bytes()
    write_atomically(files, out)
    return len(subjects)
