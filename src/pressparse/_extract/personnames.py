"""People found by their context: a title, a collar number, an office, an age, a relative."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .candidates import CLAIMED, TITLE, Candidate
from .lexicon import (
    FACILITY_WORDS,
    HONOURS,
    LOCATIVE_PREPOSITIONS,
    NATIONS,
    NOT_ORG_WORDS,
    OFFICE_WORDS,
    ONLINE_SERVICES,
    ORG_HEADS,
    PERSON_ONLY_TITLES,
    PLACE_HEADS,
    POLICE_RANK_ENDS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STREET_SUFFIXES,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    UNIT_WORDS,
    VENUE_AFTER,
)
from .nametokens import (
    PRONOUNS,
    extend_hyphenated,
    is_age,
    is_collar,
    is_name_like,
    is_title_token,
    word_positions,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Head nouns of bodies that are also surnames: "Inspector Nick Church", "PC Amy Court".
_SURNAME_HEADS = frozenset({"church", "court", "bank", "college", "hall", "board"})
# Occasions named after a rank or an honour: "the Chief Commendations ceremony".
_OCCASIONS = frozenset({"ceremony", "ceremonies", "event", "events", "dinner", "reception"})


#: Short military ranks that are also short first names after a police rank
#: ("Chief Inspector Col Vale", "PC Max Vale").
_SHORT_NAMES = frozenset({"col", "gen", "maj", "max"})


def titled_people(doc: Doc, text: str) -> Iterator[Candidate]:
    """"PC Smith", "Det Insp Jane Smith": capitalised words after a title."""
    n = len(doc)
    slashed = []
    if "/" in text:  # "T/DI", "S/Insp": ranks the word list cannot hold
        from spacy.attrs import IDX

        starts = doc.to_array(IDX).tolist()
        slashed = [bisect.bisect_right(starts, m.start()) - 1 for m in re.finditer("/", text)]
    done = 0
    for i in sorted({*word_positions(doc, TITLE_WORDS), *slashed}):
        token = doc[i]
        collared = token.lower_ == "officer" and i + 2 < n and is_collar(doc[i + 1])
        if i < done or not (is_title_token(token) and (token.text[:1].isupper() or collared)):
            continue  # "officer 1234 Smith": a lower-case rank before a collar number
        j = i + 1 if collared else i
        while j < n and is_title_token(doc[j]) and doc[j].text[:1].isupper() and not (
                j > i and doc[j - 1].lower_ in POLICE_RANK_ENDS and doc[j].lower_ in _SHORT_NAMES
                and j + 1 < n and is_name_like(doc[j + 1])):
            j += 1  # (but "Chief Inspector Col Vale": a soldier's rank after a police one is Colin)
        if j < n - 1 and is_collar(doc[j]) and is_name_like(doc[j + 1]):
            j += 1  # "Detective Constable 1234 Jane Doe": the collar number is no name
        k = j
        words = 0
        while k < n and words < 4 and (
                (is_name_like(doc[k]) or (words or k == j) and k + 1 < n and doc[k].lower_ in NAME_PARTICLES
                 and is_name_like(doc[k + 1])) and not is_title_token(doc[k])
                or k == j and k > 0 and doc[k].lower_ in _SHORT_NAMES
                and doc[k - 1].lower_ in POLICE_RANK_ENDS) \
                and doc[k].lower_.strip("*_") not in HONOURS | SPEECH_VERBS \
                and "\n" not in doc[k - 1].whitespace_:
            k = extend_hyphenated(doc, k) + 1  # "PC Mary-Jane Doe": the name goes on after it
            words += 1  # (and "ACC Sam de Vale": a particle inside the name)
        surname_head = k > j and k < n and doc[k].lower_ in _SURNAME_HEADS \
            and doc[k].text[:1].isupper() and not doc[k].is_upper and doc[k].whitespace_ != "" \
            and (k + 1 >= n or not doc[k + 1].text[:1].isupper())
        surname_title = k > j and k < n and is_title_token(doc[k]) and doc[k].is_title \
            and doc[k].lower_ not in TITLE_ABBREVIATIONS and doc[k].whitespace_ != "" \
            and (k + 1 >= n or not doc[k + 1].text[:1].isupper())
        if surname_head or surname_title:
            # "Chief Inspector Nick Church said", "PC Adam King of X": a surname that
            # is also a body's head or a title, with no name or title after it
            k += 1
        # "Deputy Senior Investigating Officer": a title word after the run means
        # the capitalised words were part of a longer title, not a name.
        last = k - 1
        if k < n and doc[k].text[:1].isupper() and doc[k].lower_ in ORG_HEADS | UNIT_WORDS:
            done = max(k, i + 1)
            continue  # "the Major Crime Unit", "Chief Commendation Board": a body's name
        if k < n and doc[k].is_lower and doc[k].lower_ in NOT_ORG_WORDS | _OCCASIONS:
            done = max(k, i + 1)
            continue  # "the Chief Commendation awards": an event or a scheme, no person
        if k > j and post_or_site(doc[j:last + 1]):
            done = max(k, i + 1)
            continue  # "Exampleton Justice Centre", "Assistant Headteacher", "Sir X Bridge"
        if k > j and (doc[k - 1].ent_type_ not in ("ORG", "GPE", "LOC", "FAC") or surname_head
                      or _title_swallowed(doc, i, j, last)) \
                and not (k < n and doc[k].text[:1].isupper()
                         and (is_title_token(doc[k]) or doc[k].lower_.endswith("s")
                              and doc[k].lower_[:-1] in TITLE_WORDS | ROLE_NOUNS)):
            # (not "Chief Medical Officers": a post's plural after the words)
            span = doc[j:last + 1]
            yield Candidate(3, "PERSON", span.start_char, span.end_char)
        done = max(k, i + 1)


# "ask for Jane Doe 1234", "speak to PC Doe 1234": a name, then the officer's collar number.
_ASK_FOR = frozenset({"for", "to", "contact", "email", "officer"})


def collared_people(doc: Doc) -> Iterator[Candidate]:
    """"ask for Jane Doe 1234": one to three capitalised words between a word that
    asks for someone and a collar number are that officer's name, even when a word
    of it is also a street's ("Mick Place")."""
    n = len(doc)
    for i in word_positions(doc, _ASK_FOR):
        k = i + 1
        while k < n and k - i <= 3 and doc[k].is_alpha and doc[k].text[:1].isupper() \
                and not doc[k].is_upper and not is_title_token(doc[k]) and doc[k].whitespace_:
            k += 1
        if k == i + 1 or k - i > 3 or k >= n or not is_collar(doc[k]) \
                or k + 1 < n and doc[k + 1].is_alpha and not doc[k + 1].lower_ in ("or", "and"):
            continue
        span = doc[i + 1:k]
        if span[0].ent_type_ in ("ORG", "GPE") and span[0].ent_iob_ == "B" and len(span) == 1:
            continue
        yield Candidate(3, "PERSON", span.start_char, span.end_char)
    yield from _collar_first(doc)
    yield from _asked_for(doc)


# Verbs after which "for" and "to" ask for an officer: "ask for 546 Vale", "speak to 1234 Vale".
_ASKING = frozenset({"ask", "asking", "speak", "speaking", "talk", "talking", "write"})


def _collar_first(doc: Doc) -> Iterator[Candidate]:
    """"ask for 546 Vale", "contact officer 1636 Vale on 101": a collar number, then the
    officer's surname (and perhaps a first name before it)."""
    n = len(doc)
    for i in word_positions(doc, _ASK_FOR):
        if i + 2 >= n or not is_collar(doc[i + 1]) or doc[i].lower_ in ("for", "to") and (
                i == 0 or doc[i - 1].lower_ not in _ASKING):
            continue
        k = i + 2
        while k < n and k - i <= 3 and is_name_like(doc[k]) and doc[k].is_alpha \
                and not doc[k].is_upper and not is_title_token(doc[k]) \
                and "\n" not in doc[k - 1].whitespace_:
            k += 1
        if k == i + 2 or k - i > 3 or k < n and "\n" not in doc[k - 1].whitespace_ \
                and not (doc[k].is_punct or doc[k].lower_ in ("on", "or", "at", "and", "via",
                                                             "quoting")):
            continue  # the name, then the end of the clause or where to reach the officer
        span = doc[i + 2:k]
        yield Candidate(3, "PERSON", span.start_char, span.end_char)


def _asked_for(doc: Doc) -> Iterator[Candidate]:
    """"... on 101 and ask for Jo Vale.": the full name one is told to ask for, ending the
    sentence, is a person's."""
    n = len(doc)
    for i in word_positions(doc, frozenset({"for"})):
        if i == 0 or doc[i - 1].lower_ not in ("ask", "asking"):
            continue
        k = i + 1
        while k < n and k - i <= 3 and is_name_like(doc[k]) and doc[k].is_alpha \
                and not doc[k].is_upper and not is_title_token(doc[k]):
            k = extend_hyphenated(doc, k) + 1
            if "\n" in doc[k - 1].whitespace_:
                break
        if k - i < 3 or k - i > 4 or k < n and "\n" not in doc[k - 1].whitespace_ \
                and not (doc[k].is_punct or doc[k].lower_ in ("or", "on", "quoting")):
            continue  # two or three words, then the end of the clause
        span = doc[i + 1:k]
        if any(t.ent_type_ in ("ORG", "GPE", "FAC", "DATE") and t.ent_iob_ == "B" for t in span):
            continue
        yield Candidate(3, "PERSON", span.start_char, span.end_char)


def modifies_title(last: Token) -> bool:
    """A name directly followed by a capitalised rank and a name: part of a title.

    In "Roads Policing Sergeant Jane Doe" the model may take "Roads Policing"
    for a person; a reader sees a unit naming the kind of sergeant.
    """
    doc = last.doc
    k = last.i + 1
    if k >= len(doc) or "\n" in last.whitespace_ or not last.whitespace_:
        return False
    j = k
    while j < len(doc) and is_title_token(doc[j]) and doc[j].text[:1].isupper():
        j += 1
    return j > k and doc[j - 1].lower_ not in ("police",) and j < len(doc) \
        and is_name_like(doc[j]) and not is_title_token(doc[j]) and doc[k].lower_ not in (
            "chief", "general", "special", "assistant", "deputy") \
        and last.lower_ not in ORG_HEADS


#: Ranks written as the office of a force or an inspectorate: "Chief Constable of
#: Westshire Police Jo Vale", "Inspector of Constabulary Jo Vale".
_RANKS_OF_A_FORCE = frozenset({"constable", "inspector", "superintendent", "commander"})


def office_holders(doc: Doc) -> Iterator[Candidate]:
    """"Police and Crime Commissioner for Wiltshire and Swindon Angus Macpherson".

    An office "for" or "of" a place, then the holder's name: the capitalised
    run after the office is the place and the name, and the name is its last two
    words (or where the model's own PERSON starts). The title is claimed too, so
    no word of it becomes an entity.
    """
    n = len(doc)
    for i in word_positions(doc, OFFICE_WORDS | _RANKS_OF_A_FORCE):
        office = doc[i]
        if not office.text[:1].isupper() or i + 2 >= n or doc[i + 1].lower_ not in ("for", "of"):
            continue
        run: list[int] = []
        k = i + 2
        while k < n and len(run) < 8 and "\n" not in doc[k - 1].whitespace_ and (
                doc[k].text[:1].isupper() and doc[k].is_alpha
                or doc[k].lower_ in ("and", "the", "&") and run):
            run.append(k)
            k += 1
        words = [j for j in run if doc[j].text[:1].isupper()]
        if len(words) < 3 or run[-1] != words[-1] or k < n and doc[k].text[:1].isupper() \
                or doc[words[-1]].lower_ in ORG_HEADS | UNIT_WORDS | STREET_SUFFIXES \
                or doc[words[-1]].text in NATIONS:
            continue  # "Director of Safe Homes Trust": the office of a body, no name
        if any(doc[j].lower_ in PRONOUN_OPENERS for j in run):
            continue  # "Director of Stop It Now": a body named in words, no place and name
        person_start = next((j for j in words[1:] if doc[j].ent_type_ == "PERSON"
                             and doc[j].ent_iob_ == "B"), None)
        first = person_start if person_start is not None and words[-1] - person_start < 3 \
            else words[-2]
        if first <= run[0] or doc[first - 1].lower_ in ("and", "the", "&"):
            continue  # nothing left for the place: "Minister for Jane Doe"?
        name = doc[first:words[-1] + 1]
        yield Candidate(3, "PERSON", name.start_char, name.end_char)
        start = i
        while start > 0 and (is_title_token(doc[start - 1]) or doc[start - 1].lower_ in (
                "and", "&") and start > 1 and doc[start - 2].text[:1].isupper()
                or doc[start - 1].lower_ == "police") and doc[start - 1].text[:1] != "&" \
                and "\n" not in doc[start - 1].whitespace_:
            start -= 1
        yield Candidate(3, TITLE, doc[start].idx, doc[first - 1].idx + len(doc[first - 1]))


def _place_after_rank_is_a_name(doc: Doc, title: int, name: int, last: int) -> bool:
    """A rank, then two or three words the model took for a place ("Inspector
    Kate Vale", "Sergeant Tom Hill"): a place has no rank, so the words are the
    officer's name."""
    words = doc[name:last + 1]
    if not 2 <= len(words) <= 3 or doc[name].ent_iob_ != "B" or doc[title].ent_type_ \
            or last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        return False  # the place must be exactly the words after the rank
    if doc[name - 1].lower_.rstrip(".") not in PERSON_ONLY_TITLES:
        return False  # "King Edward Street", "Bishop Auckland": places may hold those
    return not any(t.lower_ in ORG_HEADS or t.text in NATIONS or not t.is_alpha for t in words)


def _title_swallowed(doc: Doc, title: int, name: int, last: int) -> bool:
    """The model's ORG is a titled name ("DC Martin Hardy"), not a body.

    It starts at the title or inside the name and ends with the name, whose
    last word is not an organisation's head noun.
    """
    if doc[last].ent_type_ == "FAC" and doc[title].lower_.rstrip(".") in TITLE_ABBREVIATIONS \
            and doc[title].ent_iob_ == "B" and doc[last].lower_ not in STREET_SUFFIXES:
        return True  # "DC Jane Grant" as a building: a rank abbreviation begins no place
    if doc[last].ent_type_ in ("FAC", "GPE", "LOC") and _place_after_rank_is_a_name(
            doc, title, name, last):
        return True  # "Superintendent Jane Vale": a surname that is also a place word
    if doc[last].ent_type_ != "ORG" or doc[last].lower_ in ORG_HEADS:
        return False
    after = doc[last + 1].lower_ if last + 1 < len(doc) else ""
    if after in FACILITY_WORDS or after in STREET_SUFFIXES or after in VENUE_AFTER:
        return False  # "King Cross station": a place named with a title word
    start = last
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = last + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    # (the model may tag only the surname: "Sergeant Jo [Vale]ORG")
    return title - 1 <= start <= last and end == last + 1


_BIRTH_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-](?:(?:19|20)\d\d|\d\d)")


def _particulars_follow(doc: Doc, k: int) -> bool:
    """After "Name," at token ``k``: what releases tell of a person and of no body, an
    age ("32, of"), "aged 32", a date of birth ("12/03/1985, of"), a home address ("of
    Mill Lane, Exampleton", "of 4 Mill Lane") or a job before an age ("unemployed, 30,")."""
    n = len(doc)
    if k + 1 >= n:
        return False
    value, after = doc[k], doc[k + 1]
    if is_age(value) and after.lower_ in (",", "and", "of", "from"):
        return True
    if value.lower_ == "aged" and is_age(after):
        return True
    if value.lower_ in ("now", "then") and is_age(after) and k + 2 < n \
            and doc[k + 2].lower_ in (",", "of", "from"):
        return True  # "Jo Vale, now 21, of": the age at the time of writing
    if _BIRTH_DATE.fullmatch(value.text) and after.lower_ in (",", "of", "from"):
        return True
    if value.lower_ == "of":
        return _home_address(doc, k + 1)
    job = k
    while job < min(n, k + 2) and value.is_lower and doc[job].is_alpha and doc[job].is_lower:
        job += 1  # "unemployed", "a builder": lower-case words, then ", 30,"
    return job > k and job + 2 < n and doc[job].text == "," and is_age(doc[job + 1]) \
        and doc[job + 2].lower_ in (",", "of", "from")


def _home_address(doc: Doc, k: int) -> bool:
    """"4 Mill Lane", "Mill Lane, Exampleton": a house number or capitalised words ending in
    a street word, with no body's head among them, open at token ``k``."""
    n = len(doc)
    if k < n and doc[k].like_num and doc[k].text.isdigit():
        k += 1  # a house number
    first = k
    while k < min(n, first + 4) and doc[k].text[:1].isupper() and doc[k].is_alpha \
            and doc[k].lower_ not in ORG_HEADS and "\n" not in doc[k - 1].whitespace_:
        if k > first and doc[k].lower_ in STREET_SUFFIXES:
            return k + 1 == n or not doc[k + 1].text[:1].isupper()  # not "Road Safety Unit"
        k += 1
    return False


def aged_people(doc: Doc) -> Iterator[Candidate]:
    """"Jane Doe, 32, of ...", "John Smith (32)", "John Smith (13/08/1993)", "Jane Doe,
    of Mill Lane, Exampleton": a full name followed by an age, a date of birth or a home
    address is a person, whatever the model says."""
    n = len(doc)
    for i in word_positions(doc, frozenset({",", "("})):
        if i + 2 >= n or i < 2:
            continue
        value, after = doc[i + 1], doc[i + 2]
        if doc[i].text == "(":
            if after.text != ")" or not (_BIRTH_DATE.fullmatch(value.text)
                                         or is_age(value) and int(value.text) >= 10):
                continue  # not "Operation Parkland (1)", a numbered item
        elif not _particulars_follow(doc, i + 1):
            continue
        end = i
        while end > 2 and doc[end - 1].text in _EMPHASIS and i - end < 4:
            end -= 1  # "**Jo Vale** , 32,": the name in bold, closed before the comma
        start = end
        while start > 0 and end - start < 4 and is_name_like(doc[start - 1]) \
                and doc[start - 1].is_alpha and not is_title_token(doc[start - 1]) \
                and (doc[start - 1].lower_ not in STREET_SUFFIXES or start == i) \
                and "\n" not in doc[start - 1].whitespace_:
            start -= 1
            if start > 1 and doc[start - 1].text in ("-", "‐") and not doc[start - 1].whitespace_ \
                    and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha \
                    and doc[start - 2].text[:1].isupper():
                start -= 2  # "Stephen-Alan Paul Vickers": a hyphenated first name
        if end - start > 2 and doc[start].is_sent_start and doc[start].ent_type_ == "":
            start += 1  # "Defendant Jane Doe, 32": a capitalised sentence opener
        if end - start < 2 or doc[start].lower_ in ("operation", "op") \
                or all(t.ent_type_ in ("GPE", "LOC", "FAC") for t in doc[start:end]) \
                or start > 0 and doc[start - 1].lower_ in LOCATIVE_PREPOSITIONS:
            continue  # a place before its own particulars; "in Northtown Vale, of ..."
        span = doc[start:end]
        yield Candidate(3, "PERSON", span.start_char, span.end_char)


#: Markdown emphasis marks as the tokenizer splits them.
_EMPHASIS = frozenset({"*", "**", "_", "__"})


#: Nouns that end the name of a post, never a person's name: "Crown Advocate",
#: "Resources Manager" are posts the model took for people.
POST_NOUNS = frozenset(
    "advocate manager officer adviser advisor coordinator co-ordinator executive "
    "spokesperson spokesman spokeswoman investigator prosecutor director".split())


# Lower-case words inside people's names: "Ludwig van Beethoven", "Omar bin Laden".
NAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin",
                            "bint", "al", "el", "ibn", "y", "dos", "das", "ter", "st"})


# Last words of sites named after people, which are seldom surnames.
_SITE_ENDS = frozenset({"bridge", "station", "centre", "center", "building", "stadium", "airport",
                        "square", "tower", "library", "hospital", "school", "academy",
                        "campsite", "site", "park"})


# Last words of services, which no one's name ends in: "Major Incident Public Portal"
# (after "Major", a rank) is a website, not Major Incident.
_SERVICE_ENDS = ONLINE_SERVICES | {"helpline", "hotline"}


# Last words of posts the model takes for names: "Portfolio Holder", "Crown Advocate".
_ROLE_ENDS = frozenset({"officer", "holder", "advocate", "manager", "director", "coordinator",
                        "co-ordinator", "adviser", "advisor", "spokesperson", "spokesman",
                        "spokeswoman", "executive", "investigator", "analyst", "prosecutor",
                        "lead", "champion", "commissioner"})


#: Words for relatives and companions, after which a name is a person's: "his
#: daughter, Jo, said", "her partner Sam".
KIN_WORDS = frozenset(
    """
    daughter son wife husband partner mother father brother sister mum dad mam grandson
    granddaughter grandmother grandfather nephew niece cousin girlfriend boyfriend fiancee
    fiancée fiance stepson stepdaughter aunt uncle widow widower
    """.split()
)
#: The same words for more than one relative: "his sons Jo and Al", "Jo and Al, the
#: parents of ...".
KIN_PLURALS = frozenset({w + "s" for w in KIN_WORDS} | {"parents", "children", "grandchildren",
                                                        "grandparents", "siblings", "twins"})


def post_or_site(tokens: Span | list[Token]) -> bool:
    """Words the model or a title rule took for a name that are a post ("Portfolio
    Holder", "Headteacher") or a site named after someone ("Sir Alf Example Bridge",
    "Exampleton Justice Centre")."""
    last = tokens[-1].lower_
    if len(tokens) > 2 and tokens[-2].text in ("-", "‐") and not tokens[-2].whitespace_:
        last = f"{tokens[-3].lower_}-{last}"  # "Safety Co-ordinator": a hyphenated post
    if last in _ROLE_ENDS or len(tokens) == 1 and last in ROLE_NOUNS or last in _SERVICE_ENDS:
        return True
    return last in _SITE_ENDS and len(tokens) != 2 or len(tokens) == 1 and last in FACILITY_WORDS


# "Joseph (Joe) Vale": a first name, a nickname in brackets, a surname.
_NICKNAMED = re.compile(r"\b[A-Z][a-z]+[ \t]+\([ \t]*[A-Z][a-z]+[ \t]*\)[ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
                        r"(?![\w'’-])")


def nicknamed(doc: Doc, text: str) -> Iterator[Candidate]:
    """"Joseph (Joe) Vale": one person, when the model saw a person in any of the three
    words (it splits the name at the brackets)."""
    people = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    for match in _NICKNAMED.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in people):
            yield Candidate(3, "PERSON", match.start(), match.end())


# "the death of Jo Vale", "the murder of Jo Vale": one dies or is killed as a person; and
# "18 year old Jo Vale": an age before a full name.
_DEATH_OF = re.compile(
    r"(?:\b(?:death|murder|killing|manslaughter|disappearance|funeral|memory)[ \t]+of"
    r"|(?<!\b[Aa][ \t])(?<!\b[Aa]n[ \t])\b\d{1,3}[- ]years?[- ]old)[ \t]+"  # not "a 2-year-old Red Setter"
    r"(?P<name>[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2})(?![ \t]+[A-Z]|[\w'’-])")


_PERSON_KINDS = frozenset({"man", "woman", "boy", "girl", "male", "female", "teenager",
                           "driver", "resident", "motorcyclist", "cyclist", "pedestrian"})


def died_named(text: str) -> Iterator[Candidate]:
    """"the tragic death of Jo Vale", "18 year old Jo Vale": the name after a death or an
    age is a person's, whatever the model made of it; not "the death of Exampleton
    Police's dog" or "a 40-year-old Exampleton Man" (a body's or a place's word in it)."""
    for match in _DEATH_OF.finditer(text):
        words = match.group("name").split()
        lower = {w.lower().strip("'’") for w in words}
        if lower & (ORG_HEADS | PLACE_HEADS | STREET_SUFFIXES | TITLE_WORDS | _PERSON_KINDS) \
                or words[-1].endswith(("'s", "’s")):
            continue
        yield Candidate(4, "PERSON", match.start("name"), match.end("name"))


# "Jo Vale was arrested", "Jo Vale has been jailed", "Jo Vale was last seen": what is done
# to a suspect or a missing person is done to a person, never to a body or a place.
_DONE_TO = re.compile(
    r"(?:^|(?<=[.!?\"”][ \t])|(?<=\n)|(?<=\*\*)|(?<=[*•#-][ \t]))"
    r"(?P<name>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:[ \t]+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){1,2})"
    r"(?:[ \t]*,)?[ \t]+(?:who[ \t]+)?(?:(?:was|has|had|is)[ \t]+(?:been[ \t]+)?|were[ \t]+)"
    r"(?:arrested|charged|jailed|sentenced|convicted|remanded|bailed|cautioned|detained|"
    r"imprisoned|found[ \t]+guilty|last[ \t]+seen|reported[ \t]+(?:as[ \t]+)?missing)\b",
    re.MULTILINE)


# Words of places and of the clubs named after them, which a charge can be brought against:
# "Exampleton Town have been charged by the FA".
_CLUB_WORDS = frozenset({"town", "city", "county", "borough", "united", "rovers", "athletic",
                         "wanderers", "albion"})


def done_to_people(text: str) -> Iterator[Candidate]:
    """"Jo Vale was arrested": two or three capitalised words opening a sentence, then
    what is done to a suspect or a missing person, are a person's name; not when a word
    of it names a body, a place, a street or a title ("Exampleton Road was closed" is not
    matched; "Exampleton Police was ..." has a body's word)."""
    for match in _DONE_TO.finditer(text):
        words = match.group("name").split()
        lower = {w.lower().strip("'’") for w in words}
        if lower & (ORG_HEADS | PLACE_HEADS | STREET_SUFFIXES | TITLE_WORDS | _PERSON_KINDS
                    | NOT_ORG_WORDS | _CLUB_WORDS) or words[-1].endswith(("'s", "’s")) \
                or words[0].lower() in PRONOUNS | {"the", "a", "an"}:
            continue
        yield Candidate(4, "PERSON", match.start("name"), match.end("name"))


# A police animal by its name: "PD Rex", "Police Dog Rex", "Police Horse Duke".
_ANIMAL = re.compile(r"\b(?:PD|Police[ \t]+(?:Dogs?|Horses?))[ \t]+(?:PD[ \t]+)?([A-Z][a-z]+)\b")


def police_animals(text: str) -> Iterator[Candidate]:
    """"PD Rex": a police dog, neither a person nor a body; claimed so no rule takes it
    for either. "Police Dog Section" is a unit, not an animal."""
    for match in _ANIMAL.finditer(text):
        if match.group(1).lower() not in ORG_HEADS | UNIT_WORDS | _ANIMAL_UNITS:
            yield Candidate(2, CLAIMED, match.start(), match.end())


_ANIMAL_UNITS = frozenset({"section", "handler", "handlers", "training", "school", "support"})


def kin_named(doc: Doc) -> Iterator[Candidate]:
    """"Jo's daughter, Ann, said": a name right after a word for a relative is a person."""
    n = len(doc)
    for i in word_positions(doc, KIN_WORDS):
        k = i + 1
        if k < n and doc[k].text == ",":
            k += 1
        start = k
        while k < n and k - start < 3 and doc[k].is_alpha and doc[k].is_title \
                and not is_title_token(doc[k]) and doc[k].lower_ not in ORG_HEADS:
            k += 1
        if k == start or k < n and doc[k].is_alpha and doc[k].is_title:
            continue
        k = extend_hyphenated(doc, k - 1) + 1  # "Ann Lee-Hart"
        while k < n and k - start < 5 and doc[k].is_alpha and doc[k].is_title \
                and not is_title_token(doc[k]):
            k += 1  # "Mo El-Amin Said": the words after the hyphenated part
        if k < n and not (doc[k].is_punct or doc[k].lower_ in SPEECH_VERBS | {"and", "who"}):
            continue  # "his son Harry Potter books": not clearly a name
        span = doc[start:k]
        if any(t.ent_type_ in ("ORG", "DATE") for t in span):
            continue
        yield Candidate(4, "PERSON", span.start_char, span.end_char)
    for i in word_positions(doc, KIN_WORDS | KIN_PLURALS):
        if i + 2 < n and doc[i + 1].lower_ == "of" and is_name_like(doc[i + 2]) \
                and not is_title_token(doc[i + 2]) and doc[i + 2].is_alpha:
            k = i + 2  # "the parents of Sam Vale", "the daughter of Sam Vale"
            while k < n and k - i < 5 and is_name_like(doc[k]) and doc[k].is_alpha \
                    and not is_title_token(doc[k]) and "\n" not in doc[k - 1].whitespace_:
                k += 1
            if k - i > 3 and (k == n or not doc[k].text[:1].isupper()):
                yield Candidate(4, "PERSON", doc[i + 2].idx, doc[k - 1].idx + len(doc[k - 1]))
    for i in word_positions(doc, KIN_PLURALS):
        k = i + 1 + (i + 1 < n and doc[i + 1].text == ",")
        names = _name_list(doc, k)
        if names and names[-1][1] - names[-1][0] > 1 and names[0][1] - names[0][0] == 1:
            names = names[-1:]  # "parents Jo and Al Vale": Jo Vale too, which no span says
        if names:  # "his sons Jo and Al", "brothers Jo, Al and Sam"
            yield from (Candidate(4, "PERSON", doc[a].idx, doc[b - 1].idx + len(doc[b - 1]))
                        for a, b in names)
        if i > 2 and doc[i - 1].lower_ in ("the", "his", "her", "their") \
                and doc[i - 2].text == "," and i + 1 < n and doc[i + 1].lower_ == "of":
            yield from _names_before(doc, i - 2)  # "Jo and Al, the parents of Sam Vale"


def _name_list(doc: Doc, k: int) -> list[tuple[int, int]]:
    """Token ranges of the names listed from token ``k`` ("Jo, Al and Sam Vale"), joined by
    commas and "and" and ended by a mark or a lower-case word; empty if no such list."""
    n = len(doc)
    names: list[tuple[int, int]] = []
    while k < n:
        start = k
        while k < n and k - start < 2 and doc[k].is_alpha and doc[k].is_title \
                and not is_title_token(doc[k]) and doc[k].lower_ not in ORG_HEADS \
                and doc[k].ent_type_ not in ("ORG", "DATE", "GPE"):
            k += 1
        if k == start or k < n and doc[k].is_alpha and doc[k].is_title:
            return []
        names.append((start, k))
        if k + 1 < n and doc[k].text == "," and doc[k + 1].lower_ == "and":
            k += 2
        elif k < n and (doc[k].lower_ == "and" or doc[k].text == ",") and len(names) < 6:
            k += 1
        else:
            break
        if k < n and not doc[k].is_title:
            break  # ", ex-partner Jo": the list ended at the comma before
    return names if len(names) > 1 else []


def _names_before(doc: Doc, comma: int) -> Iterator[Candidate]:
    """"Jo and Al, the parents of": the names joined by "and" before the comma."""
    k = comma
    found = []
    while k > 0:
        end = k
        while k > 0 and end - k < 2 and doc[k - 1].is_alpha and doc[k - 1].is_title \
                and not is_title_token(doc[k - 1]) and doc[k - 1].lower_ not in ORG_HEADS:
            k -= 1
        if k == end:
            break
        found.append((k, end))
        if k > 0 and doc[k - 1].lower_ == "and" and not found[1:]:
            k -= 1
            continue
        break
    if len(found) == 2 and (found[-1][0] == 0 or not doc[found[-1][0] - 1].is_title):
        yield from (Candidate(4, "PERSON", doc[a].idx, doc[b - 1].idx + len(doc[b - 1]))
                    for a, b in found)


PRONOUN_OPENERS = PRONOUNS


# "Jo Vale-Hill, Victim Care Manager, said": two or three capitalised words opening a
# sentence, then a post between commas, then a verb of saying.
_POSTED_SPEAKER = re.compile(
    r"(?:^|(?<=[.!?\"”]\s)|(?<=\n)|(?<=\*\*))"
    r"(?P<name>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:[ \t]+(?:de|van|von|da|di|le|la)?[ \t]*"
    r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){1,2}),[ \t]+"
    r"(?P<post>[^,.;:\n\"“”]{3,80}),[ \t]+"
    r"(?:said|says|added|adds|explained|commented|told)\b")


# "Mayor of Exampleton, Jo Vale, said": the post first, then the name between commas.
_POST_THEN_NAME = re.compile(
    r"(?:^|(?<=[.!?\"”]\s)|(?<=\n)|(?<=\*\*))"
    r"(?P<post>[A-Z][^,.;:\n\"“”]{3,80}),[ \t]+"
    r"(?P<name>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:[ \t]+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){1,2}),"
    r"[ \t]+(?:said|says|added|adds|explained|commented|told)\b")


def posted_speakers(text: str) -> Iterator[Candidate]:
    """"Jo Vale-Hill, Victim Care Manager, said:": the words before a post and a verb
    of saying are a person's name, whatever the model made of them. The post must
    hold a rank, an office or a post noun, and the name no title, body or place word."""
    for match in itertools.chain(_POSTED_SPEAKER.finditer(text), _POST_THEN_NAME.finditer(text)):
        name_words = {w.lower() for w in re.split(r"[ \t-]+", match.group("name"))}
        post_words = {w.lower().strip("'’") for w in re.split(r"[ \t]+", match.group("post"))}
        if name_words & (TITLE_WORDS | ORG_HEADS | PLACE_HEADS | STREET_SUFFIXES | ROLE_NOUNS
                         | {"the", "a", "an", "police", "north", "south", "east", "west"}):
            continue
        if not post_words & (TITLE_WORDS | ROLE_NOUNS | OFFICE_WORDS | _ROLE_ENDS):
            continue
        yield Candidate(4, "PERSON", match.start("name"), match.end("name"))
