"""The model's own spans, cleaned of titles and re-typed where their context says so."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .._dates import resolve_date
from .candidates import Candidate
from .context import Context
from .lexicon import (
    BODY_KINDS,
    COUNTERS,
    COURT_KINDS,
    HONOURS,
    LONE_SERVICES,
    NOT_ENTITIES,
    NOT_NAMES,
    NOT_ORG_WORDS,
    ORG_HEADS,
    PLACE_HEADS,
    PLATFORMS,
    PRODUCT_AFTER,
    PRODUCT_BEFORE,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STREET_SUFFIXES,
    VEHICLE_MAKES,
    VENUE_AFTER,
)
from .nametokens import (
    extend_hyphenated,
    is_name_like,
    is_plural,
    is_role_word,
    is_title_token,
    text_is_upper,
)
from .personnames import NAME_PARTICLES, POST_NOUNS, PRONOUN_OPENERS, modifies_title, post_or_site
from .places import reads_as_place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


#: spaCy labels kept with no value of their own; CARDINAL and ORDINAL are noise here.
PASSTHROUGH_LABELS = frozenset(
    {"GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE",
     "TIME", "PERCENT", "QUANTITY"}
)


DATE_WORDS = frozenset(
    "day days week weeks weekend month months year years today yesterday tomorrow tonight "
    "night morning afternoon evening decade century summer winter spring autumn fall "
    "christmas easter".split()
)


# Nouns for groups and their members, which a person's name never modifies.
_GROUP_NOUNS = frozenset("officers officer team teams policing patrol patrols unit units staff "
                         "volunteers members scheme schemes group groups partnership".split())
# What a camera or a device records, after its brand: "Exampleco Doorbell footage".
_RECORDINGS = frozenset({"footage", "recording", "recordings", "camera", "cameras", "device",
                         "devices", "doorbell", "doorbells"})
# Offences, which releases write with capitals: "Grievous Bodily Harm", "Joint Enterprise
# Murder"; with the words that qualify them.
_OFFENCES = frozenset("harm assault murder manslaughter burglary robbery theft fraud arson rape "
                      "affray kidnap kidnapping trafficking slavery harassment stalking abuse "
                      "crime crimes exploitation".split())
_OFFENCE_WORDS = _OFFENCES | frozenset(
    "grievous actual bodily joint enterprise organised organized serious aggravated common "
    "sexual domestic modern human child violent attempted racially religiously".split())


# Words for animals, whose names after them are no people's: "her dog Max".
_ANIMALS = frozenset({"mascot", "dog", "dogs", "puppy", "pup", "horse", "pony", "cat", "kitten",
                      "parrot", "tortoise", "ferret", "rabbit"})
# "a one year-old ", "an 18-year-old ": an age after an article, before a kind, not a name.
_A_KIND_AGED = re.compile(r"\b[Aa]n?[ \t]+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ]years?[- ]old[ \t]+$")


def model_entities(doc: Doc, text: str, context: Context) -> Iterator[Candidate]:
    for ent in doc.ents:
        label = ent.label_
        if label == "DATE":
            candidate = _date_entity(ent, context)
            if candidate is not None:
                yield candidate
        elif label in ("PERSON", "ORG"):
            yield from _name_entity(ent, text)
        elif label in PASSTHROUGH_LABELS:
            yield Candidate(6, label, ent.start_char, ent.end_char)


# First words of the names of rivers, lakes and hills: "the River Exampleford".
_PLACE_OPENERS = frozenset({"river", "lake", "loch", "lough", "mount"})
# First words of the names of venues, never of people: "Cafe Example", "Hotel Example".
_VENUE_OPENERS = frozenset({"cafe", "café", "hotel", "restaurant", "pub", "bar", "bistro",
                            "salon"})
# Last words of the names of sites that are no one's surname: "Exampleton Cemetery".
_SITE_HEADS = frozenset({"cemetery", "crematorium", "cathedral", "hospital", "school",
                         "academy", "library", "stadium", "airport", "station", "centre",
                         "center", "university", "college", "museum", "infirmary", "quay",
                         "wharf", "estuary", "reservoir", "harbour", "marina", "pier",
                         "airfield"})
# Words that open a sentence and no name: "Following Vale's arrest", "Despite Vale's".
_SENTENCE_OPENERS = frozenset({"following", "after", "before", "despite", "during", "since",
                               "while", "when", "although", "though", "if", "unlike", "like",
                               "thanking", "speaking", "having", "describing", "sentencing"})


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
# A hyphen then a word that ends a compound adjective: "Covid-secure", "Exampleton-based";
# not "Jong-un" or "Chi-fung", the parts of given names.
_LOWER_AFTER_HYPHEN = re.compile(
    r"\w-(?:secure|safe|related|free|friendly|style|based|led|owned|run|type|like|proof|wide|"
    r"born|bound|registered|funded|approved|themed|inspired)\b")
# Last words of the names of tools and pages, never people: "Exampleline Calorie Calculator".
_THINGS = frozenset({"calculator", "app", "tool", "toolkit", "guide", "website", "portal",
                     "checker", "tracker", "map", "calendar", "newsletter", "podcast"})
# Nouns for kinds of people, which end no body's name and no one's: "Violent Offenders".
_PEOPLE_NOUNS = frozenset({"offender", "offenders", "victim", "victims", "residents", "drivers",
                           "motorists", "survivors", "people", "children", "families",
                           "pensioners", "shoppers", "users", "riders", "cyclists"})


_AGE_WORDS = re.compile(r"\byears?[- ]old\b|\byears-old\b|\byears of age\b", re.IGNORECASE)


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _date_entity(ent: Span, context: Context) -> Candidate | None:
    if _AGE_WORDS.search(ent.text):
        return None  # an age, not a date
    resolved = resolve_date(ent.text, context.anchor)
    value = resolved.value if resolved else None
    if value is None and len(ent) > 1 and _YEAR.fullmatch(ent[-1].text) \
            and ent[-2].lower_ in ("to", "until", "till", "in", "since", "of"):
        year = ent[-1]  # "five years to 1920": the duration has no value, its year has
        return Candidate(5, "DATE", year.idx, year.idx + len(year.text), year.text, False)
    if value is None and not any(t.lower_ in DATE_WORDS for t in ent):
        return None  # "1694", "0808 1000": the model's counts and number pieces
    if "/" in ent.text and value is None:
        return None  # "2018/19" is a financial year, not a calendar date
    return Candidate(5, "DATE", ent.start_char, ent.end_char, value,
                     resolved.relative if resolved else False)


def _opening_participle(first: Token, last: Token) -> bool:
    """"Sentencing Jones, Judge Jo Vale said": a participle opening the sentence, its
    object a name, then a comma and the subject (a title, a name or a pronoun).

    The model reads the participle as a first name; "Sterling Brown, 25," is left
    alone because an age, not a subject, follows the comma.
    """
    doc = first.doc
    if not (first.is_sent_start or first.i > 0 and "\n" in doc[first.i - 1].text) \
            or not first.lower_.endswith("ing") or len(first.text) < 6:
        return False
    if last.i + 2 >= len(doc) or doc[last.i + 1].text != ",":
        return False
    subject = doc[last.i + 2]
    return is_title_token(subject) and subject.text[:1].isupper() \
        or subject.ent_type_ == "PERSON" or subject.lower_ in PRONOUN_OPENERS \
        or subject.lower_ in ("the", "a", "an", "his", "her", "their", "our")


def _name_entity(ent: Span, doc_text: str) -> Iterator[Candidate]:
    tokens = list(ent)
    # Cut at a line break: the model runs names into the next line.
    for k, token in enumerate(tokens[:-1]):
        if "\n" in token.whitespace_ or "\n" in token.text:
            tokens = tokens[:k + 1]
            break
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space
                      or tokens[-1].lower_ in ("'s", "’s", "'", "’")):
        tokens.pop()
    while tokens and (tokens[0].lower_ in ("the", "a", "an", "'s", "’s") or tokens[0].is_punct
                      or tokens[0].is_space):
        tokens.pop(0)
    label = ent.label_
    court = next((k for k, t in enumerate(tokens[1:-1], 1)
                  if t.lower_ == "court" and tokens[k - 1].lower_ in COURT_KINDS), None)
    if court is not None:
        # "at Exampleton Crown Court Vale was sentenced": the court, then the next clause's
        # subject run into it.
        yield Candidate(5, "ORG", tokens[0].idx, tokens[court].idx + len(tokens[court].text))
        return
    if tokens and tokens[0].lower_ in _PLACE_OPENERS and len(tokens) > 1 \
            and tokens[0].text[:1].isupper() and tokens[-1].lower_ not in ORG_HEADS:
        yield Candidate(5, "LOC", tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
        return  # "the River Exampleford", "Loch Example": a river or a lake
    if tokens and len(tokens) > 1 and tokens[-1].lower_ in ("war", "wars"):
        yield Candidate(5, "EVENT", tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
        return  # "the First World War": an event
    if tokens and modifies_title(tokens[-1]):
        return  # "Roads Policing Sergeant Jane Doe": the words before the rank are the title's
    if label == "PERSON" and tokens and _kind_of_body_before(tokens[0]):
        yield Candidate(5, "ORG", tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
        return  # "the charity Exampleline", "a company called Exampleco": a body's name
    if label == "PERSON":
        while tokens and is_title_token(tokens[0]):
            tokens.pop(0)
        bracket = next((k for k, t in enumerate(tokens) if t.text == ")"), None)
        if bracket is not None and "(" not in (t.text for t in tokens[:bracket]):
            # "Joseph (Joe) Vale": the model starts inside the brackets of a nickname
            opening = tokens[0].i - 2
            doc = ent.doc
            if bracket < len(tokens) - 1 and opening >= 0 and doc[opening + 1].text == "(" \
                    and doc[opening].is_alpha and doc[opening].is_title:
                tokens = [doc[opening], *tokens]
            else:
                tokens = tokens[bracket + 1:]
        if len(tokens) > 1 and tokens[0].is_sent_start and tokens[0].lower_ in _SENTENCE_OPENERS:
            tokens = tokens[1:]  # "Following Vale's arrest": the sentence's first word
        if len(tokens) > 1 and _opening_participle(tokens[0], tokens[-1]):
            tokens.pop(0)  # "Sentencing Jones, Judge Jo Vale said": who was sentenced
        cut = next((k for k, t in enumerate(tokens) if k and (
            any(ch.isdigit() for ch in t.text)
            or t.is_lower and t.is_alpha and t.lower_ not in NAME_PARTICLES
            and (tokens[k - 1].text not in ("-", "‐")  # not "Kim Jong-un"
                 or bool(tokens[k - 1].whitespace_)))), None)  # but "Jo Vale - died"
        if cut is not None:
            tokens = tokens[:cut]  # "George III 1817", "Force Lead for X": names hold neither
        while tokens and (tokens[-1].lower_ in HONOURS or tokens[-1].is_punct):
            tokens.pop()  # "Jo Vale QC", "Jo Vale - 16 months": what the cut leaves after it
        doc = ent.doc
        if len(tokens) == 1 and tokens[0].i >= 2 and doc[tokens[0].i - 1].lower_ in ("'s", "’s") \
                and is_title_token(doc[tokens[0].i - 2]):
            start = doc[tokens[0].i - 2].idx  # "Bishop's Exampleford": a town named so
            yield Candidate(5, "GPE", start, tokens[0].idx + len(tokens[0].text))
            return
        if len(tokens) == 1 and tokens[0].i >= 2 and doc[tokens[0].i - 1].lower_ in ("for", "of") \
                and (is_title_token(doc[tokens[0].i - 2])
                     or doc[tokens[0].i - 2].lower_ in ROLE_NOUNS):
            return  # "Policing Commander for Exampleton": the place an officer leads
        if len(tokens) == 3 and tokens[0].i >= 2 and doc[tokens[0].i - 1].lower_ in ("for", "of") \
                and is_title_token(doc[tokens[0].i - 2]) and all(
                    t.is_alpha and t.text[:1].isupper() for t in tokens):
            tokens = tokens[1:]  # "Inspector for Exampleton Jo Vale": the place, then the name
        while len(tokens) > 1 and (tokens[-1].lower_ in SPEECH_VERBS
                                   or tokens[-1].lower_ in PRONOUN_OPENERS):
            tokens.pop()  # "Jane Doe Said:", "ask for Jo Vale You can": the next clause's
        if tokens and post_or_site(tokens):
            return
        if tokens and len(tokens) > 1 and (tokens[0].lower_ in _VENUE_OPENERS
                                           or tokens[-1].lower_ in _SITE_HEADS):
            yield Candidate(5, "FAC", tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
            return  # "Cafe Example", "Exampleton Cemetery": a venue or a site, no one's name
        following = tokens[-1].i + 1 if tokens else 0
        if tokens and following + 1 < len(ent.doc) \
                and ent.doc[following].lower_ in ("'s", "’s") \
                and ent.doc[following + 1].lower_ in STREET_SUFFIXES | PLACE_HEADS:
            return  # "St Helen's Square": a place named after someone
    elif label == "ORG":
        for k, token in enumerate(tokens[1:], start=1):
            if is_title_token(token) and token.text[:1].isupper() and token.lower_ not in (
                    "police", "chief", "general", "special", "assistant", "deputy"):
                tokens = tokens[:k]
                break
            if k == len(tokens) - 1 and is_role_word(token):
                # "Museum of Exampleton CEO": the body, then a role; "Exampleton Casualty
                # Reduction Officers": people, not a body.
                tokens = [] if is_plural(token) else tokens[:k]
                break
        after = ent.doc[tokens[-1].i + 1] if tokens and tokens[-1].i + 1 < len(ent.doc) else None
        if after is not None and len(tokens) > 1 and tokens[-1].lower_ not in ORG_HEADS \
                and not text_is_upper(tokens) \
                and (is_title_token(after) or is_role_word(after)) and after.text[:1].isupper():
            return  # "the Police and Crime Commissioner": part of a title, not a body
        doc = ent.doc
        if tokens and tokens[-1].i + 3 < len(doc) and doc[tokens[-1].i + 1].lower_ in ("and", "&") \
                and doc[tokens[-1].i + 2].text[:1].isupper() \
                and (is_title_token(doc[tokens[-1].i + 3]) or is_role_word(doc[tokens[-1].i + 3])):
            return  # "Exampleshire Police and Crime Commissioner Jo Vale": a post's title
        if _described_as_a_person(tokens):
            yield Candidate(5, "PERSON", tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
            return  # "Maryam Kadiri, an Iranian journalist": a person, whatever the model said
    if not tokens:
        return
    if label == "PERSON":
        doc = ent.doc
        # "Haydn Bradley-Davies": the model stops at the hyphen.
        stop = extend_hyphenated(doc, tokens[-1].i)
        tokens = tokens + [doc[k] for k in range(tokens[-1].i + 1, stop + 1)]
        last = tokens[-1]
        if len(tokens) > 1 and len(last.text.rstrip(".")) == 1 and last.text[:1].isupper() \
                and last.i + 1 < len(doc) and last.whitespace_ \
                and _surname_after_initial(doc[last.i + 1]):
            tokens = tokens + [doc[last.i + 1]]  # "David A Vale": the model stops at the initial
    text = doc_text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)]
    lowered = text.lower()
    if lowered in NOT_ENTITIES or lowered.startswith(("operation ", "op ", "project ")) \
            or (tokens[0].i > 0 and ent.doc[tokens[0].i - 1].lower_ in ("operation", "op")):
        return
    if lowered in NOT_NAMES or not any(ch.isupper() for ch in text):
        return  # "navy", "Mum": common words, not names
    if label == "ORG" and (any(t.lower_ in NOT_ORG_WORDS for t in tokens)
                           or len(tokens) == 1 and lowered in ORG_HEADS - LONE_SERVICES
                           | {"state", "crown"}):
        return  # "Criminal Behaviour Order", a lone "Council"
    before = ent.doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    if label == "PERSON" and (lowered in ORG_HEADS or lowered in ("army", "navy")):
        return  # "Commander Army HQ": an institution's word is no one's name
    if label == "PERSON" and tokens[0].lower_ in PRONOUN_OPENERS:
        return  # "Stop It Now": a pronoun opens no one's name
    if label == "PERSON" and before is not None and before.lower_ == "the":
        return  # "the Birkenhead local policing team": a modifier, not a person
    if label == "PERSON" and _A_KIND_AGED.search(ent.doc.text, max(0, ent.start_char - 40),
                                                 tokens[0].idx):
        return  # "a two-year-old Springer Spaniel": an age after "a" describes a kind
    if label == "PERSON" and (tokens[0].lower_ in _ANIMALS or before is not None
                              and before.lower_ in _ANIMALS):
        return  # "the police mascot Bramble", "her dog Max": an animal's name, no person's
    next_token = ent.doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(ent.doc) else None
    if label == "PERSON" and next_token is not None and next_token.is_lower \
            and next_token.lower_ in _GROUP_NOUNS:
        return  # "our Safer Exampleton officers", "the Exampleton Watch team": a modifier
    if label == "PERSON" and all(t.lower_ in NOT_NAMES | {"great", "grand"} for t in tokens):
        return  # "Great Grandma": a relative, named by the kin word
    if label == "ORG" and before is not None and (before.like_num or before.lower_ in COUNTERS) \
            and is_plural(tokens[-1]):
        return  # "the four Welsh Police Forces": a kind of body counted, not one named
    first = tokens[0]
    if lowered not in PLATFORMS and not text.isupper() and tokens[-1].lower_ not in ORG_HEADS \
            and reads_as_place(ent.doc, first.i, tokens[-1].i):
        yield Candidate(5, "GPE", first.idx, tokens[-1].idx + len(tokens[-1].text))
        return
    if tokens[-1].lower_ in STREET_SUFFIXES and len(tokens) > 1:
        if label == "PERSON":
            return
        if label == "ORG" and tokens[-1].text[:1].isupper() and text_is_upper(tokens) is False:
            yield Candidate(5, "FAC", first.idx, tokens[-1].idx + len(tokens[-1].text))
            return  # "New College Close": a street named after a body
    doc = ent.doc
    last = tokens[-1]
    if lowered not in PLATFORMS and last.lower_ not in ORG_HEADS and last.i + 1 < len(doc) \
            and doc[last.i + 1].lower_ in VENUE_AFTER and doc[last.i + 1].is_lower:
        yield Candidate(5, "FAC", first.idx, last.idx + len(last.text))
        return  # "the Red Lion pub": a venue named as a place
    if lowered not in PLATFORMS and (
            first.lower_ in VEHICLE_MAKES
            or first.i > 0 and doc[first.i - 1].lower_ in PRODUCT_BEFORE | VEHICLE_MAKES
            or last.i + 1 < len(doc) and doc[last.i + 1].lower_ in PRODUCT_AFTER | _RECORDINGS):
        yield Candidate(5, "PRODUCT", first.idx, last.idx + len(last.text))
        return
    if lowered in PLATFORMS or tokens[-1].lower_ in ORG_HEADS \
            or len(tokens) > 1 and tokens[-1].text == "Watch":
        label = "ORG"  # "Neighbourhood Watch": a watch scheme's people are a body
    elif label == "PERSON" and (all(is_title_token(t) for t in tokens)
                                or len(tokens) > 1 and tokens[-1].lower_ in POST_NOUNS
                                and tokens[-1].text[:1].isupper()
                                or " " in text and text.split()[-1].lower() in POST_NOUNS
                                and text.split()[-1][:1].isupper()  # "Safety Co-ordinator"
                                or not any(ch.isalpha() for ch in text)
                                or text.isupper() and len(tokens) == 1):
        return
    if {t.lower_ for t in tokens} <= _OFFENCE_WORDS and tokens[-1].lower_ in _OFFENCES:
        return  # "causing Grievous Bodily Harm", "Joint Enterprise Murder": an offence
    if label == "PERSON" and tokens[-1].lower_ in ("magistrates", "magistrates'", "justices"):
        yield Candidate(5, "ORG", first.idx, last.idx + len(last.text))
        return  # "will appear at Exampleton Magistrates": the court
    if label == "PERSON" and len(tokens) > 1:
        if tokens[-1].text in ("Bill", "Act"):
            yield Candidate(5, "LAW", first.idx, last.idx + len(last.text))
            return  # "the Coronavirus Bill": a law
        if tokens[0].text in ("North", "South", "East", "West", "St", "St.") \
                and tokens[1].text[:1].isupper():
            yield Candidate(5, "GPE", first.idx, last.idx + len(last.text))
            return  # "North Yorkshire", "St Olaves": a compass point or a saint begins a place
        if all(len(t.text.rstrip(".")) == 1 or t.is_punct for t in tokens):
            return  # "R. I. P": initials alone name nobody
    if label == "ORG" and all(is_title_token(t) for t in tokens):
        return
    if label == "PERSON" and (_LOWER_AFTER_HYPHEN.search(text) or tokens[-1].lower_ in _THINGS
                              or tokens[-1].lower_.endswith("watch") and len(tokens) > 1
                              or len(tokens) > 1 and is_plural(tokens[-1])
                              and tokens[-1].lower_[:-1] in ORG_HEADS):
        return  # "Strict Covid-secure measures", "the Unit and Calorie Calculator", "Community
        # Speedwatch", "Safer Neighbourhood Teams": no one's names
    if label in ("ORG", "PERSON") and tokens[-1].lower_ in _PEOPLE_NOUNS and len(tokens) > 1 \
            and not any(t.lower_ in ("of", "for") for t in tokens):
        return  # "Registered Sexual and Violent Offenders", "Exampleton Young People": people;
        # but "Management of Violent Offenders" is what a unit does
    if len(tokens) > 3 and tokens[-2].lower_ == "the" and tokens[-3].lower_ == "of" \
            and tokens[-1].lower_ in ("year", "month", "week", "day", "season", "match"):
        return  # "Team of the Year": an award
    if label == "ORG" and len(tokens) == 1 and _PLURAL_ACRONYM.fullmatch(text):
        return  # "FPNs were issued": things counted by their initials, no body
    yield Candidate(5, label, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


#: Words that close the noun phrase a name ends: "the charity X in Westshire", "... and".
_NAME_PHRASE_ENDS = frozenset(
    "in on at for to of and or & with which who that from by".split())


#: Heads of an apposition that only a person can be: "X, a retired teacher".
_PERSONS_ONLY = frozenset("""
    man woman boy girl person journalist reporter writer author teacher nurse doctor lawyer
    solicitor barrister student pupil pensioner mother father son daughter wife husband
    brother sister grandmother grandfather professor lecturer economist scientist historian
    campaigner activist resident spokesman spokeswoman spokesperson actor actress singer
    """.split())


def _described_as_a_person(tokens: list[Token]) -> bool:
    """A name of two or three capitalised words followed by "a/an ... <person noun>"
    in apposition ("Maryam Kadiri, an Iranian journalist"): the model's ORG is a person."""
    if not 2 <= len(tokens) <= 3 or not all(t.is_alpha and t.is_title for t in tokens) \
            or any(t.lower_ in ORG_HEADS or t.lower_ in BODY_KINDS for t in tokens):
        return False
    last = tokens[-1]
    return any(c.dep_ == "appos" and c.lower_ in _PERSONS_ONLY and any(
        d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
        for c in last.children)


def _kind_of_body_before(first: Token) -> bool:
    """"the charity X", "a local firm, X," "a company called X": a kind of body, in
    lower case after an article, says what the name after it is."""
    doc = first.doc
    k = first.i - 1
    if k >= 0 and (doc[k].lower_ in ("called", "named") or doc[k].text == ","):
        k -= 1
    if k < 1 or not doc[k].is_lower or doc[k].lower_ not in BODY_KINDS:
        return False
    end = first.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if end < len(doc) and not doc[end].is_punct and doc[end].lower_ not in _NAME_PHRASE_ENDS:
        return False  # "the company Jo Vale founded": perhaps a clause's subject, not the body
    before = doc[k - 1]
    return before.lower_ in ("the", "a", "an") or k >= 2 and before.is_lower \
        and before.is_alpha and doc[k - 2].lower_ in ("the", "a", "an")


def _surname_after_initial(token: Token) -> bool:
    """A capitalised word after a middle initial that can end a name (not an honour)."""
    return is_name_like(token) and token.is_alpha and not token.is_upper \
        and token.lower_ not in HONOURS
