"""The ``pressparse`` command: parse files, folders or stdin to JSON Lines, JSON, CSV or HTML.

Exit status: 0 when every input was parsed, 1 when any input failed (each
failure is reported on one line of standard error and the other inputs are
still written) or the model or output could not be opened, 2 for bad usage.
A path that does not exist is a failed input (1), as with ``cat`` and
``grep``: the other inputs are still parsed. 128 + N after signal N (130
for Ctrl-C, 143 for SIGTERM): the output file, if any, is left as it was.

Output to a file is written beside it and renamed at the end; see
:class:`_Sink`. A new output format is one branch in :class:`_Writer`.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import signal
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import IO, TYPE_CHECKING, Any

from ._parser import DocumentParser, ParseFailure, TextInput, _Prepared
from ._source import DEFAULT_MAX_BYTES, display_path, read_stream, source_from_bytes, split_source
from .errors import ExtractionError, PressParseError, WorkerError
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


#: Kept for callers of the old name: the library now raises ExtractionError itself.
InternalError = ExtractionError


@dataclass(frozen=True, slots=True)
class _Item:
    """One input: what to parse (or why it cannot be), its name, its HTML file name."""

    label: str
    source: str | TextInput | _Prepared | None
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
        globs = _checked_globs(tuple(args.glob or DEFAULT_GLOBS))
    except _UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"pressparse: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    with _signals_as_exceptions():
        try:
            try:
                items = list(_expand(args.inputs, globs, encoding=args.encoding))
                _refuse_input_as_output([item.source for item in items
                                         if isinstance(item.source, str)], args.output)
                html_folder = _html_folder(args.format, args.output, len(items))
                done = _already_written(args.output) if args.resume else set()
            except _UsageError as exc:
                parser.print_usage(sys.stderr)
                print(f"pressparse: error: {exc}", file=sys.stderr)
                return EXIT_USAGE
            if done:
                # Files are matched by path; standard input is always read again.
                skipped = [item for item in items
                           if isinstance(item.source, str) and item.label in done]
                items = [item for item in items if item not in skipped]
                if not args.quiet:
                    print(f"pressparse: resuming: {_plural(len(skipped), 'input')} already in "
                          f"{args.output}", file=sys.stderr)
            return _run(args, items, html_folder)
        except (KeyboardInterrupt, _Signalled) as exc:
            signum = exc.signum if isinstance(exc, _Signalled) else signal.SIGINT
            kept = f"; {args.output} left as it was" if args.output else ""
            print(f"pressparse: interrupted ({signal.Signals(signum).name}){kept}",
                  file=sys.stderr)
            return 128 + int(signum)


class _Signalled(BaseException):
    """SIGTERM (or SIGHUP) as an exception, so output and workers are cleaned up."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def _signals_as_exceptions() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP into :class:`_Signalled` for the run (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: object) -> None:
        raise _Signalled(signum)

    previous = {}
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            previous[number] = signal.signal(number, handler)
    try:
        yield
    finally:
        for number, old in previous.items():
            signal.signal(number, old)


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
        sink = _Sink.open(args.output, html_folder, append=args.resume)
    except OSError as exc:
        print(f"pressparse: error: cannot write {args.output}: {exc.strerror or exc}",
              file=sys.stderr)
        return EXIT_FAILED
    show_bar = _wants_bar(len(items), quiet=args.quiet)
    batch_size = args.batch_size or (PROGRESS_BATCH_SIZE if show_bar else DEFAULT_BATCH_SIZE)
    results = _parse(document_parser, items, batch_size=batch_size, n_process=args.jobs)
    results, report = _progress(results, len(items), show_bar=show_bar)
    writer = _Writer(sink, args.format, rows=args.rows)
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
        if counts["documents"] == 0 and counts["errors"] and args.output and not args.resume:
            sink.discard()  # nothing parsed: an existing output stays as it was
            report(f"pressparse: nothing parsed; {args.output} not written")
        else:
            sink.commit()
    except BrokenPipeError:
        # The reader went away (`pressparse ... | head`): stop quietly.
        sink.discard()
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED
    except OSError as exc:
        sink.discard()
        print(f"pressparse: error: cannot write {args.output or 'output'}: "
              f"{exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    except BaseException:
        writer.interrupted()  # standard output: close the JSON array, keep lines whole
        sink.discard()
        raise
    finally:
        _close(results)
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


def _checked_globs(globs: tuple[str, ...]) -> tuple[str, ...]:
    """The ``--glob`` patterns, refused when they could reach outside the folder."""
    for pattern in globs:
        parts = PurePath(pattern).parts
        if not pattern or PurePath(pattern).is_absolute() or pattern.startswith(("/", "\\")) \
                or ".." in parts or "\x00" in pattern:
            raise _UsageError(f"--glob {pattern!r}: a pattern must be relative to the folder "
                              "searched (no leading / and no ..)")
    return globs


def _refuse_input_as_output(inputs: Sequence[str], output: str | None) -> None:
    """``-o`` naming one of the inputs would replace it: refuse before reading anything."""
    if output is None or not os.path.exists(output):
        return
    for raw in inputs:
        with contextlib.suppress(OSError, ValueError):
            if os.path.samefile(raw, output):
                raise _UsageError(f"-o {output} is also an input; it would be overwritten")


def _expand(paths: Sequence[str], globs: tuple[str, ...], *, encoding: str | None
            ) -> Iterator[_Item]:
    """Each file, each matching file under each folder, and stdin, in order.

    A path that does not exist or cannot be read becomes an item that fails
    (exit 1) with the operating system's reason, not a usage error; so does
    each sub-folder that cannot be listed.
    """
    for raw in paths:
        if raw == "-":
            yield _stdin_item(encoding)
            continue
        label = _label(raw)
        try:
            info = os.stat(raw)
        except (OSError, ValueError) as exc:
            yield _Item(label, None, _html_name(Path(raw).name), exc)
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _folder_items(raw, globs)
        else:  # a FIFO or a device is refused by the parser, with its own error
            yield _Item(label, raw, _html_name(Path(raw).name))


def _folder_items(root: str, globs: tuple[str, ...]) -> Iterator[_Item]:
    """The files under ``root`` whose path matches a glob (as ``Path.rglob``), sorted."""
    found: list[tuple[str, str]] = []  # (path, path relative to root)
    failed: list[OSError] = []
    for folder, subfolders, names in os.walk(root, onerror=failed.append):
        subfolders.sort()
        for name in names:
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, root)
            if any(PurePath(relative).match(pattern) for pattern in globs):
                found.append((path, relative))
    for error in failed:
        where = _label(error.filename) if error.filename else root
        yield _Item(where, None, "", error)
    if not found and not failed:
        print(f"pressparse: warning: {_label(root)}: no files match {', '.join(globs)}",
              file=sys.stderr)
    for path, relative in sorted(found):
        if os.path.isdir(path):
            continue  # a symbolic link to a folder (not followed, as rglob does)
        yield _Item(_label(path), path, _html_name(relative))


def _label(path: str | bytes) -> str:
    """A path as printed and stored: odd bytes of a non-UTF-8 name as ``\\xNN``."""
    try:
        return display_path(path)
    except PressParseError:
        return repr(path)


def _html_name(relative: str) -> str:
    """The page name for an input: its path under the folder, ``.html``, printable."""
    name = PurePath(_label(relative)).with_suffix(".html").as_posix() if relative else "page.html"
    return name


def _stdin_item(encoding: str | None) -> _Item:
    """Standard input, read here (within ``max_bytes``) and decoded like a file."""
    name = "<stdin>"
    try:
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is not None:  # bytes: the same reader and decoding rules as files
            data = read_stream(buffer, name=name, max_bytes=DEFAULT_MAX_BYTES)
            source = source_from_bytes(data, path=name, encoding=encoding)
        else:
            source = split_source(sys.stdin.read(), path=name)
    except (PressParseError, OSError, UnicodeDecodeError) as exc:
        return _Item(name, None, "stdin.html", exc)
    return _Item(name, _Prepared(source), "stdin.html")


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
        # Standard input goes as the parser's own pre-read input (``_Prepared``).
        sources: list[Any] = [item.source for item in good[done:] if item.source is not None]
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
            except WorkerError as exc:  # killed or out of memory: not this file's fault
                bug: PressParseError = WorkerError(f"not parsed: {exc}")
                done += 1
                _close(results)
                results = start()
                yield item, ParseFailure(path=item.label, error=bug)
                continue
            except Exception as exc:  # noqa: BLE001 - a bug: report it, go on
                bug = ExtractionError(f"internal error: {type(exc).__name__}: {exc} "
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


class _Sink:
    """Where the output goes: standard output, one file, or a folder of HTML pages.

    A file is written to a temporary file beside it and renamed over it by
    :meth:`commit`, so an interrupted or failed run never leaves a partial or
    truncated file behind, and ``-o`` never destroys what was there before.
    HTML pages are each written the same way.
    """

    def __init__(self, out: IO[str] | None, target: str | None, temp: str | None,
                 folder: Path | None) -> None:
        self.out, self.target, self.temp, self.folder = out, target, temp, folder

    @classmethod
    def open(cls, output: str | None, html_folder: Path | None, *, append: bool = False
             ) -> _Sink:
        """``append`` (``--resume``): the new file starts with the old one's complete lines."""
        if html_folder is not None:
            html_folder.mkdir(parents=True, exist_ok=True)
            return cls(None, None, None, html_folder.resolve())
        if output is None:
            return cls(sys.stdout, None, None, None)
        if os.path.isdir(output):
            raise IsADirectoryError(21, "Is a directory", output)
        fd, temp = _temp_beside(output)
        try:
            if append and os.path.exists(output):
                _copy_complete_lines(output, fd)
            out = open(fd, "a", encoding="utf-8", newline="")  # noqa: SIM115 - kept by the sink
        except BaseException:
            os.close(fd)
            _remove(temp)
            raise
        return cls(out, output, temp, None)

    def page(self, name: str, html: str) -> None:
        """Write one HTML page under the folder (never outside it)."""
        assert self.folder is not None
        target = (self.folder / name).resolve()
        if not target.is_relative_to(self.folder):
            raise PermissionError(1, "page would be written outside the output folder", name)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = _temp_beside(str(target))
        try:
            with open(fd, "w", encoding="utf-8", newline="") as page:
                page.write(html)
            os.replace(temp, target)
        except BaseException:
            _remove(temp)
            raise

    def commit(self) -> None:
        if self.out is None:
            return
        self.out.flush()
        if self.temp is not None and self.target is not None:
            os.fsync(self.out.fileno())
            self.out.close()
            _keep_mode(self.target, self.temp)
            os.replace(self.temp, self.target)
            self.temp = None

    def discard(self) -> None:
        """Drop a file's temporary output; the target is left as it was."""
        if self.temp is not None:
            assert self.out is not None
            with contextlib.suppress(OSError):
                self.out.close()
            _remove(self.temp)
            self.temp = None


def _temp_beside(target: str) -> tuple[int, str]:
    """A new temporary file in ``target``'s folder (so the rename stays on one disk)."""
    folder, name = os.path.split(os.path.abspath(target))
    return tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=folder)


def _keep_mode(target: str, temp: str) -> None:
    """Give the new file the old one's permissions, or the usual ones for a new file."""
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):
        os.chmod(temp, mode)


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


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


def _copy_complete_lines(source: str, fd: int) -> None:
    """Copy ``source`` up to its last newline onto ``fd`` (a cut-off last line is parsed again)."""
    with open(source, "rb") as old:
        size = old.seek(0, os.SEEK_END)
        end = size
        while end > 0:
            step = min(65536, end)
            old.seek(end - step)
            newline = old.read(step).rfind(b"\n")
            if newline >= 0:
                end = end - step + newline + 1
                break
            end -= step
        old.seek(0)
        remaining = end
        while remaining > 0:
            chunk = old.read(min(1 << 20, remaining))
            if not chunk:
                break
            os.write(fd, chunk)
            remaining -= len(chunk)


class _Writer:
    """Formats documents onto a :class:`_Sink`; one branch per format in :meth:`write`."""

    def __init__(self, sink: _Sink, fmt: str, *, rows: str = "quotes") -> None:
        out, folder = sink.out, sink.folder
        self.sink, self.out, self.fmt, self.folder = sink, out, fmt, folder
        self.closed = False
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
        self.sink.page(name, html)

    def write(self, doc: Document, item: _Item) -> None:
        if self.csv is not None:
            self.csv.write(doc)
        elif self.fmt == "jsonl":
            assert self.out is not None
            self.out.write(doc.to_json() + "\n")
        elif self.fmt == "json":
            assert self.out is not None
            # One write per record, so an interruption never leaves half of one.
            self.out.write(("[\n" if self.count == 0 else ",\n") + doc.to_json())
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
        """End the output (the index page, the JSON array's bracket) and flush it."""
        if self.site is not None and not self.closed:
            self.site.close()
        if self.fmt == "json" and self.out is not None and not self.closed:
            self.out.write("[]\n" if self.count == 0 else "\n]\n")
        self.closed = True
        if self.out is not None:
            self.out.flush()

    def interrupted(self) -> None:
        """On standard output, end what was written validly (a file is discarded)."""
        if self.sink.temp is None and self.sink.out is not None and not self.closed \
                and self.site is None:
            with contextlib.suppress(OSError, ValueError):
                self.close()
