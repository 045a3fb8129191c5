"""The shared concurrency-test helper: order, exceptions in place, the barrier, timeouts, closed connections."""

import threading
import time

import pytest
from django.db import connections

from storeops.core.testing import THREAD_NAME, RaceTimeout, all_returned, race


def test_results_come_back_in_index_order():
    def work(index: int) -> int:
        # Later indexes finish first, so completion order is the reverse of index order.
        time.sleep(0.01 * (8 - index))
        return index * 10

    assert race(work, 8) == [0, 10, 20, 30, 40, 50, 60, 70]


def test_an_exception_in_one_thread_is_returned_in_its_place():
    boom = ValueError("boom")

    def work(index: int) -> str:
        if index == 2:
            raise boom
        return f"ok {index}"

    assert race(work, 4) == ["ok 0", "ok 1", boom, "ok 3"]


def test_every_thread_is_at_the_barrier_before_any_work_begins():
    count = 12
    names = {THREAD_NAME.format(index=index) for index in range(count)}
    lock = threading.Lock()
    finished: set[str] = set()

    def work(index: int) -> int:
        with lock:
            # A racing thread is either still alive or recorded as finished.
            seen = {thread.name for thread in threading.enumerate() if thread.name in names} | finished
        time.sleep(0.01)
        with lock:
            finished.add(threading.current_thread().name)
        return len(seen)

    # Without the barrier the first threads would begin while later ones are not even started.
    assert race(work, count) == [count] * count


def test_a_thread_past_the_deadline_is_reported_as_a_failure():
    release = threading.Event()

    def work(index: int) -> int:
        if index == 0:
            release.wait(10)
        return index

    try:
        started = time.monotonic()
        outcomes = race(work, 3, timeout=0.3)
        assert time.monotonic() - started < 5
    finally:
        release.set()
    assert isinstance(outcomes[0], RaceTimeout)
    assert "race-0" in str(outcomes[0])
    assert outcomes[1:] == [1, 2]


def test_all_returned_passes_results_through_and_fails_on_any_exception():
    assert all_returned([1, 2, 3]) == [1, 2, 3]
    boom = KeyError("k")
    with pytest.raises(AssertionError, match=r"1 of 3 threads failed \(1: KeyError\('k'\)\)") as failure:
        all_returned([1, boom, 3])
    assert failure.value.__cause__ is boom


def test_count_must_be_positive():
    with pytest.raises(ValueError, match="at least 1"):
        race(lambda index: index, 0)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_each_thread_closes_its_database_connections():
    def work(index: int):  # type: ignore[no-untyped-def]
        wrapper = connections["default"]  # this thread's own wrapper, not the shared proxy
        with wrapper.cursor() as cursor:
            cursor.execute("SELECT 1")
        return wrapper

    wrappers = all_returned(race(work, 4))
    assert len({id(wrapper) for wrapper in wrappers}) == 4  # one connection per thread
    assert all(wrapper.connection is None for wrapper in wrappers)
