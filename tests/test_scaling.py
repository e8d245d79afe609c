"""Guards that the extraction stages stay linear in the size of a body.

Each test checks a mechanism that keeps the work per mention or per quotation
bounded (an index built once, a lookup by bisection or by key), never a time:
benchmarks/reliability.py measures the megabyte bodies themselves.
"""

from __future__ import annotations

import random

import pytest

from pressparse._extract import textindex
from pressparse._extract.textindex import _Index


def _bare_index(text: str) -> _Index:
    index = _Index.__new__(_Index)
    index.text = text
    index._blank_lines = None
    return index


def _paragraph_by_search(text: str, char: int) -> tuple[int, int]:
    """The definition: search back and forward for a blank line."""
    start = text.rfind("\n\n", 0, char)
    end = text.find("\n\n", char)
    return (0 if start < 0 else start + 2), (len(text) if end < 0 else end)


@pytest.mark.parametrize("seed", range(5))
def test_paragraph_lookup_agrees_with_searching_the_text(seed):
    rng = random.Random(seed)
    for _ in range(200):
        text = "".join(rng.choice("ab \n\n") for _ in range(rng.randint(0, 40)))
        index = _bare_index(text)
        for char in range(len(text) + 1):
            assert index.paragraph(char) == _paragraph_by_search(text, char)


def test_blank_lines_are_found_once_per_document(monkeypatch):
    calls = []
    real = textindex._BLANK_LINE

    class Counting:
        def finditer(self, text):
            calls.append(len(text))
            return real.finditer(text)

    monkeypatch.setattr(textindex, "_BLANK_LINE", Counting())
    index = _bare_index("One line. " * 500)
    for char in range(0, 5000, 7):
        assert index.paragraph(char) == (0, 5000)
    assert len(calls) == 1


# --------------------------------------------------------------------------- linking


def _walk_find_cluster(clusters, words, start):
    """The definition: a walk over every cluster, in the order they were made."""
    from pressparse._extract.linking import _first_part, _one_letter_apart

    exact = [c for c in clusters if c.name_tokens == words]
    if exact:
        return exact[0]
    if len(words) == 1:
        candidates = [c for c in clusters if words[0] in (c.name_tokens[-1], c.name_tokens[0])]
    else:
        candidates = [c for c in clusters
                      if c.name_tokens[-1] == words[-1] and c.name_tokens[0] == words[0]]
        if not candidates:
            candidates = [c for c in clusters if c.name_tokens[-1] == words[-1]
                          and _first_part(c.name_tokens[0], words[0])]
        if not candidates:
            candidates = [c for c in clusters if c.name_tokens[0] == words[0]
                          and len(c.name_tokens) == len(words)
                          and _one_letter_apart(c.name_tokens[-1], words[-1])]
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    return max(candidates, key=lambda c: max((m.start for m in c.mentions if m.start < start),
                                             default=-1))


@pytest.mark.parametrize("seed", range(5))
def test_filed_clusters_find_what_a_walk_over_them_finds(seed):
    from pressparse._extract.linking import _Clusters, _find_cluster, _PersonCluster
    from pressparse.models import Entity

    rng = random.Random(seed)
    pool = ["ann", "bo", "cole", "coles", "dee-ray", "dee", "eve", "hale", "hales", "smith"]
    filed, walked = _Clusters(), []
    for start in range(0, 3000, 10):
        words = [rng.choice(pool) for _ in range(rng.choice((1, 2, 2, 3)))]
        mention = Entity(label="PERSON", text=" ".join(words), start=start, end=start + 5)
        found = _find_cluster(filed, words, start)
        expected = _walk_find_cluster(walked, words, start)
        assert (found is None) == (expected is None)
        if found is None:
            found = _PersonCluster(name_tokens=words)
            filed.add(found)
            walked.append(found)
        else:
            assert found is expected
            if len(words) > len(found.name_tokens):
                filed.rename(found, words)
        found.mentions.append(mention)
    assert filed.made == walked


def test_other_people_are_every_person_start_but_the_clusters_own():
    from pressparse._extract.linking import _OtherPeople

    starts, own = frozenset(range(0, 100, 3)), frozenset(range(0, 100, 6))
    others = _OtherPeople(starts, own)
    assert {c for c in range(100) if c in others} == starts - own


@pytest.mark.parametrize("seed", range(5))
def test_home_overlap_by_bisection_agrees_with_checking_every_span(seed):
    from pressparse._extract.linking import _home_overlaps

    rng = random.Random(seed)
    for _ in range(200):
        spans = sorted((a, a + rng.randint(0, 12)) for a in rng.sample(range(200), 15))
        longest = max(b - a for a, b in spans)
        start = rng.randint(-1, 200)
        end = start + rng.randint(0, 20) if start >= 0 else -1
        expected = any(a < end and start < b for a, b in spans)
        assert _home_overlaps(spans, longest, start, end) == expected


def test_organisation_names_keep_the_first_record_so_spelled():
    from pressparse._extract.role_common import org_names, resolve
    from pressparse.models import Entity

    def org(text, start):
        return Entity(label="ORG", text=text, start=start, end=start + len(text))

    pairs = [(org("St. Ann Trust", 0), "St. Ann Trust"), (org("St Ann Trust", 20), "St Ann Trust"),
             (org("Example Police", 40), "Example Police")]
    names = org_names(pairs)
    assert resolve("st ann trust", names) == "St. Ann Trust"
    assert resolve("Example  Police", names) == "Example Police"
    assert resolve("Example", names) is None


def _release_with_people(n):
    lines = []
    letters = "bdfgklmnprstv"
    for k in range(n):
        first = f"{letters[k % 13].upper()}a{letters[k // 13 % 13]}ia"  # all different
        lines.append(f"Sergeant {first} {first}son of Westshire Police said the road was closed.")
    return "\n\n".join(lines)


def test_people_are_described_against_organisations_indexed_once(parser, monkeypatch):
    """Every cluster without a home among the bodies shares one index of them."""
    from pressparse._extract import linking

    calls = []
    real = linking.org_names
    monkeypatch.setattr(linking, "org_names", lambda pairs: calls.append(1) or real(pairs))
    doc = parser.parse_text(_release_with_people(40))
    assert len(doc.people) >= 30
    assert len(calls) == 1


# --------------------------------------------------------------------------- entities


def _names_a_scheme_by_search(text, name):
    """The definition: search the text for every place the name is written."""
    from pressparse._extract.lexicon import ORG_HEADS
    from pressparse._extract.orgrepair import _SCHEME_AFTER

    if name.isupper() or name.split()[-1].lower() in ORG_HEADS:
        return False
    at = text.find(name)
    while at >= 0:
        if _SCHEME_AFTER.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


@pytest.mark.parametrize("seed", range(5))
def test_scheme_names_agree_with_searching_the_text(seed):
    from pressparse._extract.orgrepair import scheme_names

    rng = random.Random(seed)
    words = ["Fatal", "Five", "Campaign", "Scheme", "Watch", "Police", "Order", "the", "a"]
    for _ in range(50):
        text = "".join(rng.choice(words) + rng.choice([" ", "  ", "\n", ", "])
                       for _ in range(rng.randint(1, 30)))
        names_a_scheme = scheme_names(text)
        for name in ("Fatal Five", "Five", "Watch", "Fatal", "Police", "Fatal Five  ", "e"):
            assert names_a_scheme(name) == _names_a_scheme_by_search(text, name), (text, name)


def test_scheme_words_are_found_once_per_text(monkeypatch):
    """Looking names up costs no further search of the text."""
    from pressparse._extract import orgrepair

    calls = []
    real = orgrepair._SCHEME_AFTER

    class Counting:
        def finditer(self, text):
            calls.append("finditer")
            return real.finditer(text)

        def match(self, text, pos):
            calls.append("match")
            return real.match(text, pos)

    monkeypatch.setattr(orgrepair, "_SCHEME_AFTER", Counting())
    text = "The Fatal Five Campaign began. " + "Fatal Five officers attended. " * 200
    names_a_scheme = orgrepair.scheme_names(text)
    built = len(calls)
    assert built <= 3
    assert all(names_a_scheme("Fatal Five") for _ in range(200))
    assert not names_a_scheme("officers")
    assert len(calls) == built


@pytest.mark.parametrize("seed", range(5))
def test_shortening_by_bisection_agrees_with_a_walk(seed):
    from pressparse._extract.nametypes import _shortens

    rng = random.Random(seed)
    for _ in range(300):
        words = sorted({"".join(rng.choice("abM") for _ in range(rng.randint(1, 4)))
                        for _ in range(rng.randint(0, 12))})
        name = "".join(rng.choice("abM") for _ in range(rng.randint(1, 3)))
        assert _shortens(name, words) == any(w != name and w.startswith(name) for w in words)


def test_lone_words_are_looked_up_in_one_pass(parser, monkeypatch):
    """However many lone words the model calls bodies, the document is searched once for them."""
    from pressparse._extract import nametypes

    calls = []
    real = nametypes.word_positions

    def counting(doc, words, *, cache=True):
        if not cache:
            calls.append(len(words))
        return real(doc, words, cache=cache)

    monkeypatch.setattr(nametypes, "word_positions", counting)
    lone = ["Barnwell", "Corvale", "Dunmere", "Elsford", "Fenwick", "Garrow", "Holbeck"]
    text = "\n\n".join(f"Officers were called to {w} on Monday. {w} residents were told."
                       for w in lone * 3)
    parser.parse_text(text)
    assert len(calls) <= 1


def _resolve_by_neighbours(candidates):
    """The definition: accepted spans kept sorted, each candidate checked against its neighbours."""
    import bisect

    chosen, starts, ends = [], [], []
    for c in sorted(candidates, key=lambda c: (c.priority, c.start - c.end, c.start)):
        if c.end <= c.start:
            continue
        k = bisect.bisect_left(starts, c.start)
        if k > 0 and ends[k - 1] > c.start or k < len(starts) and starts[k] < c.end:
            continue
        starts.insert(k, c.start)
        ends.insert(k, c.end)
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


@pytest.mark.parametrize("seed", range(5))
def test_resolving_candidates_by_taken_characters_agrees_with_sorted_spans(seed):
    from pressparse._extract.candidates import Candidate, resolve

    rng = random.Random(seed)
    for _ in range(100):
        candidates = []
        for _ in range(rng.randint(0, 40)):
            start = rng.randint(0, 120)
            candidates.append(Candidate(rng.randint(1, 5), "ORG", start,
                                        start + rng.randint(-1, 15)))
        assert resolve(candidates) == _resolve_by_neighbours(candidates)
