"""Demo stock: a few purchases, a sale and a transfer per store, and a part sold for a repair, via the services."""

from typing import Any

from storeops.bookings.models import Booking, BookingStatus
from storeops.catalog.models import Variant
from storeops.inventory.models import StockBalance, StockEntry
from storeops.inventory.services import stock_entry_create
from storeops.inventory.services.config import config_get, is_serial_tracked, tracked_category_ids
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


def seed_booking_sales(*, actor: Any = None) -> dict[str, tuple[int, int]]:
    """A part sold for the first in-progress demo booking at a store; runs after the bookings step.

    Adds nothing when an entry already belongs to a booking, or when no such booking or stocked variant exists.
    """
    existing = StockEntry.objects.filter(booking__isnull=False).count()
    if existing:
        return {"stock entries for bookings": (0, existing)}
    booking = (
        Booking.objects.filter(status=BookingStatus.IN_PROGRESS, store__isnull=False).order_by("id").first()
    )
    if booking is None or booking.store_id is None:
        return {"stock entries for bookings": (0, 0)}
    tracked = tracked_category_ids(config_get())
    balances = StockBalance.objects.filter(store_id=booking.store_id, quantity__gt=0, variant__is_active=True)
    for balance in balances.select_related("variant__product__subcategory").order_by("variant_id"):
        if not is_serial_tracked(balance.variant, tracked):
            stock_entry_create(
                data={"entry_type": "sale", "store": booking.store_id, "variant": balance.variant, "quantity": 1,
                      "unit_price": balance.variant.price, "booking": booking.pk,
                      "reference": f"REPAIR-{booking.reference}"},
                actor=actor,
            )  # fmt: skip
            return {"stock entries for bookings": (1, 0)}
    return {"stock entries for bookings": (0, 0)}
