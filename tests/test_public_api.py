"""The public facade: what is exported, and that importing it stays cheap."""

from __future__ import annotations

import subprocess
import sys

import pressparse


def test_all_imports_are_exported():
    public = {name for name in dir(pressparse) if not name.startswith("_")}
    exported = set(pressparse.__all__)
    modules = {"errors", "models"}
    assert public - modules - {"annotations"} == exported - {"__version__"}
    assert pressparse.__all__ == sorted(pressparse.__all__, key=str)


def test_import_loads_no_spacy():
    code = "import sys, pressparse; print('spacy' in sys.modules, 'yaml' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_error_hierarchy_subclasses_builtins():
    assert issubclass(pressparse.InputError, ValueError)
    assert issubclass(pressparse.FrontMatterError, pressparse.InputError)
    assert issubclass(pressparse.DecodingError, pressparse.InputError)
    assert issubclass(pressparse.ModelNotFoundError, OSError)
    assert issubclass(pressparse.ModelNotFoundError, pressparse.PressParseError)


def test_errors_pickle_with_their_attributes():
    import pickle

    errors = [
        pressparse.FrontMatterError(path="a.md", line=3, column=2, reason="bad"),
        pressparse.DecodingError("not text", path="b.md", encoding="utf-8", line=4),
        pressparse.InputTooLargeError(path="c.md", size=10, limit=5),
        pressparse.ModelNotFoundError("install it", model="xx"),
        pressparse.InputError("plain", path="d.md"),
    ]
    for error in errors:
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error)
        assert str(copy) == str(error)
        assert copy.__dict__ == error.__dict__
