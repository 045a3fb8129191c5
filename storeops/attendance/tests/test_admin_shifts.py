import datetime as dt

import pytest
from django.utils import timezone

from storeops.activity.models import ActivityEvent
from storeops.attendance.models import Shift
from storeops.attendance.tests.factories import ExceptionFactory, ScheduleFactory, ShiftFactory

URL = "/api/attendance/admin/shifts"
SHIFT_KEYS = {
    "id", "name", "start_time", "end_time", "is_overnight", "total_minutes", "is_active", "created_at", "updated_at",
}  # fmt: skip


def test_json_create_is_active_by_default_and_audited(admin_api):  # type: ignore[no-untyped-def]
    response = admin_api.post(URL, {"name": "Day", "start_time": "09:00", "end_time": "18:00"}, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert set(body) == SHIFT_KEYS
    assert (body["is_active"], body["is_overnight"], body["total_minutes"]) == (True, False, 540)
    assert body["start_time"] == "09:00:00"
    event = ActivityEvent.objects.get(action="attendance.shift.created")
    assert event.entity_id == str(body["id"])


@pytest.mark.parametrize("fmt", ["multipart", None])
def test_multipart_and_form_creates_keep_boolean_defaults(admin_api, fmt):  # type: ignore[no-untyped-def]
    data = {"name": "Night", "start_time": "22:00", "end_time": "06:00"}
    if fmt:
        response = admin_api.post(URL, data, format=fmt)
    else:
        from urllib.parse import urlencode

        response = admin_api.post(URL, urlencode(data), content_type="application/x-www-form-urlencoded")
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["is_active"], body["is_overnight"], body["total_minutes"]) == (True, True, 480)


def test_name_is_unique_ignoring_case(admin_api, day_shift):  # type: ignore[no-untyped-def]
    response = admin_api.post(URL, {"name": "DAY", "start_time": "10:00", "end_time": "19:00"}, format="json")
    assert response.status_code == 400
    assert response.json() == {"name": ["A shift with this name already exists."]}
    assert Shift.objects.count() == 1


def test_missing_time_is_a_field_error(admin_api):  # type: ignore[no-untyped-def]
    response = admin_api.post(URL, {"name": "X", "start_time": "09:00"}, format="json")
    assert response.status_code == 400
    assert set(response.json()) == {"end_time"}


def test_patch_and_put(admin_api, day_shift):  # type: ignore[no-untyped-def]
    response = admin_api.patch(f"{URL}/{day_shift.pk}", {"end_time": "17:00"}, format="json")
    assert response.status_code == 200
    assert response.json()["total_minutes"] == 480
    event = ActivityEvent.objects.get(action="attendance.shift.updated")
    assert event.changes == {"end_time": ["18:00:00", "17:00:00"]}
    response = admin_api.put(
        f"{URL}/{day_shift.pk}/", {"name": "Early", "start_time": "07:00", "end_time": "15:00"}, format="json"
    )
    assert response.status_code == 200
    assert response.json()["name"] == "Early"


def test_delete_deactivates(admin_api, day_shift):  # type: ignore[no-untyped-def]
    response = admin_api.delete(f"{URL}/{day_shift.pk}")
    assert response.status_code == 204
    day_shift.refresh_from_db()
    assert day_shift.is_active is False
    assert ActivityEvent.objects.get(action="attendance.shift.deactivated").changes == {
        "is_active": [True, False]
    }


def test_delete_refused_while_an_active_schedule_uses_it(admin_api, advisor, day_shift, unchanged):  # type: ignore[no-untyped-def]
    ScheduleFactory(user=advisor, default_shift=day_shift)
    with unchanged(Shift.objects.all()):
        response = admin_api.delete(f"{URL}/{day_shift.pk}")
        assert response.status_code == 409
        assert response.json()["code"] == "shift_in_use"
        # Deactivating through PATCH is the same change and the same refusal.
        assert (
            admin_api.patch(f"{URL}/{day_shift.pk}", {"is_active": False}, format="json").status_code == 409
        )


def test_delete_refused_while_an_upcoming_exception_uses_it(admin_api, advisor, day_shift):  # type: ignore[no-untyped-def]
    ExceptionFactory(
        user=advisor,
        date=timezone.localdate() + dt.timedelta(days=3),
        mark_off=False,
        override_shift=day_shift,
    )
    assert admin_api.delete(f"{URL}/{day_shift.pk}").status_code == 409


def test_delete_allowed_with_past_exceptions_and_inactive_schedules(admin_api, advisor, day_shift):  # type: ignore[no-untyped-def]
    ExceptionFactory(user=advisor, date=dt.date(2020, 1, 1), mark_off=False, override_shift=day_shift)
    ScheduleFactory(user=advisor, default_shift=day_shift, is_active=False)
    assert admin_api.delete(f"{URL}/{day_shift.pk}").status_code == 204


def test_list_filters(admin_api):  # type: ignore[no-untyped-def]
    ShiftFactory(name="Morning")
    ShiftFactory(name="Evening", is_active=False)
    names = lambda query: [row["name"] for row in admin_api.get(f"{URL}?{query}").json()["results"]]  # noqa: E731
    assert names("") == ["Evening", "Morning"]
    assert names("is_active=true") == ["Morning"]
    assert names("is_active=false") == ["Evening"]
    assert names("search=morn") == ["Morning"]
    assert admin_api.get(f"{URL}?is_active=maybe").json() == {"is_active": ["Enter true or false."]}


@pytest.mark.parametrize("size", [1, 100])
def test_list_query_count(admin_api, size, django_assert_max_num_queries):  # type: ignore[no-untyped-def]
    for n in range(30):
        ShiftFactory(name=f"S{n}")
    with django_assert_max_num_queries(6):
        response = admin_api.get(f"{URL}?page_size={size}")
    assert response.status_code == 200
    assert len(response.json()["results"]) == min(size, 30)


@pytest.mark.parametrize("value", ["9:00", "24:00", "09:00:00Z", "09:00+05:30", "0900", "09:60"])
def test_times_are_wall_clock_hh_mm_ss(admin_api, value):  # type: ignore[no-untyped-def]
    response = admin_api.post(URL, {"name": "X", "start_time": value, "end_time": "18:00"}, format="json")
    assert response.status_code == 400
    assert response.json() == {"start_time": ["Use the format HH:MM or HH:MM:SS."]}


@pytest.mark.parametrize(("value", "expected"), [("true", True), ("false", False), ("False", False)])
def test_form_booleans_are_the_words(admin_api, value, expected):  # type: ignore[no-untyped-def]
    data = {"name": "Form", "start_time": "09:00", "end_time": "18:00", "is_active": value}
    response = admin_api.post(URL, data, format="multipart")
    assert response.status_code == 201
    assert response.json()["is_active"] is expected


@pytest.mark.parametrize("value", ["0", "1", "yes", "on", "maybe"])
def test_form_booleans_outside_the_schema_are_refused(admin_api, value):  # type: ignore[no-untyped-def]
    data = {"name": "Form", "start_time": "09:00", "end_time": "18:00", "is_active": value}
    response = admin_api.post(URL, data, format="multipart")
    assert response.status_code == 400
    assert set(response.json()) == {"is_active"}
