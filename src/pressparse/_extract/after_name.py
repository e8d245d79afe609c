"""The appositions after a name: each a title, a role, an organisation, or neither.

"Jane Doe, Director of Example Trust, said", "Jane Doe, lead for Major Crime,
Example Police, said", "Jane Doe, 45, of Exampleton" (an age and an address,
which are neither), "Jane Doe, who leads Northtown CID,": read between the
commas, up to the verb.
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import TYPE_CHECKING

from ..models import Entity
from .affiliation import organization_in, plainly_a_body, unit_as_written
from .before_name import owner_not_a_place, without_place
from .lexicon import (
    HONOURS,
    NATIONS,
    ORG_HEADS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from .role_common import (
    BELONGS,
    PORTFOLIO_HEADS,
    TENURE,
    Description,
    OrgNames,
    between,
    hyphen_piece,
    initials_of_a_body,
    office_comma,
    resolve,
    title_word,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: How many appositions after a name are read, and how many words each may have.
MAX_APPOSITIONS = 3
MAX_APPOSITION_WORDS = 16

# The head nouns of ranks and offices, which are titles even in lower case.
_RANK_HEADS = frozenset(
    "constable sergeant inspector superintendent commissioner prosecutor executive director "
    "councillor coroner mayor minister chair chairman chairwoman president headteacher".split())

def appositions(doc: Doc, last: int, org_at: dict[int, tuple[Entity, str]],
                 organizations: OrgNames, people: Container[int]) -> Description:
    """Read the comma-separated phrases after the name, up to its verb."""
    title = role = organization = None
    k = last + 1
    n = len(doc)
    while k < n and doc[k].lower_ in HONOURS:
        k += 1  # "Jo Vale MBE DL, Chair of X": the honours, then the appositions
    for _ in range(MAX_APPOSITIONS):
        if k >= n:
            break
        opener = doc[k]
        # ", who is X", or "who is X" with no comma: the office a relative clause names
        who = k if opener.lower_ == "who" else k + 1
        if who < n and doc[who].lower_ == "who" and (who == k or opener.text == ","):
            held = _office_held(doc, who + 1, org_at, organizations, people)
            if held is not None:
                kind, value, org = held
                title = title or (value if kind == "title" else None)
                role = role or (value if kind == "role" else None)
                organization = organization or org
            elif organization is None:
                organization = _unit_led(doc, who + 1, org_at, organizations)
            break
        if opener.text != ",":
            # "Jo Vale with Team X" (a caption): company, not membership, unlike
            # "Jo Vale, a sergeant with X"; "Sergeant Jo Vale for X's Unit" works for it
            if opener.lower_ in BELONGS | {"for"} and opener.lower_ != "with" \
                    and organization is None:
                found = organization_in(doc, k + 1, org_at, organizations)
                if found is not None:
                    organization = found[0]
            break
        j = k + 1
        while j < n and j - k <= MAX_APPOSITION_WORDS and (not _ends_apposition(doc[j])
                                                           or office_comma(doc[j])):
            j += 1
        if j - k > MAX_APPOSITION_WORDS:
            # "Jo Vale, Westshire's deputy chief constable and chair of the group of
            # ... in the county, said": the first of two posts, read before the long one
            second = next((m for m in range(k + 2, k + MAX_APPOSITION_WORDS)
                           if doc[m].lower_ in ("and", "&")
                           and doc[m + 1].lower_ in TITLE_WORDS | ROLE_NOUNS), None)
            if second is None or organization is not None:
                break
            j = second  # (the reading ends at its "and", which is no comma)
        if j > n or j == k + 1:
            break  # (a phrase may run to the end: a sign-off "- Jo Vale, Chief Executive")
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
                resolved = resolve(joined, organizations)
                # (rare: a body then a nation, so the text is rebuilt only here)
                if resolved is not None or joined in doc.text:
                    organization = resolved or joined
                    j += 2
        k = j
        if k >= n or doc[k].text != "," and doc[k].lower_ != "who":
            break  # (", the officer who leads X": the relative clause is read next)
    return Description(title=title, role=role, organization=organization)


def post_on_next_line(doc: Doc, first: int, last: int, org_at: dict[int, tuple[Entity, str]],
                      organizations: OrgNames, people: Container[int]) -> Description:
    """A sign-off: a name alone on its line, the post on the line under it ("Jo Vale /
    Assistant Chief Constable"), and perhaps the body on the line after that."""
    n = len(doc)

    def markup(k: int) -> bool:
        return doc[k].text in ("*", "**", "_", "__")

    def line_break(k: int) -> bool:
        return doc[k].is_space and "\n" in doc[k].text or "\n" in doc[k].whitespace_

    k = first - 1
    while k >= 0 and markup(k) and not line_break(k):
        k -= 1
    if k >= 0 and not line_break(k):
        return Description()  # the name does not begin its line
    k = last + 1
    while k < n and markup(k) and not line_break(k - 1):
        k += 1
    if k >= n or not line_break(k - 1) and not (doc[k].is_space and "\n" in doc[k].text):
        return Description()  # the name does not end its line
    lines: list[Span] = []
    while k < n and len(lines) < 2:
        while k < n and (doc[k].is_space or markup(k)):
            k += 1
        start = k
        while k < n and not line_break(k) and not markup(k):
            k += 1
        if k < n and doc[k].text[:1] == "\n" or start == k:
            break  # a blank line ends the sign-off
        # the line's last word ends with the newline itself, or a space or markup follows it
        lines.append(doc[start:k + 1] if k < n and not doc[k].is_space and not markup(k)
                     else doc[start:k])
    title = role = organization = None
    for line in lines:
        if len(line) > MAX_APPOSITION_WORDS:
            break
        kind, value, org = _classify(doc, line, org_at, organizations, people)
        if kind == "stop":
            break
        if kind == "title" and title is None:
            title = value
        elif kind == "role" and role is None:
            role = value
        organization = organization or org
    return Description(title=title, role=role, organization=organization)


#: Verbs by which a relative clause says which unit the person leads or serves in.
_LEADS = frozenset("leads led leading heads headed heading runs ran running manages managed "
                   "managing works worked working serves served serving".split())


#: Head nouns of units a person leads, which "the team" refers back to.
_UNIT_HEADS = frozenset({"team", "unit", "squad", "taskforce", "department", "branch"})


def _unit_led(doc: Doc, k: int, org_at: dict[int, tuple[Entity, str]],
              organizations: OrgNames) -> str | None:
    """"Jo Vale, who led the investigation by Northtown CID,": the unit a relative
    clause says the person leads or works in, named before the clause ends."""
    if k + 1 < len(doc) and doc[k].lower_ in ("is", "was") and doc[k + 1].lower_ in _LEADS:
        k += 1  # "who is leading the investigation for Northtown CID"
    if k >= len(doc) or doc[k].lower_ not in _LEADS:
        return None
    if k + 3 < len(doc) and doc[k + 1].lower_ == "the" and doc[k + 2].lower_ in _UNIT_HEADS \
            and doc[k + 3].text in (",", ".", ";", ":"):
        # "who leads the team": the team the document last named before it
        head = doc[k + 2].lower_
        named = [(e, name) for e, name in org_at.values()
                 if e.end <= doc[k].idx and e.text.split()[-1].lower() == head]
        return max(named, key=lambda pair: pair[0].start)[1] if named else None
    for j in range(k + 1, min(k + 10, len(doc))):
        token = doc[j]
        if token.text in (",", ".", ";", ":") or "\n" in token.text:
            return None
        if token.text[:1].isupper() and (token.i == 0 or not doc[j - 1].text[:1].isupper()):
            if token.idx in org_at and not plainly_a_body(org_at[token.idx][0].text):
                continue
            found = organization_in(doc, j, org_at, organizations)
            if found is not None and found[0].lower() not in TITLE_WORDS:
                return found[0]  # (not "leads for the PCC": an office, not a body)
    return None


def _office_held(doc: Doc, k: int, org_at: dict[int, tuple[Entity, str]],
                 organizations: OrgNames, people: Container[int]
                 ) -> tuple[str, str | None, str | None] | None:
    """"Jo Vale, who is chair of the Northtown Forum,": an office a relative clause
    says the person holds, read as an apposition would be."""
    if k >= len(doc) or doc[k].lower_ not in ("is", "was"):
        return None
    k += 1
    while k < len(doc) and doc[k].lower_ in ("also", "now", "currently", "current", "the"):
        k += 1
    j = k
    while j < len(doc) and j - k <= MAX_APPOSITION_WORDS and not _ends_apposition(doc[j]) \
            and not (j > k and doc[j].lower_ in _FINITE_AUXILIARIES):
        j += 1
    # the clause ends at a comma, or where the main clause goes on: "Jo Vale who is
    # chair of X has said"
    if j == k or j >= len(doc) or doc[j].text != "," and doc[j].lower_ not in _FINITE_AUXILIARIES \
            and doc[j].lower_ not in SPEECH_VERBS:
        return None
    found = _classify(doc, doc[k:j], org_at, organizations, people)
    return found if found[0] in ("title", "role") else None


#: Verbs with which a main clause goes on after a relative clause without a comma.
_FINITE_AUXILIARIES = frozenset("has have had is was will would can could".split())


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
    if not words or any(t.idx in people and not _possessor(t) for t in words) \
            and not (words[0].idx in people and _names_a_post(words[1:])
                     and not any(t.idx in people for t in words[1:])):
        # another person: "Jane Doe, Chief Constable John Roe, ..."; but a phrase
        # whose head is a post ("Jane Doe, Northtown Licensing PCSO at X", the place
        # taken for a person) is this person's
        return "stop", None, None
    if words[0].lower_ in ("and", "&"):
        return "stop", None, None  # ", and Chief Officer Mike Roe,": another person's
    if any(t.dep_ == "ROOT" and not title_word(t) and t.lower_ not in ROLE_NOUNS
           for t in words):
        # "Jo Vale, officially launched the scheme at X,": the sentence's own verb, so
        # a clause, not an apposition (a caption's post may be its root: "Jo Vale,
        # Director of X")
        return "stop", None, None
    words = _first_office(words)
    first = words[0]
    if first.like_num or first.lower_ in ("aged", "age"):
        return "skip", None, None  # an age: "45", "aged 45"
    if first.lower_ in BELONGS:
        # "of Example CID", "from Example Police's Major Crime Team": the body,
        # else an address ("of Exampleton"), which is not one.
        found = organization_in(doc, first.i + 1, org_at, organizations)
        if found is None and _lower_case_unit(words[1:]):
            # "PC Jo Vale, of the traffic unit,": a unit named in lower case, as written
            unit = [t for t in words[1:] if t.lower_ not in ("the", "our")]
            return "organization", None, between(doc, unit[0], unit[-1])
        if found is None:
            rest = between(doc, words[1], words[-1]) \
                if len(words) > 1 else ""
            named = resolve(re.sub(r"^(?:the|The)\s+", "", rest), organizations)
            return ("organization", None, named) if named else ("skip", None, None)
        return "organization", None, found[0]
    if first.idx in org_at and org_at[first.idx][0].end >= words[-1].idx + len(words[-1].text):
        return "organization", None, org_at[first.idx][1]  # "Police Scotland"
    whole = resolve(between(doc, first, words[-1]), organizations)
    if whole is not None:
        return "organization", None, whole  # a body the model missed here but named elsewhere
    owned = _owned_post(doc, words, org_at, organizations)
    if owned is not None:
        return owned
    department = _head_of_department(words)
    if department is not None:
        return "role", department, None
    led = _office_of_a_named_body(doc, words)
    if led is not None:
        return led
    # A title or role, then the body it belongs to: "Director of Example Trust",
    # "national head of service for Example Trust"
    org = None
    cut = len(words)
    for m, token in enumerate(words):
        if m and token.lower_ in (BELONGS | {"for"}):
            # "for" names a portfolio, and so does "of" after "head" or "lead"
            # ("head of Public Protection"), unless a body is plainly named.
            portfolio = token.lower_ == "for" or words[m - 1].lower_ in PORTFOLIO_HEADS
            found = organization_in(doc, token.i + 1, org_at, organizations,
                                     plain_body_only=portfolio)
            if found is not None:
                org, end = found
                if end >= words[-1].i or _a_second_post(doc, end, words[-1].i) \
                        or _place_of_the_body(doc, end, words[-1].i):
                    cut = m
                    break
    if org is None:
        # "Director of Example Trust" where the model tagged no organisation: the
        # words after "of" spell a body the document names elsewhere.
        for m, token in enumerate(words):
            if m and token.lower_ in BELONGS:
                rest = between(doc, words[m + 1] if m + 1 < len(words) else token, words[-1])
                nation = _nation_after(doc, words[-1].i)
                org = resolve(rest, organizations) or (
                    nation and resolve(f"{rest} {nation}", organizations)) or None
                if org is not None and words[m - 1].lower_ in PORTFOLIO_HEADS \
                        and not plainly_a_body(org):
                    org = None  # "head of Public Protection": a portfolio
                if org is not None:
                    cut = m
                    break
    head = words[:cut]
    if not head:
        return "skip", None, org
    lowers = {t.lower_ for t in head}
    office = head
    while len(office) > 1 and office[0].lower_ in _BEFORE_AN_OFFICE:
        office = office[1:]  # "the Police and Crime Commissioner", "elected Mayor"
    # "Jo Vale, Northtown Neighbourhood Inspector", "Jo Vale, Westshire's Police and
    # Crime Commissioner": the place is no part of the title
    owner = owner_not_a_place(office) if org is None else None
    office = without_place(office)
    if all(t.text[:1].isupper() or t.lower_ in ("of", "and", "for", "the", "&") or hyphen_piece(t)
           or office_comma(t) for t in office) \
            and any(title_word(t) or t.lower_ in ROLE_NOUNS for t in office):
        if owner is not None:  # "Exampletravel's Director for Transport": its body
            org = resolve(owner, organizations) or owner
        # "Head of Investigations", "Lead for Roads Policing": a portfolio, not a rank
        kind = "role" if office[0].lower_ in PORTFOLIO_HEADS else "title"
        return kind, between(doc, office[0], office[-1]), org
    branch = _office_of_a_branch(words, org is not None)
    if branch is not None:
        return "title", branch[0], branch[1]
    rank = _lower_case_rank(head)
    if rank is not None:
        return "title", rank, org
    if lowers & (ROLE_NOUNS | _LOWER_CASE_POSTS) or any(t.lower_.rstrip("s") in ROLE_NOUNS
                                                        for t in head):
        if len(head) == 2 and head[0].lower_ in ("the", "an", "a") \
                and head[1].lower_ in ("officer", "person"):
            return "skip", None, org  # "Jo Vale, the officer who leads X": no post in it
        while len(head) > 1 and (head[0].lower_ in ("the", "a", "an")):
            head = head[1:]  # "the senior investigating officer": the post
        while len(head) > 1 and head[-1].is_punct:
            head = head[:-1]  # "commander of X -"
        return "role", between(doc, head[0], head[-1]), org
    return ("skip" if org is None else "organization"), None, org


#: Title words that name a post in lower case too ("a special constable"); others
#: do not ("helped to secure justice").
_LOWER_CASE_POSTS = TITLE_WORDS - frozenset({"justice", "father", "canon", "private", "general",
                                              "major", "temporary", "acting", "special", "king",
                                              "queen", "prince", "princess", "lord", "lady",
                                              "sir", "dame", "rep", "sen", "con", "det", "ch",
                                              "recorder", "warden", "gunner", "sapper"})


#: Words before an office that are no part of it.
_BEFORE_AN_OFFICE = frozenset({"the", "elected"}) | TENURE


#: Heads of the units an officer is "of" or "from", written in lower case.
_LOWER_CASE_UNITS = frozenset({"unit", "team", "squad", "department", "section", "taskforce"})


def _lower_case_unit(words: list[Token]) -> bool:
    """"the traffic unit", "our homicide team": "the" or "our", then one to three
    lower-case words ending in a unit's head, and nothing after it."""
    if len(words) < 2 or words[0].lower_ not in ("the", "our"):
        return False
    unit = words[1:]
    return len(unit) <= 3 and words[-1].lower_ in _LOWER_CASE_UNITS \
        and all(t.is_alpha and t.is_lower for t in unit) \
        and not (len(unit) == 1 or unit[0].lower_ in ("same", "whole", "wider", "local", "police"))


def _first_office(words: list[Token]) -> list[Token]:
    """"Chief Executive of Example Trust and Chair of the Example Forum": of two
    offices, each of its own body, the first is the person's title and body."""
    of = next((m for m, t in enumerate(words) if m and t.lower_ in BELONGS), None)
    if of is None:
        return words
    for m in range(of + 2, len(words) - 2):
        if words[m].lower_ in ("and", "&") and title_word(words[m + 1]) \
                and any(t.lower_ in BELONGS for t in words[m + 2:]):
            return words[:m]
    return words


def _possessor(token: Token) -> bool:
    """"of Northshire's dog unit": a name the model took for a person, owning a unit."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].lower_ in ("'s", "’s") \
        and doc[token.i + 2].is_lower


def _place_of_the_body(doc: Doc, end: int, last: int) -> bool:
    """"Manager for the charity Exampleline in Westshire": after the body, where it
    works, which is no part of the post."""
    return end + 2 <= last and doc[end + 1].lower_ == "in" and all(
        t.text[:1].isupper() or t.lower_ in ("and", "&") for t in doc[end + 2:last + 1])


def _a_second_post(doc: Doc, end: int, last: int) -> bool:
    """"Leader of X Council and chair of Y": after the body, "and" opens another post."""
    return end + 2 <= last and doc[end + 1].lower_ in ("and", ",") \
        and doc[end + 2].lower_ in TITLE_WORDS | ROLE_NOUNS


#: Words after a unit that say where it works: "the Alliance team across X and Y".
_REACH_WORDS = frozenset({"across", "throughout", "covering", "serving", "spanning"})


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
    reach = next((m for m, t in enumerate(body) if m and t.lower_ in _REACH_WORDS), None)
    if reach is not None:
        body = body[:reach]  # "the Alliance team across X and Y": where it works, not its name
    if not body or not all(t.text[:1].isupper() for t in office) \
            or not any(title_word(t) for t in office) or not body[0].text[:1].isupper() \
            or not any(t.is_lower and t.is_alpha and t.lower_ not in ("of", "and", "for", "the")
                       for t in body) \
            or not (ends_in_body or body[-1].lower_ in ORG_HEADS):
        return None  # "Director of Public Health for the county": a portfolio
    doc = words[0].doc
    return between(doc, office[0], office[-1]), between(doc, body[0], body[-1])


def _lower_case_rank(head: list[Token]) -> str | None:
    """"a detective sergeant with X", "chief executive of X": a rank or office in
    lower case is still the person's title; "the district commander", "head of
    housing" are posts, which stay roles."""
    words = list(head)
    while words and (words[0].lower_ in ("a", "an", "the") or words[0].dep_ == "poss"
                     or words[0].lower_ in ("'s", "’s")):
        words.pop(0)  # "the charity's chief executive": the owner is not the title
    second = next((m for m, t in enumerate(words[:-1]) if m and t.lower_ in ("and", "&")
                   and words[m + 1].lower_ in TITLE_WORDS | ROLE_NOUNS), None)
    if second is not None:
        words = words[:second]  # "deputy chief constable and chair of X": two posts, the rank first
    cut = next((m for m, t in enumerate(words) if t.lower_ in ("of", "for", "at", "with")),
               len(words))
    if not words or cut == 0 or words[cut - 1].lower_ not in _RANK_HEADS \
            or any(t.text[:1].isupper() for t in words[:cut]) or cut > 4:
        return None
    return between(words[0].doc, words[0], words[-1])


#: Offices whose "of" always names a body, never a portfolio: "CEO of Get Safe Online".
_BODY_OFFICES = frozenset({("ceo",), ("chief", "executive"), ("founder",), ("co", "-", "founder"),
                           ("chair",), ("chairman",), ("chairwoman",), ("chairperson",),
                           ("president",), ("managing", "director")})


def _office_of_a_named_body(doc: Doc, words: list[Token]
                            ) -> tuple[str, str | None, str | None] | None:
    """"CEO of Get Safe Online", "founder of the Northtown Water Network": an office
    that heads a body, "of", then the body's capitalised name, tagged or not."""
    of = next((m for m, t in enumerate(words) if t.lower_ == "of"), None)
    if of is None or tuple(t.lower_ for t in words[:of]) not in _BODY_OFFICES:
        return None
    body = words[of + 1:]
    if body and body[0].lower_ == "the":
        body = body[1:]
    if not body or not body[0].text[:1].isupper() or len(body) == 1 and body[0].lower_ in ORG_HEADS \
            or not all(t.text[:1].isupper() or t.lower_ in ("of", "and", "for", "the", "&")
                       or hyphen_piece(t) for t in body):
        return None
    return "title", between(doc, words[0], words[of - 1]), between(doc, body[0], body[-1])


def _owned_post(doc: Doc, words: list[Token], org_at: dict[int, tuple[Entity, str]],
                organizations: OrgNames) -> tuple[str, str | None, str | None] | None:
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
        if not possessive and words[after].lower_ not in PORTFOLIO_HEADS \
                and not (words[after].is_alpha and _names_a_post(words[post_at:])
                         and (_plainly_an_owner(entity.text) or entity.text.isupper()
                              and words[after].is_lower)):
            # (initials before a post in lower case own it: "NSPCC campaigns manager")
            return None  # "Example Police officers": no post named
    elif first == 1 and owner.lower_ in ("force", "service", "constabulary") and len(words) > 3 \
            and words[2].lower_ in ("'s", "’s"):
        post_at = 3  # "the force's lead for X": the publisher's, by inference
    elif initials_of_a_body(owner) and len(words) > first + 2 \
            and words[first + 1].lower_ in ("'s", "’s"):
        organization, post_at = owner.text, first + 2  # "the NPCC's lead for X"
    elif (written := unit_as_written(doc, owner.i)) is not None and written[1] < words[-1].i \
            and doc[written[1] + 1].lower_ in ("'s", "’s"):
        # "Westshire police's traffic manager": a body the model did not tag, owning the post
        organization = resolve(written[0], organizations) or written[0]
        post_at = written[1] + 2 - words[0].i
    else:
        return None
    post = words[post_at:]
    if not post or post_at > 8 or not (post[0].lower_ in PORTFOLIO_HEADS
                                       or post[0].lower_ in ROLE_NOUNS or title_word(post[0])
                                       or _names_a_post(post)):
        return None
    text = between(doc, post[0], post[-1])
    capitalised = all(t.text[:1].isupper() or t.lower_ in ("of", "for", "and", "the", "&")
                      for t in post)
    kind = "title" if capitalised and post[0].lower_ not in PORTFOLIO_HEADS else "role"
    return kind, text, organization


def _head_of_department(words: list[Token]) -> str | None:
    """"Head of Victim Services", "Director of Enabling Services": a body's department
    in the plural "Services" is a portfolio, not a body (the person's body is the
    one that has the department); a place in it makes it a body ("Westshire Youth
    Services")."""
    of = next((m for m, t in enumerate(words) if t.lower_ == "of"), None)
    if of is None or not 1 <= of <= 3 or words[-1].text != "Services" \
            or not 2 <= len(words) - of - 1 <= 4:
        return None
    post, department = words[:of], words[of + 1:]
    if not any(t.lower_ in ROLE_NOUNS for t in post) or not all(
            t.text[:1].isupper() or t.lower_ in ("'s", "’s", "and", "&") for t in department) \
            or any(t.ent_type_ in ("GPE", "LOC") for t in department):
        return None
    return between(post[0].doc, post[0], department[-1])


def _plainly_an_owner(name: str) -> bool:
    """A body that can own the post written right after it with no "'s": closed by
    a body's noun ("Westshire Constabulary RPU lead") or initials and a place ("CPS
    Northshire Senior Crown Prosecutor"); a unit's or an area's words do not
    ("Operational Unit Commander", "LPA Commander": one post)."""
    words = name.split()
    return words[-1].lower() in _OWNING_BODIES or len(words) >= 2 and words[0].isupper() \
        and len(words[0]) >= 2 and words[-1][:1].isupper() and not words[-1].isupper()


#: Last words of a body's name that can stand before its post without "'s".
_OWNING_BODIES = frozenset("police constabulary council society trust foundation charity "
                           "association partnership agency authority federation".split())


def _names_a_post(post: list[Token]) -> bool:
    """"Traffic Management officer", "senior investigating officer for X", "Senior Crown
    Prosecutor": a post whose head, its last word before "of"/"for"/"in", is a post word
    (a plural, "officers", names people, not a post)."""
    if not post:
        return False
    head = post[-1]
    for m, token in enumerate(post):
        if m and token.lower_ in _AFTER_A_HEAD:
            head = post[m - 1]
            break
    lower = head.lower_.rstrip(".")
    return lower in ROLE_NOUNS or lower in _RANK_HEADS or title_word(head) and len(lower) > 3


#: Words that end a post's head noun and begin what it is of: "officer for X".
_AFTER_A_HEAD = frozenset({"of", "for", "in", "at", "with", "to", "on"})


def _nation_after(doc: Doc, last: int) -> str | None:
    """"Scotland" in ", Scotland," right after token ``last``."""
    if last + 3 < len(doc) and doc[last + 1].text == "," and doc[last + 2].text in NATIONS \
            and doc[last + 3].text in (",", ":"):
        return doc[last + 2].text
    return None



#: Verbs that join a person to what they are: "Jo Vale has been a special constable".
_COPULAS = frozenset({"is", "was", "been", "are", "were", "'s", "’s"})


def post_in_predicate(name: Span) -> str | None:
    """"Jo Vale has been a special constable for six years", "DC Jo Vale was the
    officer in charge": a post the sentence says the person holds, as a role."""
    root = name.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lower_ not in _COPULAS:
        return None
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    if attr is None or not attr.is_lower or attr.lower_ not in ROLE_NOUNS | _RANK_HEADS:
        return None
    cut = next((c.i for c in attr.rights if c.dep_ == "prep" and any(
        t.ent_type_ in ("DATE", "TIME", "CARDINAL") for t in c.subtree)), None)
    words = [t for t in attr.subtree if cut is None or t.i < cut][:8]  # not "for six years"
    while words and (words[0].dep_ in ("det", "poss") or words[0].lower_ in ("'s", "’s")):
        words = words[1:]
    if not words or any(t.is_punct or t.like_num for t in words) \
            or words[-1].i - words[0].i + 1 != len(words):
        return None  # not one run of words
    return between(name.doc, words[0], words[-1])
