"""Candidate spans and how the first source to claim a stretch of text wins."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Candidate:
    priority: int
    label: str
    start: int
    end: int
    value: object = None
    relative: bool = False


# Labels that claim text from the model and are then dropped: an office's title, and
# a vehicle's number plate ("registration AB12 CDE"), whose letters name nobody.
TITLE, CLAIMED = "TITLE", "CLAIMED"


MODEL = 5  # the priority of the model's own spans


def resolve(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Keep the best non-overlapping candidates: lower priority first, then longer."""
    chosen: list[Candidate] = []
    ordered = sorted(candidates, key=lambda c: (c.priority, c.start - c.end, c.start))
    # One byte per character, set where an accepted span lies: a candidate overlaps
    # one exactly when a byte of its own is set. (A sorted list of the spans costs
    # an insertion in the middle per span, quadratic in a long body.)
    taken = bytearray(max((c.end for c in ordered), default=0))
    for c in ordered:
        if c.end <= c.start or taken.find(1, c.start, c.end) >= 0:
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)
