"""`jhakg build --scheduler`: the per-document stage on a real Dask cluster (a scheduler
and two worker processes started here), with the same bytes as a local build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .conftest import ROOT, run_cli

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as local:
        yield local.scheduler_address


def test_a_dask_build_writes_a_local_builds_bytes(cluster, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for path in sorted((ROOT / "tests" / "corpus").glob("*.txt"))[:16]:
        shutil.copy(path, folder / path.name)
    local = run_cli("build", str(folder), "--out", str(tmp_path / "local"), "--no-cache")
    remote = run_cli("build", str(folder), "--out", str(tmp_path / "dask"), "--no-cache", "--scheduler", cluster)
    assert local.returncode == 0, local.stderr
    assert remote.returncode == 0, remote.stderr
    assert "16 documents" in remote.stdout
    names = sorted(p.name for p in Path(tmp_path / "local").iterdir())
    assert names == sorted(p.name for p in Path(tmp_path / "dask").iterdir())
    for name in names:
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name


def test_no_scheduler_there_is_a_usage_error(tmp_path):
    from .conftest import free_port

    result = run_cli("build", str(ROOT / "seeds"), "--out", str(tmp_path / "dist"), "--no-cache",
                     "--scheduler", f"tcp://127.0.0.1:{free_port()}")
    assert result.returncode == 2
    assert result.stderr.startswith("jhakg: error: tcp://127.0.0.1:") and "no Dask scheduler" in result.stderr
    assert not (tmp_path / "dist").exists()
