"""What the reader is sent to call or report to is a body: "contact X on 0800 ..."."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .candidates import Candidate
from .lexicon import NOT_ENTITIES, ORG_HEADS, TITLE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc


# "Contact Crimestoppers on 0800 ...", "report it to Exampleshire Police on 101", "or
# Exampleline anonymously on ...", "Exampleline confidentially and anonymously on ...",
# "Exampleline can be contacted on ...", "to Exampleline anonymously by calling ...",
# and in a list of helplines "Exampleline – 0800 ...":
# what the reader is sent to call is a body, whatever the model took it for.
_CONTACT_BEFORE = re.compile(
    r"\b(?P<name>[A-Z][\w'’&-]*(?:[ \t]+(?:of|and|&|for)?[ \t]*[A-Z][\w'’&-]*){0,5})"
    r"[*_]*(?:\s*,?\s*(?:(?:100%|100\s+per\s+cent|completely|totally)\s+)?"
    r"(?:anonymously|confidentially|in\s+confidence)(?:\s+and\s+(?:anonymously|confidentially))?"
    r"|\s+free(?:\s+of\s+charge)?"
    r"|\s+(?:can|could|may)\s+(?:also\s+)?be\s+(?:contacted|reached|called|rung)"
    r"|\s+(?:charity|helpline|service|line)){0,2}"
    r"\s*,?\s+[*_]*(?:on|at|via|(?:by\s+)?(?:calling|phoning|ringing|texting|dialling|dialing))[*_]*:?\s+[*_]*$"
    r"|(?m:^)[ \t*•·-]*(?P<listed>[A-Z][\w'’&-]*(?:[ \t]+(?:of|and|&|for)?[ \t]*[A-Z][\w'’&-]*)"
    r"{0,5})(?:['’]s)?(?:[ \t]+(?:free|freephone|24[- ]hour|national|confidential)){0,2}"
    r"(?:[ \t]+(?:helpline|line|advice[ \t]+line|support[ \t]+line))?[ \t]*[–—:-]?[ \t]*$"
)


# Words before a name that ask the reader to call: "Contact Exampleline on ...".
_CONTACT_VERBS = frozenset({"contact", "call", "ring", "phone", "text", "tell", "email",
                            "alternatively", "please", "or", "and", "report", "you"})


# Ways to reach someone, which head a contact line but name no body: "Text - 07...".
_CHANNELS = frozenset({"phone", "tel", "telephone", "text", "textphone", "minicom", "call",
                       "email", "fax", "mobile", "helpline", "number", "freephone", "sms",
                       "online", "website", "web", "office", "switchboard"})


# "report it to Exampleline", "reported to Exampleline online": what one reports to is a
# body, with or without a number after it.
_REPORT_TO = re.compile(
    r"\breport(?:ed|ing|s)?(?:[ \t]+[a-z]+){0,3}?[ \t]+(?:directly[ \t]+)?to[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[A-Z][\w'’&-]*(?:[ \t]+(?:of|and|&|for)?[ \t]*[A-Z][\w'’&-]*){0,4})")
# "pass information to Exampleline anonymously", "anonymously through Exampleline", "via the
# Exampleline website", "Exampleline can be contacted anonymously": one tells a body, not a
# person, in confidence, and a website or a line to contact is a body's.
_TO_ANONYMOUSLY = re.compile(
    r"\bto[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[A-Z][\w'’&-]*(?:[ \t]+(?:of|and|&|for)?[ \t]*[A-Z][\w'’&-]*){0,4})"
    r"[ \t]+(?:(?:100%|completely|totally)[ \t]+)?anonymously\b"
    r"|\banonymously,?[ \t]+(?:through|via|to|with|(?:online[ \t]+)?at)[ \t]+(?:the[ \t]+)?"
    r"(?P<name2>[A-Z][\w'’&-]*(?:[ \t]+(?:of|and|&|for)?[ \t]*[A-Z][\w'’&-]*){0,4})"
    r"|\b(?:through|via|on|visit)[ \t]+the[ \t]+"
    r"(?P<name3>[A-Z][\w'’&-]*(?:[ \t]+(?:of|and|&|for)?[ \t]*[A-Z][\w'’&-]*){0,4})"
    r"[ \t]+(?:website|web[ \t]+site|online[ \t]+form|helpline)\b"
    r"|(?:^|(?<=[.!?][ \t])|(?<=\n)|(?<=,[ \t])|(?<=\b[Aa]lternatively[ \t]))"
    r"(?P<name4>[A-Z][\w'’&-]*(?:[ \t]+(?:of|and|&|for)?[ \t]*[A-Z][\w'’&-]*){0,4})"
    r"[ \t]+(?:can|could|may)[ \t]+(?:also[ \t]+)?be[ \t]+(?:contacted|reached|called)"
    r"[ \t]+(?:anonymously|free|(?:24|twenty-four)[ \t]+hours)\b")


def bodies_reported_to(doc: Doc, text: str) -> Iterator[Candidate]:
    matches = itertools.chain(((m, False) for m in _REPORT_TO.finditer(text)),
                              ((m, True) for m in _TO_ANONYMOUSLY.finditer(text)))
    for match, in_confidence in matches:
        group = next((g for g in ("name", "name2", "name3", "name4")
                      if g in match.re.groupindex and match.group(g)), "name")
        start, end = match.span(group)
        words = text[start:end].split()
        if words[0].lower() in TITLE_WORDS or words[0].lower() in _CONTACT_VERBS \
                or text[start:end].lower() in NOT_ENTITIES or words[-1].endswith(("'s", "’s")):
            continue  # (and "reported it to Jo’s accountants": the owner of who was told)
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(t.ent_type_ in ("DATE", "TIME") for t in span) \
                or not in_confidence and (any(t.ent_type_ == "GPE" for t in span)
                                          or len(span) == 1 and span[0].ent_type_ == "PERSON"):
            continue  # "reported to Exampleton", "reported to Jo": a place, a person
        yield Candidate(4, "ORG", start, end)


# Non-geographic, freephone and short numbers are a service's, not a person's.
_SERVICE_NUMBER = re.compile(r"\+44(?:3|8|5[05])|\+44116|\d{3,6}$")


def _plainly_a_body(name: str) -> bool:
    """Initials ("GMP") or a name closed by a body's head noun ("Example Police")."""
    words = name.split()
    return words[-1].isupper() and len(words[-1]) >= 2 \
        or len(words) > 1 and words[-1].lower() in ORG_HEADS


#: A body's possessive opening a name: "Example Police's " in "Example Police's Unit".
_OWNER = re.compile(r"(?P<owner>[A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){0,3})['’]s[ \t]+(?=[A-Z])")


def bodies_to_contact(doc: Doc, text: str,
                      phones: list[tuple[int, str | None]]) -> Iterator[Candidate]:
    for start, value in phones:
        window_start = max(0, start - 100)
        match = _CONTACT_BEFORE.search(text, window_start, start)
        if match is None:
            continue
        group = "name" if match.group("name") else "listed"
        name_start, name_end = match.span(group)
        while True:  # "Contact Exampleline": the verb is no part of the name
            word = re.match(r"[\w'’&-]+[ \t]+", text[name_start:name_end])
            if word is None or word.group().strip().lower() not in _CONTACT_VERBS:
                break
            name_start += word.end()
        name = text[name_start:name_end]
        words = name.split()
        before = text[max(0, name_start - 12):name_start].split()
        if before and (before[-1].lstrip("#").isdigit() or before[-1].lower() in TITLE_WORDS):
            continue  # "contact officer 1234 Smith on 101": an officer
        if before and before[-1] in ("in", "at", "near") and len(words) < 3 \
                and not any(w.lower() in ORG_HEADS for w in words):
            continue  # "contact them in Exampleton on 101": where they are, not who
        if words[0].lower() in TITLE_WORDS or name.lower() in NOT_ENTITIES \
                or words[-1].lower() in _CHANNELS or words[0].lower() in _CONTACT_VERBS:
            continue  # "call DC Smith on ...": a person; "Phone: 01...": a channel
        span = doc.char_span(name_start, name_end, alignment_mode="expand")
        if len(words) > 1 and span is not None and all(t.ent_type_ == "PERSON" for t in span) \
                and not any(w.lower() in ORG_HEADS for w in words) \
                and not (value and _SERVICE_NUMBER.match(value)):
            continue  # "contact Jane Smith on ...": a named person; "on 0300 ..." is a service's
        if span is not None and any(t.ent_type_ in ("DATE", "TIME") for t in span):
            continue  # "Monday on 101"
        owner = _OWNER.match(text, name_start, name_end)
        if owner is not None and owner.end() < name_end and _plainly_a_body(owner.group("owner")):
            # "call Example Police's Collision Unit on ...": the unit, and its body
            yield Candidate(4, "ORG", name_start, owner.end("owner"))
            name_start = owner.end()
        yield Candidate(4, "ORG", name_start, name_end)
