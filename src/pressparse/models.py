"""The public result types: frozen, slotted dataclasses of plain data.

Nothing here holds a spaCy object, so a :class:`Document` pickles, survives
``nlp.memory_zone()`` and imports without spaCy. Every offset is a half-open
range of Unicode code points (not UTF-16 units) into :attr:`Document.text`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from ._types import JSONValue

__all__ = [
    "SCHEMA_VERSION",
    "Document",
    "Entity",
    "Organization",
    "Person",
    "Quote",
    "Span",
    "Speaker",
    "TextSpan",
]

#: Version of the ``to_dict()`` shape; the major part changes on any breaking change.
SCHEMA_VERSION = "1.1"

SpeakerKind = Literal["person", "organization", "description", "document", "place", "other"]
QuoteKind = Literal["direct", "indirect", "mixed"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A range of :attr:`Document.text` with no text of its own (paragraphs)."""

    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        return cls(start=data["start"], end=data["end"])


@dataclass(frozen=True, slots=True, kw_only=True)
class TextSpan:
    """A range of :attr:`Document.text` and the text it covers."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TextSpan:
        return cls(start=data["start"], end=data["end"], text=data["text"])


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """A named entity with its normalised value.

    ``value`` depends on ``label``: E.164 or short-code digits for PHONE,
    ``{"amount", "currency"}`` for MONEY, an ISO 8601 date or interval for
    DATE, ``{"kind", "number", "date"}`` for REFERENCE, the canonical name for
    PERSON and ORG; ``None`` when unknown.

    For DATE only, ``bounds`` gives the two ends of an interval value (so a
    reader need not split ``"2020-04-01/2020-04-05"``) and ``relative`` says
    the value was resolved against the publication date ("yesterday", "last
    Tuesday") rather than written out.
    """

    label: str
    text: str
    start: int
    end: int
    value: JSONValue = None
    bounds: tuple[str, str] | None = None
    relative: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "bounds": list(self.bounds) if self.bounds else None,
            "relative": self.relative,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Entity:
        return cls(
            label=data["label"],
            text=data["text"],
            start=data["start"],
            end=data["end"],
            value=data.get("value"),
            bounds=tuple(bounds) if (bounds := data.get("bounds")) else None,
            relative=bool(data.get("relative", False)),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    """One person the document mentions, with every mention linked.

    Attributes:
        name: The fullest form of the name, without titles.
        titles: Titles and ranks used with the name ("Detective Inspector", "Mr").
        role: A role given in apposition ("lead for Major Crime").
        organization: The organisation the text attaches the person to.
        organization_inferred: True when the text states no organisation and
            ``organization`` is the document's publisher, inferred from a rank
            the person holds in it (an officer quoted in their force's release).
        mentions: Every span that refers to the person by name.
        age: The age in years the text gives ("Jane Doe, 32", "a 45-year-old man").
        residence: Where the text says the person lives or is from ("of Luton"),
            as written.
    """

    name: str
    titles: tuple[str, ...] = ()
    role: str | None = None
    organization: str | None = None
    organization_inferred: bool = False
    mentions: tuple[TextSpan, ...] = ()
    age: int | None = None
    residence: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "titles": list(self.titles),
            "role": self.role,
            "organization": self.organization,
            "organization_inferred": self.organization_inferred,
            "age": self.age,
            "residence": self.residence,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Person:
        return cls(
            name=data["name"],
            titles=tuple(data.get("titles", ())),
            role=data.get("role"),
            organization=data.get("organization"),
            organization_inferred=bool(data.get("organization_inferred", False)),
            mentions=tuple(TextSpan.from_dict(m) for m in data.get("mentions", ())),
            age=data.get("age"),
            residence=data.get("residence"),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Organization:
    """One organisation the document mentions, its short forms and mentions."""

    name: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[TextSpan, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "aliases": list(self.aliases),
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Organization:
        return cls(
            name=data["name"],
            aliases=tuple(data.get("aliases", ())),
            mentions=tuple(TextSpan.from_dict(m) for m in data.get("mentions", ())),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Speaker:
    """Who a quote is attributed to, and the mention the attribution rests on.

    ``start``/``end``/``text`` locate that mention, which may be a pronoun
    ("he") or a description ("the detective"); ``name`` is then the
    resolved name. ``kind`` says what speaks: "person" (a named person),
    "organization" (a body, named or not: "Example Police", "the council"),
    "description" (a person or group described, not named: "a witness", "the
    victim's father", "officials"), "document" ("the report", "a memo") or
    "place" (a country speaking through its government: "France insisted").
    Schema 1.0 wrote "other" for every unnamed speaker; it still reads.

    ``title``, ``role`` and ``organization`` come from the person's record (see
    :class:`Person`); ``organization_inferred`` is true when the organisation is
    the document's publisher, not stated in the text.
    """

    name: str
    kind: SpeakerKind
    text: str
    start: int
    end: int
    title: str | None = None
    role: str | None = None
    organization: str | None = None
    organization_inferred: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "title": self.title,
            "role": self.role,
            "organization": self.organization,
            "organization_inferred": self.organization_inferred,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Speaker:
        return cls(
            name=data["name"],
            kind=data["kind"],
            text=data["text"],
            start=data["start"],
            end=data["end"],
            title=data.get("title"),
            role=data.get("role"),
            organization=data.get("organization"),
            organization_inferred=bool(data.get("organization_inferred", False)),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """A quotation, its speaker and cue.

    Attributes:
        text: The quoted words; the pieces of a multi-paragraph quotation are
            joined with a newline and their re-opening marks left out.
        start: First quoted character (the opening mark excluded).
        end: End of the last quoted character (the closing mark excluded).
        parts: One span per paragraph piece of the quotation.
        speaker: Who said it, or ``None`` when nobody can be determined.
        cue: The verb or marker of the attribution ("said", "according to", ":").
        kind: ``"direct"`` for quoted words, ``"indirect"`` for reported
            speech in the writer's words ("police said a man was arrested"),
            ``"mixed"`` for reported speech that quotes a fragment.
        confidence: How far the speaker can be trusted, in [0, 1], from the
            evidence the attribution rests on (see docs/reported.md); ``None``
            only for data written before schema 1.1.
        fragments: For ``"mixed"``, the quoted fragments inside the reported
            content (marks excluded); empty otherwise.
    """

    text: str
    start: int
    end: int
    parts: tuple[TextSpan, ...]
    speaker: Speaker | None = None
    cue: TextSpan | None = None
    kind: QuoteKind = "direct"
    confidence: float | None = None
    fragments: tuple[TextSpan, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "parts": [p.to_dict() for p in self.parts],
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "kind": self.kind,
            "confidence": self.confidence,
            "fragments": [f.to_dict() for f in self.fragments],
        }

    def __repr__(self) -> str:
        speaker = self.speaker.name if self.speaker else None
        cue = self.cue.text if self.cue else None
        kind = "" if self.kind == "direct" else f"kind={self.kind!r}, "
        return (f"Quote({_clip(self.text, 50)!r}, {kind}speaker={speaker!r}, cue={cue!r}, "
                f"start={self.start}, end={self.end})")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        speaker = data.get("speaker")
        cue = data.get("cue")
        return cls(
            text=data["text"],
            start=data["start"],
            end=data["end"],
            parts=tuple(TextSpan.from_dict(p) for p in data["parts"]),
            speaker=Speaker.from_dict(speaker) if speaker else None,
            cue=TextSpan.from_dict(cue) if cue else None,
            kind=data.get("kind", "direct"),
            confidence=data.get("confidence"),  # absent from schema 1.0 data
            fragments=tuple(TextSpan.from_dict(f) for f in data.get("fragments", ())),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """A parsed article or press release.

    Attributes:
        path: The file it came from, or ``None`` for :func:`parse_text`.
        metadata: The front matter as JSON-native data (dates as ISO strings).
            Treat it as read-only.
        title: The title without a trailing `` | Site Name``.
        url: The canonical URL, when the metadata has one.
        published: The publication date, ISO 8601 (``YYYY-MM-DD``, or
            ``YYYY-MM`` when only the month is known).
        publisher: The organisation that issued the document (a force for its
            press release), from the metadata, a title suffix or the URL's host;
            ``None`` when nothing names one (news articles, plain text).
        body_offset: Where the body starts in the decoded file, so
            ``file_text[body_offset:] == text``.
        text: The body exactly as it stands in the file.
        paragraphs: Blank-line separated blocks of the body, trimmed.
        entities: Entities in text order.
        people: One record per person.
        organizations: One record per organisation.
        quotes: Quotations in text order.
    """

    text: str
    path: str | None = None
    metadata: dict[str, JSONValue] = field(default_factory=dict)
    title: str | None = None
    url: str | None = None
    published: str | None = None
    publisher: str | None = None
    body_offset: int = 0
    paragraphs: tuple[Span, ...] = ()
    entities: tuple[Entity, ...] = ()
    people: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    quotes: tuple[Quote, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the document as JSON-native data; see docs/schema.md."""
        return {
            "schema_version": SCHEMA_VERSION,
            "path": self.path,
            "metadata": self.metadata,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "publisher": self.publisher,
            "body_offset": self.body_offset,
            "text": self.text,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "entities": [e.to_dict() for e in self.entities],
            "people": [p.to_dict() for p in self.people],
            "organizations": [o.to_dict() for o in self.organizations],
            "quotes": [q.to_dict() for q in self.quotes],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """Rebuild a document from :meth:`to_dict` output.

        Raises:
            SchemaError: A field is missing or has the wrong type; ``.field``
                names it (``quotes[2].speaker.name``). A ``ValueError``.
            ValueError: The data was written by an incompatible schema version.
        """
        from .errors import SchemaError

        if not isinstance(data, Mapping):
            raise SchemaError(field="(the document)",
                              reason=f"expected an object, got {type(data).__name__}")
        version = str(data.get("schema_version", ""))
        if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
            raise SchemaError(
                field="schema_version",
                reason=f"unsupported schema_version {version!r}; this pressparse reads "
                       f"{SCHEMA_VERSION}")
        try:
            return cls._from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
            if isinstance(exc, SchemaError):
                raise
            from ._schema import locate_error

            found = locate_error(data, exc=exc)
            field, reason = found or ("(unknown field)", f"{type(exc).__name__}: {exc}")
            raise SchemaError(field=field, reason=reason) from exc

    @classmethod
    def _from_dict(cls, data: Mapping[str, Any]) -> Document:
        return cls(
            path=data.get("path"),
            metadata=dict(data.get("metadata") or {}),
            title=data.get("title"),
            url=data.get("url"),
            published=data.get("published"),
            publisher=data.get("publisher"),
            body_offset=data.get("body_offset", 0),
            text=data["text"],
            paragraphs=tuple(Span.from_dict(p) for p in data.get("paragraphs", ())),
            entities=tuple(Entity.from_dict(e) for e in data.get("entities", ())),
            people=tuple(Person.from_dict(p) for p in data.get("people", ())),
            organizations=tuple(Organization.from_dict(o) for o in data.get("organizations", ())),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", ())),
        )

    def to_json(self, **kwargs: Any) -> str:
        """Serialise :meth:`to_dict` to JSON (UTF-8 text, not ASCII-escaped)."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_json(cls, text: str | bytes) -> Document:
        """Inverse of :meth:`to_json`."""
        return cls.from_dict(json.loads(text))

    def to_html(self) -> str:
        """Render a self-contained HTML page with entities and quotes highlighted."""
        from ._html import render_html

        return render_html(self)

    def _repr_html_(self) -> str:
        """The HTML view, for Jupyter: the page in a sandboxed frame, its CSS kept apart."""
        from html import escape

        return (f"<iframe srcdoc=\"{escape(self.to_html(), quote=True)}\" sandbox=\"\" "
                "style=\"width: 100%; height: 32rem; border: 1px solid #dadce0\" "
                f"title=\"{escape(self.title or self.path or 'document', quote=True)}\">"
                "</iframe>")

    def __repr__(self) -> str:
        # Short: the dataclass default would print the whole text and every span.
        parts = [f"path={self.path!r}"] if self.path is not None else []
        if self.title is not None:
            parts.append(f"title={_clip(self.title, 60)!r}")
        if self.published is not None:
            parts.append(f"published={self.published!r}")
        parts.append(f"chars={len(self.text)}, quotes={len(self.quotes)}, "
                     f"entities={len(self.entities)}")
        return f"Document({', '.join(parts)})"

    def records(self, rows: str = "quotes") -> list[dict[str, JSONValue]]:
        """One plain dict per quote, entity or person: the rows of ``pressparse -f csv``.

        Args:
            rows: ``"quotes"``, ``"entities"`` or ``"people"``; the keys of each
                kind are listed in the docs (Command line, CSV).

        Raises:
            ValueError: ``rows`` is not one of the three kinds.
        """
        from ._tables import records

        return records(self, rows)

    def entities_of(self, label: str) -> tuple[Entity, ...]:
        """The entities with one label, e.g. ``doc.entities_of("PHONE")``."""
        return tuple(e for e in self.entities if e.label == label)


def _clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, for reprs."""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
