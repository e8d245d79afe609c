"""The police_bulk development set: read, resolve and check the hand annotations.

Annotations live in ``benchmarks/gold/police_bulk/*.json``, one object per
file mapping a corpus path (``news/<Force>/<sha1>.md``, relative to
``../shared/corpus/police_bulk``) to its annotation. The split of every file
is fixed by ``benchmarks/gold/.bulk_files.txt`` (lines 1-72 dev, 73-104
heldout, 105-152 dev: a second draw added to the development side, 153-192
heldout: a third draw, annotated after the rules it tests were written,
193-240 dev: a fourth draw, 241-288 dev: a fifth, 289-336 dev: a sixth,
337-384 heldout: a seventh, 385-432 dev: an eighth, 433-480 dev: a ninth, 481-528
dev: a tenth, 529-576 dev: an eleventh, 577-624 dev: a twelfth, 625-672 dev: a
thirteenth, 673-720 dev: a fourteenth, 721-768 dev: a fifteenth, 769-816 dev:
a sixteenth, 817-864 dev: a seventeenth, 865-912 dev: an eighteenth, 913-960 dev: a
nineteenth, 961-1008 dev: a twentieth, 1009-1056 dev: a twenty-first, 1057-1104
dev: a twenty-second, 1105-1200 heldout: a twenty-third and twenty-fourth, scored
only, to make the held-out part large enough to read a field's accuracy from,
1201-1248 dev: a twenty-fifth, 1249-1296 dev: a twenty-sixth, 1297-1392 dev: a twenty-seventh and
twenty-eighth, seeds 20261225-20261226), never by the
annotator.

Quote parts are written as exact substrings of the file, so annotations can
be checked by string search; ``resolve_parts`` turns them into code-point
offsets into the whole file (``open(path, encoding="utf-8", newline="")``).
A part that occurs more than once gives ``{"text": ..., "occurrence": n}``
(1-based, counting from the start of the file, front matter included).

Run ``python benchmarks/bulk_gold.py`` to check every annotation: each
part must be found, the split must come from the file list, and the fields
must have the documented types. It prints one line per problem and a summary.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
GOLD_DIR = HERE / "gold" / "police_bulk"
FILE_LIST = HERE / "gold" / ".bulk_files.txt"
# 1-based lines of the file list
HELDOUT_LINES = (frozenset(range(73, 105)) | frozenset(range(153, 193))
                 | frozenset(range(337, 385)) | frozenset(range(1105, 1201)))

QUOTE_KINDS = {"direct", "indirect", "mixed"}
SPEAKER_KINDS = {"person", "organization", "other"}
REFERENCE_KINDS = {"incident", "crime", "other"}


def file_splits() -> dict[str, str]:
    names = [line.strip() for line in FILE_LIST.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    return {name: ("heldout" if k in HELDOUT_LINES else "dev")
            for k, name in enumerate(names, start=1)}


def load_annotations() -> dict[str, dict[str, Any]]:
    """Every annotated file, with its split from the file list."""
    splits = file_splits()
    out: dict[str, dict[str, Any]] = {}
    if not GOLD_DIR.is_dir():
        return out
    for path in sorted(GOLD_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for name, annotation in data.items():
            annotation = dict(annotation)
            annotation["split"] = splits.get(name, "unlisted")
            annotation["_source"] = path.name
            out[name] = annotation
    return out


def _find(text: str, needle: str, occurrence: int) -> int:
    start = -1
    for _ in range(occurrence):
        start = text.find(needle, start + 1)
        if start < 0:
            return -1
    return start


def resolve_parts(text: str, parts: list[Any]) -> list[tuple[int, int]] | str:
    """Offsets of each part in ``text``, or a message saying which part failed."""
    spans = []
    for part in parts:
        needle, occurrence = (part, 1) if isinstance(part, str) else (
            part.get("text", ""), int(part.get("occurrence", 1)))
        if not needle:
            return "empty part"
        start = _find(text, needle, occurrence)
        if start < 0:
            return f"part not found (occurrence {occurrence}): {needle[:60]!r}"
        if isinstance(part, str) and text.find(needle, start + 1) >= 0:
            return f"part occurs more than once, give 'occurrence': {needle[:60]!r}"
        spans.append((start, start + len(needle)))
    return spans


def check(corpus: Path) -> int:
    problems = 0
    annotations = load_annotations()
    root = corpus / "police_bulk"

    def say(name: str, message: str) -> None:
        nonlocal problems
        problems += 1
        print(f"{name}: {message}")

    for name, ann in annotations.items():
        if ann["split"] == "unlisted":
            say(name, "not in .bulk_files.txt")
            continue
        path = root / name
        if not path.is_file():
            say(name, "no such corpus file")
            continue
        with open(path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        for key in ("people", "organizations", "phones", "money", "dates", "references",
                    "quotes"):
            if not isinstance(ann.get(key), list):
                say(name, f"{key!r} missing or not a list")
        for person in ann.get("people", []):
            if not isinstance(person, dict) or not isinstance(person.get("name"), str):
                say(name, f"person without a name: {person!r}")
        for ref in ann.get("references", []):
            if not isinstance(ref, dict) or ref.get("kind") not in REFERENCE_KINDS \
                    or not isinstance(ref.get("number"), str):
                say(name, f"bad reference: {ref!r}")
        for k, quote in enumerate(ann.get("quotes", [])):
            if quote.get("kind") not in QUOTE_KINDS:
                say(name, f"quote {k}: kind {quote.get('kind')!r}")
            if quote.get("speaker") is not None and quote.get("speaker_kind") not in SPEAKER_KINDS:
                say(name, f"quote {k}: speaker_kind {quote.get('speaker_kind')!r}")
            resolved = resolve_parts(text, quote.get("parts", []))
            if isinstance(resolved, str):
                say(name, f"quote {k}: {resolved}")
            elif not resolved:
                say(name, f"quote {k}: no parts")
    listed = file_splits()
    done = {s: sum(1 for a in annotations.values() if a["split"] == s) for s in ("dev", "heldout")}
    print(f"{len(annotations)} of {len(listed)} files annotated "
          f"(dev {done['dev']}, heldout {done['heldout']}); {problems} problem(s)")
    return 1 if problems else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=HERE.parent.parent / "shared" / "corpus")
    args = parser.parse_args()
    sys.exit(check(args.corpus))


if __name__ == "__main__":
    main()
