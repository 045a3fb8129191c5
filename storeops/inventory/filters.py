"""Query parameters of the inventory lists. Catalog references take ids or slugs, comma-separated."""

import datetime as dt
from typing import Any

import django_filters
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import Q, QuerySet

from storeops.api.filters import BooleanFilter, IdFilter, RefsFilter
from storeops.catalog import selectors as catalog_sel
from storeops.catalog.filters import ref_filter
from storeops.catalog.models import PriceLog, Product, Variant
from storeops.core.ids import MAX_ID, parse_id
from storeops.core.time import zone
from storeops.inventory.models import EntryType, Serial, SerialStatus, StockBalance, StockEntry
from storeops.inventory.selectors import low_stock_threshold


def ids_of(value: str) -> list[int]:
    """`"1,2"` → [1, 2]; items that are no valid id are dropped."""
    return [n for n in (parse_id(item.strip()) for item in value.split(",") if item.strip()) if n is not None]


class StoreIdsFilter(django_filters.CharFilter):
    """Store ids, comma-separated (any matches); an item that is no id matches nothing."""

    def __init__(self, lookup: str = "store_id", *, apply: bool = True, **kwargs: Any) -> None:
        self.lookup = lookup
        self.apply = apply
        kwargs.setdefault("help_text", "store ids, comma-separated (any matches)")
        super().__init__(method=self.by_ids, **kwargs)

    def by_ids(self, qs: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        return qs.filter(**{f"{self.lookup}__in": ids_of(value)}) if self.apply else qs


class ChoicesListFilter(django_filters.CharFilter):
    """A comma list of choices (any matches); an unknown value matches nothing."""

    def __init__(self, choices: list[str], **kwargs: Any) -> None:
        self.allowed = choices
        kwargs.setdefault("help_text", f"comma list of: {', '.join(choices)}")
        super().__init__(method=self.by_choices, **kwargs)

    def by_choices(self, qs: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        wanted = [item.strip() for item in value.split(",") if item.strip() in self.allowed]
        return qs.filter(**{f"{self.field_name}__in": wanted})


def _search(*fields: str) -> django_filters.CharFilter:
    def apply(qs: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        return catalog_sel.search(qs, value, fields)

    return django_filters.CharFilter(
        method=apply, help_text=f"case-insensitive substring of {', '.join(fields)}"
    )


def _low_stock(qs: QuerySet[Any], name: str, value: bool | None) -> QuerySet[Any]:
    if value is None:
        return qs
    condition = Q(quantity__lte=low_stock_threshold())
    return qs.filter(condition) if value else qs.exclude(condition)


BALANCE_SEARCH = ("variant__product__name", "variant__name", "variant__sku", "variant__product__sku")


def id_filter(**kwargs: Any) -> IdFilter:
    """One id; the bounds are stated so that the schema shows them."""
    return IdFilter(validators=[MinValueValidator(1), MaxValueValidator(MAX_ID)], **kwargs)


class StockBalanceFilterSet(django_filters.FilterSet):
    store = StoreIdsFilter()
    variant = ref_filter(Variant, "variant_id")
    product = ref_filter(Product, "variant__product_id")
    low_stock = BooleanFilter(method=_low_stock, help_text="at or below the low-stock threshold")
    search = _search(*BALANCE_SEARCH)

    class Meta:
        model = StockBalance
        fields = ["store", "variant", "product", "low_stock", "search"]


class StockRollupFilterSet(django_filters.FilterSet):
    """`store` is applied by the selector (it restricts the sum); the others filter the variants."""

    store = StoreIdsFilter(apply=False, help_text="store ids, comma-separated: the sum covers these stores")
    variant = ref_filter(Variant, "variant_id")
    product = ref_filter(Product, "variant__product_id")
    low_stock = BooleanFilter(method="filter_low_stock", help_text="sum at or below the low-stock threshold")
    search = _search(*BALANCE_SEARCH)

    class Meta:
        model = StockBalance
        fields = ["store", "variant", "product", "low_stock", "search"]

    def filter_low_stock(self, qs: QuerySet[Any], name: str, value: bool | None) -> QuerySet[Any]:
        if value is None:
            return qs
        return qs.filter(low_stock=value)


class StockEntryFilterSet(django_filters.FilterSet):
    store = StoreIdsFilter()
    variant = ref_filter(Variant, "variant_id")
    product = ref_filter(Product, "variant__product_id")
    entry_type = ChoicesListFilter(list(EntryType.values), field_name="entry_type")
    booking = id_filter(method="filter_booking", help_text="booking id")
    entered_by = id_filter(field_name="entered_by_id", help_text="user id")
    transfer_id = django_filters.UUIDFilter(field_name="transfer_id")
    date_from = django_filters.DateFilter(field_name="entry_date", lookup_expr="gte")
    date_to = django_filters.DateFilter(field_name="entry_date", lookup_expr="lte")

    class Meta:
        model = StockEntry
        fields = [
            "store", "variant", "product", "entry_type", "booking", "entered_by", "transfer_id", "date_from",
            "date_to",
        ]  # fmt: skip

    def filter_booking(self, qs: QuerySet[Any], name: str, value: int | None) -> QuerySet[Any]:
        return qs if value is None else qs.filter(booking_id=value)


class SerialFilterSet(django_filters.FilterSet):
    variant = ref_filter(Variant, "variant_id")
    product = ref_filter(Product, "variant__product_id")
    store = StoreIdsFilter()
    status = ChoicesListFilter(list(SerialStatus.values), field_name="status")
    serial_no = django_filters.CharFilter(method="filter_serial_no", help_text="exact, any case")
    search = _search("serial_no")

    class Meta:
        model = Serial
        fields = ["variant", "product", "store", "status", "serial_no", "search"]

    def filter_serial_no(self, qs: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        return qs.filter(serial_no=value.strip().upper())


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min, tzinfo=zone())


class PriceLogFilterSet(django_filters.FilterSet):
    product = RefsFilter(
        method="filter_product", help_text="product ids or slugs: its own and its variants' logs"
    )
    variant = ref_filter(Variant, "variant_id")
    changed_by = id_filter(field_name="changed_by_id", help_text="user id")
    date_from = django_filters.DateFilter(method="filter_date_from", help_text="inclusive, in TIME_ZONE")
    date_to = django_filters.DateFilter(method="filter_date_to", help_text="inclusive, in TIME_ZONE")

    class Meta:
        model = PriceLog
        fields = ["product", "variant", "changed_by", "date_from", "date_to"]

    def filter_product(self, qs: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        ids = catalog_sel.resolve_ids(Product, value)
        return qs.filter(product_id__in=ids) if ids else qs.none()

    def filter_date_from(self, qs: QuerySet[Any], name: str, value: dt.date) -> QuerySet[Any]:
        return qs if value is None else qs.filter(changed_at__gte=_day_start(value))

    def filter_date_to(self, qs: QuerySet[Any], name: str, value: dt.date) -> QuerySet[Any]:
        if value is None:
            return qs
        if value >= dt.date.max:
            return qs
        return qs.filter(changed_at__lt=_day_start(value + dt.timedelta(days=1)))
