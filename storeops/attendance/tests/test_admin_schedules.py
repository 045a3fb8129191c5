import datetime as dt

import pytest
from django.test import override_settings

from storeops.accounts.roles import Role
from storeops.accounts.tests.factories import UserFactory
from storeops.activity.models import ActivityEvent
from storeops.attendance.models import Schedule
from storeops.attendance.tests.conftest import ANCHOR
from storeops.attendance.tests.factories import (
    ExceptionFactory,
    ScheduleFactory,
    ShiftFactory,
    WeekOffFactory,
)

URL = "/api/attendance/admin/schedules"
KEYS = {
    "id", "user", "user_name", "store", "rule_type", "default_shift", "anchor_monday", "parity_offset",
    "week_even_shift", "week_odd_shift", "is_active", "created_at", "updated_at",
}  # fmt: skip


def alternate_body(user, even, odd, **extra):  # type: ignore[no-untyped-def]
    return {
        "user": user.pk,
        "rule_type": "alternate_weekly",
        "anchor_monday": "2025-08-11",
        "week_even_shift": even.pk,
        "week_odd_shift": odd.pk,
        **extra,
    }


def test_fixed_create(admin_api, advisor, store, day_shift):  # type: ignore[no-untyped-def]
    response = admin_api.post(
        URL, {"user": advisor.pk, "rule_type": "fixed", "default_shift": day_shift.pk}, format="json"
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert set(body) == KEYS
    assert (body["store"], body["is_active"], body["parity_offset"]) == (store.pk, True, 0)
    ActivityEvent.objects.get(action="attendance.schedule.created", entity_id=str(body["id"]))


def test_alternate_create_by_multipart(admin_api, advisor, day_shift, night_shift):  # type: ignore[no-untyped-def]
    response = admin_api.post(
        URL, alternate_body(advisor, day_shift, night_shift, parity_offset=1), format="multipart"
    )
    assert response.status_code == 201, response.content
    assert (response.json()["parity_offset"], response.json()["is_active"]) == (1, True)


def test_anchor_must_be_a_monday(admin_api, advisor, day_shift, night_shift):  # type: ignore[no-untyped-def]
    body = alternate_body(advisor, day_shift, night_shift, anchor_monday="2025-08-12")
    response = admin_api.post(URL, body, format="json")
    assert response.status_code == 400
    assert response.json() == {"anchor_monday": ["Must be a Monday."]}


def test_fixed_needs_its_shift(admin_api, advisor):  # type: ignore[no-untyped-def]
    response = admin_api.post(URL, {"user": advisor.pk, "rule_type": "fixed"}, format="json")
    assert response.status_code == 400
    assert response.json() == {"default_shift": ["Required for a fixed schedule."]}


def test_alternate_needs_anchor_and_both_shifts(admin_api, advisor, day_shift):  # type: ignore[no-untyped-def]
    response = admin_api.post(
        URL,
        {"user": advisor.pk, "rule_type": "alternate_weekly", "week_even_shift": day_shift.pk},
        format="json",
    )
    assert response.status_code == 400
    message = ["Required for an alternate-week schedule."]
    assert response.json() == {"anchor_monday": message, "week_odd_shift": message}


def test_second_schedule_refused(admin_api, advisor, day_shift, unchanged):  # type: ignore[no-untyped-def]
    ScheduleFactory(user=advisor, default_shift=day_shift)
    with unchanged(Schedule.objects.all()):
        response = admin_api.post(
            URL, {"user": advisor.pk, "rule_type": "fixed", "default_shift": day_shift.pk}, format="json"
        )
    assert response.status_code == 400
    assert response.json() == {"user": ["This advisor already has a schedule."]}


@pytest.mark.parametrize("role", [Role.BRANCH_HEAD, Role.CUSTOMER, Role.SYSTEM_ADMIN])
def test_user_must_be_an_advisor(admin_api, day_shift, role):  # type: ignore[no-untyped-def]
    user = UserFactory(role=role)
    response = admin_api.post(
        URL, {"user": user.pk, "rule_type": "fixed", "default_shift": day_shift.pk}, format="json"
    )
    assert response.status_code == 400
    assert response.json() == {"user": ["Must be an advisor."]}


def test_inactive_advisor_and_inactive_shift_refused(admin_api, store, day_shift):  # type: ignore[no-untyped-def]
    gone = UserFactory(role=Role.ADVISOR, store=store, is_active=False)
    response = admin_api.post(
        URL, {"user": gone.pk, "rule_type": "fixed", "default_shift": day_shift.pk}, format="json"
    )
    assert response.json() == {"user": ["Must be an active advisor."]}
    active = UserFactory(role=Role.ADVISOR, store=store)
    old = ShiftFactory(is_active=False)
    response = admin_api.post(
        URL, {"user": active.pk, "rule_type": "fixed", "default_shift": old.pk}, format="json"
    )
    assert response.status_code == 400
    assert response.json() == {"default_shift": ["Unknown or inactive shift."]}


def test_patch_to_alternate_checks_the_merged_rule(admin_api, advisor, day_shift, night_shift):  # type: ignore[no-untyped-def]
    schedule = ScheduleFactory(user=advisor, default_shift=day_shift)
    response = admin_api.patch(f"{URL}/{schedule.pk}", {"rule_type": "alternate_weekly"}, format="json")
    assert response.status_code == 400
    body = {
        "rule_type": "alternate_weekly",
        "anchor_monday": "2025-08-11",
        "week_even_shift": day_shift.pk,
        "week_odd_shift": night_shift.pk,
    }
    response = admin_api.patch(f"{URL}/{schedule.pk}", body, format="json")
    assert response.status_code == 200, response.content
    assert ActivityEvent.objects.get(action="attendance.schedule.updated").changes["rule_type"] == [
        "fixed",
        "alternate_weekly",
    ]


def test_delete_deactivates(admin_api, advisor, day_shift):  # type: ignore[no-untyped-def]
    schedule = ScheduleFactory(user=advisor, default_shift=day_shift)
    assert admin_api.delete(f"{URL}/{schedule.pk}").status_code == 204
    schedule.refresh_from_db()
    assert schedule.is_active is False
    ActivityEvent.objects.get(action="attendance.schedule.deactivated")


def test_list_filters(admin_api, advisor, other_advisor, day_shift, night_shift, store):  # type: ignore[no-untyped-def]
    fixed = ScheduleFactory(user=advisor, default_shift=day_shift)
    alt = ScheduleFactory(
        user=other_advisor, rule_type="alternate_weekly", default_shift=None, anchor_monday=ANCHOR,
        week_even_shift=day_shift, week_odd_shift=night_shift, is_active=False,
    )  # fmt: skip
    ids = lambda query: [row["id"] for row in admin_api.get(f"{URL}?{query}").json()["results"]]  # noqa: E731
    assert ids(f"user={advisor.pk}") == [fixed.pk]
    assert ids(f"store={store.pk}") == [fixed.pk]
    assert ids("rule_type=alternate_weekly") == [alt.pk]
    assert ids("is_active=false") == [alt.pk]
    assert admin_api.get(f"{URL}?rule_type=weekly").status_code == 400
    assert set(admin_api.get(f"{URL}?user=abc").json()) == {"user"}


@pytest.mark.parametrize("size", [1, 100])
def test_list_query_count(admin_api, store, day_shift, size, django_assert_max_num_queries):  # type: ignore[no-untyped-def]
    for _ in range(12):
        ScheduleFactory(user=UserFactory(role=Role.ADVISOR, store=store), default_shift=day_shift)
    with django_assert_max_num_queries(6):
        response = admin_api.get(f"{URL}?page_size={size}")
    assert len(response.json()["results"]) == min(size, 12)


# ----- preview -------------------------------------------------------------------------------------------


def test_preview_uses_the_full_resolution(admin_api, advisor, store, day_shift, night_shift):  # type: ignore[no-untyped-def]
    schedule = ScheduleFactory(
        user=advisor, rule_type="alternate_weekly", default_shift=None, anchor_monday=ANCHOR,
        week_even_shift=day_shift, week_odd_shift=night_shift, is_active=False,
    )  # fmt: skip
    WeekOffFactory(user=advisor, weekday=6)
    ExceptionFactory(user=advisor, date=dt.date(2025, 8, 12), mark_off=True)
    ExceptionFactory(store=store, date=dt.date(2025, 8, 15), mark_off=True)
    ExceptionFactory(user=advisor, date=dt.date(2025, 8, 19), mark_off=False, override_shift=day_shift)
    response = admin_api.get(f"{URL}/{schedule.pk}/preview?start=2025-08-11&end=2025-08-19")
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["schedule"], body["user"], body["schedule_active"]) == (schedule.pk, advisor.pk, False)
    got = [(d["date"], d["shift"]["name"] if d["shift"] else None, d["source"]) for d in body["days"]]
    assert got == [
        ("2025-08-11", "Day", "schedule"),
        ("2025-08-12", None, "exception"),
        ("2025-08-13", "Day", "schedule"),
        ("2025-08-14", "Day", "schedule"),
        ("2025-08-15", None, "holiday"),
        ("2025-08-16", "Day", "schedule"),
        ("2025-08-17", None, "week_off"),
        ("2025-08-18", "Night", "schedule"),
        ("2025-08-19", "Day", "exception"),
    ]
    assert body["days"][0]["shift"] == {
        "id": day_shift.pk,
        "name": "Day",
        "start_time": "09:00:00",
        "end_time": "18:00:00",
    }


@pytest.mark.parametrize(
    ("query", "field"),
    [("start=2025-08-11", "end"), ("end=2025-08-11", "start"), ("start=2025-08-12&end=2025-08-11", "end"),
     ("start=2025-08-01&end=2025-11-01", "end"), ("start=bad&end=2025-08-11", "start")],
)  # fmt: skip
def test_preview_range_errors(admin_api, advisor, day_shift, query, field):  # type: ignore[no-untyped-def]
    schedule = ScheduleFactory(user=advisor, default_shift=day_shift)
    response = admin_api.get(f"{URL}/{schedule.pk}/preview?{query}")
    assert response.status_code == 400
    assert field in response.json()


def test_preview_accepts_exactly_92_days_and_follows_the_setting(admin_api, advisor, day_shift):  # type: ignore[no-untyped-def]
    schedule = ScheduleFactory(user=advisor, default_shift=day_shift)
    response = admin_api.get(f"{URL}/{schedule.pk}/preview?start=2025-08-01&end=2025-10-31")
    assert response.status_code == 200 and len(response.json()["days"]) == 92
    with override_settings(ATTENDANCE_PREVIEW_MAX_DAYS=7):
        assert (
            admin_api.get(f"{URL}/{schedule.pk}/preview?start=2025-08-01&end=2025-08-07").status_code == 200
        )
        response = admin_api.get(f"{URL}/{schedule.pk}/preview?start=2025-08-01&end=2025-08-08")
        assert response.json() == {"end": ["The range may span at most 7 days."]}


def test_preview_query_count_is_the_same_for_7_and_92_days(
    admin_api, advisor, store, day_shift, django_assert_num_queries
):  # type: ignore[no-untyped-def]
    schedule = ScheduleFactory(user=advisor, default_shift=day_shift)
    WeekOffFactory(user=advisor, weekday=6)
    for n in range(10):
        ExceptionFactory(
            user=advisor,
            date=dt.date(2025, 8, 1) + dt.timedelta(days=n * 7),
            mark_off=False,
            override_shift=day_shift,
        )
        ExceptionFactory(store=store, date=dt.date(2025, 8, 2) + dt.timedelta(days=n * 7))
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for end in ("2025-08-07", "2025-10-31"):
        with CaptureQueriesContext(connection) as queries:
            response = admin_api.get(f"{URL}/{schedule.pk}/preview?start=2025-08-01&end={end}")
        assert response.status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_preview_of_unknown_schedule_is_404(admin_api):  # type: ignore[no-untyped-def]
    assert admin_api.get(f"{URL}/999/preview?start=2025-08-01&end=2025-08-02").status_code == 404
