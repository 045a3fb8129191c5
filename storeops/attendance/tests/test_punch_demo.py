import pytest
from django.core.management import call_command

from storeops.activity.models import ActivityEvent
from storeops.attendance.models import Attendance, AttendanceRequest


@pytest.mark.django_db
def test_seed_demo_adds_last_weeks_days_and_one_correction_once(settings, capsys):  # type: ignore[no-untyped-def]
    settings.DEBUG = True
    call_command("seed_demo")
    out = capsys.readouterr().out
    rows = Attendance.objects.count()
    assert rows >= 6 * 5  # six demo advisors, at least five working days of the last seven
    assert f"attendance days: created={rows} existing=0" in out
    assert "attendance corrections: created=1 existing=0" in out
    adjust = AttendanceRequest.objects.get()
    assert (adjust.type, adjust.status, adjust.attendance.status) == ("ADJUST", "PENDING", "PENDING_APPROVAL")
    assert ActivityEvent.objects.filter(action="attendance.attendance.marked_absent").count() == rows
    call_command("seed_demo")
    again = capsys.readouterr().out
    assert f"attendance days: created=0 existing={rows}" in again
    assert "attendance corrections: created=0 existing=1" in again
    assert Attendance.objects.count() == rows
