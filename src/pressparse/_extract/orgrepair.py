"""Organisation spans repaired or dropped by their own words and what stands beside them."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .candidates import MODEL, Candidate
from .lexicon import (
    COURT_KINDS,
    FACILITY_WORDS,
    LOCATIVE_PREPOSITIONS,
    LONE_SERVICES,
    NOT_ENTITIES,
    NOT_ORG_WORDS,
    ONLINE_SERVICES,
    ORG_HEADS,
    PLACE_HEADS,
    ROLE_NOUNS,
    TIME_ZONES,
    TITLE_EXPANSIONS,
    UNIT_WORDS,
    VEHICLE_MAKES,
)
from .modelspans import DATE_WORDS
from .nametokens import text_is_upper
from .places import ROAD

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


_LEADING_NOT_NAME = re.compile(
    r"(?:(?:both|all|the|a|an|at|join|contact|call|visit|follow|like|update|updated|three|two|"
    r"four|five|several|our|your|their|former|alongside|following|despite|including)\s+)+",
    re.IGNORECASE)


_NUMBER_WORD = re.compile(r"(?i:two|three|four|five)")


_DIGITS_IN_NAME = re.compile(r"\b(?![A-Z]*\d+[A-Z]+\d*\b)[\w'’]*\d")  # not "G4S", "3M", "O2"


_CALENDAR_WORDS = frozenset({*(w for w in DATE_WORDS), "mon", "tue", "tues", "wed", "thu",
                             "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday",
                             "wednesday", "thursday", "friday", "saturday", "sunday", "-", "to"})


def trim_leading(text: str, c: Candidate) -> Candidate:
    """"Both Exampleshire Police", "Join Neighbourhood Watch": no part of the name."""
    lead = _LEADING_NOT_NAME.match(text, c.start, c.end)
    if lead and _NUMBER_WORD.fullmatch(lead.group().strip()) and text[c.start].isupper() \
            and re.search(r"[a-z,][ \t]+$", text[max(0, c.start - 12):c.start]):
        lead = None  # "the Three Rivers Local Crime Unit": a capital mid-sentence names it
    start = lead.end() if lead else c.start
    while start < c.end and not text[start].isalnum():  # "Update - CCTV": the dash too
        start += 1
    if start != c.start and start < c.end:
        return Candidate(c.priority, c.label, start, c.end, c.value)
    return c


# Lower-case words inside names: "Isle of Man", "Stratford upon Avon", "Friends of the Earth".
_NAME_CONNECTORS = frozenset({"of", "and", "&", "for", "the", "de", "la", "le", "du", "van", "von",
                              "da", "der", "den", "upon", "on", "in", "at", "y"})


# A lower-case word after a name that makes it a scheme or an event ("Exampleton Watch
# schemes", "the Exampleline helpline").
_SCHEME_NEXT = re.compile(r"[ \t]+(?:" + "|".join(
    sorted(w for w in NOT_ORG_WORDS if w not in ("order", "orders", "notice", "centre", "center",
                                                 "appeal", "day", "month", "week", "night",
                                                 "holiday")))
    + r"|helpline)s?\b")


#: Heads of the names of premises that are also bodies: a club, a church, a bank.
_VENUE_HEADS = frozenset({"club", "church", "garage", "bank", "mosque", "chapel", "practice",
                          "surgery"})
_SCENE_BEFORE = re.compile(r"\b(?:at|near|near[ \t]+to|outside|opposite|adjoining|behind|inside|"
                           r"entered)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
#: The rest of a law's name that the model cut at "and": "... Crime and Policing Act 2014".
_LAW_GOES_ON = re.compile(r",?[ \t]+(?:and|&)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,4}Act\b")
#: The rest of a rank that opens with "Police": "[Westshire] Police Community Support Officer".
_RANK_GOES_ON = re.compile(r"[ \t]+Community[ \t]+Support[ \t]+Officer")


# A post "of" before a department's "Services" makes it a portfolio: "Head of Victim Services".
_DEPARTMENT_HEAD_BEFORE = re.compile(r"\b(?:head|director|manager)\s+of\s+(?:the\s+)?$",
                                     re.IGNORECASE)
# A post and "for" before a name make it a portfolio: "Cabinet Member for Safer Streets".
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:director|lead|member|holder|spokesperson|spokesman|spokeswoman|minister|secretary|"
    r"commissioner|champion|head|manager|officer|responsible)\s+for\s+(?:the\s+)?$", re.IGNORECASE)


_AREA_AFTER = re.compile(r"[ \t]+area\b")
# "in Exampleton Bank, Exampleby": a name between "in" and a town is a place.
_IN_BEFORE = re.compile(r"\b(?:in|near|on)[ \t]+$")
_TOWN_AFTER = re.compile(r",[ \t]+[A-Z][a-z]+")


_ALONE_ON_LINE = re.compile(r"(?<![^\n])[A-Z&]{1,3}[ \t]*(?:\n|$)")


# A capitalised building word right after a body's name: "Exampleshire Police HQ".
_BUILDING_AFTER = re.compile(r"[ \t]+(?:Station|HQ|Headquarters|House|Building|Offices)\b")


# Colours, which open the description of a stolen vehicle or thing, not a body's name.
_COLOURS = frozenset("black white silver grey gray red blue green yellow orange purple brown "
                     "maroon navy gold".split())


def org_by_form(text: str, c: Candidate,
                full_surnames: dict[str, set[str]]) -> Candidate | None:
    """An ORG by its own words: dropped, re-typed, or trimmed of a leading word.

    "the A46" is a road, "Yeomans Court" and "College Green" places, "GMT" a time
    zone, "04:01pm in News" and "Mon - Fri" page furniture, "Both Exampleshire
    Police" a body after a counting word, "Jane Smith" beside "John Smith" a person.
    """
    name = text[c.start:c.end]
    if "(" in name:  # "Jo Page (Exampleton": a name, then what the brackets add
        cut = c.start + len(name[:name.index("(")].rstrip())
        if cut <= c.start:
            return None
        c = Candidate(c.priority, c.label, c.start, cut, c.value)
        name = text[c.start:c.end]
    words = name.split()
    lower = [w.lower().strip(".,") for w in words]
    if c.priority == MODEL and len(words) > 1:
        # "Exampleton near Exampleford": a lower-case word no name holds ends the name.
        k = next((k for k, w in enumerate(words[1:], 1)
                  if w.islower() and w not in _NAME_CONNECTORS), None)
        if k is None and lower[-1] in _NAME_CONNECTORS:
            k = len(words)
        while k is not None and k > 1 and lower[k - 1] in _NAME_CONNECTORS:
            k -= 1  # "Possession of (a Firearm)": a name ends in no small word
        while k is not None and k > 1 and not any(ch.isalnum() for ch in words[k - 1]):
            k -= 1  # "Exampleby - four incidents": nor in a dash
        if k is not None:
            c = Candidate(c.priority, c.label, c.start, c.start + len(" ".join(words[:k])))
            name = text[c.start:c.end]
            if name != " ".join(words[:k]):
                return None  # odd spacing: leave it
            words, lower = words[:k], lower[:k]
    if sum(ch.isalpha() for ch in name) < 2:
        return None  # "C/": a broken rank, no name
    if c.priority == MODEL and _PORTFOLIO_BEFORE.search(text, max(0, c.start - 40), c.start) \
            and lower[-1] not in ORG_HEADS:
        return None  # "Director for Integrated Transport": a portfolio, not a body
    if lower[-1] == "services" and len(words) <= 3 \
            and _DEPARTMENT_HEAD_BEFORE.search(text, max(0, c.start - 30), c.start):
        return None  # "Head of Victim Services": a department's portfolio, not a body
    if lower[-1] == "bank" and len(words) == 2 and _IN_BEFORE.search(text, max(0, c.start - 8),
                                                                      c.start) \
            and _TOWN_AFTER.match(text, c.end):
        return Candidate(c.priority, "FAC", c.start, c.end)  # "in Exampleton Bank, Exampleby"
    if _AREA_AFTER.match(text, c.end):
        return Candidate(c.priority, "FAC", c.start, c.end)  # "the Castle Bank area"
    if name.isupper() and len(name) <= 3 and _ALONE_ON_LINE.match(text, c.start):
        return None  # "AC" alone at the foot: the writer's initials
    if len(words) == 1 and name.isupper() and len(name) <= 3 \
            and re.search(r"\d[%]?[ \t]*$", text[max(0, c.start - 8):c.start]):
        return None  # "30 KB", "5% ABV": a unit after a number
    if c.priority == MODEL and "," in name and lower[-1] not in ORG_HEADS:
        return None  # "Exampleby, Exampleshire": the model ran an address together
    if name.lower() in NOT_ENTITIES or _SCHEME_NEXT.match(text, c.end) \
            and lower[-1] not in ORG_HEADS and not (words[0].isupper() and len(words[0]) > 1):
        return None  # "the Exampleton Watch scheme", "the Exampleline helpline"; but "the
        # NSPCC helpline" is the body's own
    if ROAD.fullmatch(name) or len(words) > 1 and ROAD.fullmatch(words[0]):
        return Candidate(c.priority, "FAC", c.start, c.end)  # "the A9M Northbound"
    if len(words) > 1 and lower[-1] in _VENUE_HEADS \
            and _SCENE_BEFORE.search(text, max(0, c.start - 24), c.start):
        # "a burglary at Exampleton Bowls Club", "outside the Exampleco Garage": the
        # place where it happened, not a body the text is about
        return Candidate(c.priority, "FAC", c.start, c.end)
    if _LAW_GOES_ON.match(text, c.end):
        return None  # "the Anti-Social Behaviour, Crime and Policing Act": a law's name
    if lower[-1] == "police" and _RANK_GOES_ON.match(text, c.end):
        return None  # "Westshire Police Community Support Officer": "Police" opens the rank
    if len(words) > 1 and lower[-1] in ONLINE_SERVICES:
        return None  # "the Major Incident Public Portal", "the Exampleline App": a service
    if name.lower() in TIME_ZONES or _DIGITS_IN_NAME.search(name) \
            or all(w in _CALENDAR_WORDS for w in lower):
        return None
    if len(words) == 1 and (lower[0] in ORG_HEADS - LONE_SERVICES or lower[0] in ("force", "forces")
                            or lower[0] in TITLE_EXPANSIONS):
        return None  # "A Police", "the Force": a generic word; "PCC": a role
    if len(words) > 1 and lower[-1] in PLACE_HEADS | FACILITY_WORDS and not name.isupper() \
            and not (lower[-1] == "court" and lower[-2] in COURT_KINDS):
        return Candidate(c.priority, "FAC", c.start, c.end)
    if _BUILDING_AFTER.match(text, c.end):
        return Candidate(c.priority, "FAC", c.start, c.end)  # "at Exampleshire Police HQ"
    if any(w in VEHICLE_MAKES for w in lower) and lower[-1] not in ORG_HEADS:
        return Candidate(c.priority, "PRODUCT", c.start, c.end)  # "a Red BMW"
    if len(words) > 2 and lower[0] in _COLOURS and not set(lower) & (ORG_HEADS | UNIT_WORDS):
        return Candidate(c.priority, "PRODUCT", c.start, c.end)  # "a Black Exampleco X200 bike"
    if c.priority == MODEL and len(words) > 2 and lower[0] in _OFFICES_OF and lower[1] == "of":
        # "Chair of Westshire Safeguarding": the office is the person's, the body after "of"
        body = 3 if lower[2] == "the" and len(words) > 3 else 2
        cut = c.start + len(" ".join(words[:body])) + 1
        if text[cut - 1] != " " or not words[body][:1].isupper():
            return None
        c = Candidate(c.priority, c.label, cut, c.end, c.value)
        words, lower = words[body:], lower[body:]
    if c.priority == MODEL and 2 <= len(words) <= 4 and _OFFICE_AFTER.match(text, c.end) \
            and all(re.fullmatch(r"[A-Z][a-z'’-]+|[A-Z]\.?", w) for w in words) \
            and not any(w in ORG_HEADS | UNIT_WORDS for w in lower):
        return Candidate(c.priority, "PERSON", c.start, c.end)  # "Jo P Vale, CEO of X, said"
    post = _post_at_end(words, lower)
    if post is not None:
        if post == 0:
            return None  # "Police and Crime Commissioner": an office, not a body
        # "Westshire Roads Trust Safety Co-ordinator": the body, then the post held in it
        return Candidate(c.priority, c.label, c.start, c.start + len(" ".join(words[:post])))
    if len(words) == 2 and lower[0] not in ORG_HEADS \
            and full_surnames.get(words[1], set()) - {name} \
            and words[0][:1].isupper() and words[0].isalpha() and not words[0].isupper():
        return Candidate(c.priority, "PERSON", c.start, c.end)  # "Jane Smith" after "John Smith"
    return c


#: An office in apposition after a name, which says the name is a person's:
#: ", CEO of X", ", the X Agency's Director of Y".
_OFFICE_AFTER = re.compile(r",[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’]*[ \t]+){0,5}?(?:CEO|Chief "
                           r"Executive|Director|Chair|Chairman|Chairwoman|President|Founder|"
                           r"Co-founder|Managing Director)\b")
#: Offices a model's ORG may open with: "Chair of Westshire Safeguarding".
_OFFICES_OF = frozenset({"chair", "chairman", "chairwoman", "president", "director", "ceo",
                         "founder", "head"})
_RANKS = frozenset("commissioner constable sergeant inspector superintendent coroner councillor "
                   "mayor".split())


def _post_at_end(words: list[str], lower: list[str]) -> int | None:
    """Where the body ends in a name that closes in a post ("Co-ordinator",
    "Commissioner"): after its last head noun, 0 with none; None when the name
    ends in no post, or is an office's ("Office of the Commissioner")."""
    last = lower[-1]
    if len(words) < 2 or not words[-1][:1].isupper() or last.endswith("s") \
            or last not in ROLE_NOUNS | _RANKS or last in ORG_HEADS | UNIT_WORDS \
            or any(w in ("of", "for") for w in lower):
        return None
    return next((k + 1 for k in range(len(words) - 2, -1, -1) if lower[k] in ORG_HEADS), 0)


_SCHEME_WORD = "|".join(sorted(w.title() for w in NOT_ORG_WORDS))


_SCHEME_AFTER = re.compile(r"\s+(?:" + _SCHEME_WORD + r")\b")


def scheme_names(text: str) -> Callable[[str], bool]:
    """Whether a name is one ``text`` also gives a campaign, order or scheme.

    "the Fatal Five ... the Fatal Five Campaign": that name is the campaign's
    everywhere. The places a scheme word follows are found once per text; a
    name then names a scheme when the text before one of them ends with it, a
    set lookup (one set per length of name) rather than a search of the whole
    text per candidate.
    """
    ends: list[int] = []  # every e where _SCHEME_AFTER matches at e
    for match in _SCHEME_AFTER.finditer(text):
        e = match.start()
        while e < match.end() and _SCHEME_AFTER.match(text, e):
            ends.append(e)
            e += 1
    endings: dict[int, set[str]] = {}

    def names_a_scheme(name: str) -> bool:
        if name.isupper() or name.split()[-1].lower() in ORG_HEADS:
            return False
        size = len(name)
        if size not in endings:
            endings[size] = {text[e - size:e] for e in ends if e >= size}
        return name in endings[size]

    return names_a_scheme


# Lines a website puts around a release: "**Issued by:** AB, Corporate Communications",
# "Updated News Post". They name the sender's office and the page, no body in the story.
# A writer's sign-off, initials and a department on a line of their own ("AB, Corporate
# Communications"), and a line in capitals about who sent the release ("SENT ON BEHALF OF ...").
_FURNITURE_LINE = re.compile(
    r"(?m)^[ \t*_#>]*(?i:issued\b|(?:updated|breaking|latest)[ \t]+news[ \t]+post\b)[^\n]*"
    r"|^[ \t*_]*[A-Z]{1,3}[ \t]*,[ \t]*[A-Z][A-Za-z&]*(?:[ \t]+[A-Z&][A-Za-z&]*){0,3}[ \t*_]*$"
    r"|^[ \t*_]*(?:SENT|ISSUED|RELEASED)[ \t]+(?:ON[ \t]+BEHALF[ \t]+OF|BY)\b[^\n]*")


def furniture(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """No organisation on a line of page furniture (its dates and people stay), and no
    name that is a handle, a hashtag or a web address."""
    lines = [m.span() for m in _FURNITURE_LINE.finditer(text)]
    chosen = [c for c in chosen if c.label not in ("ORG", "PERSON") or not _addressed(text, c)]
    if not lines:
        return chosen
    return [c for c in chosen
            if c.label != "ORG" or not any(a <= c.start < b for a, b in lines)]


# "@ExampleUK", "#ExampleDay", "our hashtag ExampleDay", "Example.com": a name written as an
# account, a tag or a site's address, which a reader does not list as a body or a person.
_TAG_BEFORE = re.compile(r"(?:[@#]|\bhashtags?[ \t]+)$", re.IGNORECASE)
_WEB_NAME = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|org\.uk|gov\.uk|uk|io|info)"
                       r"(?:/\S*)?")


def _addressed(text: str, c: Candidate) -> bool:
    return bool(_TAG_BEFORE.search(text, max(0, c.start - 10), c.start)
                or _WEB_NAME.fullmatch(text, c.start, c.end))


# Words before a capitalised unit that make it a kind, not a name: "your local Safer
# Neighbourhood Team", "a dedicated Rural Team", "his Neighbourhood Policing team".
_KIND_DETERMINERS = frozenset({"a", "an", "your", "his", "her", "their", "its", "every", "each",
                               "any"})


_KIND_ADJECTIVES = frozenset({"local", "dedicated", "new", "own", "relevant", "nearest"})


_ACRONYM_AFTER = re.compile(r"[ \t]*\([ \t]*[A-Z][A-Z&]{1,8}[ \t]*\)")


def described_not_named(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A body after "a", "your" or "the local" is described, not named.

    Only where the name heads its phrase: in "a Exampleshire Police officer"
    the force is named, and "an NHS worker" keeps its acronym.
    """
    out = []
    for c in chosen:
        if c.label == "ORG" and not text_is_upper(list(span := doc.char_span(
                c.start, c.end, alignment_mode="expand") or ())) and span and _kind_before(span) \
                and not (_ACRONYM_AFTER.match(doc.text, c.end) and span.start > 0
                         and doc[span.start - 1].lower_ in ("a", "an")):
            continue  # (but "a Serious Crime Unit (SCU) inquiry" names it, by its acronym)
        out.append(c)
    return out if len(out) != len(chosen) else chosen


def _kind_before(span: Span) -> bool:
    doc = span.doc
    last = span[-1]
    if last.i + 1 < len(doc) and doc[last.i + 1].is_lower and doc[last.i + 1].is_alpha \
            and last.dep_ in ("compound", "nmod", "amod"):
        return False  # a modifier: "a Exampleshire Police officer", "a Home Office post mortem"
    k = span.start - 1
    saw_adjective = False
    while k >= 0 and doc[k].lower_ in _KIND_ADJECTIVES:
        k -= 1
        saw_adjective = True
    if k < 0:
        return False
    before = doc[k].lower_
    return before in _KIND_DETERMINERS or saw_adjective and before in ("the", "our")


#: Initials, then their spelled-out words in brackets: "OWL (Online Watch Link)".
_SPELLED_OUT_AFTER = re.compile(
    r"\b([A-Z]{2,8})[ \t]*\([ \t]*([A-Z][\w'’&-]*(?:[ \t]+[\w'’&-]+){1,8})[ \t]*\)")
_PAREN_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z&]{1,9})\s*\)")


_ACRONYM_SKIP = frozenset({"of", "and", "for", "the", "&", "in", "on", "to"})


def acronyms(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """"Crown Prosecution Service (CPS)": the acronym is an ORG exactly when its
    spelled-out form is one; "Criminal Behaviour Order (CBO)" is not."""
    by_start = {c.start: c for c in chosen}
    orgs = [c for c in chosen if c.label == "ORG"]
    changed = False
    not_orgs: set[str] = set()
    for match in _PAREN_ACRONYM.finditer(text):
        letters = match.group(1).replace("&", "").lower()
        expansion = _expansion(text, match.start(), letters)
        if expansion is None:
            continue
        _, exp_end = expansion
        # The body's name must reach the last word the letters spell: not "Exampleshire
        # Police Community Support Officer (PCSO)", where the body ends at "Police".
        is_org = any(o.start < exp_end <= o.end for o in orgs)
        acronym = by_start.get(match.start(1))
        if is_org and acronym is None:
            chosen.append(Candidate(4, "ORG", match.start(1), match.end(1)))
            changed = True
        elif not is_org:
            not_orgs.add(match.group(1))
    for match in _SPELLED_OUT_AFTER.finditer(text):
        # "the OWL (Online Watch Link) service": the body's initials, then its name
        acronym = by_start.get(match.start(1))
        words = [w for w in match.group(2).split() if w.lower() not in _ACRONYM_SKIP]
        if "".join(w[0] for w in words).lower() != match.group(1).lower():
            continue
        if words[-1].lower() in NOT_ORG_WORDS:
            not_orgs.add(match.group(1))  # "his CBO (Criminal Behaviour Order)": an order
            continue
        if acronym is None or acronym.label != "ORG" or acronym.end != match.end(1) \
                or any(c.start < match.end(2) and match.start(2) < c.end for c in chosen):
            continue
        chosen.append(Candidate(4, "ORG", match.start(2), match.end(2)))
        changed = True
    if not_orgs:
        # "a Criminal Behaviour Order (CBO) ... breaches of his CBO": every use of
        # the acronym names the same thing, never an organisation.
        chosen = [c for c in chosen if not (c.label == "ORG" and text[c.start:c.end] in not_orgs)]
    return sorted(chosen, key=lambda c: c.start) if changed else chosen


def _expansion(text: str, paren: int, letters: str) -> tuple[int, int] | None:
    """The words before ``paren`` whose initials spell ``letters``."""
    words = list(re.finditer(r"[\w'’&-]+", text[max(0, paren - 200):paren]))
    offset = max(0, paren - 200)
    initials = ""
    for k in range(len(words) - 1, -1, -1):
        word = words[k].group()
        if word.lower() in _ACRONYM_SKIP:
            continue
        initials = word[0].lower() + initials
        if initials == letters:
            return offset + words[k].start(), offset + words[-1].end()
        if not letters.endswith(initials):
            return None
    return None


_JOINED = re.compile(r"[ \t]+(?:and|&)[ \t]+")


def places_opening_a_unit(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """"Exampleshire, Eastshire and Westshire Road Policing Unit": a joint unit is
    named with all the places it serves, which the model may leave outside it.

    Only a unit's head noun ("Unit", "Team", "Services") joins the list to the name:
    "Exampleshire, Eastshire and Westshire Police" are three forces.
    """
    out: list[Candidate] = []
    dropped: set[int] = set()
    for c in chosen:
        words = text[c.start:c.end].split()
        listed = _PLACES_BEFORE.search(text, max(0, c.start - 120), c.start) \
            if c.label == "ORG" and len(words) > 1 and words[-1].lower() in _JOINT_HEADS else None
        if listed is None:
            out.append(c)
            continue
        inside = [d for d in chosen if listed.start() <= d.start < c.start]
        before = text[max(0, listed.start() - 12):listed.start()].split()
        listed_words = re.findall(r"[A-Z][a-z]+", listed.group())
        if any(d.label not in ("GPE", "LOC") for d in inside) \
                or any(w.lower() in ORG_HEADS | UNIT_WORDS for w in listed_words) \
                or before and before[-1].lower() in LOCATIVE_PREPOSITIONS:
            # (not "Police, Ambulance and X Services": bodies listed; not "lived in
            # Northtown, Eastby and ...": places of their own)
            out.append(c)
            continue
        dropped.update(id(d) for d in inside)
        out.append(Candidate(c.priority, c.label, listed.start(), c.end, c.value))
    return [c for c in out if id(c) not in dropped] if dropped else out


#: Head nouns of a unit several forces or places share.
_JOINT_HEADS = frozenset({"unit", "team", "services", "service", "department", "squad",
                          "partnership", "directorate", "hub", "command", "division"})
_PLACES_BEFORE = re.compile(
    r"(?<![\w'’-])(?:[A-Z][a-z]+,[ \t]+){1,4}[A-Z][a-z]+[ \t]+(?:and|&)[ \t]+$")


def joined_bodies(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """"the OPCC and Westshire Police": two bodies the model read as one name.

    Each side must be a body by its own words: initials, or two words or more
    closed by a body's head noun ("Northtown Borough Council"). Names with "and"
    inside stay whole: in "Westshire Police and Crime Commissioner" and "Fire and
    Rescue Service" one side is no body.
    """
    out: list[Candidate] = []
    for c in chosen:
        joints = list(_JOINED.finditer(text, c.start, c.end)) if c.label == "ORG" else []
        if len(joints) != 1:
            out.append(c)
            continue
        joint = joints[0]
        left, right = text[c.start:joint.start()], text[joint.end():c.end]
        if _a_body_alone(left) and _a_body_alone(right):
            out.append(Candidate(c.priority, c.label, c.start, joint.start()))
            out.append(Candidate(c.priority, c.label, joint.end(), c.end))
        else:
            out.append(c)
    return out


def _a_body_alone(name: str) -> bool:
    words = re.sub(r"^(?:the|The)\s+", "", name).split()
    if len(words) == 1:
        word = words[0]
        return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()
    return all(w[:1].isupper() or w in ("of", "for", "the") for w in words) \
        and words[-1].lower() in ORG_HEADS and words[-1].lower() not in _NOT_ALONE


#: Heads that close a body's name only with what comes before them: "Police and Crime
#: Commissioner" is an office, "Fire and Rescue Service" one body.
_NOT_ALONE = frozenset({"rescue", "services", "ambulance"})
