"""The ``pressparse`` command: parse files, folders or stdin to JSON Lines, JSON, CSV or HTML.

Exit status: 0 when every input was parsed, 1 when any input failed (each
failure is reported on one line of standard error and the other inputs are
still written) or the model or output could not be opened, 2 for bad usage.
A path that does not exist is a failed input (1), as with ``cat`` and
``grep``: the other inputs are still parsed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from ._parser import DocumentParser, ParseFailure, TextInput
from ._source import decode_bytes
from .errors import PressParseError
from .models import Document

if TYPE_CHECKING:
    from ._site import SiteWriter
    from ._tables import CsvWriter

DEFAULT_GLOBS = ("*.md", "*.markdown", "*.txt")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130

_HTML_SUFFIXES = (".html", ".htm")

#: spaCy batch size while a progress bar is drawn, unless --batch-size is given:
#: results leave the parser one batch at a time, and the bar should move per
#: document (for en_core_web_sm, batches of 1 and 64 measured the same speed
#: within noise on police releases).
PROGRESS_BATCH_SIZE = 1
DEFAULT_BATCH_SIZE = 64


class _UsageError(Exception):
    """Bad usage found after argparse: reported as ``pressparse: error: …``, exit 2."""


class InternalError(PressParseError):
    """An unexpected exception while extracting one document (a bug in pressparse)."""


@dataclass(frozen=True, slots=True)
class _Item:
    """One input: what to parse (or why it cannot be), its name, its HTML file name."""

    label: str
    source: str | TextInput | None
    html_name: str
    error: Exception | None = None


def build_argument_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pressparse",
        description="Parse news articles and press releases into structured records.",
        epilog="Exit status: 0 all parsed, 1 some input failed, 2 bad usage.",
    )
    parser.add_argument("inputs", nargs="+", metavar="PATH",
                        help="files, folders (searched recursively) or - for standard input")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write here instead of standard output (- for standard output; "
                             "a folder for --format html with several documents)")
    parser.add_argument("-f", "--format", choices=("jsonl", "json", "csv", "html"),
                        default="jsonl",
                        help="one JSON object per line (default), one JSON array, a CSV table "
                             "(see --rows), or HTML (with -o FOLDER: a corpus browser)")
    parser.add_argument("--rows", choices=("quotes", "entities", "people"), default=None,
                        help="with --format csv: one row per quote (default), entity or person")
    parser.add_argument("-g", "--glob", action="append", metavar="PATTERN",
                        help="file names to take from folders (repeatable; default: "
                             + ", ".join(DEFAULT_GLOBS) + ")")
    parser.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N",
                        help="worker processes that read, parse and extract (default 1; "
                             "auto: one per CPU this process may use)")
    parser.add_argument("-m", "--model", metavar="NAME",
                        help="spaCy pipeline to load (default en_core_web_sm)")
    parser.add_argument("--batch-size", type=int, default=None, metavar="N",
                        help=f"documents per spaCy batch (default {DEFAULT_BATCH_SIZE}; "
                             f"{PROGRESS_BATCH_SIZE} while a progress bar is drawn)")
    parser.add_argument("--resume", action="store_true",
                        help="with --format jsonl -o FILE: keep the documents FILE already "
                             "holds, skip their inputs, and append the rest")
    parser.add_argument("--encoding", metavar="NAME",
                        help="encoding of the input files (default UTF-8, else cp1252)")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="no progress bar and no summary line (errors are still shown)")
    parser.add_argument("-V", "--version", action="version",
                        version=f"%(prog)s {_version()}")
    return parser


def _version() -> str:
    from . import __version__

    return __version__


def _jobs(value: str) -> int:
    """``--jobs``: a number, or ``auto`` for the CPUs this process may run on."""
    if value == "auto":
        try:
            return len(os.sched_getaffinity(0)) or 1
        except AttributeError:  # not on Linux
            return os.cpu_count() or 1
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number or auto, not {value!r}") from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns 0, 1 when any input failed, 2 for bad usage."""
    parser = build_argument_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 for --help
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.output == "-":
        args.output = None
    try:
        if args.jobs < 1 or (args.batch_size is not None and args.batch_size < 1):
            raise _UsageError("--jobs and --batch-size must be at least 1")
        if args.rows is not None and args.format != "csv":
            raise _UsageError("--rows applies to --format csv only")
        args.rows = args.rows or "quotes"
        if args.resume and (args.format != "jsonl" or args.output is None):
            raise _UsageError("--resume needs --format jsonl and -o FILE")
        if args.inputs.count("-") > 1:
            raise _UsageError("standard input (-) can be read only once")
        items = list(_expand(args.inputs, tuple(args.glob or DEFAULT_GLOBS),
                             encoding=args.encoding))
        html_folder = _html_folder(args.format, args.output, len(items))
        done = _already_written(args.output) if args.resume else set()
    except _UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"pressparse: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if done:
        skipped = [item for item in items if item.label in done]
        items = [item for item in items if item.label not in done]
        if not args.quiet:
            print(f"pressparse: resuming: {_plural(len(skipped), 'input')} already in "
                  f"{args.output}", file=sys.stderr)
    try:
        return _run(args, items, html_folder)
    except KeyboardInterrupt:
        print("pressparse: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def _run(args: argparse.Namespace, items: list[_Item], html_folder: Path | None) -> int:
    started = time.perf_counter()
    document_parser = DocumentParser(args.model, encoding=args.encoding)
    try:
        document_parser.nlp  # noqa: B018 - load the model before any output is opened
    except PressParseError as exc:
        print(f"pressparse: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    counts = {"documents": 0, "quotes": 0, "errors": 0}
    try:
        out = _open_output(args.output, html_folder, append=args.resume)
    except OSError as exc:
        print(f"pressparse: error: cannot write {args.output}: {exc.strerror or exc}",
              file=sys.stderr)
        return EXIT_FAILED
    show_bar = _wants_bar(len(items), quiet=args.quiet)
    batch_size = args.batch_size or (PROGRESS_BATCH_SIZE if show_bar else DEFAULT_BATCH_SIZE)
    results = _parse(document_parser, items, batch_size=batch_size, n_process=args.jobs)
    results, report = _progress(results, len(items), show_bar=show_bar)
    writer = _Writer(out, args.format, html_folder, rows=args.rows)
    try:
        for item, result in results:
            if isinstance(result, ParseFailure):
                counts["errors"] += 1
                report(_one_line(result.error, result.path or item.label))
                continue
            counts["documents"] += 1
            counts["quotes"] += len(result.quotes)
            writer.write(result, item)
        writer.close()
    except BrokenPipeError:
        # The reader went away (`pressparse ... | head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED
    finally:
        if out is not None and out is not sys.stdout:
            out.close()
    if not args.quiet:
        elapsed = time.perf_counter() - started
        errors = counts["errors"]
        print(f"pressparse: {_plural(counts['documents'], 'document')}, "
              f"{_plural(counts['quotes'], 'quote')}, {_plural(errors, 'error')} "
              f"in {elapsed:.1f}s", file=sys.stderr)
    return EXIT_FAILED if counts["errors"] else EXIT_OK


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _one_line(error: BaseException, path: str | None) -> str:
    """``path:line:col: reason`` (or ``path: reason``) on one line, as editors and grep expect."""
    message = " ".join(str(error).split()) or type(error).__name__
    if isinstance(error, OSError) and not isinstance(error, PressParseError):
        message = error.strerror or message
    if path and not message.startswith(f"{path}:"):
        message = f"{path}: {message}"
    return message


# -- inputs ------------------------------------------------------------------


def _expand(paths: Sequence[str], globs: tuple[str, ...], *, encoding: str | None
            ) -> Iterator[_Item]:
    """Each file, each matching file under each folder, and stdin, in order.

    A path that does not exist becomes an item that fails (exit 1), not a usage error.
    """
    for raw in paths:
        if raw == "-":
            yield _stdin_item(encoding)
            continue
        path = Path(raw)
        if path.is_dir():
            found: set[Path] = set()
            for pattern in globs:
                found.update(p for p in path.rglob(pattern) if p.is_file())
            if not found:
                print(f"pressparse: warning: {raw}: no files match {', '.join(globs)}",
                      file=sys.stderr)
            for file in sorted(found):
                html = file.relative_to(path).with_suffix(".html").as_posix()
                yield _Item(str(file), str(file), html)
        elif path.exists():
            yield _Item(raw, raw, path.with_suffix(".html").name)
        else:
            error = FileNotFoundError(2, "No such file or directory", raw)
            yield _Item(raw, None, path.with_suffix(".html").name, error)


def _stdin_item(encoding: str | None) -> _Item:
    name = "<stdin>"
    try:
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is not None:  # bytes: the same decoding rules as files
            text = decode_bytes(buffer.read(), path=name, encoding=encoding)
        else:
            text = sys.stdin.read()
    except (PressParseError, OSError, UnicodeDecodeError) as exc:
        return _Item(name, None, "stdin.html", exc)
    return _Item(name, TextInput(text=text, name=name), "stdin.html")


def _html_folder(fmt: str, output: str | None, count: int) -> Path | None:
    """The folder HTML pages go to, or ``None`` to write one page to ``output``/stdout."""
    if fmt != "html":
        return None
    if output is None:
        if count > 1:
            raise _UsageError("--format html with several documents needs -o FOLDER")
        return None
    target = Path(output)
    if target.is_dir():
        return target
    if output.lower().endswith(_HTML_SUFFIXES):
        if count > 1:
            raise _UsageError(f"--format html with several documents needs -o FOLDER, "
                              f"not the file {output}")
        return None
    if target.exists():
        raise _UsageError(f"{output} exists and is not a folder")
    return target


def _parse(parser: DocumentParser, items: list[_Item], *, batch_size: int, n_process: int
           ) -> Iterator[tuple[_Item, Document | ParseFailure]]:
    """One result per item, in order; an unexpected exception fails one item, not the run."""
    good = [item for item in items if item.error is None and item.source is not None]
    done = 0  # results taken for ``good``

    def start() -> Iterator[Document | ParseFailure]:
        sources = [item.source for item in good[done:] if item.source is not None]
        return parser.parse_documents(sources, batch_size=batch_size, n_process=n_process,
                                      on_error="collect")

    results = start() if good else iter(())
    try:
        for item in items:
            if item.error is not None or item.source is None:
                error = item.error or PressParseError("nothing to parse")
                yield item, ParseFailure(path=item.label, error=error)
                continue
            try:
                result = next(results)
            except Exception as exc:  # noqa: BLE001 - an extraction bug: report it, go on
                bug = InternalError(f"internal error: {type(exc).__name__}: {exc} "
                                    "(a bug in pressparse; please report it)")
                done += 1
                _close(results)
                results = start()
                yield item, ParseFailure(path=item.label, error=bug)
                continue
            done += 1
            yield item, result
    finally:
        # Stop the workers now: with --jobs they exit only when the generator
        # finishes or closes, and the interpreter waits for them.
        _close(results)


def _close(results: Iterator[object]) -> None:
    close = getattr(results, "close", None)
    if close is not None:
        close()


def _wants_bar(total: int, *, quiet: bool) -> bool:
    """A bar for several inputs, on a terminal, when tqdm is installed and not --quiet."""
    if quiet or total < 2 or not sys.stderr.isatty():
        return False
    return importlib.util.find_spec("tqdm") is not None


def _progress(results: Iterator[tuple[_Item, Document | ParseFailure]], total: int, *,
              show_bar: bool) -> tuple[Iterator[tuple[_Item, Document | ParseFailure]],
                                       Callable[[str], None]]:
    """Wrap ``results`` in a tqdm bar if ``show_bar``; return it and a line printer."""

    def report(line: str) -> None:
        print(line, file=sys.stderr)

    if not show_bar:
        return results, report
    from tqdm import tqdm

    def report_above_bar(line: str) -> None:
        tqdm.write(line, file=sys.stderr)

    bar = tqdm(results, total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)
    return iter(bar), report_above_bar


# -- output ------------------------------------------------------------------


def _open_output(output: str | None, html_folder: Path | None, *, append: bool = False
                 ) -> IO[str] | None:
    if html_folder is not None:
        html_folder.mkdir(parents=True, exist_ok=True)
        return None
    if output is None:
        return sys.stdout
    if append and os.path.exists(output):
        _drop_incomplete_line(output)
        return open(output, "a", encoding="utf-8")  # closed by _run
    return open(output, "w", encoding="utf-8")  # closed by _run


def _already_written(output: str) -> set[str]:
    """The paths of the documents a JSON Lines file from an earlier run holds.

    Only complete lines count: a last line cut off by an interrupted run is
    parsed again. A line that is not a document is a usage error naming it.
    """
    done: set[str] = set()
    if not os.path.exists(output):
        return done
    try:
        with open(output, encoding="utf-8", newline="") as handle:
            _collect_paths(handle, output, done)
    except OSError as exc:
        raise _UsageError(f"--resume: cannot read {output}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise _UsageError(f"--resume: {output} is not UTF-8 JSON Lines") from exc
    return done


def _collect_paths(handle: IO[str], output: str, done: set[str]) -> None:
    for number, line in enumerate(handle, start=1):
        if not line.endswith("\n"):
            break  # cut off: dropped before appending
        if not line.strip():
            continue
        try:
            path = json.loads(line).get("path")
        except (ValueError, AttributeError) as exc:
            raise _UsageError(f"--resume: {output}:{number}: not a pressparse JSON "
                              "Lines document") from exc
        if isinstance(path, str):
            done.add(path)


def _drop_incomplete_line(output: str) -> None:
    """Cut a last line that has no newline (an interrupted write) off ``output``."""
    with open(output, "rb+") as handle:
        size = handle.seek(0, os.SEEK_END)
        if size == 0:
            return
        handle.seek(size - 1)
        if handle.read(1) == b"\n":
            return
        position = size
        while position > 0:
            step = min(65536, position)
            handle.seek(position - step)
            chunk = handle.read(step)
            newline = chunk.rfind(b"\n")
            if newline >= 0:
                handle.truncate(position - step + newline + 1)
                return
            position -= step
        handle.truncate(0)


class _Writer:
    def __init__(self, out: IO[str] | None, fmt: str, folder: Path | None, *,
                 rows: str = "quotes") -> None:
        self.out, self.fmt, self.folder = out, fmt, folder
        self.count = 0
        self.names: set[str] = set()
        self.csv: CsvWriter | None = None
        self.site: SiteWriter | None = None
        if fmt == "csv":
            from ._tables import CsvWriter

            assert out is not None
            self.csv = CsvWriter(out, rows)
        elif folder is not None:
            from ._html import render_html
            from ._site import INDEX_NAME, SiteWriter

            self.names.add(INDEX_NAME)  # a document page never takes the index's name
            self.site = SiteWriter(lambda doc, links: render_html(doc, links=links),
                                   self._write_page)

    def _write_page(self, name: str, html: str) -> None:
        assert self.folder is not None
        target = self.folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")

    def write(self, doc: Document, item: _Item) -> None:
        if self.csv is not None:
            self.csv.write(doc)
        elif self.fmt == "jsonl":
            assert self.out is not None
            self.out.write(doc.to_json() + "\n")
        elif self.fmt == "json":
            assert self.out is not None
            self.out.write("[\n" if self.count == 0 else ",\n")
            self.out.write(doc.to_json())
        elif self.folder is None:
            assert self.out is not None
            self.out.write(doc.to_html())
        else:
            assert self.site is not None
            self.site.add(doc, self._unique(item.html_name))
        self.count += 1

    def _unique(self, name: str) -> str:
        """``name``, or ``name`` with ``-2``, ``-3``… before ``.html`` if already written."""
        candidate, n = name, 1
        while candidate in self.names:
            n += 1
            candidate = f"{name.removesuffix('.html')}-{n}.html"
        self.names.add(candidate)
        return candidate

    def close(self) -> None:
        if self.site is not None:
            self.site.close()
        if self.fmt == "json" and self.out is not None:
            self.out.write("[]\n" if self.count == 0 else "\n]\n")
        if self.out is not None:
            self.out.flush()
