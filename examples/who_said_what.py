"""Who said what: one CSV row per attributed quote in a folder of releases.

Usage::

    python examples/who_said_what.py [FOLDER] [-o FILE]

FOLDER defaults to ``examples/data``; the CSV goes to standard output unless
``-o`` names a file. Files that cannot be parsed are reported on standard
error and the script exits 1; the other files are still written.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from pressparse import Document, ParseFailure, parse_documents

DEFAULT = Path(__file__).resolve().parent / "data"
COLUMNS = ("file", "speaker", "title", "organization", "cue", "quote")


def release_files(folder: Path) -> list[Path]:
    if folder.is_file():
        return [folder]
    return sorted(p for p in folder.rglob("*") if p.suffix in (".md", ".txt") and p.is_file())


def display_name(path: str | None, folder: Path) -> str:
    """The file's path relative to the folder searched (its name for a single file)."""
    if path is None:
        return "<text>"
    root = folder if folder.is_dir() else folder.parent
    try:
        return Path(path).relative_to(root).as_posix()
    except ValueError:
        return path


def rows(doc: Document, name: str) -> list[dict[str, str]]:
    found = []
    for quote in doc.quotes:
        speaker = quote.speaker
        found.append({
            "file": name,
            "speaker": speaker.name if speaker else "",
            "title": (speaker.title or "") if speaker else "",
            "organization": (speaker.organization or "") if speaker else "",
            "cue": quote.cue.text if quote.cue else "",
            "quote": quote.text,
        })
    return found


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("folder", nargs="?", default=str(DEFAULT),
                           help="a folder of releases (or one file)")
    arguments.add_argument("-o", "--output", metavar="FILE", help="write the CSV here")
    args = arguments.parse_args()

    folder = Path(args.folder)
    files = release_files(folder)
    failures = 0
    out = open(args.output, "w", newline="", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115 - closed below
    try:
        writer = csv.DictWriter(out, fieldnames=COLUMNS)
        writer.writeheader()
        for result in parse_documents(files, on_error="collect"):
            if isinstance(result, ParseFailure):
                failures += 1
                print(f"error: {result.message}", file=sys.stderr)
                continue
            writer.writerows(rows(result, display_name(result.path, folder)))
    finally:
        if out is not sys.stdout:
            out.close()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
