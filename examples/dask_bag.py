"""Parse many files on a Dask cluster into JSON Lines, one file per partition.

Needs the Dask extra (``pip install "pressparse[dask]"``). On a local cluster
of two worker processes::

    python examples/dask_bag.py examples/data -o dask-out

(which is also what it does with no arguments).

On a running cluster, whose workers have pressparse and the model installed
and can read the paths, give the scheduler's address; nothing else changes::

    python examples/dask_bag.py /shared/releases -o /shared/out --scheduler tcp://10.0.0.5:8786

The paths are split into partitions of ``--partition-size`` files. Each
partition goes through one ``parse_documents`` call on a worker, and every
worker process builds one ``DocumentParser`` (one model load) on its first
partition and reuses it. Output, for partition N:

* ``OUT/documents/N.jsonl``: one ``Document.to_dict()`` per line, in input order;
  ``Document.from_dict(json.loads(line))`` reads it back;
* ``OUT/errors/N.jsonl``: ``{"path": ..., "error": ...}`` for each file that
  could not be read (often empty).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterable, Sequence
from functools import partial
from pathlib import Path

from pressparse import DocumentParser, ParseFailure, get_parser

SUFFIXES = (".md", ".txt")
DEFAULT_DATA = Path(__file__).resolve().parent / "data"


def worker_parser() -> DocumentParser:
    """This process's parser: built on first use, then reused for every partition.

    The cache is ``pressparse.get_parser``'s, which lives in the pressparse
    module that every worker imports. A global in this script would not do:
    Dask sends the script's functions to the workers by value, each task with
    its own copy of the script's globals.
    """
    return get_parser()


def parse_partition(paths: Sequence[str]) -> list[tuple[str, str]]:
    """Parse one partition: ``("document", json)`` or ``("error", json)`` per path."""
    records = []
    for path, result in zip(paths, worker_parser().parse_documents(paths, on_error="collect"),
                            strict=True):
        if isinstance(result, ParseFailure):
            error = {"path": result.path or path, "error": result.message}
            records.append(("error", json.dumps(error, ensure_ascii=False)))
        else:
            records.append(("document", result.to_json()))
    return records


def _is_kind(kind: str, record: tuple[str, str]) -> bool:
    return record[0] == kind


def parse_to_jsonl(paths: Iterable[str | Path], output: str | Path, *,
                   partition_size: int = 100) -> None:
    """Parse ``paths`` on the current Dask scheduler into ``output`` (see the module doc).

    Uses whatever scheduler is active: a ``distributed.Client`` made before
    the call, else Dask's default.
    """
    import dask
    import dask.bag as db

    files = [str(p) for p in paths]
    if not files:
        raise ValueError("no input files")
    records = db.from_sequence(files, partition_size=partition_size) \
        .map_partitions(parse_partition)
    out = Path(output)
    writes = [
        records.filter(partial(_is_kind, kind)).pluck(1).to_textfiles(
            str(out / folder / "*.jsonl"), encoding="utf-8", last_endline=True, compute=False)
        for kind, folder in (("document", "documents"), ("error", "errors"))
    ]
    dask.compute(*writes)  # one graph: each partition is parsed once, for both outputs


def read_jsonl(folder: str | Path) -> list[dict[str, object]]:
    """Every record of ``folder/N.jsonl``, partitions in order."""
    files = sorted(Path(folder).glob("*.jsonl"), key=lambda p: int(p.stem))
    return [json.loads(line) for f in files
            for line in f.read_text(encoding="utf-8").splitlines() if line]


def input_files(inputs: Iterable[str]) -> list[Path]:
    """Files as given, and the .md/.txt files under folders, sorted."""
    files: list[Path] = []
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES))
        else:
            files.append(path)
    return files


def main(argv: Sequence[str] | None = None) -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("inputs", nargs="*", default=[str(DEFAULT_DATA)],
                           help="files, or folders of .md/.txt files (default: examples/data)")
    arguments.add_argument("-o", "--output", default="dask-out",
                           help="output folder (default: %(default)s)")
    arguments.add_argument("--scheduler", metavar="ADDRESS",
                           help="a running scheduler, e.g. tcp://10.0.0.5:8786 "
                                "(default: start a local cluster)")
    arguments.add_argument("--workers", type=int, default=2,
                           help="worker processes of the local cluster (default: %(default)s)")
    arguments.add_argument("--partition-size", type=int, default=100,
                           help="files per partition (default: %(default)s)")
    args = arguments.parse_args(argv)

    from distributed import Client, LocalCluster

    files = input_files(args.inputs)
    start = time.perf_counter()
    if args.scheduler:
        with Client(args.scheduler) as client:
            parse_to_jsonl(files, args.output, partition_size=args.partition_size)
            workers = len(client.scheduler_info()["workers"])
    else:
        with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster):
            parse_to_jsonl(files, args.output, partition_size=args.partition_size)
            workers = args.workers
    documents = read_jsonl(Path(args.output) / "documents")
    errors = read_jsonl(Path(args.output) / "errors")
    print(f"{len(documents)} documents, {len(errors)} errors from {len(files)} files "
          f"in {time.perf_counter() - start:.1f}s on {workers} workers -> {args.output}")
    for error in errors:
        print(f"  {error['path']}: {error['error']}")


if __name__ == "__main__":
    main()
