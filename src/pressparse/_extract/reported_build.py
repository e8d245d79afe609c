"""Reported speech, part three: the Quote from content tokens and a speaker.

:func:`build_quote` trims the content, cuts it into contiguous parts, finds
the quoted fragments inside it (``mixed`` when there are any), leaves content
that is mostly in quotation marks to the quotation extractor, and gives the
quote its confidence from the evidence the other parts found.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import Quote, QuoteKind, Speaker, TextSpan
from .confidence import confidence
from .quotes import speaker_resolution
from .reported_cues import ANSWERS, MIN_CONTENT_WORDS, MIN_OBJECT_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .quotemarks import RawQuote
    from .textindex import _Index


def build_quote(index: _Index, raw: Sequence[RawQuote], verb: Token, content: list[Token],
           speaker: Speaker | None, evidence: str, *,
           cue_end: int | None = None, how: str | None = None) -> Quote | None:
    """The Quote for ``content`` and ``speaker``, or None when too little is said.

    ``how``: how the content hangs from the verb (an object, a naming...) when the
    evidence names the speaker's route instead ("shared_subject"): the least
    content depends on it ("who endorsed Clinton" says it in a name).
    """
    text = index.text
    content = sorted(content, key=lambda t: t.i)
    # Trim the complementiser, punctuation and space at either end.
    while content and (content[0].is_punct or content[0].is_space
                       or content[0].dep_ == "mark" and content[0].lower_ == "that"
                       or content[0].lower_ == "that" and content[0].head.i == verb.i):
        content.pop(0)
    while content and (content[-1].is_punct or content[-1].is_space) \
            and content[-1].text not in ('"', "”", "’", "'"):
        content.pop()
    # "called him divisive" says it in two words, "endorsed Cruz" in a name.
    kind_of_content = how or evidence
    least = {"object": MIN_OBJECT_WORDS, "naming": 2, "stance": 1,
             "question": 2}.get(kind_of_content, MIN_CONTENT_WORDS)
    if kind_of_content == "object" and content and (all(t.ent_type_ in _NAMED for t in content)
                                             or content[0].lower_ in ANSWERS
                                             or content[0].lower_ == "the" and len(content) > 1
                                             and content[1].lower_ == "same"):
        least = 1  # "endorsed Cruz", "said yes", "said the same"
    if sum(1 for t in content if t.is_alpha) < least:
        return None
    if any(t.i == verb.i for t in content):
        return None
    # Contiguous runs of tokens are the parts ("The man" / "was taken to hospital").
    parts: list[tuple[int, int]] = []
    previous = None
    for token in content:
        if previous is not None and token.i == previous.i + 1:
            parts[-1] = (parts[-1][0], token.idx + len(token.text))
        else:
            parts.append((token.idx, token.idx + len(token.text)))
        previous = token
    parts = [_trim(text, a, b) for a, b in parts]
    parts = [(a, b) for a, b in parts if any(ch.isalnum() for ch in text[a:b])]
    if not parts:
        return None
    parts[-1] = (parts[-1][0], _through_quotation(raw, index.raw_starts, *parts[-1]))
    fragments, quoted_share = _fragments(raw, index.raw_starts, parts, text)
    # What a thing is called in a few quoted words is said of the thing, in the
    # writer's words however short: "called it a "disgrace"" is mixed. A sentence
    # quoted after "calling them" stays the quotation it is.
    quoted_words = sum(len(f.text.split()) for f in fragments)
    own_least = 1 if kind_of_content == "naming" and quoted_words <= MAX_NAME_WORDS \
        else MIN_OWN_WORDS
    if quoted_share * 2 >= 1 and _unquoted_words(text, parts, fragments) < own_least:
        # A quotation, which the quotation extractor reports: `said: "We are
        # ready."`. But with words of the writer's own around the marks ("tweeted
        # that Jane Doe is a "liar" and a "fraud"") it is one mixed quote, whose
        # speaker is the reporting verb's subject.
        return None
    kind: QuoteKind = "mixed" if fragments else "indirect"
    cue_stop = cue_end if cue_end is not None else verb.idx + len(verb.text)
    cue = TextSpan(start=verb.idx, end=cue_stop, text=text[verb.idx:cue_stop])
    spans = tuple(TextSpan(start=a, end=b, text=text[a:b]) for a, b in parts)
    return Quote(
        text="\n".join(s.text for s in spans),
        start=spans[0].start,
        end=spans[-1].end,
        parts=spans,
        speaker=speaker,
        cue=cue,
        kind=kind,
        confidence=confidence(kind, evidence, _resolution(speaker), cue=cue.text, speaker=speaker,
                              release=index.release),
        fragments=tuple(fragments),
    )


#: Entities a noun object may be in a word: "endorsed Cruz", "endorsed Labour".
_NAMED = frozenset({"PERSON", "ORG", "NORP"})
#: Words outside the marks that make mostly quoted content the writer's own
#: clause (`said the plan was "..."`) rather than a quotation introduced.
MIN_OWN_WORDS = 3
#: The most words a quoted name ("a "disgrace"", ""Swiss cheese"") is.
MAX_NAME_WORDS = 5


def _unquoted_words(text: str, parts: list[tuple[int, int]], fragments: list[TextSpan]) -> int:
    """Words of the content outside its quoted fragments, but for the markers of
    an infinitive or a clause ("vowed to catch "...": the quotation's own verb)."""
    inside = [(f.start, f.end) for f in fragments]
    return sum(1 for a, b in parts for m in _WORD.finditer(text, a, b)
               if m.group().lower() not in _MARKERS
               and not any(s <= m.start() < e for s, e in inside))


_WORD = re.compile(r"[^\W\d_]+")
_MARKERS = frozenset({"to", "that"})


def _resolution(speaker: Speaker | None) -> str | None:
    """As for quotations, and "unresolved" for a pronoun left as written."""
    resolution = speaker_resolution(speaker)
    if resolution == "pronoun" and speaker is not None and speaker.kind == "description":
        return "unresolved"
    return resolution


def _through_quotation(raw: Sequence[RawQuote], starts: Sequence[int], a: int, b: int) -> int:
    """Where content ending inside a quotation really ends: at the quotation's end.

    The parse often hangs the full stop of `said it would "compete for the
    nomination."` on the reporting verb, so the clause stops a word short of the
    closing mark; the fragment it opened is part of what was said. ``starts``
    are the starts of ``raw``, built once per document (see :func:`_fragments`).
    """
    k = bisect.bisect_left(starts, a)
    while k < len(raw) and raw[k].start < b:
        quote = raw[k]
        if quote.end > b and len(quote.parts) == 1:
            return quote.end
        k += 1
    return b


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop the opening or closing marks and spaces that a run starts or ends with."""
    while a < b and (text[a].isspace() or text[a] in "\"“”‘’'"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in "\"“”‘’',;:"):
        b -= 1
    return a, b


def _fragments(raw: Sequence[RawQuote], starts: Sequence[int], parts: list[tuple[int, int]],
               text: str) -> tuple[list[TextSpan], float]:
    """Quoted pieces inside the content, and the share of its word characters they cover.

    ``starts`` are the starts of ``raw``, built once per document: building them
    (or slicing ``raw``) per call made a long body quadratic.
    """
    lo, hi = parts[0][0], parts[-1][1]
    k = max(0, bisect.bisect_right(starts, lo) - 1)
    fragments: list[TextSpan] = []
    for j in range(k, len(raw)):
        quote = raw[j]
        if quote.start >= hi:
            break
        for piece in quote.parts:
            for a, b in parts:
                s, e = max(a, piece.start), min(b, piece.end)
                if s < e and not _is_title(text[s:e]):
                    fragments.append(TextSpan(start=s, end=e, text=text[s:e]))
    total = sum(1 for a, b in parts for ch in text[a:b] if ch.isalnum())
    quoted = sum(1 for f in fragments for ch in f.text if ch.isalnum())
    return fragments, (quoted / total if total else 0.0)


def _is_title(fragment: str) -> bool:
    """A name in marks ("the “Slow Down in the Villages” campaign") quotes nobody."""
    words = [w for w in fragment.split() if w[:1].isalpha()]
    major = [w for w in words if w.lower() not in ("a", "an", "the", "and", "of", "in", "on",
                                                   "at", "to", "for", "by", "with", "or")]
    return len(words) >= 2 and all(w[:1].isupper() for w in major) and fragment.upper() != fragment
