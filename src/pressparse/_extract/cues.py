"""The cue and the speaker inside one stretch of text beside a quotation.

The stretch is the rest of the quotation's sentence, the start of it, or an
introduction in the paragraph before (see :mod:`.quotes` for where each is
looked for). Inside it the cue is a reporting verb, "according to", a colon or
a dash; the speaker is the verb's subject in the dependency parse, else the
nearest name; a fragment quoted inside a clause is its subject's words.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..models import Speaker, TextSpan
from .lexicon import (
    DOCUMENT_NOUNS,
    PERSONAL_PRONOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from .nametokens import inside_a_name
from .notquotes import _named_by_kind, _names_a_thing
from .quotemarks import RawQuote
from .reported_cues import forms
from .speakers import (
    _SPOKESPEOPLE,
    _SUBJECT_DEPS,
    _description,
    _speaker_after,
    _speaker_before,
    _speaker_from_entity,
    _speaker_from_token,
    _subject_speaker,
)
from .textindex import _Index

if TYPE_CHECKING:
    from spacy.tokens import Token


# A reporting word in one of these roles is a noun: "her comments", "in a statement".
_NOMINAL_DEPS = frozenset({"dobj", "pobj"})


# After "called", these make it a summons, not speech ("officers were called to ...").
_PHRASAL_NOT_SPEECH = frozenset({"to", "in", "at", "out", "off", "up", "back", "into"})


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
        if any(c.dep_ == "auxpass" for c in verb.children) \
                or index.release and _described_participle(verb):
            # "was described as ...", "a car, described as ...": the subject is what was
            # described; only an agent ("by the judge") says who spoke.
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
        bare = _name_then_verb(index, tokens) or _verb_then_name(index, tokens, end) \
            or _clause_after(index, tokens, quote)
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
        # a label and its colon on a line of their own ("* Westshire Leaders: "...""):
        # the words of earlier lines name no one here
        line = text.rfind("\n", start, colon_at) + 1
        if line > start:
            start, tokens = line, [t for t in tokens if t.idx >= line]
        speaker = _speaker_before(index, start, colon_at, adjacent=True)
        if speaker is None:
            # "His family have issued the following tribute:": who issued it
            # (the parse may run the sentence on into the quotation, so the verb is
            # the one in these words, not the sentence's root)
            speaker = next((_speaker_from_token(index, t) for t in tokens
                            if t.dep_ in _SUBJECT_DEPS and (t.head.dep_ == "ROOT" or (
                                start <= t.head.idx < colon_at and t.head.i > t.i))), None)
        if speaker is None and line > 0:
            speaker = _label_speaker(index, tokens, colon_at)
        if speaker is not None:
            return _Attribution(speaker, TextSpan(start=colon_at, end=colon_at + 1, text=":"),
                                "colon")
    if not after and stripped and not stripped.endswith((":", *_DASHES)):
        return _clause_speaker(index, quote, start, end)
    return None


#: Verbs of motion and appearance: in a release, a fragment in their clause describes
#: how someone moved or looked ("moved in a 'frenzied manner'", "appear to 'walk on eggshells'",
#: "joined the 'Blue Light' team"); it quotes no one.
_DESCRIBING_VERBS = forms("move appear seem look join go come walk run become")


#: Participles that say a thing was described or named, by the agent after them if any.
_DESCRIBED = frozenset({"described", "dubbed", "branded", "labelled", "labeled", "termed",
                        "billed", "hailed"})


def _described_participle(verb: Token) -> bool:
    """"a car, described as ...": a participle with no subject of its own, a passive
    (not "the blast that the mayor described as ..."). Read in releases only: in news
    the parse may hang a later verb's quotation on it ("in a box labelled 'X', a
    doctor had typed 'Y'")."""
    return verb.lower_ in _DESCRIBED and verb.dep_ in ("acl", "advcl", "amod") \
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)


def _label_speaker(index: _Index, tokens: list[Token], colon_at: int) -> Speaker | None:
    """"* Westshire Leaders: "..."": a short capitalised label alone before the colon
    on its line is who speaks, as written."""
    words = [t for t in tokens if t.idx < colon_at and t.text.strip("*#_>•-") and not t.is_space]
    if not 1 <= len(words) <= 4 or not all(t.is_alpha and t.text[:1].isupper() for t in words):
        return None
    return _description(index, words[-1])


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
        if index.release and node.lower_ in _DESCRIBING_VERBS:
            # "he moved in a 'frenzied manner'": in a release, the force's description
            # of what happened, no one's words
            return None
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
                if subject is not child:  # the mention it rests on is "who", as for "he"
                    speaker = replace(speaker, text=child.text, start=child.idx,
                                      end=child.idx + len(child.text))
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


#: Verbs whose subject took the words in, not gave them: "..., the court heard".
_PERCEIVING = forms("hear overhear see watch listen witness")
#: What a verb takes beside its subject when it heads a sentence of its own.
_COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd"})


def _clause_after(index: _Index, tokens: list[Token], quote: RawQuote
                  ) -> _Attribution | None:
    """`"...," the mayor pressed`, `"...," exhorted Jane Doe`: a bare clause after a quotation.

    A quotation that opens its sentence, followed on the same line by a subject
    and its verb, in either order, is that subject's whatever the verb is, as for
    a name (:func:`_name_then_verb`); the parse says which phrase is the
    subject, so a description ("one of the skippers grumbled") or a name after
    the verb ("remembered Tom Reed, a former spokesman") speaks too. A
    fragment inside a sentence (`the "rant," Obama took a swipe`) is not
    attributed this way, nor, after a quotation closing its own sentence, a
    clause with an object of its own (`"...?" Her critics cited it as proof`).
    """
    text = index.text
    before = text[:quote.outer_start].rstrip(" \t*_")
    words = [t for t in tokens if not t.is_space]
    if before and before[-1] not in "\n.!?:\"”’'" or not words:
        return None
    k = 1 if words[0].text == "," else 0
    if k >= len(words) or words[0].is_punct and words[0].text != "," \
            or "\n" in text[quote.outer_end:words[k].idx]:
        return None
    first = words[k]

    def open_verb(token: Token) -> bool:
        return token.is_alpha and token.text.islower() and not token.is_stop \
            and token.lower_ not in _NOT_CUES and token.lower_ not in _PERCEIVING \
            and token.dep_ in ("ROOT", "ccomp", "parataxis")

    # the verb first, its subject right after it (the parse may call a name after
    # an unknown verb its object: "exhorted Jane Doe")
    subject = next((c for c in first.children if c.dep_ in ("nsubj", "dobj")
                    and c.left_edge.i == first.i + 1), None) if open_verb(first) \
        and not any(c.dep_ in _SUBJECT_DEPS and c.i < first.i for c in first.children) else None
    verb = first
    if subject is None:
        subject = first if first.dep_ == "nsubj" else next(
            (t for t in first.ancestors if t.dep_ == "nsubj" and t.left_edge.i == first.i), None)
        if subject is None or subject.right_edge.i + 1 >= len(subject.doc):
            return None
        verb = subject.doc[subject.right_edge.i + 1]
        closed = text[quote.end - 1:quote.end] in (".", "!", "?")
        if verb.i != subject.head.i or not open_verb(verb) or closed and any(
                c.dep_ in _COMPLEMENTS and c.i > verb.i for c in verb.children):
            return None
    speaker = _speaker_from_token(index, subject)
    if speaker is None or speaker.kind == "place":
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
    if inside_a_name(token) or (token.dep_ in _NOMINAL_DEPS
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
