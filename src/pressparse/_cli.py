"""The ``pressparse`` command: parse files, folders or stdin to JSON Lines, JSON or HTML."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

from ._parser import DocumentParser, ParseFailure, TextInput
from .errors import PressParseError
from .models import Document

DEFAULT_GLOBS = ("*.md", "*.markdown", "*.txt")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_argument_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pressparse",
        description="Parse news articles and press releases into structured records.",
    )
    parser.add_argument("inputs", nargs="+", metavar="PATH",
                        help="files, folders (searched recursively) or - for standard input")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write here instead of standard output (a folder for "
                             "--format html with several documents)")
    parser.add_argument("-f", "--format", choices=("jsonl", "json", "html"), default="jsonl",
                        help="one JSON object per line (default), one JSON array, or HTML")
    parser.add_argument("-g", "--glob", action="append", metavar="PATTERN",
                        help="file names to take from folders (repeatable; default: "
                             + ", ".join(DEFAULT_GLOBS) + ")")
    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                        help="spaCy worker processes (default 1)")
    parser.add_argument("-m", "--model", metavar="NAME",
                        help="spaCy pipeline to load (default en_core_web_sm)")
    parser.add_argument("--batch-size", type=int, default=64, metavar="N",
                        help="documents per spaCy batch (default 64)")
    parser.add_argument("--encoding", metavar="NAME",
                        help="encoding of the input files (default UTF-8, else cp1252)")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="no progress bar and no summary line")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns 0, 1 when any file failed, 2 for bad usage."""
    parser = build_argument_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 for --help
        return int(exc.code or 0)
    if args.jobs < 1 or args.batch_size < 1:
        parser.print_usage(sys.stderr)
        print("pressparse: error: --jobs and --batch-size must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    try:
        inputs = list(_expand(args.inputs, tuple(args.glob or DEFAULT_GLOBS)))
    except FileNotFoundError as exc:
        print(f"pressparse: error: {exc.filename}: no such file or folder", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "html" and len(inputs) > 1 and not args.output:
        print("pressparse: error: --format html with several documents needs -o FOLDER",
              file=sys.stderr)
        return EXIT_USAGE
    started = time.perf_counter()
    document_parser = DocumentParser(args.model, encoding=args.encoding)
    try:
        document_parser.nlp  # noqa: B018 - load the model before any output is opened
    except PressParseError as exc:
        print(f"pressparse: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    results = document_parser.parse_documents(inputs, batch_size=args.batch_size,
                                              n_process=args.jobs, on_error="collect")
    results = _progress(results, len(inputs), quiet=args.quiet)
    counts = {"documents": 0, "quotes": 0, "errors": 0}
    with _open_output(args.output, args.format) as out:
        writer = _Writer(out, args.format, args.output)
        for result in results:
            if isinstance(result, ParseFailure):
                counts["errors"] += 1
                print(f"pressparse: error: {_one_line(result.error, result.path)}",
                      file=sys.stderr)
                continue
            counts["documents"] += 1
            counts["quotes"] += len(result.quotes)
            writer.write(result)
        writer.close()
    if not args.quiet:
        elapsed = time.perf_counter() - started
        print(f"pressparse: {counts['documents']} documents, {counts['quotes']} quotes, "
              f"{counts['errors']} errors in {elapsed:.1f}s", file=sys.stderr)
    return EXIT_FAILED if counts["errors"] else EXIT_OK


def _one_line(error: BaseException, path: str | None) -> str:
    """``path:line:col: reason`` on one line, as editors and grep expect."""
    message = " ".join(str(error).split()) or type(error).__name__
    if isinstance(error, OSError) and not isinstance(error, PressParseError):
        message = error.strerror or message
    if path and not message.startswith(f"{path}:"):
        message = f"{path}: {message}"
    return message


def _expand(paths: Sequence[str], globs: tuple[str, ...]) -> Iterator[str | TextInput]:
    for raw in paths:
        if raw == "-":
            yield TextInput(text=sys.stdin.read(), name="<stdin>")
            continue
        path = Path(raw)
        if path.is_dir():
            found: set[Path] = set()
            for pattern in globs:
                found.update(p for p in path.rglob(pattern) if p.is_file())
            yield from (str(p) for p in sorted(found))
        elif path.exists():
            yield str(path)
        else:
            raise FileNotFoundError(2, "no such file", raw)


def _progress(results: Iterator[Document | ParseFailure], total: int, *, quiet: bool
              ) -> Iterator[Document | ParseFailure]:
    if quiet or total < 2 or not sys.stderr.isatty():
        return results
    try:
        from tqdm import tqdm
    except ImportError:
        return results
    return iter(tqdm(results, total=total, unit="doc", file=sys.stderr))


class _open_output:  # noqa: N801 - used like open()
    def __init__(self, output: str | None, fmt: str) -> None:
        self.output, self.fmt = output, fmt
        self.handle: IO[str] | None = None

    def __enter__(self) -> IO[str] | None:
        if self.output is None:
            return sys.stdout
        if self.fmt == "html" and (Path(self.output).is_dir() or not self.output.endswith(
                (".html", ".htm"))):
            os.makedirs(self.output, exist_ok=True)
            return None
        self.handle = open(self.output, "w", encoding="utf-8")  # noqa: SIM115
        return self.handle

    def __exit__(self, *exc: object) -> None:
        if self.handle is not None:
            self.handle.close()


class _Writer:
    def __init__(self, out: IO[str] | None, fmt: str, output: str | None) -> None:
        self.out, self.fmt, self.output = out, fmt, output
        self.count = 0

    def write(self, doc: Document) -> None:
        if self.fmt == "jsonl":
            assert self.out is not None
            self.out.write(doc.to_json() + "\n")
        elif self.fmt == "json":
            assert self.out is not None
            self.out.write("[\n" if self.count == 0 else ",\n")
            self.out.write(json.dumps(doc.to_dict(), ensure_ascii=False))
        elif self.out is not None:
            self.out.write(doc.to_html())
        else:
            assert self.output is not None
            name = Path(doc.path or f"document-{self.count}").stem + ".html"
            Path(self.output, name).write_text(doc.to_html(), encoding="utf-8")
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json" and self.out is not None:
            self.out.write("[]\n" if self.count == 0 else "\n]\n")
