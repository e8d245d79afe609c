"""Entities: the model's spans, corrected by rules, plus pattern-found values.

Candidates come from several sources and the first source to claim a stretch
of text wins: reference numbers ("log 1234 of 12 May"), phone numbers, money and written-out dates (patterns), then
people after a title and organisations ending in a head noun (rules over
tokens), then the model's own spans, cleaned of titles and known confusions.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .._dates import resolve_date
from ..models import Entity
from .context import Context
from .dates import find_dates
from .lexicon import (
    BODY_KINDS,
    COUNTERS,
    COURT_KINDS,
    FACILITY_WORDS,
    HONOURS,
    LOCATIVE_PREPOSITIONS,
    LONE_SERVICES,
    NATIONS,
    NOT_ENTITIES,
    NOT_NAMES,
    NOT_ORG_WORDS,
    OFFICE_WORDS,
    ORG_CONNECTORS,
    ORG_HEADS,
    PLACE_AFTER,
    PLACE_HEADS,
    PLATFORMS,
    PRODUCT_AFTER,
    PRODUCT_BEFORE,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STREET_SUFFIXES,
    TIME_ZONES,
    TITLE_ABBREVIATIONS,
    TITLE_EXPANSIONS,
    TITLE_WORDS,
    UNIT_WORDS,
    VEHICLE_MAKES,
    VENUE_AFTER,
)
from .money import find_money
from .phones import find_phones
from .references import find_references

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: spaCy labels kept with no value of their own; CARDINAL and ORDINAL are noise here.
PASSTHROUGH_LABELS = frozenset(
    {"GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE",
     "TIME", "PERCENT", "QUANTITY"}
)
_DATE_WORDS = frozenset(
    "day days week weeks weekend month months year years today yesterday tomorrow tonight "
    "night morning afternoon evening decade century summer winter spring autumn fall "
    "christmas easter".split()
)


@dataclass(frozen=True, slots=True)
class _Candidate:
    priority: int
    label: str
    start: int
    end: int
    value: object = None
    relative: bool = False


def extract_entities(doc: Doc, text: str, context: Context) -> tuple[Entity, ...]:
    """All entities of ``doc`` (whose text is ``text``) in order, none overlapping another."""
    candidates: list[_Candidate] = [
        _Candidate(-1, "REFERENCE", m.start, m.end,
                   {"kind": m.kind, "number": m.number, "date": m.date})
        for m in find_references(text, context.anchor)
    ]
    region_is_default = context.region_is_default
    phones = list(find_phones(text, context.region, region_is_default=region_is_default))
    candidates += (_Candidate(0, "PHONE", m.start, m.end, m.value) for m in phones)
    candidates += _bodies_to_contact(doc, text, [(m.start, m.value) for m in phones])
    candidates += _bodies_reported_to(doc, text)
    candidates += (_Candidate(1, "MONEY", m.start, m.end,
                              {"amount": m.amount, "currency": m.currency})
                   for m in find_money(text, context.region))
    candidates += (_Candidate(2, "DATE", m.start, m.end, m.value, m.relative)
                   for m in find_dates(text, context.anchor))
    candidates += _collared_people(doc)
    candidates += _streets(doc)
    candidates += (_Candidate(3, "FAC", m.start(), m.end()) for m in _ROAD_NUMBER.finditer(text))
    candidates += (_Candidate(2, _CLAIMED, m.start(), m.end()) for m in _PLATE.finditer(text))
    candidates += _titled_people(doc, text)
    candidates += _office_holders(doc)
    candidates += _aged_people(doc)
    candidates += _kin_named(doc)
    candidates += _rule_organizations(doc)
    candidates += _owned_units(doc)
    candidates += _lower_case_heads(doc)
    candidates += _model_entities(doc, text, context)
    candidates += _camel_case_names(text)
    candidates += (_Candidate(4, "ORG", m.start(), m.end()) for m in _PLATFORM_NAMES.finditer(text)
                   if m.group()[:1].isupper())
    candidates += (_Candidate(4, "ORG", m.start(), m.end()) for m in _PRISON.finditer(text))
    chosen = _described_not_named(doc, _harmonise(text, _resolve(candidates)))
    chosen = _acronyms(text, _coordinated(doc, text, chosen))
    chosen = _furniture(text, _lone_names(doc, text, chosen))
    if context.anchor is not None:
        chosen = _future_dates(doc, text, chosen, context)
    return tuple(
        Entity(label=c.label, text=text[c.start:c.end], start=c.start, end=c.end,
               value=c.value,  # type: ignore[arg-type]
               bounds=_bounds(c), relative=c.relative)
        for c in chosen if c.label not in (_TITLE, _CLAIMED)  # they claim words from the model
    )


# Labels that claim text from the model and are then dropped: an office's title, and
# a vehicle's number plate ("registration AB12 CDE"), whose letters name nobody.
_TITLE, _CLAIMED = "TITLE", "CLAIMED"
_PLATE = re.compile(r"\b[A-Z]{2}(?:0[1-9]|[1-7]\d)[ \t]?[A-Z]{3}\b")


def _bounds(c: _Candidate) -> tuple[str, str] | None:
    if c.label != "DATE" or not isinstance(c.value, str) or "/" not in c.value:
        return None
    start, end = c.value.split("/", 1)
    return start, end


# Auxiliaries and heads that put a clause in the future: "will appear", "is due to appear".
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_FUTURE_HEADS = frozenset({"due", "set", "expected", "scheduled", "going", "planned", "remanded",
                           "bailed", "summonsed", "summoned"})
# "bailed until 3 January": the end of a bail or remand is ahead of the release.
_UNTIL_VERBS = frozenset({"bailed", "remanded", "adjourned", "released", "bail", "custody"})
# Links from a date up to the verb it belongs to.
_PHRASE_DEPS = frozenset({"pobj", "prep", "npadvmod", "nummod", "compound", "appos", "pcomp"})
_PAST_WORDS = re.compile(r"\b(?:yesterday|today|tonight|last|ago|earlier)\b", re.IGNORECASE)


def _future_dates(doc: Doc, text: str, chosen: list[_Candidate],
                  context: Context) -> list[_Candidate]:
    """A date written without its year, in a clause about the future, is the next one.

    "He will be sentenced on 22 December", "is due to appear on Monday",
    "was remanded in custody until 3 January": the verb the date hangs from
    says which way to look from the publication date.
    """
    out = chosen
    for k, c in enumerate(chosen):
        if c.label != "DATE" or not c.relative or c.value is None \
                or _PAST_WORDS.search(text[c.start:c.end]):
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or not _in_future(span.root):
            continue
        resolved = resolve_date(text[c.start:c.end], context.anchor, future=True)
        if resolved is not None and resolved.value != c.value:
            if out is chosen:
                out = list(chosen)
            out[k] = _Candidate(c.priority, c.label, c.start, c.end, resolved.value, True)
    return out


def _in_future(token: Token) -> bool:
    """Whether the verb ``token`` hangs from is future: "will appear", "is due to
    appear", "was bailed until". The parse only: the pipeline has no tagger."""
    if token.head.lower_ in ("until", "till"):
        held = token.head.head  # "bailed until", "given bail until"
        if held.lower_ in _UNTIL_VERBS or any(c.lower_ in _UNTIL_VERBS for c in held.children):
            return True
    verb = token
    while verb.dep_ in _PHRASE_DEPS and verb.head is not verb:
        verb = verb.head  # "on 2 July", "before magistrates on 2 July"
    for _ in range(3):
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(c.lower_ in _FUTURE_AUX for c in auxes):
            return True
        if any(c.lower_ == "to" for c in auxes) and verb.dep_ == "xcomp" \
                and (verb.head.lower_ in _FUTURE_HEADS or verb.head.lower_ in ("is", "are")):
            return True  # "is due to appear", "is to be sentenced"
        if verb.dep_ not in ("xcomp", "conj") or auxes:
            return False
        verb = verb.head  # "will be charged and appear on ..."
    return False


def _harmonise(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """One name, one kind, across the document.

    A word the text uses as a place anywhere is a place everywhere, and so is
    a word after a street and a comma ("Putteridge Road, Luton"); an ORG that
    is a named person's surname is that person ("Whittaker and Meek").
    """
    places = {text[c.start:c.end] for c in chosen if c.label in ("GPE", "LOC", "FAC")}
    for before, after in itertools.pairwise(chosen):
        if before.label in ("FAC", "GPE", "LOC") and text[before.end:after.start].strip() == ",":
            places.add(text[after.start:after.end])
    venues = {text[c.start:c.end] for c in chosen if c.label == "FAC"}
    surnames = {text[c.start:c.end].split()[-1] for c in chosen
                if c.label == "PERSON" and " " in text[c.start:c.end]}
    # The second words of two-word person names, each with the names it ends, looked up
    # rather than walked per ORG.
    full_surnames: dict[str, set[str]] = {}
    for c in chosen:
        if c.label == "PERSON" and len(text[c.start:c.end].split()) == 2:
            full_surnames.setdefault(text[c.start:c.end].split()[1], set()).add(
                text[c.start:c.end])
    chosen = [_trim_leading(text, c) if c.label == "ORG" else c for c in chosen]
    names_a_scheme = _scheme_names(text)
    # One label per name: a multi-word name the text gives as a person and as a body
    # more often as one takes that label everywhere; where the context types it (a
    # number to call, a title before it), that outweighs any number of model guesses.
    votes: dict[str, int] = {}
    for c in chosen:
        if c.label in ("PERSON", "ORG") and " " in text[c.start:c.end]:
            name = text[c.start:c.end]
            weight = 1 if c.priority == _MODEL else 100
            votes[name] = votes.get(name, 0) + (weight if c.label == "PERSON" else -weight)
    out: list[_Candidate] = []
    for c in chosen:
        vote = votes.get(text[c.start:c.end], 0) if c.label in ("PERSON", "ORG") else 0
        if vote:
            c = _Candidate(c.priority, "PERSON" if vote > 0 else "ORG", c.start, c.end, c.value)
        if c.label == "ORG":
            typed = _org_by_form(text, c, full_surnames)
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
            out[-1] = _Candidate(out[-1].priority, "ORG", out[-1].start, c.end)
            continue
        if c.label in ("PERSON", "ORG") and name in places and " " not in name:
            c = _Candidate(c.priority, "GPE", c.start, c.end)
        elif c.label == "ORG" and name in venues and name.split()[-1].lower() not in ORG_HEADS:
            c = _Candidate(c.priority, "FAC", c.start, c.end)  # "the Red Lion (pub)"
        elif c.label == "ORG" and name in surnames:
            c = _Candidate(c.priority, "PERSON", c.start, c.end)
        out.append(c)
    return out


# Parts of a country that end the name of a regional branch ("CPS South West").
_REGIONS = frozenset({"North", "South", "East", "West", "North West", "North East", "South West",
                      "South East", "Midlands", "East Midlands", "West Midlands"})
_LEADING_NOT_NAME = re.compile(
    r"(?:(?:both|all|the|a|an|at|join|contact|call|visit|follow|like|update|updated|three|two|"
    r"four|five|several)\s+)+", re.IGNORECASE)
_ROAD = re.compile(r"[ABM]\d{1,4}(?:\([MT]\))?")
# "the A46", "the M6 southbound", "A38 Road": a road by its number, never a body or a count.
_ROAD_NUMBER = re.compile(
    r"(?:(?<=\bthe )|(?<=\bThe ))[ABM]\d{1,4}(?:\([MT]\))?(?![\w(/-])"
    r"|\b[ABM]\d{1,4}(?:\([MT]\))?(?=\s+(?:road|northbound|southbound|eastbound|westbound|"
    r"carriageway|slip|junction|near|between)\b)")
_DIGITS_IN_NAME = re.compile(r"\b(?![A-Z]*\d+[A-Z]+\d*\b)[\w'’]*\d")  # not "G4S", "3M", "O2"
_CALENDAR_WORDS = frozenset({*(w for w in _DATE_WORDS), "mon", "tue", "tues", "wed", "thu",
                             "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday",
                             "wednesday", "thursday", "friday", "saturday", "sunday", "-", "to"})


def _trim_leading(text: str, c: _Candidate) -> _Candidate:
    """"Both Exampleshire Police", "Join Neighbourhood Watch": no part of the name."""
    lead = _LEADING_NOT_NAME.match(text, c.start, c.end)
    start = lead.end() if lead else c.start
    while start < c.end and not text[start].isalnum():  # "Update - CCTV": the dash too
        start += 1
    if start != c.start and start < c.end:
        return _Candidate(c.priority, c.label, start, c.end, c.value)
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
# A post and "for" before a name make it a portfolio: "Cabinet Member for Safer Streets".
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:director|lead|member|holder|spokesperson|spokesman|spokeswoman|minister|secretary|"
    r"commissioner|champion|head|manager|officer|responsible)\s+for\s+(?:the\s+)?$", re.IGNORECASE)
_AREA_AFTER = re.compile(r"[ \t]+area\b")
_ALONE_ON_LINE = re.compile(r"(?<![^\n])[A-Z&]{1,3}[ \t]*(?:\n|$)")
# A capitalised building word right after a body's name: "Exampleshire Police HQ".
_BUILDING_AFTER = re.compile(r"[ \t]+(?:Station|HQ|Headquarters|House|Building|Offices)\b")


def _org_by_form(text: str, c: _Candidate,
                 full_surnames: dict[str, set[str]]) -> _Candidate | None:
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
        c = _Candidate(c.priority, c.label, c.start, cut, c.value)
        name = text[c.start:c.end]
    words = name.split()
    lower = [w.lower().strip(".,") for w in words]
    if c.priority == _MODEL and len(words) > 1:
        # "Exampleton near Exampleford": a lower-case word no name holds ends the name.
        k = next((k for k, w in enumerate(words[1:], 1)
                  if w.islower() and w not in _NAME_CONNECTORS), None)
        if k is None and lower[-1] in _NAME_CONNECTORS:
            k = len(words)
        while k is not None and k > 1 and lower[k - 1] in _NAME_CONNECTORS:
            k -= 1  # "Possession of (a Firearm)": a name ends in no small word
        if k is not None:
            c = _Candidate(c.priority, c.label, c.start, c.start + len(" ".join(words[:k])))
            name = text[c.start:c.end]
            if name != " ".join(words[:k]):
                return None  # odd spacing: leave it
            words, lower = words[:k], lower[:k]
    if sum(ch.isalpha() for ch in name) < 2:
        return None  # "C/": a broken rank, no name
    if c.priority == _MODEL and _PORTFOLIO_BEFORE.search(text, max(0, c.start - 40), c.start) \
            and lower[-1] not in ORG_HEADS:
        return None  # "Director for Integrated Transport": a portfolio, not a body
    if _AREA_AFTER.match(text, c.end):
        return _Candidate(c.priority, "FAC", c.start, c.end)  # "the Castle Bank area"
    if name.isupper() and len(name) <= 3 and _ALONE_ON_LINE.match(text, c.start):
        return None  # "AC" alone at the foot: the writer's initials
    if len(words) == 1 and name.isupper() and len(name) <= 3 \
            and re.search(r"\d[%]?[ \t]*$", text[max(0, c.start - 8):c.start]):
        return None  # "30 KB", "5% ABV": a unit after a number
    if c.priority == _MODEL and "," in name and lower[-1] not in ORG_HEADS:
        return None  # "Exampleby, Exampleshire": the model ran an address together
    if name.lower() in NOT_ENTITIES or _SCHEME_NEXT.match(text, c.end) \
            and lower[-1] not in ORG_HEADS:
        return None  # "the Exampleton Watch scheme", "the Exampleline helpline"
    if _ROAD.fullmatch(name):
        return _Candidate(c.priority, "FAC", c.start, c.end)
    if name.lower() in TIME_ZONES or _DIGITS_IN_NAME.search(name) \
            or all(w in _CALENDAR_WORDS for w in lower):
        return None
    if len(words) == 1 and (lower[0] in ORG_HEADS - LONE_SERVICES or lower[0] in ("force", "forces")
                            or lower[0] in TITLE_EXPANSIONS):
        return None  # "A Police", "the Force": a generic word; "PCC": a role
    if len(words) > 1 and lower[-1] in PLACE_HEADS | FACILITY_WORDS and not name.isupper() \
            and not (lower[-1] == "court" and lower[-2] in COURT_KINDS):
        return _Candidate(c.priority, "FAC", c.start, c.end)
    if _BUILDING_AFTER.match(text, c.end):
        return _Candidate(c.priority, "FAC", c.start, c.end)  # "at Exampleshire Police HQ"
    if any(w in VEHICLE_MAKES for w in lower) and lower[-1] not in ORG_HEADS:
        return _Candidate(c.priority, "PRODUCT", c.start, c.end)  # "a Red BMW"
    if len(words) == 2 and lower[0] not in ORG_HEADS \
            and full_surnames.get(words[1], set()) - {name} \
            and words[0][:1].isupper() and words[0].isalpha() and not words[0].isupper():
        return _Candidate(c.priority, "PERSON", c.start, c.end)  # "Jane Smith" after "John Smith"
    return c


# "Contact Crimestoppers on 0800 ...", "report it to Exampleshire Police on 101", "or
# Exampleline anonymously on ...", and in a list of helplines "Exampleline – 0800 ...":
# what the reader is sent to call is a body, whatever the model took it for.
_CONTACT_BEFORE = re.compile(
    r"\b(?P<name>[A-Z][\w'’&-]*(?:[ \t]+(?:of|and|&|for)?[ \t]*[A-Z][\w'’&-]*){0,5})"
    r"(?:\s*,?\s*(?:(?:100%|100\s+per\s+cent|completely|totally)\s+)?anonymously"
    r"|\s+free(?:\s+of\s+charge)?)?\s*,?\s+(?:on|at|via)\s+$"
    r"|(?m:^)[ \t*•·-]*(?P<listed>[A-Z][\w'’&-]*(?:[ \t]+(?:of|and|&|for)?[ \t]*[A-Z][\w'’&-]*)"
    r"{0,5})[ \t]*[–—:-][ \t]*$"
)
# Words before a name that ask the reader to call: "Contact Exampleline on ...".
_CONTACT_VERBS = frozenset({"contact", "call", "ring", "phone", "text", "tell", "email",
                            "alternatively", "please", "or", "and", "report", "you"})
# Ways to reach someone, which head a contact line but name no body: "Text - 07...".
_CHANNELS = frozenset({"phone", "tel", "telephone", "text", "textphone", "minicom", "call",
                       "email", "fax", "mobile", "helpline", "number", "freephone", "sms",
                       "online", "website", "web", "office", "switchboard"})


# "report it to Exampleline", "reported to Exampleline online": what one reports to is a
# body, with or without a number after it.
_REPORT_TO = re.compile(
    r"\breport(?:ed|ing|s)?(?:[ \t]+[a-z]+){0,3}?[ \t]+(?:directly[ \t]+)?to[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[A-Z][\w'’&-]*(?:[ \t]+(?:of|and|&|for)?[ \t]*[A-Z][\w'’&-]*){0,4})")


def _bodies_reported_to(doc: Doc, text: str) -> Iterator[_Candidate]:
    for match in _REPORT_TO.finditer(text):
        start, end = match.span("name")
        words = text[start:end].split()
        if words[0].lower() in TITLE_WORDS or words[0].lower() in _CONTACT_VERBS \
                or text[start:end].lower() in NOT_ENTITIES:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(t.ent_type_ in ("DATE", "TIME", "GPE") for t in span) \
                or len(span) == 1 and span[0].ent_type_ == "PERSON":
            continue  # "reported to Exampleton", "reported to Jo": a place, a person
        yield _Candidate(4, "ORG", start, end)


# Non-geographic, freephone and short numbers are a service's, not a person's.
_SERVICE_NUMBER = re.compile(r"\+44(?:3|8|5[05])|\+44116|\d{3,6}$")


def _bodies_to_contact(doc: Doc, text: str,
                       phones: list[tuple[int, str | None]]) -> Iterator[_Candidate]:
    for start, value in phones:
        window_start = max(0, start - 100)
        match = _CONTACT_BEFORE.search(text, window_start, start)
        if match is None:
            continue
        group = "name" if match.group("name") else "listed"
        name_start, name_end = match.span(group)
        while True:  # "Contact Exampleline": the verb is no part of the name
            word = re.match(r"[\w'’&-]+[ \t]+", text[name_start:name_end])
            if word is None or word.group().strip().lower() not in _CONTACT_VERBS:
                break
            name_start += word.end()
        name = text[name_start:name_end]
        words = name.split()
        before = text[max(0, name_start - 12):name_start].split()
        if before and (before[-1].lstrip("#").isdigit() or before[-1].lower() in TITLE_WORDS):
            continue  # "contact officer 1234 Smith on 101": an officer
        if words[0].lower() in TITLE_WORDS or name.lower() in NOT_ENTITIES \
                or words[-1].lower() in _CHANNELS or words[0].lower() in _CONTACT_VERBS:
            continue  # "call DC Smith on ...": a person; "Phone: 01...": a channel
        span = doc.char_span(name_start, name_end, alignment_mode="expand")
        if len(words) > 1 and span is not None and all(t.ent_type_ == "PERSON" for t in span) \
                and not any(w.lower() in ORG_HEADS for w in words) \
                and not (value and _SERVICE_NUMBER.match(value)):
            continue  # "contact Jane Smith on ...": a named person; "on 0300 ..." is a service's
        if span is not None and any(t.ent_type_ in ("DATE", "TIME") for t in span):
            continue  # "Monday on 101"
        yield _Candidate(4, "ORG", name_start, name_end)


_SCHEME_WORD = "|".join(sorted(w.title() for w in NOT_ORG_WORDS))


_SCHEME_AFTER = re.compile(r"\s+(?:" + _SCHEME_WORD + r")\b")


def _scheme_names(text: str) -> Callable[[str], bool]:
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


def _coordinated(doc: Doc, text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """Names joined by "and" or a comma are of one kind: "Exampleton and Caithness"
    (places: the model's ORG or PERSON is a place), "the CNC and CNPA" (acronyms of
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
                out[k] = _Candidate(c.priority, "GPE", c.start, c.end)
            elif c.label != "ORG" and acronym and any(
                    label == "ORG" and name.isupper() for label, name in kinds):
                out[k] = _Candidate(c.priority, "ORG", c.start, c.end)
        if c.priority != _MODEL or not kinds:
            continue
        lower = {t.lower_ for t in span}
        if c.label == "ORG" and len(span) in (2, 3) and all(t.is_title for t in span) \
                and not lower & (ORG_HEADS | PLACE_HEADS | BODY_KINDS) \
                and all(label == "PERSON" and " " in name for label, name in kinds):
            out[k] = _Candidate(c.priority, "PERSON", c.start, c.end)
    return out


# Lines a website puts around a release: "**Issued by:** AB, Corporate Communications",
# "Updated News Post". They name the sender's office and the page, no body in the story.
_FURNITURE_LINE = re.compile(
    r"(?im)^[ \t*_#>]*(?:issued\b|(?:updated|breaking|latest)[ \t]+news[ \t]+post\b)[^\n]*")


def _furniture(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """No organisation on a line of page furniture (its dates and people stay)."""
    lines = [m.span() for m in _FURNITURE_LINE.finditer(text)]
    if not lines:
        return chosen
    return [c for c in chosen
            if c.label != "ORG" or not any(a <= c.start < b for a, b in lines)]


# Words before a capitalised unit that make it a kind, not a name: "your local Safer
# Neighbourhood Team", "a dedicated Rural Team", "his Neighbourhood Policing team".
_KIND_DETERMINERS = frozenset({"a", "an", "your", "his", "her", "their", "its", "every", "each",
                               "any"})
_KIND_ADJECTIVES = frozenset({"local", "dedicated", "new", "own", "relevant", "nearest"})


def _described_not_named(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """A body after "a", "your" or "the local" is described, not named.

    Only where the name heads its phrase: in "a Exampleshire Police officer"
    the force is named, and "an NHS worker" keeps its acronym.
    """
    out = []
    for c in chosen:
        if c.label == "ORG" and not text_is_upper(list(span := doc.char_span(
                c.start, c.end, alignment_mode="expand") or ())) and span and _kind_before(span):
            continue
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


_MODEL = 5  # the priority of the model's own spans
_LONE_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Za-z]+)*")


def _shortens(name: str, words: list[str]) -> bool:
    """Whether a word of ``words`` (sorted, no repeats) other than ``name`` begins with it."""
    k = bisect.bisect_left(words, name)
    while k < len(words) and words[k].startswith(name):
        if words[k] != name:
            return True
        k += 1
    return False


def _lone_names(doc: Doc, text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """A single capitalised word is a body only when something says so.

    The model calls many lone words organisations: imperatives opening a
    bullet ("Keep windows shut"), drugs, villages, surnames, car models. A
    reader takes one for a body when the text treats it as one somewhere: a
    rule found it (a number to call, a platform), a kind of body stands beside
    it ("the charity X", "X, a local charity", "the X company"), it speaks
    ("X said"), or it shortens a longer name the text gives ("the Met").
    Without any of these, the word is left untyped rather than guessed.
    """
    lone = [c for c in chosen if c.label == "ORG" and c.priority == _MODEL
            and _LONE_WORD.fullmatch(text[c.start:c.end])]
    if not lone:
        return chosen
    supported = {text[c.start:c.end] for c in chosen if c.label == "ORG" and c.priority != _MODEL}
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


_PAREN_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z&]{1,9})\s*\)")
_ACRONYM_SKIP = frozenset({"of", "and", "for", "the", "&", "in", "on", "to"})


def _acronyms(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
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
            chosen.append(_Candidate(4, "ORG", match.start(1), match.end(1)))
            changed = True
        elif not is_org:
            not_orgs.add(match.group(1))
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


def _resolve(candidates: Iterable[_Candidate]) -> list[_Candidate]:
    """Keep the best non-overlapping candidates: lower priority first, then longer."""
    chosen: list[_Candidate] = []
    ordered = sorted(candidates, key=lambda c: (c.priority, c.start - c.end, c.start))
    # One byte per character, set where an accepted span lies: a candidate overlaps
    # one exactly when a byte of its own is set. (A sorted list of the spans costs
    # an insertion in the middle per span, quadratic in a long body.)
    taken = bytearray(max((c.end for c in ordered), default=0))
    for c in ordered:
        if c.end <= c.start or taken.find(1, c.start, c.end) >= 0:
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


# --- people and organisations -------------------------------------------------

def is_title_token(token: Token) -> bool:
    """A rank or honorific word; "Police" only as in "Police Constable"."""
    lower = token.lower_.rstrip(".")
    if "/" in lower:  # "T/DI", "S/Insp": temporary and special ranks
        rest = lower.rsplit("/", 1)[1]
        if not rest:
            following = token.nbor(1) if token.i + 1 < len(token.doc) else None
            return following is not None and following.lower_.rstrip(".") in TITLE_WORDS
        return lower in TITLE_WORDS or rest in TITLE_WORDS
    if lower == "police":
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return following is not None and following.lower_ in ("constable", "sergeant",
                                                               "inspector", "officer")
    return lower in TITLE_WORDS


def _is_name_like(token: Token) -> bool:
    text = token.text
    return (text[:1].isupper() and any(ch.isalpha() for ch in text)
            and not text.endswith(("'s", "’s")) and token.lower_ not in ORG_HEADS
            and token.lower_.removesuffix("s") not in TITLE_WORDS)  # "Special Constables"


def extend_hyphenated(doc: Doc, last: int) -> int:
    """Index of the last token of a name that runs on over hyphens ("Bradley-Davies")."""
    while last + 2 < len(doc) and doc[last + 1].text in ("-", "‐") \
            and not doc[last].whitespace_ and not doc[last + 1].whitespace_ \
            and doc[last + 2].is_alpha and doc[last + 2].ent_type_ not in ("DATE", "CARDINAL"):
        last += 2
    return last


def word_positions(doc: Doc, words: frozenset[str], *, cache: bool = True) -> list[int]:
    """Indices of the tokens whose lower-case form is in ``words``.

    One vectorised comparison instead of a Python loop over every token: the
    rules below start only from these few anchor words. Word lists that are
    module constants are hashed once (``cache``); a list made from one
    document's names must not be, or the cache grows with every document.
    """
    import numpy
    from spacy.attrs import LOWER

    if not len(doc):
        return []
    hashes = _WORD_HASHES.get(words) if cache else None
    if hashes is None:  # the word lists are module constants: hash each once
        hashes = numpy.fromiter((doc.vocab.strings[w] for w in words), dtype="uint64",
                                count=len(words))
        if cache:
            _WORD_HASHES[words] = hashes
    lowers = doc.user_data.get(_LOWER_KEY)
    if lowers is None:  # one array per document, shared by every rule
        lowers = doc.user_data[_LOWER_KEY] = doc.to_array(LOWER)
    return [int(i) for i in numpy.flatnonzero(numpy.isin(lowers, hashes))]


_WORD_HASHES: dict[frozenset[str], Any] = {}
_LOWER_KEY = "pressparse.lower"


def _streets(doc: Doc) -> Iterator[_Candidate]:
    """"Boathouse Lane", "Park Road South": capitalised words ending in a street word."""
    n = len(doc)
    for i in word_positions(doc, STREET_SUFFIXES):
        token = doc[i]
        if not token.text[:1].isupper() or i == 0:
            continue
        if token.lower_.rstrip(".") == "st" and i + 1 < n and doc[i + 1].text[:1].isupper() \
                and doc[i + 1].is_alpha and "\n" not in token.whitespace_:
            continue  # "St Albans", "St Helens": Saint, not Street
        start = i
        while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
                and "\n" not in doc[start - 1].whitespace_ and not is_title_token(doc[start - 1]) \
                and doc[start - 1].lower_ not in ORG_HEADS:
            start -= 1
        if start == i or doc[start].is_sent_start and doc[start].ent_type_ == "":
            continue
        end = i + 1
        if any(t.lower_ in ORG_HEADS for t in doc[end:end + 3]) and end < n \
                and doc[end].is_title and "\n" not in token.whitespace_:
            continue  # "Exampleshire Road Policing Unit": a unit named after roads
        if end < n and doc[end].lower_ in ("north", "south", "east", "west"):
            end += 1
        if end + 2 < n and doc[end].text == "," and _is_age(doc[end + 1]) \
                and doc[end + 2].lower_ in (",", "of", "from", "and"):
            continue  # "Martin Vale, 52, of ...": a name and an age, not a street
        span = doc[start:end]
        yield _Candidate(3, "FAC", span.start_char, span.end_char)


def _titled_people(doc: Doc, text: str) -> Iterator[_Candidate]:
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
        collared = token.lower_ == "officer" and i + 2 < n and _is_collar(doc[i + 1])
        if i < done or not (is_title_token(token) and (token.text[:1].isupper() or collared)):
            continue  # "officer 1234 Smith": a lower-case rank before a collar number
        j = i + 1 if collared else i
        while j < n and is_title_token(doc[j]) and doc[j].text[:1].isupper():
            j += 1
        if j < n - 1 and _is_collar(doc[j]) and _is_name_like(doc[j + 1]):
            j += 1  # "Detective Constable 1234 Jane Doe": the collar number is no name
        k = j
        while k < n and k - j < 4 and _is_name_like(doc[k]) and not is_title_token(doc[k]) \
                and doc[k].lower_.strip("*_") not in HONOURS | SPEECH_VERBS \
                and "\n" not in doc[k - 1].whitespace_:
            k += 1
        # "Deputy Senior Investigating Officer": a title word after the run means
        # the capitalised words were part of a longer title, not a name.
        last = extend_hyphenated(doc, k - 1) if k > j else k - 1
        if k > j and _post_or_site(doc[j:last + 1]):
            done = max(k, i + 1)
            continue  # "Exampleton Justice Centre", "Assistant Headteacher", "Sir X Bridge"
        if k > j and (doc[k - 1].ent_type_ not in ("ORG", "GPE", "LOC", "FAC")
                      or _title_swallowed(doc, i, j, last)) \
                and not (k < n and is_title_token(doc[k]) and doc[k].text[:1].isupper()):
            span = doc[j:last + 1]
            yield _Candidate(3, "PERSON", span.start_char, span.end_char)
        done = max(k, i + 1)


def _is_collar(token: Token) -> bool:
    """A police officer's collar number: three to five digits, perhaps after "#"."""
    digits = token.text.lstrip("#")
    return digits.isdigit() and 3 <= len(digits) <= 5


# "ask for Jane Doe 1234", "speak to PC Doe 1234": a name, then the officer's collar number.
_ASK_FOR = frozenset({"for", "to", "contact", "email", "officer"})


def _collared_people(doc: Doc) -> Iterator[_Candidate]:
    """"ask for Jane Doe 1234": one to three capitalised words between a word that
    asks for someone and a collar number are that officer's name, even when a word
    of it is also a street's ("Mick Place")."""
    n = len(doc)
    for i in word_positions(doc, _ASK_FOR):
        k = i + 1
        while k < n and k - i <= 3 and doc[k].is_alpha and doc[k].text[:1].isupper() \
                and not doc[k].is_upper and not is_title_token(doc[k]) and doc[k].whitespace_:
            k += 1
        if k == i + 1 or k - i > 3 or k >= n or not _is_collar(doc[k]) \
                or k + 1 < n and doc[k + 1].is_alpha and not doc[k + 1].lower_ in ("or", "and"):
            continue
        span = doc[i + 1:k]
        if span[0].ent_type_ in ("ORG", "GPE") and span[0].ent_iob_ == "B" and len(span) == 1:
            continue
        yield _Candidate(3, "PERSON", span.start_char, span.end_char)


def _modifies_title(last: Token) -> bool:
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
        and _is_name_like(doc[j]) and not is_title_token(doc[j]) and doc[k].lower_ not in (
            "chief", "general", "special", "assistant", "deputy") \
        and last.lower_ not in ORG_HEADS


def _office_holders(doc: Doc) -> Iterator[_Candidate]:
    """"Police and Crime Commissioner for Wiltshire and Swindon Angus Macpherson".

    An office "for" or "of" a place, then the holder's name: the capitalised
    run after the office is the place and the name, and the name is its last two
    words (or where the model's own PERSON starts). The title is claimed too, so
    no word of it becomes an entity.
    """
    n = len(doc)
    for i in word_positions(doc, OFFICE_WORDS):
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
        if any(doc[j].lower_ in _PRONOUN_OPENERS for j in run):
            continue  # "Director of Stop It Now": a body named in words, no place and name
        person_start = next((j for j in words[1:] if doc[j].ent_type_ == "PERSON"
                             and doc[j].ent_iob_ == "B"), None)
        first = person_start if person_start is not None and words[-1] - person_start < 3 \
            else words[-2]
        if first <= run[0] or doc[first - 1].lower_ in ("and", "the", "&"):
            continue  # nothing left for the place: "Minister for Jane Doe"?
        name = doc[first:words[-1] + 1]
        yield _Candidate(3, "PERSON", name.start_char, name.end_char)
        start = i
        while start > 0 and (is_title_token(doc[start - 1]) or doc[start - 1].lower_ in (
                "and", "&") and start > 1 and doc[start - 2].text[:1].isupper()
                or doc[start - 1].lower_ == "police") and doc[start - 1].text[:1] != "&" \
                and "\n" not in doc[start - 1].whitespace_:
            start -= 1
        yield _Candidate(3, _TITLE, doc[start].idx, doc[first - 1].idx + len(doc[first - 1]))


def _title_swallowed(doc: Doc, title: int, name: int, last: int) -> bool:
    """The model's ORG is a titled name ("DC Martin Hardy"), not a body.

    It starts at the title or the name and ends with the name, whose last
    word is not an organisation's head noun.
    """
    if doc[last].ent_type_ == "FAC" and doc[title].lower_.rstrip(".") in TITLE_ABBREVIATIONS \
            and doc[title].ent_iob_ == "B" and doc[last].lower_ not in STREET_SUFFIXES:
        return True  # "DC Jane Grant" as a building: a rank abbreviation begins no place
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
    return title - 1 <= start <= name and end == last + 1


_BIRTH_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d")


def _aged_people(doc: Doc) -> Iterator[_Candidate]:
    """"Jane Doe, 32, of ...", "John Smith (32)", "John Smith (13/08/1993)": a full
    name followed by an age or a date of birth is a person, whatever the model says."""
    n = len(doc)
    for i in word_positions(doc, frozenset({",", "("})):
        if i + 2 >= n or i < 2:
            continue
        value, after = doc[i + 1], doc[i + 2]
        if doc[i].text == "(":
            if after.text != ")" or not (_BIRTH_DATE.fullmatch(value.text)
                                         or _is_age(value) and int(value.text) >= 10):
                continue  # not "Operation Parkland (1)", a numbered item
        elif not (_is_age(value) and after.lower_ in (",", "and", "of", "from")):
            continue
        start = i
        while start > 0 and i - start < 4 and _is_name_like(doc[start - 1]) \
                and doc[start - 1].is_alpha and not is_title_token(doc[start - 1]) \
                and (doc[start - 1].lower_ not in STREET_SUFFIXES or start == i) \
                and "\n" not in doc[start - 1].whitespace_:
            start -= 1
            if start > 1 and doc[start - 1].text in ("-", "‐") and not doc[start - 1].whitespace_ \
                    and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha \
                    and doc[start - 2].text[:1].isupper():
                start -= 2  # "Stephen-Alan Paul Vickers": a hyphenated first name
        if i - start > 2 and doc[start].is_sent_start and doc[start].ent_type_ == "":
            start += 1  # "Defendant Jane Doe, 32": a capitalised sentence opener
        if i - start < 2 or doc[start].lower_ in ("operation", "op") \
                or any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in doc[start:i]):
            continue
        span = doc[start:i]
        yield _Candidate(3, "PERSON", span.start_char, span.end_char)


def _is_age(token: Token) -> bool:
    return token.text.isdigit() and 0 < int(token.text) < 111


#: Most words an organisation rule walks back (or on) from its head noun: the
#: longest real names are about half this, and without a bound a run of
#: capitalised words ("Police Police …") makes the walk quadratic.
MAX_ORG_WORDS = 16


def _rule_organizations(doc: Doc) -> Iterator[_Candidate]:
    """Capitalised names ending in an organisation head noun, "Police <Place>", platforms."""
    n = len(doc)
    for i in word_positions(doc, ORG_HEADS | PLATFORMS):
        token = doc[i]
        lower = token.lower_
        if lower in PLATFORMS and token.text[:1].isupper() and lower != "x":
            yield _Candidate(4, "ORG", token.idx, token.idx + len(token.text))
            continue
        if lower == "police" and token.text[:1].isupper() and i + 1 < n \
                and doc[i + 1].ent_type_ == "GPE" and doc[i + 1].ent_iob_ == "B":
            end = i + 1
            while end < n and doc[end].ent_iob_ == "I" or end == i + 1:
                end += 1
            span = doc[i:end]
            yield _Candidate(4, "ORG", span.start_char, span.end_char)
            continue
        if lower not in ORG_HEADS or not token.text[:1].isupper():
            continue
        if lower == "executive" and i > 0 and is_title_token(doc[i - 1]):
            continue  # "Chief Executive of Example Trust": a post, then the body
        if lower in LONE_SERVICES and (not token.is_sent_start or token.ent_type_ == "ORG") \
                and (i + 1 >= n or not doc[i + 1].text[:1].isupper()):
            yield _Candidate(4, "ORG", token.idx, token.idx + len(token.text))
            continue  # "the Coastguard": a service named by its kind alone
        start = i
        while start > 0 and i - start < MAX_ORG_WORDS:
            prev = doc[start - 1]
            if "\n" in prev.whitespace_:
                break
            if prev.text == "-" and not prev.whitespace_ and start - 2 >= 0 \
                    and not doc[start - 2].whitespace_ and doc[start - 2].text[:1].isupper():
                start -= 1  # "Dyfed-Powys Police"
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
                    and (start - 3 < 0 or not doc[start - 3].text[:1].isupper()):
                start -= 1  # "City of London Police", "Isle of Man Constabulary"
            elif prev.lower_ in ("and", "&") and start - 2 >= 0 \
                    and doc[start - 2].text[:1].isupper() and doc[start - 2].lower_ not in ORG_HEADS \
                    and not (prev.ent_iob_ == "O" and doc[start - 2].ent_type_ == "ORG"
                             and not (start - 3 >= 0 and doc[start - 3].lower_ in ("'s", "’s"))):
                # "Fire and Rescue Service", not "<one ORG> and <another>"; but "the
                # Force's Homicide and Major Enquiry Team", where the model's ORG ran the
                # owner into the first word of the unit's name, is one name.
                start -= 1
            else:
                break
        while start < i and (doc[start].lower_ in ORG_CONNECTORS or doc[start].lower_ == "the"):
            start += 1
        # A capitalised first word of a sentence is only part of the name if the model agrees.
        if start < i - 1 and doc[start].is_sent_start and doc[start].ent_type_ == "" \
                and not is_title_token(doc[start]):
            start += 1
        while start < i and doc[start].lower_.rstrip(".") in TITLE_ABBREVIATIONS:
            start += 1  # "PC Smith's Response Team"; not "Major" in "Major Crime Team"
        end = i + 1
        if end < n and _continues_name(token, doc[end]):
            continue  # "Exampleton Police Investigation Centre", "College Close": a longer name
        # "University of Liverpool", "Police Service of Northern Ireland"
        if end + 1 < n and doc[end].lower_ in ("of", "for") and doc[end + 1].text[:1].isupper():
            end += 1
            while end < n and end - i < MAX_ORG_WORDS and not is_title_token(doc[end]) and (
                    doc[end].text[:1].isupper() or (
                    doc[end].lower_ in ("and", "&") and end + 1 < n
                    and doc[end + 1].text[:1].isupper()
                    and doc[end - 1].lower_ not in ORG_HEADS)) \
                    and "\n" not in doc[end - 1].whitespace_ \
                    and not (end > i + 2 and doc[end].ent_iob_ == "B"
                             and doc[end].ent_type_ == "PERSON"):
                end += 1  # not into a name after it: "University of Exampleton Jane Doe"
            while doc[end - 1].lower_ in ORG_CONNECTORS:
                end -= 1
            if doc[end - 1].lower_ in ORG_HEADS and end - 1 > i + 1:
                end = i + 1  # "Joint Unit of Exampleshire Constabulary": two bodies
        if end - start < 2 or any(t.lower_ in NOT_ORG_WORDS for t in doc[start:end]):
            continue
        span = doc[start:end]
        yield _Candidate(4, "ORG", span.start_char, span.end_char)


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
    return doc[k].lower_ in ("'s", "’s") and owner.lower_ + "'s" in COURT_KINDS


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


def _owned_units(doc: Doc) -> Iterator[_Candidate]:
    """"GMP's Exampleton District", "the Force's Northern Division", "GMP's City of
    Exampleton district": after an organisation's possessive, capitalised words ending in
    a unit word name a part of it (alone, "the Exampleton District" is a place)."""
    for i in word_positions(doc, UNIT_WORDS):
        token = doc[i]
        if i + 1 < len(doc) and doc[i + 1].is_title and "\n" not in token.whitespace_:
            continue  # not "Basic Command" of "Basic Command Unit"
        start = _capitalised_run(doc, i)
        if start == i or start < 2 or doc[start - 1].lower_ not in ("'s", "’s"):
            continue
        owner = doc[start - 2]
        if owner.ent_type_ == "ORG" or owner.lower_ in ORG_HEADS or owner.is_upper:
            span = doc[start:i + 1]
            yield _Candidate(4, "ORG", span.start_char, span.end_char)


def _capitalised_run(doc: Doc, i: int) -> int:
    """Start of the capitalised words before token ``i``, with "of" and "and" between
    capitalised words ("City of Exampleton", "Eastfield and Filey")."""
    start = i
    while start > 0 and "\n" not in doc[start - 1].whitespace_:
        prev = doc[start - 1]
        joins = prev.lower_ in ("of", "and") and start < i and start > 1 \
            and doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha
        if not (prev.text[:1].isupper() and prev.is_alpha or joins):
            break
        start -= 1
    return start


# Kinds of body written in lower case after the name: "Exampleton police", "Exampleton
# General hospital", "the Serious and Organised Crime team".
_LOWER_HEADS = frozenset({"police", "hospital", "team"})


def _lower_case_heads(doc: Doc) -> Iterator[_Candidate]:
    """A capitalised name and a lower-case kind of body after it are one name.

    Not a building ("Exampleton police station"), not a sentence opener alone
    ("Local police said"), not an acronym the text already names ("the XYZ team").
    """
    n = len(doc)
    for i in word_positions(doc, _LOWER_HEADS):
        head = doc[i]
        if not head.is_lower or i + 1 < n and doc[i + 1].lower_ in FACILITY_WORDS | VENUE_AFTER:
            continue
        end = i
        if i > 1 and doc[i - 1].lower_ in ("'s", "’s") and head.lower_ == "hospital":
            end = i - 1  # "Exampleton's hospital"... only as one word before: see below
        start = _capitalised_run(doc, end)
        if start == end or "\n" in doc[end - 1].whitespace_:
            continue
        words = doc[start:end]
        first = words[0]
        opens = first.is_sent_start or first.i == 0 or doc[first.i - 1].is_sent_start \
            and doc[first.i - 1].is_punct  # "“Our police officers ...", "Extra police will"
        if all(t.is_upper for t in words) \
                or any(t.lower_.rstrip(".") in TITLE_ABBREVIATIONS for t in words) \
                or opens and first.ent_type_ not in ("GPE", "LOC", "FAC") \
                or len(words) == 1 and first.ent_type_ == "NORP" and first.lower_.endswith(
                    ("an", "ish", "ese", "i", "ch")) and not first.lower_.endswith("shire") \
                or words[-1].lower_ in ORG_HEADS and head.lower_ != "team":
            continue  # "Romanian police": a country's police, no body's name
        if head.lower_ == "team" and (any(t.lower_ == "of" for t in words) or all(
                t.ent_type_ in ("GPE", "LOC") for t in words)):
            continue  # "the Exampleton team", "the Management of Offenders team"
        if end < i and len(words) != 1:
            continue  # the possessive form is a one-word name: "Exampleton's hospital"
        yield _Candidate(4, "ORG", words.start_char, head.idx + len(head.text))


_CAMEL_CASE = re.compile(r"(?<![\w@#/.-])(?!Mc|Mac)[A-Z][a-z]+[A-Z][A-Za-z]+(?![\w@/.-])")


# Platforms written against a bullet or other mark the tokenizer keeps ("•Facebook").
_PLATFORM_NAMES = re.compile(
    r"(?<![\w@#/.'’-])(?i:" + "|".join(sorted((p for p in PLATFORMS if len(p) > 2), key=len,
                                               reverse=True)) + r")(?![\w@/-])")


# Prisons and young offender institutions by their prefix: "HMP Exampleton", "HMYOI X".
_PRISON = re.compile(r"\bHM(?:P|YOI|P/YOI|[ \t]+Prison)[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?\b")


def _camel_case_names(text: str) -> Iterator[_Candidate]:
    """"GoSafe", "DogLost", "PayPal": one word with an inner capital names a body or
    brand (after the model's own spans, which win)."""
    for match in _CAMEL_CASE.finditer(text):
        yield _Candidate(7, "ORG", match.start(), match.end())


def _model_entities(doc: Doc, text: str, context: Context) -> Iterator[_Candidate]:
    for ent in doc.ents:
        label = ent.label_
        if label == "DATE":
            candidate = _date_entity(ent, context)
            if candidate is not None:
                yield candidate
        elif label in ("PERSON", "ORG"):
            yield from _name_entity(ent, text)
        elif label in PASSTHROUGH_LABELS:
            yield _Candidate(6, label, ent.start_char, ent.end_char)


def _reads_as_place(doc: Doc, first: int, last: int) -> bool:
    """A name used as a place: "in Carlisle", "the Poole area", "a man from Poole",
    "Jane Doe, 32, of Heckmondwike", "Luton, Bedfordshire"."""
    before = doc[first - 1].lower_ if first > 0 else ""
    after = doc[last + 1] if last + 1 < len(doc) else None
    if before in LOCATIVE_PREPOSITIONS and (first == last or before not in ("at", "via")):
        return True
    if first == last and after is not None and (
            after.lower_ in PLACE_AFTER
            or after.text == "," and last + 2 < len(doc) and doc[last + 2].ent_type_ == "GPE"):
        return True
    if before in ("of", "from") and first >= 3:
        word = doc[first - 2]
        if word.text == "," and doc[first - 3].like_num:
            return True  # "Jane Doe, 32, of X": an address after an age
        if before == "from" and (word.lower_ in PLACE_AFTER or first == last and (
                word.ent_type_ == "PERSON" or word.lower_ in ("all", "both"))):
            return True  # "a man from X", "Jane Doe from X", "all from X"
    return False


def _is_role_word(token: Token) -> bool:
    """A capitalised role noun that is no organisation's head: "CEO", "Officers"."""
    lower = token.lower_
    singular = lower[:-1] if _is_plural(token) else lower
    return token.text[:1].isupper() and lower not in ORG_HEADS and singular not in ORG_HEADS \
        and singular in ROLE_NOUNS


def text_is_upper(tokens: list[Token]) -> bool:
    return all(t.is_upper or not t.is_alpha for t in tokens)


def _is_plural(token: Token) -> bool:
    lower = token.lower_
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and not token.is_upper


_AGE_WORDS = re.compile(r"\byears?[- ]old\b|\byears-old\b|\byears of age\b", re.IGNORECASE)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _date_entity(ent: Span, context: Context) -> _Candidate | None:
    if _AGE_WORDS.search(ent.text):
        return None  # an age, not a date
    resolved = resolve_date(ent.text, context.anchor)
    value = resolved.value if resolved else None
    if value is None and len(ent) > 1 and _YEAR.fullmatch(ent[-1].text) \
            and ent[-2].lower_ in ("to", "until", "till", "in", "since", "of"):
        year = ent[-1]  # "five years to 1920": the duration has no value, its year has
        return _Candidate(5, "DATE", year.idx, year.idx + len(year.text), year.text, False)
    if value is None and not any(t.lower_ in _DATE_WORDS for t in ent):
        return None  # "1694", "0808 1000": the model's counts and number pieces
    if "/" in ent.text and value is None:
        return None  # "2018/19" is a financial year, not a calendar date
    return _Candidate(5, "DATE", ent.start_char, ent.end_char, value,
                      resolved.relative if resolved else False)


#: Nouns that end the name of a post, never a person's name: "Crown Advocate",
#: "Resources Manager" are posts the model took for people.
POST_NOUNS = frozenset(
    "advocate manager officer adviser advisor coordinator co-ordinator executive "
    "spokesperson spokesman spokeswoman investigator prosecutor director".split())


# Lower-case words inside people's names: "Ludwig van Beethoven", "Omar bin Laden".
_NAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin",
                             "bint", "al", "el", "ibn", "y", "dos", "das", "ter", "st"})
# Last words of sites named after people, which are seldom surnames.
_SITE_ENDS = frozenset({"bridge", "station", "centre", "center", "building", "stadium", "airport",
                        "square", "tower", "library", "hospital", "school", "academy"})
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


def _post_or_site(tokens: Span | list[Token]) -> bool:
    """Words the model or a title rule took for a name that are a post ("Portfolio
    Holder", "Headteacher") or a site named after someone ("Sir Alf Example Bridge",
    "Exampleton Justice Centre")."""
    last = tokens[-1].lower_
    if last in _ROLE_ENDS or len(tokens) == 1 and last in ROLE_NOUNS:
        return True
    return last in _SITE_ENDS and len(tokens) != 2 or len(tokens) == 1 and last in FACILITY_WORDS


def _kin_named(doc: Doc) -> Iterator[_Candidate]:
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
        yield _Candidate(4, "PERSON", span.start_char, span.end_char)


_PRONOUN_OPENERS = frozenset("it i we you they he she this that these those".split())


def _name_entity(ent: Span, doc_text: str) -> Iterator[_Candidate]:
    tokens = list(ent)
    # Cut at a line break: the model runs names into the next line.
    for k, token in enumerate(tokens[:-1]):
        if "\n" in token.whitespace_ or "\n" in token.text:
            tokens = tokens[:k + 1]
            break
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space
                      or tokens[-1].lower_ in ("'s", "’s", "'", "’")):
        tokens.pop()
    while tokens and (tokens[0].lower_ in ("the", "a", "an") or tokens[0].is_punct
                      or tokens[0].is_space):
        tokens.pop(0)
    label = ent.label_
    if tokens and _modifies_title(tokens[-1]):
        return  # "Roads Policing Sergeant Jane Doe": the words before the rank are the title's
    if label == "PERSON":
        while tokens and is_title_token(tokens[0]):
            tokens.pop(0)
        cut = next((k for k, t in enumerate(tokens) if k and (
            any(ch.isdigit() for ch in t.text)
            or t.is_lower and t.is_alpha and t.lower_ not in _NAME_PARTICLES
            and tokens[k - 1].text not in ("-", "‐"))), None)  # not "Kim Jong-un"
        if cut is not None:
            tokens = tokens[:cut]  # "George III 1817", "Force Lead for X": names hold neither
        while tokens and tokens[-1].lower_ in HONOURS:
            tokens.pop()
        doc = ent.doc
        if len(tokens) == 1 and tokens[0].i >= 2 and doc[tokens[0].i - 1].lower_ in ("'s", "’s") \
                and is_title_token(doc[tokens[0].i - 2]):
            start = doc[tokens[0].i - 2].idx  # "Bishop's Exampleford": a town named so
            yield _Candidate(5, "GPE", start, tokens[0].idx + len(tokens[0].text))
            return
        if len(tokens) == 1 and tokens[0].i >= 2 and doc[tokens[0].i - 1].lower_ in ("for", "of") \
                and (is_title_token(doc[tokens[0].i - 2])
                     or doc[tokens[0].i - 2].lower_ in ROLE_NOUNS):
            return  # "Policing Commander for Exampleton": the place an officer leads
        while len(tokens) > 1 and tokens[-1].lower_ in SPEECH_VERBS:
            tokens.pop()  # "Jane Doe Said:": the verb written with a capital
        if tokens and _post_or_site(tokens):
            return
        following = tokens[-1].i + 1 if tokens else 0
        if tokens and following + 1 < len(ent.doc) \
                and ent.doc[following].lower_ in ("'s", "’s") \
                and ent.doc[following + 1].lower_ in STREET_SUFFIXES | PLACE_HEADS:
            return  # "St Helen's Square": a place named after someone
    elif label == "ORG":
        for k, token in enumerate(tokens[1:], start=1):
            if is_title_token(token) and token.text[:1].isupper() and token.lower_ not in (
                    "police", "chief", "general", "special", "assistant", "deputy"):
                tokens = tokens[:k]
                break
            if k == len(tokens) - 1 and _is_role_word(token):
                # "Museum of Exampleton CEO": the body, then a role; "Exampleton Casualty
                # Reduction Officers": people, not a body.
                tokens = [] if _is_plural(token) else tokens[:k]
                break
        after = ent.doc[tokens[-1].i + 1] if tokens and tokens[-1].i + 1 < len(ent.doc) else None
        if after is not None and len(tokens) > 1 and tokens[-1].lower_ not in ORG_HEADS \
                and not text_is_upper(tokens) \
                and (is_title_token(after) or _is_role_word(after)) and after.text[:1].isupper():
            return  # "the Police and Crime Commissioner": part of a title, not a body
    if not tokens:
        return
    if label == "PERSON":
        doc = ent.doc
        # "Haydn Bradley-Davies": the model stops at the hyphen.
        stop = extend_hyphenated(doc, tokens[-1].i)
        tokens = tokens + [doc[k] for k in range(tokens[-1].i + 1, stop + 1)]
    text = doc_text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)]
    lowered = text.lower()
    if lowered in NOT_ENTITIES or lowered.startswith(("operation ", "op ", "project ")) \
            or (tokens[0].i > 0 and ent.doc[tokens[0].i - 1].lower_ in ("operation", "op")):
        return
    if lowered in NOT_NAMES or not any(ch.isupper() for ch in text):
        return  # "navy", "Mum": common words, not names
    if label == "ORG" and (any(t.lower_ in NOT_ORG_WORDS for t in tokens)
                           or len(tokens) == 1 and lowered in ORG_HEADS - LONE_SERVICES
                           | {"state", "crown"}):
        return  # "Criminal Behaviour Order", a lone "Council"
    before = ent.doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    if label == "PERSON" and tokens[0].lower_ in _PRONOUN_OPENERS:
        return  # "Stop It Now": a pronoun opens no one's name
    if label == "PERSON" and before is not None and before.lower_ == "the":
        return  # "the Birkenhead local policing team": a modifier, not a person
    if label == "ORG" and before is not None and (before.like_num or before.lower_ in COUNTERS) \
            and _is_plural(tokens[-1]):
        return  # "the four Welsh Police Forces": a kind of body counted, not one named
    first = tokens[0]
    if lowered not in PLATFORMS and not text.isupper() and tokens[-1].lower_ not in ORG_HEADS \
            and _reads_as_place(ent.doc, first.i, tokens[-1].i):
        yield _Candidate(5, "GPE", first.idx, tokens[-1].idx + len(tokens[-1].text))
        return
    if tokens[-1].lower_ in STREET_SUFFIXES and len(tokens) > 1:
        if label == "PERSON":
            return
        if label == "ORG" and tokens[-1].text[:1].isupper() and text_is_upper(tokens) is False:
            yield _Candidate(5, "FAC", first.idx, tokens[-1].idx + len(tokens[-1].text))
            return  # "New College Close": a street named after a body
    doc = ent.doc
    last = tokens[-1]
    if lowered not in PLATFORMS and last.lower_ not in ORG_HEADS and last.i + 1 < len(doc) \
            and doc[last.i + 1].lower_ in VENUE_AFTER and doc[last.i + 1].is_lower:
        yield _Candidate(5, "FAC", first.idx, last.idx + len(last.text))
        return  # "the Red Lion pub": a venue named as a place
    if lowered not in PLATFORMS and (
            first.lower_ in VEHICLE_MAKES
            or first.i > 0 and doc[first.i - 1].lower_ in PRODUCT_BEFORE | VEHICLE_MAKES
            or last.i + 1 < len(doc) and doc[last.i + 1].lower_ in PRODUCT_AFTER):
        yield _Candidate(5, "PRODUCT", first.idx, last.idx + len(last.text))
        return
    if lowered in PLATFORMS or tokens[-1].lower_ in ORG_HEADS:
        label = "ORG"
    elif label == "PERSON" and (all(is_title_token(t) for t in tokens)
                                or len(tokens) > 1 and tokens[-1].lower_ in POST_NOUNS
                                and tokens[-1].text[:1].isupper()
                                or not any(ch.isalpha() for ch in text)
                                or text.isupper() and len(tokens) == 1):
        return
    if label == "PERSON" and len(tokens) > 1:
        if tokens[-1].text in ("Bill", "Act"):
            yield _Candidate(5, "LAW", first.idx, last.idx + len(last.text))
            return  # "the Coronavirus Bill": a law
        if tokens[0].text in ("North", "South", "East", "West") and tokens[1].text[:1].isupper():
            yield _Candidate(5, "GPE", first.idx, last.idx + len(last.text))
            return  # "North Yorkshire": a compass point begins a place, not a name
        if all(len(t.text.rstrip(".")) == 1 or t.is_punct for t in tokens):
            return  # "R. I. P": initials alone name nobody
    if label == "ORG" and all(is_title_token(t) for t in tokens):
        return
    yield _Candidate(5, label, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
