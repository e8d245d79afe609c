"""Shared fixtures: the model (skipped when absent), a blank pipeline, the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import CORPUS


@pytest.fixture(scope="session")
def nlp():
    """The default English pipeline, loaded once; tests using it skip without it."""
    from pressparse._nlp import load_pipeline
    from pressparse.errors import ModelNotFoundError

    try:
        return load_pipeline()
    except ModelNotFoundError as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def parser(nlp):
    from pressparse import DocumentParser

    return DocumentParser(nlp=nlp)


@pytest.fixture(scope="session")
def blank_nlp():
    """``spacy.blank("en")`` plus a no-op stand-in that claims the parse and entities.

    DocumentParser refuses a pipeline with no parser or NER; tests of input
    handling (front matter, sizes) still want a pipeline that costs nothing.
    """
    import spacy
    from spacy.language import Language

    if "pressparse_test_stub" not in Language.factories:
        Language.component("pressparse_test_stub", assigns=["token.dep", "doc.ents"],
                           func=lambda doc: doc)
    nlp = spacy.blank("en")
    nlp.add_pipe("pressparse_test_stub")
    return nlp


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    return CORPUS

