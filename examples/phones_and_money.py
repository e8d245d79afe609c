"""List every phone number and amount of money in a folder of releases.

Usage::

    python examples/phones_and_money.py [FOLDER]

FOLDER defaults to ``examples/data``. Each line shows the file, the label,
the text as written, the normalised value and about 40 characters of context.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pressparse import Document, ParseFailure, parse_documents

DEFAULT = Path(__file__).resolve().parent / "data"
CONTEXT = 40


def release_files(folder: Path) -> list[Path]:
    if folder.is_file():
        return [folder]
    return sorted(p for p in folder.rglob("*") if p.suffix in (".md", ".txt") and p.is_file())


def context(doc: Document, start: int, end: int) -> str:
    """About CONTEXT characters around text[start:end], on one line, the match in [brackets]."""
    side = max(0, (CONTEXT - (end - start)) // 2)
    before = doc.text[max(0, start - side):start]
    after = doc.text[end:end + side]
    return " ".join(f"{before}[{doc.text[start:end]}]{after}".split())


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("folder", nargs="?", default=str(DEFAULT),
                           help="a folder of releases (or one file)")
    args = arguments.parse_args()

    failures = 0
    for result in parse_documents(release_files(Path(args.folder)), on_error="collect"):
        if isinstance(result, ParseFailure):
            failures += 1
            print(f"error: {result.message}", file=sys.stderr)
            continue
        name = Path(result.path or "<text>").name
        for entity in result.entities:
            if entity.label in ("PHONE", "MONEY"):
                value = json.dumps(entity.value, ensure_ascii=False)
                print(f"{name}\t{entity.label}\t{entity.text}\t{value}\t"
                      f"{context(result, entity.start, entity.end)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
