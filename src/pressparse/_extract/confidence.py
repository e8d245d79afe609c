"""How far an attribution can be trusted: a number from the evidence it rests on.

The number is looked up, not computed: each cell of :data:`TABLE` is keyed by
the kind of quote, where the attribution was found (``evidence``) and how the
speaker is named (``resolution``), and holds the share of development quotes in
that cell (PolNeAR train and dev, police_bulk dev; never a test split) whose
content and speaker were right. So it reads as a probability: of quotes at 0.9,
about nine in ten are attributed right. The reliability table behind it is in
``docs/reported.md``; re-derive the cells with
``benchmarks/eval_quotes.py --all --calibrate``.
"""

from __future__ import annotations

#: The level users filter on ("trusted" quotes); docs/reported.md gives the share
#: of quotes at or above it and how often they are right.
TRUSTED = 0.8

#: (kind, evidence, resolution) -> confidence: the share of development quotes in
#: that cell whose content and speaker were both right, smoothed as (right + 1) /
#: (n + 2), for cells of at least 10 quotes (PolNeAR train + dev, police_bulk dev;
#: docs/reported.md has the counts). ``resolution`` None is a quote with no speaker.
TABLE: dict[tuple[str, str, str | None], float] = {
    ("direct", "same_sentence", "name"): 0.94,
    ("direct", "same_sentence", "pronoun"): 0.95,
    ("indirect", "reporting_verb", "name"): 0.89,
    ("indirect", "reporting_verb", "description"): 0.80,
    ("direct", "continuation", "name"): 0.95,
    ("direct", "same_sentence", "description"): 0.84,
    ("indirect", "reporting_verb", "pronoun"): 0.85,
    ("direct", "same_sentence", None): 0.04,
    ("direct", "continuation", "pronoun"): 0.97,
    ("indirect", "according", "description"): 0.87,
    ("mixed", "reporting_verb", "name"): 0.93,
    ("indirect", "reporting_verb", "unresolved"): 0.75,
    ("direct", "continuation", "description"): 0.93,
    ("indirect", "according", "name"): 0.84,
    ("direct", "colon", "name"): 0.74,
    ("mixed", "reporting_verb", "pronoun"): 0.90,
    ("mixed", "reporting_verb", "description"): 0.84,
    ("direct", "same_sentence", "title"): 0.87,
    ("direct", "intro", "name"): 0.85,
    ("indirect", "passive", None): 0.54,
    ("indirect", "reporting_verb", "title"): 0.91,
    ("direct", "sign_off", "name"): 0.32,
    ("direct", "intro", "pronoun"): 0.82,
    ("mixed", "according", "name"): 0.80,
    ("mixed", "reporting_verb", "unresolved"): 0.71,
    ("direct", "colon", "description"): 0.57,
    ("mixed", "according", "description"): 0.58,
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
