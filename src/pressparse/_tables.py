"""Documents as flat rows: one per quote, entity or person, for CSV and DataFrames.

The columns are fixed per kind of row (:data:`COLUMNS`), so a CSV header can
be written before the first document and every file of one kind has the same
columns. Fields a document does not have are ``None`` (an empty CSV cell).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any, Literal

from ._types import JSONValue

if TYPE_CHECKING:
    from .models import Document, Entity, Person, Quote

__all__ = ["COLUMNS", "ROW_KINDS", "CsvWriter", "MissingExtraError", "records",
           "to_dataframe"]

RowKind = Literal["quotes", "entities", "people"]
Row = dict[str, JSONValue]

#: The columns every row starts with: which document it comes from.
DOCUMENT_COLUMNS = ("path", "url", "published", "publisher", "title")

#: The columns of each kind of row, in order.
COLUMNS: dict[str, tuple[str, ...]] = {
    "quotes": (*DOCUMENT_COLUMNS, "quote", "kind", "text", "start", "end", "speaker",
               "speaker_kind", "speaker_title", "speaker_role", "speaker_organization",
               "speaker_organization_inferred", "speaker_text", "cue", "confidence"),
    "entities": (*DOCUMENT_COLUMNS, "label", "text", "start", "end", "value",
                 "value_amount", "value_currency"),
    "people": (*DOCUMENT_COLUMNS, "name", "titles", "role", "organization",
               "organization_inferred", "age", "residence", "mentions", "start", "end"),
}
ROW_KINDS = tuple(COLUMNS)

#: How several values share one cell (a person's titles).
SEPARATOR = "; "


class MissingExtraError(ImportError):
    """An optional feature's package is not installed; the message names the extra.

    Attributes:
        extra: The pressparse extra that installs it (``pip install "pressparse[EXTRA]"``).
    """

    def __init__(self, message: str, *, extra: str) -> None:
        super().__init__(message)
        self.extra = extra


def records(doc: Document, rows: str = "quotes") -> list[Row]:
    """The document's rows of one kind, as plain dicts with the :data:`COLUMNS` keys.

    Raises:
        ValueError: ``rows`` is not ``"quotes"``, ``"entities"`` or ``"people"``.
    """
    head = _document_fields(doc)
    if rows == "quotes":
        return [{**head, **_quote_fields(number, quote)}
                for number, quote in enumerate(doc.quotes, start=1)]
    if rows == "entities":
        return [{**head, **_entity_fields(entity)} for entity in doc.entities]
    if rows == "people":
        return [{**head, **_person_fields(person)} for person in doc.people]
    raise ValueError(f"rows must be one of {', '.join(map(repr, ROW_KINDS))}, not {rows!r}")


def _document_fields(doc: Document) -> Row:
    publisher = getattr(doc, "publisher", None)
    if publisher is not None and not isinstance(publisher, str):
        publisher = getattr(publisher, "name", None) or str(publisher)
    return {"path": doc.path, "url": doc.url, "published": doc.published,
            "publisher": publisher, "title": doc.title}


def _quote_fields(number: int, quote: Quote) -> Row:
    speaker = quote.speaker
    return {
        "quote": number,
        "kind": quote.kind,
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "speaker": speaker.name if speaker else None,
        "speaker_kind": speaker.kind if speaker else None,
        "speaker_title": getattr(speaker, "title", None),
        "speaker_role": getattr(speaker, "role", None),
        "speaker_organization": getattr(speaker, "organization", None),
        "speaker_organization_inferred": getattr(speaker, "organization_inferred", None),
        "speaker_text": speaker.text if speaker else None,
        "cue": quote.cue.text if quote.cue else None,
        "confidence": quote.confidence,
    }


def _entity_fields(entity: Entity) -> Row:
    value = entity.value
    row: Row = {"label": entity.label, "text": entity.text, "start": entity.start,
                "end": entity.end, "value": value, "value_amount": None,
                "value_currency": None}
    if isinstance(value, dict):
        row["value"] = json.dumps(value, ensure_ascii=False, sort_keys=True)
        for key, item in value.items():  # every field of a structured value, flattened
            row[f"value_{key}"] = item if not isinstance(item, dict | list) else \
                json.dumps(item, ensure_ascii=False)
    elif isinstance(value, list):
        row["value"] = json.dumps(value, ensure_ascii=False)
    return row


def _person_fields(person: Person) -> Row:
    first = person.mentions[0] if person.mentions else None
    return {
        "name": person.name,
        "titles": SEPARATOR.join(person.titles) or None,
        "role": person.role,
        "organization": person.organization,
        "organization_inferred": getattr(person, "organization_inferred", None),
        "age": getattr(person, "age", None),
        "residence": getattr(person, "residence", None),
        "mentions": len(person.mentions),
        "start": first.start if first else None,
        "end": first.end if first else None,
    }


def _documents(documents: Document | Iterable[Any]) -> Iterator[Document]:
    """The Documents among ``documents``; ParseFailure stand-ins are left out."""
    if _is_document(documents):
        yield documents  # type: ignore[misc]
        return
    for item in documents:  # type: ignore[union-attr]
        if _is_document(item):
            yield item
        elif not hasattr(item, "error"):  # anything but a ParseFailure is a mistake
            raise TypeError(f"expected Document objects, got {type(item).__name__}")


def _is_document(value: object) -> bool:
    # By name, not isinstance: models imports this module lazily, and an import
    # cycle would cost mypy its view of the dataclasses.
    return type(value).__name__ == "Document" and hasattr(value, "quotes")


def to_dataframe(documents: Document | Iterable[Any], rows: str = "quotes") -> Any:
    """One ``pandas.DataFrame`` row per quote, entity or person of ``documents``.

    Needs pandas (``pip install "pressparse[pandas]"``). The columns are
    :data:`COLUMNS` ``[rows]``, the same as ``pressparse -f csv --rows ROWS``,
    and are all present even when there are no rows.

    Args:
        documents: A Document, or Documents (such as ``parse_documents(...)``
            output; :class:`~pressparse.ParseFailure` items are skipped).
        rows: ``"quotes"``, ``"entities"`` or ``"people"``.

    Returns:
        A ``pandas.DataFrame``.

    Raises:
        MissingExtraError: pandas is not installed.
        ValueError: ``rows`` is not one of the three kinds.
    """
    if rows not in COLUMNS:
        raise ValueError(f"rows must be one of {', '.join(map(repr, ROW_KINDS))}, "
                         f"not {rows!r}")
    try:
        import pandas as pd
    except ImportError as exc:
        raise MissingExtraError(
            "to_dataframe needs pandas, which is not installed; install it with "
            "pip install \"pressparse[pandas]\"", extra="pandas") from exc
    data = [row for doc in _documents(documents) for row in records(doc, rows)]
    return pd.DataFrame.from_records(data, columns=list(COLUMNS[rows]))


class CsvWriter:
    """Writes the rows of one kind of many documents as one CSV table (RFC 4180).

    The header is written first, even when no row follows; ``None`` is an
    empty cell and a value that is not text is written as JSON.
    """

    def __init__(self, out: IO[str], rows: str = "quotes") -> None:
        if rows not in COLUMNS:
            raise ValueError(f"rows must be one of {', '.join(ROW_KINDS)}, not {rows!r}")
        self.rows = rows
        self.columns = COLUMNS[rows]
        self._writer = csv.writer(out, lineterminator="\r\n")
        self._writer.writerow(self.columns)

    def write(self, doc: Document) -> int:
        """Write ``doc``'s rows; returns how many."""
        found = records(doc, self.rows)
        for row in found:
            self._writer.writerow([_cell(row.get(column)) for column in self.columns])
        return len(found)


def _cell(value: JSONValue) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return value
    return json.dumps(value, ensure_ascii=False)
