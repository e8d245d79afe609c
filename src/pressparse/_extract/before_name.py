"""A title written before a name, and a body or post standing before the title.

"Roads Policing Sergeant Jane Doe", "Police and Crime Commissioner for
Exampleshire Jane Doe", "His Honour Judge Jane Doe"; an organisation may stand
first ("Example Police's DI Jane Doe", "Example Police Superintendent Jane
Doe"), a place the officer serves is no part of the rank ("Northtown Chief
Inspector") and a post before a rank is the role ("Hate Crime Officer PC").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import Entity
from .affiliation import organization_in
from .lexicon import (
    LOCATIVE_PREPOSITIONS,
    ORG_HEADS,
    POLICE_RANK_ENDS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_ABBREVIATIONS,
    TITLE_EXPANSIONS,
    TITLE_WORDS,
)
from .role_common import (
    COURTESY,
    PORTFOLIO_HEADS,
    TENURE,
    OrgNames,
    between,
    bracketed_initials,
    initials_of_a_body,
    office_comma,
    resolve,
    title_part,
    title_word,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def title_before(doc: Doc, first: int, org_at: dict[int, tuple[Entity, str]],
                 names: OrgNames | None = None
                  ) -> tuple[str | None, str | None, str | None]:
    """The title written before the name, an organisation standing before it, and a
    post written before the rank (the role)."""
    k = first
    while k > 0 and "\n" not in doc[k - 1].whitespace_ and not _another_name(doc, k - 1) and (
            title_part(doc[k - 1]) or _abbreviation_point(doc, k - 1) or office_comma(doc[k - 1])
            or doc[k - 1].text in ("-", "‐", "/")
            and not doc[k - 1].whitespace_
            and k > 1 and not doc[k - 2].whitespace_ and doc[k - 2].text[:1].isupper()):
        k -= 1  # "Dyfed-Powys Police Chief Inspector", "T/DCI": marks inside a name or rank
    # A rank may follow a capitalised unit or office: "Roads Policing Sergeant",
    # "Commissioner for Exampleshire and Westshire".
    while k < first and not title_word(doc[k]):
        if doc[k].lower_ in ("for", "of", "and", "the", "&"):
            k += 1
            continue
        if doc[k].ent_type_ in ("DATE", "TIME", "CARDINAL") or doc[k].is_sent_start \
                and not _leads_title(doc, k, first) and not title_part(doc[k]):
            k += 1
            continue
        break
    while k < first and doc[k].lower_ in ("for", "of", "and", "the", "&"):
        k += 1
    if k == first or not any(title_word(doc[j]) for j in range(k, first)):
        if first > 1 and doc[first - 1].text == "," and k == first:
            return _title_opening_sentence(doc, first - 1, org_at, names)
        if k == first:
            lower_case = _lower_case_rank(doc, first)
            if lower_case is not None:
                return lower_case, None, None
            held = _post_in_lower_case(doc, first, org_at)
            if held is not None:
                return None, held[0], held[1]
        return None, _owner_before(doc, first, org_at), _force_post_before(doc, first)
    organization = None
    # "Example Police's DI Jane Doe" / "Example Police Superintendent Jane Doe"
    start = k
    for j in range(k, first):
        if doc[j].idx in org_at and doc[j].lower_ not in _ROYAL:
            entity, name = org_at[doc[j].idx]
            end = _past_body(doc, j, entity, first)
            if j == k and end < first and doc[end].lower_ not in ("and", "&") \
                    and not office_comma(doc[end]):
                # not "Example Police and Crime Commissioner": one title
                organization, start = name, end
            break
    if organization is None and start + 1 < first and initials_of_a_body(doc[start]):
        organization, start = doc[start].text, start + 1  # "IAWP Programme Chair Jo Vale"
    if organization is None and names:
        # "Westshire Highways Safety Officer Jo Vale": a body the document names
        # elsewhere, untagged here, before the title
        for end in range(first - 1, start + 1, -1):
            if title_word(doc[end - 1]) or doc[end - 1].is_punct \
                    or doc[end - 1].lower_ in ("and", "&", "of", "for") \
                    or doc[end].lower_ in ("and", "&", "of", "for", ","):
                continue  # not "Westshire Police and Crime Commissioner": one title
            named = resolve(doc[start:end].text, names)
            if named is not None and any(title_word(t) for t in doc[end:first]):
                organization, start = named, end
                break
    # (a title's own initials in brackets are no part of it: "Commissioner (PCC)")
    words = [t for t in doc[start:first] if t.lower_ not in COURTESY and not bracketed_initials(t)]
    while words and words[0].lower_ in ("for", "of", "and", "the", "&", "'s", "’s"):
        words.pop(0)
    owner = owner_not_a_place(words) if organization is None else None
    words = without_place(words)
    while len(words) > 1 and words[0].lower_ in TENURE:
        words.pop(0)  # "New Detective Inspector Jo Vale": when the post began is no part of it
    areas = [m for m, t in enumerate(words) if m and t.lower_ in ("for", "of")]
    # "Director of Safety for the Westshire Horse Society", "Chair of the Westshire
    # Association of Muslim Police": the first "for" or "of" after which the words
    # name a body; else the first says whose office or area it is
    area = next((m for m in areas if m + 1 < len(words)
                 and words[-1].lower_ in ORG_HEADS and all(
                     t.text[:1].isupper() or t.lower_ in ("and", "&", "of", "the")
                     for t in words[m + 1:])),
                areas[0] if areas else None)
    if area is not None and area + 1 < len(words) and words[area + 1].lower_ == "the" \
            and area + 2 < len(words):
        words = [*words[:area + 1], *words[area + 2:]]  # "for The Westshire Horse Society"
    if area is not None and area + 1 < len(words) and all(
            t.text[:1].isupper() or t.lower_ in ("and", "&")
            or t.lower_ == "of" and words[-1].lower_ in ORG_HEADS for t in words[area + 1:]):
        if area + 2 == len(words) and words[-1].lower_ in ORG_HEADS:
            pass  # "HM Inspector of Constabulary": a lone head noun names no body or area
        elif area == 1 and words[0].lower_ in PORTFOLIO_HEADS and (
                organization or owner or words[-1].lower_ not in ORG_HEADS) \
                and words[-1].lower_ not in POLICE_RANK_ENDS and not _rank_after_post(words):
            # "Head of Major Crime", "Exampleco's Head of Customer Services": a portfolio
            # or a department of the body that owns the post, so the post is a role
            named = (resolve(owner, names) if owner and names else None) or owner
            return None, organization or named, between(doc, words[0], words[-1])
        elif words[-1].lower_ in ORG_HEADS and organization is None:
            # "Chief Constable of Westshire Police", "Chair of Westshire Resilience
            # Forum": the office, then the body
            organization = between(doc, words[area + 1], words[-1])
            words = words[:area]
        elif words[area - 1].lower_ in POLICE_RANK_ENDS and not (
                area > 1 and words[area - 2].lower_ == "chief"
                and words[area - 1].lower_ == "constable"):
            words = words[:area]  # "Inspector for Northtown": the area a rank serves
    if len(words) > 1 and words[-1].lower_ in PEERAGES:
        words.pop()  # "Commissioner Lord Jo Vale": the form of address is no part of the office
    if words and words[-1].lower_ in ("and", "&"):
        return None, None, None  # "PC Jo Vale and Kim Roe": the words before "and" are another's
    if not words:
        return None, organization, None
    role = None
    rank = _rank_after_post(words)
    if rank:
        role = between(doc, words[0], words[rank - 1])
        words = words[rank:]
    if organization is None and role is None and k > 1 and doc[k - 1].text == ",":
        owned = _post_of_a_body(doc, k - 1, org_at) or _post_for_a_body(doc, k - 1, org_at)
        if owned is not None:
            organization, role = owned
        elif _body_alone_before(doc, k - 1, org_at):
            # "Westshire Fire Service, Crew Manager, Jo Vale said": the body, then the post
            organization = org_at[doc[_sentence_opening(doc, k - 1)].idx][1]
        elif _opening_post(doc, k - 1):
            # "Senior Investigating Officer, DCI Jo Vale, said": the post, then the rank
            role = between(doc, doc[doc[k - 2].sent.start], doc[k - 2])
    # (the words may skip some: "Deputy [Westshire] Police and Crime Commissioner")
    text = "".join(t.text_with_ws for t in words).strip()
    return text, organization, role


#: Police ranks of two words or more, which stay ranks written in lower case.
_RANK_PHRASES = frozenset(
    phrase for phrase in TITLE_EXPANSIONS.values()
    if " " in phrase and phrase.rsplit(" ", 1)[1] in POLICE_RANK_ENDS | {"officer"}
    and phrase != "senior investigating officer")


def _lower_case_rank(doc: Doc, first: int) -> str | None:
    """"police community support officer Jo Vale", "special constable Jo Vale": a
    rank of several words written in lower case before a name is still its title."""
    for size in (4, 3, 2):
        if first - size < 0:
            continue
        words = doc[first - size:first]
        if all(t.is_alpha and "\n" not in t.whitespace_ and (t.is_lower or m == 0)
               for m, t in enumerate(words)) \
                and " ".join(t.lower_ for t in words) in _RANK_PHRASES:
            return words.text
    return None


def _post_in_lower_case(doc: Doc, first: int, org_at: dict[int, tuple[Entity, str]]
                        ) -> tuple[str, str] | None:
    """"Northtown City Council leader Jo Vale", "WYP call handler Jo Vale": a body,
    then a post it holds written in lower case, right before the name."""
    last = first - 1
    if last < 1 or not doc[last].is_lower or doc[last].lower_ not in ROLE_NOUNS:
        return None
    k = last
    while k > 1 and last - k < 2 and doc[k - 1].is_lower and doc[k - 1].is_alpha \
            and not doc[k - 1].is_stop and doc[k - 1].lower_ not in SPEECH_VERBS:
        k -= 1  # "call handler", "senior press officer"
    owner = _body_ending_at(org_at, doc[k - 1])
    if owner is None or "\n" in doc[k - 1].whitespace_:
        return None
    return owner, between(doc, doc[k], doc[last])


def _opening_post(doc: Doc, comma: int) -> bool:
    """A capitalised post, alone from the start of the sentence to the comma."""
    words = doc[doc[comma - 1].sent.start:comma]
    return 0 < len(words) <= 6 and words[0].text[:1].isupper() \
        and all(title_part(t) for t in words) and title_word(words[-1]) \
        and not any(t.ent_type_ in ("ORG", "PERSON", "GPE") for t in words)


def _past_body(doc: Doc, k: int, entity: Entity, limit: int) -> int:
    """The token after the body named from token ``k`` and its "'s", before ``limit``."""
    while k < limit and doc[k].idx < entity.end:
        k += 1
    if k + 2 < limit and bracketed_initials(doc[k]):
        k += 3  # "Westshire Abuse Services (WAS) Director": the body's initials
    if k < limit and doc[k].lower_ in ("'s", "’s"):
        k += 1
    return k


def _post_of_a_body(doc: Doc, comma: int, org_at: dict[int, tuple[Entity, str]]
                    ) -> tuple[str, str] | None:
    """"Westshire Council's lead for Roads, Commander Jo Vale said": a body and the
    post the titled person holds in it, opening the sentence before a comma."""
    start = _sentence_opening(doc, comma)
    if start >= comma or doc[start].idx not in org_at:
        return None
    entity, name = org_at[doc[start].idx]
    k = _past_body(doc, start, entity, comma)
    if k >= comma or comma - k > 8 or not (doc[k].lower_ in ("lead", "head", "leader", "chair")
                                           or title_word(doc[k])):
        return None
    if any(t.text in (".", "!", "?", ":", ";", "\"", "“", "”") for t in doc[k:comma]):
        return None
    return name, between(doc, doc[k], doc[comma - 1])


def _sentence_opening(doc: Doc, comma: int) -> int:
    """The first word of the sentence ending at ``comma``, markup and "the" left out."""
    start = doc[comma - 1].sent.start
    while start < comma and (not doc[start].text.strip("*#_>") or doc[start].lower_ == "the"):
        start += 1
    return start


def _body_alone_before(doc: Doc, comma: int, org_at: dict[int, tuple[Entity, str]]) -> bool:
    """A body's name and nothing else from the start of the sentence to ``comma``."""
    start = _sentence_opening(doc, comma)
    return start < comma and doc[start].idx in org_at \
        and _past_body(doc, start, org_at[doc[start].idx][0], comma) == comma


def _post_for_a_body(doc: Doc, comma: int, org_at: dict[int, tuple[Entity, str]]
                     ) -> tuple[str, str] | None:
    """"Deputy Commander for the Northtown Neighbourhood Policing team, Sergeant Jo
    Vale, said": a post and the body it is held in, opening the sentence before a
    comma; the body is the organisation, the post the role."""
    start = doc[comma - 1].sent.start
    while start < comma and not doc[start].text.strip("*#_>"):
        start += 1  # markup left out
    if start >= comma or not title_word(doc[start]):
        return None
    joint = next((j for j in range(start + 1, comma) if doc[j].lower_ in ("for", "of")), None)
    if joint is None or joint - start > 4 or not all(title_part(t) for t in doc[start:joint]):
        return None
    found = organization_in(doc, joint + 1, org_at, {}, plain_body_only=True)
    if found is None or found[1] != comma - 1:
        return None
    return found[0], between(doc, doc[start], doc[joint - 1])


#: "Her Majesty's" and "His Royal Highness" opening an office: "HM Inspector of Constabulary".
_ROYAL = frozenset({"hm", "hrh"})


def _force_post_before(doc: Doc, first: int) -> str | None:
    """"with force driver trainer Jo Vale", "said police officer Jo Vale": a post in
    lower case after "force" or "police", the force's own, before the name."""
    last = doc[first - 1].lower_ if first else ""
    if not (last in ROLE_NOUNS or last.endswith(("er", "or", "ist", "ian", "ant"))):
        return None  # a post ends in a person's noun: not "in police interview Jo Vale"
    k = first
    while k > 0 and first - k < 4 and doc[k - 1].is_lower and doc[k - 1].is_alpha:
        k -= 1
        if doc[k].lower_ in ("force", "police") and k + 1 < first:
            return between(doc, doc[k], doc[first - 1])
    return None


def _abbreviation_point(doc: Doc, k: int) -> bool:
    """The point of a shortened rank split off by the tokenizer: "Acting Insp. Jo Vale"."""
    return doc[k].text == "." and k > 0 and not doc[k - 1].whitespace_ and not doc[k - 1].is_upper \
        and (doc[k - 1].lower_ in TITLE_ABBREVIATIONS
             or len(doc[k - 1].text) <= 4 and doc[k - 1].lower_ in TITLE_WORDS)  # "Lt.", "Gov."


#: Forms of address of peers and knights: "Lord", "Lady", "Sir".
PEERAGES = frozenset({"lord", "lady", "baroness", "baron", "sir", "dame"})
#: Words of a police rank ("Temporary Detective Chief Inspector", "PC") and its heads.
_RANK_WORDS = frozenset(
    "police detective det chief temporary acting special woman assistant deputy constable "
    "sergeant inspector superintendent pc pcso wpc dc ds di dci dsi dsupt supt insp sgt ci ch "
    "con ps sc t/di t/dci t/ds t/supt t/ch a/di a/ds a/supt".split())


#: Titles a person holds whatever their post: "Cllr", "Dr", "Professor".
_PERSONAL_TITLES = frozenset({"cllr", "councillor", "dr", "doctor", "prof", "professor", "sir",
                              "dame", "rev", "revd", "reverend"})


def _rank_after_post(words: list[Token]) -> int:
    """Where a police rank starts after a post: "Hate Crime Officer PC Jo Vale",
    "Area Commander Chief Inspector Jo Vale". The rank next to the name is the
    title and the post before it the role. 0 when the words are one title
    ("Police Community Support Officer", "Roads Policing Sergeant")."""
    if words[-1].lower_.rstrip(".") in _PERSONAL_TITLES and len(words) > 2 and any(
            t.lower_ in ("for", "of") or t.lower_ in ROLE_NOUNS for t in words[:-1]):
        return len(words) - 1  # "Portfolio Holder for Neighbourhoods Cllr Jo Vale"
    if words[-1].lower_ not in POLICE_RANK_ENDS:
        return 0
    k = len(words)
    while k > 0 and words[k - 1].lower_ in _RANK_WORDS:
        k -= 1
    if k == 0 or words[k - 1].lower_ not in ROLE_NOUNS or words[k - 1].lower_ in _RANK_WORDS:
        return 0
    return k




def _owner_before(doc: Doc, first: int, org_at: dict[int, tuple[Entity, str]]) -> str | None:
    """"Westshire Air Service's Jo Vale": the body whose possessive stands right
    before the name."""
    if first < 2 or doc[first - 1].lower_ not in ("'s", "’s"):
        return None
    return _body_ending_at(org_at, doc[first - 2])


def _body_ending_at(org_at: dict[int, tuple[Entity, str]], token: Token) -> str | None:
    """The name of the body whose mention ends with ``token``, if one does."""
    end = token.idx + len(token.text)
    return next((name for e, name in org_at.values() if e.end == end), None)


def _another_name(doc: Doc, k: int) -> bool:
    """"PC Jane Doe and PC John Roe": the title of the second ends at "and" before
    its rank, and never holds the first person."""
    token = doc[k]
    return token.lower_ in ("and", "&") and k + 1 < len(doc) and title_word(doc[k + 1]) \
        and k > 0 and not title_word(doc[k - 1]) and doc[k - 1].lower_ != "police"


def without_place(words: list[Token]) -> list[Token]:
    """"Eastbury's PC", "Northtown PCSO": a place (or any owner with "'s") before a
    rank says where the officer works, and is no part of the rank."""
    owner = max((m for m, t in enumerate(words) if t.lower_ in ("'s", "’s")), default=None)
    if owner is not None and owner + 1 < len(words):
        words = words[owner + 1:]  # "Westshire's Police and Crime Commissioner"
    rank = next((m for m, t in enumerate(words) if t.lower_.rstrip(".") in TITLE_ABBREVIATIONS
                 and t.lower_ not in COURTESY), None)
    placed = [m for m, t in enumerate(words[:rank or 0])
              if t.ent_type_ in ("GPE", "LOC", "FAC") or t.lower_ in ("'s", "’s")
              or t.lower_ in _place_words(t.doc)]
    if rank and placed:
        # "Northtown PCSO", and a word before the place: "Brave Northtown PCSO"; what
        # stands between the place and the rank qualifies the rank ("Northtown
        # Licensing and Neighbourhood PCSO")
        after = placed[-1] + 1
        while after < rank and (words[after].lower_ in ("and", "&", "'s", "’s")
                                or words[after].lower_ in _COMPASS
                                or words[after].ent_type_ in ("GPE", "LOC", "FAC")):
            after += 1
        return words[after:]
    office = _commissioners_office(words)
    if office:
        return words[office:]  # "Westshire Police and Crime Commissioner": the area's office
    compound = _compound_rank(words)
    if compound:
        return words[compound:]  # "Eastbury Detective Inspector": the place, then the rank
    words = _deputys_area(words)
    if words and words[-1].lower_ in POLICE_RANK_ENDS and not (
            len(words) > 1 and words[-2].lower_ == "chief" and words[-1].lower_ == "constable"):
        # "Northtown Chief Inspector", "North Westshire Neighbourhood Sergeant": the
        # area an officer serves, a word the document uses as a place elsewhere. A
        # force's chief officers hold an office of the area, as its commissioner does:
        # "Westshire Deputy Chief Constable" keeps it.
        places = _place_words(words[0].doc)
        k = 0
        if len(words) > 2 and words[0].lower_ in ("st", "st.") and words[1].text[:1].isupper():
            places = places | {words[0].lower_, words[1].lower_}  # "St Exampleton": a saint's town
        while k < len(words) - 1 and (words[k].lower_ in places or words[k].lower_ in _COMPASS
                                      and k + 1 < len(words) - 1
                                      and words[k + 1].lower_ in places
                                      or k and words[k].lower_ in ("and", "&")
                                      and words[k + 1].lower_ in places):
            k += 1
        if k and words[k].lower_ not in ("and", "&"):
            return words[k:]
    return words


def _compound_rank(words: list[Token]) -> int:
    """Where a rank of two or more words opening with "Detective" or "Chief" begins
    after capitalised words that hold no title word: "Eastbury Detective Inspector",
    "North Westshire Chief Inspector" (0 when none does).

    A unit or speciality qualifies a plain rank ("Roads Policing Sergeant"), not one
    that is already compound, so the words before such a rank say where the officer
    works. A force's chief officers keep the area, as elsewhere ("Westshire Chief
    Constable").
    """
    start = next((m for m, t in enumerate(words) if t.lower_ in ("detective", "det", "chief")),
                 None)
    if not start or len(words) - start < 2 or words[-1].lower_ not in POLICE_RANK_ENDS \
            or words[-1].lower_ == "constable" and words[-2].lower_ == "chief" \
            or not all(title_word(t) for t in words[start:]):
        return 0
    if all(t.lower_ in ("and", "&") or t.text[:1].isupper() and t.is_alpha
           and not title_word(t) for t in words[:start]):
        return start
    return 0


def owner_not_a_place(words: list[Token]) -> str | None:
    """"Exampletravel's Director of X": the owner written with "'s" before a post,
    when it is no place (a place's post is the post alone: "Westshire's PCC")."""
    owner = next((m for m, t in enumerate(words) if t.lower_ in ("'s", "’s")), None)
    if not owner or owner + 1 >= len(words):
        return None
    names = words[:owner]
    doc = words[0].doc
    places = _place_words(doc)
    if any(t.ent_type_ in ("GPE", "LOC", "FAC", "NORP", "PERSON") or t.lower_ in places
           or t.lower_ in _COMPASS or not t.text[:1].isupper() for t in names):
        return None
    owner_text = doc[names[0].i:names[-1].i + 1].text
    if any(ent.text.startswith(owner_text + " ") for ent in doc.ents if ent.label_ == "ORG"):
        return None  # "Westshire's" beside "Westshire Police": the place bodies are named for
    return owner_text


def _commissioners_office(words: list[Token]) -> int:
    """Where "Police and Crime Commissioner" (or "PCC") begins after the area it is
    elected for: "Avon and Northshire Police, Fire and Crime Commissioner". The area
    is no part of the title, as a place before a rank is not; 0 when none stands."""
    if len(words) < 2 or not (words[-1].lower_ == "pcc" or words[-1].lower_ == "commissioner"
                              and words[-2].lower_ == "crime"):
        return 0
    start = len(words) - 1
    if words[-1].lower_ != "pcc":
        start = next((m for m in range(len(words) - 2, -1, -1) if words[m].lower_ == "police"),
                     0)
    if start and all(t.text[:1].isupper() and not title_word(t) or t.lower_ in ("and", "&")
                     for t in words[:start]):
        return start
    return 0


def _deputys_area(words: list[Token]) -> list[Token]:
    """"Deputy Westshire Police and Crime Commissioner": the deputy's office without
    the area written inside it."""
    lead = 0
    while lead < len(words) and title_word(words[lead]):
        lead += 1
    if not lead or lead >= len(words) - 1:
        return words
    office = _commissioners_office(words[lead:])
    return words[:lead] + words[lead + office:] if office else words


_COMPASS = frozenset({"north", "south", "east", "west", "mid", "central", "greater", "upper",
                      "lower", "three"})
_PLACES_KEY = "pressparse.roles.places"


def _place_words(doc: Doc) -> frozenset[str]:
    """Words the document uses as places: inside a place the model named, or a
    capitalised word right after "in", "at", "near" and the like."""
    cached = doc.user_data.get(_PLACES_KEY)
    if cached is None:
        found = {t.lower_ for ent in doc.ents if ent.label_ in ("GPE", "LOC")
                 for t in ent if t.is_alpha and t.text[:1].isupper()}
        for k in range(len(doc) - 1):
            if doc[k].lower_ in LOCATIVE_PREPOSITIONS:
                j = k + 1
                while j < len(doc) and j - k <= 3 and doc[j].is_alpha \
                        and doc[j].text[:1].isupper() and doc[j].ent_type_ in ("", "GPE", "LOC"):
                    found.add(doc[j].lower_)
                    j += 1
        upper = {t.lower_ for t in doc if t.is_upper}  # initials name bodies: "RSPCA"
        cached = doc.user_data[_PLACES_KEY] = frozenset(found - TITLE_WORDS - ORG_HEADS - upper)
    return cached


#: Words after which a title may stand inside a sentence: "a talk with Chief Constable, Jo Vale".
_BEFORE_A_TITLE = frozenset({"with", "by", "from", "to", "and"})


def _title_opening_sentence(doc: Doc, comma: int, org_at: dict[int, tuple[Entity, str]],
                            names: OrgNames | None
                            ) -> tuple[str | None, str | None, str | None]:
    """"Borough Commander for Northtown, Jane Doe said": a title opening the sentence."""
    start = comma - 1
    sent_start = doc[comma - 1].sent.start
    while start > sent_start and "\n" not in doc[start - 1].whitespace_ \
            and "\n" not in doc[start - 1].text:
        start -= 1  # a paragraph begins a sentence, even after one left unfinished
    run = comma
    while run > start and (title_part(doc[run - 1]) or not doc[run - 1].text.strip("*#_>")):
        run -= 1
    if run > start and run < comma and doc[run].text[:1].isupper() \
            and (doc[run - 1].text == "," or doc[run - 1].lower_ in _BEFORE_A_TITLE):
        # "Commenting on the awards, Westshire Police's Chief Constable, Jo Vale, said",
        # "a talk with Chief Constable, Jo Vale": the title's words after the sentence opens
        start = run
    phrase = [t for t in doc[start:comma] if t.text.strip("*#_>")]  # markup left out
    area = next((m for m, t in enumerate(phrase) if m and t.lower_ in ("covering", "serving")),
                None)
    if area is not None and area + 1 < len(phrase) and all(
            t.text[:1].isupper() or t.lower_ in ("and", "&") for t in phrase[area + 1:]):
        # "Neighbourhood Inspector covering Northtown, Jane Doe said": the area the
        # post serves is no part of the title
        comma, phrase = phrase[area].i, phrase[:area]
    if not phrase or len(phrase) > 10 or not phrase[0].text[:1].isupper() \
            or not any(title_word(t) for t in phrase) \
            or not all(title_part(t) or t.lower_ in TENURE for t in phrase):
        return None, None, None  # ("The new Chief Constable, Jo Vale, said" is one)
    return title_before(doc, comma, org_at, names)


def _leads_title(doc: Doc, k: int, first: int) -> bool:
    """A capitalised first word of a sentence that belongs to the title after it."""
    # The tagger is not run, so the part of speech is read from the words themselves.
    return not doc[k].is_stop and doc[k].ent_type_ not in ("DATE", "TIME", "GPE") \
        and k + 1 < first

