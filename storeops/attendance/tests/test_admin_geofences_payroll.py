import datetime as dt
from decimal import Decimal

import pytest
from django.test import override_settings

from storeops.accounts.roles import Role
from storeops.accounts.tests.factories import UserFactory
from storeops.activity.models import ActivityEvent
from storeops.attendance.models import PayrollProfile
from storeops.attendance.tests.factories import PayrollProfileFactory
from storeops.stores.models import Geofence
from storeops.stores.tests.factories import GeofenceFactory, StoreFactory

GEOFENCES = "/api/attendance/admin/geofences"
PAYROLL = "/api/attendance/admin/payroll"
GEOFENCE_KEYS = {
    "id", "store", "store_name", "latitude", "longitude", "radius_m", "is_active", "created_at", "updated_at",
}  # fmt: skip
PAYROLL_KEYS = {
    "id",
    "user",
    "user_name",
    "hourly_rate",
    "ot_multiplier",
    "effective_from",
    "created_at",
    "updated_at",
}


# ----- geofences -----------------------------------------------------------------------------------------


def test_geofence_post_twice_is_201_then_200_with_the_same_id(admin_api, store):  # type: ignore[no-untyped-def]
    first = admin_api.post(
        GEOFENCES, {"store": store.pk, "latitude": "12.9716", "longitude": "77.5946"}, format="json"
    )
    assert first.status_code == 201, first.content
    assert set(first.json()) == GEOFENCE_KEYS
    assert (first.json()["latitude"], first.json()["radius_m"], first.json()["is_active"]) == (
        "12.971600",
        200,
        True,
    )
    second = admin_api.post(
        GEOFENCES, {"store": store.pk, "latitude": "0", "longitude": "0", "radius_m": 500}, format="multipart"
    )
    assert second.status_code == 200, second.content
    assert second.json()["id"] == first.json()["id"]
    assert (second.json()["latitude"], second.json()["radius_m"]) == ("0.000000", 500)
    assert Geofence.objects.count() == 1
    ActivityEvent.objects.get(action="attendance.geofence.created")
    updated = ActivityEvent.objects.get(action="attendance.geofence.updated")
    assert updated.changes["radius_m"] == [200, 500]


def test_default_radius_follows_the_setting(admin_api, store):  # type: ignore[no-untyped-def]
    with override_settings(ATTENDANCE_DEFAULT_GEOFENCE_RADIUS_M=350):
        response = admin_api.post(
            GEOFENCES, {"store": store.pk, "latitude": "1", "longitude": "1"}, format="json"
        )
    assert response.json()["radius_m"] == 350


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"latitude": "90.000001", "longitude": "0"}, "latitude"),
        ({"latitude": "-91", "longitude": "0"}, "latitude"),
        ({"latitude": "0", "longitude": "180.5"}, "longitude"),
        ({"latitude": "0", "longitude": "0", "radius_m": 9}, "radius_m"),
        ({"latitude": "0", "longitude": "0", "radius_m": 5001}, "radius_m"),
        ({"latitude": "NaN", "longitude": "0"}, "latitude"),
        ({"latitude": "0", "longitude": "0", "store": 9999}, "store"),
    ],
)
def test_geofence_field_errors(admin_api, store, body, field, unchanged):  # type: ignore[no-untyped-def]
    with unchanged(Geofence.objects.all()):
        response = admin_api.post(GEOFENCES, {"store": store.pk, **body}, format="json")
    assert response.status_code == 400
    assert set(response.json()) == {field}


def test_geofence_bounds_are_inclusive(admin_api, store):  # type: ignore[no-untyped-def]
    body = {"store": store.pk, "latitude": "-90", "longitude": "180", "radius_m": 5000}
    assert admin_api.post(GEOFENCES, body, format="json").status_code == 201
    body = {"store": store.pk, "latitude": "90", "longitude": "-180", "radius_m": 10}
    assert admin_api.post(GEOFENCES, body, format="json").status_code == 200


def test_geofence_put_patch_delete(admin_api, store, other_store):  # type: ignore[no-untyped-def]
    fence = GeofenceFactory(store=store)
    url = f"{GEOFENCES}/{fence.pk}"
    # The store named in an update body is ignored: a geofence stays with its store.
    response = admin_api.put(url, {"latitude": "1", "longitude": "2", "store": other_store.pk}, format="json")
    assert response.status_code == 200
    assert (response.json()["store"], response.json()["longitude"]) == (store.pk, "2.000000")
    assert admin_api.patch(url, {"radius_m": 300}, format="json").json()["radius_m"] == 300
    assert admin_api.delete(url).status_code == 204
    fence.refresh_from_db()
    assert fence.is_active is False
    ActivityEvent.objects.get(action="attendance.geofence.deactivated")


def test_geofence_filters(admin_api, store, other_store):  # type: ignore[no-untyped-def]
    a = GeofenceFactory(store=store)
    b = GeofenceFactory(store=other_store, is_active=False)
    ids = lambda query: [row["id"] for row in admin_api.get(f"{GEOFENCES}?{query}").json()["results"]]  # noqa: E731
    assert ids(f"store={store.pk}") == [a.pk]
    assert ids("is_active=false") == [b.pk]
    assert set(admin_api.get(f"{GEOFENCES}?store=x").json()) == {"store"}


@pytest.mark.parametrize("size", [1, 100])
def test_geofence_query_count(admin_api, size, django_assert_max_num_queries):  # type: ignore[no-untyped-def]
    for _ in range(12):
        GeofenceFactory(store=StoreFactory())
    with django_assert_max_num_queries(6):
        assert len(admin_api.get(f"{GEOFENCES}?page_size={size}").json()["results"]) == min(size, 12)


# ----- payroll -------------------------------------------------------------------------------------------


def test_payroll_create_with_defaults(admin_api, advisor):  # type: ignore[no-untyped-def]
    response = admin_api.post(PAYROLL, {"user": advisor.pk, "hourly_rate": "120.5"}, format="multipart")
    assert response.status_code == 201, response.content
    body = response.json()
    assert set(body) == PAYROLL_KEYS
    assert (body["hourly_rate"], body["ot_multiplier"]) == ("120.50", "1.00")
    assert body["effective_from"] == dt.date.isoformat(PayrollProfile.objects.get().effective_from)
    ActivityEvent.objects.get(action="attendance.payroll.created")


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"hourly_rate": "-0.01"}, "hourly_rate"),
        ({"hourly_rate": "1000000.00"}, "hourly_rate"),
        ({"ot_multiplier": "0"}, "ot_multiplier"),
        ({"ot_multiplier": "5.01"}, "ot_multiplier"),
        ({"ot_multiplier": "-1"}, "ot_multiplier"),
    ],
)
def test_payroll_rate_bounds(admin_api, advisor, extra, field):  # type: ignore[no-untyped-def]
    response = admin_api.post(PAYROLL, {"user": advisor.pk, "hourly_rate": "100", **extra}, format="json")
    assert response.status_code == 400
    assert set(response.json()) == {field}


def test_payroll_bounds_inclusive(admin_api, advisor):  # type: ignore[no-untyped-def]
    body = {"user": advisor.pk, "hourly_rate": "0", "ot_multiplier": "5.00", "effective_from": "2025-08-01"}
    assert admin_api.post(PAYROLL, body, format="json").status_code == 201


def test_payroll_non_advisor_and_duplicate(admin_api, advisor, branch_head, unchanged):  # type: ignore[no-untyped-def]
    response = admin_api.post(PAYROLL, {"user": branch_head.pk, "hourly_rate": "1"}, format="json")
    assert response.json() == {"user": ["Must be an advisor."]}
    PayrollProfileFactory(user=advisor, effective_from=dt.date(2025, 8, 1))
    with unchanged(PayrollProfile.objects.all()):
        body = {"user": advisor.pk, "hourly_rate": "1", "effective_from": "2025-08-01"}
        response = admin_api.post(PAYROLL, body, format="json")
    assert response.json() == {
        "effective_from": ["This advisor already has a profile effective from this date."]
    }


def test_payroll_update_and_delete(admin_api, advisor):  # type: ignore[no-untyped-def]
    profile = PayrollProfileFactory(user=advisor)
    response = admin_api.patch(f"{PAYROLL}/{profile.pk}", {"hourly_rate": "150.00"}, format="json")
    assert response.status_code == 200
    assert ActivityEvent.objects.get(action="attendance.payroll.updated").changes == {
        "hourly_rate": ["100.00", "150.00"]
    }
    assert admin_api.delete(f"{PAYROLL}/{profile.pk}").status_code == 204
    assert not PayrollProfile.objects.exists()
    ActivityEvent.objects.get(action="attendance.payroll.deleted")


def test_payroll_effective_on_gives_the_profile_in_force(admin_api, advisor, other_advisor):  # type: ignore[no-untyped-def]
    early = PayrollProfileFactory(user=advisor, effective_from=dt.date(2025, 8, 1))
    mid = PayrollProfileFactory(user=advisor, effective_from=dt.date(2025, 8, 16), hourly_rate=Decimal("120"))
    other = PayrollProfileFactory(user=other_advisor, effective_from=dt.date(2025, 7, 1))
    future = PayrollProfileFactory(user=other_advisor, effective_from=dt.date(2025, 9, 1))
    ids = lambda query: {row["id"] for row in admin_api.get(f"{PAYROLL}?{query}").json()["results"]}  # noqa: E731
    assert ids("effective_on=2025-08-15") == {early.pk, other.pk}
    assert ids("effective_on=2025-08-16") == {mid.pk, other.pk}
    assert ids("effective_on=2025-07-15") == {other.pk}
    assert ids("effective_on=2025-09-01") == {mid.pk, future.pk}
    assert ids(f"user={other_advisor.pk}") == {other.pk, future.pk}
    assert set(admin_api.get(f"{PAYROLL}?effective_on=2025-13-01").json()) == {"effective_on"}


@pytest.mark.parametrize("size", [1, 100])
def test_payroll_query_count(admin_api, store, size, django_assert_max_num_queries):  # type: ignore[no-untyped-def]
    for _ in range(12):
        PayrollProfileFactory(user=UserFactory(role=Role.ADVISOR, store=store))
    with django_assert_max_num_queries(6):
        assert len(
            admin_api.get(f"{PAYROLL}?page_size={size}&effective_on=2025-08-20").json()["results"]
        ) == min(size, 12)


def test_geofence_post_states_the_whole_circle(admin_api, store):  # type: ignore[no-untyped-def]
    fence = GeofenceFactory(store=store, radius_m=900, is_active=False)
    response = admin_api.post(
        GEOFENCES, {"store": store.pk, "latitude": "1", "longitude": "1"}, format="json"
    )
    assert response.status_code == 200
    assert (response.json()["id"], response.json()["radius_m"], response.json()["is_active"]) == (
        fence.pk,
        200,
        True,
    )
