"""Inventory for `seed_scale`: balances for every product's variant at every store, and their entries.

At scale 1 (20 stores x 20 000 variants): 400 000 ledger rows, each with one purchase entry equal to its
balance, so the ledger invariant holds; about 1 in 10 balances is at or below the default low-stock threshold.
Written in bulk, with the variant totals computed from the same numbers.
"""

from collections import defaultdict

from django.utils import timezone

from storeops.catalog.models import Variant
from storeops.core.scale import BATCH_SIZE, ScaleContext
from storeops.inventory.models import Direction, EntryType, StockBalance, StockEntry, VariantStock
from storeops.stores.models import Store


def seed_inventory(ctx: ScaleContext) -> dict[str, int]:
    stores = list(Store.objects.filter(is_active=True).order_by("id").values_list("pk", flat=True))
    variants = list(Variant.objects.order_by("id").values_list("pk", "product_id"))
    now = timezone.now()
    today = timezone.localdate()
    totals: dict[int, int] = defaultdict(int)
    balances = entries = 0
    for store in stores:
        batch_balances, batch_entries = [], []
        for variant, _ in variants:
            quantity = ctx.rng.randint(0, 5) if ctx.rng.random() < 0.1 else ctx.rng.randint(6, 60)
            totals[variant] += quantity
            batch_balances.append(
                StockBalance(store_id=store, variant_id=variant, quantity=quantity, last_movement_at=now)
            )
            if quantity:
                batch_entries.append(
                    StockEntry(entry_type=EntryType.PURCHASE, direction=Direction.IN, store_id=store, variant_id=variant,
                               quantity=quantity, delta=quantity, entry_date=today, reference="SEED")
                )  # fmt: skip
        StockBalance.objects.bulk_create(batch_balances, batch_size=BATCH_SIZE)
        StockEntry.objects.bulk_create(batch_entries, batch_size=BATCH_SIZE)
        balances += len(batch_balances)
        entries += len(batch_entries)
    VariantStock.objects.bulk_create(
        [VariantStock(variant_id=v, product_id=p, quantity=totals[v]) for v, p in variants],
        batch_size=BATCH_SIZE,
    )
    return {"stock balances": balances, "stock entries": entries}
