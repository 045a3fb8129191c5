"""Inventory reads. Every inventory route is admin-only, so the selectors scope nothing beyond that."""

from typing import Any

from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce

from storeops.catalog.models import PriceLog
from storeops.inventory.models import Serial, SerialMovement, StockBalance, StockEntry, VariantStock
from storeops.inventory.services.config import config_get


def low_stock_threshold() -> int:
    return config_get().low_stock_threshold


def stock_balance_list(*, actor: Any = None) -> QuerySet[StockBalance]:
    threshold = low_stock_threshold()
    return (
        StockBalance.objects.select_related("store", "variant__product")
        .annotate(low_stock=Case(When(quantity__lte=threshold, then=Value(True)), default=Value(False)))
        .order_by("store", "variant", "id")
    )


def stock_rollup_list(*, store_ids: list[int] | None = None) -> QuerySet[Any]:
    """One row per variant with a ledger row: the sum over the selected stores, as a values() queryset."""
    threshold = low_stock_threshold()
    qs = StockBalance.objects.all()
    if store_ids is not None:
        qs = qs.filter(store_id__in=store_ids)
    return (
        qs.order_by()
        .values("variant")
        .annotate(
            variant_slug=F("variant__slug"),
            variant_name=F("variant__name"),
            product=F("variant__product_id"),
            product_slug=F("variant__product__slug"),
            product_name=F("variant__product__name"),
            sku=Coalesce("variant__sku", "variant__product__sku"),
            total_quantity=Coalesce(Sum("quantity"), 0, output_field=IntegerField()),
            stores=Count("pk", filter=~Q(quantity=0)),
        )
        .annotate(low_stock=Case(When(total_quantity__lte=threshold, then=Value(True)), default=Value(False)))
        .order_by("product_name", "variant_name", "variant")
    )


def stock_entry_list(*, actor: Any = None) -> QuerySet[StockEntry]:
    return StockEntry.objects.select_related("store", "variant__product", "entered_by", "booking").order_by(
        "-created_at", "-id"
    )


def serial_list(*, actor: Any = None) -> QuerySet[Serial]:
    return Serial.objects.select_related("store", "variant__product").order_by("serial_no", "id")


def serial_movements(*, serial: Serial) -> QuerySet[SerialMovement]:
    return SerialMovement.objects.filter(serial=serial).select_related("by").order_by("id")


def price_log_list(*, actor: Any = None) -> QuerySet[PriceLog]:
    return PriceLog.objects.select_related("product", "variant", "changed_by").order_by("-changed_at", "-id")


# ----- catalog availability: read from the maintained variant totals, never summed over the ledger ---------


def variant_stock(*, store_id: int | None = None) -> Any:
    """`stock` of each variant row: its total over active stores, or its balance at one (active) store."""
    rows: QuerySet[Any]
    if store_id is None:
        rows = VariantStock.objects.filter(variant=OuterRef("pk")).values("quantity")[:1]
    else:
        rows = StockBalance.objects.filter(
            variant=OuterRef("pk"), store_id=store_id, store__is_active=True
        ).values("quantity")[:1]
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


def product_stock(*, active_variants_only: bool, store_id: int | None = None) -> tuple[Any, Any]:
    """(`stock`, `in_stock`) of each product row: the sum over its (visible) variants, and whether one has any."""
    rows: QuerySet[Any] = (
        VariantStock.objects.filter(product=OuterRef("pk"))
        if store_id is None
        else StockBalance.objects.filter(
            variant__product=OuterRef("pk"), store_id=store_id, store__is_active=True
        )
    )
    if active_variants_only:
        rows = rows.filter(variant__is_active=True)
    summed = (
        rows.order_by()
        .annotate(_group=Value(1))
        .values("_group")
        .annotate(total=Sum("quantity"))
        .values("total")
    )
    return (
        Coalesce(Subquery(summed, output_field=IntegerField()), 0),
        Exists(rows.filter(quantity__gt=0)),
    )
