"""How far an attribution can be trusted: a number from the evidence it rests on.

The number is looked up, not computed: each cell of :data:`TABLE` is keyed by
the kind of quote, where the attribution was found (``evidence``) and how the
speaker is named (``resolution``), and holds the share of development quotes in
that cell (PolNeAR train and dev, police_bulk dev; never a test or held-out
split) whose content and speaker were right, the lower of the news and police
rates. So it reads as a probability that holds in both kinds of text: of quotes
at 0.9, at least about nine in ten are attributed right. The reliability table
behind it is in ``docs/reported.md``; re-derive the cells with
``benchmarks/calibrate.py`` (its docstring has the commands).
"""

from __future__ import annotations

#: The level users filter on ("trusted" quotes); docs/reported.md gives the share
#: of quotes at or above it and how often they are right.
TRUSTED = 0.8

#: (kind, evidence, resolution) -> confidence: the share of development quotes in
#: that cell whose content and speaker were both right, smoothed as (right + 1) /
#: (n + 2), in news (PolNeAR train + dev) and in police releases (police_bulk dev),
#: wherever the cell has at least 10 quotes, and the lower of the two, rounded
#: down; written by ``benchmarks/calibrate.py`` (docs/reported.md has the counts).
#: ``resolution`` None is a quote with no speaker.
TABLE: dict[tuple[str, str, str | None], float] = {
    ("direct", "same_sentence", "name"): 0.94,
    ("indirect", "reporting_verb", "name"): 0.89,
    ("direct", "same_sentence", "pronoun"): 0.96,
    ("indirect", "reporting_verb", "description"): 0.61,
    ("direct", "continuation", "name"): 0.95,
    ("indirect", "reporting_verb", "pronoun"): 0.85,
    ("direct", "same_sentence", "description"): 0.76,
    ("mixed", "reporting_verb", "name"): 0.92,
    ("direct", "same_sentence", None): 0.04,
    ("direct", "continuation", "pronoun"): 0.97,
    ("indirect", "according", "description"): 0.87,
    ("direct", "clause", "name"): 0.66,
    ("indirect", "shared_subject", "description"): 0.50,
    ("indirect", "object", "name"): 0.80,
    ("indirect", "reporting_verb", "unresolved"): 0.79,
    ("mixed", "reporting_verb", "pronoun"): 0.90,
    ("indirect", "shared_subject", "name"): 0.68,
    ("direct", "clause", "pronoun"): 0.57,
    ("direct", "continuation", "description"): 0.96,
    ("indirect", "finding", "description"): 0.91,
    ("mixed", "reporting_verb", "description"): 0.80,
    ("indirect", "according", "name"): 0.82,
    ("direct", "colon", "name"): 0.75,
    ("indirect", "object", "description"): 0.65,
    ("indirect", "request", "name"): 0.84,
    ("direct", "intro", "name"): 0.81,
    ("indirect", "object", "pronoun"): 0.80,
    ("indirect", "commitment", "name"): 0.75,
    ("indirect", "request", "description"): 0.82,
    ("direct", "same_sentence", "title"): 0.85,
    ("mixed", "naming", "name"): 0.80,
    ("indirect", "commitment", "description"): 0.65,
    ("indirect", "request", "pronoun"): 0.88,
    ("indirect", "naming", "description"): 0.64,
    ("indirect", "commitment", "pronoun"): 0.80,
    ("indirect", "naming", "name"): 0.83,
    ("mixed", "reporting_verb", "unresolved"): 0.95,
    ("indirect", "reporting_verb", "title"): 0.81,
    ("indirect", "passive", None): 0.62,
    ("indirect", "object", "unresolved"): 0.65,
    ("direct", "clause", "description"): 0.55,
    ("direct", "intro", "pronoun"): 0.83,
    ("direct", "sign_off", "name"): 0.35,
    ("mixed", "according", "description"): 0.68,
    ("indirect", "shared_subject", "unresolved"): 0.71,
    ("mixed", "naming", "pronoun"): 0.69,
    ("mixed", "shared_subject", "name"): 0.83,
    ("mixed", "according", "name"): 0.75,
    ("indirect", "naming", "pronoun"): 0.66,
    ("indirect", "shared_subject", "pronoun"): 0.91,
    # "The court heard that": no speaker is the right answer; two of two right, too
    # few to say more than the cautious fallback.
    ("indirect", "hearing", None): 0.5,
}

#: Cells the development data leaves nearly empty fall back to a cautious value by
#: evidence: below :data:`TRUSTED`, since nothing shows they deserve more.
_BY_EVIDENCE = {
    "same_sentence": 0.75,
    "reporting_verb": 0.75,
    "according": 0.75,
    "intro": 0.7,
    "colon": 0.6,
    "continuation": 0.6,
    "passive": 0.5,
    "hearing": 0.5,
    "shared_subject": 0.5,
    "object": 0.6,
    "request": 0.6,
    "commitment": 0.6,
    "naming": 0.6,
    "finding": 0.6,
    "heading": 0.5,
    "sign_off": 0.33,
}
#: A quote with no speaker where the cells do not say otherwise.
_NO_SPEAKER = 0.3


def confidence(kind: str, evidence: str, resolution: str | None) -> float:
    """The confidence of one attribution, in [0, 1]."""
    value = TABLE.get((kind, evidence, resolution))
    if value is not None:
        return value
    if resolution is None:
        return _NO_SPEAKER
    return min(_BY_EVIDENCE.get(evidence, 0.5), 0.75)
