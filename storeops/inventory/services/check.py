"""Recompute the ledger invariants from the entries and serial movements (`manage.py inventory_check`)."""

from collections import defaultdict

from django.db.models import Count, Q, Sum

from storeops.inventory.models import IN_STOCK, Serial, SerialMovement, StockBalance, StockEntry, VariantStock
from storeops.inventory.services.config import config_get, tracked_category_ids


def _balances() -> list[str]:
    """1: every balance equals the sum of its pair's entry deltas; every pair with entries has a row."""
    sums = {
        (row["store_id"], row["variant_id"]): row["total"]
        for row in StockEntry.objects.order_by().values("store_id", "variant_id").annotate(total=Sum("delta"))
    }
    problems = []
    seen = set()
    for balance in StockBalance.objects.order_by("store_id", "variant_id").iterator():
        pair = (balance.store_id, balance.variant_id)
        seen.add(pair)
        if balance.quantity != sums.get(pair, 0):
            problems.append(f"balance {pair}: {balance.quantity}, entries sum to {sums.get(pair, 0)}")
    problems += [
        f"balance {pair}: missing, entries sum to {total}" for pair, total in sums.items() if pair not in seen
    ]
    totals: dict[int, int] = defaultdict(int)
    active = StockBalance.objects.filter(store__is_active=True).order_by()
    for variant_id, quantity in active.values_list("variant_id", "quantity"):
        totals[variant_id] += quantity
    for row in VariantStock.objects.order_by("variant_id").values("variant_id", "quantity"):
        if row["quantity"] != totals.get(row["variant_id"], 0):
            problems.append(
                f"variant total {row['variant_id']}: {row['quantity']}, balances sum to {totals.get(row['variant_id'], 0)}"
            )
    return problems


def _transfers() -> list[str]:
    """4: a transfer's legs exist together with equal variant, quantity and serials, and cancel out."""
    problems = []
    legs = StockEntry.objects.exclude(transfer_id=None).order_by().values("transfer_id")
    for row in legs.annotate(n=Count("pk"), total=Sum("delta"), variants=Count("variant_id", distinct=True)):
        if row["n"] != 2 or row["total"] != 0 or row["variants"] != 1:
            problems.append(f"transfer {row['transfer_id']}: {row['n']} legs, net {row['total']}")
    for entry in StockEntry.objects.exclude(transfer_id=None).select_related("counterpart_entry"):
        other = entry.counterpart_entry
        if other is None or other.serial_numbers != entry.serial_numbers:
            problems.append(f"transfer {entry.transfer_id}: legs differ in their serial numbers")
    return problems


def _serials() -> list[str]:
    """3: tracked balances count their serials in stock; each serial's state is the result of its history."""
    problems = []
    categories = tracked_category_ids(config_get())
    if categories:
        in_stock = {
            (row["store_id"], row["variant_id"]): row["n"]
            for row in Serial.objects.filter(status__in=IN_STOCK)
            .order_by()
            .values("store_id", "variant_id")
            .annotate(n=Count("pk"))
        }
        tracked = StockBalance.objects.filter(variant__product__subcategory__category_id__in=categories)
        for balance in tracked.order_by("store_id", "variant_id"):
            pair = (balance.store_id, balance.variant_id)
            if balance.quantity != in_stock.get(pair, 0):
                problems.append(
                    f"serials {pair}: balance {balance.quantity}, {in_stock.get(pair, 0)} serials in stock"
                )
    last = {}
    for movement in SerialMovement.objects.filter(~Q(action="reversed"), undone=False).order_by(
        "serial_id", "id"
    ):
        last[movement.serial_id] = movement
    for serial in Serial.objects.order_by("pk").iterator():
        step = last.get(serial.pk)
        if step is None or (step.to_status, step.to_store_id) != (serial.status, serial.store_id):
            problems.append(f"serial {serial.serial_no}: state differs from its history")
    return problems


def inventory_mismatches() -> list[str]:
    """Every broken invariant (1, 3, 4 of the contract), one line each; empty when consistent."""
    return _balances() + _transfers() + _serials()
