"""Reported speech, the words to look at: reporting words, found by array lookups.

A reporting word is one of the lexicon's (:mod:`.reported_cues`), found by one
lookup of every token's lower-case form; in news also any other word with a
"that" clause of content ("Jane Doe is confident that ..."), found from the
parse's arrays. Both are cheap beside spaCy: no Python loop over the tokens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .reported_cues import (
    COPULAS,
    CUE_VERBS,
    HEDGE_VERBS,
    POLLS,
    SEEING_VERBS,
    SPEECH_NOUNS,
    forms,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc


def cue_candidates(doc: Doc, *, open_cues: bool) -> list[int]:
    """Indices of the words that may report speech, in text order.

    ``open_cues``: also words outside the lexicon with a "that" clause (news;
    a publisher's release reads only the lexicon's verbs).
    """
    listed = _listed(doc)
    if not open_cues:
        return listed
    return sorted(set(listed) | set(_that_clause_heads(doc)))


_VERB_HASHES: frozenset[int] | None = None


def _listed(doc: Doc) -> list[int]:
    """Indices of reporting words, found by one array lookup rather than a token loop."""
    global _VERB_HASHES
    if not len(doc):
        return []
    import numpy
    from spacy.attrs import LOWER

    if _VERB_HASHES is None:  # string hashes do not depend on the vocabulary
        _VERB_HASHES = frozenset(doc.vocab.strings[w] for w in CUE_VERBS | POLLS | SPEECH_NOUNS
                                   | HEDGE_VERBS | SEEING_VERBS
                                   | {"according", ":"})
    lowers = doc.to_array(LOWER)
    hits = numpy.isin(lowers, numpy.array(sorted(_VERB_HASHES), dtype=lowers.dtype))
    return [int(k) for k in numpy.flatnonzero(hits)]


def _that_clause_heads(doc: Doc) -> list[int]:
    """Words outside the lexicon with a "that" clause of content, by array lookups.

    A reader takes "Jane Doe is confident that ...", "made it clear that ..." as a
    view stated whatever the word; the cue set is open, the lexicon only ranks.
    """
    if not len(doc):
        return []
    import numpy
    from spacy.attrs import DEP, HEAD, LOWER

    strings = doc.vocab.strings
    arr = doc.to_array([DEP, LOWER])  # string hashes, unsigned
    dep, lower = arr[:, 0], arr[:, 1]
    head = doc.to_array(HEAD).astype("int64")  # relative offsets, stored wrapped
    marks = numpy.flatnonzero((dep == numpy.uint64(strings["mark"]))
                              & (lower == numpy.uint64(strings["that"])))
    clauses = marks + head[marks]
    clauses = clauses[dep[clauses] == numpy.uint64(strings["ccomp"])]
    verbs = clauses + head[clauses]
    out = []
    for k in numpy.unique(verbs):
        word = doc[int(k)]
        if word.lower_ not in CUE_VERBS and word.lower_ not in _NOT_OPEN_CUES \
                and not any(c.lower_ in ("so", "such") for c in word.children):
            out.append(int(k))  # "so numerous that ...": a result, not a view
    return out


#: Words whose "that" clause is the writer's reasoning, not a view: "the problem is
#: that", "this means that".
_NOT_OPEN_CUES = COPULAS | forms("mean") | frozenset({"meant", "be", "been", "being", "'s"})
