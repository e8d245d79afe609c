"""Type aliases shared across pressparse."""

from __future__ import annotations

import os
from typing import TypeAlias, Union

#: A value that :func:`json.dumps` writes and :func:`json.loads` gives back unchanged.
JSONValue: TypeAlias = None | bool | int | float | str | list["JSONValue"] | dict[str, "JSONValue"]

#: Anything :func:`open` accepts as a file name.
PathLike: TypeAlias = Union[str, "os.PathLike[str]"]
