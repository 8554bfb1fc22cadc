"""Many releases at once: `parse_many()`, streaming, in order, over processes.

    >>> for item in prparse.parse_many(paths, jobs=4):
    ...     if isinstance(item, prparse.BatchError):
    ...         log(item.key, item.error_type, item.error_message)
    ...     else:
    ...         store(item.key, item.release)

Each source is a `str` or `bytes` document, an `os.PathLike` (the file is
read in the worker, so only the path crosses the process boundary), or a
`(key, source)` pair. A plain `str` is always a document, never a path: a
one-line `str` that names an existing file gives an error record (`a path?
pass pathlib.Path`) rather than a release parsed from the path's own text.

With `timeout=`, a document that takes longer is stopped: its worker
process is killed and replaced, and the document gets a `Timeout` error.
With the `spawn` or `forkserver` start method the calling program must keep
its code under `if __name__ == "__main__":`; without it the workers cannot
start, and `parse_many` raises one `WorkerStartError` saying so.

Records use one name for each thing, in JSON, in flat rows, on `BatchError` and in
the CLI's output: `key`, `error_type` and `error_message`.

Work goes to a process pool in chunks; at most `window` chunks are in
flight, so memory stays bounded however long the input iterable is, and
results come back in input order. A document that raises (unreadable file,
wrong type, a parser bug, a strict-policy defect) gives a `BatchError` for
its index; a worker process that dies (a crash or an out-of-memory kill)
gets a fresh pool, and the documents of the chunk that was lost are re-run
one at a time in a separate process so that only the culprit is reported.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, Protocol, TypeVar

from ._api import DEFAULT_POLICY, Parser, Policy
from ._errors import OptionError, SourceTypeError, WorkerStartError
from ._model import Release

if TYPE_CHECKING:  # imported where used: they cost ~20 ms, and only a pool needs them
    from concurrent.futures import Future, ProcessPoolExecutor

T = TypeVar("T")

Source = str | bytes | os.PathLike[str]
"""One document: its text or bytes, or the path of a file holding it."""

_DOCUMENT_TYPES = (str, bytes, bytearray, memoryview)


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Parsed:
    """A document of a batch that parsed."""

    index: int
    """Position of the source in the input (from 0)."""
    key: object
    """The key given with the source, the path for a path, else None."""
    release: Release


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class BatchError:
    """A document of a batch that could not be parsed; the batch went on."""

    index: int
    """Position of the source in the input (from 0)."""
    key: object
    """The key given with the source, the path for a path, else None."""
    error_type: str
    """The exception's class name (`OSError`, `DefectError`, `WorkerCrashed`...)."""
    error_message: str
    """The exception's message, on one line."""

    def to_dict(self) -> dict[str, Any]:
        """The error as JSON-ready values, named as `to_record()` and the CLI name them:
        `{"index", "key", "error_type", "error_message"}`."""
        return {
            "index": self.index,
            "key": _plain_key(self.key),
            "error_type": self.error_type,
            "error_message": self.error_message,
        }


BatchResult = Parsed | BatchError
"""What `parse_many()` yields for each source."""


class _Failure(NamedTuple):
    """A worker's report that one document raised."""

    error_type: str
    message: str


class _Task:
    """One source of the input, its key kept in this process."""

    __slots__ = ("index", "key", "source")

    def __init__(self, index: int, key: object, source: object) -> None:
        self.index = index
        self.key = key
        self.source = source


class _Done(Generic[T]):
    """A task and what the work made of it: a value or a failure."""

    __slots__ = ("outcome", "task")

    def __init__(self, task: _Task, outcome: T | _Failure) -> None:
        self.task = task
        self.outcome = outcome


def parse_many(
    sources: Iterable[Source | tuple[object, Source]],
    *,
    jobs: int | None = 1,
    policy: Policy | None = None,
    chunksize: int = 8,
    window: int | None = None,
    start_method: str | None = None,
    timeout: float | None = None,
) -> Generator[BatchResult, None, None]:
    """Parse many releases, yielding a `Parsed` or a `BatchError` per source, in order.

    `jobs` is the number of worker processes (0 or None: one per CPU; 1: no
    pool, parse in this process). Sources are sent `chunksize` at a time and
    at most `window` chunks (default `4 * jobs`) are in flight. `start_method`
    picks the multiprocessing start method (`fork`, `spawn`, `forkserver`;
    default: the platform's). `timeout` is the most seconds one document may
    take (it then gives a `Timeout` error and its worker is replaced; a
    document cannot be stopped inside this process, so with `jobs=1` it runs
    in one worker process). Options are checked at once; the input is
    consumed lazily as results are taken; `.close()` (or leaving a `for`
    loop and dropping the generator) stops the workers. Raises
    `WorkerStartError` when no worker process can start.
    """
    parser = Parser(policy or DEFAULT_POLICY)  # checks the policy now, not at the first result
    work = functools.partial(parse_source, parser.policy)
    done = run(
        sources,
        work,
        jobs=jobs,
        chunksize=chunksize,
        window=window,
        start_method=start_method,
        timeout=timeout,
    )
    return (_result(item) for item in done)


def parse_source(policy: Policy, source: object) -> Release:
    """Parse one source of a batch: a document, or the path of a file to read."""
    return Parser(policy).parse(read_source(source))


def read_source(source: object) -> str | bytes:
    """The document a batch source stands for: read a path, pass text and bytes through."""
    if isinstance(source, os.PathLike):
        with open(source, "rb") as file:
            return file.read()
    if isinstance(source, (bytearray, memoryview)):
        return bytes(source)
    if isinstance(source, str):
        if _names_a_file(source):
            raise SourceTypeError(
                f"{source!r} is the name of a file, not a release: a path? pass pathlib.Path"
            )
        return source
    if isinstance(source, bytes):
        return source
    kind = type(source).__name__
    raise SourceTypeError(f"a batch source must be str, bytes or a path, not {kind}")


def _names_a_file(text: str) -> bool:
    """Whether `text` is one short line that is the path of an existing file."""
    if len(text) > 4096 or "\n" in text or not text.strip():
        return False
    try:
        return os.path.isfile(text)
    except OSError:  # a name too long for the file system, say
        return False


def run(
    sources: Iterable[object],
    work: Callable[[Any], T],
    *,
    jobs: int | None = 1,
    chunksize: int = 8,
    window: int | None = None,
    start_method: str | None = None,
    timeout: float | None = None,
) -> Generator[_Done[T], None, None]:
    """Apply `work` (a picklable function of one source) to every source, in order.

    The engine under `parse_many()`; the CLI uses it with a work function
    that returns JSON-ready dicts so the conversion runs in the workers.
    """
    workers = _check_options(jobs, chunksize, window, start_method)
    _check_timeout(timeout)
    tasks = _tasks(sources)
    if workers == 1 and timeout is None:
        return (_Done(task, _attempt(work, task.source)) for task in tasks)
    depth = window if window is not None else 4 * workers
    if timeout is not None:
        from ._timed_pool import TimedPool

        pool: _Pool[T] | TimedPool[T] = TimedPool(work, workers, start_method, timeout)
    else:
        pool = _Pool(work, workers, start_method)
    return _pooled(tasks, pool, chunksize, depth)


def _check_timeout(timeout: float | None) -> None:
    if timeout is None:
        return
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0:
        raise OptionError(f"timeout must be a positive number of seconds or None, got {timeout!r}")


def _check_options(
    jobs: int | None, chunksize: int, window: int | None, start_method: str | None
) -> int:
    if isinstance(jobs, int) and not isinstance(jobs, bool) and jobs == 0:
        jobs = None  # as in the CLI: 0 is one worker per CPU
    workers = (os.cpu_count() or 1) if jobs is None else jobs
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise OptionError(f"jobs must be a positive int, 0 or None, got {jobs!r}")
    if not isinstance(chunksize, int) or chunksize < 1:
        raise OptionError(f"chunksize must be a positive int, got {chunksize!r}")
    if window is not None and (not isinstance(window, int) or window < 1):
        raise OptionError(f"window must be a positive int or None, got {window!r}")
    if start_method is not None and start_method not in _start_methods():
        raise OptionError(f"start_method {start_method!r} is not available here")
    return workers


def _start_methods() -> list[str]:
    import multiprocessing

    return multiprocessing.get_all_start_methods()


def _tasks(sources: Iterable[object]) -> Iterator[_Task]:
    for index, item in enumerate(sources):
        if isinstance(item, tuple) and len(item) == 2:
            key, source = item
        elif isinstance(item, os.PathLike):
            key, source = os.fspath(item), item
        else:
            key, source = None, item
        if isinstance(source, (bytearray, memoryview)):
            source = bytes(source)  # memoryview does not pickle
        yield _Task(index, key, source)


def _attempt(work: Callable[[Any], T], source: object) -> T | _Failure:
    """Run the work on one source; an exception becomes a `_Failure`."""
    try:
        return work(source)
    except Exception as error:
        return _failure(error)


def _failure(error: BaseException) -> _Failure:
    message = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return _Failure(type(error).__name__, " ".join(message.split()) or type(error).__name__)


def _work_chunk(work: Callable[[Any], T], sources: list[object]) -> list[T | _Failure]:
    """In a worker: the outcomes of one chunk of sources."""
    return [_attempt(work, source) for source in sources]


def _ignore_interrupts() -> None:
    """In a worker: leave Ctrl-C to the parent, which stops the pool (no worker tracebacks)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _chunks(tasks: Iterator[_Task], size: int) -> Iterator[list[_Task]]:
    chunk: list[_Task] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _AnyPool(Protocol[T]):
    """What `_pooled` needs of a pool: ordered chunks in, their results out."""

    def submit(self, chunk: list[_Task]) -> None: ...
    def in_flight(self) -> int: ...
    def take(self) -> list[_Done[T]]: ...
    def close(self) -> None: ...


def _pooled(
    tasks: Iterator[_Task], pool: _AnyPool[T], chunksize: int, depth: int
) -> Generator[_Done[T], None, None]:
    try:
        for chunk in _chunks(tasks, chunksize):
            pool.submit(chunk)
            while pool.in_flight() >= depth:
                yield from pool.take()
        while pool.in_flight():
            yield from pool.take()
    finally:
        pool.close()


class _Pool(Generic[T]):
    """A process pool with an ordered queue of submitted chunks, restarted if it breaks."""

    def __init__(self, work: Callable[[Any], T], workers: int, start_method: str | None) -> None:
        self._work = work
        self._workers = workers
        import multiprocessing

        self._context = multiprocessing.get_context(start_method)
        self._executor = self._new_executor(workers)
        self._queue: deque[tuple[list[_Task], Future[list[T | _Failure]]]] = deque()

    def _new_executor(self, workers: int) -> ProcessPoolExecutor:
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(
            max_workers=workers, mp_context=self._context, initializer=_ignore_interrupts
        )

    def _send(self, chunk: list[_Task]) -> Future[list[T | _Failure]]:
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._executor.submit(_work_chunk, self._work, [task.source for task in chunk])
        except BrokenProcessPool as error:  # a worker died since: `take()` recovers this chunk
            broken: Future[list[T | _Failure]] = Future()
            broken.set_exception(error)
            return broken

    def submit(self, chunk: list[_Task]) -> None:
        """Queue one chunk of tasks."""
        self._queue.append((chunk, self._send(chunk)))

    def in_flight(self) -> int:
        """How many chunks are queued and not yet taken."""
        return len(self._queue)

    def take(self) -> list[_Done[T]]:
        """The results of the oldest chunk, waiting for it if needed."""
        from concurrent.futures.process import BrokenProcessPool

        chunk, future = self._queue.popleft()
        try:
            outcomes = future.result()
        except BrokenProcessPool:
            outcomes = self._recover(chunk)
        except Exception as error:  # the chunk or its results did not pickle
            outcomes = [_failure(error)] * len(chunk)
        return [_Done(task, outcome) for task, outcome in zip(chunk, outcomes, strict=True)]

    def _recover(self, chunk: list[_Task]) -> list[T | _Failure]:
        """After a worker died: run the lost chunk one document per process, then restart."""
        self._executor.shutdown(wait=True, cancel_futures=True)
        check_workers_start(self._context)
        outcomes = [self._isolated(task) for task in chunk]
        self._executor = self._new_executor(self._workers)
        self._queue = deque((queued, self._send(queued)) for queued, _ in self._queue)
        return outcomes

    def _isolated(self, task: _Task) -> T | _Failure:
        from concurrent.futures.process import BrokenProcessPool

        with self._new_executor(1) as single:
            try:
                return single.submit(_work_chunk, self._work, [task.source]).result()[0]
            except BrokenProcessPool:
                return _Failure("WorkerCrashed", "the worker process died parsing this document")

    def close(self) -> None:
        """Stop the workers, dropping queued work (when the consumer stopped early)."""
        self._executor.shutdown(wait=True, cancel_futures=True)


def _started() -> None:
    """In a probe process: nothing; that it ran at all is the answer."""


def check_workers_start(context: Any) -> None:
    """Raise `WorkerStartError` when a process of `context` cannot even start and exit cleanly.

    Told apart from a document that kills its worker: a process that runs
    nothing dies too only when starting is what fails (with `spawn`, the
    calling program started parsing again at its import, having no
    `if __name__ == "__main__":` guard).
    """
    probe = context.Process(target=_started, daemon=True)
    try:
        probe.start()
        probe.join(60)
    except RuntimeError as error:
        raise WorkerStartError(_START_ADVICE.format(error=error)) from error
    if probe.exitcode != 0:
        if probe.is_alive():
            probe.kill()
        advice = _START_ADVICE.format(error=f"a process that runs nothing exited {probe.exitcode}")
        raise WorkerStartError(advice) from None


_START_ADVICE = (
    "parse_many's worker processes could not start ({error}); with the spawn or forkserver "
    'start method, put the calling code under `if __name__ == "__main__":`'
)


def _result(done: _Done[Release]) -> BatchResult:
    task, outcome = done.task, done.outcome
    if isinstance(outcome, _Failure):
        return BatchError(
            index=task.index,
            key=task.key,
            error_type=outcome.error_type,
            error_message=outcome.message,
        )
    return Parsed(index=task.index, key=task.key, release=outcome)


def _plain_key(key: object) -> object:
    if key is None or isinstance(key, (str, int, float, bool)):
        return key
    return str(key)
