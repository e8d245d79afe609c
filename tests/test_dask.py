"""examples/dask_bag.py on a two-worker local cluster: JSON Lines equal to a direct parse.

Skipped unless the Dask extra is installed (``pip install -e ".[dask]"``, or ``.[dev]``).
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path

import pytest

import pressparse._api
from pressparse import Document

pytest.importorskip("dask.bag", reason="Dask is not installed (pip install 'pressparse[dask]')")
distributed = pytest.importorskip("distributed",
                                  reason="distributed is not installed (pip install 'pressparse[dask]')")

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
DATA = EXAMPLES / "data"

pytestmark = pytest.mark.model


def load_example(monkeypatch):  # type: ignore[no-untyped-def]
    """examples/dask_bag.py as the module ``dask_bag``, importable by the workers too.

    (Run as a script, Dask sends its functions to the workers by value; imported
    from a test, they go by reference, so the workers must find the module.)
    """
    monkeypatch.syspath_prepend(str(EXAMPLES))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        filter(None, [str(EXAMPLES), os.environ.get("PYTHONPATH")])))
    monkeypatch.delitem(sys.modules, "dask_bag", raising=False)
    return importlib.import_module("dask_bag")


def cached_parsers() -> int:
    return len(pressparse._api._parsers)


def test_dask_bag_example_matches_a_direct_parse(tmp_path, monkeypatch, parser):
    example = load_example(monkeypatch)
    files = sorted(p for p in DATA.iterdir() if p.suffix in (".md", ".txt"))
    missing = tmp_path / "missing.md"
    out = tmp_path / "out"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        example.parse_to_jsonl([*files, missing], out, partition_size=2)
        per_worker = client.run(cached_parsers)
    assert cluster.status.name == "closed"
    assert len(per_worker) == 2
    assert all(count <= 1 for count in per_worker.values())  # one model load per worker

    assert len(list((out / "documents").glob("*.jsonl"))) == 3  # one file per partition
    records = example.read_jsonl(out / "documents")
    documents = [Document.from_dict(record) for record in records]
    assert documents == list(parser.parse_documents(files))
    assert [json.loads(d.to_json()) for d in documents] == records

    [error] = example.read_jsonl(out / "errors")
    assert error["path"] == str(missing)
    assert "No such file" in str(error["error"])
