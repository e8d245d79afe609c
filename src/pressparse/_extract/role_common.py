"""The parts shared by the readers of a speaker's title, role and organisation.

:mod:`.before_name` reads the words before a name, :mod:`.after_name` the
appositions after it and :mod:`.affiliation` the body a phrase names; all of
them answer in a :class:`Description` and look organisations up by the
spelling a document gives them (:func:`org_names`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import Entity
from .lexicon import ROLE_NOUNS, TITLE_EXPANSIONS, TITLE_WORDS
from .nametokens import is_title_token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words that open a courtesy or honour before a judge's title: "His Honour Judge".
_HONOUR_OPENERS = frozenset({"his", "her"})
BELONGS = frozenset({"of", "from", "at", "with", "representing"})
COURTESY = frozenset({"mr", "mrs", "ms", "miss", "mx"})
#: Words that say when a post was taken up, not what it is: "New Detective Inspector
#: Jo Vale", "the newly appointed Superintendent", "incoming Chief Constable".
TENURE = frozenset({"new", "newly", "recently", "incoming", "appointed", "newly-appointed",
                    "current", "currently", "now"})
#: Posts whose "of" names a portfolio or a department, not a body: "Head of
#: Public Protection", "Lead for Roads Policing".
PORTFOLIO_HEADS = frozenset({"head", "lead", "leader"})
#: The document's organisations by :func:`_key` of their record name: the first
#: record so spelled, in the order the pairs are given (see :func:`org_names`).
OrgNames = Mapping[tuple[str, ...], str]


@dataclass(frozen=True, slots=True)
class Description:
    """What the words around one mention say about the person."""

    title: str | None = None
    role: str | None = None
    organization: str | None = None



def between(doc: Doc, first: Token, last: Token) -> str:
    """The text from ``first`` to ``last``; ``doc.text`` is rebuilt on every access."""
    return doc[first.i:last.i + 1].text


def title_word(token: Token) -> bool:
    """A rank, office or job word written as a title: "Inspector", "Manager", "Director"."""
    lower = token.lower_.rstrip(".")
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].text in _HYPHENS \
            and not token.whitespace_ and not doc[token.i + 1].whitespace_:
        lower = f"{lower}-{doc[token.i + 2].lower_}"  # "Co-ordinator"
    return (is_title_token(token) or lower in ("honour", "pcc") or lower in ROLE_NOUNS) \
        and token.text[:1].isupper() and lower not in COURTESY


def title_part(token: Token) -> bool:
    """A word that can stand inside a title before a name."""
    if hyphen_piece(token) or token.lower_ in ("for", "of", "and", "&", "the"):
        return True  # ("&" is punctuation to the tokenizer)
    if bracketed_initials(token):
        return True  # "Westshire Abuse Services (WAS) Director"
    if token.is_punct or token.like_num:
        return False
    if token.lower_ in _HONOUR_OPENERS:
        return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "honour"
    return token.text[:1].isupper() and token.is_alpha or "/" in token.text \
        or token.lower_ in ("'s", "’s") or _pointed_title(token)


def _pointed_title(token: Token) -> bool:
    """A title shortened with its point kept on the token: "Sen.", "Gov.", "Lt."."""
    text = token.text
    return len(text) > 2 and text.endswith(".") and text[:-1].isalpha() \
        and text[:1].isupper() and is_title_token(token)


def bracketed_initials(token: Token) -> bool:
    """A body's initials in brackets after its name, or either bracket: "(WAS)"."""
    doc, i = token.doc, token.i
    if token.text == "(":
        return i + 2 < len(doc) and doc[i + 1].is_upper and doc[i + 2].text == ")"
    if token.text == ")":
        return i > 1 and doc[i - 1].is_upper and doc[i - 2].text == "("
    return token.is_upper and 0 < i < len(doc) - 1 and doc[i - 1].text == "(" \
        and doc[i + 1].text == ")"


def hyphen_piece(token: Token) -> bool:
    """The hyphen of a capitalised hyphenated word, or the part after it: "Co-ordinator"."""
    doc = token.doc
    if token.i > 1 and doc[token.i - 1].text in _HYPHENS and not doc[token.i - 1].whitespace_ \
            and not doc[token.i - 2].whitespace_ and doc[token.i - 2].text[:1].isupper():
        return token.is_alpha
    return token.text in _HYPHENS and token.i > 0 and not token.whitespace_ \
        and not doc[token.i - 1].whitespace_ and doc[token.i - 1].text[:1].isupper() \
        and token.i + 1 < len(doc) and doc[token.i + 1].is_alpha


def office_comma(token: Token) -> bool:
    """The comma inside "Police, Fire and Crime Commissioner", an office's own name."""
    doc = token.doc
    return token.text == "," and 0 < token.i < len(doc) - 1 \
        and doc[token.i - 1].lower_ == "police" and doc[token.i + 1].lower_ == "fire"


_HYPHENS = frozenset({"-", "‐"})


def _key(name: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in re.findall(r"\w+", name))


def org_names(organizations: list[tuple[Entity, str]]) -> dict[tuple[str, ...], str]:
    """Each record name by its :func:`_key`, the first so spelled winning.

    Built once per document, so that resolving a phrase is one lookup rather
    than a walk over every organisation mention.
    """
    names: dict[tuple[str, ...], str] = {}
    for _entity, record in organizations:
        names.setdefault(_key(record), record)
    return names


def resolve(name: str, organizations: OrgNames) -> str | None:
    """The record name of the organisation spelled ``name`` up to punctuation."""
    return organizations.get(_key(name))


def initials_of_a_body(token: Token) -> bool:
    """Initials opening a title that are no rank's ("NSPCC", not "DCI" or "PCSO")."""
    lower = token.lower_
    return token.is_upper and token.is_alpha and len(token.text) >= 3 \
        and lower not in TITLE_WORDS and lower not in TITLE_EXPANSIONS
