import datetime as dt

import pytest
from django.core.management import call_command

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.attendance.models import PayrollProfile, Schedule, WeekOff
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
