"""The body a phrase names: an organisation entity, or one read from its shape.

After "of", "from" or "at" a reader takes the organisation the words name:
one the model tagged ("of Example Police"), a unit of it after its possessive
("Example Police's Major Crime Team"), or a body the model missed, read from
capitalised words closed by a head noun ("Westshire Tactical Operations
Division"), initials ("Northtown CID") or a lower-case unit ("the force's
southern CID").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..models import Entity
from .lexicon import BODY_KINDS, FACILITY_WORDS, ORG_HEADS, UNIT_WORDS
from .role_common import BELONGS, OrgNames

if TYPE_CHECKING:
    from spacy.tokens import Doc


def organization_in(doc: Doc, k: int, org_at: dict[int, tuple[Entity, str]],
                     organizations: OrgNames, plain_body_only: bool = False
                     ) -> tuple[str, int] | None:
    """The organisation named from token ``k`` on, with the index of its last token."""
    if k < len(doc) and doc[k].lower_ in ("the", "our"):
        k += 1  # "from our Economic Crime Unit": the publisher's own unit, by its name
    if k + 1 < len(doc) and doc[k].lower_ == doc[k - 2].lower_ and doc[k].lower_ in BELONGS:
        k += 2 if doc[k + 1].lower_ == "the" else 1  # "from the from the": a doubled opener
    # "for the charity Exampleline": the kind of body says the name is one
    kind_said = k + 1 < len(doc) and doc[k].is_lower and doc[k].lower_ in BODY_KINDS \
        and doc[k + 1].idx in org_at
    k += kind_said
    if k >= len(doc):
        return None
    if doc[k].idx not in org_at:
        return unit_as_written(doc, k)
    entity, name = org_at[doc[k].idx]
    end = k
    while end + 1 < len(doc) and doc[end + 1].idx < entity.end:
        end += 1
    if not plainly_a_body(entity.text) and end + 2 < len(doc) \
            and doc[end + 1].lower_ in ("and", "&") and doc[end + 2].idx in org_at \
            and plainly_a_body(org_at[doc[end + 2].idx][0].text):
        # "Northtown and Southby Borough Council": two places sharing one body, which
        # the model may cut in two
        second = org_at[doc[end + 2].idx][0]
        last = end + 2
        while last + 1 < len(doc) and doc[last + 1].idx < second.end:
            last += 1
        return doc[k:last + 1].text, last
    if plain_body_only and not kind_said and not plainly_a_body(entity.text):
        return None  # "lead for Public Protection": a portfolio
    if end + 1 < len(doc) and doc[end + 1].is_lower and doc[end + 1].lower_ in ORG_HEADS:
        if _a_building_follows(doc, end + 2):
            return None  # "based at Northtown police station": where, not who
        return doc[k:end + 2].text, end + 1  # "Northtown police": the place's force
    if end + 2 < len(doc) and doc[end + 1].lower_ in ("'s", "’s"):
        if doc[end + 2].idx in org_at:
            unit, unit_name = org_at[doc[end + 2].idx]
            if plainly_a_body(unit.text):  # "Example Police's Major Crime Team": the unit
                end = end + 2
                while end + 1 < len(doc) and doc[end + 1].idx < unit.end:
                    end += 1
                return unit_name, end
            written = unit_as_written(doc, end + 2)
            if written is not None:  # the model cut the unit short: "Adults from Harm team"
                return written
        else:
            written = unit_as_written(doc, end + 2) or _lower_case_unit(doc, end + 2)
            if written is not None:  # "Example Police's Northtown district"
                return written
    return name, end


def _a_building_follows(doc: Doc, k: int) -> bool:
    """Token ``k`` names a building ("station", "headquarters") in lower case."""
    return k < len(doc) and doc[k].is_lower and doc[k].lower_ in FACILITY_WORDS


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


def unit_as_written(doc: Doc, k: int) -> tuple[str, int] | None:
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
        if j < n and doc[j].is_lower:
            # "the force's southern burglary team", "Westshire's operational support unit"
            return _lower_case_unit(doc, j)
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
        if _a_building_follows(doc, j + 1):
            return None  # "Northtown police station" is a building
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


def plainly_a_body(name: str) -> bool:
    """A name that says it is an organisation: a head noun ("Trust") or initials."""
    words = re.findall(r"[\w&]+", name)
    return any(w.lower() in ORG_HEADS | UNIT_WORDS or w.lower().removesuffix("s") in ORG_HEADS
               for w in words) or any(
        len(w) >= 2 and w.isupper() and w.isalpha() for w in words)

