"""A person's title, role and organisation, read from the words around a name.

News and press releases introduce a speaker in a few fixed shapes, and a
reader takes each part from its place:

* before the name, a title with its modifiers: "Roads Policing Sergeant Jane
  Doe", "Police and Crime Commissioner for Exampleshire Jane Doe", "His Honour
  Judge Jane Doe"; an organisation may stand first: "Example Police's DI Jane Doe",
  "Example Police Superintendent Jane Doe";
* after it, appositions between commas, each one a title ("Director of Example
  Trust"), a role ("lead for Major Crime", "senior investigating officer"), an
  organisation ("Police Scotland"), or an age or address, which is neither:
  "Jane Doe, 45, of Exampleton".

"of", "from" and "at" name the body a person belongs to; "for" after a role
names a portfolio ("lead for Public Protection") unless what follows is
plainly a body ("head of service for Example Trust").
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import Entity
from .lexicon import (
    LOCATIVE_PREPOSITIONS,
    NATIONS,
    ORG_HEADS,
    POLICE_RANK_ENDS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_ABBREVIATIONS,
    TITLE_EXPANSIONS,
    TITLE_WORDS,
    UNIT_WORDS,
)
from .nametokens import is_title_token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: How many appositions after a name are read, and how many words each may have.
MAX_APPOSITIONS = 3
MAX_APPOSITION_WORDS = 14

# Words that open a courtesy or honour before a judge's title: "His Honour Judge".
_HONOUR_OPENERS = frozenset({"his", "her"})
_BELONGS = frozenset({"of", "from", "at", "with", "representing"})
_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "mx"})
#: The document's organisations by :func:`_key` of their record name: the first
#: record so spelled, in the order the pairs are given (see :func:`org_names`).
OrgNames = Mapping[tuple[str, ...], str]

# The head nouns of ranks and offices, which are titles even in lower case.
_RANK_HEADS = frozenset(
    "constable sergeant inspector superintendent commissioner prosecutor executive director "
    "councillor coroner mayor minister chairman chairwoman president headteacher".split())

# Roles whose "of" names a portfolio, not a body: "head of Public Protection".
_PORTFOLIO_HEADS = frozenset({"head", "lead", "leader"})


@dataclass(frozen=True, slots=True)
class Description:
    """What the words around one mention say about the person."""

    title: str | None = None
    role: str | None = None
    organization: str | None = None


def describe(doc: Doc, mention: Entity, organizations: list[tuple[Entity, str]],
             people: Container[int] = frozenset(),
             org_at: dict[int, tuple[Entity, str]] | None = None,
             names: OrgNames | None = None) -> Description:
    """Title, role and organisation stated around ``mention`` (a PERSON entity).

    ``organizations`` pairs each ORG entity with its record's name, so "Stop
    It Now, Scotland" after "Director of" resolves to the body the document names;
    ``people`` holds the start offsets of the other PERSON entities, so a list of
    people is not read as one person's titles. A caller describing many mentions
    passes ``org_at`` (each ORG entity by its start) and ``names``
    (:func:`org_names` of ``organizations``), built once.
    """
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return Description()
    if org_at is None:  # callers describing many mentions pass these, built once
        org_at = {e.start: (e, name) for e, name in organizations}
    if names is None:
        names = org_names(organizations)
    title, org_before, post = _title_before(doc, span.start, org_at)
    after = _appositions(doc, span.end - 1, org_at, names, people)
    # A second title after the name, when one stands before it, says what the
    # person does: "Chief Inspector Jane Doe, District Commander for Northtown".
    second = after.title if title and after.title and after.title != title else None
    organization = org_before or after.organization
    return Description(
        title=title or after.title,
        role=post or after.role or second,
        organization=_spelled_out(organization, names) if organization else None,
    )


def _spelled_out(name: str, organizations: OrgNames) -> str:
    """"SW ROCU" -> "South West Regional Organised Crime Unit" when the document
    spells the body out: a short form is the initials of its full name."""
    letters = re.sub(r"[\s.&-]", "", name)
    if not (2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()):
        return name
    for record in organizations.values():
        words = [w for w in re.findall(r"[\w'’]+", record) if w.lower() not in _NOT_INITIALS]
        if len(words) == len(letters) and all(
                w[0].upper() == c for w, c in zip(words, letters, strict=True)):
            return record
    return name


#: Words left out of a body's initials: "Crown Prosecution Service" is "CPS".
_NOT_INITIALS = frozenset({"of", "and", "the", "for", "&"})


# --- before the name -------------------------------------------------------------

def _title_before(doc: Doc, first: int, org_at: dict[int, tuple[Entity, str]]
                  ) -> tuple[str | None, str | None, str | None]:
    """The title written before the name, an organisation standing before it, and a
    post written before the rank (the role)."""
    k = first
    while k > 0 and "\n" not in doc[k - 1].whitespace_ and not _another_name(doc, k - 1) and (
            _title_part(doc[k - 1]) or doc[k - 1].text in ("-", "‐", "/")
            and not doc[k - 1].whitespace_
            and k > 1 and not doc[k - 2].whitespace_ and doc[k - 2].text[:1].isupper()):
        k -= 1  # "Dyfed-Powys Police Chief Inspector", "T/DCI": marks inside a name or rank
    # A rank may follow a capitalised unit or office: "Roads Policing Sergeant",
    # "Commissioner for Exampleshire and Westshire".
    while k < first and not _title_word(doc[k]):
        if doc[k].lower_ in ("for", "of", "and", "the", "&"):
            k += 1
            continue
        if doc[k].ent_type_ in ("DATE", "TIME", "CARDINAL") or doc[k].is_sent_start \
                and not _leads_title(doc, k, first) and not _title_part(doc[k]):
            k += 1
            continue
        break
    while k < first and doc[k].lower_ in ("for", "of", "and", "the", "&"):
        k += 1
    if k == first or not any(_title_word(doc[j]) for j in range(k, first)):
        if first > 1 and doc[first - 1].text == "," and k == first:
            return _title_opening_sentence(doc, first - 1, org_at)
        return None, _owner_before(doc, first, org_at), None
    organization = None
    # "Example Police's DI Jane Doe" / "Example Police Superintendent Jane Doe"
    start = k
    for j in range(k, first):
        if doc[j].idx in org_at:
            entity, name = org_at[doc[j].idx]
            end = j
            while end < first and doc[end].idx < entity.end:
                end += 1
            if end < first and doc[end].lower_ in ("'s", "’s"):
                end += 1
            if j == k and end < first and doc[end].lower_ not in ("and", "&"):
                # not "Example Police and Crime Commissioner": one title
                organization, start = name, end
            break
    if organization is None and start + 1 < first and _initials_of_a_body(doc[start]):
        organization, start = doc[start].text, start + 1  # "IAWP Programme Chair Jo Vale"
    words = [t for t in doc[start:first] if t.lower_ not in _COURTESY]
    while words and words[0].lower_ in ("for", "of", "and", "the", "&", "'s", "’s"):
        words.pop(0)
    words = _without_place(words)
    area = next((m for m, t in enumerate(words) if m and t.lower_ in ("for", "of")), None)
    if area is not None and area + 1 < len(words) and all(
            t.text[:1].isupper() or t.lower_ in ("and", "&") for t in words[area + 1:]):
        if words[-1].lower_ in ORG_HEADS and organization is None:
            # "Chief Constable of Westshire Police", "Chair of Westshire Resilience
            # Forum": the office, then the body
            organization = _between(doc, words[area + 1], words[-1])
            words = words[:area]
        elif words[area - 1].lower_ in POLICE_RANK_ENDS and not (
                area > 1 and words[area - 2].lower_ == "chief"
                and words[area - 1].lower_ == "constable"):
            words = words[:area]  # "Inspector for Northtown": the area a rank serves
    if len(words) > 1 and words[-1].lower_ in _PEERAGES:
        words.pop()  # "Commissioner Lord Jo Vale": the form of address is no part of the office
    if words and words[-1].lower_ in ("and", "&"):
        return None, None, None  # "PC Jo Vale and Kim Roe": the words before "and" are another's
    if not words:
        return None, organization, None
    role = None
    rank = _rank_after_post(words)
    if rank:
        role = _between(doc, words[0], words[rank - 1])
        words = words[rank:]
    text = _between(doc, words[0], words[-1])
    return text, organization, role


#: Forms of address of peers and knights: "Lord", "Lady", "Sir".
_PEERAGES = frozenset({"lord", "lady", "baroness", "baron", "sir", "dame"})
#: Words of a police rank ("Temporary Detective Chief Inspector", "PC") and its heads.
_RANK_WORDS = frozenset(
    "police detective det chief temporary acting special woman assistant deputy constable "
    "sergeant inspector superintendent pc pcso wpc dc ds di dci dsi dsupt supt insp sgt ci ch "
    "con ps sc t/di t/dci t/ds t/supt t/ch a/di a/ds a/supt".split())


def _rank_after_post(words: list[Token]) -> int:
    """Where a police rank starts after a post: "Hate Crime Officer PC Jo Vale",
    "Area Commander Chief Inspector Jo Vale". The rank next to the name is the
    title and the post before it the role. 0 when the words are one title
    ("Police Community Support Officer", "Roads Policing Sergeant")."""
    if words[-1].lower_ not in POLICE_RANK_ENDS:
        return 0
    k = len(words)
    while k > 0 and words[k - 1].lower_ in _RANK_WORDS:
        k -= 1
    if k == 0 or words[k - 1].lower_ not in ROLE_NOUNS or words[k - 1].lower_ in _RANK_WORDS:
        return 0
    return k


def _initials_of_a_body(token: Token) -> bool:
    """Initials opening a title that are no rank's ("NSPCC", not "DCI" or "PCSO")."""
    lower = token.lower_
    return token.is_upper and token.is_alpha and len(token.text) >= 3 \
        and lower not in TITLE_WORDS and lower not in TITLE_EXPANSIONS


def _owner_before(doc: Doc, first: int, org_at: dict[int, tuple[Entity, str]]) -> str | None:
    """"Westshire Air Service's Jo Vale": the body whose possessive stands right
    before the name."""
    if first < 2 or doc[first - 1].lower_ not in ("'s", "’s"):
        return None
    owner = next(((e, name) for e, name in org_at.values()
                  if e.end == doc[first - 2].idx + len(doc[first - 2].text)), None)
    return owner[1] if owner is not None else None


def _another_name(doc: Doc, k: int) -> bool:
    """"PC Jane Doe and PC John Roe": the title of the second ends at "and" before
    its rank, and never holds the first person."""
    token = doc[k]
    return token.lower_ in ("and", "&") and k + 1 < len(doc) and _title_word(doc[k + 1]) \
        and k > 0 and not _title_word(doc[k - 1]) and doc[k - 1].lower_ != "police"


def _without_place(words: list[Token]) -> list[Token]:
    """"Eastbury's PC", "Northtown PCSO": a place (or any owner with "'s") before a
    rank says where the officer works, and is no part of the rank."""
    owner = max((m for m, t in enumerate(words) if t.lower_ in ("'s", "’s")), default=None)
    if owner is not None and owner + 1 < len(words):
        words = words[owner + 1:]  # "Westshire's Police and Crime Commissioner"
    rank = next((m for m, t in enumerate(words) if t.lower_.rstrip(".") in TITLE_ABBREVIATIONS
                 and t.lower_ not in _COURTESY), None)
    if rank and any(t.ent_type_ in ("GPE", "LOC", "FAC") or t.lower_ in ("'s", "’s")
                    or t.lower_ in _place_words(t.doc) for t in words[:rank]):
        return words[rank:]  # "Northtown PCSO", and a word before the place: "Brave Northtown PCSO"
    if words and words[-1].lower_ in POLICE_RANK_ENDS and not (
            len(words) > 1 and words[-2].lower_ == "chief" and words[-1].lower_ == "constable"):
        # "Northtown Chief Inspector", "North Westshire Neighbourhood Sergeant": the
        # area an officer serves, a word the document uses as a place elsewhere. A
        # force's chief officers hold an office of the area, as its commissioner does:
        # "Westshire Deputy Chief Constable" keeps it.
        places = _place_words(words[0].doc)
        k = 0
        if len(words) > 2 and words[0].lower_ in ("st", "st.") and words[1].text[:1].isupper():
            places = places | {words[0].lower_, words[1].lower_}  # "St Exampleton": a saint's town
        while k < len(words) - 1 and (words[k].lower_ in places or words[k].lower_ in _COMPASS
                                      and k + 1 < len(words) - 1
                                      and words[k + 1].lower_ in places
                                      or k and words[k].lower_ in ("and", "&")
                                      and words[k + 1].lower_ in places):
            k += 1
        if k and words[k].lower_ not in ("and", "&"):
            return words[k:]
    return words


_COMPASS = frozenset({"north", "south", "east", "west", "mid", "central", "greater", "upper",
                      "lower", "three"})
_PLACES_KEY = "pressparse.roles.places"


def _place_words(doc: Doc) -> frozenset[str]:
    """Words the document uses as places: inside a place the model named, or a
    capitalised word right after "in", "at", "near" and the like."""
    cached = doc.user_data.get(_PLACES_KEY)
    if cached is None:
        found = {t.lower_ for ent in doc.ents if ent.label_ in ("GPE", "LOC")
                 for t in ent if t.is_alpha and t.text[:1].isupper()}
        for k in range(len(doc) - 1):
            if doc[k].lower_ in LOCATIVE_PREPOSITIONS:
                j = k + 1
                while j < len(doc) and j - k <= 3 and doc[j].is_alpha \
                        and doc[j].text[:1].isupper() and doc[j].ent_type_ in ("", "GPE", "LOC"):
                    found.add(doc[j].lower_)
                    j += 1
        upper = {t.lower_ for t in doc if t.is_upper}  # initials name bodies: "RSPCA"
        cached = doc.user_data[_PLACES_KEY] = frozenset(found - TITLE_WORDS - ORG_HEADS - upper)
    return cached


def _title_opening_sentence(doc: Doc, comma: int, org_at: dict[int, tuple[Entity, str]]
                            ) -> tuple[str | None, str | None, str | None]:
    """"Borough Commander for Northtown, Jane Doe said": a title opening the sentence."""
    start = comma - 1
    sent_start = doc[comma - 1].sent.start
    while start > sent_start and "\n" not in doc[start - 1].whitespace_ \
            and "\n" not in doc[start - 1].text:
        start -= 1  # a paragraph begins a sentence, even after one left unfinished
    phrase = [t for t in doc[start:comma] if t.text.strip("*#_>")]  # markup left out
    if not phrase or len(phrase) > 10 or not phrase[0].text[:1].isupper() \
            or not any(_title_word(t) for t in phrase) or not all(_title_part(t) for t in phrase):
        return None, None, None
    return _title_before(doc, comma, org_at)


def _between(doc: Doc, first: Token, last: Token) -> str:
    """The text from ``first`` to ``last``; ``doc.text`` is rebuilt on every access."""
    return doc[first.i:last.i + 1].text


def _title_word(token: Token) -> bool:
    """A rank, office or job word written as a title: "Inspector", "Manager", "Director"."""
    lower = token.lower_.rstrip(".")
    return (is_title_token(token) or lower in ("honour", "pcc") or lower in ROLE_NOUNS) \
        and token.text[:1].isupper() and lower not in _COURTESY


def _title_part(token: Token) -> bool:
    """A word that can stand inside a title before a name."""
    if token.is_punct or token.like_num:
        return False
    if token.lower_ in ("for", "of", "and", "&", "the"):
        return True
    if token.lower_ in _HONOUR_OPENERS:
        return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "honour"
    return token.text[:1].isupper() and token.is_alpha or "/" in token.text \
        or token.lower_ in ("'s", "’s")


def _leads_title(doc: Doc, k: int, first: int) -> bool:
    """A capitalised first word of a sentence that belongs to the title after it."""
    # The tagger is not run, so the part of speech is read from the words themselves.
    return not doc[k].is_stop and doc[k].ent_type_ not in ("DATE", "TIME", "GPE") \
        and k + 1 < first


# --- after the name ----------------------------------------------------------------

def _appositions(doc: Doc, last: int, org_at: dict[int, tuple[Entity, str]],
                 organizations: OrgNames, people: Container[int]) -> Description:
    """Read the comma-separated phrases after the name, up to its verb."""
    title = role = organization = None
    k = last + 1
    n = len(doc)
    for _ in range(MAX_APPOSITIONS):
        if k >= n:
            break
        opener = doc[k]
        if opener.text != ",":
            # "Jo Vale with Team X" (a caption): company, not membership, unlike
            # "Jo Vale, a sergeant with X"
            if opener.lower_ in _BELONGS and opener.lower_ != "with" and organization is None:
                found = _organization_in(doc, k + 1, org_at, organizations)
                if found is not None:
                    organization = found[0]
            break
        if k + 1 < n and doc[k + 1].lower_ == "who" and organization is None:
            organization = _unit_led(doc, k + 2, org_at, organizations)
            break
        j = k + 1
        while j < n and j - k <= MAX_APPOSITION_WORDS and not _ends_apposition(doc[j]):
            j += 1
        if j >= n or j - k > MAX_APPOSITION_WORDS or j == k + 1:
            break
        phrase = doc[k + 1:j]
        kind, value, org = _classify(doc, phrase, org_at, organizations, people)
        if kind == "stop":
            break
        if kind == "title" and title is None:
            title = value
        elif kind == "role" and role is None:
            role = value
        if org is not None and organization is None:
            organization = org
            # "Stop It Now, Scotland": a body's national branch after a comma
            nation = _nation_after(doc, j - 1)
            if nation is not None:
                joined = f"{org} {nation}"
                resolved = _resolve(joined, organizations)
                # (rare: a body then a nation, so the text is rebuilt only here)
                if resolved is not None or joined in doc.text:
                    organization = resolved or joined
                    j += 2
        k = j
        if doc[k].text != ",":
            break
    return Description(title=title, role=role, organization=organization)


#: Verbs by which a relative clause says which unit the person leads or serves in.
_LEADS = frozenset("leads led leading heads headed heading runs ran running manages managed "
                   "managing works worked working serves served serving".split())


def _unit_led(doc: Doc, k: int, org_at: dict[int, tuple[Entity, str]],
              organizations: OrgNames) -> str | None:
    """"Jo Vale, who led the investigation by Northtown CID,": the unit a relative
    clause says the person leads or works in, named before the clause ends."""
    if k + 1 < len(doc) and doc[k].lower_ in ("is", "was") and doc[k + 1].lower_ in _LEADS:
        k += 1  # "who is leading the investigation for Northtown CID"
    if k >= len(doc) or doc[k].lower_ not in _LEADS:
        return None
    for j in range(k + 1, min(k + 10, len(doc))):
        token = doc[j]
        if token.text in (",", ".", ";", ":") or "\n" in token.text:
            return None
        if token.text[:1].isupper() and (token.i == 0 or not doc[j - 1].text[:1].isupper()):
            if token.idx in org_at and not _plainly_a_body(org_at[token.idx][0].text):
                continue
            found = _organization_in(doc, j, org_at, organizations)
            if found is not None:
                return found[0]
    return None


def _ends_apposition(token: Token) -> bool:
    return token.text in (",", ".", ";", ":", "(", ")", "\"", "“", "”", "!", "?") \
        or "\n" in token.text or token.lower_ in ("who", "which", "that", "said", "says") \
        or token.lower_ in SPEECH_VERBS and token.dep_ not in (
            "compound", "amod", "pobj", "dobj", "nsubj", "conj")


def _classify(doc: Doc, phrase: Span, org_at: dict[int, tuple[Entity, str]],
              organizations: OrgNames, people: Container[int]
              ) -> tuple[str, str | None, str | None]:
    """("title" | "role" | "organization" | "skip" | "stop", text, organisation)."""
    words = [t for t in phrase if not t.is_space]
    if not words or any(t.idx in people for t in words):
        return "stop", None, None  # another person: "Jane Doe, Chief Constable John Roe, ..."
    first = words[0]
    if first.like_num or first.lower_ in ("aged", "age"):
        return "skip", None, None  # an age: "45", "aged 45"
    if first.lower_ in _BELONGS:
        # "of Example CID", "from Example Police's Major Crime Team": the body,
        # else an address ("of Exampleton"), which is not one.
        found = _organization_in(doc, first.i + 1, org_at, organizations)
        if found is None:
            rest = _between(doc, words[1], words[-1]) \
                if len(words) > 1 else ""
            named = _resolve(re.sub(r"^(?:the|The)\s+", "", rest), organizations)
            return ("organization", None, named) if named else ("skip", None, None)
        return "organization", None, found[0]
    if first.idx in org_at and org_at[first.idx][0].end >= words[-1].idx + len(words[-1].text):
        return "organization", None, org_at[first.idx][1]  # "Police Scotland"
    whole = _resolve(_between(doc, first, words[-1]), organizations)
    if whole is not None:
        return "organization", None, whole  # a body the model missed here but named elsewhere
    owned = _owned_post(doc, words, org_at)
    if owned is not None:
        return owned
    # A title or role, then the body it belongs to: "Director of Example Trust",
    # "national head of service for Example Trust"
    org = None
    cut = len(words)
    for m, token in enumerate(words):
        if m and token.lower_ in (_BELONGS | {"for"}):
            # "for" names a portfolio, and so does "of" after "head" or "lead"
            # ("head of Public Protection"), unless a body is plainly named.
            portfolio = token.lower_ == "for" or words[m - 1].lower_ in _PORTFOLIO_HEADS
            found = _organization_in(doc, token.i + 1, org_at, organizations,
                                     plain_body_only=portfolio)
            if found is not None:
                org, end = found
                if end >= words[-1].i:
                    cut = m
                    break
    if org is None:
        # "Director of Example Trust" where the model tagged no organisation: the
        # words after "of" spell a body the document names elsewhere.
        for m, token in enumerate(words):
            if m and token.lower_ in _BELONGS:
                rest = _between(doc, words[m + 1] if m + 1 < len(words) else token, words[-1])
                nation = _nation_after(doc, words[-1].i)
                org = _resolve(rest, organizations) or (
                    nation and _resolve(f"{rest} {nation}", organizations)) or None
                if org is not None and words[m - 1].lower_ in _PORTFOLIO_HEADS \
                        and not _plainly_a_body(org):
                    org = None  # "head of Public Protection": a portfolio
                if org is not None:
                    cut = m
                    break
    head = words[:cut]
    if not head:
        return "skip", None, org
    head_text = _between(doc, head[0], head[-1])
    lowers = {t.lower_ for t in head}
    if all(t.text[:1].isupper() or t.lower_ in ("of", "and", "for", "the", "&") for t in head) \
            and any(_title_word(t) or t.lower_ in ROLE_NOUNS for t in head):
        return "title", head_text, org
    branch = _office_of_a_branch(words, org is not None)
    if branch is not None:
        return "title", branch[0], branch[1]
    rank = _lower_case_rank(head)
    if rank is not None:
        return "title", rank, org
    if lowers & (ROLE_NOUNS | TITLE_WORDS) or any(t.lower_.rstrip("s") in ROLE_NOUNS
                                                  for t in head):
        return "role", head_text, org
    return ("skip" if org is None else "organization"), None, org


def _office_of_a_branch(words: list[Token], ends_in_body: bool) -> tuple[str, str] | None:
    """"Chairman of the Example Police branch of Example Sport": a capitalised office,
    then "of" and a body described in words (a branch, a division of something);
    the office is the title and everything after "of" the organisation."""
    of = next((m for m, t in enumerate(words) if t.lower_ == "of"), None)
    if not of or of + 1 >= len(words):
        return None
    office, body = words[:of], words[of + 1:]
    if body[0].lower_ == "the":
        body = body[1:]
    if not body or not all(t.text[:1].isupper() for t in office) \
            or not any(_title_word(t) for t in office) or not body[0].text[:1].isupper() \
            or not any(t.is_lower and t.is_alpha and t.lower_ not in ("of", "and", "for", "the")
                       for t in body) \
            or not (ends_in_body or body[-1].lower_ in ORG_HEADS):
        return None  # "Director of Public Health for the county": a portfolio
    doc = words[0].doc
    return _between(doc, office[0], office[-1]), _between(doc, body[0], body[-1])


def _lower_case_rank(head: list[Token]) -> str | None:
    """"a detective sergeant with X", "chief executive of X": a rank or office in
    lower case is still the person's title; "the district commander", "head of
    housing" are posts, which stay roles."""
    words = list(head)
    while words and (words[0].lower_ in ("a", "an", "the") or words[0].dep_ == "poss"
                     or words[0].lower_ in ("'s", "’s")):
        words.pop(0)  # "the charity's chief executive": the owner is not the title
    cut = next((m for m, t in enumerate(words) if t.lower_ in ("of", "for", "at", "with")),
               len(words))
    if not words or cut == 0 or words[cut - 1].lower_ not in _RANK_HEADS \
            or any(t.text[:1].isupper() for t in words[:cut]) or cut > 4:
        return None
    return _between(words[0].doc, words[0], words[-1])


def _owned_post(doc: Doc, words: list[Token], org_at: dict[int, tuple[Entity, str]]
                ) -> tuple[str, str | None, str | None] | None:
    """"Example Police's head of road safety", "the force's lead for X", "the Example
    Council lead for X": the post after a body is the role (or title), the body the
    organisation."""
    first = 1 if words[0].lower_ == "the" and len(words) > 1 else 0
    owner = words[first]
    organization = None
    if owner.idx in org_at:
        entity, organization = org_at[owner.idx]
        after = next((m for m, t in enumerate(words) if t.idx >= entity.end), None)
        if after is None:
            return None
        possessive = words[after].lower_ in ("'s", "’s")
        post_at = after + 1 if possessive else after
        if not possessive and words[after].lower_ not in _PORTFOLIO_HEADS:
            return None  # "Example Police officers": no post named
    elif first == 1 and owner.lower_ in ("force", "service") and len(words) > 3 \
            and words[2].lower_ in ("'s", "’s"):
        post_at = 3  # "the force's lead for X": the publisher's, by inference
    else:
        return None
    post = words[post_at:]
    if not post or post_at > 8 or not (post[0].lower_ in _PORTFOLIO_HEADS
                                       or post[0].lower_ in ROLE_NOUNS or _title_word(post[0])):
        return None
    text = _between(doc, post[0], post[-1])
    capitalised = all(t.text[:1].isupper() or t.lower_ in ("of", "for", "and", "the", "&")
                      for t in post)
    kind = "title" if capitalised and post[0].lower_ not in _PORTFOLIO_HEADS else "role"
    return kind, text, organization


def _nation_after(doc: Doc, last: int) -> str | None:
    """"Scotland" in ", Scotland," right after token ``last``."""
    if last + 3 < len(doc) and doc[last + 1].text == "," and doc[last + 2].text in NATIONS \
            and doc[last + 3].text in (",", ":"):
        return doc[last + 2].text
    return None


def _organization_in(doc: Doc, k: int, org_at: dict[int, tuple[Entity, str]],
                     organizations: OrgNames, plain_body_only: bool = False
                     ) -> tuple[str, int] | None:
    """The organisation named from token ``k`` on, with the index of its last token."""
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    if k + 1 < len(doc) and doc[k].lower_ == doc[k - 2].lower_ and doc[k].lower_ in _BELONGS:
        k += 2 if doc[k + 1].lower_ == "the" else 1  # "from the from the": a doubled opener
    if k >= len(doc):
        return None
    if doc[k].idx not in org_at:
        return _unit_as_written(doc, k)
    entity, name = org_at[doc[k].idx]
    if plain_body_only and not _plainly_a_body(entity.text):
        return None  # "lead for Public Protection": a portfolio
    end = k
    while end + 1 < len(doc) and doc[end + 1].idx < entity.end:
        end += 1
    if end + 1 < len(doc) and doc[end + 1].is_lower and doc[end + 1].lower_ in ORG_HEADS:
        return doc[k:end + 2].text, end + 1  # "Northtown police": the place's force
    if end + 2 < len(doc) and doc[end + 1].lower_ in ("'s", "’s"):
        if doc[end + 2].idx in org_at:
            unit, unit_name = org_at[doc[end + 2].idx]
            if _plainly_a_body(unit.text):  # "Example Police's Major Crime Team": the unit
                end = end + 2
                while end + 1 < len(doc) and doc[end + 1].idx < unit.end:
                    end += 1
                return unit_name, end
            written = _unit_as_written(doc, end + 2)
            if written is not None:  # the model cut the unit short: "Adults from Harm team"
                return written
        else:
            written = _unit_as_written(doc, end + 2) or _lower_case_unit(doc, end + 2)
            if written is not None:  # "Example Police's Northtown district"
                return written
    return name, end


def _lower_case_unit(doc: Doc, k: int) -> tuple[str, int] | None:
    """"Westshire Police's northern burglary team", "the force's southern CID": a
    unit written in lower case after its body's possessive, up to its head noun."""
    for j in range(k, min(k + 4, len(doc))):
        token = doc[j]
        if not token.is_alpha:
            return None
        if token.lower_ in ORG_HEADS | UNIT_WORDS and (token.is_lower or token.is_upper):
            return doc[k:j + 1].text, j
        if not token.is_lower:
            return None
    return None


def _unit_as_written(doc: Doc, k: int) -> tuple[str, int] | None:
    """A body the model did not tag, read from its shape at token ``k``.

    Capitalised words closed by a head noun ("Northtown police", "Westshire
    Tactical Operations Division"), initials ("TARA", "Northtown CID"), or a
    place's or body's unit after a possessive ("Westshire's Major Crime Team",
    "Example Police's Northtown district"). Inside the words, "of" and a list of
    places may stand: "City of Northtown district", "the Northshire, Southshire
    and Eastshire Road Policing Unit".
    """
    n = len(doc)
    j = k
    if j + 1 < n and (doc[j].text[:1].isupper() or doc[j].lower_ == "force") \
            and doc[j + 1].lower_ in ("'s", "’s"):
        j += 2  # "Westshire's ...", "the force's ...": the unit of a place or body
        if doc[k].lower_ == "force" and j < n and doc[j].is_lower:
            return _lower_case_unit(doc, j)  # "the force's southern burglary team"
    start = j
    acronym: int | None = None
    while j < n and j - start < 14 and "\n" not in doc[j].whitespace_:
        if doc[j].text[:1].isupper() and doc[j].is_alpha:
            j += 1
        elif j > start and (doc[j].lower_ in ("and", "of", "&") or doc[j].lower_ == "from"
                            and _lower_case_unit_ahead(doc, j)) and j + 1 < n \
                and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha:
            j += 1  # joined words go on only if the name ends in a head noun (below)
        elif j > start and doc[j].text == "(" and j + 3 < n and doc[j + 1].text.isupper() \
                and doc[j + 2].text == ")" and acronym is None and doc[j + 3].is_alpha \
                and doc[j + 3].text[:1].isupper():
            acronym = j  # "the Northshire and Southshire (NSS) Road Policing Unit"
            j += 3
        elif j > start and doc[j].text == "," and j + 2 < n and doc[j + 1].is_alpha \
                and doc[j + 1].text[:1].isupper() and doc[j + 2].lower_ in (",", "and"):
            j += 1  # "Northshire, Southshire and ...": a list of places, one word each
        else:
            break
    if j == start:
        return None
    last = j - 1
    if j < n and doc[j].lower_ in ORG_HEADS | UNIT_WORDS and doc[j].is_lower:
        last = j  # "Northtown police", "Northtown district"
    words = doc[start:last + 1]
    head = words[-1]
    plain = head.lower_ in ORG_HEADS | UNIT_WORDS or head.text.isupper() and len(head.text) >= 2
    joined = any(t.lower_ in (",", "and", "of") for t in words)
    if joined and head.text.isupper() and head.lower_ not in UNIT_WORDS:
        return None  # "Northtown and the BBC": a list, not one body
    if plain and (start > k or len(words) > 1 or head.text.isupper()):
        if acronym is not None and start < acronym < last - 2:
            # the unit's name without its short form in brackets
            return f"{doc[start:acronym].text} {doc[acronym + 3:last + 1].text}", last
        if acronym is not None:
            return None
        return words.text, last
    return None


def _lower_case_unit_ahead(doc: Doc, k: int) -> bool:
    """"Safeguarding Adults from Abuse team": a "from" inside a unit's name, which
    ends in a lower-case head a few words on; before a capitalised body ("from
    Westshire Police") the "from" says whose the post is."""
    for token in doc[k + 1:k + 5]:
        if token.is_lower and token.lower_ in ORG_HEADS | UNIT_WORDS:
            return True
        if not (token.is_alpha and token.text[:1].isupper()):
            return False
    return False


def _plainly_a_body(name: str) -> bool:
    """A name that says it is an organisation: a head noun ("Trust") or initials."""
    words = re.findall(r"[\w&]+", name)
    return any(w.lower() in ORG_HEADS | UNIT_WORDS or w.lower().removesuffix("s") in ORG_HEADS
               for w in words) or any(
        len(w) >= 2 and w.isupper() and w.isalpha() for w in words)


def _key(name: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in re.findall(r"\w+", name))


def org_names(organizations: list[tuple[Entity, str]]) -> dict[tuple[str, ...], str]:
    """Each record name by its :func:`_key`, the first so spelled winning.

    Built once per document, so that resolving a phrase is one lookup rather
    than a walk over every organisation mention.
    """
    names: dict[tuple[str, ...], str] = {}
    for _entity, record in organizations:
        names.setdefault(_key(record), record)
    return names


def _resolve(name: str, organizations: OrgNames) -> str | None:
    """The record name of the organisation spelled ``name`` up to punctuation."""
    return organizations.get(_key(name))

