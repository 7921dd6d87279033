"""Fuzzing the endpoint (hypothesis, bounded in examples): the query policy on generated
queries, and the real server on generated requests. Nothing a client sends gets a 5xx
other than the deliberate 503s, or a dropped connection."""

from __future__ import annotations

import socket
import urllib.parse

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jhakg.namespaces import DEFAULT_BASE
from jhakg.web import query_policy

from .conftest import serving

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                         HealthCheck.function_scoped_fixture])

# pieces of SPARQL, harmless and not, that generated queries are made of
WORDS = ["SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "WHERE", "FROM", "NAMED", "GRAPH", "OPTIONAL", "UNION",
         "FILTER", "BIND", "VALUES", "SERVICE", "SILENT", "INSERT", "DELETE", "DATA", "LOAD", "CLEAR", "DROP",
         "WITH", "PREFIX", "BASE", "LIMIT", "*", "?s", "?p", "?o", "?service", "?delete", ".", ";", ",", "{", "}",
         "(", ")", "[", "]", "a", "ex:x", "ex:service", "<http://example.org/x>", f"<{DEFAULT_BASE}graph/ontology>",
         '"SERVICE <http://example.org/>"', "'delete me'", '"""{ ( ["""', "# DROP ALL\n", "\\u0053ERVICE", "1",
         "true", "=", "!=", "&&", "||"]
QUERIES = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join) | st.text(max_size=300)
SELECTS = st.lists(st.sampled_from(["?s ?p ?o .", "OPTIONAL { ?s ?p ?o }", "FILTER(?o != 1)", "{ ?s ?p ?o }",
                                    'BIND("SERVICE" AS ?x)', "?s ?p 'DROP ALL' ."]), min_size=1, max_size=6)


@FUZZ
@given(QUERIES)
def test_the_policy_answers_every_text_with_a_verdict(text):
    """No text makes the policy fail: it is within the limits or over them with a status,
    and allowed or refused with a reason."""
    over = query_policy.problem(text)
    assert over is None or (over[0] in (400, 413) and over[1])
    if over is None:
        reason = query_policy.refusal(text, DEFAULT_BASE)
        assert reason is None or (isinstance(reason, str) and reason)


@FUZZ
@given(SELECTS, st.integers(min_value=0, max_value=5), st.sampled_from(["SERVICE", "service", "SeRvIcE",
                                                                        "\\u0053ERVICE", "SERVICE SILENT"]))
def test_a_service_pattern_anywhere_is_refused_and_strings_change_nothing(patterns, where, keyword):
    where = min(where, len(patterns))
    service = f"{keyword} <http://example.org/sparql> {{ ?a ?b ?c }}"
    allowed = "SELECT * WHERE { " + " ".join(patterns) + " }"
    assert query_policy.refusal(allowed, DEFAULT_BASE) is None
    nested = patterns[:where] + [f"OPTIONAL {{ {service} }}" if where % 2 else service] + patterns[where:]
    refused = "SELECT * WHERE { " + " ".join(nested) + " }"
    assert "SERVICE is refused" in (query_policy.refusal(refused, DEFAULT_BASE) or "")


def _request(base: str, head: bytes) -> bytes:
    """Send raw bytes as a request; the status line of the answer (b"" if none came)."""
    host, port = base.split("//")[1].split(":")
    with socket.create_connection((host, int(port)), timeout=30) as conn:
        conn.sendall(head)
        data = b""
        while b"\r\n" not in data:
            chunk = conn.recv(4096)
            if not chunk:
                break
            data += chunk
        return data.split(b"\r\n", 1)[0]


@pytest.fixture(scope="module")
def server(dist):
    with serving(dist, JHAKG_SPARQL_TIME_LIMIT="2") as base:
        yield base


PATH_CHARS = st.characters(codec="ascii", exclude_characters=" \r\n\t\x00\x0b\x0c", min_codepoint=33)
PATHS = st.tuples(st.sampled_from(["/id/", "/doc/", "/graph/", "/queries/", "/sparql", "/", "/dist/", "/ontology/"]),
                  st.text(PATH_CHARS, max_size=80) | st.text(max_size=30).map(urllib.parse.quote))


@FUZZ
@given(PATHS, st.sampled_from(["GET", "HEAD", "POST", "OPTIONS", "PUT", "DELETE"]),
       st.sampled_from(["*/*", "text/html", "text/turtle", "application/ld+json", "image/png", "text/*;q=0.1, x/y",
                        "application/sparql-results+xml", ";;;", "text/csv;q=abc"]),
       st.binary(max_size=200))
def test_any_request_is_answered_without_a_server_error(server, path, method, accept, body):
    prefix, rest = path
    head = (f"{method} {prefix}{rest} HTTP/1.1\r\nHost: fuzz\r\nAccept: {accept}\r\nConnection: close\r\n"
            f"Content-Type: application/sparql-query\r\nContent-Length: {len(body)}\r\n\r\n").encode() + body
    status = _request(server, head)
    assert status.startswith(b"HTTP/1.1 "), (head[:200], status)
    code = int(status.split()[1])
    assert code < 500 or code == 503, (head[:200], status)


@FUZZ
@given(QUERIES, st.sampled_from(["GET", "POST"]))
def test_any_query_is_answered_without_a_server_error(server, text, method):
    if method == "GET":
        head = (f"GET /sparql?query={urllib.parse.quote(text)} HTTP/1.1\r\nHost: fuzz\r\n"
                "Connection: close\r\n\r\n").encode()
    else:
        data = text.encode("utf-8", "surrogatepass")
        head = (f"POST /sparql HTTP/1.1\r\nHost: fuzz\r\nContent-Type: application/sparql-query\r\n"
                f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n").encode() + data
    code = int(_request(server, head).split()[1])
    assert code < 500 or code == 503, text
