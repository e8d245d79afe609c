"""Derive the confidence table (``pressparse._extract.confidence.TABLE``) from development cells.

Each input is the ``--cells-out`` JSON of ``eval_quotes.py --all --calibrate`` on one
development split (PolNeAR train and dev, police_bulk dev; never a test or
held-out split). Cells are grouped by genre: news (PolNeAR) and police releases
(police_bulk). A cell's confidence is its share right, smoothed as (right + 1) /
(n + 2), in every genre where it has at least ``--min-quotes`` quotes, and the
lowest of those, rounded down: the number must hold for both kinds of text, and the two differ
(a description such as "police" speaking is right far more often in news than in
police releases, where it is often an inference of the force). Cells with too few
quotes in every genre are left out and fall back to the cautious value of
``confidence._BY_EVIDENCE``.

Run::

    python benchmarks/eval_quotes.py --all --calibrate --no-baseline --set polnear \\
        --split train --cells-out /tmp/cells_train.json
    python benchmarks/eval_quotes.py --all --calibrate --no-baseline --set polnear \\
        --split dev --cells-out /tmp/cells_dev.json
    python benchmarks/eval_quotes.py --all --calibrate --no-baseline --set bulk \\
        --split dev --cells-out /tmp/cells_bulk.json
    python benchmarks/calibrate.py /tmp/cells_train.json /tmp/cells_dev.json /tmp/cells_bulk.json
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

Cell = tuple[str, str, "str | None"]


def load(paths: list[str]) -> dict[str, dict[Cell, list[int]]]:
    """genre -> cell -> [quotes, right], summed over the files of each genre."""
    genres: dict[str, dict[Cell, list[int]]] = {}
    for path in paths:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        genre = "news" if data["set"].startswith("polnear") else "police"
        if data["set"].split()[-1] in ("test", "heldout", "all"):
            raise SystemExit(f"{path}: {data['set']} is not a development split")
        cells = genres.setdefault(genre, {})
        for kind, evidence, resolution, n, right in data["cells"]:
            c = cells.setdefault((kind, evidence, resolution), [0, 0])
            c[0] += n
            c[1] += right
    return genres


def derive(genres: dict[str, dict[Cell, list[int]]], min_quotes: int
           ) -> dict[Cell, tuple[float, dict[str, list[int]]]]:
    """cell -> (confidence, genre -> [quotes, right]) for cells with enough quotes."""
    out: dict[Cell, tuple[float, dict[str, list[int]]]] = {}
    every = {cell for cells in genres.values() for cell in cells}
    for cell in every:
        counts = {g: cells[cell] for g, cells in genres.items() if cell in cells}
        rates = [(r + 1) / (n + 2) for n, r in counts.values() if n >= min_quotes]
        if rates:
            # Rounded down: a cell never rises into a higher band by rounding.
            out[cell] = (math.floor(min(rates) * 100) / 100, counts)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cells", nargs="+", help="--cells-out files of development splits")
    ap.add_argument("--min-quotes", type=int, default=10)
    args = ap.parse_args(argv)
    table = derive(load(args.cells), args.min_quotes)
    order = sorted(table.items(), key=lambda kv: -sum(n for n, _ in kv[1][1].values()))
    print("TABLE: dict[tuple[str, str, str | None], float] = {")
    for (kind, evidence, resolution), (value, _) in order:
        print(f"    ({kind!r}, {evidence!r}, {resolution!r}): {value:.2f},".replace("'", '"'))
    print("}\n")
    print("| kind | evidence | speaker | news: quotes | right | police: quotes | right "
          "| confidence |")
    print("|---|---|---|---:|---:|---:|---:|---:|")
    for (kind, evidence, resolution), (value, counts) in order:
        cols = []
        for genre in ("news", "police"):
            n, r = counts.get(genre, [0, 0])
            cols += [str(n), f"{100 * r / n:.1f}%" if n else "-"]
        print(f"| {kind} | {evidence} | {resolution or 'none'} | {' | '.join(cols)} "
              f"| {value:.2f} |")


if __name__ == "__main__":
    sys.exit(main())
