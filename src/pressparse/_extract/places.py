"""Places by their form: streets, road numbers, number plates, a name read as a place."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .candidates import Candidate
from .lexicon import (
    LOCATIVE_PREPOSITIONS,
    ORG_HEADS,
    PLACE_AFTER,
    PLACE_HEADS,
    STREET_SUFFIXES,
    STREET_TITLES,
)
from .nametokens import is_age, is_title_token, word_positions

if TYPE_CHECKING:
    from spacy.tokens import Doc


# A vehicle's number plate ("registration AB12 CDE"): claimed, so its letters name nobody.
PLATE = re.compile(r"\b[A-Z]{2}(?:0[1-9]|[1-7]\d)[ \t]?[A-Z]{3}\b")


# A road number written alone: "A46", "M6(T)".
ROAD = re.compile(r"[ABM]\d{1,4}(?:\([MT]\)|M)?")  # "A1(M)", "A1M"


# "the A46", "the M6 southbound", "A38 Road": a road by its number, never a body or a count.
ROAD_NUMBER = re.compile(
    r"(?:(?<=\bthe )|(?<=\bThe ))[ABM]\d{1,4}(?:\([MT]\))?(?![\w(/-])"
    r"|\b[ABM]\d{1,4}(?:\([MT]\))?(?=\s+(?:road|northbound|southbound|eastbound|westbound|"
    r"carriageway|slip|junction|near|between)\b)")


# Street words that are common surnames too, which after a title name a person: "Lord Lane".
_SURNAME_SUFFIXES = frozenset({"lane", "hill", "gardens", "row", "green", "park", "wood", "field"})


def streets(doc: Doc) -> Iterator[Candidate]:
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
        if start > 0 and doc[start - 1].lower_ in STREET_TITLES and doc[start - 1].text[:1].isupper() \
                and (start < i or doc[start - 1].lower_ not in ("st", "saint", "sir")
                     and token.lower_ not in _SURNAME_SUFFIXES) \
                and "\n" not in doc[start - 1].whitespace_:
            start -= 1  # "Prince William Street", "Lady Way": a street named after a title
        if start == i or doc[start].is_sent_start and doc[start].ent_type_ == "":
            continue
        rank = start - 1
        if rank > 0 and doc[rank].text.lstrip("#").isdigit():
            rank -= 1  # "PC 1234 Jo Lane": the collar number between the rank and the name
        if rank >= 0 and is_title_token(doc[rank]) and doc[rank].text[:1].isupper() \
                and doc[rank].lower_.rstrip(".") not in STREET_TITLES:
            continue  # "PC Jo Lane", "Chief Executive Amy Close": a rank, then a person
        end = i + 1
        if any(t.lower_ in ORG_HEADS for t in doc[end:end + 3]) and end < n \
                and doc[end].is_title and "\n" not in token.whitespace_:
            continue  # "Exampleshire Road Policing Unit": a unit named after roads
        if end < n and doc[end].lower_ in ("north", "south", "east", "west"):
            end += 1
        if end + 2 < n and doc[end].text == "," and is_age(doc[end + 1]) \
                and doc[end + 2].lower_ in (",", "of", "from", "and"):
            continue  # "Martin Vale, 52, of ...": a name and an age, not a street
        span = doc[start:end]
        yield Candidate(3, "FAC", span.start_char, span.end_char)


# Last words of sites, and verbs of talking, for "called to Exampleton Bridge".
_SITE_WORDS = frozenset({"bridge", "station", "square", "bay", "quay", "beach", "common",
                         "roundabout", "junction", "interchange", "services"})
_TALK_VERBS = frozenset({"spoke", "speak", "speaking", "talked", "talk", "talking", "wrote", "said",
                         "say", "says", "explained", "introduced", "waved", "lied", "admitted",
                         "write", "listen", "listened", "apologised", "replied", "reply",
                         "belonging", "belongs", "married", "engaged", "related"})


# Lower-case words after a name of several words that make it a place: "the Exampleton Vale
# area", "a Kings Exampleton man"; and the homes after "his", "her": "his Abbey Vale home".
_PLACE_AFTER_NAMES = frozenset({"area", "areas", "man", "woman", "men", "women", "boy", "girl",
                                "teenager", "resident", "residents", "pensioner", "motorist"})
_HOMES = frozenset({"home", "address", "flat", "house", "property"})


def reads_as_place(doc: Doc, first: int, last: int) -> bool:
    """A name used as a place: "in Carlisle", "the Poole area", "a man from Poole",
    "Jane Doe, 32, of Heckmondwike", "Luton, Bedfordshire", "in **Exampleton Bay**",
    "called to Exampleton Bridge"."""
    k = first - 1
    while k >= 0 and not doc[k].text.strip("*_"):
        k -= 1  # markdown emphasis around the name: "in **Exampleton Bay**"
    before = doc[k].lower_ if k >= 0 else ""
    after = doc[last + 1] if last + 1 < len(doc) else None
    if before in LOCATIVE_PREPOSITIONS and (first == last or before not in ("at", "via")):
        return True
    if before in ("to", "at", "on", "from", "near") and first < last \
            and doc[last].lower_ in PLACE_HEADS | _SITE_WORDS \
            and not (k > 0 and doc[k - 1].lower_ in _TALK_VERBS):
        return True  # "called to Exampleton Bridge", not "spoke to Jo Bridge"
    if first == last and after is not None and (
            after.lower_ in PLACE_AFTER
            or after.text == "," and last + 2 < len(doc) and doc[last + 2].ent_type_ == "GPE"):
        return True
    if after is not None and after.is_lower and (
            after.lower_ in _PLACE_AFTER_NAMES
            or before in ("his", "her", "their") and after.lower_ in _HOMES):
        return True  # "the Exampleton Vale area", "Kings Exampleton man", "his Abbey Vale home"
    if before == "from" and first >= 2 and doc[first - 2].lower_ == "missing":
        return True  # "reported missing from Exampleton Vale"
    if before in ("of", "from") and first >= 3:
        word = doc[first - 2]
        if word.text == "," and doc[first - 3].like_num:
            return True  # "Jane Doe, 32, of X": an address after an age
        if before == "from" and word.text == "," and doc[first - 3].lower_ in PLACE_AFTER:
            return True  # "The young boy, from X,"
        if before == "from" and (word.lower_ in PLACE_AFTER or first == last and (
                word.ent_type_ == "PERSON" or word.lower_ in ("all", "both"))):
            return True  # "a man from X", "Jane Doe from X", "all from X"
    return False


# A line that opens with a road number: "A47 Westbound Exampleton by-pass", "* B2031 near
# Exampleby", the items of a list of sites (speed cameras, closures, diversions).
_ROAD_LINE = re.compile(r"^[ \t*_#>•·-]*[ABM]\d{1,4}(?:\([MT]\))?(?![\w/-])", re.MULTILINE)
# In such a list, a line that opens with a street does too: "Mill Lane Exampleton".
_STREET_LINE = re.compile(r"^[ \t*_#>•·-]*(?P<words>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,3})",
                          re.MULTILINE)


# The model's labels for names, which a site along a road takes in a list.
_NAME_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "PERCENT", "QUANTITY"})


def road_list_places(doc: Doc, text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Names in a line that opens with a road number and says nothing (no verb, no full
    stop) are the places along that road, never people or bodies: "A64 Exampleton",
    "A12 Carlton Exampleby at Ash Court"."""
    lines: list[tuple[int, int]] = []
    roads = list(_ROAD_LINE.finditer(text))
    if len(roads) >= 3:  # a list of sites: its lines that open with a street are sites too
        roads += (m for m in _STREET_LINE.finditer(text)
                  if any(w.lower() in STREET_SUFFIXES for w in m.group("words").split()[1:]))
        roads.sort(key=lambda m: m.start())
    for m in roads:
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        line = text[m.start():end]
        if len(line) > 120 or re.search(r"[.!?:;](?:[ \t]|$)", line):
            continue
        span = doc.char_span(m.start(), end, alignment_mode="expand")
        if span is None or any(t.pos_ in ("VERB", "AUX") and t.is_lower for t in span):
            continue
        lines.append((m.start(), end))
    if not lines:
        return chosen
    starts = [a for a, _ in lines]
    out = []
    for c in chosen:
        k = bisect.bisect_right(starts, c.start) - 1
        if c.label in _NAME_LABELS and k >= 0 and c.end <= lines[k][1]:
            c = Candidate(c.priority, "LOC", c.start, c.end)
        out.append(c)
    return out
