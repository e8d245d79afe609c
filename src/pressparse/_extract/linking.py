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
from .lexicon import ORG_CONNECTORS, SPEECH_VERBS, TITLE_ABBREVIATIONS, TITLE_WORDS
from .nametokens import word_positions
from .particulars import age_between_commas, homes_named, particulars
from .personnames import KIN_PLURALS, KIN_WORDS, NAME_PARTICLES
from .roles import describe, org_names

if TYPE_CHECKING:
    from spacy.tokens import Doc

_POSSESSIVE = re.compile(r"['’]s?$")
# A nickname in brackets inside a name: "Joseph (Joe) Vale".
_NICKNAME = re.compile(r"[ \t]*\([^()\n]{1,30}\)(?=[ \t]+\w)")
_ROLE_STOP = re.compile(
    r"[.;:!?\n\"“”]|\b(?:" + "|".join(sorted(SPEECH_VERBS)) + r"|who|which|that|has|had|is|was|"
    r"will|would|are|were)\b",
)
_ROLE_WINDOW = 160
_AFTER_KIN = re.compile(r"\b(?:" + "|".join(sorted(KIN_WORDS)) + r")\s*,?\s*$", re.IGNORECASE)
# "his sons Jo and Al", "Jo and Al, the parents of": names in a list of relatives.
_IN_KIN_LIST = re.compile(r"\b(?:" + "|".join(sorted(KIN_PLURALS)) + r")\s*,?\s*"
                          r"(?:[A-Z][\w'’-]*\s*(?:,\s*and|,|and)\s*){0,5}$")
# "parents Jo and Al Vale": Jo's surname is Vale, which no span of Jo's says.
_SHARED_SURNAME = re.compile(r"\s+and\s+[A-Z][\w'’-]*\s+[A-Z][\w'’-]*")
_BEFORE_KIN_LIST = re.compile(r"\s*(?:and\s+[A-Z][\w'’-]*\s*)?,\s*(?:the|his|her|their)\s+"
                              r"(?:" + "|".join(sorted(KIN_PLURALS)) + r")\s+of\b")
# "PC 2602 Vale", "officer 1636 Vale", "ask for 546 Vale": a rank (or a request) and a
# collar number before a surname make it an officer's, though no full name is given.
_AFTER_COLLAR = re.compile(r"\b(?:(?P<ask>ask(?:ing)?[ \t]+for|(?:speak|talk)(?:ing)?[ \t]+to)|(?P<title>[A-Za-z/]+))[ \t]+#?\d{3,5}[ \t]+$",
                           re.IGNORECASE)
_COLLAR_OPENERS = TITLE_WORDS | TITLE_ABBREVIATIONS
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


@dataclass
class _Clusters:
    """The person clusters made so far, filed by whole name, first word and last word.

    Each file lists clusters in the order they were made, so a lookup finds what
    a walk over every cluster would, without the walk (one per mention made
    linking quadratic in a long body).
    """

    made: list[_PersonCluster] = field(default_factory=list)
    _order: dict[int, int] = field(default_factory=dict)  # id(cluster) -> index in made
    #: ("name", *words), ("first", word) and ("last", word) -> indices in made, ascending
    _files: dict[tuple[str, ...], list[int]] = field(default_factory=dict)

    def add(self, cluster: _PersonCluster) -> None:
        self._order[id(cluster)] = len(self.made)
        self.made.append(cluster)
        self._file(cluster, insert=True)

    def rename(self, cluster: _PersonCluster, words: list[str]) -> None:
        self._file(cluster, insert=False)
        cluster.name_tokens = words
        self._file(cluster, insert=True)

    def named(self, words: list[str]) -> list[_PersonCluster]:
        return self._get("name", *words)

    def first(self, word: str) -> list[_PersonCluster]:
        return self._get("first", word)

    def last(self, word: str) -> list[_PersonCluster]:
        return self._get("last", word)

    def either(self, word: str) -> list[_PersonCluster]:
        """Clusters whose first or last word is ``word``."""
        order = sorted({*self._files.get(("first", word), ()),
                        *self._files.get(("last", word), ())})
        return [self.made[k] for k in order]

    def _get(self, *key: str) -> list[_PersonCluster]:
        return [self.made[k] for k in self._files.get(key, ())]

    def _file(self, cluster: _PersonCluster, *, insert: bool) -> None:
        k = self._order[id(cluster)]
        words = cluster.name_tokens
        for key in (("name", *words), ("first", words[0]), ("last", words[-1])):
            if insert:
                bisect.insort(self._files.setdefault(key, []), k)
            else:
                self._files[key].remove(k)


@dataclass(frozen=True, slots=True)
class _OtherPeople:
    """Starts of the PERSON entities that are not one cluster's mentions.

    The same as ``starts - own``, without copying every start per cluster.
    """

    starts: frozenset[int]
    own: frozenset[int]

    def __contains__(self, char: object) -> bool:
        return char in self.starts and char not in self.own


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
    text = re.sub(r"^(?:the)\s+", "", _NICKNAME.sub("", text.strip()), flags=re.IGNORECASE)
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
    if 1 < len(short_words) < len(full_words) and len(short_words[0]) >= 2:
        # "BCH Road Policing Unit" of "Bedfordshire, Cambridgeshire and Hertfordshire Road
        # Policing Unit": the leading words by their initials, the rest as written.
        tail, words = short_words[1:], re.findall(r"\w+", full)
        if words[-len(tail):] == tail and _spells(short_words[0], words[:-len(tail)]):
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
    canonical: dict[str, int] = {}  # keys of the organisations, longest form -> order made
    by_initial: dict[str, set[str]] = {}  # first character -> canonical keys
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
            nearby = nearby | by_initial.get(key[:1], set())  # initials with "of"
        elif len(words) > 1 and entity.text.split()[0].isupper():
            nearby = nearby | by_word.get(words[-1], set())  # "BCH Road Policing Unit"
        # In the order the organisations were made, as a walk over them all would find them.
        matches = [c for c in sorted(nearby, key=canonical.__getitem__) if _is_short_form(key, c)]
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
            canonical[key] = len(canonical)
            by_initial.setdefault(key[:1], set()).add(key)
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
    clusters = _Clusters()
    cluster_of: dict[int, _PersonCluster] = {}
    tokens_of = {i: _untitled(name_key(e.text).split()) for i, e in people}
    # Full names first (in text order), then the short forms that refer back to them.
    for i, entity in sorted(people, key=lambda p: (len(tokens_of[p[0]]) < 2, p[1].start)):
        words = tokens_of[i]
        if not words:
            continue
        match = _find_cluster(clusters, words, entity.start)
        if match is None:
            match = _PersonCluster(name_tokens=words)
            clusters.add(match)
        elif len(words) > len(match.name_tokens):
            clusters.rename(match, words)
        match.mentions.append(entity)
        cluster_of[i] = match
    orgs = [(entities[i], name) for i, name in org_of_mention.items()]
    # A court is where a person appears, never the body they belong to.
    orgs = [(e, name) for e, name in orgs if name.split()[-1].lower() != "court"]
    person_starts = frozenset(e.start for e in entities if e.label == "PERSON")
    # Built once: a cluster whose home overlaps no organisation describes its
    # mentions against them all (see _home_overlaps).
    every_at = {e.start: (e, name) for e, name in orgs}
    every_name = org_names(orgs)
    spans = sorted((e.start, e.end) for e, _ in orgs)
    longest = max((b - a for a, b in spans), default=0)
    named = sorted((m.start, m.end, id(c)) for c in clusters.made for m in c.mentions)
    named_starts = [m[0] for m in named]
    for cluster in clusters.made:
        cluster.mentions.sort(key=lambda e: e.start)
        for mention in cluster.mentions:
            if cluster.age is None or cluster.residence is None:
                found = particulars(text, mention.start, mention.end,
                                    _other_named_before(named, named_starts, mention.start,
                                                        id(cluster)))
                cluster.age = cluster.age if cluster.age is not None else found.age
                if cluster.residence is None and found.residence:
                    cluster.residence = found.residence
                    cluster.home = (found.residence_start, found.residence_end)
        start, end = cluster.home
        # "Jane Doe, 32, of Exampleton Heath": a place the model took for a body is her home.
        own_orgs, org_at, names = orgs, every_at, every_name
        if _home_overlaps(spans, longest, start, end):
            own_orgs = [(e, name) for e, name in orgs if not (e.start < end and start < e.end)]
            org_at = {e.start: (e, name) for e, name in own_orgs}
            names = org_names(own_orgs)
        others = _OtherPeople(person_starts, frozenset(m.start for m in cluster.mentions))
        for mention in cluster.mentions:
            described = describe(doc, mention, own_orgs, others, org_at, names)
            if described.title and described.title not in cluster.titles:
                cluster.titles.append(described.title)
            if cluster.role is None:
                cluster.role = described.role
            if cluster.organization is None:
                cluster.organization = described.organization
    _ages_told_after(text, clusters.made)
    _homes_told_after(text, clusters.made)
    records = []
    name_of: dict[int, str] = {}  # id(cluster) -> its person's name
    for cluster in clusters.made:
        if len(cluster.name_tokens) == 1 and not cluster.titles:
            _collar_titles(text, cluster)
        if len(cluster.name_tokens) == 1 and not cluster.titles and not any(
                _AFTER_KIN.search(text, max(0, m.start - 30), m.start)
                or _IN_KIN_LIST.search(text, max(0, m.start - 80), m.start)
                and not _SHARED_SURNAME.match(text, m.end)
                or _BEFORE_KIN_LIST.match(text, m.end)
                or age_between_commas(text, m.end) is not None  # "Jay, eight, opened the door"
                or _after_collar(text, m.start) is not None for m in cluster.mentions):
            continue  # one capitalised word, never with a title or a full name: "Bonfire", "Date";
            # but "her daughter, Jo," names a person
        name = name_of[id(cluster)] = _display_name(cluster)
        records.append(Person(
            name=name, titles=tuple(cluster.titles), role=cluster.role,
            organization=cluster.organization, age=cluster.age, residence=cluster.residence,
            mentions=tuple(_text_span(m) for m in cluster.mentions)))
    records.sort(key=lambda p: p.mentions[0].start if p.mentions else 0)
    person_of_mention = {i: name_of[id(c)] for i, c in cluster_of.items() if id(c) in name_of}
    return tuple(records), person_of_mention


def _after_collar(text: str, start: int) -> str | None:
    """The rank (or "for") before a collar number just before ``start``, if any."""
    found = _AFTER_COLLAR.search(text, max(0, start - 30), start)
    if found is None:
        return None
    if found.group("ask"):
        return "for"
    return found.group("title") if found.group("title").lower() in _COLLAR_OPENERS else None


def _collar_titles(text: str, cluster: _PersonCluster) -> None:
    """"PC 2602 Vale": the rank before the collar number is the officer's title."""
    for mention in cluster.mentions:
        title = _after_collar(text, mention.start)
        if title is not None and title.lower() != "for" and title[:1].isupper():
            cluster.titles.append(title)
            return


# "Jo Vale was arrested. The 28-year-old was charged": the age of the person named last,
# when the phrase stands for a man or woman, not a victim or a driver.
_THE_AGED = re.compile(
    r"(?<![\w-])[Tt]he[ \t]+(?P<age>\d{1,3})[- ]years?[- ]old(?:[ \t]+(?:man|woman|boy|girl|male|"
    r"female|teenager|defendant))?(?=[ \t]*,|[ \t]+(?:was|is|has|had|will|who|admitted|pleaded|"
    r"denied|appeared|from|of)\b)")
_AGED_WINDOW = 400
_ANOTHER_AGE = re.compile(r"\d[- ]years?[- ]old|\baged[ \t]+\d")


def _ages_told_after(text: str, clusters: list[_PersonCluster]) -> None:
    """"Jo Vale ... The 28-year-old was detained": the age goes to the person named last
    before the phrase, when that is a full name with no age of its own and no one else
    was named between."""
    mentions = sorted((m.start, m.end, id(c), c) for c in clusters for m in c.mentions)
    starts = [m[0] for m in mentions]
    for match in _THE_AGED.finditer(text):
        k = bisect.bisect_left(starts, match.start()) - 1
        if k < 0:
            continue
        _, end, _, cluster = mentions[k]
        if match.start() - end > _AGED_WINDOW or cluster.age is not None \
                or len(cluster.name_tokens) < 2:
            continue
        if k + 1 < len(mentions) and mentions[k + 1][0] < match.end():
            continue
        if _ANOTHER_AGE.search(text, end, match.start()):
            continue  # "a 19-year-old man was arrested ... The 17-year-old": someone unnamed
        age = int(match.group("age"))
        if 0 < age < 120:
            cluster.age = age


def _other_named_before(named: list[tuple[int, int, int]], starts: list[int], start: int,
                        own: int) -> int:
    """Where the last mention of another person before ``start`` ends; -1 for none."""
    k = bisect.bisect_left(starts, start) - 1
    while k >= 0 and named[k][2] == own:
        k -= 1
    return named[k][1] if k >= 0 else -1


def _homes_told_after(text: str, clusters: list[_PersonCluster]) -> None:
    """"Jo Vale was arrested ... officers searched his home in Mill Lane, Exampleton": the
    town goes to the person named last before the phrase, when that is a full name with no
    title (an officer's name stands between the suspect and "his" often) and no home yet."""
    homes = homes_named(text)
    if not homes:
        return
    mentions = sorted((m.start, m.end, id(c), c) for c in clusters for m in c.mentions)
    starts = [m[0] for m in mentions]
    for at, residence, start, end in homes:
        k = bisect.bisect_left(starts, at) - 1
        if k < 0:
            continue
        _, mention_end, _, cluster = mentions[k]
        if at - mention_end > _AGED_WINDOW or cluster.residence is not None or cluster.titles \
                or len(cluster.name_tokens) < 2:
            continue
        cluster.residence = residence
        cluster.home = (start, end)


def _untitled(words: list[str]) -> list[str]:
    """"mrs vale" is Vale: a courtesy title the mention kept is no part of the name."""
    k = 0
    while k < len(words) - 1 and words[k].rstrip(".") in _COURTESY:
        k += 1
    return words[k:]


_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})


def _home_overlaps(spans: list[tuple[int, int]], longest: int, start: int, end: int) -> bool:
    """Whether a span of ``spans`` (sorted, none longer than ``longest``) overlaps ``[start, end)``.

    Found by bisection: only spans starting after ``start - longest`` can reach it.
    """
    for k in range(bisect.bisect_right(spans, start - longest, key=lambda s: s[0]), len(spans)):
        a, b = spans[k]
        if a >= end:
            return False
        if start < b:
            return True
    return False


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


def _find_cluster(clusters: _Clusters, words: list[str], start: int) -> _PersonCluster | None:
    exact = clusters.named(words)
    if exact:
        return exact[0]
    if len(words) == 1:
        candidates = clusters.either(words[0])
    elif words[0] in NAME_PARTICLES:
        # "de Vale" after "Sam de Vale": a surname that opens with a particle
        candidates = [c for c in clusters.last(words[-1])
                      if c.name_tokens[-len(words):] == words]
    else:
        # "John Smith" and "John Paul Smith"; never two different full names.
        candidates = [c for c in clusters.last(words[-1]) if c.name_tokens[0] == words[0]]
        if not candidates:
            # "Stephen-Alan Paul Nicholson" and "Stephen Nicholson": the first part of a
            # double first name.
            candidates = [c for c in clusters.last(words[-1])
                          if _first_part(c.name_tokens[0], words[0])]
        if not candidates:
            # "Peter Bevan-Conejo" and "Peter Beven-Conejo": one person, spelled twice.
            candidates = [c for c in clusters.first(words[0])
                          if len(c.name_tokens) == len(words)
                          and _one_letter_apart(c.name_tokens[-1], words[-1])]
        if not candidates:
            # "Sajid Vale" and "Sajiid Vale", "Philip" and "Phillip": a letter doubled in the
            # first name (never two names, as "Louis" and "Louise" are).
            candidates = [c for c in clusters.last(words[-1])
                          if len(c.name_tokens) == len(words)
                          and _doubled_letter(c.name_tokens[0], words[0])]
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


def _doubled_letter(a: str, b: str) -> bool:
    """Equal but for one letter written twice in one of them: "sajid" / "sajiid"."""
    short, long_ = sorted((a, b), key=len)
    if len(long_) != len(short) + 1 or len(short) < 4:
        return False
    return any(long_[k] == long_[k + 1] and long_[:k] + long_[k + 1:] == short
               for k in range(len(long_) - 1))


def _one_letter_apart(a: str, b: str) -> bool:
    """Equal but for one substituted, added or dropped letter, in words of five or more."""
    if a == b or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


def _display_name(cluster: _PersonCluster) -> str:
    best = max(cluster.mentions, key=lambda m: (len(_NICKNAME.sub("", m.text).split()), -m.start))
    name = _NICKNAME.sub("", best.text)  # "Joseph (Joe) Vale" is Joseph Vale
    return _POSSESSIVE.sub("", name).strip() if name.endswith(("'s", "’s")) else name.strip()


def _text_span(entity: Entity) -> TextSpan:
    return TextSpan(start=entity.start, end=entity.end, text=entity.text)
