"""Who a subject, a name or a description in an attribution stands for.

The quote stage finds the predicate an attribution rests on; this module turns
its subject (or the name beside it) into a :class:`Speaker`: a named person or
body, a pronoun resolved by :mod:`.pronouns`, a rank standing for the person
who holds it ("the PCC"), or a description kept as written ("a spokesperson
for the council") with a kind saying what it is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import Entity, Person, Speaker, SpeakerKind
from .lexicon import (
    BODY_NOUNS,
    DOCUMENT_NOUNS,
    HONOURS,
    ORG_HEADS,
    PERSONAL_PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
    title_key,
)
from .nametokens import is_title_token
from .pronouns import PERSON_NOUNS, _resolve_pronoun
from .role_common import office_comma, title_part, title_word
from .textindex import _Index

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})  # not nsubjpass: "X was described as"
_DESCRIPTION_HEADS = {
    "detective": ("detective", "det", "di", "dci", "ds", "dc", "dsi", "dsupt", "t/di", "t/dci"),
    "officer": ("officer", "pc", "pcso", "constable", "sergeant", "sgt", "inspector", "insp",
                "superintendent", "supt", "chief", "detective", "di", "dci", "ds", "dc"),
    "inspector": ("inspector", "insp", "di", "dci", "t/di", "t/dci"),
    "sergeant": ("sergeant", "sgt", "ds"),
    "superintendent": ("superintendent", "supt", "dsupt", "dsi"),
    "constable": ("constable", "pc", "dc"),
    "commissioner": ("commissioner", "pcc"),
    "pcc": ("commissioner", "pcc"),
    "councillor": ("councillor", "cllr"),
    "minister": ("minister",),
    "judge": ("judge", "recorder", "justice"),
    "recorder": ("recorder",),
    "mayor": ("mayor",),
    "chief": ("chief",),
}
_SPOKESPEOPLE = frozenset(
    "spokesperson spokesman spokeswoman spokespeople representative statement family "
    "relatives friend friends mother father son daughter wife husband partner parents "
    "brother sister neighbour neighbours witness witnesses victim source sources".split()
)


#: Plural nouns for people who speak as a group: "Council officials said".
_GROUP_NOUNS = frozenset(
    "officials staff aides residents protesters supporters critics voters workers "
    "colleagues experts leaders organisers organizers campaigners volunteers".split())


def _subject_speaker(index: _Index, verb: Token, start: int, end: int) -> Speaker | None:
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS and start <= c.idx < end
                and not c.is_punct and not index.in_quote(c.idx)]  # never a quoted word
    # Markup or a long title can leave several subjects: a named person first, else the
    # one nearest the verb.
    named = [c for c in subjects if (e := index.entity_at(c.idx)) is not None
             and e.label == "PERSON"]
    if subjects and not named and verb.lower_.endswith("ing") \
            and verb.dep_ in ("ccomp", "xcomp", "advcl") \
            and all(c.lower_ not in PERSONAL_PRONOUNS and index.entity_at(c.idx) is None
                    for c in subjects):
        # "Jo Vale welcomed the campaign saying:": the parse gave the participle the
        # object for a subject; the person of the clause it hangs on speaks
        person = next((c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS
                       and (e := index.entity_at(c.idx)) is not None and e.label == "PERSON"
                       and start <= c.idx < end), None)
        if person is not None:
            return _speaker_from_token(index, person)
    for child in named or sorted(subjects, key=lambda c: abs(c.i - verb.i)):
        if _in_dateline(index, child):
            # "RANGOON, Burma - the party's allies predicted": the parse may make the
            # dateline the subject, with the real one in apposition to it
            apposed = next((c for c in child.children if c.dep_ == "appos"), None)
            if apposed is None:
                continue
            child = apposed
        if child.dep_ == "csubj" and child.lower_.endswith("ing") and child.i < verb.i:
            return _named_before_verb(index, child, verb)
        after_participle = _after_opening_participle(index, child, verb)
        if after_participle is not None:
            return after_participle
        opening = next((t for t in child.subtree if t.dep_ != "det" and not t.is_punct), child)
        if child.lower_ in ROLE_NOUNS and child.text[:1].isupper() and child.i < verb.i:
            opening = child  # "Westshire Partnership Lead for X, Inspector Jo Vale, said"
        if (opening.lower_ in TITLE_WORDS or opening.lower_ in ROLE_NOUNS
                or opening.lower_.endswith("ing")) and opening.text[:1].isupper():
            # "says the Head of X, Assistant Commissioner Jo Vale"; "Investigating
            # Officer, DC Jo Vale, said" (the parse may take the post for a gerund)
            holder = _titled_person_after_comma(
                index, opening, end if opening.i > verb.i else verb.idx)
            if holder is not None:
                return holder
        named_in = _person_in_apposition(index, child)
        if named_in is not None:
            return named_in
        return _speaker_from_token(index, child)
    if not subjects:
        # "Police searching for missing Jo Vale said": the parse may read the words
        # before the verb as a clause of its own; its subject speaks, never its object
        for child in verb.children:
            if child.dep_ in ("ccomp", "advcl") and child.i < verb.i \
                    and child.lower_.endswith("ing"):
                subject = next((c for c in child.children if c.dep_ == "nsubj"
                                and c.i < child.i and start <= c.idx < end), None)
                if subject is not None and _can_speak(index, subject):
                    return _speaker_from_token(index, subject)
    # "..., he added" is sometimes parsed with the verb under another head, and
    # a conjoined verb shares its head's subject ("X outlined a plan and vowed"),
    # as does a participle ("X hit back, saying") or an infinitive ("X went on to say").
    clause = None
    if verb.dep_ in ("conj", "advcl", "xcomp") or verb.dep_ in ("ccomp", "parataxis") \
            and verb.head.lower_ in SPEECH_VERBS:
        clause = verb.head
    elif verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "pobj"):
        # "X issued a statement saying": a participle on the object of a clause;
        # the clause's subject speaks.
        clause = verb.head.head if verb.head.dep_ == "dobj" else verb.head.head.head
    for _ in range(3):
        if clause is None:
            break
        subject = next((c for c in clause.children
                        if c.dep_ in _SUBJECT_DEPS and start <= c.idx < end), None)
        if subject is not None and _can_speak(index, subject):
            return _speaker_from_token(index, subject)
        # "X argued that a database would keep ..., saying": the parse may hang the
        # participle in the clause below; a thing there does not speak, so the
        # subject is looked for in the clause above.
        clause = clause.head if clause.dep_ in ("ccomp", "advcl", "xcomp", "conj") \
            and clause.head is not clause else None
    return None


def _named_before_verb(index: _Index, participle: Token, verb: Token) -> Speaker | None:
    """"Commenting on the seizure Detective Sergeant Jo Vale said": with no comma the
    parse may make the opening participle the subject; a participle never speaks,
    the person named last before the verb does."""
    doc = verb.doc
    for token in reversed(doc[participle.i + 1:verb.i]):
        entity = index.entity_at(token.idx)
        if entity is not None and entity.label == "PERSON":
            return _speaker_from_entity(index, entity)
        if token.is_punct:
            break
    return None


def _after_opening_participle(index: _Index, token: Token, verb: Token) -> Speaker | None:
    """"Sentencing Jones, Judge Jo Vale said": the name after the participle is who
    was sentenced; the parse may make it the subject, with the judge beside it. The
    person named between the comma and the verb speaks."""
    first = next(t for t in token.subtree if t.is_alpha or t.i == token.i)
    doc = token.doc
    if first.i >= token.i or not first.lower_.endswith("ing") or not _opens_sentence(first):
        return None
    if not all(t.is_alpha and t.text[:1].isupper() and t.lower_ not in TITLE_WORDS
               for t in doc[first.i + 1:token.i + 1]) or token.i - first.i > 3:
        return None  # "Investigating officer DC Jo Vale, ...": a participle on a post
    comma = doc[token.i + 1] if token.i + 1 < verb.i else None
    if comma is None or comma.text != ",":
        return None
    entity = next((e for t in doc[comma.i + 1:verb.i] if (e := index.entity_at(t.idx))
                   is not None and e.label == "PERSON"), None)
    return _speaker_from_entity(index, entity) if entity is not None else None


def _opens_sentence(token: Token) -> bool:
    """The first word of a sentence or paragraph, whatever the parse made of the
    marks before it."""
    k = token.i - 1
    while k >= 0 and (token.doc[k].is_space or token.doc[k].text in ("*", "_", "#")):
        if "\n" in token.doc[k].text:
            return True
        k -= 1
    return k < 0 or token.is_sent_start or token.doc[k].text in (".", "!", "?", "\"", "”")


def _can_speak(index: _Index, token: Token) -> bool:
    """A subject that can say something: a name, a pronoun, people, a body or a text."""
    entity = index.entity_at(token.idx)
    if entity is not None and entity.label in ("PERSON", "ORG", "NORP"):
        return True
    lower = token.lower_
    singular = lower.removesuffix("s")
    return token.text[:1].isupper() or lower in PERSONAL_PRONOUNS or lower in ("who", "which") \
        or lower in _SPOKESPEOPLE or lower in _GROUP_NOUNS or lower in BODY_NOUNS \
        or lower in ORG_HEADS or singular in DOCUMENT_NOUNS or singular in ROLE_NOUNS \
        or singular in TITLE_WORDS or lower in ("police", "officers", "detectives")


def _speaker_after(index: _Index, start: int, end: int, adjacent: bool = False
                   ) -> Speaker | None:
    """The first name or pronoun after ``start`` ("said Jane Doe, role")."""
    for token in index.tokens(start, end):
        if token.is_punct or token.is_space or token.lower_ in ("the", "a", "an"):
            if token.text in (".", "!", "?"):
                return None
            continue
        if (token.lower_ in TITLE_WORDS or token.lower_ in ROLE_NOUNS) and token.text[:1].isupper():
            named = _titled_person_after_comma(index, token, end)
            if named is not None:
                return named  # "says the Head of X, Assistant Commissioner Jo Vale"
        if token.lower_ in TITLE_WORDS and token.text[:1].isupper():
            following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            if following is not None and following.text[:1].isupper() and following.is_alpha:
                continue  # a title before the name: "said Detective Inspector Jane Doe"
            return _description(index, token)  # the rank alone: "added the PCC"
        speaker = _speaker_from_token(index, token)
        if speaker is not None or adjacent:
            return speaker
        if token.text[:1].islower() and token.lower_ not in PERSONAL_PRONOUNS:
            # "said detectives", "said a spokesperson for ..."
            noun = _speaker_from_token(index, token)
            return noun
    return None


def _person_in_apposition(index: _Index, subject: Token) -> Speaker | None:
    """"Westshire Police, Fire and Crime Commissioner Jo Vale said": a body or an
    office as the parse's subject, with the person holding it named after it."""
    entity = index.entity_at(subject.idx)
    if entity is not None and entity.label == "ORG":
        own_end = entity.end
    elif entity is None and title_word(subject):
        # "HM Inspector of Constabulary Jo Vale said": the office is the parse's subject
        own_end = subject.idx + len(subject.text)
    else:
        return None
    for token in subject.subtree:
        if token.idx >= own_end and (token.dep_ == "appos" or token.dep_ == "conj"
                                     and _post_between_commas(subject.doc, own_end, token)):
            person = index.entity_at(token.idx)
            if person is not None and person.label == "PERSON":
                return _speaker_from_entity(index, person)
    # The parse may hang the name elsewhere: the words of an office, then the name.
    doc = subject.doc
    k = subject.i + 1
    while k < len(doc) and doc[k].idx < own_end:
        k += 1
    words = 0
    while k < len(doc) and words < 8 and (title_part(doc[k]) or office_comma(doc[k])):
        person = index.entity_at(doc[k].idx)
        if person is not None and person.label == "PERSON" and person.start == doc[k].idx:
            return _speaker_from_entity(index, person) if words else None
        k += 1
        words += 1
    return None


def _post_between_commas(doc: Doc, own_end: int, token: Token) -> bool:
    """"Westshire Fire Service, Crew Manager, Jo Vale said": the parse may read the
    body, the post and the name as a list; a post alone between commas, with no
    "and", makes the name the post's holder."""
    k = next((t.i for t in doc[token.sent.start:token.i] if t.idx >= own_end), token.i)
    person = token.i  # where the name begins
    while person > k and doc[person - 1].ent_type_ == "PERSON":
        person -= 1
    words = doc[k + 1:person - 1]
    return doc[k].text == "," and person - 1 > k and doc[person - 1].text == "," \
        and 0 < len(words) <= 6 and words[0].text[:1].isupper() \
        and all(title_part(t) and t.lower_ not in ("and", "&") for t in words) \
        and title_word(words[-1])


def _titled_person_after_comma(index: _Index, token: Token, end: int) -> Speaker | None:
    """"said the Head of X, Assistant Commissioner Jo Vale": a post, a comma, then a
    rank and the name of who holds it; the person speaks."""
    doc = token.doc
    k = token.i + 1
    while k < len(doc) and doc[k].idx < end and doc[k].text != "," and k - token.i <= 8:
        if doc[k].text in (".", "!", "?", ":", ";") or "\n" in doc[k].text:
            return None
        k += 1
    if k >= len(doc) or doc[k].text != "," or doc[k].idx >= end:
        return None
    j = k + 1
    while j < len(doc) and is_title_token(doc[j]) and doc[j].text[:1].isupper():
        j += 1
    if j == k + 1 or j >= len(doc):
        return None
    entity = index.entity_at(doc[j].idx)
    if entity is None or entity.label != "PERSON" or entity.start != doc[j].idx:
        return None
    return _speaker_from_entity(index, entity)


def _speaker_before(index: _Index, start: int, end: int, adjacent: bool = False
                    ) -> Speaker | None:
    """The nearest name or pronoun before ``end`` ("Jane Doe, role, said")."""
    entities = index.entities_in(start, end)
    people = [e for e in entities if e.label == "PERSON"]
    if people or entities:
        return _speaker_from_entity(index, (people or entities)[0])
    for token in reversed(index.tokens(start, end)):
        if token.lower_ in PERSONAL_PRONOUNS:
            return _speaker_from_token(index, token)
    if adjacent:
        return None
    tokens = [t for t in index.tokens(start, end) if not t.is_punct and not t.is_space]
    if tokens:
        return _speaker_from_token(index, tokens[0])
    return None


def _speaker_from_entity(index: _Index, entity: Entity) -> Speaker:
    if entity.label == "PERSON":
        person = index.person_by_name.get(str(entity.value))
        speaker = _person_speaker(person, entity.text, entity.start, entity.end,
                                  fallback=str(entity.value or entity.text))
        if person is not None and len(person.titles) > 1:
            # "PC Jo Vale" in a caption, "Detective Constable Jo Vale" where she speaks:
            # the title written at the attribution is hers there.
            before = index.text[max(0, entity.start - 60):entity.start].rstrip()
            written = next((t for t in person.titles if before.endswith(t)), None)
            # (a shortening of the first title is the same office: "Commissioner Vale")
            if written is not None and speaker.title is not None \
                    and not title_key(written) <= title_key(speaker.title):
                speaker = replace(speaker, title=written)
        return speaker
    org = index.org_by_name.get(str(entity.value))
    return Speaker(name=org.name if org else entity.text, kind="organization",
                   text=entity.text, start=entity.start, end=entity.end)


def _person_speaker(person: Person | None, text: str, start: int, end: int,
                    fallback: str) -> Speaker:
    if person is None:
        return Speaker(name=fallback, kind="person", text=text, start=start, end=end)
    return Speaker(name=person.name, kind="person", text=text, start=start, end=end,
                   title=person.titles[0] if person.titles else None, role=person.role,
                   organization=person.organization)


def _speaker_from_token(index: _Index, token: Token) -> Speaker | None:
    """The speaker a subject token stands for: a name, a pronoun, or a description."""
    if _in_dateline(index, token):
        return None
    leading = _leading_person(index, token)
    if leading is not None:
        return leading
    entity = index.entity_at(token.idx)
    if entity is not None and entity.label != "PERSON":
        titled = _titled_apposition(index, token)
        if titled is not None:
            return titled
    if entity is not None:
        if entity.label == "ORG" and entity.text.lower() in _DESCRIPTION_HEADS:
            # "added the PCC": a role the model took for an organisation
            described = _description(index, token)
            if described is not None and described.kind == "person":
                return described
        return _speaker_from_entity(index, entity)
    # The subject's own name may stand in apposition: "Daniel's sister, Hannah Price,".
    # "Lead for Knife Crime, Deputy Commissioner Jane Doe, added": the parse may hang
    # the name in apposition on a word inside the title.
    for part in token.subtree:
        if part.dep_ == "appos" and part.i != token.i:
            entity = index.entity_at(part.idx)
            if entity is None:
                entity = next((e for t in part.subtree if (e := index.entity_at(t.idx))
                               is not None and e.label == "PERSON"), None)
            if entity is not None and entity.label == "PERSON":
                return _speaker_from_entity(index, entity)
            named = _bare_name(part)
            if named is not None and token.i < part.i:
                # "Her daughter, Lucy, said": a first name the model did not tag
                return Speaker(name=named.text, kind="person", text=named.text,
                               start=named.start_char, end=named.end_char)
    partitive = _partitive(token)
    if partitive is not None:
        return partitive
    subtree = list(token.subtree)
    for child in subtree:
        entity = index.entity_at(child.idx)
        if entity is not None and entity.label == "PERSON" and 0 < child.i - token.i <= 3 \
                and "poss" not in (child.dep_, child.head.dep_) \
                and "pobj" not in (child.dep_, child.head.dep_):  # "the family of X"
            return _speaker_from_entity(index, entity)
    if _titled(subtree):
        # "Chief Constable of Wiltshire Police Kier Pritchard said", "Police and
        # Crime Commissioner for X Jane Doe said": a long title closed by the name
        # of the person who holds it.
        entity = index.entity_at(subtree[-1].idx)
        if entity is not None and entity.label == "PERSON" \
                and entity.end == subtree[-1].idx + len(subtree[-1].text):
            return _speaker_from_entity(index, entity)
    lower = token.lower_
    if lower in PERSONAL_PRONOUNS or lower == "it" and token.dep_ in _SUBJECT_DEPS:
        return _resolve_pronoun(index, token)
    if lower in HONOURS and token.i > 0:  # "Simon Cole QPM said": the name before it
        k = token.i - 1
        while k > 0 and token.doc[k].lower_ in HONOURS:
            k -= 1  # "Jo Vale MBE DL"
        entity = index.entity_at(token.doc[k].idx)
        if entity is not None and entity.label == "PERSON":
            return _speaker_from_entity(index, entity)
    if token.ent_type_ == "GPE" and token.dep_ in _SUBJECT_DEPS:
        # A country or city speaking through its government: "Russia insisted".
        place = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if place is not None:
            return Speaker(name=place.text, kind="place", text=place.text,
                           start=place.start_char, end=place.end_char)
    if lower in ("old", "olds") and any(c.lower_ in ("year", "years") for c in token.children):
        return _description(index, token)  # "said the 46-year-old": an age, not a date
    if token.is_punct or token.is_space or token.like_num or token.is_stop \
            or token.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "GPE", "MONEY"):
        return None
    return _description(index, token)


#: A news dateline: a place in capitals opening the paragraph, then its region, an
#: agency in brackets and a dash ("OTTAWA, Ont. (CP) -", "MYRTLE BEACH, S.C. —").
_DATELINE_PLACE = re.compile(r"[ \t*_>#]*((?:[A-Z][A-Z.'\-]*[ \t]+)*[A-Z][A-Z.'\-]*[A-Z.])")
_DATELINE_TAIL = re.compile(r"(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)*)?"
                            r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*[-\u2013\u2014]")


def _in_dateline(index: _Index, token: Token) -> bool:
    """Whether ``token`` is in the dateline a wire story opens with, its place in
    capitals: "RANGOON, Burma - Aung San Suu Kyi's allies predicted ...". The parse
    may make a word of it the subject; a reader knows it is where the story was
    filed, never who spoke."""
    text = index.text
    start = index.paragraph(token.idx)[0]
    place = _DATELINE_PLACE.match(text, start, start + 60)
    if place is None:
        return False
    tail = _DATELINE_TAIL.match(text, place.end(1))
    return tail is not None and place.start(1) <= token.idx < tail.end()


_PARTITIVES = frozenset("one some several many two three four both each another most".split())


def _partitive(token: Token) -> Speaker | None:
    """"One of the victims said", "another added": a member of a group speaks.

    The whole phrase is the description; its kind is the group's ("victims" are
    people). A bare "one" or "another" is a description too, when it is the
    subject of the verb.
    """
    lower = token.lower_
    if lower not in _PARTITIVES or token.dep_ not in _SUBJECT_DEPS:
        return None
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if group is None:
        if lower not in ("one", "another"):
            return None
        return Speaker(name=token.text, kind="description", text=token.text,
                       start=token.idx, end=token.idx + len(token.text))
    if group.lower_ in PERSONAL_PRONOUNS or group.lower_ in ("them", "us", "those"):
        return None  # "one of them": who they are is elsewhere
    last = max(group.subtree, key=lambda t: t.i)
    span = token.doc[token.i:last.i + 1]
    return Speaker(name=span.text, kind=description_kind(group.lower_), text=span.text,
                   start=span.start_char, end=span.end_char)


def _bare_name(part: Token) -> Span | None:
    """An apposition of one to three capitalised words and nothing else: a name."""
    words = sorted(part.subtree, key=lambda t: t.i)
    bracket = next((k for k, t in enumerate(words) if t.text == "(" and k), None)
    if bracket is not None and words[-1].text == ")":
        words = words[:bracket]  # "Jane (not her real name)": the name before the aside
    if not 1 <= len(words) <= 3 or not all(
            t.is_alpha and t.text[:1].isupper() and not t.is_stop for t in words):
        return None
    doc = part.doc
    if len(words) == 1 and len(words[0].text) == 1 or words[0].i > 0 and (
            doc[words[0].i - 1].text == "(" or doc[words[0].i - 1].text in ("-", "–")
            and words[0].i > 1 and doc[words[0].i - 2].text[:1].isupper()):
        return None  # "Vale (D-Vt.) said": a party and a state in brackets are no name
    if any(t.lower_ in TITLE_WORDS or t.lower_ in BODY_NOUNS or t.lower_ in ORG_HEADS
           for t in words):
        return None
    if part.ent_type_ and part.ent_type_ != "PERSON":
        return None  # "Cambridge", "Monday": a place or a date
    return doc[words[0].i:words[-1].i + 1]


def _leading_person(index: _Index, token: Token) -> Speaker | None:
    """"PC Jane Doe of Example Police's Roads Unit said": the person the phrase opens with.

    The parse may make the unit the head of the subject; a reader takes the
    named person before "of", "from", "at" or a comma to be who speaks. A
    possessive ("Jane Doe's lawyer") is someone else.
    """
    subtree = [t for t in token.subtree if not (t.is_punct and t.text in "*#_")]
    k = 0
    while k < len(subtree) and (subtree[k].lower_ in TITLE_WORDS or subtree[k].dep_ == "det"):
        k += 1
    if k >= len(subtree) or subtree[k].i >= token.i:
        return None
    entity = index.entity_at(subtree[k].idx)
    if entity is None or entity.label != "PERSON" or entity.start != subtree[k].idx:
        return None
    after = next((t for t in subtree[k:] if t.idx >= entity.end), None)
    if after is None or after.i > token.i or after.lower_ not in ("of", "from", "at", ","):
        return None
    return _speaker_from_entity(index, entity)


def _titled_apposition(index: _Index, token: Token) -> Speaker | None:
    """"Westshire Police and Crime Commissioner, Jane Doe, said": a title, then the
    name of who holds it between commas. The parse may head the subject on the
    body's name inside the title; the person in apposition speaks."""
    for child in token.children:
        if child.dep_ != "appos":
            continue
        entity = index.entity_at(child.idx) or next(
            (e for t in child.subtree if (e := index.entity_at(t.idx)) is not None), None)
        title = [t for t in token.subtree if t.i < child.left_edge.i and not t.is_punct]
        if entity is not None and entity.label == "PERSON" and _titled(title) \
                and title[-1].lower_ in TITLE_WORDS:
            return _speaker_from_entity(index, entity)
    return None


def _titled(subtree: list[Token]) -> bool:
    """Capitalised words and connectors only, holding a title word: a title and name."""
    return len(subtree) > 1 and any(t.lower_ in TITLE_WORDS for t in subtree) and all(
        t.text[:1].isupper() or t.lower_ in ("of", "for", "and", "the", "&") for t in subtree)


def _description(index: _Index, token: Token) -> Speaker | None:
    """"the detective" -> the last detective named; "a spokesperson for X" as written."""
    head = token
    lower = head.lower_
    if head.dep_ in ("prep", "advmod", "cc", "mark", "aux", "neg"):
        return None  # "Alongside drugs, phones were found": a function word names no one
    if lower in DOCUMENT_NOUNS:
        issuer = _issuer(index, head)
        if issuer is not None:
            return issuer
    for description, title_words in _DESCRIPTION_HEADS.items():
        if lower == description or lower == description + "s":
            for _start, _end, person in index.people_before(token.idx, window=6000):
                titles = " ".join(person.titles).lower().replace(".", "")
                if any(re.search(rf"(?:^|\W){re.escape(w)}(?:\W|$)", titles) for w in title_words):
                    return _person_speaker(person, token.text, token.idx,
                                           token.idx + len(token.text), fallback=person.name)
            break
    else:
        # A rank standing for the person who holds it: "T/DI said", "the Inspector said".
        wanted = title_key(head.text) - {"police", "temporary", "acting", "special"}
        if wanted and (lower in TITLE_WORDS or "/" in lower):
            for _start, _end, person in index.people_before(token.idx, window=6000):
                if any(wanted <= title_key(title) for title in person.titles):
                    return _person_speaker(person, token.text, token.idx,
                                           token.idx + len(token.text), fallback=person.name)
    # A noun phrase: the head with its modifiers and a following "of/for X".
    left = [t for t in head.lefts if t.dep_ in ("det", "amod", "compound", "poss", "nummod")]
    first = min((t.left_edge for t in left), key=lambda t: t.i) if left else head
    last = head
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "from", "at") \
                and child.i == last.i + 1:
            sub = list(child.subtree)
            if len(sub) <= 8 and not any(t.is_punct and t.text != "'" for t in sub):
                last = sub[-1]
        elif child.dep_ == "acl" and child.i == last.i + 1 and child.lower_.endswith("ing") \
                and (child.lower_ not in SPEECH_VERBS or any(
                    c.dep_ == "xcomp" and c.lower_ == "be" for c in child.children)):
            # "officers investigating the theft", "a man claiming to be from the bank":
            # the participle says which ones, as a reader names them
            sub = list(child.subtree)
            if len(sub) <= 12 and not any(t.is_punct for t in sub):
                last = sub[-1]
        elif child.dep_ == "conj" and head.doc[last.i + 1].lower_ in ("and", "&") \
                and child.text[:1].islower() and child.lower_ not in SPEECH_VERBS:
            sub = [t for t in child.subtree if t.i > last.i]
            if sub and len(sub) <= 5 and sub[0].i == last.i + 2 \
                    and not any(t.is_punct for t in sub):
                last = sub[-1]  # "his mother and father", "her daughter and wider family"
    # A determined noun phrase ("the union", "the California congressman", "one
    # questioner", "the ad's narrator") is a source as written; a bare lower-case
    # word ("sources", "reports") only when it names people who speak.
    according = head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.i > 0 \
        and head.doc[head.head.i - 1].lower_ == "according"
    agent = head.dep_ == "pobj" and head.head.dep_ == "agent"  # "described by the judge as"
    determined = (head.dep_ in _SUBJECT_DEPS or according or agent) and any(
        t.dep_ in ("det", "poss", "nummod") for t in left)
    people_noun = lower in _GROUP_NOUNS or lower.endswith("s") and lower[:-1] in ROLE_NOUNS
    if not (head.text[:1].isupper() or determined or lower in _SPOKESPEOPLE or people_noun
            or head.dep_ in _SUBJECT_DEPS and lower in PERSON_NOUNS
            or lower in ("police", "officers", "detectives", "force", "council", "court")
            or any(t.lower_ in _SPOKESPEOPLE for t in head.subtree)):
        return None
    start, end = first.idx, last.idx + len(last.text)
    broken = index.text.rfind("\n", start, head.idx)
    if broken != -1:  # a dateline or heading above is no part of the phrase
        start = broken + 1
        while start < head.idx and index.text[start].isspace():
            start += 1
    span_text = index.text[start:end]
    name = re.sub(r"^(?:the|a|an)\s+", "", span_text, flags=re.IGNORECASE)
    entity = index.entities_in(start, end)
    org = next((e for e in entity if e.label == "ORG"), None)
    return Speaker(name=name, kind=description_kind(head.lower_), text=span_text, start=start,
                   end=end, organization=str(org.value) if org is not None else None)


def _issuer(index: _Index, head: Token) -> Speaker | None:
    """"A statement on behalf of his family", "a letter from X": who the text speaks for."""
    for prep in head.rights:
        if prep.dep_ != "prep":
            continue
        target = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.lower_ == "on" and target is not None and target.lower_ == "behalf":
            of = next((c for c in target.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            target = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        elif prep.lower_ not in ("from", "by"):
            continue
        if target is not None:
            return _speaker_from_token(index, target)
    return None


def description_kind(head: str) -> SpeakerKind:
    """What an unnamed speaker is, from the head noun of its description.

    "the report", "a memo": a document; "police", "the council": a body; "a
    witness", "the victim's father", "officials": people described, not named.
    """
    singular = head[:-1] if head.endswith("s") and head[:-1] in DOCUMENT_NOUNS else head
    if singular in DOCUMENT_NOUNS:
        return "document"
    if head in BODY_NOUNS or head in ORG_HEADS:
        return "organization"
    return "description"
