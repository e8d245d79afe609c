"""pressparse inside a spaCy pipeline: ``parse_doc`` and the ``pressparse`` component.

Nothing here imports spaCy at module level, so ``pressparse.parse_doc`` costs
nothing until it is called. The factory itself is registered by
:mod:`pressparse._factory`, which spaCy imports through the
``spacy_factories`` entry point the first time a pipeline asks for
``"pressparse"``; importing pressparse registers nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ._types import JSONValue
from .errors import InputError, PipelineError
from .models import Document

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["PressParseComponent", "parse_doc"]

#: Token annotations the extractors read, as ``Doc.has_annotation`` names them,
#: with the component that provides each.
_NEEDED = (("DEP", "parser"), ("ENT_IOB", "ner"))


def parse_doc(doc: Doc, metadata: Mapping[str, JSONValue] | None = None, *,
              region: str | None = None, path: str | None = None) -> Document:
    """Build a :class:`Document` from a ``Doc`` your own pipeline already processed.

    The Doc's text is the body: no front matter is looked for in it. Pass the
    document's metadata (title, url, date…) separately; it is normalised as
    front matter is (dates become ISO 8601 strings).

    Args:
        doc: A ``spacy.tokens.Doc`` with a dependency parse and entities.
        metadata: The document's metadata, if any.
        region: ISO country code for phone numbers written without one.
        path: Recorded as :attr:`Document.path`.

    Returns:
        The same :class:`Document` that parsing ``doc.text`` would give.

    Raises:
        InputError: ``doc`` is not a spaCy Doc, or ``metadata`` is not a mapping.
        PipelineError: The Doc has no dependency parse or no entity annotation.
    """
    from ._extract import build_document
    from ._source import Source, normalize_metadata

    if not hasattr(doc, "has_annotation") or not hasattr(doc, "text"):
        raise InputError(f"parse_doc expects a spacy.tokens.Doc, got {type(doc).__name__}",
                         path=path)
    if metadata is not None and not isinstance(metadata, Mapping):
        raise InputError(f"metadata must be a mapping, not {type(metadata).__name__}",
                         path=path)
    if len(doc):
        missing = tuple(component for annotation, component in _NEEDED
                        if not doc.has_annotation(annotation))
        if missing:
            raise PipelineError(
                f"the Doc has no {' and no '.join(missing)} annotation: run it through a "
                "pipeline with a parser and an entity recogniser (e.g. en_core_web_sm) "
                "first", missing=missing)
    source = Source(path=path, body=doc.text,
                    metadata=normalize_metadata(dict(metadata or {}), path=path))
    return build_document(source, doc, region=region)


class PressParseComponent:
    """The ``pressparse`` pipeline component: ``doc._.pressparse`` is the Document.

    Add it after the parser and the entity recogniser:
    ``nlp.add_pipe("pressparse")``. Each processed Doc then carries, under
    the extension attribute ``attr``, the :class:`Document` that
    :func:`parse_doc` builds from it. The Document is plain data: it stays
    valid after the Doc is gone.

    Args:
        nlp: The pipeline it joins; it must have a parser and NER.
        name: The component's name in the pipeline.
        attr: The ``Doc._`` attribute to set.
        region: ISO country code for phone numbers written without one.

    Raises:
        PipelineError: ``nlp`` has no parser or no entity recogniser.
    """

    def __init__(self, nlp: Language, name: str = "pressparse", *, attr: str = "pressparse",
                 region: str | None = None) -> None:
        from spacy.tokens import Doc

        from ._nlp import check_pipeline

        check_pipeline(nlp)
        self.name = name
        self.attr = attr
        self.region = region
        if not Doc.has_extension(attr):
            Doc.set_extension(attr, default=None)

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(self.attr, parse_doc(doc, region=self.region))
        return doc
