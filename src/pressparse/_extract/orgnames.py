"""Organisations found by rule: capitalised names ending in a head noun, units, brands."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .candidates import Candidate
from .lexicon import (
    COURT_KINDS,
    FACILITY_WORDS,
    LONE_SERVICES,
    NATIONS,
    NOT_ENTITIES,
    NOT_ORG_WORDS,
    ORG_CONNECTORS,
    ORG_HEADS,
    PLATFORMS,
    ROLE_NOUNS,
    STREET_SUFFIXES,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    UNIT_WORDS,
    VEHICLE_MAKES,
    VENUE_AFTER,
)
from .nametokens import PRONOUNS, capitalised_run, is_title_token, word_positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


#: Most words an organisation rule walks back (or on) from its head noun: the
#: longest real names are about half this, and without a bound a run of
#: capitalised words ("Police Police …") makes the walk quadratic.
MAX_ORG_WORDS = 16


def rule_organizations(doc: Doc) -> Iterator[Candidate]:
    """Capitalised names ending in an organisation head noun, "Police <Place>", platforms."""
    n = len(doc)
    for i in word_positions(doc, ORG_HEADS | PLATFORMS):
        token = doc[i]
        lower = token.lower_
        if lower in PLATFORMS and token.text[:1].isupper() and lower != "x":
            yield Candidate(4, "ORG", token.idx, token.idx + len(token.text))
            continue
        if lower == "police" and token.text[:1].isupper() and i + 1 < n \
                and (doc[i + 1].ent_type_ == "GPE" and doc[i + 1].ent_iob_ == "B"
                     or doc[i + 1].text in NATIONS and doc[i + 1].ent_iob_ != "I"):
            # "Police Scotland", "Police Scotland’s priorities": a force named by its place
            end = i + 1
            while end < n and doc[end].ent_iob_ == "I" or end == i + 1:
                end += 1
            span = doc[i:end]
            yield Candidate(4, "ORG", span.start_char, span.end_char)
            continue
        if lower not in ORG_HEADS or not token.text[:1].isupper() and not _court_of_kind(doc, i):
            continue
        if lower == "executive" and i > 0 and is_title_token(doc[i - 1]):
            continue  # "Chief Executive of Example Trust": a post, then the body
        if lower in LONE_SERVICES and (not token.is_sent_start or token.ent_type_ == "ORG") \
                and (i + 1 >= n or not doc[i + 1].text[:1].isupper()):
            yield Candidate(4, "ORG", token.idx, token.idx + len(token.text))
            continue  # "the Coastguard": a service named by its kind alone
        start = i
        while start > 0 and i - start < MAX_ORG_WORDS:
            prev = doc[start - 1]
            if "\n" in prev.whitespace_:
                break
            if prev.text == "-" and not prev.whitespace_ and start - 2 >= 0 \
                    and not doc[start - 2].whitespace_ and doc[start - 2].text[:1].isupper():
                start -= 1  # "Dyfed-Powys Police"
            elif prev.text == "-" and not prev.whitespace_ and start - 4 >= 0 \
                    and doc[start - 2].lower_ in _HYPHEN_LINKS and not doc[start - 2].whitespace_ \
                    and doc[start - 3].text == "-" and not doc[start - 4].whitespace_ \
                    and doc[start - 4].text[:1].isupper():
                start -= 3  # "Stoke-on-Trent Crown Court", "Southend-on-Sea Borough Council"
            elif prev.text == "," and start - 2 >= 0 and doc[start - 2].is_title \
                    and doc[start - 2].is_alpha and doc[start].is_title \
                    and not is_title_token(doc[start - 2]) \
                    and _shared_after_list(doc, start, i):
                start -= 1  # "Exampleshire, Exampleford and Examplebury Road Policing Unit"
            elif _possessive_in_name(doc, start - 1):
                start -= 2  # "National Police Chiefs' Council", "Exampleton Magistrate's Court"
            elif prev.is_punct and prev.text != "&":
                break
            elif prev.text[:1].isupper() and not prev.text.endswith(("'s", "’s")):
                start -= 1
            elif prev.lower_ == "of" and start - 2 >= 0 and doc[start - 2].text[:1].isupper() \
                    and doc[start - 2].ent_type_ != "PERSON" and not is_title_token(doc[start - 2]) \
                    and doc[start - 2].lower_ not in ROLE_NOUNS \
                    and (start - 3 < 0 or not doc[start - 3].text[:1].isupper()):
                # (not "Leader of Exampleshire County Council": a post, then the body)
                start -= 1  # "City of London Police", "Isle of Man Constabulary"
            elif prev.lower_ in ("and", "&") and start - 2 >= 0 and doc[start - 2].lower_ == "fire" \
                    and doc[start].lower_ == "rescue":
                start -= 1  # "Exampleshire Fire and Rescue Service", whatever the model read
            elif prev.lower_ in ("and", "&") and start - 2 >= 0 \
                    and doc[start - 2].text[:1].isupper() and doc[start - 2].lower_ not in ORG_HEADS \
                    and not (doc[start - 2].ent_type_ == "PERSON" and doc[start - 2].ent_iob_ == "I") \
                    and not (prev.ent_iob_ == "O" and doc[start - 2].ent_type_ == "ORG"
                             and not (start - 3 >= 0 and doc[start - 3].lower_ in ("'s", "’s"))
                             and not _owner_in_entity(doc, start - 2)
                             and not _places_after_the(doc, start - 2)):
                # "Fire and Rescue Service", not "<one ORG> and <another>"; but "the
                # Force's Homicide and Major Enquiry Team", where the model's ORG ran the
                # owner into the first word of the unit's name, and "the Exampleton and
                # Exampleby Team", one word (or a list of them) after "the", are one name.
                start -= 1
            else:
                break
        while start < i and (doc[start].lower_ in ORG_CONNECTORS or doc[start].lower_ == "the"):
            start += 1
        # A capitalised first word of a sentence is only part of the name if the model agrees.
        if start < i - 1 and doc[start].is_sent_start and doc[start].ent_type_ == "" \
                and not is_title_token(doc[start]) and doc[start].lower_ not in _COMPASS \
                and not _named_again(doc, start, i):
            start += 1
        while start < i and doc[start].lower_ in _TIME_WORDS:
            start += 1  # "Today Police said": the time the sentence opens with
        while start < i and doc[start].lower_.rstrip(".") in TITLE_ABBREVIATIONS:
            start += 1  # "PC Smith's Response Team"; not "Major" in "Major Crime Team"
        end = _region_after(doc, i + 1)  # "Counter Terrorism Policing North West"
        if end == i + 1 and end < n and _continues_name(token, doc[end]):
            continue  # "Exampleton Police Investigation Centre", "College Close": a longer name
        # "University of Liverpool", "Police Service of Northern Ireland"
        if end + 2 < n and doc[end].lower_ in ("of", "for") and doc[end + 1].lower_ == "the" \
                and doc[end + 2].text[:1].isupper() and doc[end + 2].lower_ not in ORG_HEADS \
                and doc[end + 2].lower_ not in _AWARD_TIMES:
            end += 1  # "Royal Society for the Prevention of Accidents"
        if end + 1 < n and doc[end].lower_ in ("of", "for", "the") \
                and doc[end + 1].text[:1].isupper():
            end += 1
            while end < n and end - i < MAX_ORG_WORDS and not is_title_token(doc[end]) and (
                    doc[end].text[:1].isupper() or (
                    doc[end].lower_ in ("and", "&") and end + 1 < n
                    and doc[end + 1].text[:1].isupper() and doc[end + 1].text != "I"
                    and doc[end - 1].lower_ not in ORG_HEADS)
                    or doc[end].lower_ == "of" and end + 1 < n and doc[end + 1].text[:1].isupper()
                    and doc[end - 1].text[:1].isupper() and doc[end - 1].lower_ not in ORG_HEADS) \
                    and "\n" not in doc[end - 1].whitespace_ \
                    and not (end > i + 2 and doc[end].ent_iob_ == "B"
                             and doc[end].ent_type_ == "PERSON"):
                end += 1  # not into a name after it: "University of Exampleton Jane Doe"
            while doc[end - 1].lower_ in ORG_CONNECTORS:
                end -= 1
            if doc[end - 1].lower_ in ORG_HEADS and end - 1 > i + 1 \
                    and not _one_model_name(doc, start, end):
                end = i + 1  # "Joint Unit of Exampleshire Constabulary": two bodies; but the
                # model's one name "International Association of Women Police" stays whole
        if end + 2 < n and doc[end].lower_ in ("and", "&") and doc[end + 1].text[:1].isupper() \
                and (is_title_token(doc[end + 2]) or doc[end + 2].lower_ in ROLE_NOUNS) \
                and doc[end + 2].text[:1].isupper():
            continue  # "Exampleshire Police and Crime Commissioner Jo Vale": a post's title
        if end - start < 2 or any(t.lower_ in NOT_ORG_WORDS and not _remit(doc, t.i, start, i)
                                  for t in doc[start:end]):
            continue
        span = doc[start:end]
        yield Candidate(4, "ORG", span.start_char, span.end_char)


_REGION_WORDS = frozenset({"North", "South", "East", "West", "Central"})


def _region_after(doc: Doc, k: int) -> int:
    """End of a region a body's head is followed by ("Exampleshire Police North West",
    "CTP North East"): one or two capitalised compass words that end the name; else ``k``."""
    n = len(doc)
    end = k
    while end < n and end - k < 2 and doc[end].text in _REGION_WORDS \
            and "\n" not in doc[end - 1].whitespace_:
        end += 1
    if end == k or end < n and (doc[end].text[:1].isupper() and doc[end].is_alpha
                                or doc[end].lower_ in ("and", "&", "of")):
        return k  # "Exampleshire Police North Division", "Police North and ...": not a region
    return end


def _one_model_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the model gives ``doc[start:end]`` as one ORG entity (or the part of one)."""
    first = doc[start]
    return first.ent_type_ == "ORG" and all(
        t.ent_type_ == "ORG" and t.ent_iob_ == "I" for t in doc[start + 1:end])


def _court_of_kind(doc: Doc, i: int) -> bool:
    """"Exampleton Magistrates' court": a court's kind, capitalised, before a lower-case
    "court" makes it the court's name."""
    if doc[i].lower_ != "court":
        return False
    k = i - 1
    if k > 0 and doc[k].text in ("'", "’"):
        k -= 1
    return k > 0 and doc[k].text[:1].isupper() and (
        doc[k].lower_ in COURT_KINDS or doc[k].lower_ + "'" in COURT_KINDS)


def _remit(doc: Doc, k: int, start: int, head: int) -> bool:
    """Whether the scheme word at ``k`` says what a unit does: right before the head
    noun and not the name's first word ("Hazardous Environment Operation Team"), unlike
    "Operation Example Team" or "the Example Awards"."""
    return k == head - 1 and k > start and doc[head].lower_ in _UNIT_HEADS \
        and doc[k].lower_ not in ("centre", "center")  # "Town Centre Team": where it works


#: Heads of the names of working units, whose words before them may say what they do.
_UNIT_HEADS = frozenset({"team", "unit", "squad", "taskforce", "group", "board", "committee"})


def _named_again(doc: Doc, start: int, head: int) -> bool:
    """Whether the words ``doc[start:head + 1]`` stand again in the text, not at a
    sentence's start: then the first word belongs to the name there too."""
    name = doc[start:head + 1].text
    text = doc.text
    at = text.find(name)
    while at >= 0:
        if at != doc[start].idx and at > 0 and text[at - 1] in " \t(\"“‘'":
            before = text[max(0, at - 3):at].rstrip(" \t(\"“‘'")
            if before and before[-1] not in ".!?\n":
                return True
        at = text.find(name, at + 1)
    return False


def _owner_in_entity(doc: Doc, k: int) -> bool:
    """Whether the model's entity ending at token ``k`` holds a possessive: "the Force’s
    Human Trafficking", the owner run into the first words of its unit's name."""
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
        if doc[k].lower_ in ("'s", "’s"):
            return True
    return False


def _places_after_the(doc: Doc, k: int) -> bool:
    """Whether token ``k`` ends "the A" or "the A, B", single capitalised words after "the":
    the first items of a list the name's last words belong to ("the A, B and C Unit")."""
    while k >= 1 and doc[k].is_alpha and doc[k].is_title and doc[k].lower_ not in ORG_HEADS:
        if doc[k - 1].lower_ == "the":
            return True
        if doc[k - 1].text != "," or k < 2:
            return False
        k -= 2
    return False


def _shared_after_list(doc: Doc, start: int, head: int) -> bool:
    """"A, B and C Road Policing Unit": the items share the words after the last one;
    in "A, B and C Police" the list is of places and the body is only "C Police"."""
    joins = [k for k in range(start, head) if doc[k].lower_ in ("and", "&")]
    return bool(joins) and head - joins[-1] >= 3


def _possessive_in_name(doc: Doc, k: int) -> bool:
    """Whether the possessive at token ``k`` lies inside a name rather than after its
    owner: a plural's ("National Police Chiefs' Council") or a court's kind
    ("Exampleton Magistrate's Court"); not "Exampleton's Community Team", where a
    place or a body owns the unit that follows."""
    if k < 1 or doc[k - 1].whitespace_:
        return False
    owner = doc[k - 1]
    if not (owner.text[:1].isupper() and owner.is_alpha and not owner.is_upper):
        return False
    if doc[k].text in ("'", "’"):
        return owner.lower_.endswith("s") and owner.lower_ not in ORG_HEADS
    return doc[k].lower_ in ("'s", "’s") and (
        owner.lower_ + "'s" in COURT_KINDS
        # "St Exampleton's Crown Court", "St Mary's Hospital": a saint's name owns no unit
        or k >= 2 and doc[k - 2].text in ("St", "St.", "Saint")
        # "Chief’s Council", "Children's Society": a post or a people's plural owns no unit
        or (owner.lower_ in TITLE_WORDS | _PEOPLE_PLURALS and k + 1 < len(doc)
            and doc[k + 1].text[:1].isupper() and not is_title_token(doc[k + 1])))


# Words for a time, which open sentences before a body's name: "Yesterday Police said".
# Months too ("Throughout June Exampleshire Police worked ..."), and words that qualify the
# name without being part of it: "Former Exampleshire Police officers", "Our Example Unit".
_TIME_WORDS = frozenset({"alongside", "following", "after", "despite", "with", "without",
                         "including", "thanks", "like", "unlike", "during", "since", "while",
                         "when", "from", "for", "by", "as", "today", "yesterday", "tonight", "tomorrow", "now", "recently",
                         "earlier", "later", "meanwhile", "monday", "tuesday", "wednesday",
                         "thursday", "friday", "saturday", "sunday", "january", "february",
                         "march", "april", "june", "july", "august", "september", "october",
                         "november", "december", "former", "ex", "our", "your", "their", "his",
                         "her", "its", "my"})
# "Team of the Year": an award, not a body "for the" something.
_AWARD_TIMES = frozenset({"year", "month", "week", "day", "season", "decade", "century", "match"})
# Small words inside hyphenated place names: "Stoke-on-Trent", "Newcastle-upon-Tyne".
_HYPHEN_LINKS = frozenset({"on", "upon", "under", "le", "in", "by", "the", "en", "super"})
# Plurals without an "s", whose possessive is "'s": "Children's Society", "Women's Aid".
_PEOPLE_PLURALS = frozenset({"children", "women", "men", "people"})
# Compass words open the names of regions and of the bodies named after them.
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                      "western", "mid", "central", "greater"})


def _continues_name(head: Token, nxt: Token) -> bool:
    """Whether the capitalised words from ``nxt`` on, after the head noun ``head``,
    carry the name on to something else: a building or street ("Police Investigation
    Centre", "College Close"), or a longer name the model sees ("University Hospital
    Exampleton"). Not a role ("Police Senior Investigating Officer")."""
    if not head.whitespace_ or "\n" in head.whitespace_:
        return False
    doc = head.doc
    run: list[Token] = []
    k = nxt.i
    while k < len(doc) and len(run) < 4 and doc[k].is_alpha and doc[k].text[:1].isupper() \
            and not doc[k].is_upper:
        run.append(doc[k])
        if not doc[k].whitespace_ or "\n" in doc[k].whitespace_:
            break
        k += 1
    if not run or nxt.text in NATIONS or nxt.lower_ in ORG_HEADS | PLATFORMS \
            or nxt.ent_iob_ == "B" and nxt.ent_type_ == "PERSON":
        return False
    if any(is_title_token(t) or t.lower_.removesuffix("s") in TITLE_WORDS | ROLE_NOUNS
           for t in run):
        return False
    if any(t.lower_ in NOT_ORG_WORDS | STREET_SUFFIXES | FACILITY_WORDS for t in run):
        return True
    return nxt.ent_iob_ == "I" and head.ent_type_ == nxt.ent_type_ and nxt.ent_type_ in (
        "ORG", "FAC")


def _owns_a_body(doc: Doc, i: int) -> bool:
    """Whether the unit word at ``i`` is followed by a possessive and a body's name."""
    k = i + 2
    if k >= len(doc) or doc[i + 1].lower_ not in ("'s", "’s") or doc[i].whitespace_:
        return False
    while k < len(doc) and k - i < 8 and doc[k].text[:1].isupper() and doc[k].is_alpha:
        if doc[k].lower_ in ORG_HEADS:
            return True
        k += 1
    return False


def owned_units(doc: Doc) -> Iterator[Candidate]:
    """"GMP's Exampleton District", "the Force's Northern Division", "GMP's City of
    Exampleton district": after an organisation's possessive, capitalised words ending in
    a unit word name a part of it (alone, "the Exampleton District" is a place)."""
    for i in word_positions(doc, UNIT_WORDS):
        token = doc[i]
        if i + 1 < len(doc) and doc[i + 1].is_title and "\n" not in token.whitespace_:
            continue  # not "Basic Command" of "Basic Command Unit"
        start = capitalised_run(doc, i)
        if start < i and _owns_a_body(doc, i):
            span = doc[start:i + 1]  # "Exampleshire Division’s Domestic Abuse Unit"
            yield Candidate(4, "ORG", span.start_char, span.end_char)
            continue
        if start == i or start < 2 or doc[start - 1].lower_ not in ("'s", "’s"):
            continue
        owner = doc[start - 2]
        if owner.ent_type_ == "ORG" or owner.lower_ in ORG_HEADS or owner.is_upper:
            span = doc[start:i + 1]
            yield Candidate(4, "ORG", span.start_char, span.end_char)


# Kinds of body written in lower case after the name: "Exampleton police", "Exampleton
# General hospital", "the Serious and Organised Crime team", "Exampleton Local Policing unit".
_LOWER_UNIT_HEADS = frozenset({"team", "unit", "department"})
_LOWER_HEADS = frozenset({"police", "hospital", "gang"}) | _LOWER_UNIT_HEADS
#: Kinds of unit that are premises: "an Industrial unit", "a Storage unit".
_PREMISES_UNITS = frozenset({"industrial", "storage", "retail", "business", "commercial"})
_POSSESSIVES = frozenset({"our", "your", "their", "his", "her", "its", "my"})


def _lower_case_courts(doc: Doc) -> Iterator[Candidate]:
    """"Exampleton magistrates court", "Exampleton crown court": a place, then a court's
    kind and "court" in lower case, is that court; so is "Exampleton magistrates"."""
    for i in word_positions(doc, frozenset({"court"})):
        if i < 2 or not doc[i].is_lower or not doc[i - 1].is_lower \
                or doc[i - 1].lower_ not in COURT_KINDS:
            continue
        start = capitalised_run(doc, i - 1)
        if start == i - 1 or "\n" in doc[i - 2].whitespace_:
            continue
        yield Candidate(4, "ORG", doc[start].idx, doc[i].idx + len(doc[i].text))
    for i in word_positions(doc, frozenset({"magistrates"})):
        # "appear before Exampleton magistrates": the town's bench is its court
        if i < 1 or not doc[i].is_lower or i + 1 < len(doc) and (
                doc[i + 1].lower_ in ("court", "courts", "'", "’", "'s", "’s")):
            continue
        start = capitalised_run(doc, i)
        if start == i or "\n" in doc[i - 1].whitespace_ or any(is_title_token(t)
                                                                for t in doc[start:i]) \
                or doc[start].is_sent_start and doc[start].ent_type_ not in ("GPE", "LOC"):
            continue
        yield Candidate(4, "ORG", doc[start].idx, doc[i].idx + len(doc[i].text))


def lower_case_heads(doc: Doc) -> Iterator[Candidate]:
    """A capitalised name and a lower-case kind of body after it are one name.

    Not a building ("Exampleton police station"), not a sentence opener alone
    ("Local police said"), not an acronym the text already names ("the XYZ team").
    """
    n = len(doc)
    yield from _lower_case_courts(doc)
    for i in word_positions(doc, _LOWER_HEADS):
        head = doc[i]
        if not head.is_lower or i + 1 < n and doc[i + 1].lower_ in FACILITY_WORDS | VENUE_AFTER:
            continue
        end = i
        if i > 1 and doc[i - 1].lower_ in ("'s", "’s") and head.lower_ == "hospital":
            end = i - 1  # "Exampleton's hospital"... only as one word before: see below
        start = capitalised_run(doc, end)
        if start == end or "\n" in doc[end - 1].whitespace_:
            continue
        words = doc[start:end]
        first = words[0]
        opens = first.is_sent_start or first.i == 0 or doc[first.i - 1].is_sent_start \
            and doc[first.i - 1].is_punct  # "“Our police officers ...", "Extra police will"
        if all(t.is_upper for t in words) or first.lower_ in _POSSESSIVES | PRONOUNS \
                or len(words) == 1 and first.lower_ in _TIME_WORDS \
                or any(t.lower_.rstrip(".") in TITLE_ABBREVIATIONS for t in words) \
                or opens and first.ent_type_ not in ("GPE", "LOC", "FAC") \
                or len(words) == 1 and first.ent_type_ == "NORP" and first.lower_.endswith(
                    ("an", "ish", "ese", "i", "ch")) and not first.lower_.endswith("shire") \
                or words[-1].lower_ in ORG_HEADS and head.lower_ != "team":
            continue  # "Romanian police": a country's police, no body's name
        if head.lower_ == "unit" and words[-1].lower_ in _PREMISES_UNITS:
            continue  # "Exampleton Road Industrial unit": premises, not a police unit
        if head.lower_ in _LOWER_UNIT_HEADS and (any(t.lower_ == "of" for t in words) or all(
                t.ent_type_ in ("GPE", "LOC") for t in words)):
            continue  # "the Exampleton team", "the Management of Offenders team"
        if end < i and len(words) != 1:
            continue  # the possessive form is a one-word name: "Exampleton's hospital"
        yield Candidate(4, "ORG", words.start_char, head.idx + len(head.text))


# "officers from the serious collision investigation unit", "PC Jo Vale, of the traffic
# unit", "from our homicide team": a unit named in lower case by what it does, after "of"
# or "from" and "the", "our" or a force's possessive.
_LOWER_CASE_UNIT = re.compile(
    r"\b(?:of|from)[ \t]+(?:the|our|the[ \t]+force['’]s|[A-Z][a-z]+['’]s)[ \t]+"
    r"(?P<name>(?:[a-z]+[ \t]+){1,3}(?:unit|team|squad|department))\b(?![ \t]+(?:of|for)\b)")
#: First words that say which people, not what a unit does: "the same team".
_NOT_A_UNITS_WORK = frozenset(
    "same whole wider local entire new dedicated specialist small large police "
    "investigation investigating".split())


#: Kinds of team every force has, generic in lower case: "the neighbourhood policing team".
_EVERY_FORCES_TEAMS = frozenset({"policing", "neighbourhood", "response"})


def lower_case_units(text: str) -> Iterator[Candidate]:
    """"of the traffic unit": a unit a reader can name, though written in lower case."""
    for match in _LOWER_CASE_UNIT.finditer(text):
        words = match.group("name").split()
        if words[0] in _NOT_A_UNITS_WORK or _EVERY_FORCES_TEAMS & set(words):
            continue
        yield Candidate(6, "ORG", match.start("name"), match.end("name"))


_CAMEL_CASE = re.compile(r"(?<![\w@#/.-])(?!Mc|Mac)[A-Z][a-z]+[A-Z][A-Za-z]+(?![\w@/.-])")


# Platforms written against a bullet or other mark the tokenizer keeps ("•Facebook").
PLATFORM_NAMES = re.compile(
    r"(?<![\w@#/.'’-])(?i:" + "|".join(sorted((p for p in PLATFORMS if len(p) > 2), key=len,
                                               reverse=True)) + r")(?![\w@/]|-\w)")


# Prisons and young offender institutions by their prefix: "HMP Exampleton", "HMYOI X".
# Crown bodies whose names join their parts with "and" or "of": "HM Revenue and Customs",
# "HM Courts & Tribunals Service", "His Majesty's Prison and Probation Service".
CROWN_BODY = re.compile(
    r"\b(?:HM|H\.M\.|Her[ \t]+Majesty['’]s|His[ \t]+Majesty['’]s)[ \t]+[A-Z][a-z]+"
    r"(?:[ \t]+(?:and|&|of|for|the)?[ \t]*[A-Z][a-z]+){0,6}\b")
def crown_bodies(text: str) -> Iterator[Candidate]:
    """"HM Revenue and Customs", "HM Courts & Tribunals Service": the parts joined into one
    name; not "HM Coroner Jo Vale", a post and its holder."""
    for match in CROWN_BODY.finditer(text):
        words = match.group().split()
        lower = [w.lower() for w in words]
        if any(w in TITLE_WORDS for w in lower[1:]) or not (
                set(lower) & {"and", "&", "of", "for"} or lower[-1] in ORG_HEADS):
            continue
        yield Candidate(3, "ORG", match.start(), match.end())


# "at Exampleton Justice Centre" (a court), "the Westshire Sexual Assault Referral Centre"
# (the service that sees victims): centres that are bodies, whatever the model made of them.
SERVICE_CENTRE = re.compile(
    r"\b(?!The\b)(?:St[ \t]+[A-Z][a-z]+['’]s[ \t]+)?(?:[A-Z][\w-]*[ \t]+){1,4}"
    r"(?:Justice|Referral)[ \t]+Centre\b")


# "the Office of the Police and Crime Commissioner": the office is a body, though the post in
# its name is no one's.
OFFICE_OF = re.compile(
    r"\bOffice[ \t]+of[ \t]+the[ \t]+(?:(?:[A-Z][\w'’]*|and|&|for),?[ \t]+){1,8}?"
    r"(?:Commissioner|Mayor|Ombudsman|Director|Inspector|Regulator)s?"
    r"(?:[ \t]+for[ \t]+[A-Z][a-z]+(?:[ \t]+(?:and|&)[ \t]+[A-Z][a-z]+)?)?\b")
PRISON = re.compile(r"\bHM(?:P|YOI|P/YOI|[ \t]+Prison)[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?\b")


# "working with the RSPCA to", "reported to the IOPC.": initials after "the" that end a
# noun phrase name a body (the things police releases shorten, "the CCTV", are listed
# apart in NOT_ENTITIES; countries are no bodies).
_INITIALS_AFTER_THE = re.compile(
    r"\b[Tt]he[ \t]+(?P<name>[A-Z]{3,6})(?=[ \t]*(?:[.,;:)!?]|$)|[ \t]+(?:to|and|or|in|on|for|"
    r"said|says|has|have|had|is|was|were|will|would|who|which|about|after|with|as|at)\b)",
    re.MULTILINE)
_COUNTRY_INITIALS = frozenset({"USA", "UAE", "USSR", "DRC", "PRC"})
#: Orders, schemes and kinds of group the releases shorten: no one body's name.
_ORDERS_AND_GROUPS = frozenset("cbo asbo dvpn dvpo sho shpo sro mou nrm ocg cit".split())


def initials_after_the(text: str) -> Iterator[Candidate]:
    """"the RSPCA said", "working with the DVLA to": a body named by its initials."""
    for match in _INITIALS_AFTER_THE.finditer(text):
        name = match.group("name")
        lower = name.lower()
        if lower in NOT_ENTITIES or lower in TITLE_WORDS or lower in VEHICLE_MAKES \
                or lower in _ORDERS_AND_GROUPS or name in _COUNTRY_INITIALS:
            continue  # ("the PCC" holds an office, "the BMW" is a car, "the CBO" an order)
        yield Candidate(7, "ORG", match.start("name"), match.end("name"))


def camel_case_names(text: str) -> Iterator[Candidate]:
    """"GoSafe", "DogLost", "PayPal": one word with an inner capital names a body or
    brand (after the model's own spans, which win)."""
    for match in _CAMEL_CASE.finditer(text):
        yield Candidate(7, "ORG", match.start(), match.end())


# Kinds of body a name may follow in apposition: "the charity Exampleline", "the firm
# Example & Sons", "the independent charity Exampleline".
_KINDS_BEFORE_NAME = frozenset(
    "charity company firm retailer supermarket organisation organization bank brand "
    "manufacturer newspaper magazine broadcaster publisher agency network union club trust "
    "provider operator association regulator foundation society insurer lender".split())


def bodies_by_kind(doc: Doc) -> Iterator[Candidate]:
    """"the charity Exampleline": capitalised words right after a lower-case kind of body
    name that body, whatever the model took them for.

    Not the subject of a clause ("the company Jo Vale founded"), not a modifier
    of a noun after it ("the charity Christmas appeal"), and no place, unless the
    name ends in a nation ("the cycling charity Cycling UK").
    """
    n = len(doc)
    for i in word_positions(doc, _KINDS_BEFORE_NAME):
        if not doc[i].is_lower or "\n" in doc[i].whitespace_:
            continue
        k = i + 1
        while k < n and k - i <= 6 and "\n" not in doc[k - 1].whitespace_ and (
                doc[k].text[:1].isupper() and doc[k].is_alpha and not is_title_token(doc[k])
                or doc[k].text == "&" or doc[k].lower_ in ("of", "and", "for")
                and k + 1 < n and doc[k + 1].text[:1].isupper() and k > i + 1):
            k += 1
        if k == i + 1 or k - i > 6:
            continue
        span = doc[i + 1:k]
        if k < n and doc[k].is_lower and doc[k].is_alpha and span[-1].dep_ in ("compound", "amod") \
                or span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.dep_ == "relcl" \
                or any(t.ent_type_ in ("DATE", "TIME") or t.ent_type_ in ("GPE", "NORP")
                       and span[-1].text not in NATIONS for t in span) \
                or all(t.ent_type_ == "PERSON" for t in span) and len(span) > 1 \
                and k < n and doc[k].is_alpha:
            continue  # "the company Jo Vale founded": the model reads a person's name
        yield Candidate(4, "ORG", span.start_char, span.end_char)
