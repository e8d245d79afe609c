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
* appeals put as questions ("asked if anyone had seen") and statements withheld
  ("did not say whether"); a question asked is reported, its content the question
  and its speaker the asker when named ("Asked about the delay, Jane Doe said":
  the asker is unnamed, never Jane Doe);
* a clause inside a quotation: that is the quotation's own speaker speaking.

Passive and impersonal reporting ("It is alleged that", "He was told that",
"The court heard that") keeps the content, with the agent as speaker when one
is named ("by the judge") and no speaker otherwise. Content that quotes a
fragment is ``mixed`` and carries the fragments; content that is mostly in
quotation marks is left to the quotation extractor.

This module finds the reporting words and decides, for each, whether it
reports speech; the work is done in five parts a reader can take one at a time:

* :mod:`.reported_cues`: the word lists (which verbs report what);
* :mod:`.reported_candidates`: the words to look at (the lists', and in news
  any word with a "that" clause);
* :mod:`.reported_content`: what a reporting verb reports (its content tokens);
* :mod:`.reported_speaker`: who reports it (the speaker and the evidence);
* :mod:`.reported_build`: the Quote (parts, fragments, kind, confidence);

and :mod:`.reported_phrases` handles the phrases that frame a sentence
("according to", "in a poll").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import Entity, Organization, Person, Quote, Span, Speaker
from .lexicon import PERSONAL_PRONOUNS
from .nametokens import inside_a_name
from .quotemarks import RawQuote, find_quotations
from .reported_build import build_quote
from .reported_candidates import cue_candidates
from .reported_content import find_content
from .reported_cues import (
    ASK_VERBS,
    CUE_VERBS,
    FINDING_VERBS,
    GROUP_SIDE_VERBS,
    HEARSAY_ADVERBS,
    HEDGE_VERBS,
    HYPOTHETICAL,
    INQUIRIES,
    INQUIRY_VERBS,
    NEWS_CUES,
    POLLS,
    REPORTING_VERBS,
    SEEING_VERBS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    STANCE_VERBS,
    VIEW_VERBS,
    WISH_VERBS,
    forms,
)
from .reported_phrases import according, headline, hearsay, hedge, in_poll, noun_clause
from .reported_speaker import find_speaker, holds_views, question_speaker
from .textindex import _Index

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def extract_reported(doc: Doc, text: str, paragraphs: tuple[Span, ...],
                     entities: Sequence[Entity], people: Sequence[Person],
                     organizations: Sequence[Organization], *, release: bool = False
                     ) -> list[Quote]:
    """Reported-speech quotes of ``doc`` (kinds "indirect" and "mixed"), in text order.

    ``release``: the document is a publisher's own release (its confidence cells).
    """
    candidates = cue_candidates(doc, open_cues=not release)
    if not candidates:
        return []
    raw = find_quotations(text, paragraphs)
    index = _Index(doc, text, entities, people, organizations, raw, release=release)
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

    A direct quote lying inside a mixed quote's content is one of its fragments:
    the mixed quote takes its place when the reporting verb names a speaker or the
    fragment has none. Reported content that overlaps a direct quote otherwise
    is left out.
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
        if quote.speaker is None and any(direct[k].speaker is not None for k in inside):
            # A fragment whose speaker the quotation rules found, in content whose
            # speaker the reporting verb does not give: keep the direct quote alone.
            # Otherwise the subject of the reporting verb around the fragment ("Jane
            # Doe said the plan was "dead on arrival"", "agents described the ground
            # as "Swiss cheese"") is surer than the quotation rules' guess from
            # outside, so the mixed quote keeps its fragments.
            continue
        absorbed.update(inside)
        kept.append(quote)
    merged = [d for k, d in enumerate(direct) if k not in absorbed] + kept
    merged.sort(key=lambda q: (q.start, q.end))
    return tuple(merged)


#: Dependencies of a noun: a word of :data:`SPEECH_NOUNS` in one is not a verb
#: ("Jane Doe's claim that ..." but "Jane Doe claims that ...").
_NOMINAL = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "dative"})
#: Auxiliaries under which a wish or a side is not held: "may want to check".
_MODALS = frozenset("may might could should would must ca can".split())
#: Heads under which a reporting verb says what was not, or need not be, said: "failed
#: to tell police", "unable to explain why", "found the courage to tell staff".
_UNSAID_HEADS = forms("fail try refuse need have let") | frozenset(
    {"able", "unable", "courage", "chance", "opportunity"})
_HAVE = forms("have")
#: Auxiliaries under which a view, a promise or a request is the writer's supposition:
#: "voters should know", "the council could threaten to ...".
_SUPPOSED = frozenset("may might could should would".split())
#: Contents that are a deed to be done, not words: a wish or a commitment ("wants to
#: speak to", "vowed to find"), a request or order ("urged them to call").
_ACTS_ASKED_OR_MEANT = frozenset({"wish", "commitment", "request"})


def _not_said(verb: Token) -> bool:
    """A reporting verb that reports nothing said: negated ("could not explain why",
    "did not tell anyone"), or under a verb of failing or a chance to ("failed to tell
    police he had moved", "let us know they are in danger")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    # (an infinitive or complement of the head, never a clause beside it: "having a
    # cigarette when security told him to put it out" reports what security said)
    return verb.dep_ in ("xcomp", "acl", "ccomp") and head is not verb \
        and head.lower_ in _UNSAID_HEADS and (verb.dep_ == "xcomp" or head.lower_ not in _HAVE)


def _reported(index: _Index, raw: Sequence[RawQuote], verb: Token) -> Quote | None:
    """The reported-speech quote the reporting word ``verb`` cues, or None."""
    lower = verb.lower_
    lo, hi = _unit(index, verb)
    if lower == "according":
        return according(index, raw, verb, lo, hi)
    if lower in POLLS:
        return in_poll(index, raw, verb, lo, hi)
    if lower == ":":
        return headline(index, raw, verb, lo, hi)
    if lower in SPEECH_NOUNS and verb.dep_ in _NOMINAL:
        return noun_clause(index, raw, verb, lo, hi)
    if lower in HEDGE_VERBS or lower == "expected":
        # In a publisher's own release "is expected to appear at court" is its
        # schedule, not a view it reports.
        hedged = None if index.release else hedge(index, raw, verb, lo, hi)
        if hedged is not None or lower in HEDGE_VERBS:
            return hedged
    if index.release and lower in NEWS_CUES:
        # "listed the vehicle", "thanked the public", "released the man", "refused to
        # answer questions": in a publisher's own release these are deeds in the story
        return None
    if lower in HEARSAY_ADVERBS:
        return hearsay(index, raw, verb, lo, hi)
    if not verb.is_alpha or verb.text[:1].isupper() and verb.i != verb.sent.start \
            and not _news_headline(index, verb):
        return None  # "Councillor Says Action Needed": a heading in title case
    if verb.dep_ in ("amod", "compound", "nmod", "dobj", "pobj", "nsubj", "nsubjpass") \
            or inside_a_name(verb):
        return None  # a noun or modifier: "the reported incident", "a statement"
    if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL for c in verb.children):
        return None  # "If officers believe someone could ...": nothing was said
    if index.release and _not_said(verb):
        return None  # "failed to tell police he had moved": in a release, nothing was said
    found = find_content(verb, lo, hi)
    if found is None:
        return None
    content, how = found
    if index.release and how in _ACTS_ASKED_OR_MEANT:
        # "threatened to pull a knife", "told the man to leave", "pledge to crack down":
        # in a publisher's own release a threat, an order or an aim is an act in the
        # story, with no content clause of anyone's words
        return None
    if how in _OBJECT_CONTENTS:
        content = _with_complements(verb, content, hi)
    content = [t for t in content if lo <= t.idx < hi]
    if how in ("wish", "stance", "object") and any(
            c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return None  # "did not endorse a candidate", "may want to check": nothing taken or wished
    if (how in ("commitment", "request") or lower in VIEW_VERBS) and any(
            c.dep_ == "aux" and c.lower_ in _SUPPOSED for c in verb.children):
        return None  # "the firm could threaten to sell", "many would hope ...": supposed, not held
    if how == "question":
        if any(c.dep_ == "neg" for c in verb.children):
            return None  # "did not ask about the delay": nothing was asked
        # The asker is the verb's own subject, never the one who answers ("Asked
        # about the delay, Jane Doe said ..."): an unnamed interviewer is no one.
        if index.release and any(c.dep_ == "nsubj" and c.lower_ in PERSONAL_PRONOUNS
                                 for c in verb.children):
            # "he asked if they had any cigarettes": in a release, an event in the story
            return None
        asker = question_speaker(index, verb, lo, hi)
        if asker is None and not _answered(verb):
            return None  # "a resident who was asked where the gold was": no interview
        return build_quote(index, raw, verb, content, asker, "question")
    if index.release and (lower in FINDING_VERBS or lower in INQUIRY_VERBS and any(
            c.dep_ == "nsubj" and c.lower_ in INQUIRIES for c in verb.children)):
        # "A post mortem examination found he died of ...", "research shows that ...",
        # "enquiries revealed that ...": in a publisher's own release a finding is its
        # account of the facts, not someone's words it reports
        return None
    evidence, speaker = find_speaker(index, verb, lo, hi)
    if evidence is None or evidence == "reporting_verb" and speaker is None:
        return None  # an active verb whose subject cannot be found: too weak to report
    if lower in ASK_VERBS and how != "request":
        return None  # asking with no question or request: "asked for a photo"
    wish_or_stance = how in ("wish", "stance") or lower in ASK_VERBS or lower not in SPEECH_VERBS \
        and lower not in VIEW_VERBS and (lower in WISH_VERBS or lower in STANCE_VERBS)
    if wish_or_stance and (speaker is None or speaker.kind != "person") and not (
            how == "stance" and speaker is not None and (
                speaker.kind == "organization" or _group_side(verb, speaker))) and not (
            how == "wish" and speaker is not None and _share_of_group(speaker)):
        # A wish is reported as a named person's only, a side taken as a named
        # person's or body's ("the Supreme Court rejected the request"), or a
        # described group's on someone named ("six in 10 voters backed Jane Doe").
        return None
    if lower in SEEING_VERBS and (speaker is None or speaker.kind != "person") \
            and not holds_views(speaker):
        return None  # "they see it as a waste": a view only of someone named or described
    if index.release and evidence == "shared_subject" and how in _OBJECT_CONTENTS:
        return None  # "were proud to support the festival": in a release, a deed
    if evidence == "reporting_verb" and how != "clause":
        evidence = how  # a request, commitment or naming: its own confidence cell
    return build_quote(index, raw, verb, content, speaker, evidence, how=how)


def _news_headline(index: _Index, verb: Token) -> bool:
    """A news article's headline, whose title case hides no heading of a release:
    "Councillor Says Action Needed" opening an article reports what she said."""
    return not index.release and not index.text[:index.paragraph(verb.idx)[0]].strip()


#: Contents that are the verb's object: what the verb's complements go on to say of it.
_OBJECT_CONTENTS = frozenset({"stance", "object"})
#: Entities a preposition's object is when it says when or where: its setting.
_SETTINGS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
_SETTING_PREPOSITIONS = frozenset("in at on during after before since until by".split())


def _with_complements(verb: Token, content: list[Token], hi: int) -> list[Token]:
    """The object and the verb's prepositions after it, as a reader takes the content:
    "supported Jane Doe amid the scandal", "blamed the council for the delay" (other
    complements measured no better on PolNeAR train)."""
    if not content:
        return content
    last = max(t.i for t in content)
    extra: list[Token] = []
    for c in verb.children:
        if c.i <= last or c.idx >= hi or c.dep_ != "prep" \
                or c.lower_ in CUE_VERBS or verb.doc[c.i - 1].is_punct:
            continue  # ", saying ...": a predicate of its own, after a comma
        if c.lower_ in _SETTING_PREPOSITIONS or any(
                g.dep_ == "pobj" and g.ent_type_ in _SETTINGS for g in c.children):
            continue  # "endorsed Smith on Wednesday", "in the primary": when and where
        extra += list(c.subtree)
    return content + extra


def _share_of_group(speaker: Speaker) -> bool:
    """A share of a group, as a poll reports it: "six in 10 voters", "most Democrats",
    "a majority of residents", "45 percent": what they want is the poll's finding,
    where "the family want ..." is the writer's summary."""
    words = speaker.text.lower().replace("%", " percent").split()
    return holds_views(speaker) and any(w in _SHARES or w[:1].isdigit() for w in words)


#: Words that make a group a share of one.
_SHARES = frozenset("majority majorities half third thirds quarter quarters most percent".split())


def _group_side(verb: Token, speaker: Speaker) -> bool:
    """A described group taking a side on a named person or body.

    "Six in 10 voters supported Jane Doe", "most unions backed the Labour Party":
    a group's support is what polls and results report. Only on a name (a group
    "opposed the bypass" or "supported the family" is the writer's summary of
    deeds), and not for a pronoun or the investigators of a release
    (:func:`holds_views`).
    """
    contrast = _contrast(verb)
    if verb.lower_ not in GROUP_SIDE_VERBS or not holds_views(speaker) \
            or not speaker.text.split()[-1][:1].islower() \
            or verb.dep_ not in _CLAUSE_DEPS and not contrast:
        return False  # "Pate backed ...": a name the rules do not know is no group
    frame = verb.head if contrast else verb  # the clause it is set against frames both
    if any(a.lower_ in REPORTING_VERBS for a in frame.ancestors):
        return False  # "a poll found that most voters back Jane Doe": the poll's finding
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    return obj is not None and obj.ent_type_ in ("PERSON", "ORG", "NORP")


#: Where a group's side is its own clause, not a modifier ("a fund supporting Jane
#: Doe") or a reason ("criticised for supporting").
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "relcl"})


def _contrast(verb: Token) -> bool:
    """A clause set against another ("41 percent back Jane Doe, while 19 percent back
    Tom Reed"): a clause of its own, as a conjoined one is, not a reason or a time."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas")
                                        for c in verb.children)


def _answered(verb: Token) -> bool:
    """Whether an unnamed asker's question is answered in its sentence: an interview.

    "Asked about the delay, Jane Doe said ...", "..., she told the paper when asked
    whether ...": the question frames a reporting verb. Asked of someone and left
    there ("a resident who was asked where the gold was"), it is an event in the story.
    """
    return verb.dep_ == "advcl" and verb.head.lower_ in SPEECH_VERBS \
        and verb.head.lower_ not in ASK_VERBS


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

