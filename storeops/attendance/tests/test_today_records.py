"""me/today, the photo stream and the attendance records (spec 05 §8, §9, §11; §16 checks 6, 9)."""

import datetime as dt
import json

import pytest

from storeops.accounts.roles import Role
from storeops.accounts.tests.factories import UserFactory
from storeops.attendance.models import Attendance
from storeops.attendance.tests.factories import ExceptionFactory, ScheduleFactory, WeekOffFactory
from storeops.attendance.tests.punching import DAY, at, frozen, no_show, punch
from storeops.stores.models import Geofence

TODAY_KEYS = {
    "date", "store", "store_name", "timezone", "day_off", "day_off_reason", "shift", "shift_window",
    "can_check_in_from", "early_checkin_window_min", "cta_state", "attendance_id", "attendance_status",
    "geofence", "server_time",
}  # fmt: skip


@pytest.fixture
def rostered(advisor, day_shift, store):  # type: ignore[no-untyped-def]
    Geofence.objects.create(store=store, latitude="12.9716", longitude="77.5946", radius_m=200)
    ScheduleFactory(user=advisor, default_shift=day_shift)
    return advisor


def today(client):  # type: ignore[no-untyped-def]
    response = client.get("/api/attendance/me/today")
    assert response.status_code == 200
    return response.json()


def test_today_walks_from_start_to_end_to_complete(api, rostered, day_shift, store):
    with frozen(at(8, 50)):
        body = today(api(rostered))
    assert set(body) == TODAY_KEYS
    assert body == {
        "date": "2025-08-12",
        "store": store.pk,
        "store_name": "MG Road",
        "timezone": "Asia/Kolkata",
        "day_off": False,
        "day_off_reason": None,
        "shift": {"id": day_shift.pk, "name": "Day", "start_time": "09:00:00", "end_time": "18:00:00"},
        "shift_window": {"start": "2025-08-12T09:00:00+05:30", "end": "2025-08-12T18:00:00+05:30"},
        "can_check_in_from": "2025-08-12T08:45:00+05:30",
        "early_checkin_window_min": 15,
        "cta_state": "start",
        "attendance_id": None,
        "attendance_status": None,
        "geofence": {"latitude": "12.971600", "longitude": "77.594600", "radius_m": 200},
        "server_time": "2025-08-12T08:50:00+05:30",
    }
    with frozen(at(9, 0)):
        row = punch(api(rostered), latitude="12.9716", longitude="77.5946").json()
        during = today(api(rostered))
    assert (during["cta_state"], during["attendance_id"], during["attendance_status"]) == (
        "end",
        row["id"],
        "OPEN",
    )
    with frozen(at(18, 0)):
        punch(api(rostered), "check-out", latitude="12.9716", longitude="77.5946")
        done = today(api(rostered))
    assert (done["cta_state"], done["attendance_status"]) == ("complete", "PRESENT")


def test_today_in_another_zone_and_on_days_off(api, rostered, store, advisor):
    store.timezone = "America/New_York"
    store.save(update_fields=["timezone"])
    WeekOffFactory(user=advisor, weekday=DAY.weekday())
    with frozen(at(20, 0)):  # 10:30 in New York, same date
        body = today(api(rostered))
    assert (body["timezone"], body["day_off"], body["day_off_reason"], body["shift"]) == (
        "America/New_York", True, "week_off", None,
    )  # fmt: skip
    assert body["server_time"] == "2025-08-12T10:30:00-04:00"
    ExceptionFactory(store=store, user=None, date=DAY, mark_off=True)
    with frozen(at(20, 0)):
        assert today(api(rostered))["day_off_reason"] == "holiday"


def test_today_shows_last_nights_open_overnight_row(api, advisor, night_shift, store):
    ScheduleFactory(user=advisor, default_shift=night_shift)
    with frozen(at(23, 0)):
        row = punch(api(advisor)).json()
    with frozen(at(2, 0, day=DAY + dt.timedelta(days=1))):
        body = today(api(advisor))
    assert (body["cta_state"], body["attendance_id"], body["date"]) == ("end", row["id"], "2025-08-13")


def test_today_without_a_store(api):
    loner = UserFactory(username="loner", role=Role.ADVISOR, store=None)
    body = today(api(loner))
    assert (body["store"], body["shift"], body["geofence"], body["cta_state"]) == (None, None, None, "start")


def test_today_is_for_advisors(api, branch_head):
    assert api(branch_head).get("/api/attendance/me/today").status_code == 403
    assert api().get("/api/attendance/me/today").status_code == 401


# ----- photos ----------------------------------------------------------------------------------------------


@pytest.fixture
def punched(api, rostered):  # type: ignore[no-untyped-def]
    with frozen(at(9, 0)):
        return punch(api(rostered)).json()


def test_photo_is_streamed_to_owner_head_and_admin(api, punched, rostered, branch_head, admin_user):
    for user in (rostered, branch_head, admin_user):
        response = api(user).get(punched["check_in_photo_url"])
        assert response.status_code == 200
        assert response["Content-Type"] == "image/jpeg"
        assert response["Cache-Control"] == "private, no-store"
        assert response["Content-Disposition"] == f'inline; filename="attendance-{punched["id"]}-in.jpg"'
        assert b"".join(response.streaming_content)[:2] == b"\xff\xd8"


def test_photo_outside_scope_or_missing_is_404(api, punched, other_advisor, other_head, rostered, customer):
    path = punched["check_in_photo_url"]
    assert api(other_advisor).get(path).status_code == 404
    assert api(other_head).get(path).status_code == 404
    assert api(customer).get(path).status_code == 403
    assert api().get(path).status_code == 401
    assert api(rostered).get(f"/api/attendance/{punched['id']}/photo/out").status_code == 404
    assert api(rostered).get(f"/api/attendance/{punched['id']}/photo/side").status_code == 404
    assert api(rostered).get("/api/attendance/99999999999999999999/photo/in").status_code == 404


def test_no_response_points_at_public_media(api, punched, rostered, admin_user):
    text = json.dumps(api(admin_user).get("/api/attendance").json())
    assert "/media/" not in text and "attendance/2025/" not in text


# ----- records ---------------------------------------------------------------------------------------------


def test_records_are_scoped(api, advisor, other_advisor, day_shift, branch_head, admin_user, other_head):
    mine, theirs = no_show(advisor, day_shift), no_show(other_advisor, day_shift)
    ids = lambda client: [r["id"] for r in client.get("/api/attendance").json()["results"]]  # noqa: E731
    assert ids(api(advisor)) == [mine.pk]
    assert ids(api(branch_head)) == [mine.pk]
    assert ids(api(other_head)) == [theirs.pk]
    assert sorted(ids(api(admin_user))) == sorted([mine.pk, theirs.pk])
    assert api(advisor).get(f"/api/attendance/{theirs.pk}").status_code == 404
    assert api(branch_head).get(f"/api/attendance/{theirs.pk}").status_code == 404
    assert api(advisor).get(f"/api/attendance/{mine.pk}/").status_code == 200
    assert api().get("/api/attendance").status_code == 401


def test_customers_cannot_read_records(api, customer):
    assert api(customer).get("/api/attendance/").status_code == 403


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"status": "PRESENT,HALF_DAY"}, {"a"}),
        ({"status": "ABSENT"}, {"b", "c"}),
        ({"auto_closed": "true"}, {"b"}),
        ({"date_from": "2025-08-12"}, {"a", "c"}),
        ({"date_to": "2025-08-11"}, {"b"}),
        ({"user": "other"}, {"c"}),
        ({"store": "other"}, {"c"}),
        ({"shift": "night"}, {"b"}),
    ],
)
def test_each_records_filter(
    api, admin_user, advisor, other_advisor, day_shift, night_shift, query, expected
):
    a = no_show(advisor, day_shift, status="PRESENT")
    b = no_show(advisor, night_shift, day=DAY - dt.timedelta(days=1), auto_closed=True)
    c = no_show(other_advisor, day_shift)
    names = {a.pk: "a", b.pk: "b", c.pk: "c"}
    others = {"user": other_advisor.pk, "store": other_advisor.store_id, "shift": night_shift.pk}
    values = {k: str(others[k]) if v in ("other", "night") else v for k, v in query.items()}
    results = api(admin_user).get("/api/attendance", values).json()["results"]
    assert {names[r["id"]] for r in results} == expected


def test_records_ordering_and_bad_filters(api, admin_user, advisor, day_shift):
    rows = [no_show(advisor, day_shift, day=DAY - dt.timedelta(days=n)) for n in range(3)]
    client = api(admin_user)
    assert [r["id"] for r in client.get("/api/attendance").json()["results"]] == [r.pk for r in rows]
    assert [r["id"] for r in client.get("/api/attendance", {"ordering": "date"}).json()["results"]] == [
        r.pk for r in reversed(rows)
    ]
    assert "status" in client.get("/api/attendance", {"status": "LOST"}).json()
    assert "user" in client.get("/api/attendance", {"user": "x"}).json()


@pytest.mark.parametrize("size", [1, 100])
def test_records_query_count_is_flat(
    api, admin_user, advisor, day_shift, django_assert_max_num_queries, size
):
    for n in range(15):
        no_show(advisor, day_shift, day=DAY - dt.timedelta(days=n))
    client = api(admin_user)
    with django_assert_max_num_queries(6):
        assert client.get("/api/attendance", {"page_size": size}).status_code == 200


def test_rows_keep_their_frozen_window(advisor, day_shift):
    row = no_show(advisor, day_shift)
    day_shift.start_time = dt.time(11)
    day_shift.save(update_fields=["start_time"])
    row.refresh_from_db()
    assert row.shift_start == at(9, 0)
    assert Attendance.objects.get().shift_end == at(18, 0)
