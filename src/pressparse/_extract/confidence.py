"""How far an attribution can be trusted: a number from the evidence it rests on.

The number is looked up, not computed. An attribution is described by seven
signals (:func:`signals`): the genre of the document (a publisher's own
release, or news: a document whose publisher is known is a release), the kind
of quote, what speaks (a person named with a title or role, another person, an
organisation, something described, nobody), where the attribution was found
(``evidence``), how the speaker is named (a name, a pronoun, a title, a
description), whether the speaker's mention is in the quotation's own
paragraph, and what the cue is (a plain verb of saying, a participle, another
verb, a mark or nothing). Each prefix of them from the first four on (the base
cell) is a cell of :data:`TABLE`, and a quote takes the value of its finest
cell in the table: a rare combination falls back to the cell it refines, so a
value never rests on a handful of quotes.

A value is a cautious rate: a lower bound (Wilson, one-sided 90%) of the share
of development quotes in the cell whose content and speaker were right, so of
quotes at 0.9, at least nine in ten are attributed right. News cells are
estimated from PolNeAR train and dev; release cells from police_bulk dev, each
pooled with the news rate of the same cell as twenty quotes' worth of prior
evidence, since releases are few. A cell reaches the trusted level
(:data:`TRUSTED`) only when its estimated rate is at least 0.96, so trusted
quotes are right far more often than 8 in 10, and a release cell needs at
least five release quotes to get there (a kind of evidence releases have not
shown does not borrow the news rate). ``benchmarks/calibrate.py`` writes the
table (its docstring has the commands); ``docs/reported.md`` has the
reliability table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._confidence_table import FLOOR, TABLE

if TYPE_CHECKING:
    from ..models import Speaker

__all__ = ["BASE", "FLOOR", "TABLE", "TRUSTED", "cells", "confidence", "cue_class", "genre",
           "lookup", "signals"]

#: The level users filter on ("trusted" quotes); docs/reported.md gives the share
#: of quotes at or above it and how often they are right.
TRUSTED = 0.8

#: The coarsest cell with a value of its own: (genre, kind, who speaks,
#: evidence). A coarser one would be mostly its commonest evidence, so a rare
#: evidence would borrow the rate of another; and genres never share a cell.
BASE = 4

#: Plain verbs of saying, in their finite forms: a quotation or clause cued by
#: one of them is attributed right far more often than one cued by a verb of
#: naming ("called it"), thinking ("believes") or a participle ("..., saying").
_PLAIN = frozenset(
    """
    say says said tell tells told add adds added write writes wrote tweet tweets tweeted
    explain explains explained note notes noted continue continues continued reply replies
    replied respond responds responded recall recalls recalled argue argues argued insist
    insists insisted acknowledge acknowledges acknowledged claim claims claimed confirm
    confirms confirmed state states stated comment comments commented warn warns warned
    stress stresses stressed emphasise emphasises emphasised emphasize emphasizes emphasized
    admit admits admitted declare declares declared
    """.split()
)
_PARTICIPLES = frozenset(
    """
    saying telling adding writing tweeting explaining noting continuing replying responding
    recalling arguing insisting acknowledging claiming confirming stating commenting warning
    stressing emphasising emphasizing admitting declaring
    """.split()
)


def cue_class(cue: str | None) -> str:
    """"plain", "participle", "verb" (any other word), "mark" (":" or a dash) or "none"."""
    if not cue or not cue.strip():
        return "none"
    word = cue.split()[-1].lower()  # "went on to say": the verb that says
    if not word.isalpha():
        return "mark"
    if word in _PLAIN:
        return "plain"
    return "participle" if word in _PARTICIPLES else "verb"


def _who(speaker: Speaker | None) -> str:
    """"titled" (a person with a title or role), "person", "organization", "described"
    (a description, document or place) or "none".

    A person introduced with a rank or post ("Detective Inspector Jane Doe",
    "Jane Doe, a spokeswoman for ...") is the speaker a writer sets up on
    purpose, and is attributed right more often than a bare name.
    """
    if speaker is None:
        return "none"
    if speaker.kind == "person":
        return "titled" if speaker.title or speaker.role else "person"
    return "organization" if speaker.kind == "organization" else "described"


def genre(release: bool) -> str:
    """"release" (a document whose publisher is known: its own press release) or "news"."""
    return "release" if release else "news"


def signals(kind: str, evidence: str, resolution: str | None, *, cue: str | None = None,
            speaker: Speaker | None = None, far: bool = False,
            release: bool = False) -> tuple[str, ...]:
    """The signals of one attribution, coarsest first (each prefix is a cell).

    ``far`` says the speaker's mention is in another paragraph than the quotation;
    ``release`` that the document is its publisher's own release.
    """
    return (genre(release), kind, _who(speaker), evidence, resolution or "none",
            "far" if far else "near", cue_class(cue))


def cells(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The cells a quote falls in, finest first: its signals' prefixes down to the base cell."""
    return [key[:n] for n in range(len(key), BASE - 1, -1)]


def confidence(kind: str, evidence: str, resolution: str | None, *, cue: str | None = None,
               speaker: Speaker | None = None, far: bool = False,
               release: bool = False) -> float:
    """The confidence of one attribution, in [0, 1]: its finest cell in :data:`TABLE`."""
    return lookup(signals(kind, evidence, resolution, cue=cue, speaker=speaker, far=far,
                          release=release))


def lookup(key: tuple[str, ...]) -> float:
    """The value of the finest cell of ``key`` in :data:`TABLE`; :data:`FLOOR` if none."""
    for cell in cells(key):
        value = TABLE.get(cell)
        if value is not None:
            return value
    return FLOOR
