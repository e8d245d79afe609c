"""The UK police forces table: which force a release's site or area names."""

from __future__ import annotations

import pytest

from pressparse._extract.forces import FORCES, force_of_area, force_of_host


@pytest.mark.parametrize(("url", "force"), [
    ("https://www.cambs.police.uk/news/appeal", "Cambridgeshire Constabulary"),
    ("https://northyorkshire.police.uk/news/x", "North Yorkshire Police"),
    ("media.btp.police.uk/r/1", "British Transport Police"),
    ("https://news.met.police.uk/news/y", "Metropolitan Police"),
    ("https://www.south-wales.police.uk/en/z", "South Wales Police"),
])
def test_a_forces_own_site_names_the_force(url, force):
    assert force_of_host(url) == force


@pytest.mark.parametrize("url", [
    "https://www.example.com/news/x",         # not a police site
    "https://www.exampleshire.police.uk/n",   # a police site the table does not know
    "https://police.uk/",                     # no force label
    "http://[::1",                            # not a URL
    None, "",
])
def test_no_force_unless_the_host_is_a_known_forces_site(url):
    assert force_of_host(url) is None


@pytest.mark.parametrize(("area", "force"), [
    ("Cambridgeshire", "Cambridgeshire Constabulary"),
    ("Thames Valley", "Thames Valley Police"),
    ("Northern Ireland", "Police Service of Northern Ireland"),
    ("City of London", "City of London Police"),
])
def test_an_area_names_the_one_force_that_holds_its_words(area, force):
    assert force_of_area(area) == force


@pytest.mark.parametrize("area", ["Yorkshire", "West", "Police", "Exampleshire", None, ""])
def test_an_area_that_fits_no_force_or_several_names_none(area):
    assert force_of_area(area) is None


def test_every_host_label_names_one_force():
    labels = [label for labels in FORCES.values() for label in labels]
    assert len(labels) == len(set(labels))

