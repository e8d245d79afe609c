"""Lookups from character offsets to tokens, entities and people, for attribution.

Every attribution rule asks the same questions of a document: which tokens lie
in a stretch of text (quoted words left out), which entity starts at a
character, which people were mentioned before it, where sentences end. One
index answers them by bisection, so the work per quotation stays bounded.
"""

from __future__ import annotations

import bisect
import copy
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import Entity, Organization, Person
from .quotemarks import RawQuote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_SENTENCE_END = re.compile(r"[.!?…](?:[\"”’')\]]*)\s+(?=[\"“‘'(\[]?[A-Z0-9])")
# Words whose full stop does not end a sentence ("Rep. Gwen Moore", "Mr. Obama").
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof rev hon st mt ft fr sr jr rep reps sen sens gov lt gen col capt cmdr
    sgt det insp supt ch cllr no nos vol inc co corp ltd bros dept univ ave rd jan feb mar
    apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun vs etc approx
    u.s d.c a.m p.m e.g i.e
    """.split()
)


def _sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Offsets where sentences end inside ``text[start:end]`` (after the space)."""
    ends = []
    # The look-ahead may read the two characters after ``end``: a sentence that ends
    # right before a quotation (`said Monday. "I want`) ends there.
    for match in _SENTENCE_END.finditer(text, start, min(len(text), end + 2)):
        if match.end() > end:
            continue
        if text[match.start()] == ".":
            word = re.search(r"([\w.]+)$", text[max(start, match.start() - 12):match.start()])
            if word and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1):
                continue  # "Rep. Moore", "J. Smith"
        ends.append(match.end())
    return ends


class _Index:
    """Lookups from character offsets to tokens, entities and people."""

    def __init__(self, doc: Doc, text: str, entities: Sequence[Entity], people: Sequence[Person],
                 organizations: Sequence[Organization], quoted: Sequence[RawQuote], *,
                 release: bool = False) -> None:
        self.doc = doc
        self.release = release  # a publisher's own release, not news: read by confidence
        self.quoted = [(q.outer_start, q.outer_end) for q in quoted]
        self.quoted_starts = [s for s, _ in self.quoted]
        self.raw_starts = [q.start for q in quoted]
        self.text = text
        self._blank_lines: list[int] | None = None  # where "\n\n" starts, built on first use
        from spacy.attrs import IDX

        self.token_starts = doc.to_array(IDX).tolist() if len(doc) else []
        self.entities = [e for e in entities if e.label in ("PERSON", "ORG")]
        self.entity_starts = [e.start for e in self.entities]
        self.person_by_name = {p.name: p for p in people}
        self.genders: dict[str, str | None] = {}  # filled as pronouns need them
        self.org_by_name = {o.name: o for o in organizations}
        self.person_mentions = sorted(
            ((m.start, m.end, p) for p in people for m in p.mentions), key=lambda x: x[0])
        self.mention_starts = [m[0] for m in self.person_mentions]

    def inside(self, quoted: Sequence[RawQuote]) -> _Index:
        """The same lookups, as read from inside one quotation: only ``quoted`` (the
        quotations nested in it) count as quoted words."""
        view = copy.copy(self)
        view.quoted = [(q.outer_start, q.outer_end) for q in quoted]
        view.quoted_starts = [s for s, _ in view.quoted]
        view.raw_starts = [q.start for q in quoted]
        view.genders = {}  # (read from other words, so not shared)
        return view

    def in_quote(self, char: int) -> bool:
        k = bisect.bisect_right(self.quoted_starts, char) - 1
        return k >= 0 and self.quoted[k][0] <= char < self.quoted[k][1]

    def tokens(self, start: int, end: int) -> list[Token]:
        """Tokens inside ``[start, end)``, leaving out quoted words."""
        i = bisect.bisect_left(self.token_starts, start)
        j = bisect.bisect_left(self.token_starts, end)
        return [self.doc[k] for k in range(i, j)
                if self.doc[k].idx + len(self.doc[k]) <= end and not self.in_quote(self.doc[k].idx)]

    def entity_at(self, char: int) -> Entity | None:
        k = bisect.bisect_right(self.entity_starts, char) - 1
        if k >= 0 and self.entities[k].start <= char < self.entities[k].end:
            return self.entities[k]
        return None

    def entities_in(self, start: int, end: int) -> list[Entity]:
        i = bisect.bisect_left(self.entity_starts, start)
        out = []
        while i < len(self.entities) and self.entities[i].start < end:
            if self.entities[i].end <= end and not self.in_quote(self.entities[i].start):
                out.append(self.entities[i])
            i += 1
        return out

    def people_before(self, char: int, window: int = 3000) -> list[tuple[int, int, Person]]:
        """Person mentions that end before ``char``, nearest first."""
        k = bisect.bisect_left(self.mention_starts, char)
        out = []
        for j in range(k - 1, -1, -1):  # not a reversed slice: that copies every mention before
            start, end, person = self.person_mentions[j]
            if start < char - window:
                break
            if end <= char and not self.in_quote(start):  # names inside quotations are not
                out.append((start, end, person))          # who is speaking
        return out

    def paragraph(self, char: int) -> tuple[int, int]:
        """The blank-line paragraph around ``char``, as ``[start, end)``.

        The same as searching back and forward for "\\n\\n" from ``char``, but by
        bisection over every place one starts, so a body with no blank line does
        not cost a scan of the whole text per call.
        """
        if self._blank_lines is None:
            self._blank_lines = [m.start() for m in _BLANK_LINE.finditer(self.text)]
        k = bisect.bisect_right(self._blank_lines, char - 2)
        start = self._blank_lines[k - 1] + 2 if k else 0
        j = bisect.bisect_left(self._blank_lines, char)
        end = self._blank_lines[j] if j < len(self._blank_lines) else len(self.text)
        return start, end


#: Every start of "\n\n", overlapping ones too ("\n\n\n" starts two).
_BLANK_LINE = re.compile(r"(?=\n\n)")
