"""A date written without its year, in a clause about the future, is the next one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .._dates import resolve_date
from .candidates import Candidate
from .context import Context

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Auxiliaries and heads that put a clause in the future: "will appear", "is due to appear".
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})


_FUTURE_HEADS = frozenset({"due", "set", "expected", "scheduled", "going", "planned", "remanded",
                           "bailed", "summonsed", "summoned"})


# "bailed until 3 January": the end of a bail or remand is ahead of the release.
_UNTIL_VERBS = frozenset({"bailed", "remanded", "adjourned", "released", "bail", "custody"})


# Links from a date up to the verb it belongs to.
_PHRASE_DEPS = frozenset({"pobj", "prep", "npadvmod", "nummod", "compound", "appos", "pcomp"})


_PAST_WORDS = re.compile(r"\b(?:yesterday|today|tonight|last|ago|earlier)\b", re.IGNORECASE)


def future_dates(doc: Doc, text: str, chosen: list[Candidate],
                 context: Context) -> list[Candidate]:
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
            out[k] = Candidate(c.priority, c.label, c.start, c.end, resolved.value, True)
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
