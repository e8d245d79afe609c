"""The police forces of the United Kingdom: their names, web hosts and areas.

A force's release often never names the force: the reader knows who runs
``www.cambs.police.uk`` or whose release is filed under "Cambridgeshire". This
is the public list of forces (the one data.police.uk publishes, with the
national and special forces beside the territorial ones), the host label each
publishes under and the area a release may be filed under. It names bodies,
not people or places, and it is complete: no force is here because a document
mentioned it.
"""

from __future__ import annotations

import re

from .context import url_host

#: Each force's name, as the force writes it, and the host labels of its site
#: (``<label>.police.uk``).
FORCES: dict[str, tuple[str, ...]] = {
    "Avon and Somerset Police": ("avonandsomerset",),
    "Bedfordshire Police": ("bedfordshire", "beds"),
    "British Transport Police": ("btp",),
    "Cambridgeshire Constabulary": ("cambs", "cambridgeshire"),
    "Cheshire Constabulary": ("cheshire",),
    "City of London Police": ("cityoflondon",),
    "Civil Nuclear Constabulary": ("cnc",),
    "Cleveland Police": ("cleveland",),
    "Cumbria Constabulary": ("cumbria",),
    "Derbyshire Constabulary": ("derbyshire",),
    "Devon and Cornwall Police": ("devon-cornwall", "devonandcornwall"),
    "Dorset Police": ("dorset",),
    "Durham Constabulary": ("durham",),
    "Dyfed-Powys Police": ("dyfed-powys",),
    "Essex Police": ("essex",),
    "Gloucestershire Constabulary": ("gloucestershire",),
    "Greater Manchester Police": ("gmp",),
    "Gwent Police": ("gwent",),
    "Hampshire Constabulary": ("hampshire",),
    "Hertfordshire Constabulary": ("herts", "hertfordshire"),
    "Humberside Police": ("humberside",),
    "Kent Police": ("kent",),
    "Lancashire Constabulary": ("lancashire",),
    "Leicestershire Police": ("leics", "leicestershire"),
    "Lincolnshire Police": ("lincs", "lincolnshire"),
    "Merseyside Police": ("merseyside",),
    "Metropolitan Police": ("met",),
    "Ministry of Defence Police": ("mod",),
    "Norfolk Constabulary": ("norfolk",),
    "North Wales Police": ("north-wales", "northwales"),
    "North Yorkshire Police": ("northyorkshire",),
    "Northamptonshire Police": ("northants", "northamptonshire"),
    "Northumbria Police": ("northumbria",),
    "Nottinghamshire Police": ("nottinghamshire", "notts"),
    "Police Scotland": ("scotland",),
    "Police Service of Northern Ireland": ("psni",),
    "South Wales Police": ("south-wales", "southwales"),
    "South Yorkshire Police": ("southyorks", "southyorkshire"),
    "Staffordshire Police": ("staffordshire",),
    "Suffolk Constabulary": ("suffolk",),
    "Surrey Police": ("surrey",),
    "Sussex Police": ("sussex",),
    "Thames Valley Police": ("thamesvalley",),
    "Warwickshire Police": ("warwickshire",),
    "West Mercia Police": ("westmercia",),
    "West Midlands Police": ("west-midlands", "westmidlands"),
    "West Yorkshire Police": ("westyorkshire",),
    "Wiltshire Police": ("wiltshire",),
}

_BY_LABEL = {label: name for name, labels in FORCES.items() for label in labels}
_FORCE_WORDS = frozenset({"police", "constabulary", "service", "of"})


def force_of_host(url: str | None) -> str | None:
    """The force whose site ``url`` is on (``www.herts.police.uk``), else ``None``."""
    labels = url_host(url).split(".")
    if labels[-2:] != ["police", "uk"] or len(labels) < 3:
        return None
    return _BY_LABEL.get(labels[-3])


def force_of_area(area: str | None) -> str | None:
    """The one force whose name holds every word of ``area`` ("Thames Valley")."""
    if not area:
        return None
    words = set(_words(area)) - _FORCE_WORDS
    if not words:
        return None
    found = [name for name in FORCES if words <= set(_words(name))]
    return found[0] if len(found) == 1 else None


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())
