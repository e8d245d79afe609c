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
    import spacy

    return spacy.blank("en")


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    return CORPUS

