"""Pronouns that agree: "he said" continues the subject a reader has in mind.

A pronoun first takes the subject of one of the few sentences before it,
whatever that subject is (a named person, "the PCC", "a witness"), when it
agrees; else the nearest person who is the subject of a clause and whose
gender, where the text shows it, agrees. Gender comes only from the text (a
courtesy title before a mention, or he/she used of the person); it is used to
resolve pronouns and never reported.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import Person, Speaker
from .lexicon import PERSONAL_PRONOUNS, ROLE_NOUNS, TITLE_WORDS
from .personnames import KIN_WORDS
from .textindex import _Index

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})


#: How many sentences back a pronoun looks for the subject it continues.
PRONOUN_SENTENCES = 3
_MASCULINE_TITLES = frozenset({"mr", "sir", "lord", "baron", "king", "prince", "father"})
_FEMININE_TITLES = frozenset({"mrs", "ms", "miss", "lady", "dame", "baroness", "queen",
                              "princess"})
_GENDERED = {"he": "m", "him": "m", "his": "m", "himself": "m",
             "she": "f", "her": "f", "hers": "f", "herself": "f"}


def _resolve_pronoun(index: _Index, token: Token, depth: int = 0) -> Speaker | None:
    """The speaker a pronoun stands for, agreeing in gender and number.

    A reader takes "he said" to continue the subject of the sentences just
    before it, whatever that subject is (a named person, "the PCC", "a
    witness"), so those come first; then the nearest person who is the
    subject of a clause. "he"/"she" need a person or a described individual
    whose gender, where the text shows it, agrees; "they" a body or a group;
    "it" a body or a document. Names inside quotations never count.
    """
    from .speakers import _person_speaker  # speakers resolves pronouns through this module

    lower = token.lower_
    found = _earlier_in_sentence(index, token) or _previous_subject(index, token, depth)
    if found is not None:
        return replace(found, text=token.text, start=token.idx, end=token.idx + len(token.text))
    if lower in ("they", "it"):
        return None
    wanted = _GENDERED.get(lower)
    candidates = [c for c in index.people_before(token.idx)
                  if wanted is None or _gender(index, c[2]) in (None, wanted)]
    if not candidates:
        return None
    chosen = next((c for c in candidates if _is_subject_mention(index, c[0], c[1])),
                  candidates[0])
    person = chosen[2]
    return _person_speaker(person, token.text, token.idx, token.idx + len(token.text),
                           fallback=person.name)


def _earlier_in_sentence(index: _Index, token: Token) -> Speaker | None:
    """"Jane Doe explains more, she said:": the subject of a clause before the
    pronoun in its own sentence, a named person who agrees."""
    from .speakers import _speaker_from_token

    sentence = token.sent
    for candidate in sentence:
        if candidate.i >= token.i:
            break
        if candidate.dep_ != "nsubj" or index.in_quote(candidate.idx) \
                or candidate.lower_ in PERSONAL_PRONOUNS:
            continue
        entity = index.entity_at(candidate.idx)
        if entity is None or entity.label != "PERSON":
            continue
        speaker = _speaker_from_token(index, candidate)
        if speaker is not None and speaker.kind == "person" and _agrees(index, speaker, token.lower_):
            return replace(speaker, text=token.text, start=token.idx,
                           end=token.idx + len(token.text))
    return None


def _previous_subject(index: _Index, token: Token, depth: int) -> Speaker | None:
    """The speaker named by the subject of one of the few sentences before ``token``."""
    from .speakers import _speaker_from_token
    doc = index.doc
    sentence = token.sent
    start = sentence.start
    for _ in range(PRONOUN_SENTENCES):
        if start == 0:
            return None
        previous = doc[start - 1].sent
        start = previous.start
        root = previous.root
        # (a passive subject is the sentence's subject too: "Jane Doe was attacked
        # in 2015. She said: ...")
        subject = next((c for c in root.children if c.dep_ in _SUBJECT_DEPS
                        or c.dep_ == "nsubjpass"), None)
        if subject is None or index.in_quote(subject.idx) or subject.is_punct:
            continue
        if subject.lower_ in PERSONAL_PRONOUNS or subject.lower_ == "it":
            if subject.lower_ != token.lower_ or depth >= 2:
                return None  # another pronoun: a change of subject the rules cannot follow
            return _resolve_pronoun(index, subject, depth + 1)
        if subject.ent_type_ in ("DATE", "TIME", "CARDINAL", "GPE", "LOC", "FAC"):
            continue
        speaker = _speaker_from_token(index, subject)
        if speaker is None:
            continue
        return speaker if _agrees(index, speaker, token.lower_) else None
    return None


def _agrees(index: _Index, speaker: Speaker, pronoun: str) -> bool:
    if pronoun in ("he", "she"):
        if speaker.kind == "person":
            person = index.person_by_name.get(speaker.name)
            gender = _gender(index, person) if person is not None else None
            return gender in (None, _GENDERED[pronoun])
        head = speaker.text.split()[-1].lower() if speaker.text.split() else ""
        return speaker.kind == "description" and not head.endswith("s") \
            and _one_person(speaker.text) \
            and _NOUN_GENDERS.get(re.sub(r"['’]s$", "", head)) in (None, _GENDERED[pronoun])
    if pronoun == "they":
        return speaker.kind in ("organization", "description")
    if pronoun == "it":
        return speaker.kind in ("organization", "document")
    return speaker.kind in ("person", "organization", "description")  # "I", "we"


#: Nouns for one person, which "he" or "she" can stand for; beside them kin words,
#: ranks and posts. A thing ("the abuse", "the collision") is never "she".
PERSON_NOUNS = frozenset(
    """
    man woman boy girl lady gentleman person individual victim witness driver rider cyclist
    motorist motorcyclist pedestrian passenger resident neighbour neighbor friend customer
    shopper student pupil child teenager youth suspect defendant offender survivor colleague
    worker employee patient owner visitor tenant landlord caller parent relative someone
    spokesperson spokesman spokeswoman representative source
    """.split()
)


#: Nouns that say the person's gender: "an elderly woman" is never "he".
_NOUN_GENDERS = {
    **dict.fromkeys("""man boy gentleman father son husband brother grandfather grandson
                    uncle nephew boyfriend fiance widower stepson dad spokesman chairman
                    policeman businessman""".split(), "m"),
    **dict.fromkeys("""woman girl lady mother daughter wife sister grandmother granddaughter
                    aunt niece girlfriend fiancee fiancée widow stepdaughter mum mam
                    spokeswoman chairwoman policewoman businesswoman""".split(), "f"),
}


def _one_person(description: str) -> bool:
    """A description "he" or "she" can stand for: "the victim", "her mother",
    "a spokesperson", "the 46-year-old"; not "the abuse"."""
    if re.fullmatch(r"(?!(?:The|A|An) )[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}", description) \
            and not description.isupper():  # not initials: "CCTV"
        return True  # a name the model did not tag: "Vale admitted it"
    words = re.findall(r"[\w'’-]+", description.lower())
    if not words:
        return False
    if any(w in TITLE_WORDS for w in words[:3]) and description[:1].isupper():
        return True  # "Police Constable Jo Vale of Westshire Police": a titled name
    head = re.sub(r"['’]s$", "", words[-1])
    return head in PERSON_NOUNS or head in KIN_WORDS or head in ROLE_NOUNS \
        or head in TITLE_WORDS or head.endswith(("-old", "old")) \
        and "year" in description.lower()


def _gender(index: _Index, person: Person) -> str | None:
    """"m" or "f" where the text shows it (a title, or a pronoun used of the person)."""
    cached = index.genders.get(person.name, "")
    if cached != "":
        return cached
    gender: str | None = None
    for title in person.titles:
        words = set(title.lower().replace(".", "").split())
        if words & _MASCULINE_TITLES:
            gender = "m"
        elif words & _FEMININE_TITLES:
            gender = "f"
    for mention in person.mentions[:4]:
        if gender is not None:
            break
        before = index.text[max(0, mention.start - 6):mention.start].split()
        courtesy = before[-1].lower().rstrip(".") if before else ""
        if courtesy in _MASCULINE_TITLES:
            gender = "m"
        elif courtesy in _FEMININE_TITLES:
            gender = "f"
        else:
            gender = _pronoun_after(index, mention.start, mention.end)
    index.genders[person.name] = gender
    return gender


def _pronoun_after(index: _Index, start: int, end: int) -> str | None:
    """The gender of the first he/she/his/her after a subject mention, in its sentence."""
    if not _is_subject_mention(index, start, end):
        return None
    tokens = index.tokens(start, end)
    if not tokens:
        return None
    sentence = tokens[0].sent
    for token in index.doc[tokens[-1].i + 1:min(sentence.end, tokens[-1].i + 40)]:
        if token.ent_type_ == "PERSON":
            return None  # someone else could be meant
        if token.lower_ in _GENDERED and not index.in_quote(token.idx):
            return _GENDERED[token.lower_]
    return None


def _is_subject_mention(index: _Index, start: int, end: int | None = None) -> bool:
    tokens = index.tokens(start, end if end is not None else start + 200)[:5]
    for token in tokens:
        node = token
        for _ in range(3):
            if node.dep_ in _SUBJECT_DEPS:
                return True
            if node.dep_ in ("compound", "flat", "appos", "amod") and node.head is not node:
                node = node.head
            else:
                break
    return False
