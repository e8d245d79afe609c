"""Token tests the name rules share: titles, name-like words, hyphenated names, anchors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .lexicon import ORG_HEADS, ROLE_NOUNS, TITLE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def is_title_token(token: Token) -> bool:
    """A rank or honorific word; "Police" only as in "Police Constable"."""
    lower = token.lower_.rstrip(".")
    if "/" in lower:  # "T/DI", "S/Insp": temporary and special ranks
        rest = lower.rsplit("/", 1)[1]
        if not rest:
            following = token.nbor(1) if token.i + 1 < len(token.doc) else None
            return following is not None and following.lower_.rstrip(".") in TITLE_WORDS
        return lower in TITLE_WORDS or rest in TITLE_WORDS
    if lower == "police":
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return following is not None and following.lower_ in ("constable", "sergeant",
                                                               "inspector", "officer")
    return lower in TITLE_WORDS


def is_name_like(token: Token) -> bool:
    """A capitalised word that may be part of a name: not a head noun, a title or "I"."""
    text = token.text
    return (text[:1].isupper() and any(ch.isalpha() for ch in text)
            and not text.endswith(("'s", "’s")) and token.lower_ not in ORG_HEADS
            and token.lower_.removesuffix("s") not in TITLE_WORDS  # "Special Constables"
            and token.lower_ not in PRONOUNS)  # "as a PCSO I can": no one's name


#: Pronouns, which open or end no one's name: "Stop It Now", "a PCSO I can".
PRONOUNS = frozenset("it i we you they he she this that these those".split())


def extend_hyphenated(doc: Doc, last: int) -> int:
    """Index of the last token of a name that runs on over hyphens ("Bradley-Davies")."""
    while last + 2 < len(doc) and doc[last + 1].text in ("-", "‐") \
            and not doc[last].whitespace_ and not doc[last + 1].whitespace_ \
            and doc[last + 2].is_alpha and doc[last + 2].ent_type_ not in ("DATE", "CARDINAL"):
        last += 2
    return last


def word_positions(doc: Doc, words: frozenset[str], *, cache: bool = True) -> list[int]:
    """Indices of the tokens whose lower-case form is in ``words``.

    One vectorised comparison instead of a Python loop over every token: the
    rules below start only from these few anchor words. Word lists that are
    module constants are hashed once (``cache``); a list made from one
    document's names must not be, or the cache grows with every document.
    """
    import numpy
    from spacy.attrs import LOWER

    if not len(doc):
        return []
    hashes = _WORD_HASHES.get(words) if cache else None
    if hashes is None:  # the word lists are module constants: hash each once
        hashes = numpy.fromiter((doc.vocab.strings[w] for w in words), dtype="uint64",
                                count=len(words))
        if cache:
            _WORD_HASHES[words] = hashes
    lowers = doc.user_data.get(_LOWER_KEY)
    if lowers is None:  # one array per document, shared by every rule
        lowers = doc.user_data[_LOWER_KEY] = doc.to_array(LOWER)
    return [int(i) for i in numpy.flatnonzero(numpy.isin(lowers, hashes))]


_WORD_HASHES: dict[frozenset[str], Any] = {}


_LOWER_KEY = "pressparse.lower"


def is_collar(token: Token) -> bool:
    """A police officer's collar number: three to five digits, perhaps after "#";
    not a percentage ("contact Exampleline 100% anonymously")."""
    digits = token.text.lstrip("#")
    doc = token.doc
    return digits.isdigit() and 3 <= len(digits) <= 5 and not (
        token.i + 1 < len(doc) and doc[token.i + 1].text == "%")


def is_age(token: Token) -> bool:
    return token.text.isdigit() and 0 < int(token.text) < 111


def capitalised_run(doc: Doc, i: int) -> int:
    """Start of the capitalised words before token ``i``, with "of" and "and" between
    capitalised words ("City of Exampleton", "Eastfield and Filey")."""
    start = i
    while start > 0 and "\n" not in doc[start - 1].whitespace_:
        prev = doc[start - 1]
        joins = prev.lower_ in ("of", "and") and start < i and start > 1 \
            and doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha
        if not (prev.text[:1].isupper() and prev.is_alpha or joins):
            break
        start -= 1
    return start


def is_role_word(token: Token) -> bool:
    """A capitalised role noun that is no organisation's head: "CEO", "Officers"."""
    lower = token.lower_
    singular = lower[:-1] if is_plural(token) else lower
    return token.text[:1].isupper() and lower not in ORG_HEADS and singular not in ORG_HEADS \
        and singular in ROLE_NOUNS


def text_is_upper(tokens: list[Token]) -> bool:
    return all(t.is_upper or not t.is_alpha for t in tokens)


def is_plural(token: Token) -> bool:
    lower = token.lower_
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and not token.is_upper


def inside_a_name(token: Token) -> bool:
    """A word the model put inside a name, unless the parse gives it a subject of its own.

    The model can run a name on over the verb after it ("Trump told Business
    Insider" tagged as one work of art); a verb in lower case with its own
    subject heads a clause whatever the label says, so it can still report. A
    capitalised one stays inside: a heading in title case is a name's run of
    capitals ("Councillor Says Action Needed").
    """
    return bool(token.ent_type_) and not (
        token.text.islower()
        and token.dep_ in ("ROOT", "ccomp", "conj", "parataxis", "advcl", "relcl")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children))
