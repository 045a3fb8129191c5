from decimal import Decimal

import pytest

from storeops.attendance.geo import geofence_check, haversine_m, store_geofence_check
from storeops.stores.models import Geofence
from storeops.stores.tests.factories import GeofenceFactory


def fence(radius: int = 500) -> Geofence:
    return Geofence(latitude=Decimal("0"), longitude=Decimal("0"), radius_m=radius)


def test_haversine_one_degree_at_the_equator() -> None:
    # 2π × 6 371 km / 360 = 111 194.9 m
    assert round(haversine_m(0, 0, 0, 1)) == 111195
    assert round(haversine_m(0, 0, 1, 1)) == 157249
    assert haversine_m(12.9716, 77.5946, 12.9716, 77.5946) == 0


def test_centre_is_inside() -> None:
    check = geofence_check(fence=fence(), latitude=0, longitude=0)
    assert (check.inside, check.distance_m, check.radius_m, check.accuracy_m) == (True, 0, 500, None)


def test_far_fix_is_outside() -> None:
    check = geofence_check(fence=fence(), latitude=Decimal("1"), longitude=Decimal("1"))
    assert check.outside and check.distance_m == 157249


def test_boundary_distance_counts_as_inside() -> None:
    # 0.0045° of latitude ≈ 500.38 m: just outside a 500 m circle, inside a 501 m one.
    assert geofence_check(fence=fence(500), latitude=Decimal("0.0045"), longitude=0).outside
    assert geofence_check(fence=fence(501), latitude=Decimal("0.0045"), longitude=0).inside


@pytest.mark.parametrize(
    ("accuracy", "inside"), [(None, True), ("499", True), ("500", True), ("500.01", False), ("600", False)]
)
def test_poor_accuracy_counts_as_outside(accuracy, inside) -> None:  # type: ignore[no-untyped-def]
    value = Decimal(accuracy) if accuracy is not None else None
    check = geofence_check(fence=fence(500), latitude=0, longitude=0, accuracy_m=value)
    assert check.inside is inside
    assert check.accuracy_m == value


def test_store_check_uses_only_an_active_fence(store) -> None:  # type: ignore[no-untyped-def]
    assert store_geofence_check(store_id=store.pk, latitude=0, longitude=0) is None
    GeofenceFactory(store=store, latitude="0", longitude="0", radius_m=500, is_active=False)
    assert store_geofence_check(store_id=store.pk, latitude=0, longitude=0) is None
    Geofence.objects.filter(store=store).update(is_active=True)
    check = store_geofence_check(store_id=store.pk, latitude=1, longitude=1)
    assert check is not None and check.outside
