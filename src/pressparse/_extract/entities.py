"""Entities: the model's spans, corrected by rules, plus pattern-found values.

Candidates come from several sources and the first source to claim a stretch
of text wins (``candidates.resolve``): reference numbers ("log 1234 of 12
May"), phone numbers, money and written-out dates (patterns), then people after
a title and organisations ending in a head noun (rules over tokens), then the
model's own spans, cleaned of titles and known confusions. The chosen spans are
then typed by the document as a whole. One module per idea:

* ``contacts``: what the reader is sent to call or report to is a body;
* ``places``: streets, road numbers, number plates, a name read as a place;
* ``personnames``: people by a title, collar number, office, age or relative;
* ``orgnames``: organisations by a head noun, a unit, a brand's form;
* ``modelspans``: the model's own spans, cleaned;
* ``orgrepair``: an organisation span trimmed, re-typed or dropped by its words;
* ``nametypes``: one kind per name across the document;
* ``datetense``: a date without its year in a clause about the future;
* ``nametokens``: the token tests all of these share.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import Entity
from .candidates import CLAIMED, TITLE, Candidate, resolve
from .contacts import bodies_reported_to, bodies_to_contact
from .context import Context
from .dates import find_dates
from .datetense import future_dates
from .modelspans import model_entities
from .money import find_money
from .nametypes import coordinated, harmonise, lone_names, repeated_bodies
from .orgnames import (
    OFFICE_OF,
    PLATFORM_NAMES,
    PRISON,
    SERVICE_CENTRE,
    bodies_by_kind,
    camel_case_names,
    crown_bodies,
    initials_after_the,
    lower_case_heads,
    lower_case_units,
    owned_units,
    rule_organizations,
)
from .orgrepair import (
    acronyms,
    described_not_named,
    furniture,
    joined_bodies,
    places_opening_a_unit,
)
from .personnames import (
    aged_people,
    collared_people,
    died_named,
    done_to_people,
    kin_named,
    nicknamed,
    office_holders,
    police_animals,
    posted_speakers,
    titled_people,
)
from .phones import find_phones
from .places import PLATE, ROAD_NUMBER, road_list_places, streets
from .references import find_references

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_entities(doc: Doc, text: str, context: Context) -> tuple[Entity, ...]:
    """All entities of ``doc`` (whose text is ``text``) in order, none overlapping another."""
    candidates: list[Candidate] = [
        Candidate(-1, "REFERENCE", m.start, m.end,
                  {"kind": m.kind, "number": m.number, "date": m.date})
        for m in find_references(text, context.anchor)
    ]
    region_is_default = context.region_is_default
    phones = list(find_phones(text, context.region, region_is_default=region_is_default))
    candidates += (Candidate(0, "PHONE", m.start, m.end, m.value) for m in phones)
    candidates += bodies_to_contact(doc, text, [(m.start, m.value) for m in phones])
    candidates += bodies_reported_to(doc, text)
    candidates += (Candidate(1, "MONEY", m.start, m.end,
                             {"amount": m.amount, "currency": m.currency})
                   for m in find_money(text, context.region))
    candidates += (Candidate(2, "DATE", m.start, m.end, m.value, m.relative)
                   for m in find_dates(text, context.anchor))
    candidates += collared_people(doc)
    candidates += police_animals(text)
    candidates += streets(doc)
    candidates += (Candidate(3, "FAC", m.start(), m.end()) for m in ROAD_NUMBER.finditer(text))
    candidates += (Candidate(2, CLAIMED, m.start(), m.end()) for m in PLATE.finditer(text))
    candidates += titled_people(doc, text)
    candidates += office_holders(doc)
    candidates += aged_people(doc)
    candidates += kin_named(doc)
    candidates += nicknamed(doc, text)
    candidates += died_named(text)
    candidates += done_to_people(text)
    candidates += posted_speakers(text)
    candidates += rule_organizations(doc)
    candidates += bodies_by_kind(doc)
    candidates += owned_units(doc)
    candidates += lower_case_heads(doc)
    candidates += lower_case_units(text)
    candidates += model_entities(doc, text, context)
    candidates += camel_case_names(text)
    candidates += initials_after_the(text)
    candidates += (Candidate(4, "ORG", m.start(), m.end()) for m in PLATFORM_NAMES.finditer(text)
                   if m.group()[:1].isupper())
    candidates += (Candidate(4, "ORG", m.start(), m.end()) for m in PRISON.finditer(text))
    candidates += crown_bodies(text)
    candidates += (Candidate(3, "ORG", m.start(), m.end()) for m in OFFICE_OF.finditer(text))
    candidates += (Candidate(4, "ORG", m.start(), m.end()) for m in SERVICE_CENTRE.finditer(text))
    chosen = described_not_named(doc, harmonise(text, resolve(candidates)))
    chosen = acronyms(text, joined_bodies(text, coordinated(doc, text, chosen)))
    chosen = places_opening_a_unit(text, chosen)
    chosen = furniture(text, lone_names(doc, text, chosen))
    chosen = road_list_places(doc, text, chosen)
    chosen = repeated_bodies(text, chosen)
    if context.anchor is not None:
        chosen = future_dates(doc, text, chosen, context)
    return tuple(
        Entity(label=c.label, text=text[c.start:c.end], start=c.start, end=c.end,
               value=c.value,  # type: ignore[arg-type]
               bounds=_bounds(c), relative=c.relative)
        for c in chosen if c.label not in (TITLE, CLAIMED)  # they claim words from the model
    )


def _bounds(c: Candidate) -> tuple[str, str] | None:
    if c.label != "DATE" or not isinstance(c.value, str) or "/" not in c.value:
        return None
    start, end = c.value.split("/", 1)
    return start, end
