"""Reported speech, part two: who reports it.

:func:`find_speaker` takes the reporting verb and returns the evidence (the
confidence cell: "reporting_verb", "shared_subject", "passive", "finding",
"hearing") with the speaker, or no evidence when the sentence is not reported
speech after all: "if you are told", "It is believed that", a person finding
a car. The speaker is the verb's subject found with the quotation machinery
(:mod:`.speakers`), else the subject of the verb it depends on, else the
subject's noun phrase as written (a "description" speaker). Never an object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import Speaker
from .lexicon import DOCUMENT_NOUNS
from .reported_content import is_poll
from .reported_cues import (
    FINDERS,
    FINDING_VERBS,
    HEARING_VERBS,
    HEARINGS,
    INQUIRIES,
    INVESTIGATORS,
    NO_SPEAKER,
    PRONOUNS,
    READER,
    RELATIVES,
    SPEECH_VERBS,
    TOLD,
    VIEW_VERBS,
)
from .speakers import _in_dateline, _speaker_from_token, _subject_speaker

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .textindex import _Index


def find_speaker(index: _Index, verb: Token, start: int, end: int
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
                and finder.lower_.rstrip("s") not in FINDERS and not is_poll(finder) \
                and not _stated_finding(index, verb, finder):
            return None, None
        return "finding", _speaker_from_token(index, finder) or as_written(index, finder)
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
                speaker = as_written(index, subject)
            if shared and speaker is not None:
                evidence = "shared_subject"
    if speaker is None and evidence == "reporting_verb":
        speaker = _name_left_of(index, verb, start)
    if lower in VIEW_VERBS and (speaker is None or speaker.kind != "person") and not (
            evidence == "reporting_verb" and holds_views(speaker)):
        return None, None  # a view is reported speech only as a named person's stated view
    return evidence, speaker


def _stated_finding(index: _Index, verb: Token, finder: Token) -> bool:
    """"The records show that he backed both", "she found that ...": in news a finding
    stated in a "that" clause is reported, whoever or whatever makes it (a person
    finding a thing, "she found the keys", has no clause), but not an inquiry's
    inference ("enquiries indicate that ...")."""
    return not index.release and finder.lower_ not in INQUIRIES \
        and any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that"
                                          for m in c.children) for c in verb.children)


def _name_left_of(index: _Index, verb: Token, start: int) -> Speaker | None:
    """"Amid unrest, Senator Jo Vale, the party leader, said ...": a misread subject.

    The parse may hang a name before a verb on something else (here the name is
    read as conjoined with "unrest"), leaving the verb with no subject. A name
    right before the verb, or before it with a lower-case apposition between
    commas, is then its subject, as a reader takes it; never a name further
    back or one the apposition itself holds.
    """
    if verb.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")
                                  for c in verb.children):
        return None
    doc = verb.doc
    k = verb.i - 1
    if k >= 0 and doc[k].text == ",":
        # Back over ", the minority leader," to the name before it.
        j = k - 1
        while j >= 0 and doc[j].text != "," and k - j <= 8 \
                and (doc[j].text[:1].islower() or doc[j].like_num) and not doc[j].ent_type_:
            j -= 1
        if j < 0 or doc[j].text != "," or j == k - 1:
            return None
        k = j - 1
    if k < 0 or doc[k].idx < start or doc[k].ent_type_ not in ("PERSON", "ORG") \
            or index.in_quote(doc[k].idx):
        return None
    return _speaker_from_token(index, doc[k])


#: Links a reporting verb shares its subject through: "went on to say" (xcomp),
#: "hit back, saying" (advcl), "reversed and said" (conj), "more likely to say"
#: (acomp), "after saying" and "in addition to stating" (a preposition's clause).
_SHARING = frozenset({"xcomp", "advcl", "conj", "acomp", "pcomp", "prep", "pobj"})


#: Passives whose subject is the one who will act: "is expected to say", "was set to
#: announce", "is due to tell".
EXPECTATIONS = frozenset("expected set due scheduled poised slated".split())


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


def holds_views(speaker: Speaker | None) -> bool:
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
        if node.lower_ in EXPECTATIONS and shared:
            # "Jane Doe is expected to say that ...": the one expected to speak.
            expected = next((c for c in node.children if c.dep_ == "nsubjpass"
                             and start <= c.idx < end and c.lower_ not in NO_SPEAKER), None)
            if expected is not None:
                return expected, True
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




def _punctuation(token: Token) -> bool:
    """Punctuation, but not a per cent sign, which heads a share ("85% of voters")."""
    return token.is_punct and token.text != "%"


def _described_group(token: Token) -> bool:
    """"those surveyed", "those who voted": a demonstrative a clause describes."""
    return token.lower_ == "those" and any(c.dep_ in ("acl", "relcl") for c in token.children)


def as_written(index: _Index, token: Token) -> Speaker | None:
    """The noun phrase of ``token`` as written: a "description" speaker, not resolved."""
    if _punctuation(token) or token.lower_ in NO_SPEAKER and not _described_group(token) \
            or _in_dateline(index, token):
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


def question_speaker(index: _Index, verb: Token, start: int, end: int) -> Speaker | None:
    """Who asked: the verb's own active subject, or nobody ("when asked", "was asked").

    Not the subject of a verb it depends on: in "Asked about the delay, Jane Doe
    said ..." Jane Doe answers; the one who asked is not named.
    """
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and start <= c.idx < end
                    and not _punctuation(c)), None)
    if subject is None or subject.lower_ in READER:
        return None
    if verb.dep_ == "relcl" and subject.lower_ in RELATIVES:
        subject = verb.head
    return _speaker_from_token(index, subject) or as_written(index, subject)
