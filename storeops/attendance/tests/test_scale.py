import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.attendance.models import Attendance, AttendanceRequest, PayrollProfile, Schedule, WeekOff
from storeops.attendance.selectors.schedule import planned_shifts
from storeops.stores.models import Geofence, Store


@pytest.mark.django_db
def test_seed_scale_gives_every_advisor_a_roster(capsys):  # type: ignore[no-untyped-def]
    call_command("seed_scale", scale=0.01, password="bench-pass-123")
    advisors = list(User.objects.filter(role=Role.ADVISOR))
    assert advisors
    assert (
        Schedule.objects.count() == WeekOff.objects.count() == PayrollProfile.objects.count() == len(advisors)
    )
    assert Geofence.objects.count() == Store.objects.count()
    start = dt.date.fromisoformat("2025-08-01")
    month = planned_shifts(users=advisors, start=start, end=start + dt.timedelta(days=30))
    assert any(day.shift is not None for day in month.values())
    assert "schedules: " in capsys.readouterr().out


@pytest.mark.django_db
def test_seed_scale_gives_every_advisor_a_month_of_records_and_a_queue(capsys):  # type: ignore[no-untyped-def]
    call_command("seed_scale", scale=0.01, password="bench-pass-123")
    today = timezone.localdate()
    advisors = set(User.objects.filter(role=Role.ADVISOR).values_list("pk", flat=True))
    rows = Attendance.objects.all()
    assert {row.user_id for row in rows} == advisors
    assert all(today - dt.timedelta(days=30) <= row.date < today for row in rows)
    # One row per planned working day: week-offs and the store holiday have none.
    assert rows.count() == len({(r.user_id, r.date) for r in rows}) > 20 * len(advisors)
    assert all(row.store_id == row.user.store_id and row.shift_end > row.shift_start for row in rows)
    statuses = set(rows.values_list("status", flat=True))
    assert "PRESENT" in statuses and statuses <= {"PRESENT", "HALF_DAY", "ABSENT"}
    requests = AttendanceRequest.objects.select_related("attendance")
    pending = [r for r in requests if r.status == "PENDING"]
    assert pending and all((today - r.attendance.date).days < 7 for r in pending)
    decided = [r for r in requests if r.status != "PENDING"]
    assert decided and all(r.decided_by_id is not None and r.decided_at is not None for r in decided)
    assert f"pending requests: {len(pending)}" in capsys.readouterr().out
