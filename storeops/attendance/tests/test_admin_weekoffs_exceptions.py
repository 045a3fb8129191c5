import datetime as dt

import pytest

from storeops.accounts.roles import Role
from storeops.accounts.tests.factories import UserFactory
from storeops.activity.models import ActivityEvent
from storeops.attendance.models import RosterException, WeekOff
from storeops.attendance.tests.factories import ExceptionFactory, ShiftFactory, WeekOffFactory

WEEKOFFS = "/api/attendance/admin/weekoffs"
EXCEPTIONS = "/api/attendance/admin/exceptions"
WEEKOFF_KEYS = {"id", "user", "user_name", "weekday", "is_active", "created_at", "updated_at"}
EXCEPTION_KEYS = {
    "id", "user", "user_name", "store", "store_name", "date", "mark_off", "override_shift", "reason",
    "created_by", "created_at", "updated_at",
}  # fmt: skip


# ----- week-offs -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "multipart"])
def test_weekoff_create(admin_api, advisor, fmt):  # type: ignore[no-untyped-def]
    response = admin_api.post(WEEKOFFS, {"user": advisor.pk, "weekday": 6}, format=fmt)
    assert response.status_code == 201, response.content
    assert set(response.json()) == WEEKOFF_KEYS
    assert response.json()["is_active"] is True
    ActivityEvent.objects.get(action="attendance.weekoff.created")


@pytest.mark.parametrize("weekday", [-1, 7])
def test_weekday_outside_0_to_6(admin_api, advisor, weekday):  # type: ignore[no-untyped-def]
    response = admin_api.post(WEEKOFFS, {"user": advisor.pk, "weekday": weekday}, format="json")
    assert response.status_code == 400
    assert set(response.json()) == {"weekday"}


def test_duplicate_weekoff(admin_api, advisor, unchanged):  # type: ignore[no-untyped-def]
    WeekOffFactory(user=advisor, weekday=6)
    with unchanged(WeekOff.objects.all()):
        response = admin_api.post(WEEKOFFS, {"user": advisor.pk, "weekday": 6}, format="json")
    assert response.status_code == 400
    assert response.json() == {"weekday": ["This advisor already has a week-off on this weekday."]}


def test_weekoff_user_must_be_an_advisor(admin_api, branch_head):  # type: ignore[no-untyped-def]
    response = admin_api.post(WEEKOFFS, {"user": branch_head.pk, "weekday": 6}, format="json")
    assert response.json() == {"user": ["Must be an advisor."]}
    response = admin_api.post(WEEKOFFS, {"user": 98765, "weekday": 6}, format="json")
    assert response.json() == {"user": ["No user with id 98765."]}


def test_weekoff_update_and_delete_deactivates(admin_api, advisor):  # type: ignore[no-untyped-def]
    weekoff = WeekOffFactory(user=advisor, weekday=6)
    WeekOffFactory(user=advisor, weekday=5)
    assert admin_api.patch(f"{WEEKOFFS}/{weekoff.pk}", {"weekday": 5}, format="json").status_code == 400
    assert admin_api.patch(f"{WEEKOFFS}/{weekoff.pk}", {"weekday": 0}, format="json").status_code == 200
    assert admin_api.delete(f"{WEEKOFFS}/{weekoff.pk}").status_code == 204
    weekoff.refresh_from_db()
    assert (weekoff.weekday, weekoff.is_active) == (0, False)
    ActivityEvent.objects.get(action="attendance.weekoff.deactivated")


def test_weekoff_filters(admin_api, advisor, other_advisor):  # type: ignore[no-untyped-def]
    a = WeekOffFactory(user=advisor, weekday=6)
    b = WeekOffFactory(user=other_advisor, weekday=2, is_active=False)
    ids = lambda query: [row["id"] for row in admin_api.get(f"{WEEKOFFS}?{query}").json()["results"]]  # noqa: E731
    assert ids(f"user={advisor.pk}") == [a.pk]
    assert ids("weekday=2") == [b.pk]
    assert ids("is_active=true") == [a.pk]
    assert set(admin_api.get(f"{WEEKOFFS}?weekday=7").json()) == {"weekday"}


@pytest.mark.parametrize("size", [1, 100])
def test_weekoff_query_count(admin_api, store, size, django_assert_max_num_queries):  # type: ignore[no-untyped-def]
    for _ in range(12):
        WeekOffFactory(user=UserFactory(role=Role.ADVISOR, store=store))
    with django_assert_max_num_queries(6):
        assert len(admin_api.get(f"{WEEKOFFS}?page_size={size}").json()["results"]) == min(size, 12)


# ----- exceptions ----------------------------------------------------------------------------------------


def test_user_exception_off(admin_api, admin_user, advisor):  # type: ignore[no-untyped-def]
    body = {"user": advisor.pk, "date": "2025-08-12", "mark_off": True, "reason": "Wedding"}
    response = admin_api.post(EXCEPTIONS, body, format="json")
    assert response.status_code == 201, response.content
    data = response.json()
    assert set(data) == EXCEPTION_KEYS
    assert (data["created_by"], data["store"], data["override_shift"]) == (admin_user.pk, None, None)
    ActivityEvent.objects.get(action="attendance.exception.created")


def test_store_override_by_form(admin_api, store, day_shift):  # type: ignore[no-untyped-def]
    from urllib.parse import urlencode

    body = urlencode({"store": store.pk, "date": "2025-08-15", "override_shift": day_shift.pk})
    response = admin_api.post(EXCEPTIONS, body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 201, response.content
    assert (response.json()["mark_off"], response.json()["store_name"]) == (False, "MG Road")


@pytest.mark.parametrize(
    ("extra", "errors"),
    [
        ({"store": "STORE", "mark_off": True}, {"store": ["Give either user or store, not both."]}),
        ({"user": None, "mark_off": True}, {"user": ["Give either user or store."]}),
        ({"mark_off": True, "override_shift": "SHIFT"}, {"override_shift": ["Give either mark_off or override_shift, not both."]}),
        ({}, {"override_shift": ["Give either mark_off=true or override_shift."]}),
        ({"mark_off": False}, {"override_shift": ["Give either mark_off=true or override_shift."]}),
    ],
)  # fmt: skip
def test_exactly_one_of_each_pair(admin_api, advisor, store, day_shift, extra, errors, unchanged):  # type: ignore[no-untyped-def]
    body = {"user": advisor.pk, "date": "2025-08-12", **extra}
    body = {k: store.pk if v == "STORE" else day_shift.pk if v == "SHIFT" else v for k, v in body.items()}
    with unchanged(RosterException.objects.all()):
        response = admin_api.post(EXCEPTIONS, body, format="json")
    assert response.status_code == 400
    assert response.json() == errors


def test_duplicate_exception_dates(admin_api, advisor, store):  # type: ignore[no-untyped-def]
    ExceptionFactory(user=advisor, date=dt.date(2025, 8, 12))
    ExceptionFactory(store=store, date=dt.date(2025, 8, 12))
    response = admin_api.post(
        EXCEPTIONS, {"user": advisor.pk, "date": "2025-08-12", "mark_off": True}, format="json"
    )
    assert response.json() == {"date": ["This advisor already has an exception on this date."]}
    response = admin_api.post(
        EXCEPTIONS, {"store": store.pk, "date": "2025-08-12", "mark_off": True}, format="json"
    )
    assert response.json() == {"date": ["This store already has an exception on this date."]}


def test_exception_references_checked(admin_api, advisor, customer):  # type: ignore[no-untyped-def]
    old = ShiftFactory(is_active=False)
    body = {"user": advisor.pk, "date": "2025-08-12", "override_shift": old.pk}
    assert admin_api.post(EXCEPTIONS, body, format="json").json() == {
        "override_shift": ["Unknown or inactive shift."]
    }
    body = {"user": customer.pk, "date": "2025-08-12", "mark_off": True}
    assert admin_api.post(EXCEPTIONS, body, format="json").json() == {"user": ["Must be an advisor."]}
    body = {"store": 4242, "date": "2025-08-12", "mark_off": True}
    assert admin_api.post(EXCEPTIONS, body, format="json").json() == {"store": ["No store with id 4242."]}


def test_exception_patch_put_and_delete(admin_api, advisor, day_shift):  # type: ignore[no-untyped-def]
    exception = ExceptionFactory(user=advisor, date=dt.date(2025, 8, 12))
    url = f"{EXCEPTIONS}/{exception.pk}"
    assert admin_api.patch(url, {"override_shift": day_shift.pk}, format="json").status_code == 400
    response = admin_api.patch(url, {"override_shift": day_shift.pk, "mark_off": False}, format="json")
    assert response.status_code == 200, response.content
    # PUT replaces everything: mark_off omitted is false again, so the override is kept alone.
    response = admin_api.put(
        url, {"user": advisor.pk, "date": "2025-08-13", "override_shift": day_shift.pk}, format="json"
    )
    assert response.status_code == 200, response.content
    assert (response.json()["date"], response.json()["reason"]) == ("2025-08-13", "")
    assert admin_api.delete(url).status_code == 204
    assert not RosterException.objects.exists()
    event = ActivityEvent.objects.get(action="attendance.exception.deleted")
    assert event.changes["date"] == "2025-08-13"


def test_exception_filters(admin_api, advisor, store, other_store):  # type: ignore[no-untyped-def]
    a = ExceptionFactory(user=advisor, date=dt.date(2025, 8, 12))
    b = ExceptionFactory(store=store, date=dt.date(2025, 8, 20))
    c = ExceptionFactory(store=other_store, date=dt.date(2025, 9, 1))
    ids = lambda query: [row["id"] for row in admin_api.get(f"{EXCEPTIONS}?{query}").json()["results"]]  # noqa: E731
    assert ids("") == [c.pk, b.pk, a.pk]
    assert ids(f"user={advisor.pk}") == [a.pk]
    assert ids(f"store={store.pk}") == [b.pk]
    assert ids("date_from=2025-08-13") == [c.pk, b.pk]
    assert ids("date_to=2025-08-20") == [b.pk, a.pk]
    assert set(admin_api.get(f"{EXCEPTIONS}?date_from=2025-09-01&date_to=2025-08-01").json()) == {"date_to"}
    assert set(admin_api.get(f"{EXCEPTIONS}?date_from=nope").json()) == {"date_from"}


@pytest.mark.parametrize("size", [1, 100])
def test_exception_query_count(admin_api, store, size, django_assert_max_num_queries):  # type: ignore[no-untyped-def]
    for n in range(12):
        ExceptionFactory(user=UserFactory(role=Role.ADVISOR, store=store), date=dt.date(2025, 8, 1 + n))
        ExceptionFactory(store=store, date=dt.date(2025, 8, 1 + n))
    with django_assert_max_num_queries(6):
        assert len(admin_api.get(f"{EXCEPTIONS}?page_size={size}").json()["results"]) == min(size, 24)
