"""Geofence writes of the attendance admin API (spec 05 §13) on the stores app's `Geofence` model.

POST is an upsert by store: the store's one geofence is created, or updated in place (same id). The store row is
locked first, so two concurrent upserts for one store serialize and the second updates what the first created.
"""

from collections.abc import Mapping
from typing import Any

from django.db import transaction

from storeops.activity import actions
from storeops.activity.services import record, snapshot
from storeops.attendance import policy
from storeops.attendance.services.common import deactivate, store_get
from storeops.core.locking import lock
from storeops.core.services import model_update
from storeops.stores.models import Geofence

GEOFENCE_FIELDS = ("latitude", "longitude", "radius_m", "is_active")


@transaction.atomic
def geofence_upsert(*, data: Mapping[str, Any], actor: Any) -> tuple[Geofence, bool]:
    """`(geofence, created)`: the store's geofence set to the given circle.

    A POST states the whole geofence, whether it creates or replaces: omitted fields take their defaults
    (`is_active` true, `radius_m` the setting), so posting again re-activates a deactivated geofence.
    """
    store = lock(store_get(data["store"]))
    fence = Geofence.objects.select_for_update().filter(store=store).first()
    values = {name: data[name] for name in GEOFENCE_FIELDS if name in data}
    values.setdefault("is_active", True)
    values.setdefault("radius_m", policy.default_geofence_radius_m())
    if fence is not None:
        return geofence_update(geofence=fence, data=values, actor=actor), False
    fence = Geofence(store=store, **values)
    fence.full_clean()
    fence.save()
    record(actor=actor, action=actions.ATTENDANCE_GEOFENCE_CREATED, entity=fence, changes=snapshot(fence))
    return fence, True


@transaction.atomic
def geofence_update(*, geofence: Geofence, data: Mapping[str, Any], actor: Any) -> Geofence:
    """The store of a geofence never changes; `store` in the body is ignored."""
    geofence = lock(geofence)
    values = {name: data[name] for name in GEOFENCE_FIELDS if name in data}
    geofence, changes = model_update(instance=geofence, fields=GEOFENCE_FIELDS, data=values)
    if changes:
        record(actor=actor, action=actions.ATTENDANCE_GEOFENCE_UPDATED, entity=geofence, changes=changes)
    return geofence


@transaction.atomic
def geofence_deactivate(*, geofence: Geofence, actor: Any) -> Geofence:
    geofence = lock(geofence)
    deactivate(geofence, action=actions.ATTENDANCE_GEOFENCE_DEACTIVATED, actor=actor)
    return geofence
