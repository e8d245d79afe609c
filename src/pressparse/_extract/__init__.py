"""Extraction stages: a spaCy ``Doc`` in, plain dataclasses out.

The stages run in order because each reads the one before: entities, then the
people and organisations they mention, then quotes and their speakers, then
reported speech, merged with the quotes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._dates import Anchor
from .._meta import derive_published, derive_title, derive_url
from .._source import Source
from ..models import Document, Span
from .context import DEFAULT_REGION, Context, infer_region
from .entities import extract_entities
from .linking import link_entities
from .paragraphs import paragraph_spans
from .publisher import find_publisher, infer_organizations
from .quotes import extract_quotes
from .reported import extract_reported, merge_quotes

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Context", "build_document"]


def build_document(source: Source, doc: Doc, *, region: str | None = None) -> Document:
    """Run every extraction stage over one processed body."""
    metadata = source.metadata
    url = derive_url(metadata)
    published = derive_published(metadata, source.body, url)
    document_region = region or infer_region(metadata, url)
    context = Context(
        anchor=Anchor.from_iso(published),
        region=document_region or DEFAULT_REGION,
        region_is_default=document_region is None,
    )
    paragraphs: tuple[Span, ...] = paragraph_spans(source.body)
    text = source.body  # the same as doc.text, which spaCy rebuilds on every access
    entities = extract_entities(doc, text, context)
    people, organizations, entities = link_entities(doc, text, entities, context)
    # A document with a publisher is its own release, not news: confidence reads the genre.
    publisher = find_publisher(metadata, url, organizations)
    release = publisher is not None
    quotes = extract_quotes(doc, text, paragraphs, entities, people, organizations,
                            release=release)
    # Reported speech (no quotation marks) joins the quotations; see reported.py.
    reported = extract_reported(doc, text, paragraphs, entities, people, organizations,
                                release=release)
    quotes = merge_quotes(quotes, reported)
    people, quotes = infer_organizations(publisher, people, quotes, organizations)
    return Document(
        path=source.path,
        metadata=metadata,
        title=derive_title(metadata, source.body),
        url=url,
        published=published,
        publisher=publisher,
        body_offset=source.body_offset,
        text=source.body,
        paragraphs=paragraphs,
        entities=entities,
        people=people,
        organizations=organizations,
        quotes=quotes,
    )
