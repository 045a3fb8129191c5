"""Balances: the arithmetic of one request's movements on the locked ledger rows.

A request names its movements as legs (store, variant, signed delta); an update also names the legs it undoes.
Each affected balance changes by the net of the two in one `UPDATE … SET quantity = quantity + n`: posting
costs the same whatever the length of the pair's history.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import F
from django.utils import timezone

from storeops.catalog.models import Variant
from storeops.catalog.services.common import catalog_changed
from storeops.core.errors import Conflict
from storeops.inventory.models import StockBalance, VariantStock
from storeops.stores.models import Store

Pair = tuple[int, int]  # (store id, variant id)


@dataclass(frozen=True)
class Leg:
    store_id: int
    variant_id: int
    delta: int

    @property
    def pair(self) -> Pair:
        return (self.store_id, self.variant_id)


def ensure_rows(pairs: Iterable[Pair]) -> None:
    """Create the missing ledger rows (at 0) and variant totals; concurrent creators do not conflict."""
    pairs = sorted(set(pairs))
    if not pairs:
        return
    StockBalance.objects.bulk_create(
        [StockBalance(store_id=s, variant_id=v) for s, v in pairs], ignore_conflicts=True
    )
    variants = Variant.objects.filter(pk__in={v for _, v in pairs}).values_list("pk", "product_id")
    VariantStock.objects.bulk_create(
        [VariantStock(variant_id=v, product_id=p) for v, p in sorted(variants)], ignore_conflicts=True
    )


def lock_targets(pairs: Iterable[Pair]) -> list[tuple[type, int]]:
    """The ledger rows and variant totals of these pairs, as `lock_rows` targets."""
    pairs = set(pairs)
    if not pairs:
        return []
    stores = {s for s, _ in pairs}
    variants = {v for _, v in pairs}
    rows = StockBalance.objects.filter(store_id__in=stores, variant_id__in=variants).values_list(
        "pk", "store_id", "variant_id"
    )
    targets: list[tuple[type, int]] = [(StockBalance, pk) for pk, s, v in rows if (s, v) in pairs]
    totals = VariantStock.objects.filter(variant_id__in=variants).values_list("pk", flat=True)
    return targets + [(VariantStock, pk) for pk in totals]


def _nets(old: Iterable[Leg], new: Iterable[Leg]) -> tuple[dict[Pair, int], dict[Pair, int]]:
    net: dict[Pair, int] = defaultdict(int)
    undone: dict[Pair, int] = defaultdict(int)
    for leg in old:
        net[leg.pair] -= leg.delta
        undone[leg.pair] -= leg.delta
    for leg in new:
        net[leg.pair] += leg.delta
    return net, undone


def apply(*, old: list[Leg], new: list[Leg], allow_negative: bool) -> None:
    """Undo `old`, apply `new`; refuse (409, nothing written) a balance lowered below 0 unless allowed.

    The caller holds the locks of every affected ledger row and variant total.
    """
    net, undone = _nets(old, new)
    pairs = sorted(pair for pair, n in net.items() if n or pair in {leg.pair for leg in new})
    balances = {
        (b.store_id, b.variant_id): b
        for b in StockBalance.objects.filter(
            store_id__in={s for s, _ in pairs}, variant_id__in={v for _, v in pairs}
        )
    }
    for pair in pairs:
        current = balances[pair].quantity
        if net[pair] < 0 and current + net[pair] < 0 and not allow_negative:
            outgoing = undone[pair] - net[pair]  # what the new version takes out here
            # An outgoing movement is compared with the stock it would find; a reversal with today's balance.
            available, requested = (
                (current + undone[pair], outgoing) if outgoing > 0 else (current, -net[pair])
            )
            raise Conflict(
                "Not enough stock.",
                "insufficient_stock",
                store=pair[0],
                variant=pair[1],
                available=available,
                requested=requested,
            )
    now = timezone.now()
    for pair in pairs:
        values: dict[str, object] = {"quantity": F("quantity") + net[pair], "last_movement_at": now}
        if net[pair] < 0:
            # Records whether this lowering was allowed to go below zero; the check constraint relies on it.
            values["negative_allowed"] = allow_negative
        elif allow_negative:
            values["negative_allowed"] = True
        StockBalance.objects.filter(pk=balances[pair].pk).update(**values)
    _update_totals(net)


def _update_totals(net: dict[Pair, int]) -> None:
    """Variant totals count active stores only; read after the locks, so a store (de)activation is seen."""
    active = set(
        Store.objects.filter(pk__in={s for s, _ in net}, is_active=True).values_list("pk", flat=True)
    )
    per_variant: dict[int, int] = defaultdict(int)
    for (store_id, variant_id), n in net.items():
        if store_id in active:
            per_variant[variant_id] += n
    for variant_id in sorted(per_variant):
        if per_variant[variant_id]:
            VariantStock.objects.filter(variant_id=variant_id).update(
                quantity=F("quantity") + per_variant[variant_id]
            )
    # Catalog reads show stock (`in_stock`, staff `stock`, `?store=`): cached pages are stale once it moves.
    if any(n for (store_id, _), n in net.items() if store_id in active):
        catalog_changed()


def totals_recount(*, store_id: int) -> None:
    """Recompute the totals of the variants stocked at a store whose active flag changed.

    Called by the store services inside their transaction, after the store row is written.
    """
    from django.db.models import Sum

    from storeops.core.locking import lock_rows

    variants = list(
        StockBalance.objects.filter(store_id=store_id).order_by().values_list("variant_id", flat=True)
    )
    lock_rows(
        *[
            (VariantStock, pk)
            for pk in VariantStock.objects.filter(variant_id__in=variants).values_list("pk", flat=True)
        ]
    )
    sums = dict(
        StockBalance.objects.filter(variant_id__in=variants, store__is_active=True)
        .order_by()
        .values("variant_id")
        .annotate(total=Sum("quantity"))
        .values_list("variant_id", "total")
    )
    for variant_id in sorted(variants):
        VariantStock.objects.filter(variant_id=variant_id).update(quantity=sums.get(variant_id) or 0)
    catalog_changed()
