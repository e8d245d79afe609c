"""A person's age and residence, from the words police releases put around a name.

"Jane Doe, 32, of Hill Street, Luton", "Jane Doe (32), from Luton", "Jane
Doe, aged 32", "32-year-old Jane Doe", "a 45-year-old man, Jane Doe", "a
Luton man, Jane Doe". Read from a bounded window on either side of each
mention, never from the whole text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import ORG_HEADS, STREET_SUFFIXES

_WINDOW = 160
# A capitalised place word, and the small words place names hold ("Ashby de la Zouch",
# "Stratford-upon-Avon", "East Riding of Yorkshire", "Ladbroke Grove area of Kensington").
_WORD = r"[A-Z][\w'’.-]*"
_PLACE_PART = rf"{_WORD}(?:[ \t]+(?:{_WORD}|of|upon|on|le|de|la|the|en|area[ \t]+of))*(?<![ \t])"
_PLACE = rf"(?P<place>{_PLACE_PART}(?:(?:,[ \t]+|[ \t]+in[ \t]+){_PLACE_PART})*)"
# After the name: ", 32," "(32)", ", aged 32", then perhaps ", of/from <place>".
_AFTER = re.compile(
    r"(?:['’]s(?!\w))?(?:[ \t]*,[ \t]*(?:aged[ \t]+|now[ \t]+|who[ \t]+(?:is|was)[ \t]+)?"
    r"(?P<age>\d{1,3})(?![\d/:.])(?:[ \t]+years?[ \t]+old)?[ \t]*"
    r"(?=[,)]|[ \t]+(?:of|from|and)\b)"
    r"|[ \t]*\([ \t]*(?:aged[ \t]+)?(?P<age2>\d{1,3})[ \t]*\))?"
    # "John Doe, 45, and Jane Doe, 44, both of ...": the pair shares the address.
    rf"(?:[ \t]*,?[ \t]+and[ \t]+{_WORD}(?:[ \t]+{_WORD}){{0,3}}[ \t]*,[ \t]*\d{{1,3}}[ \t]*"
    rf"(?=,[ \t]*(?:both|all)[ \t]))?"
    rf"(?:[ \t]*,?[ \t]*(?:(?:both|all|who[ \t]+(?:is|was|lives))[ \t]+)?(?:(?:and[ \t]+)?of|from|lives[ \t]+in)"
    rf"[ \t]+(?:the[ \t]+)?{_PLACE})?"
)
# Before the name: "32-year-old Jane Doe", "a 45-year-old man, Jane Doe,", "a Luton man, Jane Doe".
_PERSON_NOUNS = (r"(?:man|woman|boy|girl|teenager|teen|youth|pensioner|mother|father|driver|"
                 r"resident|male|female|person|motorcyclist|cyclist|pedestrian|passenger|rider|"
                 r"victim|defendant)")
# "named as", "called", "identified as", "known as": the words that give the name.
_NAMED = r"(?:named(?:[ \t]+locally)?(?:[ \t]+as)?|called|identified[ \t]+as|known[ \t]+as)"
_BEFORE_AGE = re.compile(
    rf"(?P<age>\d{{1,3}})[- ]years?[- ]old[ \t]+(?:(?:{_WORD}[ \t]+)?{_PERSON_NOUNS}[ \t]*,?[ \t]*"
    rf"(?:{_NAMED}[ \t]+|(?:from|of)[ \t]+{_PLACE}[ \t]*,?[ \t]*)?)?$"
)
# "Jane Doe, 45-year-old John Doe and Ann Roe, all of Mill Lane, Luton": a list of people
# sharing one address.
_SHARED = re.compile(
    r"(?:[ \t]*,[ \t]*\d{1,3}(?=[ \t]*(?:,|and\b)))?"
    rf"(?:[ \t]*(?:,[ \t]*and|,|and)[ \t]+(?:\d{{1,3}}[- ]years?[- ]old[ \t]+)?{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
    r"(?:[ \t]*,[ \t]*\d{1,3})?)+"
    rf"[ \t]*,?[ \t]*(?:both|all)[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?{_PLACE}"
)
_BEFORE_PLACE = re.compile(rf"\b[Aa][ \t]+{_PLACE}[ \t]+{_PERSON_NOUNS}[ \t]*,?[ \t]*$")
# Words that end a residence: what follows is no longer the address.
_NOT_PLACE_WORDS = frozenset({"court", "police", "constabulary", "magistrates", "crown"})


@dataclass(frozen=True, slots=True)
class Particulars:
    age: int | None = None
    residence: str | None = None
    residence_start: int = -1  # where the residence stands in the text
    residence_end: int = -1


def particulars(text: str, start: int, end: int) -> Particulars:
    """The age and residence stated beside the name at ``text[start:end]``."""
    age: int | None = None
    residence = None
    r_start = r_end = -1
    after = _AFTER.match(text, end, min(len(text), end + _WINDOW))  # "^" is implied by match
    if after is not None:
        if after.group("age") or after.group("age2"):
            age = int(after.group("age") or after.group("age2"))
        if after.group("place"):
            residence, r_start, r_end = _place(after, text)
    window_start = max(0, start - 80)
    before_age = _BEFORE_AGE.search(text, window_start, start)
    if before_age is not None:
        age = age if age is not None else int(before_age.group("age"))
        if residence is None and before_age.group("place"):
            residence, r_start, r_end = _place(before_age, text)
    if residence is None:
        shared = _SHARED.match(text, end, min(len(text), end + 2 * _WINDOW))
        if shared is not None:
            residence, r_start, r_end = _place(shared, text)
    if residence is None:
        before_place = _BEFORE_PLACE.search(text, window_start, start)
        if before_place is not None:
            residence, r_start, r_end = _place(before_place, text)
    if age is not None and not 0 < age < 120:
        age = None
    return Particulars(age=age, residence=residence, residence_start=r_start,
                       residence_end=r_end)


def _place(match: re.Match[str], text: str) -> tuple[str | None, int, int]:
    """The town of an address: "of Canons Close, Exampleton" gives "Exampleton".

    Parts that name a body end the address ("of Exampleshire Police's Major
    Crime Team", "of CPS South West"); a street and what comes before it is left
    out, as a reader would say where someone is from.
    """
    start, end = match.span("place")
    following = re.match(r"[ \t]+([a-z]+)", text[end:end + 20])
    if following and following.group(1) in ORG_HEADS:
        return None, -1, -1  # "of Exampleton police": an officer's station, not a home
    parts: list[tuple[int, int, str]] = []  # start, end, separator before the next part
    for part in re.finditer(r"(.+?)(,[ \t]+|[ \t]+in[ \t]+|$)", text[start:end]):
        words = part.group(1).split()
        if not words or any(w.lower().strip(".") in _NOT_PLACE_WORDS or "'s" in w or "’s" in w
                            or w.isupper() and len(w) > 1 for w in words) \
                or words[-1].lower().strip(".") in ORG_HEADS:
            break  # "of Exampleshire Police's unit", "CPS South West": a body, not a home
        parts.append((start + part.start(1), start + part.end(1), part.group(2).strip()))
    if not parts:
        return None, -1, -1
    first = 0
    for k, (p_start, p_end, separator) in enumerate(parts[:-1]):
        if separator == "in" or text[p_start:p_end].split()[-1].lower() in STREET_SUFFIXES:
            first = k + 1
    r_start, r_end = parts[first][0], parts[-1][1]
    while r_end > r_start and text[r_end - 1] in ".'’":
        r_end -= 1
    return text[r_start:r_end], r_start, r_end
