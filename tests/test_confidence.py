"""Quote confidence: what a user filtering on it relies on, not the table's numbers."""

from __future__ import annotations

import importlib.util
import itertools
from pathlib import Path

import pytest

from pressparse import Speaker
from pressparse._extract.confidence import (
    BASE,
    FLOOR,
    TABLE,
    TRUSTED,
    cells,
    confidence,
    cue_class,
    lookup,
    signals,
)

CALIBRATE = Path(__file__).resolve().parents[1] / "benchmarks" / "calibrate.py"


def _person(text="Alex Rowe", start=0):
    return Speaker(name="Alex Rowe", kind="person", text=text, start=start,
                   end=start + len(text))


@pytest.fixture(scope="module")
def calibrate():
    spec = importlib.util.spec_from_file_location("calibrate", CALIBRATE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_named_speaker_of_said_outranks_a_pronoun_carried_from_another_paragraph():
    named = confidence("direct", "same_sentence", "name", cue="said", speaker=_person())
    carried = confidence("direct", "continuation", "pronoun", cue="said",
                         speaker=_person("she"), far=True)
    assert named >= TRUSTED
    assert carried < named


def test_a_verb_of_naming_is_weaker_evidence_than_a_verb_of_saying():
    said = confidence("direct", "same_sentence", "name", cue="said", speaker=_person())
    called = confidence("direct", "same_sentence", "name", cue="called", speaker=_person())
    assert called < said


def test_no_speaker_and_unknown_evidence_are_never_trusted():
    assert confidence("direct", "same_sentence", None) < TRUSTED
    assert confidence("indirect", "passive", None) < TRUSTED
    assert confidence("direct", "an evidence nobody wrote", "name", cue="said",
                      speaker=_person()) == FLOOR < TRUSTED


def test_every_value_is_a_probability():
    assert all(0 <= v <= 1 for v in TABLE.values())
    kinds = ("direct", "indirect", "mixed", "odd")
    evidence = ("same_sentence", "continuation", "reporting_verb", "passive", "odd")
    resolutions = ("name", "pronoun", "title", "description", "unresolved", None)
    for kind, how, resolution, cue, far in itertools.product(
            kinds, evidence, resolutions, ("said", "saying", "called", ":", None), (False, True)):
        speaker = None if resolution is None else _person()
        assert 0 <= confidence(kind, how, resolution, cue=cue, speaker=speaker, far=far) <= 1


def test_a_rare_refinement_takes_the_value_of_the_cell_it_refines():
    # The finest cell present wins; signals the table never saw change nothing.
    for cell in TABLE:
        refined = (*cell, "a signal never seen")
        assert lookup(refined) == TABLE[cell]
    # A cell absent from the table between two present ones falls back to the coarser.
    key = signals("direct", "same_sentence", "name", cue="said", speaker=_person())
    present = [c for c in cells(key) if c in TABLE]
    assert present and lookup(key) == TABLE[present[0]]
    assert all(len(c) >= BASE for c in TABLE)


def test_cue_classes():
    assert cue_class("said") == cue_class("told") == cue_class("went on to say") == "plain"
    assert cue_class("saying") == "participle"
    assert cue_class("called") == cue_class("believes") == "verb"
    assert cue_class(":") == cue_class("—") == "mark"
    assert cue_class(None) == cue_class(" ") == "none"


def test_signals_say_what_speaks_and_how_far():
    org = Speaker(name="Northshire Council", kind="organization", text="the council",
                  start=0, end=11)
    assert signals("indirect", "reporting_verb", "description", cue="said", speaker=org)[:2] \
        == ("indirect", "organization")
    near = signals("direct", "continuation", "name", cue="said", speaker=_person())
    far = signals("direct", "continuation", "name", cue="said", speaker=_person(), far=True)
    assert near != far and near[:4] == far[:4]


# --------------------------------------------------------------------------- calibration

def test_eight_right_of_eight_is_not_trusted(calibrate):
    low, high = calibrate.wilson(8, 8)
    assert low < TRUSTED <= high
    assert calibrate.wilson(950, 1000)[0] > 0.93
    assert calibrate.wilson(0, 0) == (0.0, 1.0)


def _counts(calibrate, rows):
    return calibrate.prefix_counts([(name, {tuple(cell): [n, r]}) for name, cell, n, r in rows])


def test_a_cell_is_trusted_only_where_both_kinds_of_text_bear_it_out(calibrate):
    cell = ("direct", "person", "same_sentence", "name", "near", "plain")
    shown = _counts(calibrate, [("polnear train", cell, 2000, 1960), ("bulk dev", cell, 200, 199)])
    table = calibrate.derive(shown, {"news": 30, "police": 20})
    assert table[cell] >= TRUSTED
    # Police releases with only a few such quotes, all right, do not vouch for it.
    unshown = _counts(calibrate, [("polnear train", cell, 2000, 1960), ("bulk dev", cell, 6, 6)])
    table = calibrate.derive(unshown, {"news": 30, "police": 20})
    assert table[cell] < TRUSTED
    # and a genre that gets it wrong pulls it down.
    worse = _counts(calibrate, [("polnear train", cell, 2000, 1960), ("bulk dev", cell, 100, 60)])
    assert calibrate.derive(worse, {"news": 30, "police": 20})[cell] < 0.6


def test_back_off_stops_at_the_base_cell(calibrate):
    common = ("direct", "person", "same_sentence", "name", "near", "plain")
    rare = ("direct", "person", "sign_off", "name", "far", "none")
    rows = [("polnear train", common, 3000, 2950), ("polnear train", rare, 5, 5),
            ("bulk dev", common, 300, 299), ("bulk dev", rare, 2, 2)]
    table = calibrate.derive(_counts(calibrate, rows), {"news": 30, "police": 20})
    # The rare evidence does not borrow the rate of the common one ...
    assert table[rare] < TRUSTED < table[common]
    # ... but its sparse refinements take the base cell's value.
    assert table[rare] == table[rare[:BASE]]
    pruned = calibrate.prune(table)
    assert calibrate.lookup(pruned, rare) == table[rare]
    assert all(len(c) >= BASE for c in pruned)


def test_held_out_cells_are_refused(calibrate, tmp_path):
    path = tmp_path / "cells.json"
    path.write_text('{"set": "bulk heldout", "cells": []}', encoding="utf-8")
    with pytest.raises(SystemExit):
        calibrate.read_cells(str(path))
