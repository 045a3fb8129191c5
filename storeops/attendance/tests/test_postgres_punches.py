"""PostgreSQL with real threads: concurrent decisions and double-tapped punches (spec 05 §10.3, §6 step 4)."""

import pytest

from storeops.activity.models import ActivityEvent
from storeops.attendance.models import Attendance, AttendanceRequest
from storeops.attendance.tests.factories import ScheduleFactory
from storeops.attendance.tests.punching import at, frozen, punch
from storeops.attendance.tests.test_approval_apis import pending
from storeops.core.testing import all_returned, race

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_of_eight_concurrent_approvals_exactly_one_wins(api, admin_user, advisor, day_shift):
    row = pending(advisor, day_shift, kinds=("OT",), check_out=at(18, 0))
    request = row.requests.get()
    clients = [api(admin_user) for _ in range(8)]

    def approve(index: int) -> int:
        path = f"/api/attendance/approvals/{request.pk}/approve"
        return clients[index].post(path, {}, format="json").status_code

    statuses = all_returned(race(approve, 8))
    assert sorted(statuses) == [200] + [409] * 7
    assert AttendanceRequest.objects.get().status == "APPROVED"
    assert ActivityEvent.objects.filter(action="attendance.request.approved").count() == 1
    row.refresh_from_db()
    assert (row.status, row.ot_minutes) == ("PRESENT", 90)


def test_a_double_tapped_check_in_makes_one_row(api, advisor, day_shift):
    ScheduleFactory(user=advisor, default_shift=day_shift)
    with frozen(at(9, 5)):
        clients = [api(advisor), api(advisor)]
        statuses = all_returned(race(lambda index: punch(clients[index]).status_code, 2))
    assert sorted(statuses) == [201, 409]
    assert Attendance.objects.count() == 1
    assert ActivityEvent.objects.filter(action="attendance.attendance.checked_in").count() == 1
