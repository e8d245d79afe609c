"""A self-contained HTML view of a Document (filled in by the HTML issue)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Document


def render_html(doc: Document) -> str:
    """The document's text, escaped, with entities and quotes marked."""
    return f"<!doctype html><meta charset='utf-8'><pre>{html.escape(doc.text)}</pre>"
