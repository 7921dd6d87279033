"""Odd and hostile input on the build side: every file is built or set aside with its
reason, never a crash and never invalid RDF; IRIs minted from any text are valid and
distinct (property tests)."""

from __future__ import annotations

import codecs
import json
import shutil
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset

from jhakg.documents.reading import document_from_bytes
from jhakg.errors import InputError
from jhakg.map.document import document_iri
from jhakg.namespaces import DEFAULT_BASE, name_key, segment, slugify
from jhakg.pipeline import build
from jhakg.pipeline.document import Source, process
from jhakg.pipeline.setup import Setup
from jhakg.publish.formats import prefixes, turtle_header

from .conftest import SEEDS, serving

# a release of our own words, English enough to be read
RELEASE = ("On 3 May 2024 the ministers of justice met at the Château de Val Duchesse in Brussels. "
           "The Presidency said the meeting was about the security of the Union and about the work "
           "of Europol and Frontex with the member states.")


def _text(name: str, data: bytes) -> str:
    return document_from_bytes(Path(name), data).text


@pytest.mark.parametrize("data", [
    RELEASE.encode("utf-16"),  # with the machine's byte-order mark
    codecs.BOM_UTF16_BE + RELEASE.encode("utf-16-be"),
    RELEASE.encode("utf-32"),
    codecs.BOM_UTF8 + RELEASE.encode("utf-8"),
], ids=["utf-16", "utf-16-be", "utf-32", "utf-8-bom"])
def test_text_with_a_byte_order_mark_is_read_by_it(data):
    assert _text("release.txt", data) == _text("release.txt", RELEASE.encode("utf-8"))


@pytest.mark.parametrize("name,data,cause", [
    ("utf16.txt", RELEASE.encode("utf-16-le"), "without a byte-order mark"),
    ("latin1.txt", RELEASE.encode("latin-1"), "not UTF-8"),
    ("latin1.html", f"<html><body><p>{RELEASE}</p></body></html>".encode("latin-1"), "not UTF-8"),
    ("unknown.html", f"<html><head><meta charset='x-no-such'></head><body><p>{RELEASE}</p></body></html>".encode(),
     "declares an encoding"),
    ("binary.txt", b"GIF89a\x01\x00\x01\x00\x00\xff\x00," + b"\x00\x01" * 3, "binary"),
])
def test_text_in_an_encoding_it_does_not_state_is_refused_with_the_reason(name, data, cause):
    with pytest.raises(InputError) as info:
        document_from_bytes(Path(name), data)
    assert cause in info.value.cause and name in str(info.value)


@pytest.mark.parametrize("declaration", ["<meta charset='iso-8859-1'>",
                                         "<meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>"])
def test_a_page_is_read_in_the_encoding_it_declares(declaration):
    page = f"<html><head>{declaration}<title>t</title></head><body><p>{RELEASE}</p></body></html>"
    assert "Château de Val Duchesse" in _text("page.html", page.encode("latin-1"))


def test_scripts_styles_and_deep_nesting_in_html():
    body = f"<p>{RELEASE}</p>"
    scripted = ("<html><head><script>var said = 'Frontex chaired the network in 1999';</script>"
                "<style>p { color: red }</style></head><body>" + "<script>alert(1)</script>" * 500
                + body + "<noscript>enable scripts</noscript></body></html>")
    text = _text("scripted.html", scripted.encode())
    assert "Château" in text and "1999" not in text and "alert" not in text and "color" not in text
    def nested(levels: int) -> bytes:
        return ("<html><body>" + "<div>" * levels + body + "</div>" * levels + "</body></html>").encode()

    assert "Château" in _text("nested.html", nested(200))
    with pytest.raises(InputError) as info:
        document_from_bytes(Path("deep.html"), nested(100_000))
    assert "nests its elements 100,00" in info.value.cause


def test_copies_and_names_that_would_share_an_iri_are_set_aside(tmp_path):
    folder = tmp_path / "docs"
    shutil.copytree(SEEDS, folder)
    (folder / "catalog.csv").unlink()
    first = sorted(SEEDS.glob("*.txt"))[0]
    shutil.copy(first, folder / "zz-copy.txt")
    (folder / "zz-other.md").write_text(RELEASE, encoding="utf-8")
    (folder / "zz-other.txt").write_text(RELEASE + " The ministers met again in June.", encoding="utf-8")
    with pytest.raises(InputError) as info:
        build(folder, tmp_path / "strict", reasoner="none")
    assert "but for its suffix" in info.value.cause or "is a copy of" in info.value.cause
    assert not (tmp_path / "strict").exists()
    result = build(folder, tmp_path / "dist", reasoner="none", strict=False)
    reasons = {s.file: s.reason for s in result.skipped}
    assert reasons == {"zz-copy.txt": f"is a copy of {first.name} (the same bytes); built once",
                       "zz-other.txt": "has the name of zz-other.md but for its suffix; "
                                       "a document's IRI is made from its name, so rename one"}
    assert len(result.documents) == len(list(SEEDS.glob("*.txt"))) + 1


SYNTAX = ('The ministers wrote """ and \'\'\' and "quotes" \\ back\\slashes \\u0000 \\n and @prefix ex: <http://x/> .\n'
          "SELECT * WHERE { ?s ?p ?o } ; DROP ALL ; INSERT DATA { <a> <b> <c> } # comment\n"
          "<script>alert('x')</script> &amp; &lt;b&gt; ]]> <!-- --> {{ template }} ${var} %s %(x)s\n"
          "On 3 May 2024 the ministers of justice met in Brussels about Europol and the security of the Union.\n"
          "Tab\there, a form feed\f, a bell \a, a right-to-left mark \u200f and an emoji 🇪🇺 close it.\n")


def test_text_full_of_rdf_sparql_and_html_syntax_builds_valid_rdf_that_keeps_it(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "Réunion #1 <draft> 50% {x}.txt").write_text(SYNTAX, encoding="utf-8")
    (folder / "a b.txt").write_text(RELEASE, encoding="utf-8")
    (folder / "a%20b.txt").write_text(RELEASE + " It was a second meeting.", encoding="utf-8")
    out = tmp_path / "dist"
    result = build(folder, out, reasoner="rules")
    assert not result.skipped and len(result.documents) == 3
    dataset = Dataset()
    dataset.parse(out / "jhakg.trig", format="trig")  # rdflib reads it
    store = ox.Store()
    for name, fmt in (("jhakg.trig", ox.RdfFormat.TRIG), ("jhakg.nq", ox.RdfFormat.N_QUADS)):
        if (out / name).exists():
            store.bulk_load(path=str(out / name), format=fmt)  # and pyoxigraph
    documents = sorted({q.subject.value for q in store.quads_for_pattern(
        None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), None, None)
        if "/id/document/" in q.subject.value})
    assert len(documents) == 3 and all("#" not in d and "?" not in d and " " not in d for d in documents)
    odd = document_iri(segment("Réunion #1 <draft> 50% {x}"))
    assert odd in documents and urllib.parse.unquote(odd.rsplit("/", 1)[1]) == "Réunion #1 <draft> 50% {x}"
    stored = [q.object.value for q in store.quads_for_pattern(ox.NamedNode(odd), ox.NamedNode("http://schema.org/text"),
                                                               None, None)]
    expected = document_from_bytes(Path("x.txt"), SYNTAX.encode()).text
    assert stored and set(stored) == {expected} and "INSERT DATA" in expected and "🇪🇺" in expected
    with serving(out) as base:  # and the server finds the document by its IRI, escapes and all
        path = odd[len(DEFAULT_BASE) - 1:]
        with urllib.request.urlopen(urllib.request.Request(base + path, headers={"Accept": "text/turtle"})) as r:
            assert r.status == 200 and "INSERT DATA" in r.read().decode()
        with urllib.request.urlopen(base + path.replace("/id/", "/doc/") + ".html") as r:
            assert r.status == 200 and "🇪🇺" in r.read().decode()


# ----------------------------------------------------------------------------- properties

PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(st.text(min_size=1))
def test_a_segment_is_a_valid_iri_part_and_gives_its_text_back(text):
    part = segment(text)
    ox.NamedNode(DEFAULT_BASE + "id/document/" + part)  # raises if it is not a valid IRI
    assert part.isascii() and not set(part) & set("/?#[]@ <>\"{}|\\^`")
    assert urllib.parse.unquote(part) == text  # reversible, so no two texts share a segment


@PROPERTY
@given(st.text(), st.integers(min_value=20, max_value=120))
def test_a_slug_is_a_valid_iri_part_and_names_one_key(text, limit):
    for slug in (slugify(text), slugify(text, limit=limit)):
        ox.NamedNode(DEFAULT_BASE + "id/person/" + slug)
        assert slug and slug.isascii() and not set(slug) & set("/?#[]@ <>\"{}|\\^`")
    assert len(slugify(text, limit=limit)) <= limit
    slug = slugify(text)
    if name_key(text):  # a name's slug is its key, percent-encoded: one key, one slug
        assert "~" not in slug and urllib.parse.unquote(slug) == name_key(text)
    else:  # no letters or digits: a digest of the text
        assert slug.startswith("x~")


@PROPERTY
@given(st.text(), st.text())
def test_two_names_share_a_slug_only_when_they_share_a_key(a, b):
    if slugify(a) == slugify(b):
        assert name_key(a) == name_key(b) and (name_key(a) or a == b)
    if slugify(a, limit=40) == slugify(b, limit=40):
        assert name_key(a) == name_key(b)


def test_spelling_variants_of_one_name_share_a_key_and_other_names_do_not():
    assert len({slugify(n) for n in ("Nicole de Moor", "NICOLE DE MOOR", "Nicole  de-Moor", "Nicole dé Moor")}) == 1
    assert slugify("Bjørn Straße") == "bjorn-strasse"
    names = ("Δημήτρης Αβραμόπουλος", "Иван Иванов", "王伟", "محمد", "!!!", "???", "Ylva Johansson")
    assert len({slugify(n) for n in names}) == len(names)


@pytest.fixture(scope="module")
def setup():
    return Setup("rules", dumps=("trig", "ttl", "jsonld", "nq")).warm()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(exclude_categories=["Cs"]), min_size=0, max_size=2000),
       name=st.text(min_size=1, max_size=30).filter(lambda n: "/" not in n and "\x00" not in n and n not in (".", "..")),
       suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_any_text_under_any_name_is_built_into_valid_rdf_or_set_aside_with_a_reason(setup, text, name, suffix):
    """The per-document stage on arbitrary text (with a release inside, so that some of it
    is read): a reason, or pieces that parse as N-Quads and Turtle."""
    result = process(Source(name + suffix, (text + "\n" + RELEASE + "\n" + text).encode("utf-8")), setup)
    if result.skipped:
        assert isinstance(result.skipped, str) and result.skipped
        return
    quads = list(ox.parse(result.chunks["nq"], format=ox.RdfFormat.N_QUADS))
    assert quads and all(q.graph_name == ox.NamedNode(result.graph) for q in quads)
    header = turtle_header(prefixes(setup.base)).encode()  # a dump declares the prefixes once, at its top
    list(ox.parse(header + result.chunks["ttl"], format=ox.RdfFormat.TRIG))
    json.loads(result.chunks["jsonld"])
