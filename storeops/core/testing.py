"""Test support: run callables in real threads released together, for concurrency tests on PostgreSQL.

Lives outside `tests/` so every module's concurrency tests share one implementation (and mypy checks it).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from typing import TypeVar

from django.db import connections

T = TypeVar("T")

THREAD_NAME = "race-{index}"


class RaceTimeout(TimeoutError):
    """A racing thread that had not finished when the deadline passed."""


def race(work: Callable[[int], T], count: int, *, timeout: float = 60) -> list[T | BaseException]:
    """Call `work(0) … work(count - 1)` in `count` threads released together by a barrier.

    Returns one outcome per index, in index order: what `work` returned, or the exception it raised (returned in
    place, so a test can assert on expected failures as well as on results). A thread still running after
    `timeout` seconds (counted from the start, barrier included) is reported as a `RaceTimeout`; it keeps running
    as a daemon, since Python cannot stop a thread. Each thread closes its database connections when done, so
    the test database can be flushed or dropped afterwards.
    """
    if count < 1:
        raise ValueError("count must be at least 1")
    deadline = time.monotonic() + timeout
    barrier = threading.Barrier(count)
    outcomes: dict[int, T | BaseException] = {}

    def run(index: int) -> None:
        try:
            # Waiting longer than the whole race makes no sense; a broken barrier reaches every thread.
            barrier.wait(timeout=max(deadline - time.monotonic(), 0))
            outcomes[index] = work(index)
        except BaseException as exc:  # noqa: BLE001 - returned to the caller, never swallowed
            outcomes[index] = exc
        finally:
            try:
                connections.close_all()
            except BaseException as exc:  # noqa: BLE001 - a connection left open would block the test DB
                if not isinstance(outcomes.get(index), BaseException):
                    outcomes[index] = exc

    threads = [
        threading.Thread(target=run, args=(index,), name=THREAD_NAME.format(index=index), daemon=True)
        for index in range(count)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=max(deadline - time.monotonic(), 0))

    return [
        RaceTimeout(f"{thread.name} did not finish within {timeout} s")
        if thread.is_alive() or index not in outcomes
        else outcomes[index]
        for index, thread in enumerate(threads)
    ]


def all_returned(outcomes: Sequence[T | BaseException]) -> list[T]:
    """The outcomes of `race`, failing the test (with the first exception chained) if any thread raised."""
    failures = [(i, outcome) for i, outcome in enumerate(outcomes) if isinstance(outcome, BaseException)]
    if failures:
        summary = ", ".join(f"{index}: {outcome!r}" for index, outcome in failures[:3])
        first = failures[0][1]
        raise AssertionError(f"{len(failures)} of {len(outcomes)} threads failed ({summary})") from first
    return [outcome for outcome in outcomes if not isinstance(outcome, BaseException)]
