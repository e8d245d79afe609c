"""Paragraphs: blank-line separated blocks of the body."""

from __future__ import annotations

import re

from ..models import Span

# A line break, then one or more lines holding only spaces or tabs.
_BLANK_LINES = re.compile(r"(?:\r\n|\r|\n)(?:[ \t\f\v]*(?:\r\n|\r|\n))+")


def paragraph_spans(text: str) -> tuple[Span, ...]:
    """Spans of the paragraphs of ``text``, each trimmed of surrounding whitespace."""
    spans = []
    start = 0
    for separator in _BLANK_LINES.finditer(text):
        spans.extend(_trimmed(text, start, separator.start()))
        start = separator.end()
    spans.extend(_trimmed(text, start, len(text)))
    return tuple(spans)


def _trimmed(text: str, start: int, end: int) -> list[Span]:
    block = text[start:end]
    stripped = block.strip()
    if not stripped:
        return []
    left = start + (len(block) - len(block.lstrip()))
    return [Span(start=left, end=left + len(stripped))]
