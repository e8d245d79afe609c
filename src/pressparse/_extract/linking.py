"""Link entity mentions into one record per person and per organisation.

"Duncan Sloan", "Mr Sloan" and "Sloan" become one :class:`Person`; "NSPCC
Scotland" and "the NSPCC", or "Crown Prosecution Service" and "CPS", one
:class:`Organization`. Titles, roles and affiliations come from the words
around a mention: "Assistant Chief Constable Duncan Sloan, lead for Major
Crime, Police Scotland, said".
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..models import Entity, Organization, Person, TextSpan
from .context import Context
from .entities import word_positions
from .lexicon import ORG_CONNECTORS, SPEECH_VERBS
from .particulars import particulars
from .roles import describe

if TYPE_CHECKING:
    from spacy.tokens import Doc

_POSSESSIVE = re.compile(r"['’]s?$")
_ROLE_STOP = re.compile(
    r"[.;:!?\n\"“”]|\b(?:" + "|".join(sorted(SPEECH_VERBS)) + r"|who|which|that|has|had|is|was|"
    r"will|would|are|were)\b",
)
_ROLE_WINDOW = 160
_ORG_LINK = re.compile(r"^\s*(?:,\s*)?(?:of|from|at|with|for|in)\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass
class _PersonCluster:
    name_tokens: list[str]
    mentions: list[Entity] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    role: str | None = None
    organization: str | None = None
    age: int | None = None
    residence: str | None = None
    home: tuple[int, int] = (-1, -1)  # where the residence stands


def link_entities(
    doc: Doc, text: str, entities: tuple[Entity, ...], context: Context
) -> tuple[tuple[Person, ...], tuple[Organization, ...], tuple[Entity, ...]]:
    """People, organisations, and the entities with PERSON/ORG values set."""
    entities = _add_name_mentions(doc, entities)
    org_of_mention, organizations = _link_organizations(text, entities)
    people, person_of_mention = _link_people(doc, text, entities, org_of_mention)
    linked = []
    for index, entity in enumerate(entities):
        if entity.label == "PERSON" and index not in person_of_mention:
            continue  # not a person after all (see _link_people)
        if index in person_of_mention:
            entity = replace(entity, value=person_of_mention[index])
        elif index in org_of_mention:
            entity = replace(entity, value=org_of_mention[index])
        linked.append(entity)
    return people, organizations, tuple(linked)


def name_key(text: str) -> str:
    """Comparable form of a name: no leading article, possessive or case."""
    text = re.sub(r"^(?:the)\s+", "", text.strip(), flags=re.IGNORECASE)
    return _POSSESSIVE.sub("", text).strip().lower()


# --- organisations -------------------------------------------------------------

def _initials(name: str) -> str:
    words = [w for w in re.findall(r"[\w]+", name) if w.lower() not in ORG_CONNECTORS]
    return "".join(w[0] for w in words).lower()


def _spells(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` are the initials of ``words``, each "of", "and" or "&"
    counted or not: "mosovo" of "Management of Sexual Offenders and Violent Offenders"."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if word in ORG_CONNECTORS and _spells(letters, rest):
        return True
    return bool(letters) and letters[0] == word[0] and _spells(letters[1:], rest)


def _is_short_form(short: str, full: str) -> bool:
    """"CPS" of "Crown Prosecution Service", "NSPCC" of "NSPCC Scotland", "Met" of
    "Metropolitan Police"."""
    if short == full:
        return True
    short_words, full_words = short.split(), full.split()
    if len(short_words) < len(full_words) and all(w in full_words for w in short_words):
        return True
    if len(short_words) == 1 and len(short) >= 2 and _spells(short, re.findall(r"\w+", full)):
        return True
    return (len(short_words) == 1 and len(short) >= 3 and len(full_words) > 1
            and full_words[0].startswith(short))


def _link_organizations(
    text: str, entities: tuple[Entity, ...]
) -> tuple[dict[int, str], tuple[Organization, ...]]:
    orgs = [(i, e) for i, e in enumerate(entities) if e.label == "ORG"]
    keys = {i: name_key(e.text) for i, e in orgs}
    # "Homicide and Investigation Team (HMET)": the text declares the short form.
    declared = {keys[i]: keys[j] for (j, before), (i, e) in itertools.pairwise(orgs)
                if e.text.isupper() and re.fullmatch(r"\s*\(\s*", text[before.end:e.start])}
    # Longest forms first: each is either a new organisation or a short form of one.
    order = sorted(orgs, key=lambda pair: (-len(keys[pair[0]]), pair[1].start))
    canonical: list[str] = []  # keys of the organisations, longest form
    by_word: dict[str, set[str]] = {}  # word, initials or 3-letter prefix -> canonical keys
    display: dict[str, str] = {}
    first_start: dict[str, int] = {}
    members: dict[str, list[int]] = {}
    for i, entity in order:
        key = keys[i]
        words = key.split() or [key]
        nearby = by_word.get(words[0], set()) | by_word.get("^" + key, set()) \
            | by_word.get(">" + key[:3], set())
        if len(words) == 1 and entity.text.isupper():
            nearby = nearby | {c for c in canonical if c[:1] == key[:1]}  # initials with "of"
        matches = [c for c in canonical if c in nearby and _is_short_form(key, c)]
        if declared.get(key) in canonical:
            target = declared[key]
        elif len(matches) == 1:
            target = matches[0]
        elif matches:
            # "Community Safety Unit" after "St Albans Community Safety Unit" and before
            # "Police Community Safety Unit": the one named most recently before it.
            before = [c for c in matches if first_start[c] < entity.start]
            target = max(before, key=first_start.__getitem__) if before \
                else min(matches, key=first_start.__getitem__)
        elif key in canonical:
            target = key
        else:
            target = key
            canonical.append(key)
            first_start[key] = entity.start
            for word in key.split():
                by_word.setdefault(word, set()).add(key)
            by_word.setdefault("^" + _initials(key), set()).add(key)
            by_word.setdefault(">" + key[:3], set()).add(key)
            display[key] = re.sub(r"^(?:the|The)\s+", "", _POSSESSIVE.sub("", entity.text))
        members.setdefault(target, []).append(i)
    org_of_mention: dict[int, str] = {}
    records = []
    for key, indices in members.items():
        indices.sort()
        name = display[key]
        aliases = []
        for i in indices:
            org_of_mention[i] = name
            alias = re.sub(r"^(?:the|The)\s+", "", _POSSESSIVE.sub("", entities[i].text))
            if alias != name and alias not in aliases:
                aliases.append(alias)
        records.append((entities[indices[0]].start, Organization(
            name=name, aliases=tuple(aliases),
            mentions=tuple(_text_span(entities[i]) for i in indices))))
    records.sort(key=lambda pair: pair[0])
    return org_of_mention, tuple(r for _, r in records)


# --- people --------------------------------------------------------------------

def _link_people(
    doc: Doc, text: str, entities: tuple[Entity, ...], org_of_mention: dict[int, str]
) -> tuple[tuple[Person, ...], dict[int, str]]:
    people = [(i, e) for i, e in enumerate(entities) if e.label == "PERSON"]
    clusters: list[_PersonCluster] = []
    cluster_of: dict[int, _PersonCluster] = {}
    tokens_of = {i: name_key(e.text).split() for i, e in people}
    # Full names first (in text order), then the short forms that refer back to them.
    for i, entity in sorted(people, key=lambda p: (len(tokens_of[p[0]]) < 2, p[1].start)):
        words = tokens_of[i]
        if not words:
            continue
        match = _find_cluster(clusters, words, cluster_of, entity.start, entities)
        if match is None:
            match = _PersonCluster(name_tokens=words)
            clusters.append(match)
        elif len(words) > len(match.name_tokens):
            match.name_tokens = words
        match.mentions.append(entity)
        cluster_of[i] = match
    orgs = [(entities[i], name) for i, name in org_of_mention.items()]
    # A court is where a person appears, never the body they belong to.
    orgs = [(e, name) for e, name in orgs if name.split()[-1].lower() != "court"]
    person_starts = frozenset(e.start for e in entities if e.label == "PERSON")
    for cluster in clusters:
        cluster.mentions.sort(key=lambda e: e.start)
        for mention in cluster.mentions:
            if cluster.age is None or cluster.residence is None:
                found = particulars(text, mention.start, mention.end)
                cluster.age = cluster.age if cluster.age is not None else found.age
                if cluster.residence is None and found.residence:
                    cluster.residence = found.residence
                    cluster.home = (found.residence_start, found.residence_end)
        start, end = cluster.home
        # "Jane Doe, 32, of Exampleton Heath": a place the model took for a body is her home.
        own_orgs = [(e, name) for e, name in orgs if not (e.start < end and start < e.end)]
        others = person_starts - {m.start for m in cluster.mentions}
        org_at = {e.start: (e, name) for e, name in own_orgs}
        for mention in cluster.mentions:
            described = describe(doc, mention, own_orgs, others, org_at)
            if described.title and described.title not in cluster.titles:
                cluster.titles.append(described.title)
            if cluster.role is None:
                cluster.role = described.role
            if cluster.organization is None:
                cluster.organization = described.organization
    records = []
    person_of_mention: dict[int, str] = {}
    for cluster in clusters:
        if len(cluster.name_tokens) == 1 and not cluster.titles:
            continue  # one capitalised word, never with a title or a full name: "Bonfire", "Date"
        name = _display_name(cluster)
        for i, c in cluster_of.items():
            if c is cluster:
                person_of_mention[i] = name
        records.append(Person(
            name=name, titles=tuple(cluster.titles), role=cluster.role,
            organization=cluster.organization, age=cluster.age, residence=cluster.residence,
            mentions=tuple(_text_span(m) for m in cluster.mentions)))
    records.sort(key=lambda p: p.mentions[0].start if p.mentions else 0)
    return tuple(records), person_of_mention


def _add_name_mentions(doc: Doc, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Mentions the model missed: a named person's surname, or unique first name, alone.

    "PC Darren Sewell ... Darren said:" -- the model tags the full name once;
    every later "Darren" or "Sewell" is the same person.
    """
    full_names = [name_key(e.text).split() for e in entities
                  if e.label == "PERSON" and len(e.text.split()) > 1]
    if not full_names:
        return entities
    surnames = {words[-1] for words in full_names}
    first_counts: dict[str, set[str]] = {}
    for words in full_names:
        first_counts.setdefault(words[0], set()).add(words[-1])
    names = surnames | {first for first, lasts in first_counts.items() if len(lasts) == 1}
    ordered = sorted(entities, key=lambda e: e.start)
    starts = [e.start for e in ordered]
    replaced: set[int] = set()
    added = []
    for position in word_positions(doc, frozenset(names), cache=False):
        token = doc[position]
        if not token.text[:1].isupper() or not token.is_alpha:
            continue
        k = bisect.bisect_right(starts, token.idx) - 1
        if k >= 0 and ordered[k].end > token.idx:
            # Inside an entity: only a lone-word mislabel ("with Darren" as a place) yields.
            if ordered[k].text != token.text or ordered[k].label in ("PERSON", "DATE", "MONEY",
                                                                      "PHONE"):
                continue
            replaced.add(k)
        if token.is_sent_start and not (token.i + 1 < len(doc) and (
                doc[token.i + 1].lower_ in SPEECH_VERBS or doc[token.i + 1].text in (
                    "'s", "’s", ",", ":") or token.dep_ in ("nsubj", "nsubjpass")
                and doc[token.i + 1].is_lower and doc[token.i + 1].is_alpha)):
            continue  # "Young people..." opening a sentence
        added.append(Entity(label="PERSON", text=token.text, start=token.idx,
                            end=token.idx + len(token.text)))
    if not added:
        return entities
    kept = [e for k, e in enumerate(ordered) if k not in replaced]
    return tuple(sorted((*kept, *added), key=lambda e: e.start))


def _find_cluster(clusters: list[_PersonCluster], words: list[str],
                  cluster_of: dict[int, _PersonCluster], start: int,
                  entities: tuple[Entity, ...]) -> _PersonCluster | None:
    exact = [c for c in clusters if c.name_tokens == words]
    if exact:
        return exact[0]
    if len(words) == 1:
        word = words[0]
        candidates = [c for c in clusters if word in (c.name_tokens[-1], c.name_tokens[0])]
    else:
        # "John Smith" and "John Paul Smith"; never two different full names.
        candidates = [c for c in clusters
                      if c.name_tokens[-1] == words[-1] and c.name_tokens[0] == words[0]]
        if not candidates:
            # "Stephen-Alan Paul Nicholson" and "Stephen Nicholson": the first part of a
            # double first name.
            candidates = [c for c in clusters if c.name_tokens[-1] == words[-1]
                          and _first_part(c.name_tokens[0], words[0])]
        if not candidates:
            # "Peter Bevan-Conejo" and "Peter Beven-Conejo": one person, spelled twice.
            candidates = [c for c in clusters if c.name_tokens[0] == words[0]
                          and len(c.name_tokens) == len(words)
                          and _one_letter_apart(c.name_tokens[-1], words[-1])]
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    # Ambiguous surname: the person mentioned most recently before this mention.
    def last_before(c: _PersonCluster) -> int:
        return max((m.start for m in c.mentions if m.start < start), default=-1)
    return max(candidates, key=last_before)


def _first_part(a: str, b: str) -> bool:
    return a != b and (a.startswith(b + "-") or b.startswith(a + "-"))


def _one_letter_apart(a: str, b: str) -> bool:
    """Equal but for one substituted, added or dropped letter, in words of five or more."""
    if a == b or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


def _display_name(cluster: _PersonCluster) -> str:
    best = max(cluster.mentions, key=lambda m: (len(m.text.split()), -m.start))
    return _POSSESSIVE.sub("", best.text).strip() if best.text.endswith(("'s", "’s")) \
        else best.text.strip()


def _text_span(entity: Entity) -> TextSpan:
    return TextSpan(start=entity.start, end=entity.end, text=entity.text)
