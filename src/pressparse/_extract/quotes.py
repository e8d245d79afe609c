"""Attribute each quotation to a speaker, with its cue.

For every quotation found by its marks, the attribution is looked for where
news writing puts it, in this order:

1. right after it in the same sentence: ``"...," X said.``, ``"...," said X,
   role.``, ``"..." – X, role``;
2. before it in the same sentence: ``X said: "..."``, ``According to X, "..."``;
3. in the paragraph before, when that paragraph ends in an introduction:
   ``X, role, said:``;
4. the speaker of the quotation just before (a continuation with no cue);
5. a short sign-off paragraph after it: ``- X, role``.

Inside a piece of text the cue is a reporting verb (or "according to", a
colon, a dash) and the speaker is the verb's subject from the dependency
parse, else the nearest name (:mod:`.cues`). Pronouns and descriptions ("the
detective") resolve to a person mentioned earlier (:mod:`.speakers`). Quoted
words nobody says, such as titles and the names of things, are told apart in
:mod:`.notquotes`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import Entity, Organization, Person, Quote, Span, Speaker, TextSpan
from .confidence import confidence
from .cues import (
    _DASHES,
    _Attribution,
    _find_in,
    _statement_heading,
    speaker_resolution,
)
from .lexicon import PERSONAL_PRONOUNS, SPEECH_VERBS
from .nested import nested_quotes
from .notquotes import (
    _is_headline_case,
    _is_title_case,
    _named_by_kind,
    _names_a_thing,
    _qualifies_the_noun_after,
    _reads_as_a_name,
)
from .pronouns import _is_subject_mention, _resolve_pronoun
from .quotemarks import RawQuote, find_quotations
from .speakers import (
    _description,
    _person_speaker,
    _speaker_after,
    _speaker_before,
    _speaker_from_entity,
    _speaker_from_token,
    _subject_speaker,
)
from .textindex import _Index, _sentence_ends

if TYPE_CHECKING:
    from spacy.tokens import Doc


#: Fewer words than this and no attribution: a scare quote, title or nickname.
MIN_UNATTRIBUTED_WORDS = 4


#: A fragment attributed only through its clause's subject needs this many words.
MIN_CLAUSE_WORDS = 2


#: How far (characters) before or after a quotation its attribution is looked for. The
#: bound keeps the work per quotation constant, so a long paragraph full of
#: quotation marks stays linear.
ATTRIBUTION_REACH = 400


#: A sentence of at most this many words right after a quotation that ends its
#: own sentence may be its attribution: `"Why now?" Jane Doe asked.`
SHORT_ATTRIBUTION_WORDS = 6


#: A sign-off paragraph ("- Jane Doe, Chief Executive") is at most this many words.
SIGN_OFF_WORDS = 16






def extract_quotes(doc: Doc, text: str, paragraphs: tuple[Span, ...], entities: Sequence[Entity],
                   people: Sequence[Person], organizations: Sequence[Organization], *,
                   release: bool = False) -> tuple[Quote, ...]:
    """Quotations of ``doc`` with speaker and cue, in text order.

    ``release``: the document is a publisher's own release (its confidence cells).
    """
    raw = find_quotations(text, paragraphs)
    if not raw:
        return ()
    index = _Index(doc, text, entities, people, organizations, raw, release=release)
    paragraph_starts = [p.start for p in paragraphs]
    quotes: list[Quote] = []
    previous: tuple[RawQuote, _Attribution] | None = None
    for number, quote in enumerate(raw):
        before_limit = raw[number - 1].outer_end if number else 0
        after_limit = raw[number + 1].outer_start if number + 1 < len(raw) else len(text)
        attribution = _attribute(index, quote, paragraphs, paragraph_starts,
                                 before_limit, after_limit, previous)
        words = sum(len(text[p.start:p.end].split()) for p in quote.parts)
        if attribution.speaker is None and attribution.cue is None \
                and words < MIN_UNATTRIBUTED_WORDS:
            continue  # scare quotes, titles, nicknames
        carried = attribution.evidence == "continuation" and not (
            attribution.cue is not None and previous is not None
            and previous[0].outer_end <= attribution.cue.start < quote.outer_start)
        if words < MIN_UNATTRIBUTED_WORDS and (attribution.speaker is None
                                               or attribution.cue is None or carried
                                               or _is_title_case(text, quote)):
            continue  # a title ('Critical Incident') or a fragment carried over
        if _qualifies_the_noun_after(index, quote):
            continue  # "burglaries of 'other' buildings": scare quotes on a modifier
        if attribution.evidence == "clause" and words < MIN_CLAUSE_WORDS:
            continue  # a word or two in marks inside a clause: a scare quote ("a 'loser'")
        if _is_headline_case(text, quote):
            continue  # the title of a book, song or show: "A Change Is Gonna Come"
        if attribution.cue is None and (_named_by_kind(text, quote)
                                        or _names_a_thing(index, quote)
                                        or attribution.speaker is None
                                        and _reads_as_a_name(text, quote)):
            continue  # "set up the online group 'Northtown sews for the NHS'": a name
        quotes.append(Quote(
            text="\n".join(text[p.start:p.end] for p in quote.parts),
            start=quote.start,
            end=quote.end,
            parts=tuple(TextSpan(start=p.start, end=p.end, text=text[p.start:p.end])
                        for p in quote.parts),
            speaker=attribution.speaker,
            cue=attribution.cue,
            confidence=confidence(
                "direct", attribution.evidence, attribution.resolution,
                cue=attribution.cue.text if attribution.cue else None, speaker=attribution.speaker,
                far=attribution.speaker is not None and bisect.bisect_right(
                    paragraph_starts, attribution.speaker.start)
                != bisect.bisect_right(paragraph_starts, quote.start), release=release),
        ))
        quotes.extend(nested_quotes(index, quote, quotes[-1]))
        previous = (quote, attribution)
    return tuple(quotes)


def _paragraph_of(paragraph_starts: list[int], char: int) -> int:
    return max(0, bisect.bisect_right(paragraph_starts, char) - 1)


def _attribute(index: _Index, quote: RawQuote, paragraphs: tuple[Span, ...],
               paragraph_starts: list[int], before_limit: int, after_limit: int,
               previous: tuple[RawQuote, _Attribution] | None) -> _Attribution:
    text = index.text
    orphan_cue: TextSpan | None = None  # a cue whose speaker could not be told
    first_par = paragraphs[_paragraph_of(paragraph_starts, quote.outer_start)]
    last_no = _paragraph_of(paragraph_starts, quote.outer_end - 1)
    last_par = paragraphs[last_no]

    # 1. After the quotation, to the end of its sentence.
    after_start = quote.outer_end
    after_end = min(after_limit, last_par.end, after_start + ATTRIBUTION_REACH)
    ends = _sentence_ends(text, after_start, after_end)
    if ends:
        after_end = ends[0]
    tail = text[after_start:after_end]
    if after_end == after_limit and tail.rstrip(" \t*_").endswith(":"):
        # `X said:` introduces the next quotation, never this one; in `"A," he
        # said, adding: "B."` only the words after the comma introduce "B"
        handed_on = _HANDING_ON.search(tail)
        after_end = after_start + handed_on.start() if handed_on else after_start
        tail = tail[:handed_on.start()] if handed_on else ""
    ends_sentence = bool(re.search(r"[.!?…]\W*$", text[max(quote.start, quote.end - 2):quote.end]))
    if after_end == after_limit and ends_sentence and tail.rstrip(" \t*_").endswith(","):
        tail = ""  # `"A." He added, "B."`: the words between introduce the second
    # After a full stop, question or exclamation mark the next sentence is the
    # attribution only when it is one: `"Why?" Jane asked.`, not `"..." Police are ...`.
    # A fragment that runs on into its sentence (`was "riding the fence" until X
    # said`) takes no attribution from the words that continue it.
    runs_on = text[quote.end - 1:quote.end].isalnum() \
        and re.match(r"[ \t]*\w", text[after_start:after_end]) is not None \
        and not _comma_left_out(text, first_par.start, quote, tail)
    if tail.strip() and not runs_on and (
            not ends_sentence or re.match(rf"\s*(?:[a-z]|[{_DASHES}]\s*\w)", tail)
                         or len(tail.split()) <= SHORT_ATTRIBUTION_WORDS
                         or text[quote.end - 1] in "?!" and tail.lstrip()[:1].isupper()):
        found = _find_in(index, after_start, after_end, quote, after=True)
        if found is not None and found.speaker is not None:
            return found
        orphan_cue = found.cue if found else None

    # 2. Before it, from the start of its sentence.
    # The whole sentence, earlier quotations in it left out: in `X called it "a"
    # and "b"` the verb before the first quotation governs both.
    lead_start = max(first_par.start, quote.outer_start - ATTRIBUTION_REACH)
    lead_ends = _sentence_ends(text, lead_start, quote.outer_start)
    if lead_ends:
        lead_start = lead_ends[-1]
    if text[lead_start:quote.outer_start].strip():
        found = _find_in(index, lead_start, quote.outer_start, quote, after=False)
        if found is not None and found.speaker is not None:
            return found
        orphan_cue = orphan_cue or (found.cue if found else None)

    # 3. An introduction ending the paragraph before ("X, role, said:").
    at_paragraph_start = not text[first_par.start:quote.outer_start].strip(" \t*_>#")
    first_no = _paragraph_of(paragraph_starts, quote.outer_start)
    if at_paragraph_start and first_no > 0:
        intro_no = first_no - 1
        while intro_no > 0 and not text[paragraphs[intro_no].start:paragraphs[intro_no].end] \
                .strip(" \t*_#>-=~"):
            intro_no -= 1  # a rule or an empty heading ("####") between the two
        intro = paragraphs[intro_no]
        intro_start = max(intro.start, before_limit, intro.end - ATTRIBUTION_REACH)
        intro_text = text[intro_start:intro.end].rstrip(" \t*_")
        if intro_text and (intro_text.endswith((":", *_DASHES))
                           or _ends_with_speech_verb(intro_text)):
            intro_ends = [e for e in _sentence_ends(text, intro_start, intro.end) if e < intro.end]
            found = _find_in(index, intro_ends[-1] if intro_ends else intro_start, intro.end,
                             quote, after=False)
            if found is not None and found.speaker is not None:
                return replace(found, evidence="intro")
        elif intro_text and len(intro_text.split()) <= SIGN_OFF_WORDS * 2 \
                and re.search(r"\b(?:statement|tribute)\b", intro_text, re.IGNORECASE):
            # A heading that introduces a statement: "A statement from the family of X"
            speaker = _statement_heading(index, intro_start, intro.end)
            if speaker is not None:
                return _Attribution(speaker, None, "heading")

    # 4. A continuation of the quotation just before: nothing between them but
    #    space, or the new one opens the paragraph after the one the last ended in.
    if previous is not None and previous[1].speaker is not None:
        prev_quote, prev_attribution = previous
        gap = text[prev_quote.outer_end:quote.outer_start]
        prev_par = _paragraph_of(paragraph_starts, prev_quote.outer_end - 1)
        cue = prev_attribution.cue
        adjacent = first_no - prev_par <= 1 and _is_filler(gap) or (
            first_no - prev_par == 1 and at_paragraph_start)
        # `"A," said X, role. "B."`: the gap is the previous quotation's attribution
        after_its_cue = cue is not None and first_no == prev_par \
            and prev_quote.outer_end <= cue.start < quote.outer_start
        # A fragment running on into narrative ("'Operation X' is the force's
        # response to ...") is a name, never a continuation; a quoted sentence
        # run on by the writer may still be one.
        if (adjacent or after_its_cue) and (
                not runs_on or _carried_on(index, quote, after_start, after_end)):
            # A continuation carries its speaker's cue: the reader's "said" still holds.
            return _Attribution(prev_attribution.speaker, prev_attribution.cue, "continuation")

    # 4b. The sentence just before, in the same paragraph, when it ends in an
    #     attribution and the quotation opens a sentence of its own: `..., Jane Doe
    #     said. "The other factor is ..."`.
    if not at_paragraph_start and not text[lead_start:quote.outer_start].strip():
        previous_start = max(first_par.start, before_limit,
                             quote.outer_start - ATTRIBUTION_REACH)
        ends = [e for e in _sentence_ends(text, previous_start, lead_start) if e < lead_start]
        if ends:
            previous_start = ends[-1]
        sentence = text[previous_start:lead_start].rstrip()
        if sentence and not any(ch in sentence for ch in "\"“”") \
                and _ends_with_speech_verb(sentence.rstrip(".")) or sentence.endswith(
                    tuple(f" {w}." for w in ("said", "says", "added", "asked", "wrote"))):
            found = _find_in(index, previous_start, lead_start, quote, after=False)
            if found is not None and found.speaker is not None:
                return replace(found, evidence="intro")

    # 4c. A paragraph that is one quotation and nothing else, after a paragraph of
    #     narrative whose last sentence is about a named person: `Jane Doe is
    #     upbeat about the plan. / "It will work."` The reader hears her.
    if at_paragraph_start and first_no > 0 and not text[quote.outer_end:last_par.end].strip(
            " \t*_") and orphan_cue is None:
        speaker = _narrative_subject(index, paragraphs[first_no - 1], before_limit)
        if speaker is not None:
            return _Attribution(speaker, None, "previous_subject")

    # 4d. A quotation closing its paragraph, after a sentence in it that reports
    #     what someone said or felt: `She described the relief of the verdict.
    #     "I felt I could breathe again."` The reader hears the one who described.
    if not at_paragraph_start and not text[lead_start:quote.outer_start].strip() \
            and not text[quote.outer_end:last_par.end].strip(" \t*_") and orphan_cue is None:
        speaker = _reporting_subject(index, lead_start, max(first_par.start, before_limit))
        if speaker is not None:
            return _Attribution(speaker, None, "previous_subject")

    # 5. A sign-off paragraph right after ("- Jane Doe, Chief Executive").
    if last_no + 1 < len(paragraphs) and quote.close_mark is not None:
        sign = paragraphs[last_no + 1]
        sign_text = text[sign.start:sign.end]
        if len(sign_text.split()) <= SIGN_OFF_WORDS and not any(
                ch in sign_text for ch in "“”\"") and re.match(rf"[{_DASHES}*_ ]*[A-Z]", sign_text):
            entities = [e for e in index.entities_in(sign.start, sign.end) if e.label == "PERSON"]
            if entities and entities[0].start - sign.start <= 4:
                speaker = _speaker_from_entity(index, entities[0])
                dash = re.match(f"[{_DASHES}]", sign_text.lstrip("*_ "))
                cue = None
                if dash:
                    at = sign.start + sign_text.index(dash.group())
                    cue = TextSpan(start=at, end=at + 1, text=dash.group())
                return _Attribution(speaker, cue, "sign_off")
    return _Attribution(None, orphan_cue)


def _narrative_subject(index: _Index, paragraph: Span, before_limit: int) -> Speaker | None:
    """The named person (or a pronoun for one) the last sentence of ``paragraph``
    is about, when the paragraph quotes nobody."""
    text = index.text
    if paragraph.start < before_limit or any(ch in text[paragraph.start:paragraph.end]
                                             for ch in "\"“”"):
        return None
    tokens = index.tokens(paragraph.start, paragraph.end)
    if not tokens:
        return None
    root = tokens[-1].sent.root
    if not paragraph.start <= root.idx < paragraph.end:
        return None
    for child in root.children:
        if child.dep_ != "nsubj":
            continue
        entity = index.entity_at(child.idx)
        if entity is not None and entity.label == "PERSON" \
                or child.lower_ in ("he", "she"):
            speaker = _speaker_from_token(index, child)
            if speaker is not None and speaker.kind == "person":
                return speaker
    return None


def _reporting_subject(index: _Index, sentence_end: int, limit: int) -> Speaker | None:
    """Who the sentence ending at ``sentence_end`` says reported something: the
    subject of its main verb when that verb is one of saying or describing
    ("she described", "Jane Doe recalled") and the subject is a person or one
    described ("one victim"), never a body or a thing."""
    tokens = index.tokens(max(limit, sentence_end - ATTRIBUTION_REACH), sentence_end)
    if not tokens:
        return None
    sentence = tokens[-1].sent
    if sentence.start_char < limit or any(ch in sentence.text for ch in "\"“”"):
        return None
    root = sentence.root
    if root.lower_ not in SPEECH_VERBS or root.lower_.endswith("ing"):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    speaker = _speaker_from_token(index, subject)
    if speaker is None or speaker.kind not in ("person", "description"):
        return None
    return speaker


#: The last clause of an attribution that introduces the next quotation:
#: ", adding:", ", before adding:", "and then continued:".
_HANDING_ON = re.compile(r",\s*(?:(?:and|then|before|but)\s+)*(?:\w+ing|added|continued|went on)"
                         r"\b[^,.:]*:[\s*_]*$")


def _carried_on(index: _Index, quote: RawQuote, after_start: int, after_end: int) -> bool:
    """A sentence quoted and run on by the writer (`"I think they care about jobs"
    and other issues.`): still the speaker's, unless the words after it name
    someone or report anything."""
    return _holds_a_clause(index, quote) and not any(
        e.label == "PERSON" for e in index.entities_in(after_start, after_end)) and not any(
        t.lower_ in SPEECH_VERBS and any(c.dep_ == "nsubj" for c in t.children)
        for t in index.tokens(after_start, after_end))


def _holds_a_clause(index: _Index, quote: RawQuote) -> bool:
    """A quotation of a sentence, not a name: it opens with a capital and holds a
    subject and its verb ("I think what they will care about is ...")."""
    i = bisect.bisect_left(index.token_starts, quote.start)
    j = bisect.bisect_left(index.token_starts, quote.end)
    tokens = [index.doc[k] for k in range(i, j)]
    return len(tokens) >= 6 and tokens[0].text[:1].isupper() and any(
        t.dep_ == "nsubj" and quote.start <= t.head.idx < quote.end for t in tokens)


def _comma_left_out(text: str, paragraph_start: int, quote: RawQuote, tail: str) -> bool:
    """`"It has been a long year" said PC Jane Doe.`: an attribution missing its comma.

    A quotation that opens its sentence, followed by a reporting verb and its
    speaker ("said X", "X said", "she added"), is the speaker's words even
    without the comma a careful writer puts inside the marks; a fragment in
    the middle of a sentence that runs on into it is not.
    """
    before = text[paragraph_start:quote.outer_start].rstrip(" \t*_>#")
    if before and not re.search(r"[.!?…][\"”’']?$", before):
        return False
    words = re.findall(r"[\w’'-]+", tail)[:5]
    if not words:
        return False
    if words[0].lower() in SPEECH_VERBS:
        return True  # "said X"
    verb = next((k for k, w in enumerate(words) if w.lower() in SPEECH_VERBS), None)
    return verb is not None and 0 < verb <= 4 and all(
        w[:1].isupper() or w.lower() in PERSONAL_PRONOUNS or w.lower() in ("the", "a")
        for w in words[:verb])  # "PC Jane Doe said", "she added"


def _is_filler(gap: str) -> bool:
    """Text between two quotations that leaves the speaker unchanged."""
    return not gap.strip(" \t\r\n*_>,;:-–—")


def _ends_with_speech_verb(text: str) -> bool:
    words = re.findall(r"[A-Za-z]+", text[-60:])
    return bool(words) and words[-1].lower() in SPEECH_VERBS


# The reported-speech stage reads attributions with the same machinery.
__all__ = [
    "_Attribution",
    "_Index",
    "_description",
    "_is_subject_mention",
    "_person_speaker",
    "_resolve_pronoun",
    "_speaker_after",
    "_speaker_before",
    "_speaker_from_entity",
    "_speaker_from_token",
    "_subject_speaker",
    "extract_quotes",
    "speaker_resolution",
]
