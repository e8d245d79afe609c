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

The three places are read by :mod:`.before_name`, :mod:`.after_name` and
:mod:`.affiliation`; this module joins what they find.
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import TYPE_CHECKING

from ..models import Entity
from .after_name import appositions, post_in_predicate, post_on_next_line
from .before_name import PEERAGES, title_before
from .role_common import Description, OrgNames, org_names

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Description", "describe", "org_names"]


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
    title, org_before, post = title_before(doc, span.start, org_at, names)
    after = appositions(doc, span.end - 1, org_at, names, people)
    if not (title or after.title or after.role or after.organization):
        after = post_on_next_line(doc, span.start, span.end - 1, org_at, names, people)
    # A second title after the name, when one stands before it, says what the
    # person does: "Chief Inspector Jane Doe, District Commander for Northtown".
    if title and after.title and title.lower().rstrip(".") in PEERAGES:
        title = None  # "Lord Jo Vale, Police and Crime Commissioner": the office is the title
    second = after.title if title and after.title and after.title != title else None
    # The body stated after the name is the nearer one: "Westshire Police Inspector Jo
    # Vale of the Roads Policing Unit", "Traffic Police Officer, Jo Vale of GMP".
    organization = after.organization or org_before
    return Description(
        title=title or after.title,
        role=post or after.role or second or post_in_predicate(span),
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

