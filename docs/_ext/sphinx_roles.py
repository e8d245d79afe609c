"""Griffe extension for the docs build: show Sphinx roles as inline code.

The docstrings in src/ use Sphinx cross-reference roles (:class:`Document`,
:meth:`~pressparse.DocumentParser.parse_documents`), which mkdocstrings would
print literally. This turns each into inline code with the short name:
`Document`, `parse_documents`. It changes only what the docs show.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?(?:class|meth|func|attr|data|exc|mod|obj):`(~?)([^`]+)`")


def _replace(match: re.Match[str]) -> str:
    tilde, target = match.groups()
    return f"`{target.rsplit('.', 1)[-1] if tilde else target}`"


class SphinxRoles(griffe.Extension):
    """Rewrite Sphinx roles in every docstring as it is loaded."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = _ROLE.sub(_replace, obj.docstring.value)
