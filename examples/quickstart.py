"""Parse one press release and print what pressparse found in it.

Usage::

    python examples/quickstart.py [FILE]

FILE defaults to ``examples/data/release-appeal.md``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pressparse import parse_document

DEFAULT = Path(__file__).resolve().parent / "data" / "release-appeal.md"


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("path", nargs="?", default=str(DEFAULT), help="a press release")
    args = arguments.parse_args()

    doc = parse_document(args.path)
    print(f"Title:     {doc.title}")
    print(f"Published: {doc.published}")
    print(f"URL:       {doc.url}")

    print("\nPeople:")
    for person in doc.people:
        titles = " ".join(person.titles)
        details = ", ".join(part for part in (person.role, person.organization) if part)
        print(f"  {titles + ' ' if titles else ''}{person.name}"
              f"{' (' + details + ')' if details else ''}")

    print("\nQuotes:")
    for quote in doc.quotes:
        speaker = quote.speaker.name if quote.speaker else "(unattributed)"
        cue = quote.cue.text if quote.cue else "-"
        parts = f", {len(quote.parts)} paragraphs" if len(quote.parts) > 1 else ""
        print(f"  {speaker} [{cue}{parts}]: {quote.text[:70]!r}")


if __name__ == "__main__":
    main()
