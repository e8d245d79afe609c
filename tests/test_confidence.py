"""Quote confidence: what a user filtering on it relies on, not the table's numbers."""

from __future__ import annotations

import importlib.util
import itertools
import json
import sys
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


def _officer(text="Alex Rowe", start=0):
    return Speaker(name="Alex Rowe", kind="person", text=text, start=start,
                   end=start + len(text), title="Detective Sergeant")


@pytest.fixture(scope="module")
def calibrate():
    spec = importlib.util.spec_from_file_location("calibrate", CALIBRATE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["calibrate"] = module  # its dataclass looks its module up by name
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules["calibrate"]


def test_a_named_speaker_of_said_outranks_a_pronoun_carried_from_another_paragraph():
    for release in (False, True):
        named = confidence("direct", "same_sentence", "name", cue="said", speaker=_officer(),
                           release=release)
        carried = confidence("direct", "continuation", "pronoun", cue="said",
                             speaker=_person("she"), far=True, release=release)
        assert named >= TRUSTED
        assert carried < named


def test_a_verb_of_naming_is_weaker_evidence_than_a_verb_of_saying():
    said = confidence("direct", "same_sentence", "name", cue="said", speaker=_person())
    called = confidence("direct", "same_sentence", "name", cue="called", speaker=_person())
    assert called < said


def test_no_speaker_and_unknown_evidence_are_never_trusted():
    for release in (False, True):
        assert confidence("direct", "same_sentence", None, release=release) < TRUSTED
        assert confidence("indirect", "passive", None, release=release) < TRUSTED
        assert confidence("direct", "an evidence nobody wrote", "name", cue="said",
                          speaker=_person(), release=release) == FLOOR < TRUSTED


def test_every_value_is_a_probability():
    assert all(0 <= v <= 1 for v in TABLE.values())
    kinds = ("direct", "indirect", "mixed", "odd")
    evidence = ("same_sentence", "continuation", "reporting_verb", "passive", "odd")
    resolutions = ("name", "pronoun", "title", "description", "unresolved", None)
    for kind, how, resolution, cue, far, release in itertools.product(
            kinds, evidence, resolutions, ("said", "saying", "called", ":", None), (False, True),
            (False, True)):
        speaker = None if resolution is None else _officer() if far else _person()
        value = confidence(kind, how, resolution, cue=cue, speaker=speaker, far=far,
                           release=release)
        assert 0 <= value <= 1


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


def test_the_table_holds_both_genres_and_neither_borrows_from_the_other():
    assert {cell[0] for cell in TABLE} == {"news", "release"}
    news = signals("direct", "same_sentence", "name", cue="said", speaker=_person())
    release = signals("direct", "same_sentence", "name", cue="said", speaker=_person(),
                      release=True)
    assert news[0] == "news" and release[0] == "release" and news[1:] == release[1:]
    assert all(cell[:1] == news[:1] for cell in cells(news))


def test_cue_classes():
    assert cue_class("said") == cue_class("told") == cue_class("went on to say") == "plain"
    assert cue_class("saying") == "participle"
    assert cue_class("called") == cue_class("believes") == "verb"
    assert cue_class(":") == cue_class("—") == "mark"
    assert cue_class(None) == cue_class(" ") == "none"


def test_signals_say_what_speaks_and_how_far():
    org = Speaker(name="Northshire Council", kind="organization", text="the council",
                  start=0, end=11)
    assert signals("indirect", "reporting_verb", "description", cue="said", speaker=org)[:3] \
        == ("news", "indirect", "organization")
    near = signals("direct", "continuation", "name", cue="said", speaker=_person())
    far = signals("direct", "continuation", "name", cue="said", speaker=_person(), far=True)
    assert near != far and near[:BASE + 1] == far[:BASE + 1]


def test_a_person_introduced_with_a_rank_or_post_is_told_apart():
    assert signals("direct", "same_sentence", "name", speaker=_officer())[2] == "titled"
    with_post = Speaker(name="Sam Hale", kind="person", text="Sam Hale", start=0, end=8,
                        role="spokesperson")
    assert signals("direct", "same_sentence", "name", speaker=with_post)[2] == "titled"
    assert signals("direct", "same_sentence", "name", speaker=_person())[2] == "person"


# --------------------------------------------------------------------------- calibration

def test_a_handful_right_is_not_trusted(calibrate):
    z = calibrate.Settings().z
    low, high = calibrate.wilson(5, 5, z)
    assert low < TRUSTED <= high
    assert calibrate.wilson(950, 1000, z)[0] > 0.93
    assert calibrate.wilson(0, 0, z) == (0.0, 1.0)


def _table(calibrate, rows, **settings):
    counts = calibrate.prefix_counts([{tuple(cell): [n, r]} for cell, n, r in rows])
    return calibrate.derive(counts, calibrate.Settings(**settings))


NEWS = ("news", "direct", "titled", "same_sentence", "name", "near", "plain")
RELEASE = ("release", *NEWS[1:])


def test_a_release_cell_pools_its_few_quotes_with_the_news_rate(calibrate):
    # Twelve release quotes, all right, and a news rate of 98%: trusted.
    table = _table(calibrate, [(NEWS, 2000, 1960), (RELEASE, 12, 12)])
    assert table[RELEASE] >= TRUSTED and table[NEWS] >= TRUSTED
    # Too few release quotes vouch for nothing, whatever news shows ...
    assert _table(calibrate, [(NEWS, 2000, 1960), (RELEASE, 3, 3)])[RELEASE] < TRUSTED
    # ... releases that get it wrong pull their own cell down, not the news one ...
    worse = _table(calibrate, [(NEWS, 2000, 1960), (RELEASE, 100, 60)])
    assert worse[RELEASE] < 0.7 < TRUSTED <= worse[NEWS]
    # ... and with no news cell to lean on, a release cell stands on its own quotes.
    alone = _table(calibrate, [(RELEASE, 12, 12)])
    assert alone[RELEASE] >= TRUSTED and _table(calibrate, [(RELEASE, 6, 6)])[RELEASE] < TRUSTED


def test_a_cell_right_nine_times_in_ten_stays_below_the_trusted_level(calibrate):
    # Its lower bound is well above 0.8, but the trusted band is for cells shown
    # right at the gate's rate, so that trusted quotes are right far more often.
    table = _table(calibrate, [(NEWS, 5000, 4500)])
    assert calibrate.wilson(4500, 5000, calibrate.Settings().z)[0] > TRUSTED > table[NEWS]
    assert table[NEWS] == calibrate.UNSHOWN
    assert _table(calibrate, [(NEWS, 5000, 4500)], gate=0.85)[NEWS] > TRUSTED


def test_back_off_stops_at_the_base_cell(calibrate):
    common = ("news", "direct", "titled", "same_sentence", "name", "near", "plain")
    rare = ("news", "direct", "titled", "sign_off", "name", "far", "none")
    table = _table(calibrate, [(common, 3000, 2950), (rare, 5, 5)])
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
        calibrate.read_input(str(path))
    rows = tmp_path / "quotes.jsonl"
    rows.write_text('{"set": "polnear test"}\n', encoding="utf-8")
    with pytest.raises(SystemExit):
        calibrate.read_input(str(rows))


def test_folds_score_release_documents_with_a_table_made_without_them(calibrate, tmp_path):
    lines = [{"set": "bulk dev"}] + [
        {"doc": f"d{i}", "cell": list(RELEASE), "right": True} for i in range(40)]
    path = tmp_path / "quotes.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    news = tmp_path / "cells.json"
    news.write_text(json.dumps({"set": "polnear dev", "cells": [
        {"cell": list(NEWS), "quotes": 2000, "right": 1960}]}), encoding="utf-8")
    rows = calibrate.folds([calibrate.read_input(str(news)), calibrate.read_input(str(path))],
                           2, calibrate.Settings())
    assert rows[-1].startswith("| >= 0.8 | 40 | 100.0% | 100.0% |")
