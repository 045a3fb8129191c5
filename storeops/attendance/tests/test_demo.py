import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.activity.models import ActivityEvent
from storeops.attendance.models import PayrollProfile, RosterException, RuleType, Schedule, Shift, WeekOff
from storeops.attendance.selectors.schedule import planned_shifts


@pytest.mark.django_db
def test_seed_demo_adds_rosters_once(settings, capsys):  # type: ignore[no-untyped-def]
    settings.DEBUG = True
    call_command("seed_demo")
    out = capsys.readouterr().out
    assert "shifts: created=3 existing=0" in out
    assert "schedules: created=6 existing=0" in out
    assert "store holidays: created=1 existing=0" in out
    advisors = list(User.objects.filter(role=Role.ADVISOR).order_by("username"))
    assert len(advisors) == 6
    assert Schedule.objects.filter(rule_type=RuleType.FIXED).count() == 3
    assert Schedule.objects.filter(rule_type=RuleType.ALTERNATE_WEEKLY).count() == 3
    assert WeekOff.objects.count() == 6 and PayrollProfile.objects.count() == 6
    assert RosterException.objects.filter(store__isnull=False, mark_off=True).count() == 1
    assert ActivityEvent.objects.filter(action="attendance.schedule.created").count() == 6
    # Every demo advisor has a planned shift on weekdays and Sunday off.
    today = timezone.localdate()
    week = planned_shifts(users=advisors, start=today, end=today + dt.timedelta(days=6))
    for (_user_id, day), planned in week.items():
        if planned.source == "holiday":
            continue
        if day.weekday() == 6:
            assert planned.day_off_reason == "week_off"
        else:
            assert planned.shift is not None
    shifts, events = Shift.objects.count(), ActivityEvent.objects.count()
    call_command("seed_demo")
    again = capsys.readouterr().out
    assert "shifts: created=0 existing=3" in again and "payroll profiles: created=0 existing=6" in again
    assert (Shift.objects.count(), ActivityEvent.objects.count()) == (shifts, events)
