"""Reported speech, part one: what a reporting predicate reports.

Given a reporting word, :func:`find_content` finds the tokens it reports and
says how they hang from it ("clause", "request", "naming", "stance",
"object", "wish", "commitment"), or None when the parse gives it no content:
a question, a telephone call, an appeal to the public, a thing found rather
than a finding stated. The kind of content picks the confidence cell when the
speaker is the verb's subject (see :mod:`.reported`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import DOCUMENT_NOUNS
from .quotemarks import DOUBLE_OPEN, SINGLE_OPEN
from .reported_cues import (
    ABOUT,
    ANSWERS,
    ASK_VERBS,
    ATTITUDE_VERBS,
    CALLS,
    CITING_VERBS,
    COMMITMENT_VERBS,
    COPULAS,
    COUNTS,
    DECLINING_VERBS,
    ENDORSING,
    FINDING_VERBS,
    NAMING_VERBS,
    NO_OBJECTS,
    NO_SPEAKER,
    OBJECT_CUES,
    OBJECT_VERBS,
    OFFERING,
    OPEN_STANCE_VERBS,
    POLLS,
    PUBLIC,
    PUBLISHING_VERBS,
    QUESTION_MARKS,
    QUESTIONING,
    READER,
    REFERRING_VERBS,
    REPORTING_VERBS,
    REQUEST_VERBS,
    SAY_VERBS,
    SAYING_INFINITIVES,
    SEEING_VERBS,
    SETTING_OUT_VERBS,
    SHOW_VERBS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    STANCE_VERBS,
    TALKING_VERBS,
    TOPIC_VERBS,
    WANTS,
    WH_WORDS,
    WISH_VERBS,
    forms,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

#: A reported clause longer than this many tokens is a parse run on over
#: unpunctuated text (thousands of "X said:" lines), not what one person said;
#: the bound also keeps the work per reporting verb constant.
MAX_CONTENT_TOKENS = 200


def find_content(verb: Token, lo: int, hi: int) -> tuple[list[Token], str] | None:
    """The tokens the verb reports, and how they hang from it; None for no content."""
    if verb.lower_ in SEEING_VERBS:
        seen = _seen_as(verb, lo, hi)  # only "as": "will see workshops take place" is no view
        return (seen, "naming") if seen is not None else None
    if verb.lower_ in ASK_VERBS:
        question = _question(verb, lo, hi)
        if question is not None:
            return question, "question"
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
    stray = _stray_that_clause(verb, lo, hi)
    if stray is not None:
        return _to_sentence_end(verb, stray, hi), "clause"
    answer = _answer(verb, lo, hi)
    if answer is not None:
        return answer, "object"
    aside = _as_aside(verb, lo, hi)
    if aside is not None:
        return aside, "clause"
    misread = _misread_clause(verb, lo, hi)
    if misread is not None:
        return _to_sentence_end(verb, misread, hi), "clause"
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
                and obj.lower_ not in NO_SPEAKER \
                and (not obj.ent_type_ or lower in ATTITUDE_VERBS and obj.ent_type_ == "PERSON"
                     or lower in ENDORSING and obj.ent_type_ in ("ORG", "NORP")):
            # "announced a review of the scheme"; "criticised the council for its
            # delay", "praised the officers for their bravery": what it was for.
            reason = [t for c in verb.children if c.dep_ == "prep" and c.i > obj.i
                      and lower in ATTITUDE_VERBS and c.lower_ in ("for", "of")
                      and lo <= c.idx < hi for t in c.subtree]
            return sorted([*obj.subtree, *reason], key=lambda t: t.i), "object"
    if lower in TALKING_VERBS:
        topic = _topic(verb, lo, hi)
        return (topic, "stance") if topic is not None else None
    if lower in DECLINING_VERBS:
        declined = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i
                         and c.lower_ in SAYING_INFINITIVES and lo <= c.idx < hi), None)
        return (list(declined.subtree), "commitment") if declined is not None else None
    if lower in OBJECT_CUES:
        voiced = _voiced(verb, lo, hi)
        return (voiced, "object") if voiced is not None else None
    if lower in WANTS:
        wanted = next((c for c in verb.children if c.dep_ in ("dobj", "ccomp") and c.i > verb.i
                       and lo <= c.idx < hi), None)
        if wanted is not None and wanted.lower_ not in NO_OBJECTS \
                and not any(c.dep_ == "xcomp" for c in verb.children):
            # "Jane Doe wants a public inquiry", "most voters want all the money back".
            return list(wanted.subtree), "wish"
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
#: Dependencies of a noun: a reporting word in one ("a lead of four points", "the
#: claims") is no other attribution's verb.
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "dative",
                        "compound", "poss", "npadvmod"})
#: The words before a verb that belong to its own clause: subject, auxiliaries, negation.
_VERB_GROUP = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass", "neg"})


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
        if token.lower_ in REPORTING_VERBS and token.dep_ not in _NOUN_DEPS \
                or token.lower_ in _CONTENT_STOPS:
            break
        end, k = k, k + 1
    if end == last:
        return tokens
    if k < stop_end and doc[k].lower_ in REPORTING_VERBS and doc[k].dep_ not in _NOUN_DEPS:
        # ", Jane Doe said", "but she did not say": nor is the other verb's clause.
        own = [c.left_edge.i for c in doc[k].children if c.i < k and c.dep_ in _VERB_GROUP]
        end = min(end, min(own, default=k) - 1)
    while end > last and (doc[end].is_punct or doc[end].is_space or doc[end].dep_ == "cc"):
        end -= 1
    return tokens + list(doc[last + 1:end + 1])


def _answer(verb: Token, lo: int, hi: int) -> list[Token] | None:
    """"Asked whether ..., 75 percent said yes", "Jane Doe said the same of the plan".

    The answer a verb of saying gives in a word: yes, no, so, or the same (with
    what it was said of); what it stands for is said elsewhere, but the answer
    is still what the speaker said.
    """
    if verb.lower_ not in SAY_VERBS:
        return None
    word = next((c for c in verb.children if c.i > verb.i and lo <= c.idx < hi and (
        c.lower_ in ANSWERS and c.dep_ in ("intj", "advmod", "dobj") and c.i == verb.i + 1
        or c.lower_ == "same" and c.dep_ == "dobj")), None)
    if word is None:
        return None
    return list(word.subtree)


def _as_aside(verb: Token, lo: int, hi: int) -> list[Token] | None:
    """"As Jane Doe noted, the vote is close": the clause the aside is attached to.

    A reporting verb marked by "as", with a subject of its own, in front of or
    inside the clause it hangs on: that clause is what was noted or said.
    """
    if verb.dep_ != "advcl" or verb.lower_ not in SPEECH_VERBS \
            or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
            or not any(c.dep_ == "nsubj" and c.lower_ not in NO_SPEAKER for c in verb.children) \
            or any(c.dep_ not in _ASIDE_DEPS or c.dep_ == "aux" and c.lower_ in _MAYBE
                   for c in verb.children):
        return None  # "as they pledge to act", "as these could suggest that": a reason
    own = {t.i for t in verb.subtree}
    tokens = [t for t in verb.head.subtree if t.i not in own and lo <= t.idx < hi
              and not (t.dep_ == "cc" and t.head.i == verb.head.i and t.i < verb.i)]
    return tokens or None


#: Auxiliaries of a supposition, not of an aside: "as these could suggest".
_MAYBE = frozenset("may might could would should".split())
#: What an aside holds besides its subject: "as Jane Doe noted on Monday, ...".
_ASIDE_DEPS = frozenset({"mark", "nsubj", "aux", "advmod", "punct", "npadvmod", "prep", "neg"})
#: A verb inside the misread object, which makes it a clause.
_INNER_CLAUSES = frozenset({"relcl", "acl", "ccomp", "advcl"})
#: Objects of "say" that are no statement: "said nothing", "said a prayer".
_NOT_SAID = frozenset("nothing anything something little much prayer prayers goodbye hello "
                      "thanks sorry grace word words".split())


def _misread_clause(verb: Token, lo: int, hi: int) -> list[Token] | None:
    """"said families of people killed by police file lawsuits": a clause parsed as an object.

    A verb of saying with no clause, whose object (or gerund) right after it is a
    phrase of at least four words, is followed by what was said: the parse took
    the clause's subject for the verb's object. Never a short object ("said a
    prayer", "said nothing") nor one with another frame ("said it to him").
    """
    if verb.lower_ not in SAY_VERBS or any(c.dep_ in ("auxpass", "nsubjpass", "dative")
                                           for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "xcomp") and c.i > verb.i
                and c.left_edge.i == verb.i + 1 and lo <= c.idx < hi), None)
    if obj is None or obj.lower_ in NO_OBJECTS or obj.lower_ in _NOT_SAID \
            or obj.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to"
                                           for a in obj.children):
        return None
    tokens = [t for t in obj.subtree if lo <= t.idx < hi]
    if sum(1 for t in tokens if t.is_alpha) < 4 or any(t.is_punct and t.text in '"“”'
                                                       for t in tokens):
        return None
    if verb.dep_ == "xcomp" or not any(t.dep_ in _INNER_CLAUSES for t in tokens):
        return None  # "would like to say a big well done": no clause inside, nor said yet
    return tokens


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
    if obj is None or not (_by_poll(verb, lo, hi) or _by_count(verb, obj, lo, hi)):
        return None
    return _to_sentence_end(verb, list(obj.subtree), hi)


def _by_count(verb: Token, obj: Token, lo: int, hi: int) -> bool:
    """"The analysis shows Democratic groups outpacing Republicans": a count or an
    analysis showing a state of things (an object and what it is doing), not a
    search or an examination, whose object is a thing found."""
    finder = next((c for c in verb.children if c.dep_ == "nsubj" and lo <= c.idx < hi), None)
    return verb.lower_ in SHOW_VERBS and finder is not None and finder.lower_ in COUNTS \
        and any(c.dep_ in ("acl", "advcl", "amod") or c.dep_ == "prep" and c.lower_ in ("at", "with")
                for c in obj.children) and obj.lower_ not in NO_OBJECTS


def _by_poll(verb: Token, lo: int, hi: int) -> bool:
    """Whether the verb's subject is a poll, survey or study (:func:`is_poll`)."""
    finder = next((c for c in verb.children if c.dep_ == "nsubj" and lo <= c.idx < hi), None)
    return finder is not None and is_poll(finder)


def is_poll(token: Token) -> bool:
    """A poll, survey or study (:data:`POLLS`), or a figure made of polls: "an
    average of polls", "polling averages"."""
    if token.lower_ in POLLS:
        return True
    return any(c.dep_ == "compound" and c.lower_ in POLLS
               or c.dep_ == "prep" and c.lower_ == "of"
               and any(g.dep_ == "pobj" and g.lower_ in POLLS for g in c.children)
               for c in token.children)


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
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children) \
            and obj.lower_ not in NO_OBJECTS:
        # "called out her rival for alienating voters": a charge, with what it is for.
        reason = [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                  and c.i > obj.i for t in c.subtree]
        return sorted([*obj.subtree, *reason], key=lambda t: t.i) if reason else None
    if obj is not None:
        return None  # "called the resident on her landline": a telephone call
    for clause in verb.children:
        # "called for the council to act", parsed as a clause marked by "for".
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"), None)
        if clause.dep_ == "advcl" and mark is not None and mark.i == verb.i + 1:
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")),
                           None)
            if subject is None or _is_public(subject):
                return None
            return [t for t in clause.subtree if t.i != mark.i]
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "on") or prep.i != verb.i + 1:
            continue
        # "called for a review", and "called for scrapping the scheme" (a gerund).
        target = next((c for c in prep.children if c.dep_ == "pobj"
                       or c.dep_ == "pcomp" and prep.lower_ == "for"), None)
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


def _stray_that_clause(verb: Token, lo: int, hi: int) -> list[Token] | None:
    """"said on Friday during a news conference that he may wait": the clause the
    parse hangs on the noun of a phrase after the verb, as if it were a relative
    clause. A relative clause's "that" is its subject or object, never a marker;
    marked "that", the clause is what the verb reports."""
    if verb.lower_ not in SPEECH_VERBS:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            clause = next((c for c in noun.children if c.dep_ in ("relcl", "acl")
                           and lo <= c.idx < hi and any(
                               g.dep_ == "mark" and g.lower_ == "that" and g.i < c.i
                               for g in c.children)), None)
            if clause is not None and clause.right_edge.i - clause.left_edge.i \
                    <= MAX_CONTENT_TOKENS:
                return list(clause.subtree)
    return None


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
    if len(parts) == 1 and parts[0].dep_ == "dobj" and _ends_quoting(parts[0]):
        # "called the idea that she had anything to prove a "ridiculous proposition"":
        # the parse may hang the name inside a long object; the quotation ends it.
        return list(parts[0].subtree)
    if len(parts) < 2:
        return []
    # "called her vote in favour of the war a mistake": the parse may hang what
    # lies between the object and its name on the verb; it is part of the naming.
    tokens = [t for c in parts for t in c.subtree]
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    if first > verb.i:
        return list(verb.doc[first:last + 1])
    return sorted(tokens, key=lambda t: t.i)


#: Marks that may open a quotation, as the tokenizer splits them.
_OPENING_MARKS = DOUBLE_OPEN | SINGLE_OPEN | frozenset({'"', "'", "''", "``"})


def _ends_quoting(obj: Token) -> bool:
    """Whether the object's phrase goes on into a quotation after a word of its own."""
    tokens = list(obj.subtree)
    return any(t.text in _OPENING_MARKS and k > 0 for k, t in enumerate(tokens[:-1]))


def _seen_as(verb: Token, lo: int, hi: int) -> list[Token] | None:
    """"see the plan as a waste", "viewed her as a rival": the thing and what it is seen as."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i
                and lo <= c.idx < hi), None)
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                and obj is not None and c.i > obj.i and c.idx < hi), None)
    if obj is None or as_ is None or obj.lower_ in NO_SPEAKER:
        return None
    return list(verb.doc[obj.left_edge.i:as_.right_edge.i + 1])


def _question(verb: Token, lo: int, hi: int) -> list[Token] | None:
    """What was asked: "asked whether the road would reopen", "asked about the delay".

    The question's clause (marked by "if"/"whether" or opened by a wh-word) or the
    object of "about"; not an appeal to the public ("asked if anyone saw the van",
    "asked about anyone who was there"), whose content is a request for help.
    """
    after = [c for c in verb.children if c.i > verb.i and lo <= c.idx < hi]
    # A wh-word opens a question only in the verb's complement: "asked, when he
    # arrived, ..." is a time.
    clause = next((c for c in after if c.dep_ in ("ccomp", "advcl") and (
        any(g.dep_ == "mark" and g.lower_ in QUESTION_MARKS for g in c.children)
        or c.dep_ == "ccomp" and c.left_edge.lower_ in WH_WORDS and c.left_edge.i > verb.i)),
        None)
    if clause is not None:
        if clause.right_edge.i - clause.left_edge.i > MAX_CONTENT_TOKENS:
            return None
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and (subject.lower_ in READER or subject.lower_ in PUBLIC):
            return None
        return list(clause.subtree)
    about = next((c for c in after if c.dep_ == "prep" and c.lower_ == "about"
                  and c.i <= verb.i + 2), None)
    topic = next((c for c in about.children if c.dep_ in ("pobj", "pcomp")), None) \
        if about is not None else None
    if topic is None or topic.lower_ in NO_OBJECTS or topic.lower_ in READER \
            or topic.lower_ in PUBLIC:
        return None
    return list(topic.subtree)


#: Prepositions whose object says what a voiced view is about, or of whom or as
#: what: "voiced concern over the cuts", "hailed the ruling as a victory",
#: "thanked the crew for their work".
_ABOUT_OR_TO = frozenset("about over on of to for as at with against".split())


def _voiced(verb: Token, lo: int, hi: int) -> list[Token] | None:
    """"voiced concern over the cuts", "released a statement", "laid out her plan".

    The noun object of a verb of :data:`OBJECT_CUES`, with the prepositions after
    it that say what it was about. Each family has its own condition on that
    object: a document for publishing verbs ("released the man" reports
    nothing), not a person for "question" ("questioned the driver"), and the
    particle "out" for "lay" and "spell" ("laid a wreath").
    """
    lower = verb.lower_
    if lower in SETTING_OUT_VERBS and not any(
            c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None
    if verb.dep_ == "xcomp" and verb.head.lower_ in _NOT_DONE:
        return None  # "want to thank everyone", "plans to unveil a bill": not done yet
    if any(c.dep_ in ("xcomp", "ccomp", "oprd") for c in verb.children):
        return None  # "listed the car as stolen", "thanked them to ...": another frame
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i
                and lo <= c.idx < hi), None)
    if obj is None or obj.lower_ in NO_OBJECTS:
        return None
    if obj.lower_ in SPEECH_NOUNS and any(c.dep_ in ("acl", "ccomp") for c in obj.children):
        return None  # "expressed concern that ...": the noun's clause is the content
    if lower in PUBLISHING_VERBS and obj.lower_ not in DOCUMENT_NOUNS \
            and obj.lower_.rstrip("s") not in DOCUMENT_NOUNS:
        return None  # "released the man", "issued a fine": no document put out
    if lower in OFFERING and (obj.ent_type_ in ("MONEY", "CARDINAL", "PERSON")
                              or any(c.dep_ == "dative" for c in verb.children)
                              or obj.lower_ in _THINGS_OFFERED):
        return None  # "offered him a lift", "offered a reward", "offered £500": a deed
    if lower in QUESTIONING and (obj.ent_type_ == "PERSON" or obj.lower_ in _PEOPLE):
        return None  # "questioned the driver": an interview, not doubt voiced
    about = [t for c in verb.children if c.dep_ == "prep" and c.i > obj.i
             and c.lower_ in _ABOUT_OR_TO and lo <= c.idx < hi for t in c.subtree]
    return sorted([*obj.subtree, *about], key=lambda t: t.i)


#: Heads of an infinitive that is not yet done, or not done at all.
_NOT_DONE = WISH_VERBS | COMMITMENT_VERBS | DECLINING_VERBS | forms("try need fail")
#: "offered a reward", "offered a lift": what is offered as a thing, not a view.
_THINGS_OFFERED = frozenset(
    "reward rewards lift ride money cash job jobs place deal discount refund bribe help".split())
#: People questioned, not a thing doubted.
_PEOPLE = frozenset(
    "man woman men women boy girl driver suspect suspects witness witnesses people person"
    .split())
