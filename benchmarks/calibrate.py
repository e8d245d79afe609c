"""Derive the confidence table (``pressparse/_extract/_confidence_table.py``) from development cells.

Each input is the ``--cells-out`` JSON of ``eval_quotes.py --all --calibrate`` on one
development split (PolNeAR train and dev, police_bulk dev; never a test or
held-out split): for every cell (the signals of ``confidence.signals``, the
first of which is the genre, "news" or "release") how many predicted quotes fell
in it and how many had their content and speaker right.

Cells are prefixes of the signals, from the base cell (genre, kind, what
speaks, evidence) to all seven; genres never share a cell, since they differ (a
description such as "police" speaking is right far more often in news than in
releases, where it is often the force's inference). Each cell's estimate comes
from the finest prefix of it with enough quotes of its genre (``--min-news``,
``--min-police``), never coarser than the base cell, so a sparse cell borrows
its parent's rate but a rare kind of evidence never borrows the common ones'.

* A news cell's value is the Wilson lower bound (one-sided 90%, ``--z``) of
  its share right.
* A release cell has far fewer quotes, so its rate is pooled with the news rate
  of the same cell, counted as ``--prior`` quotes of evidence: (right + prior x
  news rate) / (quotes + prior), and its value is the lower bound of that. A
  release cell needs at least ``MIN_SEEN`` release quotes to count on its own;
  with fewer it backs off, and a base cell with fewer stays below the trusted
  level (nothing in releases shows it deserves more).
* Trusted only when shown: a cell whose estimated rate is below ``--gate`` gets
  at most 0.79, just under the trusted level, so a quote at 0.8 or more comes
  from a cell right at least that often, not merely eight times in ten.

Values are rounded down, and cells whose value equals their parent's are left
out (the lookup falls back to the parent).

Run (about four minutes; PolNeAR train is the long one)::

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
prints the cells with their counts, as in docs/reported.md. ``--folds 2``
estimates out of sample instead: the police_bulk documents are split in two
(needs ``--quotes-out`` files of the same runs in place of the cells files).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path

from pressparse._extract.confidence import BASE

HERE = Path(__file__).resolve().parent
TABLE_MODULE = HERE.parent / "src" / "pressparse" / "_extract" / "_confidence_table.py"

Cell = tuple[str, ...]
Counts = dict[Cell, list[int]]

#: The most a cell gets when nothing shows it is trusted: just below the trusted level.
UNSHOWN = 0.79
#: The value of a quote whose base cell development never saw: below the
#: trusted level, since nothing shows it deserves more.
FLOOR = 0.5
#: Release quotes a release cell needs before it counts at all.
MIN_SEEN = 5


def wilson(right: float, n: float, z: float) -> tuple[float, float]:
    """The Wilson score interval for right / n, each side a one-sided bound at ``z``;
    (0, 1) with no quotes."""
    if n <= 0:
        return 0.0, 1.0
    p = right / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(max(0.0, p * (1 - p) / n + z * z / (4 * n * n)))
    d = 1 + z * z / n
    return max(0.0, (centre - spread) / d), min(1.0, (centre + spread) / d)


Row = tuple[str, Cell, bool]  # (document, cell, right) of one predicted quote


def read_input(path: str) -> tuple[str, dict[Cell, list[int]], list[Row]]:
    """(set name, full cell -> [quotes, right], quote rows) of one --cells-out JSON file
    or one --quotes-out JSONL file (only the latter has rows, for --folds)."""
    text = Path(path).read_text(encoding="utf-8")
    rows: list[Row] = []
    cells: dict[Cell, list[int]] = {}
    if path.endswith(".jsonl"):
        lines = [json.loads(line) for line in text.splitlines() if line.strip()]
        name = lines[0]["set"]
        rows = [(q["doc"], tuple(q["cell"]), bool(q["right"])) for q in lines[1:]]
        for _, cell, right in rows:
            c = cells.setdefault(cell, [0, 0])
            c[0] += 1
            c[1] += right
    else:
        data = json.loads(text)
        name = data["set"]
        for row in data["cells"]:
            c = cells.setdefault(tuple(row["cell"]), [0, 0])
            c[0] += row["quotes"]
            c[1] += row["right"]
    if name.split()[-1] in ("test", "heldout", "all"):
        raise SystemExit(f"{path}: {name} is not a development split")
    return name, cells, rows


def prefix_counts(inputs: list[dict[Cell, list[int]]]) -> Counts:
    """cell prefix (every length; the genre is the first signal) -> [quotes, right]."""
    counts: Counts = {}
    for cells in inputs:
        for cell, (n, r) in cells.items():
            for k in range(1, len(cell) + 1):
                c = counts.setdefault(cell[:k], [0, 0])
                c[0] += n
                c[1] += r
    return counts


@dataclass(frozen=True)
class Settings:
    """How cautious the table is; the defaults are what the library ships."""

    min_news: int = 30
    min_police: int = 20
    z: float = 1.28
    prior: float = 20.0
    gate: float = 0.97


def finest(counts: Counts, cell: Cell, minimum: int) -> tuple[Cell, int, int] | None:
    """The finest prefix of ``cell`` (down to the base cell) with ``minimum`` quotes."""
    for k in range(len(cell), BASE - 1, -1):
        n, r = counts.get(cell[:k], [0, 0])
        if n >= minimum and n > 0:
            return cell[:k], n, r
    return None


def estimate(counts: Counts, cell: Cell, settings: Settings) -> tuple[float, float]:
    """(cautious value, estimated rate) of one cell, before the gate."""
    if cell[0] == "news":
        found = finest(counts, cell, settings.min_news)
        shown = found is not None
        _, n, r = found or (cell, *counts.get(cell[:BASE], [0, 0]))
        low, rate = wilson(r, n, settings.z)[0], (r / n if n else 0.0)
        return (low if shown else min(low, UNSHOWN)), rate
    found = finest(counts, cell, settings.min_police) or finest(counts, cell, MIN_SEEN)
    shown = found is not None
    at, n, r = found or (cell[:BASE], *counts.get(cell[:BASE], [0, 0]))
    news = finest(counts, ("news", *at[1:]), settings.min_news)
    right, quotes = float(r), float(n)
    if news is not None:  # the news rate of the same cell, as ``prior`` quotes
        right += settings.prior * news[2] / news[1]
        quotes += settings.prior
    low, rate = wilson(right, quotes, settings.z)[0], (right / quotes if quotes else 0.0)
    return (low if shown else min(low, UNSHOWN)), rate


def value(counts: Counts, cell: Cell, settings: Settings) -> float:
    """The cell's value: its cautious estimate, below the trusted level unless its
    estimated rate reaches the gate; rounded down, so it never rises into a higher band."""
    low, rate = estimate(counts, cell, settings)
    if rate < settings.gate:
        low = min(low, UNSHOWN)
    return math.floor(low * 100 + 1e-9) / 100


def derive(counts: Counts, settings: Settings) -> dict[Cell, float]:
    """cell -> value for every cell seen at least as fine as the base cell, before pruning."""
    return {cell: value(counts, cell, settings) for cell in counts if len(cell) >= BASE}


def prune(table: dict[Cell, float]) -> dict[Cell, float]:
    """Leave out cells whose value is their parent's: the lookup falls back to it."""
    return {cell: v for cell, v in table.items()
            if len(cell) == BASE or table[cell[:-1]] != v}


def lookup(table: dict[Cell, float], cell: Cell) -> float:
    for k in range(len(cell), BASE - 1, -1):
        if cell[:k] in table:
            return table[cell[:k]]
    return FLOOR


def reliability(scored: list[tuple[float, int, int]]) -> list[str]:
    """Markdown rows from (value, quotes, right): per bin of confidence, quotes, share of
    all, share right, then at or above the trusted level."""
    total = sum(n for _, n, _ in scored)
    rows = []
    bins = ((0.0, 0.5), (0.5, 0.8), (0.8, 0.9), (0.9, 1.0), (0.8, 1.0))
    for lo, hi in bins:
        n = sum(cn for v, cn, _ in scored if lo <= v < hi or (hi == 1.0 and v == 1.0))
        r = sum(cr for v, _, cr in scored if lo <= v < hi or (hi == 1.0 and v == 1.0))
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
        "#: The value of a quote whose base cell (genre, kind, speaker, evidence) development",
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


def table_of(inputs: list[dict[Cell, list[int]]], settings: Settings) -> dict[Cell, float]:
    return prune(derive(prefix_counts(inputs), settings))


def folds(inputs: list[tuple[str, dict[Cell, list[int]], list[Row]]], k: int,
          settings: Settings) -> list[str]:
    """Reliability of release quotes out of sample: each of ``k`` folds of the release
    documents scored by a table made without them (news cells kept whole)."""
    release = [row for _, _, rows in inputs for row in rows if row[1][0] == "release"]
    if not release:
        raise SystemExit("--folds needs --quotes-out files (.jsonl) of police_bulk dev")
    docs = sorted({doc for doc, _, _ in release})
    scored: list[tuple[float, int, int]] = []
    for fold in range(k):
        held = set(docs[fold::k])
        kept = [cells for name, cells, rows in inputs if not rows or rows[0][1][0] == "news"]
        train: dict[Cell, list[int]] = {}
        for doc, cell, right in release:
            if doc not in held:
                c = train.setdefault(cell, [0, 0])
                c[0] += 1
                c[1] += right
        table = table_of([*kept, train], settings)
        for doc, cell, right in release:
            if doc in held:
                scored.append((lookup(table, cell), 1, int(right)))
    return reliability(scored)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cells", nargs="+",
                    help="--cells-out (or --quotes-out) files of development splits")
    defaults = Settings()
    ap.add_argument("--min-news", type=int, default=defaults.min_news,
                    help="quotes a news cell needs to count on its own")
    ap.add_argument("--min-police", type=int, default=defaults.min_police,
                    help="quotes a release cell needs to count on its own (with its prior)")
    ap.add_argument("--z", type=float, default=defaults.z,
                    help="the lower bound's z (1.28: one-sided 90%%; 1.645: 95%%)")
    ap.add_argument("--prior", type=float, default=defaults.prior,
                    help="how many quotes' worth the news rate counts in a release cell")
    ap.add_argument("--gate", type=float, default=defaults.gate,
                    help="the estimated rate a cell needs to reach the trusted level")
    ap.add_argument("--folds", type=int, default=0, metavar="K",
                    help="also print the release reliability out of sample, over K folds of "
                         "the police_bulk documents (needs --quotes-out files)")
    ap.add_argument("--cells-table", type=int, metavar="N", default=0,
                    help="also print the news cells with at least N quotes and the release "
                         "cells with at least MIN_SEEN, with their counts (the table of "
                         "docs/reported.md)")
    ap.add_argument("--write", action="store_true",
                    help=f"write the table to {TABLE_MODULE.relative_to(HERE.parent)}")
    args = ap.parse_args(argv)
    settings = Settings(min_news=args.min_news, min_police=args.min_police, z=args.z,
                        prior=args.prior, gate=args.gate)
    inputs = [read_input(p) for p in args.cells]
    counts = prefix_counts([cells for _, cells, _ in inputs])
    if not {("news",), ("release",)} <= set(counts):
        raise SystemExit("calibrate needs news (PolNeAR) and release (police_bulk) cells")
    table = prune(derive(counts, settings))
    print(f"{len(table)} cells")
    for set_name, cells, _ in inputs:
        print(f"\nReliability, {set_name} (in-sample)\n")
        print("| confidence | quotes | share | right |\n|---|---:|---:|---:|")
        print("\n".join(reliability([(lookup(table, cell), n, r)
                                      for cell, (n, r) in cells.items()])))
    if args.folds:
        print(f"\nReliability, release quotes out of sample ({args.folds} folds of documents)\n")
        print("| confidence | quotes | share | right |\n|---|---:|---:|---:|")
        print("\n".join(folds(inputs, args.folds, settings)))
    if args.cells_table:
        print("\n| cell | quotes | right | same cell in news | confidence |")
        print("|---|---:|---:|---:|---:|")
        for cell in sorted(table):
            n, r = counts.get(cell, [0, 0])
            if n < (args.cells_table if cell[0] == "news" else MIN_SEEN):
                continue
            news = "" if cell[0] == "news" else "-"
            if cell[0] == "release" and ("news", *cell[1:]) in counts:
                nn, nr = counts[("news", *cell[1:])]
                news = f"{100 * nr / nn:.1f}% of {nn}"
            print(f"| {' '.join(cell)} | {n} | {100 * r / n:.1f}% | {news} | {table[cell]:.2f} |")
    if args.write:
        changed = [f"--{name.replace('_', '-')} {getattr(settings, name)}"
                   for name in ("min_news", "min_police", "z", "prior", "gate")
                   if getattr(settings, name) != getattr(defaults, name)]
        command = " ".join(["python benchmarks/calibrate.py CELLS... --write", *changed])
        TABLE_MODULE.write_text(module_text(table, command), encoding="utf-8")
        print(f"\nwrote {TABLE_MODULE}")


if __name__ == "__main__":
    sys.exit(main())
