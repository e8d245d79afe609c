"""Quoted words nobody says: titles, headlines and the names of things.

Marks also set off the name of a group, a scheme or a form ("the 'report a
crime' form"), a title in capitals, or a word held at a distance. These tests
read the words around the marks, so a quotation that is one of them is dropped
or given no speaker.
"""

from __future__ import annotations

import bisect
import re

from .lexicon import SPEECH_VERBS
from .quotemarks import RawQuote
from .textindex import _Index


def _is_title_case(text: str, quote: RawQuote) -> bool:
    words = [w for p in quote.parts for w in text[p.start:p.end].split() if w[:1].isalpha()]
    return bool(words) and all(w[:1].isupper() for w in words)


_MINOR_WORDS = frozenset("a an the and but or nor of in on at to for by with as from via "
                         "vs into onto".split())


def _is_headline_case(text: str, quote: RawQuote) -> bool:
    """Every word but the minor ones capitalised, and not shouted in capitals.

    Speech is written in sentence case; "Legend in the Coal Fields" is a title.
    """
    quoted = " ".join(text[p.start:p.end] for p in quote.parts)
    words = [w.strip("\"'“”‘’(),.:;!?") for w in quoted.split()]
    words = [w for w in words if w[:1].isalpha()]
    major = [w for w in words[1:] if w.lower() not in _MINOR_WORDS]
    if len(major) < (1 if len(words) >= 3 else 2) or quoted.upper() == quoted:
        return False  # ("State of the Union": three words or more, one of them major)
    return all(w[:1].isupper() for w in [words[0], *major])


def _reads_as_a_name(text: str, quote: RawQuote) -> bool:
    """A short phrase, mostly capitalised, with no sentence in it: "Older but not
    Overlooked", "Step up for Safer Streets". Quoted with no one said to say it,
    such words name a campaign, a priority or a course."""
    quoted = " ".join(text[p.start:p.end] for p in quote.parts)
    if re.search(r"[.!?]\W*$", quoted) or quoted.upper() == quoted:
        return False
    words = [w.strip("\"'“”‘’(),:;-–") for w in quoted.split()]
    words = [w for w in words if w[:1].isalpha()]
    major = [w for w in words if w.lower() not in _MINOR_WORDS]
    if not 2 <= len(words) <= 8 or not words[0][:1].isupper() or len(major) < 2:
        return False
    return sum(w[:1].isupper() for w in major) * 3 >= len(major) * 2


#: Nouns that a quoted name follows: "the group 'X'", "a campaign called 'X'".
_NAMING_NOUNS = frozenset(
    "group page campaign scheme initiative operation project programme program appeal "
    "event charity account website app hashtag slogan motto title book film song show "
    "series album team club".split())


def _named_by_kind(text: str, quote: RawQuote) -> bool:
    """A quotation right after a kind of thing (or "called"/"named" after one) names it."""
    before = re.findall(r"[A-Za-z]+", text[max(0, quote.outer_start - 40):quote.outer_start])
    if not before:
        return False
    last = before[-1].lower()
    if last in _NAMING_VERBS or last == "as" and _KNOWN_AS.search(
            text, max(0, quote.outer_start - 80), quote.outer_start):
        # "also known as 'Black Eye Friday'", "nicknamed 'the Fox'", "known in the
        # town as 'the boys in the shorts'"
        return True
    if last in ("called", "named", "entitled", "titled") and len(before) > 1:
        last = before[-2].lower()
    return last in _NAMING_NOUNS


#: "known as", or "known" and a few words without punctuation, then "as", ending the text.
_KNOWN_AS = re.compile(r"\bknown\b[^.,;:!?\"“”‘’]{0,60}?\bas[ \t]*$", re.IGNORECASE)

#: Verbs that give a thing or a person a name: the quoted words after them are the name.
_NAMING_VERBS = frozenset({"nicknamed", "codenamed", "aka"})


def _names_a_thing(index: _Index, quote: RawQuote) -> bool:
    """`use the 'report a crime' form`: marks between a determiner and its noun.

    Quoted words that sit between "the" (or "a", "our", "their") and the noun
    the determiner belongs to name a kind of that thing (a link, a scheme, a
    course); nobody says them.
    """
    starts = index.token_starts
    before = bisect.bisect_left(starts, quote.outer_start) - 1
    after = bisect.bisect_left(starts, quote.outer_end)
    if before < 0 or after >= len(starts):
        return False
    determiner, noun = index.doc[before], index.doc[after]
    last = index.text[quote.end - 1:quote.end]
    if not (noun.is_alpha and noun.text[:1].islower()) or noun.is_stop \
            or noun.lower_ in SPEECH_VERBS or not (last.isalnum() or last in "?!"):
        return False  # (`a "strong leader," comparing him`: the comma ends a phrase)
    # The parse of a quoted phrase is often broken, so the words decide too; an
    # adjective may stand before the marks ("our new 'Diary of a Volunteer' series").
    return determiner.lower_ in _DETERMINERS or determiner.dep_ in ("det", "poss", "amod")


def _qualifies_the_noun_after(index: _Index, quote: RawQuote) -> bool:
    """`seven burglaries of 'other' buildings`: a lower-case word or two in marks
    right before the noun they describe qualify it (scare quotes); nobody is
    quoted, whatever verb the sentence has."""
    quoted = index.text[quote.start:quote.end]
    words = quoted.split()
    if not 1 <= len(words) <= 2 or not all(w.isalpha() and w.islower() for w in words):
        return False
    after = bisect.bisect_left(index.token_starts, quote.outer_end)
    if after >= len(index.token_starts) or index.token_starts[after] != quote.outer_end + 1 \
            or index.text[quote.outer_end] != " ":
        return False
    noun = index.doc[after]
    return noun.is_alpha and noun.is_lower and not noun.is_stop \
        and noun.lower_ not in SPEECH_VERBS \
        and noun.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos", "conj",
                          "compound")  # a noun: not "called it a 'disgrace' yesterday"


_DETERMINERS = frozenset("the a an our your their its his her this that".split())
