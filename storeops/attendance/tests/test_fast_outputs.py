"""Attendance records and the approvals queue: the fast read path renders exactly the serializers' bytes."""

import datetime as dt
import io
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.utils import timezone

from storeops.accounts.tests.factories import UserFactory
from storeops.attendance.models import Attendance, AttendanceRequest
from storeops.attendance.services.punches import request_create
from storeops.attendance.services.rosters import shift_update
from storeops.attendance.tests.factories import ScheduleFactory
from storeops.attendance.tests.punching import DAY, at, frozen, no_show, punch
from storeops.stores.models import Geofence, Store

# The REST framework renders the serializer path when a rendering option is asked for; indent=0 is the compact
# rendering every client gets, so it is the serializer output for the same rows.
SERIALIZER_PATH = {"HTTP_ACCEPT": "application/json; indent=0"}

RECORD_PATHS = [
    "/api/attendance",
    "/api/attendance/",
    "/api/attendance?page_size=1",
    "/api/attendance?page_size=1&page=2",
    "/api/attendance?page_size=1&page=9",
    "/api/attendance?status=PRESENT,ABSENT&ordering=check_in",
    "/api/attendance?date_from=2025-08-12&date_to=2025-08-12",
    "/api/attendance?status=LUNCH",
    "/api/attendance/{punched}",
    "/api/attendance/{absent}/",
    "/api/attendance/999999",
]
APPROVAL_PATHS = [
    "/api/attendance/approvals",
    "/api/attendance/approvals?page_size=1&page=2",
    "/api/attendance/approvals?status=PENDING&ordering=attendance_date",
    "/api/attendance/approvals?status=APPROVED,REJECTED",
    "/api/attendance/approvals?type=LUNCH",
]


@pytest.fixture
def rostered_advisor(advisor, day_shift, store):  # type: ignore[no-untyped-def]
    Geofence.objects.create(store=store, latitude=0, longitude=0, radius_m=500)
    ScheduleFactory(user=advisor, default_shift=day_shift)
    return advisor


@pytest.fixture
def rows(advisor, other_advisor, day_shift, night_shift, admin_user):  # type: ignore[no-untyped-def]
    advisor.first_name, advisor.last_name = 'Zoë "Z"', "Ünïcode \u2028"
    advisor.save()
    punched = no_show(
        advisor,
        day_shift,
        status="PRESENT",
        check_in=at(9, 20),
        check_out=at(18, 5),
        check_in_latitude=Decimal("12.9716"),
        check_in_longitude=Decimal("-77.5946001"),
        check_in_accuracy_m=Decimal("7.5"),
        check_in_distance_m=412,
        check_in_photo="attendance/x-in.jpg",
        check_out_latitude=Decimal("0"),
        check_out_longitude=Decimal("0"),
        check_out_accuracy_m=Decimal("0"),
        check_out_distance_m=0,
        worked_minutes=525,
        late_minutes=20,
        notes="tab\there </script>",
    )
    absent = no_show(other_advisor, night_shift, day=DAY - dt.timedelta(days=1))
    no_show(advisor, night_shift, day=DAY - dt.timedelta(days=2), status="OPEN", check_in=at(22, 0))
    late = request_create(
        attendance=punched, type="LATE", meta={"late_minutes": 20}, reason="Bus", actor=advisor
    )
    request_create(
        attendance=punched,
        type="OUTSIDE_GEOFENCE",
        meta={"phase": "check_in", "distance_m": 412, "nested": {"a": [1, None]}},
        reason="",
        actor=advisor,
        phase="check_in",
    )
    decided = request_create(
        attendance=absent,
        type="OT",
        meta={"requested_minutes": 90},
        reason="Stock count",
        actor=other_advisor,
    )
    AttendanceRequest.objects.filter(pk=decided.pk).update(
        status="APPROVED", decided_by=admin_user, decided_at=timezone.now(), decision_note="ok"
    )
    nameless = UserFactory(username="no.name", first_name="", last_name="")
    AttendanceRequest.objects.filter(pk=late.pk).update(
        status="REJECTED", decided_by=nameless, decided_at=at(20, 0), decision_note="no"
    )
    return {"punched": punched.pk, "absent": absent.pk}


@pytest.mark.parametrize("path", RECORD_PATHS + APPROVAL_PATHS)
@pytest.mark.parametrize("who", ["admin_user", "branch_head", "advisor"])
def test_fast_path_renders_the_serializer_bytes(api, request, rows, path, who):
    client = api(request.getfixturevalue(who))
    url = path.format(**rows)
    fast = client.get(url)
    old = client.get(url, **SERIALIZER_PATH)
    assert fast.status_code == old.status_code, fast.content
    assert fast.content == old.content
    assert fast["Content-Type"] == old["Content-Type"] == "application/json"
    if fast.status_code == 200:
        assert fast["ETag"] and fast["Cache-Control"] == "private, no-cache"
        assert client.get(url, HTTP_IF_NONE_MATCH=fast["ETag"]).status_code == 304


def test_a_cached_answer_is_served_until_a_write_of_the_module(api, admin_user, rows):
    """Writes outside the services are not seen (the answer is cached); every service write is."""
    client = api(admin_user)
    first = client.get(f"/api/attendance/{rows['absent']}")
    Attendance.objects.filter(pk=rows["absent"]).update(notes="changed behind the services")
    assert client.get(f"/api/attendance/{rows['absent']}").content == first.content
    pending = AttendanceRequest.objects.get(status="PENDING")
    assert (
        client.post(f"/api/attendance/approvals/{pending.pk}/approve", {}, format="json").status_code == 200
    )
    assert client.get(f"/api/attendance/{rows['absent']}").json()["notes"] == "changed behind the services"


def test_a_decision_shows_at_once_in_the_queue_and_the_records(api, branch_head, rows):
    client = api(branch_head)
    queue = client.get("/api/attendance/approvals?status=PENDING").json()
    assert [r["type"] for r in queue["results"]] == ["OUTSIDE_GEOFENCE"]
    record = client.get(f"/api/attendance/{rows['punched']}").json()
    assert {r["status"] for r in record["requests"]} == {"PENDING", "REJECTED"}
    decided = client.post(f"/api/attendance/approvals/{queue['results'][0]['id']}/reject", {}, format="json")
    assert decided.status_code == 200
    assert client.get("/api/attendance/approvals?status=PENDING").json()["count"] == 0
    record = client.get(f"/api/attendance/{rows['punched']}").json()
    assert {r["status"] for r in record["requests"]} == {"REJECTED"}


def test_a_punch_and_a_shift_rename_show_at_once(api, admin_user, rostered_advisor, day_shift):
    client = api(admin_user)
    assert client.get("/api/attendance").json()["count"] == 0
    with frozen(at(9, 30)):
        assert punch(api(rostered_advisor)).status_code == 201
    records = client.get("/api/attendance").json()
    assert records["count"] == 1 and records["results"][0]["shift_name"] == "Day"
    assert client.get("/api/attendance/approvals").json()["count"] == 1  # the LATE request
    shift_update(shift=day_shift, data={"name": "Morning"}, actor=admin_user)
    assert client.get("/api/attendance").json()["results"][0]["shift_name"] == "Morning"
    with frozen(at(2, 30, day=DAY + dt.timedelta(days=1))):
        call_command("attendance_autoclose", "--date", str(DAY), stdout=io.StringIO())
    assert client.get("/api/attendance").json()["results"][0]["auto_closed"] is True


def test_a_changed_branch_head_never_sees_the_former_heads_answer(
    api, branch_head, other_head, rows, store, other_store
):
    assert api(branch_head).get("/api/attendance").json()["count"] == 2
    assert api(other_head).get("/api/attendance").json()["count"] == 1
    Store.objects.filter(pk=other_store.pk).update(branch_head=None)  # a head runs one store at a time
    Store.objects.filter(pk=store.pk).update(branch_head=other_head)
    assert api(branch_head).get("/api/attendance").json()["count"] == 0
    assert api(other_head).get("/api/attendance").json()["count"] == 2


def test_the_fast_rows_carry_the_tricky_values(api, admin_user, rows):
    body = api(admin_user).get(f"/api/attendance/{rows['punched']}").json()
    assert body["check_in_latitude"] == "12.971600" and body["check_in_longitude"] == "-77.594600"
    assert body["check_in_accuracy_m"] == "7.50" and body["check_out_latitude"] == "0.000000"
    assert body["check_in_photo_url"] == f"/api/attendance/{rows['punched']}/photo/in"
    assert body["check_out_photo_url"] is None
    assert [r["type"] for r in body["requests"]] == ["LATE", "OUTSIDE_GEOFENCE"]
    queue = api(admin_user).get("/api/attendance/approvals?status=REJECTED").json()["results"]
    assert queue[0]["decided_by_name"] == "no.name"


def test_the_queue_still_has_no_detail_route(api, admin_user, rows):
    pending = AttendanceRequest.objects.get(status="PENDING")
    assert api(admin_user).get(f"/api/attendance/approvals/{pending.pk}").status_code == 404
