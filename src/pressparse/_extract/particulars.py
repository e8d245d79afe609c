"""A person's age and residence, from the words police releases put around a name.

"Jane Doe, 32, of Hill Street, Luton", "Jane Doe (32), from Luton", "Jane
Doe, aged 32", "32-year-old Jane Doe", "a 45-year-old man, Jane Doe", "a
Luton man, Jane Doe". Read from a bounded window on either side of each
mention, never from the whole text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import COURT_KINDS, NATIONS, ORG_HEADS, STREET_SUFFIXES, UNIT_WORDS

_WINDOW = 160
# A capitalised place word, and the small words place names hold ("Ashby de la Zouch",
# "Stratford-upon-Avon", "East Riding of Yorkshire", "Ladbroke Grove area of Kensington").
_WORD = r"[A-Z][\w'’.-]*"
# Days and months, which end a place: "from Exampleton on Monday", "of Exampleton in May".
# A village written with the town it is near stays so: "of Eastby near Exampleton".
_TIME_WORD = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
              r"March|April|May|June|July|August|September|October|November|December)\b")
# "of south east London", "from north Westshire": a part of a place, in lower case.
_QUARTER = r"(?:(?:north|south|east|west|central)(?:[ \t-]+(?:east|west))?[ \t]+(?=[A-Z]))?"
_PLACE_PART = (rf"{_QUARTER}(?!{_TIME_WORD}){_WORD}(?:[ \t]+(?:(?!{_TIME_WORD}){_WORD}"
               rf"|(?:of|upon|on|le|de|des|du|la|the|en|near|area[ \t]+of)"
               rf"(?=[ \t]+(?!{_TIME_WORD})[A-Z])))*"
               r"(?<![ \t])")
# A house number or a flat opens an address: "Flat 2, 14 Park Road, Exampleton".
_ADDRESS_PART = (rf"(?:(?:Flat|Apartment|Unit|Room)[ \t]+\d{{1,4}}[A-Za-z]?(?![\w'’.-])"
                 rf"|\d{{1,4}}[A-Za-z]?[ \t]+{_PLACE_PART}|{_PLACE_PART})")
_PLACE = rf"(?P<place>{_ADDRESS_PART}(?:(?:,[ \t]+(?:in[ \t]+)?|[ \t]+in[ \t]+){_ADDRESS_PART})*)"
# A date of birth in brackets: "(26/07/1985)", "(08.07.2002)", "(26/07/ 1985)".
_BIRTH_DATE = r"\d{1,2}[ \t]?[/.][ \t]?\d{1,2}[ \t]?[/.][ \t]?\d{2,4}"
# What may follow an age after a name: a comma or bracket, the end of the sentence or
# of an item ("was named as Jo Vale, 32."; "Jo Vale, 32; Al Roe, 40"), a dash, an address,
# or a verb ("Jo Vale, 32 was jailed"); not a unit or a street ("32 metres", "32 Mill Lane").
_AGE_END = (r"(?=[,);\n]|\.(?!\d)|[ \t]*$|[ \t]+[-–—][ \t]|[ \t]*\((?:pictured|above|below|left|right)\)"
            r"|[ \t]*\([ \t]*" + _BIRTH_DATE + r"[ \t]*\)"
            r"|[ \t]+(?:of|from|and|was|is|has|had|"
            r"were|are|will|who|died|appeared|pleaded|admitted|denied|suffered|sustained|"
            r"received|remains|remained)\b)")
_YEARS = r"(?:[ \t]+years?(?:[ \t]+old)?|-years?-old)?"
# After the name: ", 32," "(32)", ", aged 32", ", a 32-year-old man", then perhaps ", of/from
# <place>".
_AFTER = re.compile(
    r"(?:['’]s(?!\w))?[*_]*"  # "**Jo Vale** , 32": emphasis closed after the name
    r"(?:[ \t]*,[ \t]*(?:[a-z]+(?:[ \t]+[a-z]+)?[ \t]*,[ \t]*)?"  # "Jo Vale, unemployed, 30"
    r"(?:aged?[ \t]+|now[ \t]+|also[ \t]+|who[ \t]+(?:is|was)[ \t]+(?:aged[ \t]+)?)?"
    rf"(?P<age>\d{{1,3}})(?![\d/:]|\.\d){_YEARS}[ \t]*{_AGE_END}"
    r"(?:[ \t]*,[ \t]*[a-z]+(?:[ \t]+[a-z]+)?(?=[ \t]*,[ \t]*(?:of|from)\b))?"  # "32, unemployed, of"
    r"|[ \t]*,[ \t]*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?=[ \t]*,)"  # "Jo Vale, 12/03/1985, of"
    r"|[ \t]*\([ \t]*(?:aged[ \t]+)?(?P<age2>\d{1,3})[ \t]*\)"
    r"|[ \t]*\([ \t]*" + _BIRTH_DATE + r"[ \t]*\)"  # a date of birth
    rf"|[ \t]+aged[ \t]+(?P<age3>\d{{1,3}})(?![\d/:]|\.\d){_YEARS}[ \t]*{_AGE_END}"
    r"|[ \t]*,[ \t]*an?[ \t]+(?P<age4>\d{1,3})[- ]years?[- ]old(?:[ \t]+[a-z]+)?"
    r"(?=[ \t]*,|[ \t]+(?:of|from)\b))?"
    # "John Doe, 45, and Jane Doe, 44, both of ...": the pair shares the address.
    rf"(?:[ \t]*,?[ \t]+and[ \t]+{_WORD}(?:[ \t]+{_WORD}){{0,3}}[ \t]*,[ \t]*\d{{1,3}}[ \t]*"
    rf"(?=,[ \t]*(?:both|all)[ \t]))?"
    r"(?:[ \t]*\((?:pictured|above|below|left|right)\))?"  # "Jo Vale, 20 (pictured), from X"
    r"(?:[ \t]*,?[ \t]*\([ \t]*" + _BIRTH_DATE + r"[ \t]*\))?"  # "Jo Vale, 37, (04.03.84) of"
    # "Jo Vale, known to friends as Jojo, of": another name between
    rf"(?:[ \t]*,[ \t]*(?:also[ \t]+)?known[ \t]+(?:to[ \t]+(?:[a-z]+[ \t]+){{1,3}})?as[ \t]+"
    rf"{_WORD}(?:[ \t]+{_WORD})?(?=[ \t]*,))?"
    rf"(?:[ \t]*,?[ \t]*(?:(?:both|all|who[ \t]+(?:is|was|lives))[ \t]+)?"
    rf"(?:(?:and[ \t]+|formerly[ \t]+|previously[ \t]+)?(?:of|from)"
    rf"|(?:who[ \t]+)?lives[ \t]+in"
    # "Jo Vale is missing from X", "Jo Vale, who was reported missing from X"
    rf"|(?:who[ \t]+)?(?:is|was|has[ \t]+been|has[ \t]+gone|went)[ \t]+(?:reported[ \t]+)?"
    rf"missing[ \t]+from)"
    rf"[ \t]+(?:the[ \t]+)?{_PLACE})?"
)
# Before the name: "32-year-old Jane Doe", "a 45-year-old man, Jane Doe,", "a Luton man, Jane Doe".
_PERSON_NOUNS = (r"(?:man|woman|boy|girl|teenager|teen|youth|pensioner|mother|father|driver|"
                 r"resident|male|female|person|motorcyclist|cyclist|pedestrian|passenger|rider|"
                 r"victim|defendant|student|pupil|worker|grandmother|grandfather|mum|dad)")
# "named as", "called", "identified as", "known as": the words that give the name.
_NAMED = r"(?:named(?:[ \t]+locally)?(?:[ \t]+as)?|called|identified[ \t]+as|known[ \t]+as)"
_BEFORE_AGE = re.compile(
    rf"(?P<age>\d{{1,3}})[- ]years?[- ]old[ \t]+(?:(?:(?:{_WORD}|of)[ \t]+){{0,4}}"
    rf"{_PERSON_NOUNS}[ \t]*,?[ \t]*"
    rf"(?:{_NAMED}[ \t]+|(?:from|of)[ \t]+{_PLACE}[ \t]*,?[ \t]*)?)?$"
)
# "Jane Doe, 45-year-old John Doe and Ann Roe, all of Mill Lane, Luton": a list of people
# sharing one address.
# An age or a date of birth in brackets after a name: "(32)", "(12/03/85)".
_BRACKETED = r"[ \t]*\([ \t]*\d{1,2}(?:[/.]\d{1,2}[/.]\d{2,4})?[ \t]*\)"
_SHARED = re.compile(
    rf"(?:[ \t]*,[ \t]*\d{{1,3}}(?=[ \t]*(?:,|and\b))|{_BRACKETED})?"
    rf"(?:[ \t]*(?:,[ \t]*and|,|and)[ \t]+(?:(?:his|her|their)[ \t]+(?:wife|husband|partner|son|"
    rf"daughter|brother|sister|mother|father)[ \t]+)?"
    rf"(?:\d{{1,3}}[- ]years?[- ]old[ \t]+)?{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
    rf"(?:[ \t]*,[ \t]*\d{{1,3}}|{_BRACKETED})?)+"
    rf"[ \t]*,?[ \t]*(?:both|all)[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?{_PLACE}"
)
# Capitalised words that open a sentence before "man" or "woman" and name no place:
# "The driver, Jo Vale", "Local man Jo Vale", "Missing teenager Jo Vale".
_NOT_A_PLACE = ("(?:The|This|That|These|Those|His|Her|Their|Our|Its|My|Your|One|Another|Each|"
                "Every|Both|Local|Young|Old|Elderly|Missing|Former|Retired|Convicted|Jailed|"
                "Tragic|Brave|Teenage|Innocent|Injured|Dead|Deceased|Vulnerable|Disqualified|"
                "Drunk|Unnamed|Unknown|Wanted|Named|Charged|Arrested|Lone|Male|Female)")
# "a Luton man, Jo Vale", "Luton man Jo Vale", "jailed Luton woman Jo Vale", "Luton-based Jo
# Vale": without an article the place must open the phrase (after a lower-case word, a
# comma or the start of a line), so no capitalised word before it is taken for its part.
_BEFORE_PLACE = re.compile(
    rf"(?:\b[Aa][ \t]+|(?:(?<=^)|(?<=\n)|(?<=[a-z,;:][ \t])|(?<=[.!?\"“][ \t]))(?!{_NOT_A_PLACE}\b))"
    rf"{_PLACE}(?:[ \t]+{_PERSON_NOUNS}[ \t]*,?|-based)[ \t]*$")
# Titles of peers, after which "of X" is the title's place, no home: "Lord Vale of Exampleton".
_PEERAGE = re.compile(r"\b(?:Lord|Lady|Baron|Baroness|Earl|Countess|Viscount|Duke|Duchess)[ \t]+$")
# Words that open a street's name in French, Spanish, Italian: "Rue des Lilas, Paris".
_STREET_OPENERS = frozenset({"rue", "avenue", "boulevard", "chemin", "calle", "via", "viale",
                             "piazza", "plaza", "place", "allee", "allée", "impasse", "quai"})
# Compass words that open the names of counties and regions: "in East Exampleshire".
_COMPASS_WORDS = frozenset({"North", "South", "East", "West", "Mid", "Central"})
# The words a flat or a room opens with in an address: "Flat 2, 14 Park Road".
_DWELLINGS = frozenset({"Flat", "Apartment", "Unit", "Room"})
# "and" and capitalised words after a place, which may carry it on into a body's name.
_NAME_GOES_ON = re.compile(r"(?:[ \t]+(?:and|&|of)?[ \t]*(?:[A-Z][\w'’-]*|\([A-Z]{2,8}\)))+")
# Words that end a residence: what follows is no longer the address.
_NOT_PLACE_WORDS = frozenset({"court", "police", "constabulary", "magistrates", "crown",
                              "operation"})  # "of Operation Example": the team, no home


# "Yeomans Court", "Ash Court": a block of homes, named like a street, when no kind of court
# of law comes before "Court".
def _residential_court(words: list[str]) -> bool:
    return 1 < len(words) < 4 and words[-1] == "Court" and words[-2].lower() not in COURT_KINDS \
        and all(w[:1].isupper() and not w.isupper() for w in words)
# Spelled-out ages: "Fifty-three-year-old Jo Vale".
_UNITS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER_WORDS = {**{w: k for k, w in enumerate(_UNITS, 1)},
                 **{w: 10 * k for k, w in enumerate(_TENS, 2)},
                 **{f"{t}{sep}{u}": 10 * k + j for k, t in enumerate(_TENS, 2)
                    for j, u in enumerate(_UNITS[:9], 1) for sep in ("-", " ")}}
_SPELLED = (r"(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(_UNITS[:9]) + r"))?|"
            + "|".join(_UNITS))
# Right after the name, between commas: "Jay, eight, opened the door", "Jo, 32, said".
_AGE_BETWEEN_COMMAS = re.compile(
    r"[ \t]*,[ \t]*(?:aged[ \t]+)?(?:(?P<digits>\d{1,3})|(?i:(?P<words>" + _SPELLED + r")))"
    r"[ \t]*,")


def age_between_commas(text: str, end: int) -> int | None:
    """The age written between commas right after a name ending at ``end``, if any."""
    found = _AGE_BETWEEN_COMMAS.match(text, end)
    if found is None:
        return None
    age = int(found.group("digits")) if found.group("digits") \
        else _NUMBER_WORDS.get(found.group("words").lower().replace(" ", "-"))
    return age if age is not None and 0 < age < 120 else None


_SPELLED_AGE = re.compile(
    r"(?i:\b(?P<words>(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(_UNITS[:9]) + r"))?|"
    + "|".join(_UNITS) + r"))[- ]years?[- ]old[ \t]+$")
# The lead sentence of a release, about someone it names only in the next: "A 30-year-old
# man from Exampleton has been charged. / Jo Vale, of no fixed address, ...".
_LEAD_SENTENCE = (
    # "A man ...", "Following an inquiry by X, a man ...", "We have charged a man ..."
    rf"[ \t*_#>]*(?:An?|[A-Z][^.!?\n\"“]{{0,100}}?,[ \t]+an?"
    rf"|(?:We|Police|Officers)[ \t]+(?:have[ \t]+)?(?:charged|arrested|jailed|sentenced)[ \t]+an?)"
    rf"[ \t]+(?:(?:wanted|missing|local)[ \t]+)?"
    rf"(?:(?P<age>\d{{1,3}})[- ]years?[- ]old[ \t]+(?:(?P<place>{_WORD})[ \t]+)?"
    rf"(?:(?:local|young|elderly|male|female)[ \t]+)?{_PERSON_NOUNS}"
    rf"|(?P<place2>{_PLACE_PART})[ \t]+{_PERSON_NOUNS}"
    rf"|{_PERSON_NOUNS})"
    rf"(?:[ \t]+(?:from|of)[ \t]+(?P<place3>{_PLACE_PART}))?"
    r"(?=[ \t]+(?:who|has|have|had|was|is|will|wanted|with|[a-z]+ed)\b)"
    r"(?:(?!\d{1,3}[- ]years?[- ]old)(?:[^.!?\n]|\.(?=\d)))*[.!?]")  # (not "12.5 years")
_LEAD = re.compile(_LEAD_SENTENCE + r"[ \t*_#]*\n?[ \t]*\n?[ \t]*(?:\d{1,3}[- ]years?[- ]old[ \t]+)?$")
# The same lead a sentence or two before the one that names the person, no one named between.
_EARLIER_LEAD = re.compile(_LEAD_SENTENCE + r"[ \t*_#]*$")
_LEAD_REACH = 2  # sentences between the lead and the name
# Words after a name that make its sentence the officer's, not the subject's: "Jo Vale said".
_SPEAKS = re.compile(r"[^.\n]{0,80}?(?:\b(?:said|says|added|told|explained|urged)\b|[:\"“])")


@dataclass(frozen=True, slots=True)
class Particulars:
    age: int | None = None
    residence: str | None = None
    residence_start: int = -1  # where the residence stands in the text
    residence_end: int = -1


def particulars(text: str, start: int, end: int, since: int | None = None) -> Particulars:
    """The age and residence stated beside the name at ``text[start:end]``; ``since`` is
    where the last other person named before it ends (-1 for none), when known."""
    age: int | None = None
    residence = None
    r_start = r_end = -1
    after = _AFTER.match(text, end, min(len(text), end + _WINDOW))  # "^" is implied by match
    if after is not None:
        given = next((g for g in after.group("age", "age2", "age3", "age4") if g), None)
        if given is not None:
            age = int(given)
        if after.group("place") and not _PEERAGE.search(text, max(0, start - 12), start):
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
    if age is None:
        age = age_between_commas(text, end)  # "Jay, eight, opened the door"
    if age is None:
        spelled = _SPELLED_AGE.search(text, window_start, start)
        if spelled is not None:
            age = _NUMBER_WORDS.get(spelled.group("words").lower())
    if age is None or residence is None and not _NO_HOME.match(text, end):
        lead = _lead(text, start, since)
        if lead is not None and not _SPEAKS.match(text, end):
            age = age if age is not None or lead.group("age") is None else int(lead.group("age"))
            group = next((g for g in ("place", "place2", "place3") if lead.group(g)), None)
            if residence is None and group is not None and not _NO_HOME.match(text, end) \
                    and not re.match(_NOT_A_PLACE + r"\b", lead.group(group)):
                r_start, r_end = lead.span(group)
                residence = text[r_start:r_end]
    if age is not None and not 0 < age < 120:
        age = None
    return Particulars(age=age, residence=residence, residence_start=r_start,
                       residence_end=r_end)


# "Jo Vale, 35, of no fixed abode": the text says there is no home, whatever a lead says.
_NO_HOME = re.compile(r"(?:[ \t]*,[ \t]*(?:aged[ \t]+)?\d{1,3})?[ \t]*,?[ \t]*of[ \t]+no[ \t]+fixed"
                      r"[ \t]+(?:abode|address)", re.IGNORECASE)
_AGED_BEFORE = re.compile(r"\d{1,3}[- ]years?[- ]old[ \t]+$")


def _lead(text: str, start: int, since: int | None = None) -> re.Match[str] | None:
    """The sentence just before a name that opens a sentence, when it is a lead of
    ``_LEAD``'s form; one match at the sentence's start, no search. Given ``since``
    (where the last other person's name ends), the lead may stand up to two sentences
    further back, after it."""
    k = start
    aged = _AGED_BEFORE.search(text, max(0, start - 16), start)
    if aged is not None:
        k = aged.start()  # "67-year-old Jo Vale was jailed"
    while k > 0 and text[k - 1] in " \t\n*_#":
        k -= 1
    if k == 0 or text[k - 1] not in ".!?":
        return None  # the name opens no sentence
    opening = max(text.rfind(mark, max(0, k - 300), k - 1) for mark in ".!?\n") + 1
    if opening <= 0 and k > 300:
        return None
    found = _LEAD.match(text, opening, start)
    for _ in range(_LEAD_REACH if since is not None else 0):
        if found is not None and any(found.group(g) for g in _LEAD_GIVES):
            break  # (but "A male was detained." tells nothing: an earlier lead may)
        k = opening  # one sentence further back, after the last other person named
        while k > 0 and text[k - 1] in " \t\n*_#":
            k -= 1
        if k == 0 or text[k - 1] not in ".!?":
            return None
        opening = max(text.rfind(mark, max(0, k - 300), k - 1) for mark in ".!?\n") + 1
        if opening <= (since or 0) and (since or 0) > 0 or opening <= 0 and k > 300:
            return None
        found = _EARLIER_LEAD.match(text, opening, k) or found
    return found


_LEAD_GIVES = ("age", "place", "place2", "place3")


def _place(match: re.Match[str], text: str) -> tuple[str | None, int, int]:
    """The town of an address: "of Canons Close, Exampleton" gives "Exampleton".

    Parts that name a body end the address ("of Exampleshire Police's Major
    Crime Team", "of CPS South West"); a street and what comes before it is left
    out, as a reader would say where someone is from.
    """
    start, end = match.span("place")
    stop = re.search(r"(?<=[a-z]{3})\.[ \t]", text[start:end])
    if stop:
        end = start + stop.start()  # "of the Exampleton Team. Please call": a sentence ends
    following = re.match(r"[ \t]+([a-z]+)", text[end:end + 20])
    if following and following.group(1) in ORG_HEADS:
        return None, -1, -1  # "of Exampleton police": an officer's station, not a home
    rest = _NAME_GOES_ON.match(text, end, min(len(text), end + 80))
    if rest and any(w.lower() in ORG_HEADS | UNIT_WORDS
                    for w in re.findall(r"[\w'’-]+", rest.group())):
        return None, -1, -1  # "of Exampleshire, Examplebury and Exampleford Major Crime Unit"
    parts: list[tuple[int, int, str]] = []  # start, end, separator before the next part
    for part in re.finditer(r"(.+?)(,[ \t]+in[ \t]+|,[ \t]+|[ \t]+in[ \t]+|$)", text[start:end]):
        words = part.group(1).split()
        if not words or not _residential_court(words) and (
                any(w.lower().strip(".") in _NOT_PLACE_WORDS or "'s" in w or "’s" in w
                    or w.isupper() and len(w) > 1 for w in words)
                and words[-1].lower() not in STREET_SUFFIXES  # but "Crown Road", "St Ann's Walk"
                or words[-1].lower().strip(".") in ORG_HEADS \
                or words[-1].lower() not in STREET_SUFFIXES \
                and any(w.lower() in ORG_HEADS for w in words[1:]) \
                or len(words) > 2 and words[1] == "of" and words[0].lower() in ORG_HEADS):
            break  # "of Exampleshire Police's unit", "CPS South West", "University of
            # Exampleton": a body, not a home
        separator = part.group(2).strip()
        parts.append((start + part.start(1), start + part.end(1),
                      "in" if separator.endswith("in") else separator))
    if not parts:
        return None, -1, -1
    for k, (_, _, separator) in enumerate(parts[:-1]):
        next_part = text[parts[k + 1][0]:parts[k + 1][1]]
        words = text[parts[k][0]:parts[k][1]].split()
        if separator == "in" and words[-1].lower() not in STREET_SUFFIXES and (
                next_part.endswith("shire") or next_part in NATIONS
                or next_part.split()[0] in _COMPASS_WORDS):
            parts = parts[:k + 1]  # "from Exampleton in Exampleshire": the town, in its county
            break
    first = 0
    for k, (p_start, p_end, separator) in enumerate(parts[:-1]):
        words = text[p_start:p_end].split()
        if separator == "in" or words[-1].lower() in STREET_SUFFIXES \
                or words[0].lower() in _STREET_OPENERS and len(words) > 1 \
                or words[0][:1].isdigit() or words[0] in _DWELLINGS:
            first = k + 1
    r_start, r_end = parts[first][0], parts[-1][1]
    while r_end > r_start and text[r_end - 1] in ".'’":
        r_end -= 1
    if first == len(parts) - 1 and text[r_start:r_end].split()[-1].lower() in STREET_SUFFIXES:
        # "Jo Vale, of Mill Road, was charged": a street and no town says where in a town
        # the text names elsewhere; a reader asked where Jo lives gives the town, so the
        # street alone is no answer.
        return None, -1, -1
    return text[r_start:r_end], r_start, r_end


# "a warrant at his home in Mill Lane, Exampleton", "went to Jo Vale's home in Mill Lane,
# Exampleton": the home of the person named last.
_OWN_HOME = re.compile(
    r"(?:\b(?:his|her)|(?<=\w)['’]s)[ \t]+(?:family[ \t]+)?(?:home|house|flat|property)"
    rf"(?:[ \t]+address)?[ \t]+(?:in|at|on)[ \t]+(?:the[ \t]+)?{_PLACE}")


def homes_named(text: str) -> list[tuple[int, str, int, int]]:
    """Where the text says "his home in X": (where the phrase starts, the town, its span)."""
    found = []
    for match in _OWN_HOME.finditer(text):
        residence, start, end = _place(match, text)
        if residence is not None:
            found.append((match.start(), residence, start, end))
    return found
