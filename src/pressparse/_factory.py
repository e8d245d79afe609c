"""Registers the ``pressparse`` spaCy factory; imported by spaCy, never by pressparse.

spaCy finds this module through the ``spacy_factories`` entry point in
``pyproject.toml`` when a pipeline asks for ``"pressparse"`` (spaCy's
"best practices" for plugins): registration is not a side effect of
``import pressparse``.
"""

from __future__ import annotations

from spacy.language import Language

from ._component import PressParseComponent

__all__ = ["make_pressparse"]


@Language.factory(
    "pressparse",
    default_config={"attr": "pressparse", "region": None},
    requires=["token.dep", "doc.ents"],
    assigns=["doc._.pressparse"],
)
def make_pressparse(nlp: Language, name: str, attr: str, region: str | None
                    ) -> PressParseComponent:
    """Build the component (see :class:`pressparse.PressParseComponent`)."""
    return PressParseComponent(nlp, name, attr=attr, region=region)
