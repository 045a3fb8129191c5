"""The nightly auto-close (spec 05 §14, §16 check 13)."""

import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.core.management.base import CommandError

from storeops.accounts.roles import Role
from storeops.accounts.tests.factories import UserFactory
from storeops.activity.models import ActivityEvent
from storeops.attendance.models import Attendance
from storeops.attendance.tasks import autoclose
from storeops.attendance.tests.factories import ScheduleFactory
from storeops.attendance.tests.punching import DAY, at, frozen, punch

NEXT = DAY + dt.timedelta(days=1)


def run(*args: str) -> list[str]:
    out = io.StringIO()
    call_command("attendance_autoclose", *args, stdout=out)
    return out.getvalue().splitlines()


def test_an_open_check_in_is_closed_at_shift_end_and_present(api, advisor, day_shift):
    ScheduleFactory(user=advisor, default_shift=day_shift)
    with frozen(at(9, 0)):
        punch(api(advisor))
    with frozen(at(2, 30, day=NEXT)):
        lines = run()
    assert lines == [
        f"attendance_autoclose {DAY - dt.timedelta(days=1)}: finalized=0 absents=1",
        f"attendance_autoclose {DAY}: finalized=1 absents=0",
    ]
    row = Attendance.objects.get(date=DAY)
    assert (row.check_out, row.auto_closed, row.status, row.worked_minutes) == (
        at(18, 0),
        True,
        "PRESENT",
        540,
    )
    assert "automatically" in row.notes
    event = ActivityEvent.objects.get(action="attendance.attendance.auto_closed")
    assert (event.actor_id, event.actor_label) == (None, "system")


def test_a_planned_no_show_gets_an_absent_row_and_a_second_run_changes_nothing(advisor, day_shift):
    ScheduleFactory(user=advisor, default_shift=day_shift)
    with frozen(at(2, 30, day=NEXT)):
        first = run("--date", str(DAY))
        snapshot = list(Attendance.objects.values())
        second = run("--date", str(DAY))
    assert first == [f"attendance_autoclose {DAY}: finalized=0 absents=1"]
    assert second == [f"attendance_autoclose {DAY}: finalized=0 absents=0"]
    assert list(Attendance.objects.values()) == snapshot
    row = Attendance.objects.get()
    assert (row.status, row.auto_closed, row.check_in, row.shift_id) == ("ABSENT", True, None, day_shift.pk)
    assert ActivityEvent.objects.filter(action="attendance.attendance.marked_absent").count() == 1


def test_dry_run_counts_and_writes_nothing(api, advisor, day_shift, unchanged):
    ScheduleFactory(user=advisor, default_shift=day_shift)
    with frozen(at(9, 0)):
        punch(api(advisor))
    with frozen(at(2, 30, day=NEXT)), unchanged(Attendance.objects.all()):
        lines = run("--date", str(DAY), "--dry-run")
    assert lines == [f"attendance_autoclose {DAY}: finalized=1 absents=0"]


def test_overnight_no_show_is_dated_on_its_start_and_a_running_shift_is_untouched(api, advisor, night_shift):
    ScheduleFactory(user=advisor, default_shift=night_shift)
    owl = UserFactory(username="owl", role=Role.ADVISOR, store=advisor.store)
    ScheduleFactory(user=owl, default_shift=night_shift)
    with frozen(at(22, 5, day=NEXT)):
        punch(api(owl))  # the NEXT night's shift, still running at the run below
    with frozen(at(2, 30, day=NEXT + dt.timedelta(days=1))):
        run()
    mine = Attendance.objects.filter(user=advisor)
    assert [row.date for row in mine] == [DAY]  # NEXT's night shift has not ended yet
    running = Attendance.objects.get(user=owl, date=NEXT)
    assert (running.check_out, running.auto_closed, running.status) == (None, False, "OPEN")


def test_each_store_uses_its_own_yesterday(advisor, day_shift, store):
    store.timezone = "America/New_York"
    store.save(update_fields=["timezone"])
    ScheduleFactory(user=advisor, default_shift=day_shift)
    # 02:30 in Kolkata on the 14th is still the 13th in New York: its yesterday is the 12th.
    with frozen(at(2, 30, day=DAY + dt.timedelta(days=2))):
        lines = run()
    assert lines == [
        f"attendance_autoclose {DAY - dt.timedelta(days=1)}: finalized=0 absents=1",
        f"attendance_autoclose {DAY}: finalized=0 absents=1",
    ]
    assert Attendance.objects.get(date=DAY).shift_start == at(9, 0, tz=ZoneInfo("America/New_York"))


def test_pending_requests_keep_the_row_pending(api, advisor, day_shift):
    ScheduleFactory(user=advisor, default_shift=day_shift)
    with frozen(at(9, 30)):
        punch(api(advisor))  # late → LATE request
    with frozen(at(2, 30, day=NEXT)):
        run("--date", str(DAY))
    row = Attendance.objects.get()
    assert (row.auto_closed, row.status) == (True, "PENDING_APPROVAL")


def test_advisors_without_a_plan_or_store_are_left_alone(advisor, day_shift):
    UserFactory(username="storeless", role=Role.ADVISOR, store=None)
    with frozen(at(2, 30, day=NEXT)):
        assert run("--date", str(DAY)) == [f"attendance_autoclose {DAY}: finalized=0 absents=0"]


def test_bad_date_is_refused():
    with pytest.raises(CommandError):
        run("--date", "yesterday")


def test_the_celery_task_and_its_schedule(advisor, day_shift):
    ScheduleFactory(user=advisor, default_shift=day_shift)
    with frozen(at(2, 30, day=NEXT)):
        assert autoclose() == 2  # absent on DAY and on the day before
    entry = django_settings.CELERY_BEAT_SCHEDULE["attendance.autoclose"]
    assert entry["task"] == "attendance.autoclose"
    assert entry["schedule"].hour == {2} and entry["schedule"].minute == {30}
