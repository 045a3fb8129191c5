"""Check-in and check-out through the API (spec 05 §6, §7, §16 checks 1–5)."""

import datetime as dt
import io
import re
from zoneinfo import ZoneInfo

import pytest

from storeops.accounts.roles import Role
from storeops.accounts.tests.factories import UserFactory
from storeops.activity.models import ActivityEvent
from storeops.attendance.models import Attendance, AttendanceRequest
from storeops.attendance.photos import photo_storage
from storeops.attendance.tests.factories import ExceptionFactory, ScheduleFactory, ShiftFactory
from storeops.attendance.tests.images import jpeg_bytes, upload
from storeops.attendance.tests.punching import DAY, at, frozen, no_show, punch
from storeops.stores.models import Geofence

ATTENDANCE_KEYS = {
    "id", "user", "user_name", "store", "store_name", "date", "shift", "shift_name", "shift_start", "shift_end",
    "check_in", "check_in_latitude", "check_in_longitude", "check_in_accuracy_m", "check_in_distance_m",
    "check_in_photo_url", "check_out", "check_out_latitude", "check_out_longitude", "check_out_accuracy_m",
    "check_out_distance_m", "check_out_photo_url", "worked_minutes", "late_minutes", "early_out_minutes",
    "ot_minutes", "late_excused", "status", "auto_closed", "notes", "requests", "created_at", "updated_at",
}  # fmt: skip
NAME = re.compile(r"^attendance/\d{4}/\d{2}/[0-9a-f]{32}\.jpg$")


@pytest.fixture
def fence(store):  # type: ignore[no-untyped-def]
    return Geofence.objects.create(store=store, latitude=0, longitude=0, radius_m=500)


@pytest.fixture
def rostered(advisor, day_shift, fence):  # type: ignore[no-untyped-def]
    ScheduleFactory(user=advisor, default_shift=day_shift)
    return advisor


def types_of(body: dict) -> list[str]:
    return sorted(r["type"] for r in body["requests"])


def test_check_in_inside_the_window_opens_the_day(api, rostered, day_shift):
    with frozen(at(9, 5)):
        response = punch(api(rostered))
    assert response.status_code == 201, response.data
    body = response.json()
    assert set(body) == ATTENDANCE_KEYS
    assert (body["status"], body["date"], body["shift"], body["late_minutes"]) == (
        "OPEN",
        "2025-08-12",
        day_shift.pk,
        0,
    )
    assert body["check_in_distance_m"] == 0 and body["requests"] == []
    assert body["check_in_photo_url"] == f"/api/attendance/{body['id']}/photo/in"
    assert body["check_out_photo_url"] is None
    row = Attendance.objects.get()
    assert NAME.match(row.check_in_photo) and photo_storage().exists(row.check_in_photo)
    event = ActivityEvent.objects.get(action="attendance.attendance.checked_in")
    assert (event.entity_id, event.store_id, event.actor_id) == (str(row.pk), row.store_id, rostered.pk)


def test_window_opens_early_and_refuses_late_or_twice(api, rostered):
    with frozen(at(8, 40)):
        early = punch(api(rostered))
    assert early.status_code == 400
    assert early.json() == {
        "detail": "Check-in opens at 08:45.",
        "code": "too_early",
        "opens_at": "2025-08-12T08:45:00+05:30",
    }
    with frozen(at(8, 46)):
        assert punch(api(rostered)).status_code == 201
    with frozen(at(9, 6)):
        again = punch(api(rostered))
    assert again.status_code == 409
    assert again.json()["code"] == "already_checked_in"
    assert again.json()["attendance_id"] == Attendance.objects.get().pk
    with frozen(at(18, 1, day=DAY + dt.timedelta(days=1))):
        over = punch(api(rostered))
    assert (over.status_code, over.json()["code"]) == (400, "shift_over")
    assert Attendance.objects.count() == 1


def test_day_off_and_no_store_are_refused(api, rostered, advisor, store):
    ExceptionFactory(user=advisor, date=DAY, mark_off=True)
    with frozen(at(9, 5)):
        day_off = punch(api(rostered))
    assert day_off.json() == {"detail": "No shift is planned for you today.", "code": "no_planned_shift"}
    loner = UserFactory(username="loner", role=Role.ADVISOR, store=None)
    with frozen(at(9, 5)):
        response = punch(api(loner))
    assert response.status_code == 400
    assert response.json() == {"detail": "You are not assigned to an active store.", "code": "no_store"}
    assert not Attendance.objects.exists()


def test_late_check_in_waits_for_approval(api, rostered):
    with frozen(at(9, 20)):
        body = punch(api(rostered)).json()
    assert (body["status"], body["late_minutes"], types_of(body)) == ("PENDING_APPROVAL", 5, ["LATE"])
    late = AttendanceRequest.objects.get()
    assert late.meta == {"late_minutes": 5}
    assert (
        ActivityEvent.objects.filter(action="attendance.request.created", entity_id=str(late.pk)).count() == 1
    )


@pytest.mark.parametrize(
    ("fields", "distance"),
    [({"latitude": "1", "longitude": "1"}, 157_249), ({"accuracy_m": "600"}, 0)],
)
def test_outside_the_geofence_asks_for_approval(api, rostered, fields, distance):
    with frozen(at(9, 5)):
        body = punch(api(rostered), **fields).json()
    assert (body["status"], types_of(body)) == ("PENDING_APPROVAL", ["OUTSIDE_GEOFENCE"])
    meta = AttendanceRequest.objects.get().meta
    assert meta["phase"] == "check_in" and meta["radius_m"] == 500
    assert abs(meta["distance_m"] - distance) < 50


def test_aliases_and_field_errors(api, rostered):
    with frozen(at(9, 5)):
        client = api(rostered)
        bad = punch(client, latitude="91")
        assert bad.status_code == 400 and "latitude" in bad.json()
        missing = punch(client, latitude=None, longitude=None)
        assert set(missing.json()) == {"latitude", "longitude"}
        alias = punch(client, latitude=None, longitude=None, lat="0.0001", lon="0.0002")
    assert alias.status_code == 201
    assert (alias.json()["check_in_latitude"], alias.json()["check_in_longitude"]) == ("0.000100", "0.000200")


def test_latitude_wins_over_its_alias(api, rostered):
    with frozen(at(9, 5)):
        body = punch(api(rostered), latitude="0.001", lat="45").json()
    assert body["check_in_latitude"] == "0.001000"


def test_a_chosen_shift_overrides_the_plan_and_is_noted(api, rostered):
    evening = ShiftFactory(name="Evening", start_time=dt.time(14), end_time=dt.time(22))
    with frozen(at(14, 0)):
        body = punch(api(rostered), shift_id=str(evening.pk)).json()
    assert body["shift"] == evening.pk
    assert "Planned shift: Day." in body["notes"]
    with frozen(at(14, 1)):
        unknown = punch(api(rostered), shift_id="999999")
    assert unknown.json() == {"shift_id": ["Unknown or inactive shift."]}


def test_another_open_row_refuses_a_second_shift(api, rostered):
    evening = ShiftFactory(name="Evening", start_time=dt.time(12), end_time=dt.time(22))
    with frozen(at(9, 5)):
        first = punch(api(rostered)).json()
    with frozen(at(12, 0)):
        second = punch(api(rostered), shift_id=str(evening.pk))
    assert second.status_code == 409
    assert second.json()["code"] == "open_attendance_exists"
    assert second.json()["attendance_id"] == first["id"]


def test_a_no_show_row_is_reused(api, rostered, day_shift):
    row = no_show(rostered, day_shift)
    with frozen(at(9, 5)):
        body = punch(api(rostered)).json()
    assert body["id"] == row.pk and body["status"] == "OPEN"


def test_overnight_check_ins_land_on_the_start_date(api, advisor, night_shift, fence):
    ScheduleFactory(user=advisor, default_shift=night_shift)
    with frozen(at(23, 0)):
        late_evening = punch(api(advisor)).json()
    assert late_evening["date"] == "2025-08-12"
    other = UserFactory(username="owl", role=Role.ADVISOR, store=advisor.store)
    ScheduleFactory(user=other, default_shift=night_shift)
    with frozen(at(0, 30, day=DAY + dt.timedelta(days=1))):
        after_midnight = punch(api(other)).json()
    assert after_midnight["date"] == "2025-08-12"


def test_overnight_worked_minutes_count_only_the_window(api, advisor, night_shift, fence):
    ScheduleFactory(user=advisor, default_shift=night_shift)
    with frozen(at(21, 50)):
        punch(api(advisor))
    with frozen(at(6, 10, day=DAY + dt.timedelta(days=1))):
        out = punch(api(advisor), "check-out")
    assert out.status_code == 200
    assert (out.json()["worked_minutes"], out.json()["status"]) == (480, "PRESENT")


def test_a_store_in_another_zone_uses_its_own_clock(api, rostered, store):
    store.timezone = "America/New_York"
    store.save(update_fields=["timezone"])
    new_york = ZoneInfo("America/New_York")
    with frozen(at(9, 5, tz=new_york)):  # 18:35 in Kolkata: too late there, on time in New York
        body = punch(api(rostered)).json()
    assert (body["status"], body["date"]) == ("OPEN", "2025-08-12")
    assert Attendance.objects.get().shift_start == at(9, 0, tz=new_york)


def test_check_out_with_ot_waits_then_is_present(api, rostered, admin_user):
    with frozen(at(9, 0)):
        punch(api(rostered))
    with frozen(at(15, 2)):
        out = punch(api(rostered), "check-out", ot_request_minutes="90", note="stock count")
    body = out.json()
    assert out.status_code == 200
    assert (body["worked_minutes"], body["early_out_minutes"], body["status"]) == (
        360,
        178,
        "PENDING_APPROVAL",
    )
    assert types_of(body) == ["OT"]
    ot = AttendanceRequest.objects.get()
    assert (ot.meta, ot.reason) == ({"requested_minutes": 90}, "stock count")
    assert "Check-out note: stock count" in body["notes"]
    assert ActivityEvent.objects.filter(action="attendance.attendance.checked_out").count() == 1
    decided = api(admin_user).post(f"/api/attendance/approvals/{ot.pk}/approve", {}, format="json")
    assert decided.json()["attendance_detail"]["status"] == "PRESENT"
    assert decided.json()["attendance_detail"]["ot_minutes"] == 90


def test_check_out_refusals(api, rostered, other_advisor):
    with frozen(at(9, 0)):
        client = api(rostered)
        none_open = punch(client, "check-out")
        assert none_open.status_code == 409 and none_open.json()["code"] == "no_open_attendance"
        row = Attendance.objects.get(pk=punch(client).json()["id"])
        theirs = punch(api(other_advisor), "check-out", attendance_id=str(row.pk))
        assert theirs.status_code == 404
        assert punch(client, "check-out", ot_request_minutes="721").status_code == 400
        assert punch(client, "check-out", attendance_id=str(row.pk)).status_code == 200
        closed = punch(client, "check-out", attendance_id=str(row.pk))
    assert closed.json() == {"detail": "Attendance is not open.", "code": "not_open"}


def test_photo_over_the_cap_is_413_with_no_row_and_no_file(api, rostered, settings, tmp_path):
    big = b"\xff\xd8" + b"\x00" * (6 * 1024 * 1024)
    with frozen(at(9, 5)):
        response = api(rostered).post(
            "/api/attendance/check-in",
            {"latitude": "0", "longitude": "0", "photo": upload(big)},
            format="multipart",
        )
    assert response.status_code == 413
    assert response.json()["code"] in {"file_too_large", "request_too_large"}
    assert not Attendance.objects.exists()
    assert not list((tmp_path / "private").rglob("*.jpg"))


def test_a_text_file_named_jpg_is_refused(api, rostered):
    with frozen(at(9, 5)):
        response = api(rostered).post(
            "/api/attendance/check-in",
            {"latitude": "0", "longitude": "0", "photo": upload(b"just text", "selfie.jpg")},
            format="multipart",
        )
    assert response.json() == {"photo": ["Upload a JPEG, PNG or WebP image."]}


def test_a_failing_punch_leaves_no_file(api, rostered, monkeypatch, tmp_path):
    def broken(**kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("audit trail unavailable")

    monkeypatch.setattr("storeops.attendance.services.punches.record", broken)
    with frozen(at(9, 5)), pytest.raises(RuntimeError):
        punch(api(rostered))
    assert not list((tmp_path / "private").rglob("*.jpg"))
    assert not Attendance.objects.exists()


def test_roles_that_may_not_punch(api, rostered, branch_head, admin_user, customer, unchanged):
    with frozen(at(9, 5)), unchanged(Attendance.objects.all()):
        assert punch(api()).status_code == 401
        for user in (branch_head, admin_user, customer):
            assert punch(api(user)).status_code == 403
            assert punch(api(user), "check-out").status_code == 403


def test_a_retried_check_in_with_the_same_key_is_replayed(api, rostered):
    body = {"latitude": "0", "longitude": "0"}
    with frozen(at(9, 5)):
        client = api(rostered)
        first = client.post(
            "/api/attendance/check-in",
            {**body, "photo": upload(jpeg_bytes())},
            format="multipart",
            headers={"Idempotency-Key": "punch-1"},
        )
        # The same multipart body (same boundary) again.
        retry = client.generic(
            "POST",
            "/api/attendance/check-in",
            first.wsgi_request.body,
            content_type=first.wsgi_request.META["CONTENT_TYPE"],
            headers={"Idempotency-Key": "punch-1"},
        )
    assert first.status_code == 201
    assert retry.status_code == 201 and retry["Idempotent-Replayed"] == "true"
    assert retry.json()["id"] == first.json()["id"]
    assert Attendance.objects.count() == 1
    assert ActivityEvent.objects.filter(action="attendance.attendance.checked_in").count() == 1


def test_grace_and_half_day_follow_the_settings(api, rostered, settings):
    settings.ATTENDANCE_GRACE_MINUTES = 0
    settings.ATTENDANCE_HALF_DAY_MINUTES = 120
    with frozen(at(9, 3)):
        body = punch(api(rostered)).json()
    assert body["late_minutes"] == 3 and types_of(body) == ["LATE"]
    AttendanceRequest.objects.update(status="APPROVED")
    with frozen(at(11, 10)):
        out = punch(api(rostered), "check-out").json()
    assert (out["worked_minutes"], out["status"]) == (125, "PRESENT")


def test_the_stored_selfie_has_no_metadata_and_stands_upright(api, rostered):
    from PIL import Image

    from storeops.attendance.tests.images import jpeg_markers, jpeg_with_metadata

    with frozen(at(9, 5)):
        response = api(rostered).post(
            "/api/attendance/check-in",
            {"latitude": "0", "longitude": "0", "photo": upload(jpeg_with_metadata((40, 20)), "../../x.png")},
            format="multipart",
        )
    assert response.status_code == 201
    name = Attendance.objects.get().check_in_photo
    assert NAME.match(name)
    with photo_storage().open(name, "rb") as stored:
        content = stored.read()
    assert [m for m in jpeg_markers(content) if 0xE0 <= m <= 0xEF or m == 0xFE] == [0xE0]
    assert Image.open(io.BytesIO(content)).size == (20, 40)
