"""Reported speech: what someone said, in the writer's words.

A reporting predicate with a content clause is an attribution even without
quotation marks: "Police said a man had been arrested", "She told the court
she had been afraid", "A man was charged, the force confirmed", "The man,
police said, was taken to hospital", "According to the report, the force
failed to act". The content is the clause the parse hangs from the predicate
(its ``ccomp``, or the main clause a ``parataxis`` or "according to" interrupts),
the infinitive of a request or promise ("vowed to find those responsible"), or
what a thing is called ("described the plan as a waste"); the speaker is the
predicate's subject, or the subject of the verb it depends on, found with the
same machinery as for quotations (:mod:`.speakers`).

Precision comes first, so a clause is reported speech only when the parse gives
the predicate a clause of content. Left out, by rule (docs/reported.md):

* appeals to the public ("appealing for witnesses", "urged anyone with
  information to call 101"): a request reports speech only when made of
  someone named ("urged the council to reopen the road");
* findings and pleas ("found the car", "pleaded guilty to"): "find" and "show"
  report only a study's clause ("a survey found that ..."), "plead" nothing;
* questions ("asked if they had seen", "did not say whether"): they state no content;
* a clause inside a quotation: that is the quotation's own speaker speaking.

Passive and impersonal reporting ("It is alleged that", "He was told that",
"The court heard that") keeps the content, with the agent as speaker when one
is named ("by the judge") and no speaker otherwise. Content that quotes a
fragment is ``mixed`` and carries the fragments; content that is mostly in
quotation marks is left to the quotation extractor.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import Entity, Organization, Person, Quote, QuoteKind, Span, Speaker, TextSpan
from .confidence import confidence
from .lexicon import DOCUMENT_NOUNS
from .quotemarks import RawQuote, find_quotations
from .quotes import speaker_resolution
from .reported_cues import (
    ABOUT,
    ASK_VERBS,
    ATTITUDE_VERBS,
    CALLS,
    CITING_VERBS,
    COMMITMENT_VERBS,
    COPULAS,
    FINDERS,
    FINDING_VERBS,
    HEARING_VERBS,
    HEARINGS,
    HYPOTHETICAL,
    INVESTIGATORS,
    MIN_CONTENT_WORDS,
    MIN_OBJECT_WORDS,
    NAMING_VERBS,
    OBJECT_VERBS,
    OPEN_STANCE_VERBS,
    POLLS,
    PUBLIC,
    QUESTION_MARKS,
    READER,
    REFERRING_VERBS,
    RELATIVES,
    REPORTING_VERBS,
    REQUEST_VERBS,
    SPEECH_VERBS,
    STANCE_VERBS,
    TOLD,
    TOPIC_VERBS,
    VIEW_VERBS,
    WISH_VERBS,
)
from .speakers import _speaker_from_token, _subject_speaker
from .textindex import _Index

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token



def extract_reported(doc: Doc, text: str, paragraphs: tuple[Span, ...],
                     entities: Sequence[Entity], people: Sequence[Person],
                     organizations: Sequence[Organization]) -> list[Quote]:
    """Reported-speech quotes of ``doc`` (kinds "indirect" and "mixed"), in text order."""
    candidates = _candidates(doc)
    if not candidates:
        return []
    raw = find_quotations(text, paragraphs)
    index = _Index(doc, text, entities, people, organizations, raw)
    out: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    for i in candidates:
        verb = doc[i]
        if index.in_quote(verb.idx):
            continue  # speech inside a quotation belongs to the quotation's speaker
        found = _reported(index, raw, verb)
        if found is not None and (found.start, found.end) not in seen:
            seen.add((found.start, found.end))
            out.append(found)
    out.sort(key=lambda q: (q.start, q.end))
    return out


def merge_quotes(direct: Sequence[Quote], reported: Sequence[Quote]) -> tuple[Quote, ...]:
    """Direct and reported quotes in text order, with no quotation told twice.

    A direct quote lying inside a mixed quote's content is one of its fragments and
    is dropped when it has no speaker or the same one; reported content that
    overlaps a direct quote otherwise is left out.
    """
    kept: list[Quote] = []
    absorbed: set[int] = set()
    starts = [d.start for d in direct]  # in text order, so a window is found by bisection
    longest = max((d.end - d.start for d in direct), default=0)
    for quote in reported:
        lo = bisect.bisect_left(starts, quote.start - longest)
        hi = bisect.bisect_left(starts, quote.end)
        near = [k for k in range(lo, hi) if direct[k].end > quote.start]
        inside = [k for k in near if quote.start <= direct[k].start and direct[k].end <= quote.end]
        clash = [k for k in near if k not in inside]
        if clash:
            continue
        if any(direct[k].speaker is not None and not _same_speaker(direct[k].speaker,
                                                                     quote.speaker)
               for k in inside) and (quote.speaker is None or quote.speaker.kind != "person"):
            # A fragment said by someone else: keep the direct quote alone. But the
            # subject of the reporting verb around a fragment ("Jane Doe said the plan
            # was "dead on arrival"") is surer than the quotation rules' guess from
            # outside, so a named person's mixed quote keeps its fragments.
            continue
        absorbed.update(inside)
        kept.append(quote)
    merged = [d for k, d in enumerate(direct) if k not in absorbed] + kept
    merged.sort(key=lambda q: (q.start, q.end))
    return tuple(merged)


def _same_speaker(a: Speaker | None, b: Speaker | None) -> bool:
    return a is not None and b is not None and a.name == b.name


_VERB_HASHES: frozenset[int] | None = None


def _candidates(doc: Doc) -> list[int]:
    """Indices of reporting words, found by one array lookup rather than a token loop."""
    global _VERB_HASHES
    if not len(doc):
        return []
    import numpy
    from spacy.attrs import LOWER

    if _VERB_HASHES is None:  # string hashes do not depend on the vocabulary
        _VERB_HASHES = frozenset(doc.vocab.strings[w] for w in REPORTING_VERBS | POLLS | {"according"})
    lowers = doc.to_array(LOWER)
    hits = numpy.isin(lowers, numpy.array(sorted(_VERB_HASHES), dtype=lowers.dtype))
    return [int(k) for k in numpy.flatnonzero(hits)]


#: A reported clause longer than this many tokens is a parse run on over
#: unpunctuated text (thousands of "X said:" lines), not what one person said;
#: the bound also keeps the work per reporting verb constant.
MAX_CONTENT_TOKENS = 200


def _reported(index: _Index, raw: Sequence[RawQuote], verb: Token) -> Quote | None:
    lower = verb.lower_
    lo, hi = _unit(index, verb)
    if lower == "according":
        return _according(index, raw, verb, lo, hi)
    if lower in POLLS:
        return _in_poll(index, raw, verb, lo, hi)
    if not verb.is_alpha or verb.text[:1].isupper() and verb.i != verb.sent.start:
        return None  # "Councillor Says Action Needed": a heading in title case
    if verb.dep_ in ("amod", "compound", "nmod", "dobj", "pobj", "nsubj", "nsubjpass") \
            or verb.ent_type_:
        return None  # a noun or modifier: "the reported incident", "a statement"
    if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL for c in verb.children):
        return None  # "If officers believe someone could ...": nothing was said
    found = _content(verb, lo, hi)
    if found is None:
        return None
    content, how = found
    content = [t for t in content if lo <= t.idx < hi]
    if how in ("wish", "stance", "object") and any(
            c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return None  # "did not endorse a candidate", "may want to check": nothing taken or wished
    evidence, speaker = _speaker(index, verb, lo, hi)
    if evidence is None or evidence == "reporting_verb" and speaker is None:
        return None  # an active verb whose subject cannot be found: too weak to report
    if lower in ASK_VERBS and how != "request":
        return None  # a question states nothing
    wish_or_stance = how in ("wish", "stance") or lower in ASK_VERBS or lower not in SPEECH_VERBS \
        and lower not in VIEW_VERBS and (lower in WISH_VERBS or lower in STANCE_VERBS)
    if wish_or_stance and (speaker is None or speaker.kind != "person"):
        return None  # a wish or a side taken is reported as a named person's only
    if evidence == "reporting_verb" and how != "clause":
        evidence = how  # a request, commitment or naming: its own confidence cell
    return _build(index, raw, verb, content, speaker, evidence)


def _unit(index: _Index, token: Token) -> tuple[int, int]:
    """Character bounds of the token's sentence within its paragraph.

    The parse may run a sentence across a blank line (a heading into the text
    below it); neither the content nor the speaker is looked for past one.
    """
    start, end = index.paragraph(token.idx)
    try:
        sentence = token.sent
    except ValueError:  # a pipeline that sets no sentence boundaries: the paragraph
        return start, end
    return max(sentence.start_char, start), min(sentence.end_char, end)


def _content(verb: Token, lo: int, hi: int) -> tuple[list[Token], str] | None:
    """The tokens the verb reports, and how they hang from it; None for no content."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and lo <= c.idx < hi]
    if clauses:
        # The clause after the verb when there are two ("..., he said, adding ...").
        clause = min(clauses, key=lambda c: (c.i < verb.i, abs(c.i - verb.i)))
        if clause.right_edge.i - clause.left_edge.i > MAX_CONTENT_TOKENS:
            return None  # a run-on parse, not a clause anyone said (and bounded work)
        if any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in clause.children):
            return None  # "asked if", "would not say whether"
        if verb.lower_ in FINDING_VERBS and not any(
                c.dep_ in ("aux", "auxpass") or c.dep_ == "mark" and c.lower_ == "that"
                for c in clause.children) and clause.lower_ not in COPULAS \
                and not _by_poll(verb, lo, hi):
            return None  # "found the car abandoned": what was found, not a finding stated
        tokens = _with_conjoined(verb, clause, hi)
        if clause.i > verb.i:
            tokens = _to_sentence_end(verb, tokens, hi)
        return tokens, "clause"
    if verb.lower_ in FINDING_VERBS:
        polled = _poll_finding(verb, lo, hi)
        if polled is not None:
            return polled, "clause"
    inverted = _inverted_clause(verb, lo, hi)
    if inverted is not None:
        return inverted, "clause"
    if verb.dep_ == "parataxis" and verb.lower_ not in NAMING_VERBS:
        # "The man, police said, was taken to hospital": the clause around the verb.
        own = {t.i for t in verb.subtree}
        return [t for t in verb.head.subtree if t.i not in own], "clause"
    lower = verb.lower_
    if lower in CALLS and any(t.like_num for t in verb.doc[verb.i + 1:verb.i + 4]):
        return None  # a telephone call: "call 101 quoting incident 123", "call us on 0800"
    if lower in CALLS:
        called = _call_content(verb)
        if called is not None:
            return called, "request"
    if lower in NAMING_VERBS:
        return _naming_content(verb), "naming"
    if lower in TOPIC_VERBS:
        topic = _topic(verb, lo, hi)
        if topic is not None:
            return topic, "stance"
    if lower in CITING_VERBS or lower in REFERRING_VERBS:
        cited = _cited(verb, lo, hi)
        return (cited, "stance") if cited is not None else None
    if lower in STANCE_VERBS:
        stance = _stance_content(verb, lo, hi)
        if stance is not None:
            return stance, "stance"
    if lower in OBJECT_VERBS:
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i
                    and lo <= c.idx < hi), None)
        if obj is not None and not any(c.dep_ in ("xcomp", "oprd") for c in verb.children) \
                and obj.lower_ not in _NO_SPEAKER \
                and (not obj.ent_type_ or lower in ATTITUDE_VERBS and obj.ent_type_ == "PERSON"):
            return list(obj.subtree), "object"  # "announced a review of the scheme"
    infinitive = next((c for c in verb.children if c.dep_ == "xcomp" and lo <= c.idx < hi
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if infinitive is None:
        return None
    addressee = next((c for c in verb.children if c.dep_ == "dobj"), None)
    # "Jane Doe wants to reopen the library": a wish held now. A past one ("she
    # wanted to thank the nurses") tells why someone acted, in the writer's words.
    if lower in WISH_VERBS and addressee is None and infinitive.i > verb.i \
            and not lower.endswith("ed") and all(t.i > verb.i for t in infinitive.subtree):
        return list(infinitive.subtree), "wish"
    if lower in COMMITMENT_VERBS and addressee is None:
        return list(infinitive.subtree), "commitment"  # "vowed to find those responsible"
    if (lower in REQUEST_VERBS or lower in ASK_VERBS) and addressee is not None \
            and not _is_public(addressee):
        # "urged the council to reopen the road": who was asked, and to do what.
        return sorted([*addressee.subtree, *infinitive.subtree], key=lambda t: t.i), "request"
    return None


#: Words that end reported content running on to the end of its sentence: the
#: cue of another attribution, and a clause break.
_CONTENT_STOPS = frozenset({";", ":", '"', "“", "”", "according"})
#: The words before a verb that belong to its own clause: subject, auxiliaries, negation.
_VERB_GROUP = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass", "neg"})


_MODALS = frozenset("may might could should would must ca can".split())


def _to_sentence_end(verb: Token, tokens: list[Token], hi: int) -> list[Token]:
    """The content with the rest of its sentence after it.

    The parse often hangs the end of what was said on the reporting verb
    ("insisted it was a dip, reflecting restlessness among voters", "said the
    road would reopen unless the council objects"), so the clause stops short;
    what follows it in the sentence is still the content, up to another
    attribution (", Jane Doe added", "according to ..."), a semicolon or colon,
    or a quotation.
    """
    doc = verb.doc
    last = max(t.i for t in tokens)
    end, k = last, last + 1
    # Not past the verb's own clause: "A week after Jane Doe announced that the
    # road would close, it reopened" reports only the announcement.
    stop_end = min(verb.sent.end, len(doc), max(t.i for t in verb.subtree) + 1)
    while k < stop_end and doc[k].idx < hi:
        token = doc[k]
        if token.lower_ in REPORTING_VERBS or token.lower_ in _CONTENT_STOPS:
            break
        end, k = k, k + 1
    if end == last:
        return tokens
    if k < stop_end and doc[k].lower_ in REPORTING_VERBS:
        # ", Jane Doe said", "but she did not say": nor is the other verb's clause.
        own = [c.left_edge.i for c in doc[k].children if c.i < k and c.dep_ in _VERB_GROUP]
        end = min(end, min(own, default=k) - 1)
    while end > last and (doc[end].is_punct or doc[end].is_space or doc[end].dep_ == "cc"):
        end -= 1
    return tokens + list(doc[last + 1:end + 1])


def _inverted_clause(verb: Token, lo: int, hi: int) -> list[Token] | None:
    """"after Jane Doe told the paper she was "not ready yet"", parsed upside down.

    The parse may make the reported clause the head of its reporting verb (the
    verb an ``advcl`` of it). When the clause's own subject follows the verb and
    the verb has a subject of its own and no clause, the clause after the verb
    is what it reports.
    """
    clause = verb.head
    if verb.dep_ != "advcl" or clause.i <= verb.i or not lo <= clause.idx < hi \
            or verb.lower_ not in SPEECH_VERBS:
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) \
            or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    last = max(t.i for t in verb.subtree)
    if subject is None or subject.i != last + 1:
        return None  # the clause's subject must come right after the verb's words
    return [t for t in clause.subtree if t.i > last and lo <= t.idx < hi]


def _poll_finding(verb: Token, lo: int, hi: int) -> list[Token] | None:
    """"The poll showed Jane Doe leading by five points": the object and what follows it."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i
                and lo <= c.idx < hi), None)
    if obj is None or not _by_poll(verb, lo, hi):
        return None
    return _to_sentence_end(verb, list(obj.subtree), hi)


def _by_poll(verb: Token, lo: int, hi: int) -> bool:
    """Whether the verb's subject is a poll, survey or study (:data:`POLLS`)."""
    finder = next((c for c in verb.children if c.dep_ == "nsubj" and lo <= c.idx < hi), None)
    return finder is not None and finder.lower_ in POLLS


def _topic(verb: Token, lo: int, hi: int) -> list[Token] | None:
    """"warned of a ferocious battle", "complained about the coverage": what was spoken of."""
    if any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children):
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ABOUT
                 and verb.i < c.i <= verb.i + 2 and lo <= c.idx < hi), None)
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep else None
    if obj is None or obj.lower_ in NO_OBJECTS:
        return None
    return list(obj.subtree)


def _cited(verb: Token, lo: int, hi: int) -> list[Token] | None:
    """"citing low growth", "referring to the bypass as a waste": what was pointed to."""
    if verb.lower_ in CITING_VERBS:
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i
                    and lo <= c.idx < hi), None)
    else:
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                   and c.i == verb.i + 1), None)
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    if obj is None or obj.lower_ in NO_OBJECTS:
        return None
    return sorted([*obj.subtree, *(t for c in verb.children if c.dep_ == "prep"
                                   and c.lower_ == "as" for t in c.subtree)], key=lambda t: t.i)


def _stance_content(verb: Token, lo: int, hi: int) -> list[Token] | None:
    """"opposed the bypass", "accused the council of neglect": what the side is taken on."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i
                and lo <= c.idx < hi), None)
    if obj is None or obj.lower_ in NO_OBJECTS:
        return None
    named = obj.ent_type_ in ("PERSON", "ORG", "NORP")
    if not named and (verb.lower_ not in OPEN_STANCE_VERBS or obj.ent_type_):
        return None
    tokens = list(obj.subtree)
    # "accused the council of neglect": the charge hangs on the verb.
    tokens += [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > obj.i
               for t in c.subtree]
    return tokens


def _with_conjoined(verb: Token, clause: Token, hi: int) -> list[Token]:
    """The clause, and a clause the parse conjoins to the verb after it.

    "told the court that the car was stolen, but the insurer refused to pay":
    the parse often hangs the second clause, with its own subject, on the
    reporting verb rather than on the first clause, though it is reported too.
    A second reporting verb ("..., but did not say when") is a predicate of its own.
    """
    # "reported that A and it was later confirmed that B": B is the content of
    # another reporting predicate the parse conjoins inside the first clause.
    nested = {t.i for c in clause.subtree if c.dep_ == "conj" and c.lower_ in REPORTING_VERBS
              and any(g.dep_ == "ccomp" for g in c.children) for t in c.subtree}
    nested |= {c.i - 1 for c in clause.subtree if c.i in nested and c.i - 1 not in nested
               and c.doc[c.i - 1].dep_ == "cc"}
    tokens = [t for t in clause.subtree if t.i not in nested]
    if clause.i < verb.i:
        return tokens
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < clause.i or conj.idx >= hi \
                or conj.lower_ in REPORTING_VERBS \
                or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children):
            continue
        first, last = tokens[-1].i + 1, max(t.i for t in conj.subtree)
        tokens += [t for t in verb.doc[first:last + 1]]
    return tokens


def _call_content(verb: Token) -> list[Token] | None:
    """"called for an inquiry", "called on the council to resign": what is called for."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None  # "called the resident on her landline": a telephone call
    for clause in verb.children:
        # "called for the council to act", parsed as a clause marked by "for".
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"), None)
        if clause.dep_ == "advcl" and mark is not None and mark.i == verb.i + 1:
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is None or _is_public(subject):
                return None
            return [t for t in clause.subtree if t.i != mark.i]
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "on") or prep.i != verb.i + 1:
            continue
        target = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if target is None or _is_public(target):
            return None  # an appeal: "called for witnesses to come forward"
        tokens = [t for t in prep.subtree if t.i != prep.i]
        # "called for the council to act": the parse may hang the infinitive on the verb.
        tokens += [t for c in verb.children if c.i > prep.i and (
            c.dep_ == "xcomp" or c.dep_ == "advcl" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children)) for t in c.subtree]
        return tokens
    return None


def _is_public(token: Token) -> bool:
    """An appeal's addressee: the public, or what is asked of it ("information")."""
    return token.lower_ in PUBLIC


def _naming_content(verb: Token) -> list[Token]:
    """"called the decision a "disgrace"": the object and what it is called."""
    parts = [c for c in verb.children if c.dep_ in ("dobj", "oprd")
             or c.dep_ == "prep" and c.lower_ == "as"]
    if not parts:
        # "calling Jane Doe a fraud": the parse may hang the name on the verb as a
        # clause whose object is what she is called.
        parts = [c for c in verb.children if c.dep_ == "xcomp" and c.i == verb.i + 1
                 and c.ent_type_ and any(g.dep_ == "dobj" for g in c.children)]
        return sorted((t for c in parts for t in c.subtree), key=lambda t: t.i)
    if len(parts) < 2:
        return []
    return sorted((t for c in parts for t in c.subtree), key=lambda t: t.i)


def _according(index: _Index, raw: Sequence[RawQuote], token: Token, lo: int, hi: int
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
    speaker = _speaker_from_token(index, source) or _as_written(index, source)
    return _build(index, raw, token, content, speaker, "according",
                  cue_end=to.idx + len(to.text))


def _in_poll(index: _Index, raw: Sequence[RawQuote], poll: Token, lo: int, hi: int
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
    speaker = _as_written(index, poll)
    return _build(index, raw, prep, content, speaker, "according",
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


def _speaker(index: _Index, verb: Token, start: int, end: int
             ) -> tuple[str | None, Speaker | None]:
    """(the evidence, None when this is not reported speech; the speaker)."""
    lower = verb.lower_
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if any(s.lower_ in READER for s in subjects):
        return None, None  # "if you are told that ...", "anyone who saw should call"
    if any(c.dep_ == "auxpass" for c in verb.children):
        if lower in VIEW_VERBS:
            return None, None  # "It is believed that ...": a view nobody is said to hold
        if any(c.dep_ == "neg" for c in verb.children):
            return None, None  # "It was not reported that ...": nobody said it
        # "It is alleged that", "He was told that": only an agent says who spoke.
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj"]
        if agents:
            return "passive", _speaker_from_token(index, agents[0])
        impersonal = any(s.lower_ == "it" for s in subjects) or lower in TOLD
        return ("passive" if impersonal else None), None
    if lower in FINDING_VERBS:
        # "A survey found that ...", "the figures show that ...": a study speaks through
        # its findings; a person or a search finding something does not report speech.
        finder = next((c for c in subjects if c.dep_ == "nsubj" and start <= c.idx < end), None)
        if finder is None or finder.lower_ not in FINDERS \
                and finder.lower_.rstrip("s") not in FINDERS:
            return None, None
        return "finding", _speaker_from_token(index, finder) or _as_written(index, finder)
    if lower in HEARING_VERBS:
        # "The court heard that ...": said in court by someone not named here.
        return ("hearing" if any(s.lower_ in HEARINGS for s in subjects) else None), None
    evidence = "reporting_verb"
    outer = _repeated_report(verb)
    if outer is not None:
        verb, evidence = outer, "shared_subject"
    speaker = _subject_speaker(index, verb, start, end)
    if speaker is None:
        subject, shared = _subject_token(verb, start, end)
        if subject is not None:
            speaker = _speaker_from_token(index, subject)
            if speaker is None:
                # A subject the rules cannot name ("they" with no antecedent, "most
                # voters"): the mention as written, so the speaker is located.
                speaker = _as_written(index, subject)
            if shared and speaker is not None:
                evidence = "shared_subject"
    if lower in VIEW_VERBS and (speaker is None or speaker.kind != "person") and not (
            evidence == "reporting_verb" and _holds_views(speaker)):
        return None, None  # a view is reported speech only as a named person's stated view
    return evidence, speaker


#: Links a reporting verb shares its subject through: "went on to say" (xcomp),
#: "hit back, saying" (advcl), "reversed and said" (conj), "more likely to say"
#: (acomp), "after saying" and "in addition to stating" (a preposition's clause).
_SHARING = frozenset({"xcomp", "advcl", "conj", "acomp", "pcomp", "prep", "pobj"})


_MISREAD_SUBJECTS = frozenset({"compound", "nummod", "dep", "npadvmod", "nmod"})


def _repeated_report(verb: Token) -> Token | None:
    """The first verb of "X said A and said B", which the parse may misread.

    The parse often conjoins the second verb to the first one's content clause
    ("A and said B") rather than to the first verb, so the clause's subject
    would be taken for the speaker of B; it is the first verb's.
    """
    clause = verb.head
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            or clause.dep_ != "ccomp" or clause.i > verb.i:
        return None
    outer = clause.head
    return outer if outer.lower_ in SPEECH_VERBS and outer.i < clause.i else None


def _holds_views(speaker: Speaker | None) -> bool:
    """A group or person described as its verb's own subject ("most voters believe").

    Not a pronoun standing for one ("they thought"), whose referent the rules
    are least sure of, and not the investigators of a release ("officers
    believe he may have information"), whose view is an inference.
    """
    if speaker is None or speaker.kind != "description":
        return False
    words = speaker.text.lower().split()
    return bool(words) and words[-1] not in INVESTIGATORS and not (
        len(words) == 1 and words[0] in PRONOUNS)


def _subject_token(verb: Token, start: int, end: int) -> tuple[Token | None, bool]:
    """The token standing as the verb's subject, and whether it is another verb's.

    Its own subject first; a relative clause's is the noun it describes ("leaders
    who say"), as is a participle's ("voters saying they ..."), unless that noun
    is a document ("a statement saying"), which speaks for the subject of the
    clause it is the object of. Otherwise the subject of the verb it depends on,
    a few links up. An infinitive under a verb with an object ("urged him to say")
    is the object's, so the search stops there.
    """
    node, shared = verb, False
    through_preposition = False
    for _ in range(6):
        deps = ("nsubj", "csubj", "nsubjpass") if through_preposition else ("nsubj", "csubj")
        subject = next((c for c in node.children if c.dep_ in deps and start <= c.idx < end
                        and not _punctuation(c)), None)
        if subject is not None:
            if node.dep_ == "relcl" and subject.lower_ in RELATIVES:
                return node.head, True
            return subject, shared
        if any(c.dep_ in ("nsubjpass", "expl") for c in node.children):
            return None, shared  # "it was confirmed ..., claiming": nobody said it here
        if node is verb:
            # "Jane Doe predicts that ...", "about 4 in 10 say ...": the parse may take the
            # words right before the verb for a modifier of it; they are its subject.
            before = next((c for c in verb.lefts if c.dep_ in _MISREAD_SUBJECTS
                           and max(t.i for t in c.subtree) == verb.i - 1
                           and start <= c.idx), None)
            if before is not None and (before.is_alpha and before.text[:1].isupper()
                                       or before.like_num):
                return before, False
        head = node.head
        if head is node or not start <= head.idx < end:
            return None, shared
        if node.dep_ == "acl":
            if head.lower_ not in DOCUMENT_NOUNS and head.lower_.rstrip("s") not in DOCUMENT_NOUNS:
                return head, True
            if head.dep_ not in ("dobj", "pobj"):
                return None, shared
            node, shared = head.head, True
            through_preposition = head.dep_ == "pobj"
            continue
        if node.dep_ not in _SHARING or node.dep_ == "pobj" and not through_preposition:
            return None, shared
        if node.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in head.children):
            return None, shared
        through_preposition = through_preposition or node.dep_ in ("pcomp", "prep")
        node, shared = head, True
    return None, shared


#: Subjects that stand for no speaker: expletive "it", demonstratives.
_NO_SPEAKER = frozenset("it this that these those there what which who you".split())
#: Objects a side is never taken on: pronouns, whose referent the rules do not follow
#: here, and reflexives ("defended himself").
NO_OBJECTS = _NO_SPEAKER | frozenset(
    "him her them me us himself herself themselves itself myself ourselves".split())
#: Pronouns a described speaker may be written as.
PRONOUNS = frozenset("he she they we i us them who it".split())


def _punctuation(token: Token) -> bool:
    """Punctuation, but not a per cent sign, which heads a share ("85% of voters")."""
    return token.is_punct and token.text != "%"


def _described_group(token: Token) -> bool:
    """"those surveyed", "those who voted": a demonstrative a clause describes."""
    return token.lower_ == "those" and any(c.dep_ in ("acl", "relcl") for c in token.children)


def _as_written(index: _Index, token: Token) -> Speaker | None:
    """The noun phrase of ``token`` as written: a "description" speaker, not resolved."""
    if _punctuation(token) or token.lower_ in _NO_SPEAKER and not _described_group(token):
        return None
    if token.like_num and sum(1 for _ in token.subtree) < 3:
        return None  # "Two said"; but a share of a group speaks: "six in 10 voters say"
    # Not a clause on the noun ("leaders who say ...", "voters saying ..."): that is
    # the reporting predicate itself, or another.
    # ("those surveyed" keeps its participle: without it the group is no one.)
    kept = ("relcl",) if _described_group(token) else ("relcl", "acl")
    clauses = {t.i for c in token.children if c.dep_ in kept for t in c.subtree}
    words = [t for t in token.subtree if not t.is_space and t.i not in clauses]
    if len(words) > 8:  # a long phrase: its head and the words before it
        words = [t for t in words if t.i <= token.i][-4:]
    # Never across a paragraph break: a dateline or heading is not part of the subject.
    words = [t for t in words if "\n\n" not in index.text[t.idx:token.idx]]
    if not words:
        return None
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    text = index.text[start:end]
    name = text[4:] if text.lower().startswith("the ") else text
    return Speaker(name=name, kind="description", text=text, start=start, end=end)


def _build(index: _Index, raw: Sequence[RawQuote], verb: Token, content: list[Token],
           speaker: Speaker | None, evidence: str, *,
           cue_end: int | None = None) -> Quote | None:
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
    least = {"object": MIN_OBJECT_WORDS, "naming": 2, "stance": 1}.get(evidence,
                                                                       MIN_CONTENT_WORDS)
    if evidence == "object" and content and all(t.ent_type_ == "PERSON" for t in content):
        least = 1
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
    if quoted_share * 2 >= 1:
        return None  # a quotation: the quotation extractor reports it
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
        confidence=confidence(kind, evidence, _resolution(speaker), cue=cue.text, speaker=speaker),
        fragments=tuple(fragments),
    )


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
