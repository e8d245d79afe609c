"""One kind per name across the document: places, surnames, lists and lone words."""

from __future__ import annotations

import bisect
import collections
import itertools
import re
from typing import TYPE_CHECKING

from .candidates import MODEL, Candidate
from .lexicon import (
    BODY_KINDS,
    LOCATIVE_PREPOSITIONS,
    NATIONS,
    ORG_HEADS,
    PLACE_HEADS,
    PLATFORMS,
    SPEECH_VERBS,
    TITLE_WORDS,
    UNIT_WORDS,
)
from .nametokens import word_positions
from .orgrepair import org_by_form, scheme_names, trim_leading

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def harmonise(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """One name, one kind, across the document.

    A word the text uses as a place anywhere is a place everywhere, and so is
    a word after a street and a comma ("Putteridge Road, Luton"); the model's
    name that closes an address is a place too ("Mill Road, Exampleton Hill.",
    "Exampleton Hill, Luton"); an ORG that is a named person's surname is that
    person ("Whittaker and Meek").
    """
    places = {text[c.start:c.end] for c in chosen if c.label in ("GPE", "LOC", "FAC")}
    named_places = frozenset(places)  # what the text itself uses as a place somewhere
    in_address: set[str] = set()  # the model's names that close an address somewhere
    for before, after in itertools.pairwise(chosen):
        if text[before.end:after.start].strip() != ",":
            continue
        if before.label in ("FAC", "GPE", "LOC"):
            places.add(text[after.start:after.end])
            if after.priority == MODEL and (not _PERSON_GOES_ON.match(text, after.end)
                                            or text[after.start:after.end] in named_places):
                # ("Station Road, Kings Exampley was charged": the verb is Jo's, whose
                # address the text closes with a name it gives as a place elsewhere)
                in_address.add(text[after.start:after.end])
        if after.label in ("GPE", "LOC") and before.priority == MODEL \
                and text[before.start:before.end].split()[-1].lower() in PLACE_HEADS:
            in_address.add(text[before.start:before.end])
    venues = {text[c.start:c.end] for c in chosen if c.label == "FAC"}
    surnames = {text[c.start:c.end].split()[-1] for c in chosen
                if c.label == "PERSON" and " " in text[c.start:c.end]}
    first_names = {text[c.start:c.end].split()[0] for c in chosen
                   if c.label == "PERSON" and " " in text[c.start:c.end]}
    # The places bodies are named after: "Exampleton Hatfield" of "Exampleton Hatfield Police"
    # and "Exampleton Hatfield Borough Council".
    named_for = {_place_of_body(text[c.start:c.end]) for c in chosen if c.label == "ORG"}
    # The second words of two-word person names, each with the names it ends, looked up
    # rather than walked per ORG.
    full_surnames: dict[str, set[str]] = {}
    for c in chosen:
        if c.label == "PERSON" and len(text[c.start:c.end].split()) == 2:
            full_surnames.setdefault(text[c.start:c.end].split()[1], set()).add(
                text[c.start:c.end])
    chosen = [trim_leading(text, c) if c.label == "ORG" else c for c in chosen]
    names_a_scheme = scheme_names(text)
    # One label per name: a multi-word name the text gives as a person and as a body
    # more often as one takes that label everywhere; where the context types it (a
    # number to call, a title before it), that outweighs any number of model guesses.
    # A surname the text uses alone for a person, and an age written before the name
    # ("35-year-old Jo Vale"), count for the person.
    alone: collections.Counter[str] = collections.Counter()
    for c in chosen:  # a rank before the surname ("DC Vale") counts for more than the model
        if c.label == "PERSON" and " " not in text[c.start:c.end]:
            alone[text[c.start:c.end]] += 1 if c.priority == MODEL else 100
    votes: dict[str, int] = {}
    seen: dict[str, set[str]] = {}
    for c in chosen:
        if c.label in ("PERSON", "ORG") and " " in text[c.start:c.end]:
            name = text[c.start:c.end]
            seen.setdefault(name, set()).add(c.label)
            weight = 1 if c.priority == MODEL else 100
            if name not in votes:
                found = alone[name.split()[-1]]
                votes[name] = 100 if found >= 100 else min(found, 3)
            if _AGE_BEFORE.search(text, max(0, c.start - 30), c.start):
                votes[name] += 100
            votes[name] += weight if c.label == "PERSON" else -weight
    for name, vote in votes.items():
        if vote == 0 and len(seen[name]) == 2 and _TWO_NAMES.fullmatch(name) \
                and not {w.lower() for w in name.split()} & (ORG_HEADS | BODY_KINDS | PLACE_HEADS):
            votes[name] = 1  # "ask for Jo Vale" (ORG), "Contact: Jo Vale" (PERSON): a tie of
            # guesses over a name shaped like a person's goes to the person
    out: list[Candidate] = []
    for c in chosen:
        vote = votes.get(text[c.start:c.end], 0) if c.label in ("PERSON", "ORG") else 0
        if vote:
            c = Candidate(c.priority, "PERSON" if vote > 0 else "ORG", c.start, c.end, c.value)
        if c.label == "ORG":
            typed = org_by_form(text, c, full_surnames)
            if typed is None:
                continue
            c = typed
        name = text[c.start:c.end]
        if c.label == "ORG" and names_a_scheme(name):
            continue
        if c.label in ("GPE", "LOC") and name in NATIONS | _REGIONS and out \
                and out[-1].label == "ORG" \
                and text[out[-1].end:c.start] in (" ", "! "):
            # "NSPCC Scotland", "Barnardo's Cymru", "Speak Up! Wales", "CPS South West":
            # a national or regional branch is one name.
            out[-1] = Candidate(out[-1].priority, "ORG", out[-1].start, c.end)
            continue
        if c.label == "PERSON" and c.priority == MODEL and " " in name and all(
                w.lower() in TITLE_WORDS or w.lower() == "high" for w in name.split()):
            continue  # "the High Sheriff", "the Chief Constable": an office, nobody's name
        if c.label == "PERSON" and c.priority == MODEL and " " in name \
                and name in named_places and votes.get(name, 0) < 100:
            c = Candidate(c.priority, "GPE", c.start, c.end)  # "Northtown Victoria" (a station)
        if c.label in ("PERSON", "ORG") and (name in places and " " not in name
                                             or c.priority == MODEL and name in named_for
                                             or c.priority == MODEL and name in in_address
                                             and name.split()[-1].lower() not in ORG_HEADS):
            c = Candidate(c.priority, "GPE", c.start, c.end)
        elif c.label == "ORG" and name in venues and name.split()[-1].lower() not in ORG_HEADS:
            c = Candidate(c.priority, "FAC", c.start, c.end)  # "the Red Lion (pub)"
        elif c.label == "ORG" and name in surnames:
            c = Candidate(c.priority, "PERSON", c.start, c.end)
        elif c.label == "ORG" and c.priority == MODEL and " " not in name \
                and _POSSESSIVE_END.sub("", name) in first_names | surnames:
            continue  # "Fiona’s accountants" beside "Fiona Rhodes": hers, no body's
        out.append(c)
    return _between_places(text, out)


# Between a place and a name in a list: commas, "and", and capitalised words the model left
# untyped ("Exampleton, Exampleby, Kings Example").
_LIST_BETWEEN = re.compile(r"(?:,[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})*,[ \t]*")
_LIST_AFTER = re.compile(r",|[ \t]+(?:and|or)[ \t]+[A-Z]")


def _between_places(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """"in Exampleton, Exampleby, Kings Example, Exampleford and Exampleham": the model's
    name in a list that two places open is a place too ("from Exampleton, Jo Vale and Al
    Roe" is a place and two people)."""
    out = list(chosen)
    for k in range(2, len(chosen)):
        first, before, c = out[k - 2], out[k - 1], chosen[k]
        if c.priority == MODEL and c.label in ("PERSON", "ORG") \
                and first.label in ("GPE", "LOC") and before.label in ("GPE", "LOC") \
                and _LIST_BETWEEN.fullmatch(text, first.end, before.start) \
                and _LIST_BETWEEN.fullmatch(text, before.end, c.start) \
                and _LIST_AFTER.match(text, c.end) \
                and text[c.start:c.end].split()[-1].lower() not in ORG_HEADS:
            out[k] = Candidate(c.priority, "GPE", c.start, c.end, c.value)
    return out


# A given name and a surname: two or three capitalised words, no initials or capitals.
_TWO_NAMES = re.compile(r"[A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+){1,2}")


# An age or a relative clause after a name makes it a person's, even in a list with a
# place: "from Exampleton and Jo Vale, who was 49, ...".
_DESCRIBED_PERSON = re.compile(r"[ \t]*(?:,[ \t]*(?:who|aged|\d)|\([ \t]*\d)")
_PLACE_BODIES = frozenset({"police", "constabulary", "council"})
_AREA_WORDS = frozenset({"borough", "city", "district", "county", "town", "parish"})


def _place_of_body(name: str) -> str:
    """The place a force or a council is named after ("" if none): "X Y Borough Council"
    gives "X Y"."""
    words = name.split()
    if len(words) < 3 or words[-1].lower() not in _PLACE_BODIES:
        return ""
    words.pop()
    while len(words) > 2 and words[-1].lower() in _AREA_WORDS:
        words.pop()
    return " ".join(words)


# "35-year-old Jo Vale"; not "a two-year-old Springer Spaniel", where an article makes it a kind.
_AGE_BEFORE = re.compile(r"(?i)(?<!\ba )(?<!\ban )(?:\b\d{1,3}|\b[a-z]+(?:-[a-z]+)?)[- ]years?[- ]old"
                         r"[ \t]+$")
_POSSESSIVE_END = re.compile(r"['’]s?$")
# What follows a person's name and not the last part of an address ("Mill Road, Jo Vale,
# 32," "Mill Road, Jo Vale said", "Mayor of Exampleton, Jo Vale, said"); anything else may ("Mill Road, Exampleton this morning").
_PERSON_GOES_ON = re.compile(r"[ \t]*(?:,[ \t]*(?:\d|who|aged|said|says|added)\b|\(|[ \t]*(?:said|says|told|"
                             r"added|who|was|is|has|had|have|and|were|will)\b)")
# Parts of a country that end the name of a regional branch ("CPS South West").
_REGIONS = frozenset({"North", "South", "East", "West", "North West", "North East", "South West",
                      "South East", "Midlands", "East Midlands", "West Midlands"})


def coordinated(doc: Doc, text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Names joined by "and" or a comma are of one kind: "Exampleton and Caithness",
    "between Exampleton and Exampleby Moor" (places: the model's ORG or PERSON with no
    body's word in it is a place), "the CNC and CNPA" (acronyms of
    bodies: the model's GPE is a body), "Jo Page (Exampleton), Al Kemp (Exampleford)"
    (a list of full names: the model's ORG is a person)."""
    by_root: dict[int, int] = {}
    spans: dict[int, Span] = {}
    for k, c in enumerate(chosen):
        if c.label in ("ORG", "GPE", "LOC", "FAC", "PERSON"):
            span = doc.char_span(c.start, c.end)
            if span is not None:
                spans[k] = span
                by_root[span.root.i] = k
    places = {text[c.start:c.end] for c in chosen if c.label in ("GPE", "LOC")}
    listed_places: set[str] = set()  # names of several words found a place in a list
    out = list(chosen)
    for k, c in enumerate(chosen):
        span = spans.get(k)
        if c.label not in ("ORG", "GPE", "PERSON") or span is None:
            continue
        token = span.root
        partners = [token.head] if token.dep_ == "conj" else []
        partners += [t for t in token.children if t.dep_ == "conj"]
        kinds = [(chosen[j].label, text[chosen[j].start:chosen[j].end])
                 for j in (by_root.get(p.i) for p in partners) if j is not None and j != k]
        if len(span) == 1:
            acronym = token.text.isupper() and len(token.text) >= 3 and token.is_alpha
            if c.label == "ORG" and not acronym and any(
                    label in ("GPE", "LOC", "FAC") or name in places for label, name in kinds):
                out[k] = Candidate(c.priority, "GPE", c.start, c.end)
            elif c.label != "ORG" and acronym and any(
                    label == "ORG" and name.isupper() for label, name in kinds):
                out[k] = Candidate(c.priority, "ORG", c.start, c.end)
        if c.priority != MODEL or not kinds:
            continue
        lower = {t.lower_ for t in span}
        in_places = [label in ("GPE", "LOC", "FAC") or name in places for label, name in kinds]
        if c.label in ("ORG", "PERSON") and len(span) > 1 and not span.text.isupper() \
                and not lower & (ORG_HEADS | BODY_KINDS | UNIT_WORDS) \
                and not _DESCRIBED_PERSON.match(text, c.end) \
                and (all(in_places) or any(in_places) and span[-1].lower_ in PLACE_HEADS) \
                and (c.label == "ORG" or _after_locative(token)):
            # (a name ending in a place's word needs only one place beside it: "Exampleton,
            # Marley Heath and Exampleby")
            # (a person's name only in a list after "in", "across": the model takes many a
            # full name for a place too, "athletes Jo Vale (tennis) and Al Roe (golf)")
            out[k] = Candidate(c.priority, "GPE", c.start, c.end)
            listed_places.add(text[c.start:c.end])
            continue
        if c.label == "ORG" and len(span) in (2, 3) and all(t.is_title for t in span) \
                and not lower & (ORG_HEADS | PLACE_HEADS | BODY_KINDS) \
                and all(label == "PERSON" and " " in name for label, name in kinds):
            out[k] = Candidate(c.priority, "PERSON", c.start, c.end)
    if listed_places:  # one kind per name: the model's other uses of it are the place too
        out = [Candidate(c.priority, "GPE", c.start, c.end)
               if c.priority == MODEL and c.label in ("ORG", "PERSON")
               and text[c.start:c.end] in listed_places else c for c in out]
    return out


def _after_locative(token: Token) -> bool:
    """Whether the list ``token`` is in hangs from "in", "across", "between", "from"."""
    first = token
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    return first.dep_ == "pobj" and first.head.lower_ in LOCATIVE_PREPOSITIONS | {"from", "of", "to"}


_LONE_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Za-z]+)*")


def _shortens(name: str, words: list[str]) -> bool:
    """Whether a word of ``words`` (sorted, no repeats) other than ``name`` begins with it."""
    k = bisect.bisect_left(words, name)
    while k < len(words) and words[k].startswith(name):
        if words[k] != name:
            return True
        k += 1
    return False


def lone_names(doc: Doc, text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A single capitalised word is a body only when something says so.

    The model calls many lone words organisations: imperatives opening a
    bullet ("Keep windows shut"), drugs, villages, surnames, car models. A
    reader takes one for a body when the text treats it as one somewhere: a
    rule found it (a number to call, a platform), a kind of body stands beside
    it ("the charity X", "X, a local charity", "the X company"), it speaks
    ("X said"), or it shortens a longer name the text gives ("the Met").
    Without any of these, the word is left untyped rather than guessed.
    """
    lone = [c for c in chosen if c.label == "ORG" and c.priority == MODEL
            and _LONE_WORD.fullmatch(text[c.start:c.end])]
    if not lone:
        return chosen
    supported = {text[c.start:c.end] for c in chosen if c.label == "ORG" and c.priority != MODEL}
    # Sorted, so the words a name begins are found by bisection, not by a walk.
    first_words = sorted({text[c.start:c.end].split()[0] for c in chosen
                          if c.label == "ORG" and " " in text[c.start:c.end]})
    # Every use of every lone word, found in one pass over the document.
    uses: dict[str, list[int]] = {}
    lowered = frozenset(text[c.start:c.end].lower() for c in lone)
    for i in word_positions(doc, lowered, cache=False):
        uses.setdefault(doc[i].lower_, []).append(i)
    checked: set[str] = set()
    for c in lone:
        name = text[c.start:c.end]
        if name in supported or name in checked:
            continue
        checked.add(name)
        if name.lower() in PLATFORMS or _shortens(name, first_words):
            supported.add(name)
            continue
        # Any use of the word may say what it is: "the Met's Public Protection Unit".
        if any(doc[i].text == name and _named_as_body(doc[i]) for i in uses.get(name.lower(), ())):
            supported.add(name)
    dropped = {id(c) for c in lone if text[c.start:c.end] not in supported}
    return [c for c in chosen if id(c) not in dropped] if dropped else chosen


def _named_as_body(token: Token) -> bool:
    """"the charity X", "X, a Bristol based charity", "the X company", "X said"."""
    doc = token.doc
    i = token.i
    if i > 0 and doc[i - 1].lower_ in BODY_KINDS:
        return True
    if i + 1 < len(doc) and doc[i + 1].lower_ in BODY_KINDS and doc[i + 1].is_lower:
        return True
    if i + 2 < len(doc) and doc[i + 1].text == "," and doc[i + 2].lower_ in ("a", "an", "the"):
        for k in range(i + 3, min(len(doc), i + 8)):
            if doc[k].lower_ in BODY_KINDS:
                return True
            if doc[k].is_punct:
                break
    if i + 2 < len(doc) and doc[i + 1].lower_ in ("'s", "’s"):
        for k in range(i + 2, min(len(doc), i + 8)):  # "the Met's Area West Public Protection Unit"
            if not doc[k].text[:1].isupper():
                break
            if doc[k].lower_ in ORG_HEADS | UNIT_WORDS:
                return True
    partners = [token.head] if token.dep_ == "conj" else []
    partners += [t for t in token.children if t.dep_ == "conj"]
    if any(p.lower_ in ORG_HEADS and p.text[:1].isupper() for p in partners):
        return True  # "Exampleshire Police and the Army": joined to a named body
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.lower_ in SPEECH_VERBS


def repeated_bodies(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A body's name of two words or more names it wherever it is written again.

    The model may tag "Police Scotland" in one sentence and miss it in the next
    ("of Police Scotland's Road Policing Unit"); a reader takes the same words
    for the same body. Only words no other span has claimed are added.
    """
    names = {text[c.start:c.end]: c.priority for c in chosen
             if c.label == "ORG" and " " in text[c.start:c.end]}
    if not names:
        return chosen
    taken = bytearray(len(text))
    for c in chosen:
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(
        re.escape(name) for name in sorted(names, key=len, reverse=True)) + r")(?![\w-])")
    added = [Candidate(names[m.group()], "ORG", m.start(), m.end())
             for m in pattern.finditer(text) if taken.find(1, m.start(), m.end()) < 0
             and not _inside_a_longer_name(text, m.start(), m.end())]
    return sorted(chosen + added, key=lambda c: c.start) if added else chosen


_NAME_GOES_ON = re.compile(r"[ \t]+(?:(?:and|&|of|for)[ \t]+)?[A-Z]")
_NAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’.-]*)[ \t]+$")


def _inside_a_longer_name(text: str, start: int, end: int) -> bool:
    """"Westshire Police and Crime Commissioner": the words begin another name."""
    if _NAME_GOES_ON.match(text, end):
        return True
    before = _NAME_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1) not in ("The", "A", "An")
