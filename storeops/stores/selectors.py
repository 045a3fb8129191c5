from django.db.models import Q, QuerySet

from storeops.accounts.roles import Role
from storeops.stores.models import Geofence, Store


def store_list(*, actor: object) -> QuerySet[Store]:
    """Admins see every store with its head; everyone else sees active stores only."""
    qs = Store.objects.order_by("name", "id")
    if getattr(actor, "role", None) == Role.SYSTEM_ADMIN and getattr(actor, "is_authenticated", False):
        return qs.select_related("branch_head")
    return qs.filter(is_active=True)


def store_search(qs: QuerySet[Store], term: str) -> QuerySet[Store]:
    term = term.strip()
    if not term:
        return qs
    return qs.filter(Q(name__icontains=term) | Q(code__icontains=term) | Q(address__icontains=term))


def store_geofence(*, store_id: int) -> dict | None:
    fence = (
        Geofence.objects.filter(store_id=store_id, is_active=True)
        .values("store_id", "latitude", "longitude", "radius_m")
        .first()
    )
    if fence is None:
        return None
    return {
        "store": fence["store_id"],
        "latitude": fence["latitude"],
        "longitude": fence["longitude"],
        "radius_m": fence["radius_m"],
    }
