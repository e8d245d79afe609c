"""Quotations inside a quotation, each with its own speaker.

An officer quoting what a suspect said (`PC Jane Doe said: "He got out and
he said 'I'm over the limit'."`) reports two utterances: the outer one is
the officer's, the inner one the suspect's. The inner quotation is marked
with the other family of marks, and a reader takes it as speech only when a
reporting verb stands right beside it inside the outer quotation ("he said
'...'", "she shouted: '...'", "'...,' he said"); otherwise it is a name or a
phrase held at a distance ("we called it the 'summer of safety'").

Its speaker is read as the outer quotation's words are: the subject of that
verb. "I" or "we" is the outer speaker; "he", "she" or "they" is the last
person or description the outer quotation itself made the subject of a
clause before it ("the driver got out and he said"), and nobody when there
is none: names outside the quotation are not who the quoted speaker meant.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..models import Quote, Span, Speaker, TextSpan
from .confidence import confidence
from .cues import _find_in, speaker_resolution
from .lexicon import PERSONAL_PRONOUNS, SPEECH_VERBS
from .notquotes import _named_by_kind, _names_a_thing
from .quotemarks import RawQuote
from .speakers import _SUBJECT_DEPS, _speaker_from_token
from .textindex import _Index, _sentence_ends

#: An inner quotation has at least this many words: fewer is a name or a scare quote.
MIN_INNER_WORDS = 2

# Single marks inside a double-quoted quotation, and double inside single. An
# apostrophe between letters ("I'm", "don’t") neither opens nor closes.
_INNER_SINGLE = re.compile(
    r"(?:(?<=[\s:,(—–\-\"“])|^)[‘']((?:[^‘'’\n]|(?<=\w)['’](?=\w))+?)['’](?=[\s.,;:!?)—–-]|$)")
_INNER_DOUBLE = re.compile(r"(?:(?<=[\s:,(—–\-'‘])|^)[“\"]([^“”\"\n]+?)[”\"](?=[\s.,;:!?)—–-]|$)")
_OBJECT_PRONOUNS = frozenset("him her them me us you".split())
_FIRST_PERSON = frozenset("i we".split())


def nested_quotes(index: _Index, outer: RawQuote, quote: Quote) -> Iterator[Quote]:
    """The attributed quotations inside ``outer`` (whose record is ``quote``)."""
    text = index.text
    pattern = _INNER_DOUBLE if outer.single else _INNER_SINGLE
    for part in outer.parts:
        for match in pattern.finditer(text, part.start, part.end):
            start, end = match.start(1), match.end(1)
            if len(text[start:end].split()) < MIN_INNER_WORDS:
                continue
            inner = RawQuote(parts=(Span(start=start, end=end),), open_mark=match.start(),
                             close_mark=end, single=not outer.single)
            if _named_by_kind(text, inner) or _names_a_thing(index, inner):
                continue
            view = index.inside([inner])  # read from inside the outer quotation
            found = _attribution(view, part, inner)
            if found is None:
                continue
            speaker, cue = found
            speaker = _inner_speaker(view, part, speaker, quote.speaker)
            yield Quote(
                text=text[start:end], start=start, end=end,
                parts=(TextSpan(start=start, end=end, text=text[start:end]),),
                speaker=speaker, cue=cue,
                confidence=confidence("direct", "nested", speaker_resolution(speaker),
                                      release=index.release))


def _attribution(index: _Index, part: Span, inner: RawQuote
                 ) -> tuple[Speaker | None, TextSpan] | None:
    """The cue right beside the inner quotation, and the speaker it names."""
    text = index.text
    ends = _sentence_ends(text, part.start, inner.outer_start)
    lead_start = ends[-1] if ends else part.start
    words = re.findall(r"[\w’']+", text[lead_start:inner.outer_start])
    # "he said '...'", "she shouted: '...'", "I told him '...'": the verb, at most
    # an object pronoun, then the mark.
    if words and words[-1].lower() in _OBJECT_PRONOUNS:
        words = words[:-1]
    if words and words[-1].lower() in SPEECH_VERBS:
        found = _find_in(index, lead_start, inner.outer_start, inner, after=False)
        if found is not None and found.cue is not None:
            return found.speaker, found.cue
    after = text[inner.outer_end:part.end]
    # "'...,' he said", "'...,' the organiser told us": a verb among the first
    # three words after the mark
    first = re.findall(r"[\w’']+", after[:60])[:3]
    if any(w.lower() in SPEECH_VERBS for w in first) and text[inner.end - 1:inner.end] in ",!?":
        ends = _sentence_ends(text, inner.outer_end, part.end)
        end = ends[0] if ends else part.end
        found = _find_in(index, inner.outer_end, end, inner, after=True)
        if found is not None and found.cue is not None:
            return found.speaker, found.cue
    return None


def _inner_speaker(index: _Index, part: Span, speaker: Speaker | None,
                   outer_speaker: Speaker | None) -> Speaker | None:
    """Who a pronoun inside the outer quotation stands for, or nobody."""
    if speaker is None:
        return None
    lower = speaker.text.lower()
    if lower in _FIRST_PERSON:
        return outer_speaker
    if lower not in PERSONAL_PRONOUNS and part.start <= speaker.start < part.end:
        return speaker  # named or described inside the quotation itself
    if lower not in PERSONAL_PRONOUNS:
        return None  # resolved to someone outside the quotation: not who was meant
    # "the driver got out and he said": the last subject the quotation named
    for token in reversed(index.tokens(part.start, speaker.start)):
        if token.dep_ in _SUBJECT_DEPS and token.lower_ not in PERSONAL_PRONOUNS \
                and token.lower_ not in ("who", "which", "that", "it", "this"):
            antecedent = _speaker_from_token(index, token)
            if antecedent is not None and part.start <= antecedent.start < part.end:
                return antecedent
            return None
    return None
