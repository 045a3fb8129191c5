"""Plain-function renderings for the fast read path (`storeops.api.fastpath`).

`me_output` gives exactly what `serializers.MeOutput` gives (the documented schema), without building a model
serializer on every request; `tests/test_fast_outputs.py` compares the two byte for byte.
"""

from decimal import Decimal
from typing import Any

from storeops.accounts.models import User
from storeops.api.fastpath import datetime_text

_MICRO_DEGREE = Decimal("0.000001")


def _coordinate(value: Decimal) -> str:
    return f"{Decimal(value).quantize(_MICRO_DEGREE):f}"


def me_output(user: User) -> dict[str, Any]:
    from storeops.stores.selectors import store_geofence

    store = user.store if user.store_id is not None else None
    fence = store_geofence(store_id=user.store_id) if user.store_id else None
    return {
        "id": user.pk,
        "username": user.username,
        "email": user.email,
        "email_verified": user.email_verified,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "full_name": user.full_name,
        "phone": user.phone,
        "role": None if user.role is None else str(user.role),
        "store": user.store_id,
        "store_name": store.name if store is not None else None,
        "is_active": user.is_active,
        "date_joined": datetime_text(user.date_joined),
        "last_login": datetime_text(user.last_login),
        "geofence": None
        if fence is None
        else {
            "store": fence["store"],
            "latitude": _coordinate(fence["latitude"]),
            "longitude": _coordinate(fence["longitude"]),
            "radius_m": fence["radius_m"],
        },
    }
