"""The organisation that issued a document, and the speakers who belong to it.

A press release is issued by a body; its own officers are quoted without
naming it ("Detective Inspector Jane Doe said"), and a reader takes them to
speak for the body that issued the release. A news article names no such body,
so nothing is inferred for it.

The publisher comes from the metadata that names it (``publisher``,
``pressroom.name``, ``og.site.name``), else a `` | Site`` title suffix that
reads as a body, else the police force whose site the URL is on (see
:mod:`.forces`), else an organisation named in the body that the URL's host
spells ("herts" for "Hertfordshire Constabulary").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from .._meta import _get
from ..models import Organization, Person, Quote
from .context import url_host
from .forces import force_of_area, force_of_host
from .lexicon import ORG_HEADS, TITLE_EXPANSIONS

_PUBLISHER_PATHS: tuple[tuple[str, ...], ...] = (
    ("publisher", "name"), ("publisher",), ("pressroom", "name"), ("organization",),
    ("og", "site", "name"), ("og", "site_name"), ("site_name",),
)
# Host labels that say nothing about who published.
_GENERIC_LABELS = frozenset(
    "www news press media newsroom pressroom blog police gov uk co org com net ac nhs info "
    "au us ca nz ie int edu mil".split()
)
_SUFFIX = re.compile(r"\s+[|–—-]\s+([^|–—]+?)\s*$")

#: A rank or office held in a kind of body, by the words of that body's name.
#: A speaker with one of these titles in a release of such a body speaks for it.
_RANKS_OF = {
    frozenset({"police", "constabulary"}): frozenset(
        """
        constable sergeant inspector superintendent detective officer chief commander
        commissioner pcso investigator force
        manager analyst coordinator co-ordinator caseworker adviser advisor supervisor
        """.split()
    ),
    frozenset({"fire", "rescue"}): frozenset(
        "firefighter watch station crew group area manager officer commander".split()
    ),
}
# "Police and Crime Commissioner": an elected office; a soldier's rank or unit is the
# army's, whatever police words stand in it ("Colonel", "Commander Army HQ").
_NOT_THEIR_RANK = frozenset({"crime"})
#: Words of offices outside any force: soldiers, ministers, judges, elected members,
#: the fire and ambulance services.
_OTHER_OFFICES = frozenset({"army", "colonel", "brigadier", "major", "lieutenant", "captain",
                            "military", "navy", "raf", "regiment", "minister", "whip",
                            "mayor", "councillor", "cllr", "mp", "msp", "judge", "coroner",
                            "fire", "ambulance", "paramedic", "executive", "charity",
                            "hm"})  # "HM Inspector of Constabulary": the Crown's, not the force's


def find_publisher(metadata: Mapping[str, Any], url: str | None,
                   organizations: Sequence[Organization]) -> str | None:
    """The body that issued the document, or ``None`` (news, or nothing says)."""
    for path in _PUBLISHER_PATHS:
        value = _get(metadata, path)
        if isinstance(value, str) and value.strip():
            return value.strip()
    for key in ("title", ("og", "title")):
        raw = _get(metadata, key if isinstance(key, tuple) else (key,))
        if isinstance(raw, str):
            suffix = _SUFFIX.search(raw)
            if suffix and _reads_as_body(suffix.group(1)):
                return suffix.group(1).strip()
    force = force_of_host(url)
    if force is None and url and _on_police_site(url):
        area = _get(metadata, ("area",))
        force = force_of_area(area if isinstance(area, str) else None)
    return force or _spelled_by_host(url, organizations)


def infer_organizations(publisher: str | None, people: tuple[Person, ...],
                        quotes: tuple[Quote, ...],
                        organizations: Sequence[Organization] = ()
                        ) -> tuple[tuple[Person, ...], tuple[Quote, ...]]:
    """Give the publisher to its own officers who state no organisation.

    The publisher is named as the document names it, when it does under another
    designation in its own words, outside quotations ("Westshire Police" in a
    release whose site is "Westshire Constabulary"), so the inferred organisation
    is one of the document's records.
    """
    if publisher is None:
        return people, quotes
    quoted = [(q.start, q.end) for q in quotes if q.kind == "direct"]
    publisher = _as_the_document_names(publisher, [
        o for o in organizations
        if any(not any(a <= m.start < b for a, b in quoted) for m in o.mentions)])
    ranks = next((r for words, r in _RANKS_OF.items()
                  if words & set(_words(publisher))), None)
    if ranks is None:
        return people, quotes

    def belongs(titles: Sequence[str], role: str | None) -> bool:
        if role and _OWNED_POST.match(role):
            return False  # "Westshire Society's Operations Manager": another body's post
        if role and _DEPARTMENT_POST.fullmatch(role):
            return True  # "Head of Victim Services": a department of the force's own
        said = [set(_expanded(title)) for title in (*titles, role or "")]
        if any(words & _OTHER_OFFICES for words in said):
            return False  # "Colonel Jo Vale, Commander of the regiment", "the Chief Whip"
        return any(words & ranks and not words & _NOT_THEIR_RANK and not _elected(words)
                   for words in said)

    people = tuple(
        replace(p, organization=publisher, organization_inferred=True)
        if p.organization is None and belongs(p.titles, p.role) else p for p in people)
    out = []
    for quote in quotes:
        speaker = quote.speaker
        if speaker is not None and speaker.kind == "person" and speaker.organization is None \
                and belongs([speaker.title] if speaker.title else [], speaker.role):
            quote = replace(quote, speaker=replace(speaker, organization=publisher,
                                                   organization_inferred=True))
        out.append(quote)
    return people, tuple(out)


#: Words that say a body is a police force, left out when two names of one force
#: are compared: "Westshire Police" and "Westshire Constabulary".
_FORCE_WORDS = frozenset({"police", "constabulary", "force", "service", "the", "of"})


def _as_the_document_names(publisher: str, organizations: Sequence[Organization]) -> str:
    own = [w for w in _words(publisher) if w not in _FORCE_WORDS]
    if not own or len(own) == len(_words(publisher)):
        return publisher
    for organization in organizations:
        words = _words(organization.name)
        if words and (words[-1] in ("police", "constabulary") or words[0] == "police") \
                and [w for w in words if w not in _FORCE_WORDS] == own:
            return organization.name
    return publisher


#: A post owned by a named body: "Westshire Society's Operations Manager".
_DEPARTMENT_POST = re.compile(r"(?:Head|Director|Assistant Director|Deputy Director)"
                              r" of [A-Z][\w'’ ]* Services")
_OWNED_POST = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w-]*['’]s\s")


def _elected(words: set[str]) -> bool:
    """"Police Commissioner", "Deputy Police Commissioner": the elected office over a
    force, not a rank in it (a force's own "Assistant Commissioner" is one)."""
    return {"police", "commissioner"} <= words and not words & {"assistant", "chief"}


def _on_police_site(url: str) -> bool:
    return url_host(url).endswith(".police.uk")


def _words(name: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", name.lower())


def _expanded(title: str) -> list[str]:
    out = []
    for word in title.lower().replace(".", "").replace("/", " ").split():
        out.extend(TITLE_EXPANSIONS.get(word, word).split())
    return out


def _reads_as_body(name: str) -> bool:
    words = _words(name)
    return bool(words) and (words[-1] in ORG_HEADS or words[0] in ORG_HEADS)


def _spelled_by_host(url: str | None, organizations: Sequence[Organization]) -> str | None:
    """A body the document names whose name the URL's host spells."""
    labels = [label for label in url_host(url).split(".")
              if label and label not in _GENERIC_LABELS]
    if not labels:
        return None
    label = labels[-1]
    for org in organizations:
        names = [org.name, *org.aliases]
        for name in names:
            spelled = _spelled_part(label, name)
            if spelled is not None:
                return spelled
    return None


def _spelled_part(label: str, name: str) -> str | None:
    """``name``, or its ending ("British Transport Police" of "Three British Transport
    Police"), when the host label spells it."""
    tokens = name.split()
    if not tokens or not _reads_as_body(name):
        return None
    for first in range(len(tokens)):
        part = " ".join(tokens[first:])
        words = _words(part)
        if not words:
            continue
        joined = "".join(words)
        initials = "".join(w[0] for w in words if w not in ("of", "and"))
        if joined.startswith(label) or first == 0 and label in words or initials == label \
                or len(label) >= 4 and label[:3] == joined[:3] and _subsequence(label, joined):
            return part
    return None


def _subsequence(short: str, long: str) -> bool:
    """"herts" in "hertfordshire": the letters of a clipped name, in order."""
    letters = iter(long)
    return all(ch in letters for ch in short)
