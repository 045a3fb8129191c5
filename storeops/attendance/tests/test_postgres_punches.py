"""PostgreSQL with real threads: concurrent decisions and double-tapped punches (spec 05 §10.3, §6 step 4)."""

import threading
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connections

from storeops.activity.models import ActivityEvent
from storeops.attendance.models import Attendance, AttendanceRequest
from storeops.attendance.tests.factories import ScheduleFactory
from storeops.attendance.tests.punching import at, frozen, punch
from storeops.attendance.tests.test_approval_apis import pending

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def in_threads(count: int, work: Callable[[], Any]) -> list[Any]:
    barrier = threading.Barrier(count)
    results: list[Any] = []

    def run() -> None:
        try:
            barrier.wait()
            results.append(work())
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_of_eight_concurrent_approvals_exactly_one_wins(api, admin_user, advisor, day_shift):
    row = pending(advisor, day_shift, kinds=("OT",), check_out=at(18, 0))
    request = row.requests.get()
    clients = [api(admin_user) for _ in range(8)]
    pool = iter(clients)
    lock = threading.Lock()

    def approve() -> int:
        with lock:
            client = next(pool)
        return client.post(f"/api/attendance/approvals/{request.pk}/approve", {}, format="json").status_code

    statuses = in_threads(8, approve)
    assert sorted(statuses) == [200] + [409] * 7
    assert AttendanceRequest.objects.get().status == "APPROVED"
    assert ActivityEvent.objects.filter(action="attendance.request.approved").count() == 1
    row.refresh_from_db()
    assert (row.status, row.ot_minutes) == ("PRESENT", 90)


def test_a_double_tapped_check_in_makes_one_row(api, advisor, day_shift):
    ScheduleFactory(user=advisor, default_shift=day_shift)
    with frozen(at(9, 5)):
        clients = [api(advisor), api(advisor)]
        pool = iter(clients)
        lock = threading.Lock()

        def check_in() -> int:
            with lock:
                client = next(pool)
            return punch(client).status_code

        statuses = in_threads(2, check_in)
    assert sorted(statuses) == [201, 409]
    assert Attendance.objects.count() == 1
    assert ActivityEvent.objects.filter(action="attendance.attendance.checked_in").count() == 1
