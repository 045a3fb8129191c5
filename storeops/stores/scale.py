"""Stores for `seed_scale`: created through the store service (audited), a handful per scale unit."""

from decimal import Decimal

from storeops.core.scale import ScaleContext
from storeops.stores.models import Store
from storeops.stores.services import store_create

STORES_AT_SCALE_ONE = 20
AREAS = [
    "MG Road",
    "Indiranagar",
    "Koramangala",
    "Jayanagar",
    "Whitefield",
    "Malleshwaram",
    "HSR Layout",
    "Electronic City",
    "Hebbal",
    "Yelahanka",
    "Banashankari",
    "Marathahalli",
    "Rajajinagar",
    "BTM Layout",
    "Basavanagudi",
    "Frazer Town",
    "JP Nagar",
    "Bellandur",
    "Sarjapur Road",
    "Kalyan Nagar",
]


def seed_stores(ctx: ScaleContext) -> dict[str, int]:
    stores: list[Store] = []
    for index in range(ctx.count(STORES_AT_SCALE_ONE)):
        area = AREAS[index % len(AREAS)]
        suffix = "" if index < len(AREAS) else f" {index // len(AREAS) + 1}"
        stores.append(
            store_create(
                data={
                    "code": f"S{index + 1:04d}",
                    "name": f"{area}{suffix}",
                    "address": f"{index + 1} Main Road, {area}, Bengaluru",
                    "latitude": Decimal("12.900000") + Decimal(index % 100) / 1000,
                    "longitude": Decimal("77.500000") + Decimal(index % 100) / 1000,
                    "phone": f"+91804{index:07d}",
                },
                actor=None,
            )
        )
    ctx.shared["stores"] = stores
    return {"stores": len(stores)}
