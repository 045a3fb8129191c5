"""Demo stock: a few purchases, a sale and a transfer per store, through the services."""

from typing import Any

from storeops.catalog.models import Variant
from storeops.inventory.models import StockEntry
from storeops.inventory.services import stock_entry_create
from storeops.stores.models import Store


def seed_inventory(*, actor: Any = None) -> dict[str, tuple[int, int]]:
    """Returns `{type name: (created, existing)}`; adds nothing when entries already exist."""
    existing = StockEntry.objects.count()
    if existing:
        return {"stock entries": (0, existing)}
    stores = list(Store.objects.filter(is_active=True).order_by("id")[:3])
    variants = list(Variant.objects.filter(is_active=True).order_by("id")[:4])
    created = 0
    for index, store in enumerate(stores):
        for offset, variant in enumerate(variants):
            quantity = 3 + (index + offset) % 6
            stock_entry_create(
                data={"entry_type": "purchase", "store": store.pk, "variant": variant, "quantity": quantity,
                      "unit_price": variant.price, "reference": f"INV-{store.code}-{offset + 1}"},
                actor=actor,
            )  # fmt: skip
            created += 1
        if variants:
            stock_entry_create(
                data={"entry_type": "sale", "store": store.pk, "variant": variants[0], "quantity": 1,
                      "unit_price": variants[0].price},
                actor=actor,
            )  # fmt: skip
            created += 1
    if len(stores) > 1 and variants:
        stock_entry_create(
            data={"entry_type": "transfer_out", "store": stores[0].pk, "counterpart_store": stores[1].pk,
                  "variant": variants[1], "quantity": 1, "reference": "DEMO-TRANSFER"},
            actor=actor,
        )  # fmt: skip
        created += 2
    return {"stock entries": (created, 0)}
