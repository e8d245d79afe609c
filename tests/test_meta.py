"""Title, URL and publication date derived from metadata and the top of the body."""

from __future__ import annotations

import pytest

from pressparse._meta import derive_published, derive_title, derive_url


@pytest.mark.parametrize(
    ("metadata", "expected"),
    [
        ({"title": "Man charged after burglary | Example Police"}, "Man charged after burglary"),
        ({"title": "\u200bKnife seized - Example Police", "pressroom": {"name": "Example Police"}},
         "Knife seized"),
        ({"title": "Appeal - a follow-up"}, "Appeal - a follow-up"),
        ({"og": {"title": "From OG"}}, "From OG"),
        ({}, None),
    ],
)
def test_title(metadata, expected):
    assert derive_title(metadata, "") == expected


def test_title_falls_back_to_first_heading():
    assert derive_title({}, "\n# Witness appeal in Exampleton\n\nBody") == "Witness appeal in Exampleton"


def test_url_prefers_url_then_og():
    assert derive_url({"og": {"url": "https://b"}, "url": "https://a"}) == "https://a"
    assert derive_url({"og": {"url": "https://b"}}) == "https://b"
    assert derive_url({}) is None


@pytest.mark.parametrize(
    ("metadata", "body", "expected"),
    [
        ({"date": "2020-04-14"}, "", "2020-04-14"),
        ({"publish": {"date": "11:46 18/05/2020"}}, "", "2020-05-18"),
        ({"publish": {"date": "Posted at 09:53 on 19th October 2020"}}, "", "2020-10-19"),
        ({"publish": {"date": "4 Dec 2018"}}, "", "2018-12-04"),
        ({"article": {"published": {"time": "2021-03-25T12:23+00:00"}}}, "", "2021-03-25"),
        ({}, "\n**Published 14 April 2020**\n\nBody", "2020-04-14"),
        ({}, "\n11:41 20/06/2020\n\nBody", "2020-06-20"),
        ({}, "\nJan 08, 2021 16:27 GMT\n\nBody", "2021-01-08"),
        ({}, "# Headline here\n\n_Date published: 09 December 2020 17:27_\n\nBody", "2020-12-09"),
        ({}, "Last modified: 16 October 2018 at 11:09am\n\nBody", "2018-10-16"),
        ({}, "**Wednesday 13 January 2021**\n\nBody", "2021-01-13"),
        ({}, "Officers were called on 14 April 2020 to a house.\n", None),
    ],
)
def test_published(metadata, body, expected):
    assert derive_published(metadata, body, None) == expected


def test_published_from_url_month():
    url = "https://www.example.police.uk/news/2020/april/appeal-for-witnesses/"
    assert derive_published({}, "Body", url) == "2020-04"
    assert derive_published({}, "Body", "https://example.uk/news/2021/03/appeal/") == "2021-03"
    assert derive_published({}, "Body", "https://example.uk/news/appeal/") is None


def test_published_from_day_and_month_keys_with_url_year():
    url = "https://example.police.uk/latest-news/2020/december/items-recovered/"
    assert derive_published({"day": "24", "month": "Dec"}, "", url) == "2020-12-24"


def test_published_from_a_release_line_closing_the_body():
    body = "Police were called on Saturday.\n\nRelease date: 06/Mar/2021 09:31\nAuthor ID: 17\n"
    assert derive_published({}, body, None) == "2021-03-06"
    assert derive_published({}, "Police were called on Saturday.\n\nAuthor ID: 17\n", None) is None
