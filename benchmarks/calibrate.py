"""Derive the confidence table (``pressparse/_extract/_confidence_table.py``) from development cells.

Each input is the ``--cells-out`` JSON of ``eval_quotes.py --all --calibrate`` on one
development split (PolNeAR train and dev, police_bulk dev; never a test or
held-out split): for every cell (the signals of ``confidence.signals``) how many
predicted quotes fell in it and how many had their content and speaker right.

Cells are prefixes of the signals, from the base cell (kind, what speaks,
evidence) to all six. Counts are summed per genre: news (PolNeAR)
and police releases (police_bulk), which differ (a description such as "police"
speaking is right far more often in news than in releases, where it is often the
force's inference). For every cell seen, each genre's estimate is the Wilson
lower 95% bound of the share right in the finest prefix of the cell that has at
least ``--min-news`` (news) or ``--min-police`` (police) quotes of that genre,
so a sparse cell borrows its parent's rate, but never coarser than the base
cell: a kind of evidence police releases have not shown does not borrow the
rate of the common ones. A genre with too few quotes even in the base cell
gives at most 0.79 (and at most the upper bound of its few quotes), so a
trusted cell (0.8 or more) is one both genres bear out; a cell neither genre
shows takes the lower bound of all its quotes, so one seen eight times with
eight right gets 0.67, not 0.95. The cell's value is the lower of the two
estimates, rounded down. Cells whose value equals their parent's are left out
(the lookup falls back to the parent).

Run (a few minutes; PolNeAR train is the long one)::

    python benchmarks/eval_quotes.py --all --calibrate --no-baseline --set polnear \\
        --split train --cells-out /tmp/cells_train.json
    python benchmarks/eval_quotes.py --all --calibrate --no-baseline --set polnear \\
        --split dev --cells-out /tmp/cells_dev.json
    python benchmarks/eval_quotes.py --all --calibrate --no-baseline --set bulk \\
        --split dev --cells-out /tmp/cells_bulk.json
    python benchmarks/calibrate.py /tmp/cells_train.json /tmp/cells_dev.json \\
        /tmp/cells_bulk.json --write --cells-table 30

``--write`` replaces the table the library ships; without it the table is only
printed. Either way it prints, for each input, the reliability table the new
values give (in-sample: these quotes made the table); ``--cells-table 30`` also
prints the cells with their counts, as in docs/reported.md.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from pressparse._extract.confidence import BASE

HERE = Path(__file__).resolve().parent
TABLE_MODULE = HERE.parent / "src" / "pressparse" / "_extract" / "_confidence_table.py"

Cell = tuple[str, ...]
Counts = dict[Cell, list[int]]

#: The most a cell gets from a genre that has too few of its quotes to show it:
#: just below the trusted level, so a trusted cell is one both genres bear out.
UNSHOWN = 0.79
#: The value of a quote whose base cell development never saw: below the
#: trusted level, since nothing shows it deserves more.
FLOOR = 0.5


def wilson(right: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval (95% two-sided) for right / n; (0, 1) with no quotes."""
    if n == 0:
        return 0.0, 1.0
    p = right / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    d = 1 + z * z / n
    return max(0.0, (centre - spread) / d), min(1.0, (centre + spread) / d)


def read_cells(path: str) -> tuple[str, dict[Cell, list[int]]]:
    """(set name, full cell -> [quotes, right]) of one --cells-out file."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if data["set"].split()[-1] in ("test", "heldout", "all"):
        raise SystemExit(f"{path}: {data['set']} is not a development split")
    cells: dict[Cell, list[int]] = {}
    for row in data["cells"]:
        c = cells.setdefault(tuple(row["cell"]), [0, 0])
        c[0] += row["quotes"]
        c[1] += row["right"]
    return data["set"], cells


def genre(set_name: str) -> str:
    return "news" if set_name.startswith("polnear") else "police"


def prefix_counts(inputs: list[tuple[str, dict[Cell, list[int]]]]) -> dict[str, Counts]:
    """genre -> cell prefix (every length) -> [quotes, right]."""
    out: dict[str, Counts] = {}
    for set_name, cells in inputs:
        counts = out.setdefault(genre(set_name), {})
        for cell, (n, r) in cells.items():
            for k in range(len(cell) + 1):
                c = counts.setdefault(cell[:k], [0, 0])
                c[0] += n
                c[1] += r
    return out


def estimate(counts: Counts, cell: Cell, min_quotes: int) -> float | None:
    """What one genre's quotes show of ``cell``: a cautious rate, None if they show nothing.

    The lower bound of the finest prefix of ``cell`` with enough quotes, never
    coarser than the base cell (kind, speaker, evidence): a coarser cell is
    mostly its commonest evidence, so a rare evidence would borrow the rate of
    another. None when even the base cell has too few quotes.
    """
    for k in range(len(cell), BASE - 1, -1):
        n, r = counts.get(cell[:k], [0, 0])
        if n >= min_quotes:
            return wilson(r, n)[0]
    return None


def value(genres: dict[str, Counts], cell: Cell, minimum: dict[str, int]) -> float:
    """The lower of the genres' estimates; a genre that shows nothing of the cell
    caps it below the trusted level (and at the upper bound of its few quotes), and
    a cell no genre shows takes the lower bound of all its quotes together."""
    lows = {g: estimate(counts, cell, minimum[g]) for g, counts in genres.items()}
    if all(low is None for low in lows.values()):
        n = sum(counts.get(cell[:BASE], [0, 0])[0] for counts in genres.values())
        r = sum(counts.get(cell[:BASE], [0, 0])[1] for counts in genres.values())
        return wilson(r, n)[0]
    out = 1.0
    for g, low in lows.items():
        if low is None:
            n, r = genres[g].get(cell[:BASE], [0, 0])
            low = min(UNSHOWN, wilson(r, n)[1])
        out = min(out, low)
    return out


def derive(genres: dict[str, Counts], minimum: dict[str, int]) -> dict[Cell, float]:
    """cell -> value for every cell seen at least as fine as the base cell, before pruning."""
    every = {cell for counts in genres.values() for cell in counts if len(cell) >= BASE}
    # Rounded down: a cell never rises into a higher band by rounding.
    return {cell: math.floor(value(genres, cell, minimum) * 100 + 1e-9) / 100
            for cell in every}


def prune(table: dict[Cell, float]) -> dict[Cell, float]:
    """Leave out cells whose value is their parent's: the lookup falls back to it."""
    return {cell: v for cell, v in table.items()
            if len(cell) == BASE or table[cell[:-1]] != v}


def lookup(table: dict[Cell, float], cell: Cell) -> float:
    for k in range(len(cell), BASE - 1, -1):
        if cell[:k] in table:
            return table[cell[:k]]
    return FLOOR


def reliability(table: dict[Cell, float], cells: dict[Cell, list[int]]) -> list[str]:
    """Markdown rows: per bin of confidence, quotes, share of all, share right."""
    total = sum(n for n, _ in cells.values())
    rows = []
    bins = ((0.0, 0.5), (0.5, 0.8), (0.8, 0.9), (0.9, 1.0), (0.8, 1.0))
    for lo, hi in bins:
        n = r = 0
        for cell, (cn, cr) in cells.items():
            v = lookup(table, cell)
            if lo <= v < hi or (hi == 1.0 and v == 1.0):
                n += cn
                r += cr
        label = ">= 0.8" if (lo, hi) == (0.8, 1.0) else f"{lo:.1f}-{hi:.1f}"
        rows.append(f"| {label} | {n} | {100 * n / total:.1f}% | "
                    f"{f'{100 * r / n:.1f}%' if n else '-'} |")
    return rows


def module_text(table: dict[Cell, float], command: str) -> str:
    lines = [
        '"""The cells of :mod:`pressparse._extract.confidence`, written by benchmarks/calibrate.py.',
        "",
        f"Do not edit by hand: rerun ``{command}``",
        '(see its docstring for the inputs)."""',
        "",
        "#: The value of a quote whose base cell (kind, speaker, evidence) development",
        "#: never saw: below the trusted level, since nothing shows it deserves more.",
        f"FLOOR = {FLOOR:.2f}",
        "",
        "#: cell (a prefix of ``confidence.signals``) -> confidence; a cell absent here",
        "#: takes the value of its longest prefix present.",
        "TABLE: dict[tuple[str, ...], float] = {",
    ]
    for cell in sorted(table):  # a cell right before the cells that refine it
        lines.append(f"    {cell!r}: {table[cell]:.2f},".replace("'", '"'))
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cells", nargs="+", help="--cells-out files of development splits")
    ap.add_argument("--min-news", type=int, default=30,
                    help="quotes a news cell needs to count on its own")
    ap.add_argument("--min-police", type=int, default=20,
                    help="quotes a police cell needs to count on its own")
    ap.add_argument("--cells-table", type=int, metavar="N", default=0,
                    help="also print the cells with at least N quotes in a genre, with their "
                         "counts (the table of docs/reported.md)")
    ap.add_argument("--write", action="store_true",
                    help=f"write the table to {TABLE_MODULE.relative_to(HERE.parent)}")
    args = ap.parse_args(argv)
    inputs = [read_cells(p) for p in args.cells]
    genres = prefix_counts(inputs)
    if set(genres) != {"news", "police"}:
        raise SystemExit("calibrate needs news (PolNeAR) and police (police_bulk) cells")
    table = prune(derive(genres, {"news": args.min_news, "police": args.min_police}))
    print(f"{len(table)} cells")
    for set_name, cells in inputs:
        print(f"\nReliability, {set_name} (in-sample)\n")
        print("| confidence | quotes | share | right |\n|---|---:|---:|---:|")
        print("\n".join(reliability(table, cells)))
    if args.cells_table:
        print("\n| cell | news: quotes | right | police: quotes | right | confidence |")
        print("|---|---:|---:|---:|---:|---:|")
        for cell in sorted(table):
            cols = []
            for g in ("news", "police"):
                n, r = genres[g].get(cell, [0, 0])
                cols += [str(n), f"{100 * r / n:.1f}%" if n else "-"]
            if max(genres[g].get(cell, [0, 0])[0] for g in genres) >= args.cells_table:
                print(f"| {' '.join(cell)} | {' | '.join(cols)} | {table[cell]:.2f} |")
    if args.write:
        command = ("python benchmarks/calibrate.py CELLS... --write"
                   + (f" --min-news {args.min_news}" if args.min_news != 30 else "")
                   + (f" --min-police {args.min_police}" if args.min_police != 20 else ""))
        TABLE_MODULE.write_text(module_text(table, command), encoding="utf-8")
        print(f"\nwrote {TABLE_MODULE}")


if __name__ == "__main__":
    sys.exit(main())
