"""Throughput, memory and import time of pressparse, beside bare spaCy and a glued baseline.

Run from the repository root::

    python benchmarks/throughput.py                 # ~200 files x 3 rounds, RSS on 200 / 2,000
    python benchmarks/throughput.py --limit 50 --rounds 1 --rss-limits 20 100   # quick look

Speed is words per second, words being the whitespace-split tokens of the
bodies (the text after the front matter). The runs are interleaved
(A B C D, A B C D, ...) and the median of each is reported, with its ratio to
bare ``nlp.pipe``: shared machines are noisy, and the ratios move much less
than the raw figures.

* ``bare nlp.pipe``: the same model with every component it enables by
  default (tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner), over
  the bodies, already read into memory, with spaCy's default batch size.
* ``parse_documents n_process=1`` / ``=2``: the whole of pressparse from file
  paths: reading and splitting the files, spaCy (without the components the
  extractors do not read), and every extraction stage. The time to start the
  worker processes is included.
* ``glued baseline``: what one would write without pressparse: the full
  spaCy pipeline one document at a time, textacy's ``direct_quotations``,
  ``phonenumbers.PhoneNumberMatcher`` (GB) and ``dateparser`` on every DATE
  entity. Documents on which textacy raises are counted and kept.

Peak RSS (``resource.getrusage``) is measured for ``parse_documents`` over the
first N files, each N in a fresh process; ``import pressparse`` time is the
median over several fresh processes. Not a pass/fail test: it prints figures
beside the targets of the "Corpus scale" issue.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

#: ``/work/shared/corpus/police_bulk`` when this repository is ``/work/main``.
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "police_bulk"


def corpus_files(root: Path) -> list[Path]:
    """The corpus files in MANIFEST.tsv order (shuffled forces), else sorted."""
    if not root.is_dir():
        sys.exit(f"error: corpus folder {root} not found (pass --corpus DIR)")
    manifest = root / "MANIFEST.tsv"
    if manifest.is_file():
        lines = manifest.read_text(encoding="utf-8").splitlines()
        files = [root / line.split("\t")[0] for line in lines[1:] if line.strip()]
        files = [f for f in files if f.is_file()]
        if files:
            return files
    return sorted(p for p in root.rglob("*") if p.suffix in (".md", ".txt"))


def load_full_pipeline():  # type: ignore[no-untyped-def]
    """The default English model with all the components it enables."""
    import spacy

    from pressparse._nlp import default_model_name

    return spacy.load(default_model_name())


# --------------------------------------------------------------------------- runs


def run_bare(nlp, bodies: Sequence[str]) -> None:  # type: ignore[no-untyped-def]
    for _ in nlp.pipe(bodies):
        pass


def run_pressparse(parser, files: Sequence[Path], n_process: int,  # type: ignore[no-untyped-def]
                   batch_size: int | None) -> None:
    options = {} if batch_size is None else {"batch_size": batch_size}
    for _ in parser.parse_documents(files, n_process=n_process, on_error="collect", **options):
        pass


class Glued:
    """Full spaCy + textacy quotes + phonenumbers + dateparser, one document at a time."""

    def __init__(self, nlp) -> None:  # type: ignore[no-untyped-def]
        import dateparser
        import phonenumbers
        from textacy.extract.triples import direct_quotations

        self.nlp = nlp
        self.dateparser = dateparser
        self.phonenumbers = phonenumbers
        self.direct_quotations = direct_quotations
        self.textacy_errors = 0

    def __call__(self, bodies: Sequence[str]) -> None:
        self.textacy_errors = 0
        for body in bodies:
            doc = self.nlp(body)
            try:
                list(self.direct_quotations(doc))
            except Exception:  # noqa: BLE001 - textacy raises on odd quote counts
                self.textacy_errors += 1
            list(self.phonenumbers.PhoneNumberMatcher(body, "GB"))
            for ent in doc.ents:
                if ent.label_ == "DATE":
                    self.dateparser.parse(ent.text, languages=["en"])


def timed(run: Callable[[], None]) -> float:
    gc.collect()
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


# --------------------------------------------------------------------------- subprocesses


def peak_rss_mib() -> float:
    """This process's peak resident set size.

    Linux's ``VmHWM`` where there is one: ``ru_maxrss`` survives ``exec``, so
    a child started from a large parent would report the parent's peak.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def rss_child(files: Sequence[Path], n_process: int) -> None:
    """(In a fresh process) parse the files; print peak RSS in MiB, before and after."""
    from pressparse import DocumentParser

    parser = DocumentParser()
    parser.parse_text("Warm-up: Sergeant Tom Hale said: \"Call 101.\"")  # load the model
    before = peak_rss_mib()
    start = time.perf_counter()
    count = sum(1 for _ in parser.parse_documents(files, n_process=n_process,
                                                  on_error="collect"))
    seconds = time.perf_counter() - start
    peak = peak_rss_mib()
    print(f"{count} {before:.1f} {peak:.1f} {seconds:.2f}")


def measure_rss(corpus: Path, limit: int, n_process: int) -> tuple[int, float, float, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--corpus", str(corpus), "--_rss-child", str(limit),
         "--_n-process", str(n_process)],
        check=True, capture_output=True, text=True,
    ).stdout.split()
    return int(out[0]), float(out[1]), float(out[2]), float(out[3])


def measure_import(runs: int) -> list[float]:
    code = ("import time; t = time.perf_counter(); import pressparse; "
            "print(time.perf_counter() - t)")
    return [float(subprocess.run([sys.executable, "-c", code], check=True,
                                 capture_output=True, text=True).stdout)
            for _ in range(runs)]


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="folder of .md/.txt files (default: %(default)s)")
    ap.add_argument("--limit", type=int, default=200,
                    help="files for the speed runs (default: %(default)s)")
    ap.add_argument("--rounds", type=int, default=3,
                    help="interleaved rounds; medians are reported (default: %(default)s)")
    ap.add_argument("--batch-size", type=int, default=None,
                    help="batch_size for parse_documents (default: its own default)")
    ap.add_argument("--all-components", action="store_true",
                    help="also time parse_documents with the full pipeline, to see what "
                         "excluding tagger, attribute_ruler and lemmatizer saves")
    ap.add_argument("--no-baseline", action="store_true",
                    help="skip the glued baseline (needs textacy and dateparser)")
    ap.add_argument("--rss-limits", type=int, nargs="*", default=[200, 2000], metavar="N",
                    help="file counts for peak RSS, each in a fresh process "
                         "(default: 200 2000; none to skip)")
    ap.add_argument("--import-runs", type=int, default=7,
                    help="fresh processes timing `import pressparse` (default: %(default)s)")
    ap.add_argument("--_rss-child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--_n-process", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    files = corpus_files(args.corpus)
    if args._rss_child is not None:
        rss_child(files[:args._rss_child], args._n_process)
        return

    if args.rss_limits:
        print("peak RSS of parse_documents (n_process=1), each in a fresh process:")
        peaks = {}
        for limit in args.rss_limits:
            count, before, peak, seconds = measure_rss(args.corpus, limit, 1)
            peaks[limit] = peak
            print(f"  {count:5} files: {peak:7.1f} MiB peak "
                  f"({before:.1f} MiB after loading the model; {seconds:.0f}s)", flush=True)
        if len(peaks) >= 2:
            low, high = min(peaks), max(peaks)
            print(f"  {high} / {low} files: {peaks[high] / peaks[low]:.2f}x (target <= 1.5)")

    if args.import_runs:
        seconds = measure_import(args.import_runs)
        print(f"\nimport pressparse: median {statistics.median(seconds) * 1000:.0f} ms over "
              f"{len(seconds)} fresh processes (min {min(seconds) * 1000:.0f} ms; "
              "target < 300 ms)")
    print(flush=True)

    import spacy

    from pressparse import DocumentParser, __version__
    from pressparse._source import read_source

    sample = files[:args.limit]
    bodies = [read_source(f).body for f in sample]
    words = sum(len(b.split()) for b in bodies)
    full = load_full_pipeline()
    parser = DocumentParser()
    print(f"pressparse {__version__}, spaCy {spacy.__version__}, "
          f"model {full.meta['name']} {full.meta['version']}, Python {sys.version.split()[0]}")
    print(f"corpus {args.corpus}: {len(sample)} files, {words:,} words; "
          f"{args.rounds} interleaved rounds")
    print(f"bare pipeline:  {', '.join(full.pipe_names)}")
    print(f"pressparse:     {', '.join(parser.nlp.pipe_names)}")

    runs: dict[str, Callable[[], None]] = {
        "bare nlp.pipe (full pipeline)": lambda: run_bare(full, bodies),
        "bare nlp.pipe (pressparse's components)": lambda: run_bare(parser.nlp, bodies),
        "parse_documents n_process=1": lambda: run_pressparse(parser, sample, 1,
                                                              args.batch_size),
        "parse_documents n_process=2": lambda: run_pressparse(parser, sample, 2,
                                                              args.batch_size),
    }
    if args.all_components:
        full_parser = DocumentParser(nlp=full)
        runs["parse_documents n_process=1, all components"] = \
            lambda: run_pressparse(full_parser, sample, 1, args.batch_size)
    glued = None
    if not args.no_baseline:
        try:
            glued = Glued(full)
        except ImportError as exc:
            print(f"note: no glued baseline ({exc.name} is not installed; "
                  "pip install -r benchmarks/requirements.txt)")
        else:
            runs["glued baseline (spaCy+textacy+phonenumbers+dateparser)"] = \
                lambda: glued(bodies)

    # Warm-up: first calls load lazily (dateparser's languages, spaCy's tables).
    run_bare(full, bodies[:5])
    run_pressparse(parser, sample[:5], 1, args.batch_size)
    if glued is not None:
        glued(bodies[:5])

    times: dict[str, list[float]] = {name: [] for name in runs}
    for round_ in range(1, args.rounds + 1):
        for name, run in runs.items():
            times[name].append(timed(run))
        print(f"  round {round_}: " + "  ".join(f"{t[-1]:.1f}s" for t in times.values()),
              flush=True)

    base = words / statistics.median(times["bare nlp.pipe (full pipeline)"])
    print(f"\n{'run':56} {'words/s':>9} {'x bare':>7}  (median of {args.rounds})")
    rates = {}
    for name, values in times.items():
        rate = words / statistics.median(values)
        rates[name] = rate
        print(f"{name:56} {rate:9,.0f} {rate / base:7.2f}")
    if glued is not None:
        print(f"  (textacy raised on {glued.textacy_errors} of {len(bodies)} documents)")
    one, two = rates["parse_documents n_process=1"], rates["parse_documents n_process=2"]
    same = rates["bare nlp.pipe (pressparse's components)"]
    print(f"parse_documents n_process=1 / bare nlp.pipe with the same components: "
          f"{one / same:.2f}x (target >= 0.90)")
    print(f"n_process=2 / n_process=1: {two / one:.2f}x "
          f"(target >= 1.6 on 2 free cores; this machine reports {_cpus()} CPUs)")



def _cpus() -> int:
    import os

    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


if __name__ == "__main__":
    main()
