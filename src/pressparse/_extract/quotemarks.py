"""Find quotations by their marks, paragraph by paragraph, in one linear pass.

This stage reads only the text: which stretches are quoted, in how many
paragraph pieces. It copes with what real releases do: British
multi-paragraph quotations (each paragraph re-opened, only the last closed),
curly and straight marks, single quotes used as quotation marks beside
apostrophes ("officers'", "don't"), a mark of the wrong direction, and a
missing closing mark (the quotation then ends with its paragraph).

Every mark is looked at a bounded number of times, so the pass is linear in
the length of the text whatever the marks.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from ..models import Span

DOUBLE_OPEN = frozenset("“„«‟")
DOUBLE_CLOSE = frozenset("”»")
DOUBLE_ANY = frozenset('"') | DOUBLE_OPEN | DOUBLE_CLOSE
SINGLE_OPEN = frozenset("‘‚")
SINGLE_CLOSE = frozenset("’")
SINGLE_ANY = frozenset("'") | SINGLE_OPEN | SINGLE_CLOSE
QUOTE_MARKS = DOUBLE_ANY | SINGLE_ANY
_MARK = re.compile("[" + re.escape("".join(sorted(QUOTE_MARKS))) + "]")

_OPEN_BEFORE = frozenset("([{—–-:/>*_")  # a mark after these may open
_CLOSE_AFTER = frozenset(".,;:!?)]}—–-…*_")  # a mark before these may close
_EDGE_JUNK = " \t\r\n*_>"  # stripped from the ends of a part (markdown, blockquote)

# Roles a mark can play.
OPEN, CLOSE, EITHER = "open", "close", "either"


@dataclass(frozen=True, slots=True)
class RawQuote:
    """A quotation found by its marks.

    Attributes:
        parts: One span per paragraph piece, marks excluded.
        open_mark: Offset of the opening mark (``None`` when the quotation
            starts without one).
        close_mark: Offset of the closing mark, ``None`` when it is missing.
        single: Marked with single quotes.
    """

    parts: tuple[Span, ...]
    open_mark: int | None
    close_mark: int | None
    single: bool = False
    open_at_end: bool = False  # still open where its last paragraph ends

    @property
    def start(self) -> int:
        return self.parts[0].start

    @property
    def end(self) -> int:
        return self.parts[-1].end

    @property
    def outer_start(self) -> int:
        """Start including the opening mark."""
        return self.open_mark if self.open_mark is not None else self.start

    @property
    def outer_end(self) -> int:
        """End including the closing mark."""
        return self.close_mark + 1 if self.close_mark is not None else self.end


def _prev(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else "\n"


def _next(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else "\n"


def _left_flanking(text: str, i: int) -> bool:
    """Could open: after space or opening punctuation, before a non-space."""
    before, after = _prev(text, i), _next(text, i)
    return (before.isspace() or before in _OPEN_BEFORE or before in QUOTE_MARKS) \
        and not after.isspace()


def _right_flanking(text: str, i: int) -> bool:
    """Could close: after a non-space, before space or closing punctuation."""
    before, after = _prev(text, i), _next(text, i)
    return not before.isspace() and (after.isspace() or after in _CLOSE_AFTER
                                     or after in QUOTE_MARKS)


def _double_role(text: str, i: int) -> str | None:
    ch = text[i]
    if ch == "'":
        # Two apostrophes stand for a double mark in some newspaper text (''Yes,'' she said).
        if _prev(text, i) == "'" or _next(text, i) != "'":
            return None
        left, right = _left_flanking(text, i), _right_flanking(text, i + 1)
        return OPEN if left and not right else CLOSE if right and not left else EITHER
    if ch not in DOUBLE_ANY:
        return None
    left, right = _left_flanking(text, i), _right_flanking(text, i)
    if ch in DOUBLE_OPEN:
        return CLOSE if right and not left else OPEN
    if ch in DOUBLE_CLOSE:
        return OPEN if left and not right else CLOSE
    if left and not right:
        return OPEN
    if right and not left:
        return CLOSE
    return EITHER


def _single_role(text: str, i: int) -> str | None:
    ch = text[i]
    if ch not in SINGLE_ANY:
        return None
    before, after = _prev(text, i), _next(text, i)
    if ch == "'" and "'" in (before, after):
        return None  # one of a doubled pair, read as a double mark
    if before.isalnum() and after.isalnum():
        return None  # don't, O'Brien
    if ch != "’" and _left_flanking(text, i) and not before.isalnum():
        return OPEN
    if ch != "‘" and _right_flanking(text, i):
        return CLOSE
    return None  # '90s, rock 'n' roll


def find_quotations(text: str, paragraphs: tuple[Span, ...]) -> list[RawQuote]:
    """All quotations in ``text`` in order; single-quoted ones only outside double ones."""
    doubles = list(_join(text, paragraphs, _double_role, single=False))
    blocked = sorted((q.outer_start, q.outer_end) for q in doubles)
    starts = [s for s, _ in blocked]

    def single_role(t: str, i: int) -> str | None:
        k = bisect.bisect_right(starts, i) - 1
        if k >= 0 and blocked[k][0] <= i < blocked[k][1]:
            return None  # nested inside a double quotation
        return _single_role(t, i)

    singles = list(_join(text, paragraphs, single_role, single=True))
    return sorted(doubles + singles, key=lambda q: q.start)


def _join(text: str, paragraphs: tuple[Span, ...], role: Callable[[str, int], str | None],
          *, single: bool) -> Iterator[RawQuote]:
    """Quotations of one kind of mark, joined across paragraphs."""
    pending: RawQuote | None = None
    for paragraph in paragraphs:
        found = _scan(text, paragraph, role, continuing=pending is not None, single=single)
        if pending is not None:
            first = found[0] if found else None
            if first is not None and (first.open_mark is None
                                      or first.open_mark == _content_start(text, paragraph)):
                found[0] = replace(first, parts=pending.parts + first.parts,
                                   open_mark=pending.open_mark)
            else:
                yield replace(pending, open_at_end=False)
            pending = None
        for quote in found:
            if quote.open_at_end:
                pending = quote
            else:
                yield quote
    if pending is not None:
        yield replace(pending, open_at_end=False)


def _content_start(text: str, paragraph: Span) -> int:
    i = paragraph.start
    while i < paragraph.end and text[i] in _EDGE_JUNK:
        i += 1
    return i


def _part(text: str, start: int, end: int) -> Span | None:
    if start < end and text[start] == "'" and _prev(text, start) == "'":
        start += 1  # the second half of an opening ''
    while start < end and text[start] in _EDGE_JUNK:
        start += 1
    while end > start and text[end - 1] in _EDGE_JUNK:
        end -= 1
    return Span(start=start, end=end) if end > start else None


def _possessive(text: str, i: int) -> bool:
    """``s'`` before a lower-case word: a plural possessive, not a closing mark."""
    return _prev(text, i) == "s" and _next(text, i) == " " and i + 2 < len(text) \
        and text[i + 2].islower()


def _at_line_start(text: str, start: int, i: int) -> bool:
    """Only whitespace or markup between the last line break (after ``start``) and ``i``."""
    j = i - 1
    while j >= start and text[j] in " \t*_>":
        j -= 1
    return j >= start and text[j] == "\n"


def _scan(text: str, paragraph: Span, role: Callable[[str, int], str | None], *,
          continuing: bool, single: bool) -> list[RawQuote]:
    """The quotations of one paragraph; the last may be open at its end."""
    found: list[RawQuote] = []
    inside = False
    open_mark: int | None = None
    parts: list[Span] = []
    part_start = paragraph.start
    awaiting_first = continuing

    def close(end: int, close_mark: int | None) -> None:
        part = _part(text, part_start, end)
        if part is not None:
            parts.append(part)
        if parts:
            found.append(RawQuote(tuple(parts), open_mark, close_mark, single=single))

    marks = [(m.start(), kind) for m in _MARK.finditer(text, paragraph.start, paragraph.end)
             if (kind := role(text, m.start())) is not None]
    last_close = max((i for i, kind in marks if kind != OPEN), default=-1)
    nested: set[int] = set()
    for n, (i, kind) in enumerate(marks):
        if i in nested:
            continue
        if not single and inside and kind == OPEN and n + 2 < len(marks) \
                and marks[n + 1][1] == CLOSE and marks[n + 2][1] in (CLOSE, EITHER) \
                and not _at_line_start(text, paragraph.start, i):
            # `"... described it as "reckless" and said ..."`: marks opened and closed
            # inside a quotation whose own closing mark comes after are a quotation
            # within it, not its end.
            nested.add(marks[n + 1][0])
            continue
        if single and inside and kind == CLOSE and i < last_close and _possessive(text, i) \
                and any(c.isspace() for c in text[part_start:i]):
            # 'The victims' families ...,' she said: a later mark closes it; one word
            # in marks ("the 'officers' would ...") is closed by its own.
            continue
        if awaiting_first:
            awaiting_first = False
            if kind == CLOSE or (kind == EITHER and not _left_flanking(text, i)):
                # The quotation from the paragraph before goes on, unopened.
                open_mark, parts, part_start = None, [], paragraph.start
                close(i, i)
                continue
        if not inside:
            if kind in (OPEN, EITHER):
                inside, open_mark, part_start, parts = True, i, i + 1, []
            continue
        if kind == OPEN:
            if _at_line_start(text, paragraph.start, i):
                part = _part(text, part_start, i)  # re-opened after a hard line break
                if part is not None:
                    parts.append(part)
                part_start = i + 1
            elif not single:  # nested single marks are not quotations of their own
                close(i, None)  # the quotation before never closed
                open_mark, part_start, parts = i, i + 1, []
            continue
        # A doubled apostrophe closes with both halves: what follows starts after them.
        close(i, i + 1 if not single and text[i:i + 2] == "''" else i)
        inside, parts = False, []
    if inside and single and open_mark != _content_start(text, paragraph) \
            and not text[paragraph.start:open_mark].rstrip().endswith(":"):
        # A stray apostrophe ('cause), not a quotation left open; one opened
        # after a colon ("said: 'Motorists ...") goes on in the next paragraph.
        inside = False
    if inside:
        part = _part(text, part_start, paragraph.end)
        if part is not None:
            parts.append(part)
        if parts:
            found.append(RawQuote(tuple(parts), open_mark, None, single=single,
                                  open_at_end=True))
    return found
