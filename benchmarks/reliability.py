"""Every case of issue #14, each in its own process: outcome, seconds, peak RSS.

A case passes when its outcome is a parsed document or a typed pressparse
error (or, for the command, the documented exit status and message), within
60 s and 1.5 GB of peak resident memory (this process's children included).
The ``+`` cases go past the default ``max_bytes`` on purpose, to show that
memory stays bounded and time linear beyond it; they are not held to 60 s.

    python benchmarks/reliability.py              # every case, a table
    python benchmarks/reliability.py --cases police_14286 pound_20000
    python benchmarks/reliability.py --list

Not a pytest file: the big cases take minutes and gigabytes (tests/test_robustness.py
covers each behaviour on small inputs). Exit status 1 if a case fails.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import resource
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

LIMIT_SECONDS = 60.0
LIMIT_RSS_MB = 1536.0
CASES: dict[str, Callable[[Path], str]] = {}
BEYOND_LIMIT: set[str] = set()


def case(name: str, *, beyond: bool = False) -> Callable[[Callable[[Path], str]],
                                                          Callable[[Path], str]]:
    def register(func: Callable[[Path], str]) -> Callable[[Path], str]:
        CASES[name] = func
        if beyond:
            BEYOND_LIMIT.add(name)
        return func
    return register


# --------------------------------------------------------------------------- helpers

def _parser(**kwargs: object):  # type: ignore[no-untyped-def]
    from pressparse import DocumentParser

    parser = DocumentParser(**kwargs)  # type: ignore[arg-type]
    parser.nlp  # noqa: B018 - load now
    return parser


def _outcome(parse: Callable[[], object]) -> str:
    """``parsed (...)`` or ``typed: Class``; anything else is ``UNTYPED``."""
    from pressparse import Document, PressParseError

    try:
        doc = parse()
    except PressParseError as exc:
        return f"typed: {type(exc).__name__}"
    except Exception as exc:  # noqa: BLE001 - that is what we measure
        return f"UNTYPED: {type(exc).__name__}: {str(exc)[:80]}"
    assert isinstance(doc, Document)
    doc.to_json().encode("utf-8")
    for span in (*doc.entities, *(p for q in doc.quotes for p in q.parts)):
        if doc.text[span.start:span.end] != span.text:
            return "OFFSETS WRONG"
    return f"parsed ({len(doc.quotes)} quotes, {len(doc.entities)} entities)"


def _paragraphs(size: int, *, breaks: bool = True, quotes: bool = True) -> str:
    rng = random.Random(size)
    names = ["Jane Smith", "Tom Hale", "Amy Cole", "Priya Shah", "Lee Grant"]
    out: list[str] = []
    total = 0
    while total < size:
        open_, close = ("\u201c", "\u201d") if quotes else ("", "")
        piece = (f"Detective Sergeant {rng.choice(names)} of Exampleshire Police said: "
                 f"{open_}We are appealing for witnesses to the incident on "
                 f"{rng.randint(1, 28)} May in Exampleton. Anyone with information should "
                 f"call 101 quoting log {rng.randint(100, 999)}.{close}"
                 + ("\n\n" if breaks else " "))
        out.append(piece)
        total += len(piece.encode("utf-8"))
    data = "".join(out).encode("utf-8")[:size]
    return data.decode("utf-8", "ignore")


def _cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None,
         timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "pressparse", *args], input=stdin,
                          capture_output=True, timeout=timeout, cwd=cwd, check=False)


def _err(result: subprocess.CompletedProcess[bytes]) -> str:
    lines = result.stderr.decode("utf-8", "replace").strip().splitlines()
    errors = [line for line in lines if line.startswith("pressparse: error")]
    return (errors or lines or [""])[0][:90]


def _releases(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"release-{i:03d}.md"
        path.write_text(f"---\ntitle: Release {i}\n---\nOfficer Amy Cole said: \u201cCall 101 "
                        f"about incident {i}.\u201d\n", encoding="utf-8")
        paths.append(path)
    return paths


# --------------------------------------------------------------------------- 1. size

@case("body_1mb")
def _(tmp: Path) -> str:
    return _outcome(lambda: _parser().parse_text(_paragraphs(1_000_000)))


@case("body_4mb")
def _(tmp: Path) -> str:
    path = tmp / "4mb.md"
    path.write_text(_paragraphs(4_000_000), encoding="utf-8")
    return _outcome(lambda: _parser().parse_document(path))


@case("body_10mb")
def _(tmp: Path) -> str:
    path = tmp / "10mb.md"
    path.write_text(_paragraphs(10_000_000), encoding="utf-8")
    return _outcome(lambda: _parser().parse_document(path))


@case("body_4mb_unlimited+", beyond=True)
def _(tmp: Path) -> str:
    return _outcome(lambda: _parser(max_bytes=None).parse_text(_paragraphs(4_000_000)))


@case("line_2mb_quotes")
def _(tmp: Path) -> str:
    return _outcome(lambda: _parser().parse_text(_paragraphs(2_000_000, breaks=False)))


@case("line_2mb_plain")
def _(tmp: Path) -> str:
    return _outcome(lambda: _parser().parse_text(
        _paragraphs(2_000_000, breaks=False, quotes=False)))


# --------------------------------------------------------------------------- 2. YAML tags

@case("yaml_bad_tags")
def _(tmp: Path) -> str:
    parser = _parser()
    found = set()
    for value in ("!!bool maybe", '!!int ""', '!!int "-"', '!!float ""', "!!timestamp foo"):
        found.add(_outcome(lambda v=value: parser.parse_text(f"---\nx: {v}\n---\nBody.\n")))
    return " / ".join(sorted(found))


@case("cli_collect_bad_tags_j1")
def _(tmp: Path) -> str:
    folder = tmp / "in"
    _releases(folder, 60)
    for i, value in enumerate(("!!bool maybe", '!!int ""', '!!float ""', "!!timestamp foo")):
        (folder / f"release-{i * 15:03d}.md").write_text(f"---\nx: {value}\n---\nBody.\n",
                                                         encoding="utf-8")
    result = _cli(str(folder), "-j", "1", "-o", str(tmp / "out.jsonl"))
    written = len((tmp / "out.jsonl").read_text(encoding="utf-8").splitlines())
    return f"exit {result.returncode}: {written} of 56 good written, {_err(result)[-40:]}"


# --------------------------------------------------------------------------- 3. -o

@case("cli_output_is_input")
def _(tmp: Path) -> str:
    path = tmp / "r.md"
    path.write_text("Body.\n", encoding="utf-8")
    result = _cli(str(path), "-o", str(path))
    intact = path.read_text(encoding="utf-8") == "Body.\n"
    return f"exit {result.returncode}, input {'intact' if intact else 'DESTROYED'}"


@case("cli_all_fail_keeps_output")
def _(tmp: Path) -> str:
    target = tmp / "out.jsonl"
    target.write_text("previous\n", encoding="utf-8")
    result = _cli(str(tmp / "missing.md"), "-o", str(target))
    kept = target.read_text(encoding="utf-8") == "previous\n"
    return f"exit {result.returncode}, output {'kept' if kept else 'TRUNCATED'}"


# --------------------------------------------------------------------------- 4. encodings

@case("cli_non_utf8_name")
def _(tmp: Path) -> str:
    name = os.fsdecode(b"caf\xe9.md")
    (tmp / name).write_text("Officer Amy Cole said: \u201cThanks.\u201d\n", encoding="utf-8")
    result = _cli(name, cwd=tmp)
    record = json.loads(result.stdout.decode("utf-8"))
    return f"exit {result.returncode}, path {record['path']}"


@case("parse_text_surrogate")
def _(tmp: Path) -> str:
    return _outcome(lambda: _parser().parse_text("Bad \udc80 text."))


# --------------------------------------------------------------------------- 5. reader

@case("dev_zero")
def _(tmp: Path) -> str:
    return _outcome(lambda: _parser().parse_document("/dev/zero"))


@case("fifo")
def _(tmp: Path) -> str:
    fifo = tmp / "pipe.md"
    os.mkfifo(fifo)
    return _outcome(lambda: _parser().parse_document(fifo))


@case("cli_stdin_50mb")
def _(tmp: Path) -> str:
    result = _cli("-", stdin=b"x" * (50 * 1024 * 1024))
    return f"exit {result.returncode}: {_err(result)[:70]}"


# --------------------------------------------------------------------------- 6. quadratic

@case("police_14286")
def _(tmp: Path) -> str:
    return _outcome(lambda: _parser().parse_text("Police " * 14286))


@case("pound_20000")
def _(tmp: Path) -> str:
    return _outcome(lambda: _parser().parse_text("\u00a3" * 20000))


@case("dquote_20000")
def _(tmp: Path) -> str:
    return _outcome(lambda: _parser().parse_text('"' * 20000))


@case("mixed_punct_200k")
def _(tmp: Path) -> str:
    return _outcome(lambda: _parser().parse_text("(\u00a3\"'?" * 40000))


# --------------------------------------------------------------------------- 7. signals

def _children(pid: int) -> list[int]:
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        with contextlib.suppress(OSError):
            if f"\nPPid:\t{pid}\n" in status.read_text():
                found.append(int(status.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text().split("State:", 1)[1].split("\n")[0]
    except (OSError, IndexError):
        return False
    return "zombie" not in state


def _start_jobs_run(tmp: Path, n: int = 1500, *extra: str) -> tuple[subprocess.Popen[bytes],
                                                                    list[int]]:
    # Enough releases that the run is still going when the signal comes, on an idle
    # machine too (200 were all parsed within the second this waits).
    _releases(tmp / "in", n)
    process = subprocess.Popen([sys.executable, "-m", "pressparse", str(tmp / "in"), "-o",
                                str(tmp / "out.jsonl"), "--jobs", "2", "--batch-size", "1",
                                *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(_children(process.pid)) < 2:
        time.sleep(0.1)
    time.sleep(1.0)
    return process, _children(process.pid)


@case("cli_sigterm_jobs2")
def _(tmp: Path) -> str:
    process, workers = _start_jobs_run(tmp)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    time.sleep(0.5)
    alive = [pid for pid in workers if _alive(pid)]
    left = (tmp / "out.jsonl").exists()
    return (f"exit {process.returncode}, {len(alive)} of {len(workers)} workers alive, "
            f"output {'LEFT' if left else 'not left'}: {err.decode()[:45].strip()}")


@case("cli_sigkill_parent_jobs2")
def _(tmp: Path) -> str:
    process, workers = _start_jobs_run(tmp)
    process.kill()
    process.communicate(timeout=60)
    time.sleep(1.0)
    alive = [pid for pid in workers if _alive(pid)]
    for pid in alive:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    return f"parent killed: {len(alive)} of {len(workers)} workers alive after 1 s"


@case("cli_worker_sigkill")
def _(tmp: Path) -> str:
    process, workers = _start_jobs_run(tmp)
    if workers:
        os.kill(workers[0], signal.SIGKILL)
    _, err = process.communicate(timeout=120)
    text = err.decode("utf-8", "replace")
    blamed = "bug in pressparse" in text
    written = len((tmp / "out.jsonl").read_text(encoding="utf-8").splitlines()) \
        if (tmp / "out.jsonl").exists() else 0
    failed = text.count("not parsed")
    return (f"exit {process.returncode}, {written} written, {failed} not parsed, "
            f"{'BLAMED AS BUG' if blamed else 'no file blamed as a bug'}")


@case("cli_json_sigint_stdout")
def _(tmp: Path) -> str:
    _releases(tmp / "in", 200)
    process = subprocess.Popen([sys.executable, "-m", "pressparse", str(tmp / "in"), "-f",
                                "json", "--batch-size", "1"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    time.sleep(12)
    process.send_signal(signal.SIGINT)
    out, _ = process.communicate(timeout=60)
    try:
        records = json.loads(out.decode("utf-8"))
    except ValueError:
        return f"exit {process.returncode}, INVALID JSON"
    return f"exit {process.returncode}, valid JSON array of {len(records)}"


# --------------------------------------------------------------------------- 8. paths

@case("symlink_loop")
def _(tmp: Path) -> str:
    loop = tmp / "loop.md"
    loop.symlink_to(loop)
    result = _cli(str(loop))
    return f"exit {result.returncode}: {_err(result)[-40:]}"


@case("odd_paths_collect")
def _(tmp: Path) -> str:
    from pressparse import ParseFailure

    parser = _parser()
    results = list(parser.parse_documents([tmp, "a\x00b.md", 5, None], on_error="collect"))
    kinds = {type(r.error).__name__ if isinstance(r, ParseFailure) else "Document"
             for r in results}
    return "typed: " + ", ".join(sorted(kinds))


# --------------------------------------------------------------------------- 9. outside -o

@case("cli_glob_parent")
def _(tmp: Path) -> str:
    (tmp / "top.md").write_text("Body.\n", encoding="utf-8")
    (tmp / "in").mkdir()
    result = _cli("in", "-g", "../*.md", "-f", "html", "-o", "html", cwd=tmp)
    outside = (tmp / "top.html").exists()
    return f"exit {result.returncode}, {'WROTE OUTSIDE' if outside else 'nothing outside -o'}"


@case("cli_glob_absolute")
def _(tmp: Path) -> str:
    (tmp / "in").mkdir()
    result = _cli(str(tmp / "in"), "-g", "/etc/*")
    return f"exit {result.returncode}: {_err(result)[:60]}"


# --------------------------------------------------------------------------- 10. smaller

@case("double_bom_offset")
def _(tmp: Path) -> str:
    from pressparse._source import decode_bytes

    path = tmp / "bom.md"
    path.write_bytes(b"\xef\xbb\xbf\xef\xbb\xbfOfficers said: \xe2\x80\x9cHello.\xe2\x80\x9d\n")
    doc = _parser().parse_document(path)
    exact = decode_bytes(path.read_bytes())[doc.body_offset:] == doc.text
    return f"parsed, body_offset {'exact' if exact else 'WRONG'}"


@case("toml_lone_cr")
def _(tmp: Path) -> str:
    return _outcome(lambda: _parser().parse_text('+++\rtitle = "A"\r+++\rBody.\r'))


@case("yaml_u2028_line")
def _(tmp: Path) -> str:
    from pressparse import FrontMatterError

    try:
        _parser().parse_text('---\ntitle: "a\u2028b"\nk: v: w\n---\nBody\n')
    except FrontMatterError as exc:
        return f"typed: FrontMatterError at line {exc.line} (file line 3)"
    return "NOT REFUSED"


@case("colliding_keys")
def _(tmp: Path) -> str:
    return _outcome(lambda: _parser().parse_text("---\n1: a\n\"1\": b\n---\nBody\n"))


@case("parse_text_metadata_list")
def _(tmp: Path) -> str:
    return _outcome(lambda: _parser().parse_text("Body", metadata=["x"]))  # type: ignore[arg-type]


@case("from_json_minimal")
def _(tmp: Path) -> str:
    from pressparse import Document

    return _outcome(lambda: Document.from_json('{"schema_version":"1.0"}'))


# --------------------------------------------------------------------------- runner

def run_one(name: str) -> None:
    """(In the child) run one case and print its outcome and peak RSS as JSON."""
    with tempfile.TemporaryDirectory(prefix="pressparse-reliability-") as tmp:
        try:
            outcome = CASES[name](Path(tmp))
        except Exception as exc:  # noqa: BLE001 - reported as the case's outcome
            outcome = f"UNTYPED: {type(exc).__name__}: {str(exc)[:80]}"
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"outcome": outcome, "rss_kb": max(own, children)}))


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--cases", nargs="*", default=list(CASES), choices=list(CASES))
    args.add_argument("--list", action="store_true")
    args.add_argument("--run", help=argparse.SUPPRESS)
    opts = args.parse_args(argv)
    if opts.run:
        run_one(opts.run)
        return 0
    if opts.list:
        print("\n".join(CASES))
        return 0
    print(f"{'case':<28} {'seconds':>8} {'peak MB':>8}  outcome")
    failed = 0
    for name in opts.cases:
        started = time.perf_counter()
        child = subprocess.run([sys.executable, __file__, "--run", name], capture_output=True,
                               text=True, timeout=1800, check=False)
        seconds = time.perf_counter() - started
        try:
            report = json.loads(child.stdout.strip().splitlines()[-1])
            outcome, rss_mb = report["outcome"], report["rss_kb"] / 1024
        except (IndexError, ValueError, KeyError):
            outcome, rss_mb = f"CRASHED (exit {child.returncode}): {child.stderr[-200:]}", 0.0
        bad = outcome.startswith(("UNTYPED", "CRASHED", "OFFSETS", "NOT")) \
            or any(word in outcome for word in ("WRONG", "DESTROYED", "TRUNCATED", "LEFT",
                                                "INVALID", "BLAMED", "OUTSIDE")) \
            or rss_mb > LIMIT_RSS_MB \
            or (seconds > LIMIT_SECONDS and name not in BEYOND_LIMIT)
        failed += bad
        print(f"{name:<28} {seconds:8.1f} {rss_mb:8.0f}  {'FAIL ' if bad else ''}{outcome}",
              flush=True)
    print(f"\n{len(opts.cases) - failed} of {len(opts.cases)} cases passed "
          f"(limits: {LIMIT_SECONDS:.0f} s, {LIMIT_RSS_MB:.0f} MB peak RSS; "
          f"'+' cases go beyond max_bytes and are held to the memory limit only)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
