"""Approvals queue, decisions and ADJUST requests (spec 05 §10, §16 checks 3, 7, 8)."""

import datetime as dt

import pytest
from django.utils import timezone

from storeops.activity.models import ActivityEvent
from storeops.attendance.models import Attendance, AttendanceRequest
from storeops.attendance.services.punches import attendance_recompute, request_create, save_changes
from storeops.attendance.tests.punching import DAY, at, frozen, no_show

REQUEST_KEYS = {
    "id", "type", "status", "reason", "meta", "attendance", "attendance_date", "attendance_status", "user",
    "user_name", "store", "store_name", "shift_name", "requested_by", "created_at", "decided_by",
    "decided_by_name", "decided_at", "decision_note",
}  # fmt: skip


def pending(user, shift, kinds=("LATE",), day=DAY, **row):  # type: ignore[no-untyped-def]
    """A checked-in row of `user` with pending requests of `kinds`, recomputed like a real punch."""
    start = at(9, 0, day=day)
    attendance = no_show(
        user, shift, day=day, check_in=row.pop("check_in", start + dt.timedelta(minutes=20)), **row
    )
    for kind in kinds:
        meta = {"OT": {"requested_minutes": 90}, "LATE": {"late_minutes": 5}}.get(kind, {"phase": "check_in"})
        phase = "check_in" if kind == "OUTSIDE_GEOFENCE" else ""
        request_create(attendance=attendance, type=kind, meta=meta, reason="r", actor=user, phase=phase)
    save_changes(attendance, attendance_recompute(attendance))
    return attendance


@pytest.fixture
def s1_request(advisor, day_shift):  # type: ignore[no-untyped-def]
    return pending(advisor, day_shift).requests.get()


@pytest.fixture
def s2_request(other_advisor, day_shift):  # type: ignore[no-untyped-def]
    return pending(other_advisor, day_shift).requests.get()


def decide(client, request_id, verb="approve", **body):  # type: ignore[no-untyped-def]
    return client.post(f"/api/attendance/approvals/{request_id}/{verb}", body, format="json")


def test_branch_head_lists_only_own_store(api, branch_head, s1_request, s2_request):
    response = api(branch_head).get("/api/attendance/approvals")
    assert response.status_code == 200
    results = response.json()["results"]
    assert [r["id"] for r in results] == [s1_request.pk]
    assert set(results[0]) == REQUEST_KEYS
    assert results[0]["meta"] == {"late_minutes": 5} and results[0]["attendance_status"] == "PENDING_APPROVAL"


def test_admin_lists_all_and_others_are_refused(api, admin_user, advisor, customer, s1_request, s2_request):
    assert api(admin_user).get("/api/attendance/approvals").json()["count"] == 2
    assert api(advisor).get("/api/attendance/approvals").status_code == 403
    assert api(customer).get("/api/attendance/approvals").status_code == 403
    assert api().get("/api/attendance/approvals").status_code == 401


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"type": "LATE"}, {"late", "decided"}),
        ({"type": "OT,ADJUST"}, {"ot"}),
        ({"status": "APPROVED"}, {"decided"}),
        ({"status": "PENDING"}, {"late", "ot"}),
        ({"user": "other"}, {"decided"}),
        ({"store": "other"}, {"decided"}),
        ({"date_from": "2025-08-11", "date_to": "2025-08-11"}, {"decided"}),
    ],
)
def test_each_approvals_filter(api, admin_user, advisor, other_advisor, day_shift, query, expected):
    row = pending(advisor, day_shift, kinds=("LATE", "OT"))
    late, ot = row.requests.get(type="LATE"), row.requests.get(type="OT")
    decided = pending(other_advisor, day_shift, day=DAY - dt.timedelta(days=1)).requests.get()
    AttendanceRequest.objects.filter(pk=decided.pk).update(status="APPROVED")
    names = {late.pk: "late", ot.pk: "ot", decided.pk: "decided"}
    values = {
        k: {"other": str(other_advisor.pk if k == "user" else other_advisor.store_id)}.get(v, v)
        for k, v in query.items()
    }
    body = api(admin_user).get("/api/attendance/approvals", values).json()
    assert {names[r["id"]] for r in body["results"]} == expected


def test_bad_filter_values_name_the_parameter(api, admin_user):
    client = api(admin_user)
    assert "type" in client.get("/api/attendance/approvals", {"type": "LUNCH"}).json()
    assert (
        "date_to"
        in client.get(
            "/api/attendance/approvals", {"date_from": "2025-08-12", "date_to": "2025-08-01"}
        ).json()
    )


@pytest.mark.parametrize("size", [1, 100])
def test_approvals_list_query_count_is_flat(
    api, admin_user, advisor, day_shift, django_assert_max_num_queries, size
):
    for n in range(12):
        pending(advisor, day_shift, day=DAY - dt.timedelta(days=n), kinds=("LATE", "OT"))
    client = api(admin_user)
    with django_assert_max_num_queries(6):
        assert client.get("/api/attendance/approvals", {"page_size": size}).status_code == 200


def test_branch_head_decides_own_store_and_gets_404_elsewhere(
    api, branch_head, s1_request, s2_request, unchanged
):
    with unchanged(AttendanceRequest.objects.all(), Attendance.objects.all()):
        assert decide(api(branch_head), s2_request.pk).status_code == 404
    response = decide(api(branch_head), s1_request.pk, note="ok, traffic")
    assert response.status_code == 200
    body = response.json()
    assert (body["status"], body["decided_by"], body["decision_note"]) == (
        "APPROVED",
        branch_head.pk,
        "ok, traffic",
    )
    assert body["attendance_detail"]["late_excused"] is True
    assert body["attendance_detail"]["late_minutes"] == 0
    assert body["attendance_detail"]["status"] == "OPEN"
    assert (
        ActivityEvent.objects.filter(
            action="attendance.request.approved", entity_id=str(s1_request.pk)
        ).count()
        == 1
    )
    updated = ActivityEvent.objects.get(action="attendance.attendance.updated")
    assert updated.changes["late_excused"] == [False, True]


def test_advisors_and_customers_get_404_on_decisions(api, advisor, customer, s1_request, unchanged):
    with unchanged(AttendanceRequest.objects.all()):
        assert decide(api(advisor), s1_request.pk).status_code == 404
        assert decide(api(customer), s1_request.pk, "reject").status_code == 404
        assert decide(api(), s1_request.pk).status_code == 401
        assert decide(api(advisor), 999999).status_code == 404


def test_deciding_twice_is_409_and_get_is_405(api, admin_user, s1_request):
    client = api(admin_user)
    assert decide(client, s1_request.pk, "reject").status_code == 200
    again = decide(client, s1_request.pk)
    assert again.status_code == 409
    assert again.json() == {"detail": "This request was already decided.", "code": "already_decided"}
    assert client.get(f"/api/attendance/approvals/{s1_request.pk}/approve").status_code == 405


def test_row_stays_pending_until_every_request_is_decided(api, admin_user, advisor, day_shift):
    row = pending(advisor, day_shift, kinds=("LATE", "OT"), check_out=at(18, 0))
    client = api(admin_user)
    decide(client, row.requests.get(type="LATE").pk)
    row.refresh_from_db()
    assert row.status == "PENDING_APPROVAL"
    body = decide(client, row.requests.get(type="OT").pk).json()
    assert body["attendance_detail"]["status"] == "PRESENT"
    assert body["attendance_detail"]["ot_minutes"] == 90


def test_approved_ot_is_capped_and_rejected_ot_pays_nothing(api, admin_user, advisor, day_shift, settings):
    row = pending(advisor, day_shift, kinds=(), check_out=at(18, 0))
    big = request_create(attendance=row, type="OT", meta={"requested_minutes": 600}, reason="", actor=advisor)
    assert decide(api(admin_user), big.pk).json()["attendance_detail"]["ot_minutes"] == 480
    settings.ATTENDANCE_OT_CAP_MINUTES = 120
    save_changes(row, attendance_recompute(row))
    assert row.ot_minutes == 120


def test_rejecting_outside_geofence_makes_the_day_absent(api, admin_user, advisor, day_shift):
    row = pending(advisor, day_shift, kinds=("OUTSIDE_GEOFENCE",), check_out=at(18, 0))
    body = decide(api(admin_user), row.requests.get().pk, "reject").json()
    assert body["status"] == "REJECTED"
    assert body["attendance_detail"]["status"] == "ABSENT"
    assert ActivityEvent.objects.filter(action="attendance.request.rejected").count() == 1


# ----- ADJUST ----------------------------------------------------------------------------------------------


def adjust(client, attendance, **fields):  # type: ignore[no-untyped-def]
    body = {"attendance": attendance.pk, "reason": "forgot to punch", **fields}
    return client.post("/api/attendance/requests", body, format="json")


def test_adjust_a_no_show_then_approval_sets_the_punches(api, advisor, admin_user, day_shift):
    row = no_show(advisor, day_shift)
    with frozen(at(20, 0)):
        response = adjust(
            api(advisor), row, set_check_in="2025-08-12T09:00:00", set_check_out="2025-08-12T17:00:00"
        )
    assert response.status_code == 201, response.json()
    assert set(response.json()) == REQUEST_KEYS
    assert response.json()["meta"] == {
        "set_check_in": "2025-08-12T09:00:00+05:30",
        "set_check_out": "2025-08-12T17:00:00+05:30",
    }
    row.refresh_from_db()
    assert row.status == "PENDING_APPROVAL"
    body = decide(api(admin_user), response.json()["id"]).json()["attendance_detail"]
    assert (body["worked_minutes"], body["status"]) == (480, "PRESENT")
    row.refresh_from_db()
    assert row.check_in == at(9, 0) and row.check_out == at(17, 0)


def test_adjust_refusals(api, advisor, other_advisor, day_shift):
    row = no_show(advisor, day_shift)
    theirs = no_show(other_advisor, day_shift)
    old = no_show(advisor, day_shift, day=DAY - dt.timedelta(days=40))
    with frozen(at(20, 0)):
        client = api(advisor)
        assert adjust(client, theirs, set_check_in="2025-08-12T09:00:00").status_code == 404
        assert adjust(client, row).json() == {"set_check_in": ["Give set_check_in, set_check_out or both."]}
        assert adjust(client, old, set_check_in="2025-07-03T09:00:00").json() == {
            "attendance": ["This attendance is too old to adjust."]
        }
        assert "set_check_out" in adjust(client, row, set_check_out="2025-08-12T17:00:00").json()
        assert (
            "set_check_out"
            in adjust(
                client, row, set_check_in="2025-08-12T10:00:00", set_check_out="2025-08-12T09:00:00"
            ).json()
        )
        assert "set_check_in" in adjust(client, row, set_check_in="2025-08-11T08:00:00").json()
        assert (
            "set_check_out"
            in adjust(
                client, row, set_check_in="2025-08-12T09:00:00", set_check_out="2025-08-12T23:00:00"
            ).json()
        )  # in the future
        assert adjust(client, row, type="OT", set_check_in="2025-08-12T09:00:00").json() == {
            "type": ["Only ADJUST requests can be created here."]
        }
        assert adjust(client, row, set_check_in="2025-08-12T09:00:00").status_code == 201
        second = adjust(client, row, set_check_in="2025-08-12T09:10:00")
    assert (second.status_code, second.json()["code"]) == (409, "pending_request_exists")


def test_an_adjustment_that_no_longer_fits_is_409(api, advisor, admin_user, day_shift):
    row = no_show(advisor, day_shift, check_in=at(9, 0))
    with frozen(at(20, 0)):
        created = adjust(api(advisor), row, set_check_out="2025-08-12T10:00:00").json()
    Attendance.objects.filter(pk=row.pk).update(check_in=at(11, 0))
    conflict = decide(api(admin_user), created["id"])
    assert (conflict.status_code, conflict.json()["code"]) == (409, "invalid_adjustment")
    assert AttendanceRequest.objects.get(pk=created["id"]).status == "PENDING"


def test_own_requests_list_and_filters(api, advisor, other_advisor, day_shift, branch_head):
    mine = pending(advisor, day_shift, kinds=("LATE", "OT")).requests.all()
    pending(other_advisor, day_shift)
    client = api(advisor)
    body = client.get("/api/attendance/requests").json()
    assert sorted(r["id"] for r in body["results"]) == sorted(r.pk for r in mine)
    assert [r["type"] for r in client.get("/api/attendance/requests", {"type": "OT"}).json()["results"]] == [
        "OT"
    ]
    assert client.get("/api/attendance/requests", {"status": "APPROVED"}).json()["count"] == 0
    assert client.get("/api/attendance/requests", {"date_from": "2025-08-13"}).json()["count"] == 0
    assert client.get("/api/attendance/requests", {"date_to": "2025-08-12"}).json()["count"] == 2
    assert api(branch_head).get("/api/attendance/requests").status_code == 403


def test_adjust_by_other_roles_is_refused_without_side_effect(
    api, branch_head, advisor, day_shift, unchanged
):
    row = no_show(advisor, day_shift)
    with unchanged(AttendanceRequest.objects.all()):
        assert adjust(api(branch_head), row, set_check_in="2025-08-12T09:00:00").status_code == 403
        assert adjust(api(), row, set_check_in="2025-08-12T09:00:00").status_code == 401


def test_decided_at_is_set(api, admin_user, s1_request):
    decide(api(admin_user), s1_request.pk)
    s1_request.refresh_from_db()
    assert s1_request.decided_at is not None and s1_request.decided_at <= timezone.now()


def test_approvals_ordering(api, admin_user, advisor, day_shift):
    older = pending(advisor, day_shift, day=DAY - dt.timedelta(days=3)).requests.get()
    newer = pending(advisor, day_shift, day=DAY - dt.timedelta(days=5)).requests.get()
    client = api(admin_user)
    default = [r["id"] for r in client.get("/api/attendance/approvals").json()["results"]]
    assert default == [newer.pk, older.pk]  # newest created first
    by_date = client.get("/api/attendance/approvals", {"ordering": "attendance_date"}).json()["results"]
    assert [r["id"] for r in by_date] == [newer.pk, older.pk]
    by_date_desc = client.get("/api/attendance/approvals", {"ordering": "-attendance_date"}).json()["results"]
    assert [r["id"] for r in by_date_desc] == [older.pk, newer.pk]
