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
parse, else the nearest name. Pronouns and descriptions ("the detective")
resolve to a person mentioned earlier.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..models import Entity, Organization, Person, Quote, Span, Speaker, TextSpan
from .confidence import confidence
from .lexicon import (
    DOCUMENT_NOUNS,
    PERSONAL_PRONOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from .pronouns import _is_subject_mention, _resolve_pronoun
from .quotemarks import RawQuote, find_quotations
from .speakers import (
    _SPOKESPEOPLE,
    _SUBJECT_DEPS,
    _description,
    _person_speaker,
    _speaker_after,
    _speaker_before,
    _speaker_from_entity,
    _speaker_from_token,
    _subject_speaker,
)
from .textindex import _Index

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

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

# A reporting word in one of these roles is a noun: "her comments", "in a statement".
_NOMINAL_DEPS = frozenset({"dobj", "pobj"})
# After "called", these make it a summons, not speech ("officers were called to ...").
_PHRASAL_NOT_SPEECH = frozenset({"to", "in", "at", "out", "off", "up", "back", "into"})
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
_DASHES = "-–—―"
# Words after a name that do not make it an attribution (`"...," Smith's lawyer`).
_NOT_CUES = frozenset("s is was were are has had have will would can could may might should "
                      "must shall did does do and or but of in at on to for with".split())
_CLAUSE_BREAKS = frozenset({"and", "but", "while", "which", "who", "that", "because", "so",
                            "although", "whereas", "after", "before", "when", "if", "until",
                            "unless", "since"})
@dataclass(frozen=True, slots=True)
class _Attribution:
    """A speaker and cue, and the evidence they rest on (for confidence).

    ``evidence`` says where the attribution was found: "same_sentence" (a cue and
    its speaker in the quotation's own sentence), "colon" (a colon or dash beside
    a name, no verb), "intro" (an introduction ending the paragraph before),
    "continuation" (the previous quotation's speaker, no cue of its own),
    "sign_off" or "heading".
    """

    speaker: Speaker | None
    cue: TextSpan | None
    evidence: str = "same_sentence"

    @property
    def resolution(self) -> str | None:
        """How the speaker is named: "name", "pronoun", "title" or "description"."""
        return speaker_resolution(self.speaker)


def speaker_resolution(speaker: Speaker | None) -> str | None:
    """"name", "pronoun", "title" (a rank standing for a person) or "description"."""
    if speaker is None:
        return None
    words = speaker.text.lower().split()
    if speaker.text.lower() in PERSONAL_PRONOUNS:
        return "pronoun"
    if speaker.kind in ("description", "document", "place", "other") or (
            speaker.kind == "organization" and speaker.text[:1].islower()):
        return "description"
    if speaker.kind == "person" and words and words[-1] in TITLE_WORDS:
        return "title"
    return "name"


def extract_quotes(doc: Doc, text: str, paragraphs: tuple[Span, ...], entities: Sequence[Entity],
                   people: Sequence[Person], organizations: Sequence[Organization]
                   ) -> tuple[Quote, ...]:
    """Quotations of ``doc`` with speaker and cue, in text order."""
    raw = find_quotations(text, paragraphs)
    if not raw:
        return ()
    index = _Index(doc, text, entities, people, organizations, raw)
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
        if attribution.evidence == "clause" and words < MIN_CLAUSE_WORDS:
            continue  # a word or two in marks inside a clause: a scare quote ("a 'loser'")
        if _is_headline_case(text, quote):
            continue  # the title of a book, song or show: "A Change Is Gonna Come"
        if attribution.cue is None and (_named_by_kind(text, quote)
                                        or _names_a_thing(index, quote)):
            continue  # "set up the online group 'Northtown sews for the NHS'": a name
        quotes.append(Quote(
            text="\n".join(text[p.start:p.end] for p in quote.parts),
            start=quote.start,
            end=quote.end,
            parts=tuple(TextSpan(start=p.start, end=p.end, text=text[p.start:p.end])
                        for p in quote.parts),
            speaker=attribution.speaker,
            cue=attribution.cue,
            confidence=confidence("direct", attribution.evidence, attribution.resolution),
        ))
        previous = (quote, attribution)
    return tuple(quotes)


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


def _is_title_case(text: str, quote: RawQuote) -> bool:
    words = [w for p in quote.parts for w in text[p.start:p.end].split() if w[:1].isalpha()]
    return bool(words) and all(w[:1].isupper() for w in words)


_MINOR_WORDS = frozenset("a an the and but or nor of in on at to for by with as from via "
                         "vs into onto".split())


def _is_headline_case(text: str, quote: RawQuote) -> bool:
    """Every word but the minor ones capitalised, and not shouted in capitals.

    Speech is written in sentence case; "Legend in the Coal Fields" is a title.
    """
    quoted = " ".join(text[p.start:p.end] for p in quote.parts)
    words = [w.strip("\"'“”‘’(),.:;!?") for w in quoted.split()]
    words = [w for w in words if w[:1].isalpha()]
    major = [w for w in words[1:] if w.lower() not in _MINOR_WORDS]
    if len(major) < (1 if len(words) >= 3 else 2) or quoted.upper() == quoted:
        return False  # ("State of the Union": three words or more, one of them major)
    return all(w[:1].isupper() for w in [words[0], *major])


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
        tail = ""  # `X said:` introduces the next quotation, never this one
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
        intro = paragraphs[first_no - 1]
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
        # response to ...") is a name, never a continuation.
        if (adjacent or after_its_cue) and not runs_on:
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


#: Nouns that a quoted name follows: "the group 'X'", "a campaign called 'X'".
_NAMING_NOUNS = frozenset(
    "group page campaign scheme initiative operation project programme program appeal "
    "event charity account website app hashtag slogan motto title book film song show "
    "series album team club".split())


def _named_by_kind(text: str, quote: RawQuote) -> bool:
    """A quotation right after a kind of thing (or "called"/"named" after one) names it."""
    before = re.findall(r"[A-Za-z]+", text[max(0, quote.outer_start - 40):quote.outer_start])
    if not before:
        return False
    last = before[-1].lower()
    if last in ("called", "named", "entitled", "titled") and len(before) > 1:
        last = before[-2].lower()
    return last in _NAMING_NOUNS


def _names_a_thing(index: _Index, quote: RawQuote) -> bool:
    """`use the 'report a crime' form`: marks between a determiner and its noun.

    Quoted words that sit between "the" (or "a", "our", "their") and the noun
    the determiner belongs to name a kind of that thing (a link, a scheme, a
    course); nobody says them.
    """
    starts = index.token_starts
    before = bisect.bisect_left(starts, quote.outer_start) - 1
    after = bisect.bisect_left(starts, quote.outer_end)
    if before < 0 or after >= len(starts):
        return False
    determiner, noun = index.doc[before], index.doc[after]
    if not (noun.is_alpha and noun.text[:1].islower()) or noun.is_stop \
            or noun.lower_ in SPEECH_VERBS or not index.text[quote.end - 1:quote.end].isalnum():
        return False  # (`a "strong leader," comparing him`: the comma ends a phrase)
    # The parse of a quoted phrase is often broken, so the words decide too.
    return determiner.lower_ in _DETERMINERS or determiner.dep_ in ("det", "poss")


_DETERMINERS = frozenset("the a an our your their its his her this that".split())


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


def _find_in(index: _Index, start: int, end: int, quote: RawQuote, *, after: bool
             ) -> _Attribution | None:
    """Cue and speaker inside ``text[start:end]``, which holds no quotation."""
    text = index.text
    tokens = index.tokens(start, end)
    if not tokens:
        return None
    segment = text[start:end]
    # "according to X"
    according = re.search(r"\baccording to\b", segment, re.IGNORECASE)
    if according:
        cue = TextSpan(start=start + according.start(), end=start + according.end(),
                       text=according.group())
        speaker = _speaker_after(index, start + according.end(), end)
        if speaker is not None:
            return _Attribution(speaker, cue)
    verbs = [t for t in tokens if _is_cue_word(t) and _verb_like(t)]
    if after:
        # After a quotation the attribution comes first: `"...," said X` or `"...," X,
        # role, said`; a verb after "and"/"which" starts another clause.
        # A break inside the verb's own subject does not count: "X, director of Y
        # and a professor at Z, said".
        verbs = [v for v in verbs if not any(t.lower_ in _CLAUSE_BREAKS for t in tokens
                                             if t.i < v.i and t.i not in _subject_tokens(v))]
    if verbs:
        verb = verbs[0] if after else _governing(index, quote, verbs) or verbs[-1]
        cue = TextSpan(start=verb.idx, end=verb.idx + len(verb.text), text=verb.text)
        if any(c.dep_ == "auxpass" for c in verb.children):
            # "was described as ...": the subject is what was described; only an
            # agent ("by the judge") says who spoke.
            agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children
                      if g.dep_ == "pobj" and start <= g.idx < end]
            return _Attribution(_speaker_from_token(index, agents[0]) if agents else None, cue)
        speaker = _subject_speaker(index, verb, start, end)
        if speaker is None:
            # "said Jane Doe" names the speaker right after the verb; "Jane Doe
            # said Monday" before it. A verb with a subject of its own (one the
            # text does not let us name) has its object there: "X thanked Jane Doe".
            if not any(c.dep_ in _SUBJECT_DEPS and c.i < verb.i for c in verb.children) \
                    and not verb.lower_.endswith("ing") \
                    and verb.lower_ not in ("tell", "tells", "told"):
                # no inversion after "saying" ("saying the city ...") or "told" (whom)
                speaker = _speaker_after(index, verb.idx + len(verb.text), end, adjacent=True)
            if speaker is None:
                speaker = _speaker_before(index, start, verb.idx)
        return _Attribution(speaker, cue)
    if after:
        bare = _name_then_verb(index, tokens) or _verb_then_name(index, tokens, end)
        if bare is not None:
            return bare
    # No verb: a colon or dash beside a name ("Jane Doe, Chief Executive: "...", "..." – Jane Doe)
    stripped = segment.strip().strip("*_").strip()
    if after and stripped and stripped[0] in _DASHES:
        dash_at = start + segment.index(stripped[0])
        speaker = _speaker_after(index, dash_at + 1, end, adjacent=True)
        if speaker is not None and speaker.kind in ("person", "organization"):
            # `"..." - Jane Doe`, not `"..." - the balloons came down`
            return _Attribution(speaker, TextSpan(start=dash_at, end=dash_at + 1,
                                                  text=text[dash_at]), "colon")
    if not after and stripped.endswith(":"):
        colon_at = start + segment.rindex(":")
        speaker = _speaker_before(index, start, colon_at, adjacent=True)
        if speaker is None:
            # "His family have issued the following tribute:": who issued it
            speaker = next((_speaker_from_token(index, t) for t in tokens
                            if t.dep_ in _SUBJECT_DEPS and t.head.dep_ == "ROOT"), None)
        if speaker is not None:
            return _Attribution(speaker, TextSpan(start=colon_at, end=colon_at + 1, text=":"),
                                "colon")
    if not after and stripped and not stripped.endswith((":", *_DASHES)):
        return _clause_speaker(index, quote, start, end)
    return None


def _clause_speaker(index: _Index, quote: RawQuote, start: int, end: int
                    ) -> _Attribution | None:
    """`Jane Doe mocked the plan as "a fantasy"`: a fragment inside a clause.

    Words quoted in the middle of a sentence whose predicate is no reporting
    verb ("mocked", "referred to", "bemoaned", "the ad targets") are the words of
    the clause's subject. The parse is followed up from the fragment to the first
    predicate outside it whose subject names someone: a person, a body, a
    pronoun or a text ("the ad"); a subject that is a plain thing ("the danger
    came from ...") is passed over for the predicate above it.
    """
    if _named_by_kind(index.text, quote) or _names_a_thing(index, quote):
        return None  # "who set up the group 'X'": the group's name, not her words
    k = bisect.bisect_left(index.token_starts, quote.start)
    if k >= len(index.token_starts):
        return None
    node = index.doc[k]
    inside = range(quote.start, quote.end)
    for _ in range(12):
        if node.head is node:
            return None
        node = node.head
        if node.idx in inside:
            continue  # (the pipeline has no tagger: a predicate is what has a subject)
        if node.idx < start:
            return None
        if node.dep_ == "conj" and any(c.dep_ in _SUBJECT_DEPS for c in node.children):
            return None  # "..., and the crowd chanted "...": a clause of its own
        for child in node.children:
            if child.dep_ not in _SUBJECT_DEPS or not start <= child.idx < end:
                continue
            subject = child
            if subject.lower_ in ("who", "which") and node.dep_ == "relcl":
                subject = node.head  # "Trump, who leads the race, mocked ..."
            entity = index.entity_at(subject.idx)
            names = entity is not None and entity.label in ("PERSON", "ORG", "NORP") \
                or subject.lower_ in PERSONAL_PRONOUNS or subject.lower_ in DOCUMENT_NOUNS
            if not names:
                continue
            speaker = _speaker_from_token(index, subject)
            if speaker is not None:
                return _Attribution(speaker, TextSpan(start=node.idx, end=node.idx + len(
                    node.text), text=node.text), "clause")
    return None


def _statement_heading(index: _Index, start: int, end: int) -> Speaker | None:
    """Who a heading such as "A statement from the family of X by her son Y" names."""
    tokens = index.tokens(start, end)
    for token in tokens:  # "by her eldest daughter Jane Doe": the person who wrote it
        if token.lower_ == "by":
            people = [e for e in index.entities_in(token.idx, end) if e.label == "PERSON"]
            if people and not re.match(r"[’']s\b", index.text[people[0].end:people[0].end + 3]):
                return _speaker_from_entity(index, people[0])
            writer = next((c for c in token.children if c.dep_ == "pobj"), None)
            if people and writer is not None:
                # "by Jane's parents": the parents wrote it, not the one they are named by
                return _description(index, writer)
    for token in tokens:  # "on behalf of the family of X"
        if token.lower_ in _SPOKESPEOPLE and token.lower_ not in ("statement", "source"):
            return _description(index, token)
    return None


def _name_then_verb(index: _Index, tokens: list[Token]) -> _Attribution | None:
    """`"...," Trump barked`: right after a quotation, a name and the word after it.

    The position alone marks the attribution, so the verb need not be a
    reporting verb ("barked", "went on", "scoffed"). An apposition between
    commas may stand between them ("Jane Doe, 45, shrugged").
    """
    words = [t for t in tokens if not t.is_space]
    if not words:
        return None
    first = words[0]
    if first.is_punct and first.text not in (",",):
        return None
    k = 1 if first.text == "," else 0
    if k >= len(words):
        return None
    head = words[k]
    entity = index.entity_at(head.idx)
    if entity is not None and entity.label == "PERSON" and entity.start == head.idx:
        while k + 1 < len(words) and words[k + 1].idx < entity.end:
            k += 1
    elif head.lower_ not in PERSONAL_PRONOUNS:
        return None
    k += 1
    if k < len(words) and words[k].text == ",":
        close = next((j for j in range(k + 1, min(len(words), k + 12))
                      if words[j].text == ","), None)
        if close is None:
            return None
        k = close + 1
    if k >= len(words):
        return None
    verb = words[k]
    if not verb.is_alpha or not verb.text.islower() or verb.is_stop or verb.lower_ in _NOT_CUES:
        return None
    speaker = _speaker_from_token(index, head)
    if speaker is None:
        return None
    return _Attribution(speaker, TextSpan(start=verb.idx, end=verb.idx + len(verb.text),
                                          text=verb.text))


def _verb_then_name(index: _Index, tokens: list[Token], end: int) -> _Attribution | None:
    """`"..." added PC Jane Doe.`: a reporting verb opening the words after a
    quotation, then a name, read from the words when the parse has not made the
    verb a predicate (it may take "added" for an adjective of the name)."""
    first = next((t for t in tokens if not (t.is_punct or t.is_space)), None)
    if first is None or first.lower_ not in SPEECH_VERBS or first.lower_.endswith("ing") \
            or first.lower_ in ("tell", "tells", "told"):
        return None
    speaker = _speaker_after(index, first.idx + len(first.text), end, adjacent=True)
    if speaker is None or speaker.kind not in ("person", "organization"):
        return None
    return _Attribution(speaker, TextSpan(start=first.idx, end=first.idx + len(first.text),
                                          text=first.text))


def _governing(index: _Index, quote: RawQuote, verbs: list[Token]) -> Token | None:
    """The cue among ``verbs`` that the quotation hangs from in the parse.

    In `He said that Clinton's call to "..." was weak` the quotation belongs to
    "said", not to the nearer "call".
    """
    k = bisect.bisect_left(index.token_starts, quote.start)
    if k >= len(index.token_starts):
        return None
    candidates = {v.i for v in verbs}
    node = index.doc[k]
    for _ in range(12):  # a parse is shallow; the bound guards against odd trees
        if node.i in candidates:
            return node
        if node.head is node:
            break
        node = node.head
    return None


def _is_cue_word(token: Token) -> bool:
    """A reporting verb, or a phrase that reports words: "as X put it", "the sign read"."""
    lower = token.lower_
    if lower in SPEECH_VERBS or lower in ("read", "reads"):
        return True
    return lower in ("put", "puts") and token.i + 1 < len(token.doc) \
        and token.doc[token.i + 1].lower_ == "it"


def _verb_like(token: Token) -> bool:
    """A reporting word used as a verb, not "the statement said" as a noun, nor
    leading another verb ("will continue to be")."""
    if token.lower_.startswith("continu") and any(
            c.dep_ == "xcomp" and c.i > token.i and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            for c in token.children):
        return False  # "will continue to be": aspect, not "he continued: ..."
    if token.lower_.startswith("call") and token.i + 1 < len(token.doc) \
            and token.doc[token.i + 1].lower_ in _PHRASAL_NOT_SPEECH:
        return False
    if token.ent_type_ or (token.dep_ in _NOMINAL_DEPS
                           and not any(c.dep_ == "poss" for c in token.children)):
        return False  # "the United States", "restricted comments"; not "Trump's comments"
    if token.dep_ in ("compound", "amod", "nmod") or token.lower_ in ("report", "reports") \
            and token.dep_ not in ("ROOT", "conj", "ccomp", "advcl", "relcl", "parataxis"):
        return False
    return not (token.i > 0 and token.doc[token.i - 1].lower_ in ("a", "an", "the", "his", "her",
                                                                  "their", "its"))


def _subject_tokens(verb: Token) -> set[int]:
    """Indices of the tokens in ``verb``'s subject, apposition included."""
    return {t.i for c in verb.children if c.dep_ in _SUBJECT_DEPS for t in c.subtree}


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
