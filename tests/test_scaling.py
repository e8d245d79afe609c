"""Guards that the extraction stages stay linear in the size of a body.

Each test checks a mechanism that keeps the work per mention or per quotation
bounded (an index built once, a lookup by bisection or by key), never a time:
benchmarks/reliability.py measures the megabyte bodies themselves.
"""

from __future__ import annotations

import random

import pytest

from pressparse._extract import textindex
from pressparse._extract.textindex import _Index


def _bare_index(text: str) -> _Index:
    index = _Index.__new__(_Index)
    index.text = text
    index._blank_lines = None
    return index


def _paragraph_by_search(text: str, char: int) -> tuple[int, int]:
    """The definition: search back and forward for a blank line."""
    start = text.rfind("\n\n", 0, char)
    end = text.find("\n\n", char)
    return (0 if start < 0 else start + 2), (len(text) if end < 0 else end)


@pytest.mark.parametrize("seed", range(5))
def test_paragraph_lookup_agrees_with_searching_the_text(seed):
    rng = random.Random(seed)
    for _ in range(200):
        text = "".join(rng.choice("ab \n\n") for _ in range(rng.randint(0, 40)))
        index = _bare_index(text)
        for char in range(len(text) + 1):
            assert index.paragraph(char) == _paragraph_by_search(text, char)


def test_blank_lines_are_found_once_per_document(monkeypatch):
    calls = []
    real = textindex._BLANK_LINE

    class Counting:
        def finditer(self, text):
            calls.append(len(text))
            return real.finditer(text)

    monkeypatch.setattr(textindex, "_BLANK_LINE", Counting())
    index = _bare_index("One line. " * 500)
    for char in range(0, 5000, 7):
        assert index.paragraph(char) == (0, 5000)
    assert len(calls) == 1
