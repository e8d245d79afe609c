"""The Document model: JSON-native dicts that round-trip exactly."""

from __future__ import annotations

import json
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressparse import (
    SCHEMA_VERSION,
    Document,
    Entity,
    Organization,
    Person,
    Quote,
    Span,
    Speaker,
    TextSpan,
)

json_scalars = st.none() | st.booleans() | st.integers(-10**9, 10**9) | st.text(max_size=20) \
    | st.floats(allow_nan=False, allow_infinity=False)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=3),
    max_leaves=8,
)


@st.composite
def documents(draw):
    text = draw(st.text(max_size=200))

    def span_strategy():
        return st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(sorted)

    def text_span():
        return span_strategy().map(lambda se: TextSpan(start=se[0], end=se[1],
                                                       text=text[se[0]:se[1]]))

    def entity():
        return st.builds(lambda se, label, value: Entity(label=label, start=se[0], end=se[1],
                                                         text=text[se[0]:se[1]], value=value),
                         span_strategy(), st.sampled_from(["PERSON", "ORG", "DATE", "PHONE",
                                                           "MONEY", "GPE"]), json_values)

    speakers = st.builds(
        lambda se, name, kind, title: Speaker(name=name, kind=kind, text=text[se[0]:se[1]],
                                              start=se[0], end=se[1], title=title),
        span_strategy(), st.text(max_size=10),
        st.sampled_from(["person", "organization", "description", "document", "place", "other"]),
        st.none() | st.text(max_size=10))
    quotes = st.builds(
        lambda parts, speaker, cue: Quote(
            text="\n".join(p.text for p in parts), start=parts[0].start if parts else 0,
            end=parts[-1].end if parts else 0, parts=tuple(parts), speaker=speaker, cue=cue),
        st.lists(text_span(), min_size=1, max_size=3), st.none() | speakers,
        st.none() | text_span())
    return Document(
        text=text,
        path=draw(st.none() | st.text(max_size=20)),
        metadata=draw(st.dictionaries(st.text(max_size=8), json_values, max_size=4)),
        title=draw(st.none() | st.text(max_size=20)),
        url=draw(st.none() | st.text(max_size=20)),
        published=draw(st.none() | st.dates().map(lambda d: d.isoformat())),
        body_offset=draw(st.integers(0, 1000)),
        paragraphs=tuple(draw(st.lists(span_strategy().map(
            lambda se: Span(start=se[0], end=se[1])), max_size=3))),
        entities=tuple(draw(st.lists(entity(), max_size=4))),
        people=tuple(draw(st.lists(st.builds(
            lambda name, titles, mentions: Person(name=name, titles=tuple(titles),
                                                  mentions=tuple(mentions)),
            st.text(max_size=10), st.lists(st.text(max_size=8), max_size=2),
            st.lists(text_span(), max_size=2)), max_size=2))),
        organizations=tuple(draw(st.lists(st.builds(
            lambda name, aliases: Organization(name=name, aliases=tuple(aliases)),
            st.text(max_size=10), st.lists(st.text(max_size=8), max_size=2)), max_size=2))),
        quotes=tuple(draw(st.lists(quotes, max_size=3))),
    )


@settings(max_examples=200, deadline=None)
@given(documents())
def test_from_dict_inverts_to_dict(doc):
    data = doc.to_dict()
    assert Document.from_dict(data) == doc
    assert json.loads(doc.to_json()) == data
    assert Document.from_json(doc.to_json()) == doc


@settings(max_examples=50, deadline=None)
@given(documents())
def test_documents_pickle(doc):
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_to_dict_has_the_documented_core_keys():
    data = Document(text="x").to_dict()
    assert data["schema_version"] == SCHEMA_VERSION
    assert list(data) == ["schema_version", "path", "metadata", "title", "url", "published",
                          "publisher",
                          "body_offset", "text", "paragraphs", "entities", "people",
                          "organizations", "quotes"]


def test_incompatible_schema_version_is_refused():
    data = Document(text="x").to_dict()
    data["schema_version"] = "99.0"
    with pytest.raises(ValueError, match="schema_version"):
        Document.from_dict(data)


def test_results_are_frozen():
    doc = Document(text="x")
    with pytest.raises(AttributeError):
        doc.text = "y"  # type: ignore[misc]
