"""Every real document parses, and every span indexes the text it claims.

Reads ../shared/corpus and skips when it is absent.
"""

from __future__ import annotations

import pytest
from helpers import check_document, corpus_files

from pressparse import ParseFailure, PressParseError
from pressparse._source import decode_bytes

POLICE = corpus_files("police")
OTHERS = corpus_files("us_prosecutors", "au_parliament_press", "gum_news")


@pytest.mark.corpus
@pytest.mark.model
@pytest.mark.skipif(not POLICE, reason="../shared/corpus is absent")
def test_every_police_release_parses_with_exact_spans(parser):
    results = list(parser.parse_documents(POLICE, on_error="collect"))
    failures = [r for r in results if isinstance(r, ParseFailure)]
    assert not failures, failures
    for path, doc in zip(POLICE, results, strict=True):
        check_document(doc, decode_bytes(path.read_bytes()))
    assert sum(len(d.quotes) for d in results) > 300


@pytest.mark.corpus
@pytest.mark.model
@pytest.mark.skipif(not OTHERS, reason="../shared/corpus is absent")
def test_other_corpora_parse_or_raise_typed_errors(parser):
    for path, result in zip(OTHERS, parser.parse_documents(OTHERS, on_error="collect"),
                            strict=True):
        if isinstance(result, ParseFailure):
            assert isinstance(result.error, PressParseError), (path, result.error)
        else:
            check_document(result)
