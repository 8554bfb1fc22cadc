"""A pool of worker processes that stops a document over its time limit.

`parse_many(timeout=...)` needs what `concurrent.futures` cannot give: the
moment one document started, and a way to stop just that document. Each
worker here is a process with a pipe; the parent sends one document at a
time, so it knows when each started. A new worker says when it is ready (its
interpreter started and prparse imported): the clock of its first document
starts then, so a slow start-up on a busy machine is not charged to the
document. A document still running at its
deadline has its worker killed (a parse stuck in C code hears no signal)
and a fresh worker takes the worker's place; the document gets a `Timeout`
error. A worker that dies gets a `WorkerCrashed` error for its document.
Results come back in input order, chunk by chunk, as from `_batch._Pool`.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

from ._batch import (
    _attempt,
    _Done,
    _Failure,
    _failure,
    _ignore_interrupts,
    _Task,
    check_workers_start,
)

T = TypeVar("T")
_PENDING = object()
_READY = "ready"
"""What a worker sends once, before any outcome: it has started and can work."""


def _serve(conn: Connection, work: Callable[[Any], Any]) -> None:
    """In a worker: answer each document sent with its outcome, until told to stop."""
    _ignore_interrupts()
    conn.send(_READY)
    while True:
        try:
            source = conn.recv()
        except EOFError:
            return
        if source is None:
            return
        conn.send(_attempt(work, source))


class _Slot:
    """One task and, once known, its outcome."""

    __slots__ = ("outcome", "task")

    def __init__(self, task: _Task) -> None:
        self.task = task
        self.outcome: object = _PENDING


class _Worker:
    """A worker process, its end of the pipe, and the slot it is working on."""

    __slots__ = ("conn", "done", "process", "ready", "slot", "started")

    def __init__(self, context: Any, work: Callable[[Any], Any]) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, work), daemon=True)
        self.process.start()
        child.close()
        self.slot: _Slot | None = None
        self.started = 0.0
        self.ready = False
        self.done = 0

    def stop(self) -> None:
        """End the process at once and free its pipe."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


class TimedPool(Generic[T]):
    """Worker processes, one document each at a time, each document under `timeout` seconds."""

    def __init__(
        self, work: Callable[[Any], T], workers: int, start_method: str | None, timeout: float
    ) -> None:
        import multiprocessing

        self._context = multiprocessing.get_context(start_method)
        self._work = work
        self._size = workers
        self._timeout = timeout
        self._workers: list[_Worker] = []
        self._chunks: deque[list[_Slot]] = deque()
        self._waiting: deque[_Slot] = deque()

    def submit(self, chunk: list[_Task]) -> None:
        """Queue one chunk of tasks."""
        slots = [_Slot(task) for task in chunk]
        self._chunks.append(slots)
        self._waiting.extend(slots)
        self._dispatch()

    def in_flight(self) -> int:
        """How many chunks are queued and not yet taken."""
        return len(self._chunks)

    def take(self) -> list[_Done[T]]:
        """The results of the oldest chunk, waiting for it if needed."""
        slots = self._chunks.popleft()
        while any(slot.outcome is _PENDING for slot in slots):
            self._step()
        return [_Done(slot.task, slot.outcome) for slot in slots]  # type: ignore[arg-type]

    def close(self) -> None:
        """Stop every worker, dropping queued work."""
        for worker in self._workers:
            worker.stop()
        self._workers.clear()

    def _dispatch(self) -> None:
        while self._waiting:
            worker = self._idle_worker()
            if worker is None:
                return
            slot = self._waiting.popleft()
            try:
                worker.conn.send(slot.task.source)
            except Exception as error:  # the source does not pickle: the pipe is still clean
                slot.outcome = _failure(error)
                continue
            worker.slot, worker.started = slot, time.monotonic()

    def _idle_worker(self) -> _Worker | None:
        for worker in self._workers:
            if worker.slot is None:
                return worker
        if len(self._workers) < self._size:
            self._workers.append(_Worker(self._context, self._work))
            return self._workers[-1]
        return None

    def _step(self) -> None:
        """Wait for an answer or the next deadline; record what happened; send more work."""
        busy = {worker.conn: worker for worker in self._workers if worker.slot is not None}
        if not busy:  # only reached with work queued but none sent: send it
            self._dispatch()
            return
        timed = [worker.started for worker in busy.values() if worker.ready]
        wait_for = max(0.0, min(timed) + self._timeout - time.monotonic()) if timed else None
        for conn in wait(list(busy), wait_for):
            self._answer(busy[conn])
        now = time.monotonic()
        for worker in busy.values():
            if worker.slot is not None and worker.ready and now - worker.started >= self._timeout:
                self._replace(worker, _Failure("Timeout", self._over_time()))
        self._dispatch()

    def _answer(self, worker: _Worker) -> None:
        assert worker.slot is not None
        try:
            outcome = worker.conn.recv()
        except (EOFError, OSError):  # the worker died on this document
            if worker.done == 0:
                check_workers_start(self._context)
            crashed = _Failure("WorkerCrashed", "the worker process died parsing this document")
            self._replace(worker, crashed)
            return
        if not worker.ready:  # its start-up is over: its document's clock starts now
            worker.ready, worker.started = True, time.monotonic()
            return
        worker.slot.outcome = outcome
        worker.slot = None
        worker.done += 1

    def _replace(self, worker: _Worker, failure: _Failure) -> None:
        """Record the worker's document as failed and put a fresh worker in its place."""
        assert worker.slot is not None
        worker.slot.outcome = failure
        worker.stop()
        self._workers.remove(worker)

    def _over_time(self) -> str:
        return f"parsing took longer than the timeout of {self._timeout:g} s"
