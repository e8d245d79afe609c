"""Who gets quoted: a pandas table of every quote in a folder of releases.

Usage::

    python examples/quotes_table.py [FOLDER] [-o FILE.csv]

FOLDER defaults to ``examples/data``. Prints the number of quotes per
organisation speaking (the speaker's organisation, or the organisation
itself) and per speaker; ``-o`` also writes the full table as CSV, with the
columns of ``pressparse -f csv``. Needs pandas: ``pip install "pressparse[pandas]"``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pressparse

DEFAULT = Path(__file__).resolve().parent / "data"


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("folder", nargs="?", default=str(DEFAULT),
                           help="a folder of .md/.txt releases (default: examples/data)")
    arguments.add_argument("-o", "--output", metavar="FILE", help="write the table as CSV")
    args = arguments.parse_args()

    files = sorted(p for p in Path(args.folder).rglob("*") if p.suffix in (".md", ".txt"))
    quotes = pressparse.to_dataframe(pressparse.parse_documents(files, on_error="collect"))
    attributed = quotes.dropna(subset=["speaker"])
    speaking_for = attributed["speaker_organization"].fillna(
        attributed["speaker"].where(attributed["speaker_kind"] == "organization"))
    print(f"{len(quotes)} quotes in {quotes['path'].nunique()} documents, "
          f"{len(attributed)} attributed\n")
    print("Quotes per organisation:")
    print(speaking_for.value_counts().to_string(), "\n")
    print("Most quoted speakers:")
    print(attributed.groupby("speaker").size().sort_values(ascending=False).head(10)
          .to_string())
    if args.output:
        quotes.to_csv(args.output, index=False)


if __name__ == "__main__":
    main()
