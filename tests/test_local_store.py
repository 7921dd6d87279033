"""The embedded store on disk: made once per dataset file, the union of the named graphs as
its default graph (the same quads an in-memory union gives), remade when the dataset
changes, and a dataset that cannot be read leaves nothing behind."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from jhakg.errors import UsageError
from jhakg.query import local_store
from jhakg.query.local_store import open_store


def _union_in_memory(path: Path) -> ox.Store:
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.TRIG)
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return store


def _split(store: ox.Store) -> tuple[set[ox.Quad], int]:
    """The quads without blank nodes, and how many have one (a load labels those afresh)."""
    plain = {q for q in store if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)}
    return plain, len(store) - len(plain)


@pytest.fixture
def copy(dist: Path, tmp_path: Path) -> Path:
    out = tmp_path / "dist"
    out.mkdir()
    shutil.copyfile(dist / "jhakg.trig", out / "jhakg.trig")
    return out


def test_union_default_graph_as_in_memory(copy: Path) -> None:
    store = open_store(copy)
    plain, blank = _split(store)
    assert (plain, blank) == _split(_union_in_memory(copy / "jhakg.trig"))
    assert blank > 0  # the ontology's lists: the default graph's copies are the same nodes
    assert any(q.graph_name == ox.DefaultGraph() for q in plain)


def test_n_quads_give_the_same_union(copy: Path, tmp_path: Path) -> None:
    memory = ox.Store()
    memory.bulk_load(path=str(copy / "jhakg.trig"), format=ox.RdfFormat.TRIG)
    nq = tmp_path / "dump" / "jhakg.nq"
    nq.parent.mkdir()
    with open(nq, "wb") as f:
        memory.dump(f, format=ox.RdfFormat.N_QUADS)
    assert _split(open_store(nq)) == _split(_union_in_memory(copy / "jhakg.trig"))


def test_made_once_then_opened(copy: Path) -> None:
    open_store(copy)
    home = copy.parent / ".dist-store"
    made = [p for p in home.iterdir() if not p.name.startswith(".")]
    assert len(made) == 1
    stamp = made[0].stat().st_mtime_ns
    open_store(copy)
    assert [p for p in home.iterdir() if not p.name.startswith(".")] == made
    assert made[0].stat().st_mtime_ns == stamp


def test_a_new_dataset_gets_a_new_store_and_the_one_before_the_last_goes(copy: Path) -> None:
    home = copy.parent / ".dist-store"
    trig = copy / "jhakg.trig"
    made = []
    for n in range(3):
        extra = f'\n<https://w3id.org/jhakg/graph/extra{n}> {{\n<https://example.org/s> <https://example.org/p> "{n}" .\n}}\n'
        trig.write_bytes(trig.read_bytes() + extra.encode())
        store = open_store(copy)
        made.append({p.name for p in home.iterdir() if not p.name.startswith(".")} - set().union(*made))
        assert len(made[-1]) == 1
        s, p = ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p")
        assert {q.graph_name for q in store.quads_for_pattern(s, p, ox.Literal(str(n)), None)} == {
            ox.NamedNode(f"https://w3id.org/jhakg/graph/extra{n}"), ox.DefaultGraph()}
    # the last store stays beside the new one (a server may still read it); the one before goes
    assert {p.name for p in home.iterdir() if not p.name.startswith(".")} == made[1] | made[2]


def test_unreadable_dataset_is_a_clear_error_and_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    out.mkdir()
    (out / "jhakg.trig").write_text("<https://example.org/g> {\n<https://example.org/s> <oops\n}\n")
    with pytest.raises(UsageError) as caught:
        open_store(out)
    assert "jhakg.trig" in str(caught.value) and "cannot be loaded" in str(caught.value)
    assert [p.name for p in (tmp_path / ".dist-store").iterdir()] == [".lock"]
    with pytest.raises(UsageError, match="run 'jhakg build' first"):
        open_store(tmp_path / "nothing")


def test_folder_that_cannot_hold_a_store_uses_a_temporary_one(copy: Path) -> None:
    (copy.parent / ".dist-store").write_text("not a folder")
    store = open_store(copy)
    assert len(store) > 0
    assert (copy.parent / ".dist-store").read_text() == "not a folder"


def test_trig_laid_out_otherwise_is_read_all_the_same(tmp_path: Path, monkeypatch) -> None:
    """jhakg's own layout where the layout is looked at (the first chunk), then a block
    opened with GRAPH: the one-pass reading gives way to the general one, with the same union."""
    monkeypatch.setattr(local_store, "CHUNK", 80)
    out = tmp_path / "dist"
    out.mkdir()
    (out / "jhakg.trig").write_text(
        "<https://example.org/g1> {\n<https://example.org/a> <https://example.org/p> \"1\" .\n}\n"
        "GRAPH <https://example.org/g2> {\n<https://example.org/b> <https://example.org/p> \"2\" .\n}\n")
    store = open_store(out)
    p = ox.NamedNode("https://example.org/p")
    assert sorted((q.subject.value, str(q.graph_name)) for q in store.quads_for_pattern(None, p, None, None)) == sorted([
        ("https://example.org/a", str(ox.DefaultGraph())), ("https://example.org/a", "<https://example.org/g1>"),
        ("https://example.org/b", str(ox.DefaultGraph())), ("https://example.org/b", "<https://example.org/g2>")])
