"""Geofence checks of a GPS fix (spec 05 §6 step 6), used by check-in and check-out.

A fix is outside when its haversine distance from the centre exceeds the radius, or when the device reports an
accuracy worse than the radius (the fix could then be anywhere in the circle or out of it: the benefit of the
doubt is not given).
"""

import math
from dataclasses import dataclass
from decimal import Decimal

from storeops.stores.models import Geofence

EARTH_RADIUS_M = 6_371_000.0


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres between two points given in degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = phi2 - phi1
    d_lambda = math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True)
class GeofenceCheck:
    """The verdict on one fix: `distance_m` (whole metres, rounded) and whether it counts as inside."""

    distance_m: int
    radius_m: int
    accuracy_m: Decimal | None
    inside: bool

    @property
    def outside(self) -> bool:
        return not self.inside


def geofence_check(
    *,
    fence: Geofence,
    latitude: Decimal | float,
    longitude: Decimal | float,
    accuracy_m: Decimal | None = None,
) -> GeofenceCheck:
    """Judge a fix against a fence (active or not: the caller decides whether the fence applies)."""
    distance = haversine_m(float(fence.latitude), float(fence.longitude), float(latitude), float(longitude))
    outside = distance > fence.radius_m or (accuracy_m is not None and accuracy_m > fence.radius_m)
    return GeofenceCheck(
        distance_m=int(round(distance)), radius_m=fence.radius_m, accuracy_m=accuracy_m, inside=not outside
    )


def store_geofence_check(
    *, store_id: int, latitude: Decimal | float, longitude: Decimal | float, accuracy_m: Decimal | None = None
) -> GeofenceCheck | None:
    """The check against the store's active geofence; None when the store has none (no geofence rule applies)."""
    fence = Geofence.objects.filter(store_id=store_id, is_active=True).first()
    if fence is None:
        return None
    return geofence_check(fence=fence, latitude=latitude, longitude=longitude, accuracy_m=accuracy_m)
