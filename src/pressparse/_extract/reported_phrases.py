"""Reported speech framed by a phrase or a mark rather than a verb.

"According to X, <clause>" and "In the latest poll, <clause>": the clause the
phrase frames is the content, the phrase's noun the speaker. "Jane Doe: Budget
will pass" (a headline, a transcript line): a named person's words after the
colon. "Jane Doe's claim that the budget will pass", "expressed concern that":
the clause a noun of saying holds, for whoever holds the noun.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import Quote, Speaker, TextSpan
from .confidence import confidence
from .quotes import speaker_resolution
from .reported_build import build_quote
from .reported_content import MAX_CONTENT_TOKENS
from .reported_cues import (
    FINDING_VERBS,
    MIN_CONTENT_WORDS,
    NO_SPEAKER,
    REPORTING_VERBS,
    SPEECH_VERBS,
    SUPPORT_VERBS,
    VIEW_VERBS,
)
from .reported_speaker import as_written, find_speaker
from .speakers import _person_speaker, _speaker_from_entity, _speaker_from_token, description_kind

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..models import Entity
    from .quotemarks import RawQuote
    from .textindex import _Index


def according(index: _Index, raw: Sequence[RawQuote], token: Token, lo: int, hi: int
               ) -> Quote | None:
    """"According to X, <clause>": the clause is X's, minus the phrase."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
        to = token.doc[token.i + 1]
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    head = token.head if token.head is not token else None
    if head is None or head.i == token.i:
        return None
    own = {t.i for t in token.subtree} | {t.i for t in to.subtree}
    head = _framed(token, own, head)
    content = [t for t in head.subtree if t.i not in own and lo <= t.idx < hi]
    speaker = _speaker_from_token(index, source) or as_written(index, source)
    return build_quote(index, raw, token, content, speaker, "according",
                  cue_end=to.idx + len(to.text))


def in_poll(index: _Index, raw: Sequence[RawQuote], poll: Token, lo: int, hi: int
             ) -> Quote | None:
    """"In the latest poll, Jane Doe leads by five points": the clause is the poll's finding."""
    prep = poll.head
    if poll.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    clause = prep.head
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if clause is prep or subject is None or subject.i < prep.i \
            or clause.lower_ in SPEECH_VERBS or clause.lower_ in VIEW_VERBS \
            or clause.lower_ in FINDING_VERBS:  # "In a study, economists found ..."
        # "a lead in the polls", "took part in a survey": only a poll set before
        # the clause it frames reports what the clause says.
        return None
    own = {t.i for t in prep.subtree}
    content = [t for t in clause.subtree if t.i not in own and lo <= t.idx < hi]
    speaker = as_written(index, poll)
    return build_quote(index, raw, prep, content, speaker, "according",
                  cue_end=poll.idx + len(poll.text))


def _framed(phrase: Token, own: set[int], head: Token) -> Token:
    """What a phrase framing its sentence frames: the whole sentence.

    "According to the survey, turnout rose in the north while it fell in the
    south": the parse may hang the phrase on the clause nearest it, but set at
    the start or the end of its sentence it frames all of it.
    """
    sentence = phrase.sent
    words = [t.i for t in sentence if not (t.is_punct or t.is_space)]
    if words and (min(own) <= words[0] or max(own) >= words[-1]):
        return sentence.root
    return head


#: Words a line naming its speaker may hold besides the name: "Dr", "Sen.".
_MAX_NAME_TOKENS = 5


def headline(index: _Index, raw: Sequence[RawQuote], colon: Token, lo: int, hi: int
             ) -> Quote | None:
    """"Jane Doe: Budget will pass by spring": the line after a named person and a colon.

    Only when the colon follows the paragraph's first words and they are a
    person's name (capitalised, a few words, ending in the name of one person the
    document names), or in news a whole organisation ("Daily Courier:") or a
    lone source noun ("Poll:", "Report:"): a label ("Update:", "Contact:") or a
    name with particulars ("Jane Doe, 34, of Leeds:") says nothing. A line that
    goes on in quotation marks ("Jane Doe: 'We will win'") is her direct quote.
    """
    start, end = index.paragraph(colon.idx)
    doc = colon.doc
    before = [t for t in doc[max(0, colon.i - _MAX_NAME_TOKENS - 1):colon.i]
              if t.idx >= start and not t.is_space]
    if not before or len(before) > _MAX_NAME_TOKENS or index.text[start:before[0].idx].strip() \
            or not all(t.text[:1].isupper() or t.text == "." for t in before):
        return None
    surname = before[-1].lower_
    people = {p.name for p in index.person_by_name.values()
              if p.name.split()[-1].lower() == surname}
    name_end = before[-1].idx + len(before[-1].text)
    body = _whole_organization(index, before[0].idx, name_end)
    speaker: Speaker | None
    if body is not None and not index.release:
        # "Daily Courier: Mayor to stand down": a paper or a body speaking in a headline
        # (in a release, "Westshire Police: appeal" is a heading of the publisher's own)
        speaker = _speaker_from_entity(index, body)
    elif len(before) == 1 and before[0].lower_ in HEADLINE_SOURCES and not index.release:
        # "Poll: Jane Doe leads in the north": what the poll found
        word = before[0]
        speaker = Speaker(name=word.text, kind=description_kind(word.lower_), text=word.text,
                          start=word.idx, end=word.idx + len(word.text))
    elif len(people) != 1:
        return None  # nobody, or two people of that name: not sure who
    else:
        person = index.person_by_name[people.pop()]
        speaker = _person_speaker(person, index.text[before[0].idx:name_end], before[0].idx,
                                  name_end, fallback=person.name)
    content = [t for t in doc[colon.i + 1:] if t.idx < end][:MAX_CONTENT_TOKENS]
    if content and content[0].text[:1] in "\"“”‘’'" and not index.release:
        return _quoted_line(index, raw, colon, content[0].idx, speaker)
    if not content or content[0].text[:1] in "\"“”‘’'" or not content[0].text[:1].isupper():
        return None  # a quotation (the quotation extractor's), or a list's entry
    return build_quote(index, raw, colon, content, speaker, "colon")


#: Nouns that speak alone before a headline's colon: "Poll: Jane Doe leads".
HEADLINE_SOURCES = frozenset("poll survey report study newspaper memo".split())


def _quoted_line(index: _Index, raw: Sequence[RawQuote], colon: Token, at: int,
                 speaker: Speaker) -> Quote | None:
    """"Jane Doe: 'We will win'": the quotation opening at ``at``, hers, as a direct quote."""
    k = bisect.bisect_left(index.raw_starts, at)
    found = next((q for q in raw[max(0, k - 1):k + 2] if q.open_mark == at), None)
    if found is None or found.close_mark is None:
        return None
    spans = tuple(TextSpan(start=p.start, end=p.end, text=index.text[p.start:p.end])
                  for p in found.parts)
    cue = TextSpan(start=colon.idx, end=colon.idx + 1, text=":")
    return Quote(text="\n".join(s.text for s in spans), start=spans[0].start,
                 end=spans[-1].end, parts=spans, speaker=speaker, cue=cue, kind="direct",
                 confidence=confidence("direct", "colon", speaker_resolution(speaker),
                                       cue=":", speaker=speaker, release=index.release))


def _whole_organization(index: _Index, start: int, end: int) -> Entity | None:
    """The organisation entity that is exactly the words from ``start`` to ``end``."""
    found = index.entities_in(start, end)
    if len(found) == 1 and found[0].label == "ORG" and found[0].start == start \
            and found[0].end == end:
        return found[0]
    return None


def _after_noun(noun: Token, mark: Token) -> bool:
    """The clause's "that" right after the noun, or after a time or place said of it
    ("her statement on Monday that", "his warning last week that")."""
    if mark.i == noun.i + 1:
        return True
    between = noun.doc[noun.i + 1:mark.i]
    return len(between) <= 5 and all(t.head.i == noun.i or t.head.i in range(noun.i + 1, mark.i)
                                     for t in between) and not any(t.is_punct for t in between)


def noun_clause(index: _Index, raw: Sequence[RawQuote], noun: Token, lo: int, hi: int
                ) -> Quote | None:
    """"Jane Doe's claim that the budget will pass": the clause, for the noun's holder.

    The holder is the noun's possessor, or the subject of a verb through which
    one states the noun ("Jane Doe expressed concern that", "made the case
    that"), a named person or body only; a claim of nobody named ("there were
    concerns that") or someone else's ("rejected the claim that") is not reported.
    """
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i
                   and lo <= c.idx < hi and any(g.dep_ == "mark" and g.lower_ == "that"
                                                and _after_noun(noun, g) for g in c.children)),
                  None)
    if clause is None or clause.right_edge.i - clause.left_edge.i > MAX_CONTENT_TOKENS:
        return None
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None:
        # "a warning from the council that ...", "a demand by Jane Doe that ...".
        holder = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                       and c.i < clause.i for g in c.children if g.dep_ == "pobj"), None)
    if holder is not None:
        speaker = _speaker_from_token(index, holder)
    elif noun.dep_ == "dobj" and noun.head.lower_ in SUPPORT_VERBS \
            and not any(c.dep_ == "neg" for c in noun.head.children):
        evidence, speaker = find_speaker(index, noun.head, lo, hi)
        if evidence is None:
            return None
    else:
        return None
    if speaker is None or speaker.kind not in ("person", "organization"):
        return None
    return build_quote(index, raw, noun, list(clause.subtree), speaker, "noun")


def hedge(index: _Index, raw: Sequence[RawQuote], verb: Token, lo: int, hi: int
          ) -> Quote | None:
    """"The plan seems to be failing", "Jane Doe is expected to win": a view held by nobody named.

    The clause around the hedge (its subject and what follows the verb), with no
    speaker; only with a subject of its own and an infinitive or a predicate
    ("seems likely", "appears weak"), never "appeared at court" or "appeared in
    a video".
    """
    expected = verb.lower_ == "expected"
    if expected and not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if verb.dep_ not in ("ROOT", "conj", "relcl") \
            or any(a.lower_ in REPORTING_VERBS for a in verb.ancestors):
        return None  # "said the plan seemed to fail": the reporter's content, not a hedge
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                    and c.i < verb.i and lo <= c.idx), None)
    if subject is None or subject.lower_ in NO_SPEAKER and subject.lower_ != "who" \
            or subject.lower_ == "it":
        return None  # "it seems that ...": no subject of the view
    # "is expected" only with an infinitive; seem and appear with a predicate too
    after = next((c for c in verb.children if c.i > verb.i and lo <= c.idx < hi and (
        c.dep_ in ("acomp", "attr", "oprd", "xcomp") if not expected else c.dep_ == "xcomp"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))), None)
    if after is None or after.lower_ in SPEECH_VERBS:
        return None  # "is expected to say that ...": the speech verb's own attribution
    tokens = [t for t in subject.subtree] + [t for t in after.subtree]
    tokens = [t for t in tokens if lo <= t.idx < hi]
    return build_quote(index, raw, verb, tokens, None, "passive")


def hearsay(index: _Index, raw: Sequence[RawQuote], adverb: Token, lo: int, hi: int
            ) -> Quote | None:
    """"The mayor reportedly considered a run": a clause hedged as someone's report.

    The clause of the verb the adverb modifies, with no speaker: the writer
    says it was reported, not by whom. Not inside another attribution ("said
    the money was allegedly moved"), whose speaker is named.
    """
    verb = adverb.head
    if adverb.dep_ != "advmod" or adverb.i == verb.i \
            or any(a.lower_ in REPORTING_VERBS for a in verb.ancestors) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    tokens = [t for t in verb.subtree if lo <= t.idx < hi and t.i != adverb.i]
    if len([t for t in tokens if t.is_alpha]) < MIN_CONTENT_WORDS \
            or tokens[-1].i - tokens[0].i > MAX_CONTENT_TOKENS:
        return None
    return build_quote(index, raw, adverb, tokens, None, "passive")
