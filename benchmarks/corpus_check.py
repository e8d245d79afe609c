"""Run every corpus file through pressparse: each must parse or fail with a typed error.

Prints, per corpus folder, how many files parsed and how many failed (by error
type), any *untyped* exception (a bug: not a ``PressParseError``), any document
that hit the watchdog, and the slowest documents. Not a pass/fail test; the
exit status is 1 when a file raised an untyped error or hung.

    python benchmarks/corpus_check.py                 # all folders, 2 worker processes
    python benchmarks/corpus_check.py --folders police us_prosecutors --jobs 1
    python benchmarks/corpus_check.py --timeout 300   # per-document watchdog, seconds

Each document is parsed on its own (``parse_documents([path], on_error="collect")``)
under a ``SIGALRM`` watchdog, so a hang is reported against the file that caused
it rather than stalling the run.
"""

from __future__ import annotations

import argparse
import collections
import multiprocessing
import signal
import sys
import time
import traceback
from pathlib import Path

from _common import DEFAULT_CORPUS

#: (folder, glob patterns) of the documents in each corpus folder.
FOLDERS: dict[str, tuple[str, ...]] = {
    "police": ("news/**/*.md",),
    "police_bulk": ("news/**/*.md",),
    "polnear": ("data/*/text/*.txt",),
    "us_prosecutors": ("text/**/*.txt",),
    "au_parliament_press": ("text/**/*.txt",),
    # GUM has no plain-text files: feed it everything (CoNLL-U, TSV, README) as
    # a robustness check; these are text files the parser has never seen the like of.
    "gum_news": ("**/*",),
}


class Watchdog(Exception):
    """A document took longer than ``--timeout`` seconds."""


def _alarm(signum: int, frame: object) -> None:
    raise Watchdog


_parser = None


def _init_worker() -> None:
    global _parser
    from pressparse import DocumentParser

    _parser = DocumentParser()
    _ = _parser.nlp  # load the model now, not inside the first document's watchdog
    signal.signal(signal.SIGALRM, _alarm)


def _check(job: tuple[str, str, float]) -> tuple[str, str, str, str, float]:
    """(folder, path, status, detail, seconds); status ok / typed / untyped / hang."""
    from pressparse import ParseFailure, PressParseError

    folder, path, timeout = job
    assert _parser is not None
    start = time.perf_counter()
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        result = next(_parser.parse_documents([path], on_error="collect"))
        signal.setitimer(signal.ITIMER_REAL, 0)
    except Watchdog:
        return folder, path, "hang", f"over {timeout:g}s", time.perf_counter() - start
    except BaseException as exc:  # noqa: BLE001 - an untyped error is what we look for
        signal.setitimer(signal.ITIMER_REAL, 0)
        detail = "".join(traceback.format_exception_only(exc)).strip()
        return folder, path, "untyped", detail, time.perf_counter() - start
    seconds = time.perf_counter() - start
    if isinstance(result, ParseFailure):
        status = "typed" if isinstance(result.error, PressParseError) else "untyped"
        return folder, path, status, f"{type(result.error).__name__}: {result.error}", seconds
    return folder, path, "ok", "", seconds


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    args.add_argument("--folders", nargs="*", default=list(FOLDERS))
    args.add_argument("--jobs", type=int, default=2)
    args.add_argument("--timeout", type=float, default=120.0,
                      help="per-document watchdog in seconds (default 120)")
    args.add_argument("--slowest", type=int, default=5)
    opts = args.parse_args(argv)

    root = Path(opts.corpus)
    if not root.is_dir():
        sys.exit(f"error: corpus folder {root} not found; pass --corpus DIR")
    jobs: list[tuple[str, str, float]] = []
    for folder in opts.folders:
        files: set[Path] = set()
        for pattern in FOLDERS[folder]:
            files.update(p for p in (root / folder).glob(pattern) if p.is_file())
        jobs.extend((folder, str(p), opts.timeout) for p in sorted(files))
    print(f"{len(jobs)} files, {opts.jobs} worker process(es), watchdog {opts.timeout:g}s")

    started = time.perf_counter()
    results = []
    with multiprocessing.get_context("fork").Pool(opts.jobs, initializer=_init_worker) as pool:
        for done, result in enumerate(pool.imap_unordered(_check, jobs, chunksize=4), 1):
            results.append(result)
            if done % 500 == 0:
                print(f"  ... {done}/{len(jobs)}", file=sys.stderr, flush=True)
    wall = time.perf_counter() - started

    print(f"\n{'folder':<22}{'files':>7}{'parsed':>8}{'typed':>7}{'untyped':>9}{'hung':>6}"
          f"{'seconds':>9}")
    per_folder: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    seconds: collections.Counter[str] = collections.Counter()
    for folder, _, status, _, took in results:
        per_folder[folder][status] += 1
        seconds[folder] += took
    for folder in opts.folders:
        c = per_folder[folder]
        print(f"{folder:<22}{c.total():>7}{c['ok']:>8}{c['typed']:>7}{c['untyped']:>9}"
              f"{c['hang']:>6}{seconds[folder]:>9.1f}")
    print(f"wall time {wall:.1f}s")

    errors = collections.Counter(detail.split(":")[0] for *_, status, detail, _ in results
                                 if status == "typed")
    print("\ntyped errors by type:", dict(errors) or "none")
    for folder, path, status, detail, _took in sorted(results, key=lambda r: r[1]):
        if status != "ok":
            print(f"  [{status}] {folder} {path}\n      {detail[:300]}")

    print(f"\nslowest {opts.slowest} documents:")
    for _folder, path, status, _, took in sorted(results, key=lambda r: -r[4])[:opts.slowest]:
        size = Path(path).stat().st_size
        print(f"  {took:7.2f}s  {size / 1024:8.1f} KB  {status:<7} {path}")
    bad = sum(1 for r in results if r[2] in ("untyped", "hang"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
