"""Admin-site pages of the roster models: listed, and writing through the services (audited, rules enforced)."""

import pytest

from storeops.activity.models import ActivityEvent
from storeops.attendance.models import Schedule, Shift
from storeops.attendance.tests.factories import (
    ExceptionFactory,
    PayrollProfileFactory,
    ScheduleFactory,
    WeekOffFactory,
)
from storeops.stores.tests.factories import GeofenceFactory


@pytest.fixture
def site(client, admin_user):  # type: ignore[no-untyped-def]
    admin_user.is_superuser = True
    admin_user.is_staff = True
    admin_user.save(update_fields=["is_superuser", "is_staff"])
    client.force_login(admin_user)
    return client


@pytest.mark.parametrize(
    "path", ["attendance/shift", "attendance/schedule", "attendance/weekoff", "attendance/rosterexception",
             "attendance/payrollprofile", "stores/geofence"],
)  # fmt: skip
def test_every_roster_model_has_list_add_and_change_pages(site, advisor, store, day_shift, path):  # type: ignore[no-untyped-def]
    rows = {
        "attendance/shift": day_shift,
        "attendance/schedule": ScheduleFactory(user=advisor, default_shift=day_shift),
        "attendance/weekoff": WeekOffFactory(user=advisor),
        "attendance/rosterexception": ExceptionFactory(user=advisor),
        "attendance/payrollprofile": PayrollProfileFactory(user=advisor),
        "stores/geofence": GeofenceFactory(store=store),
    }
    assert site.get(f"/admin/{path}/").status_code == 200
    assert site.get(f"/admin/{path}/add/").status_code == 200
    assert site.get(f"/admin/{path}/{rows[path].pk}/change/").status_code == 200


def test_add_shift_goes_through_the_service(site):  # type: ignore[no-untyped-def]
    response = site.post(
        "/admin/attendance/shift/add/",
        {"name": "Day", "start_time": "09:00", "end_time": "18:00", "is_active": "on"},
    )
    assert response.status_code == 302
    shift = Shift.objects.get()
    ActivityEvent.objects.get(action="attendance.shift.created", entity_id=str(shift.pk))


def test_schedule_rules_show_as_form_errors(site, advisor, day_shift):  # type: ignore[no-untyped-def]
    response = site.post(
        "/admin/attendance/schedule/add/",
        {"user": advisor.pk, "rule_type": "fixed", "parity_offset": 0, "is_active": "on"},
    )
    assert response.status_code == 200
    assert b"Required for a fixed schedule." in response.content
    assert not Schedule.objects.exists()
    assert not ActivityEvent.objects.exists()


def test_delete_of_a_used_shift_is_refused(site, advisor, day_shift):  # type: ignore[no-untyped-def]
    ScheduleFactory(user=advisor, default_shift=day_shift)
    site.post(
        "/admin/attendance/shift/",
        {"action": "delete_selected", "_selected_action": [day_shift.pk], "post": "yes"},
    )
    day_shift.refresh_from_db()
    assert day_shift.is_active is True
