"""Ranks and offices as the lexicon spells them out."""

from __future__ import annotations

import pytest

from pressparse._extract.lexicon import title_key


@pytest.mark.parametrize(("short", "full"), [
    ("DCS", "Detective Chief Superintendent"),
    ("D/Sgt", "Detective Sergeant"),
    ("C/Supt", "Chief Superintendent"),
    ("T/DSupt", "Temporary Detective Superintendent"),
    ("WPC", "Woman Police Constable"),
    ("SIO", "Senior Investigating Officer"),
    ("Dr", "Doctor"),
])
def test_rank_abbreviations_spell_out_to_the_full_title(short, full):
    assert title_key(short) == title_key(full)
