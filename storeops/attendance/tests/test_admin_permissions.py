"""Only system admins reach the roster admin API; every refusal changes nothing (no row, no audit event)."""

import datetime as dt

import pytest

from storeops.attendance.models import PayrollProfile, RosterException, Schedule, Shift, WeekOff
from storeops.attendance.tests.factories import (
    ExceptionFactory,
    PayrollProfileFactory,
    ScheduleFactory,
    WeekOffFactory,
)
from storeops.stores.models import Geofence
from storeops.stores.tests.factories import GeofenceFactory

BASE = "/api/attendance/admin"


@pytest.fixture
def rows(advisor, store, day_shift):  # type: ignore[no-untyped-def]
    return {
        "shifts": day_shift,
        "schedules": ScheduleFactory(user=advisor, default_shift=day_shift),
        "weekoffs": WeekOffFactory(user=advisor, weekday=6),
        "exceptions": ExceptionFactory(user=advisor, date=dt.date(2025, 8, 12)),
        "geofences": GeofenceFactory(store=store),
        "payroll": PayrollProfileFactory(user=advisor),
    }


def bodies(advisor, store, shift):  # type: ignore[no-untyped-def]
    return {
        "shifts": {"name": "Other", "start_time": "10:00", "end_time": "19:00"},
        "schedules": {"user": advisor.pk, "rule_type": "fixed", "default_shift": shift.pk},
        "weekoffs": {"user": advisor.pk, "weekday": 1},
        "exceptions": {"user": advisor.pk, "date": "2025-08-20", "mark_off": True},
        "geofences": {"store": store.pk, "latitude": "1", "longitude": "1"},
        "payroll": {"user": advisor.pk, "hourly_rate": "5", "effective_from": "2025-09-01"},
    }


ALL_ROWS = (Shift, Schedule, WeekOff, RosterException, Geofence, PayrollProfile)


@pytest.mark.parametrize(
    "resource", ["shifts", "schedules", "weekoffs", "exceptions", "geofences", "payroll"]
)
def test_refused_callers_change_nothing(
    refused_callers, rows, advisor, store, day_shift, resource, unchanged
):  # type: ignore[no-untyped-def]
    body = bodies(advisor, store, day_shift)[resource]
    url = f"{BASE}/{resource}"
    detail = f"{url}/{rows[resource].pk}"
    with unchanged(*(model.objects.all() for model in ALL_ROWS)):
        for client, expected in refused_callers:
            assert client.get(url).status_code == expected
            assert client.get(detail).status_code == expected
            assert client.post(url, body, format="json").status_code == expected
            assert client.put(detail, body, format="json").status_code == expected
            assert client.patch(detail, body, format="json").status_code == expected
            assert client.delete(detail).status_code == expected
            if resource == "schedules":
                assert client.get(f"{detail}/preview?start=2025-08-01&end=2025-08-02").status_code == expected


def test_anonymous_gets_the_not_authenticated_shape(api):  # type: ignore[no-untyped-def]
    response = api().get(f"{BASE}/shifts")
    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"


@pytest.mark.parametrize(
    "resource", ["shifts", "schedules", "weekoffs", "exceptions", "geofences", "payroll"]
)
def test_unknown_ids_are_404_and_paths_answer_with_and_without_slash(admin_api, rows, resource):  # type: ignore[no-untyped-def]
    assert admin_api.get(f"{BASE}/{resource}/987654").status_code == 404
    assert admin_api.delete(f"{BASE}/{resource}/987654/").status_code == 404
    assert admin_api.get(f"{BASE}/{resource}").json() == admin_api.get(f"{BASE}/{resource}/").json()
    assert admin_api.get(f"{BASE}/{resource}/{rows[resource].pk}/").status_code == 200


def test_read_only_fields_in_a_body_are_ignored(admin_api, advisor, branch_head):  # type: ignore[no-untyped-def]
    body = {
        "user": advisor.pk,
        "date": "2025-08-20",
        "mark_off": True,
        "created_by": branch_head.pk,
        "id": 777,
    }
    response = admin_api.post(f"{BASE}/exceptions", body, format="json")
    assert response.status_code == 201
    assert response.json()["created_by"] != branch_head.pk
    assert response.json()["id"] != 777
