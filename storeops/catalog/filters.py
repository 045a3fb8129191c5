"""Query parameters of the catalog lists. References take ids or slugs, comma-separated."""

import math
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import django_filters
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q, QuerySet
from django.db.models.fields.json import KeyTransform

from storeops.api.filters import AmountFilter, BooleanFilter, IdFilter, RefsFilter
from storeops.catalog import selectors as sel
from storeops.catalog.models import (
    Brand,
    Category,
    Department,
    Product,
    Quality,
    Spare,
    Subcategory,
    Unit,
    Variant,
)
from storeops.core.ids import MAX_ID
from storeops.inventory import selectors as inventory_sel

ATTRIBUTE_PREFIX = "attribute."
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?", re.ASCII)


def _by_ref(model: type[models.Model], lookup: str) -> Callable[[QuerySet[Any], str, str], QuerySet[Any]]:
    def apply(qs: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        ids = sel.resolve_ids(model, value)
        return qs.filter(**{f"{lookup}__in": ids}) if ids else qs.none()

    return apply


def ref_filter(model: type[models.Model], lookup: str) -> RefsFilter:
    name = model._meta.verbose_name
    return RefsFilter(
        method=_by_ref(model, lookup), help_text=f"{name} ids or slugs, comma-separated (any matches)"
    )


def _by_taxonomy(level: str) -> Callable[[QuerySet[Any], str, str], QuerySet[Any]]:
    model = Department if level == "departments" else Category

    def apply(qs: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        ids = sel.resolve_ids(model, value)
        subcategories = sel.subcategory_ids_under(**{level: ids}) if ids else []
        return qs.filter(subcategory_id__in=subcategories) if subcategories else qs.none()

    return apply


def _search(*fields: str) -> django_filters.CharFilter:
    def apply(qs: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        return sel.search(qs, value, fields)

    return django_filters.CharFilter(
        method=apply, help_text=f"case-insensitive substring of {', '.join(fields)}"
    )


class CatalogFilterSet(django_filters.FilterSet):
    def actor(self) -> Any:
        return getattr(self.request, "user", None)

    def filter_is_active(self, qs: QuerySet[Any], name: str, value: bool | None) -> QuerySet[Any]:
        # Only admins see inactive rows at all; for everyone else the parameter is ignored.
        if value is None or not sel.is_admin(self.actor()):
            return qs
        return qs.filter(is_active=value)


class DepartmentFilterSet(CatalogFilterSet):
    search = _search("name")

    class Meta:
        model = Department
        fields = ["search"]


class CategoryFilterSet(CatalogFilterSet):
    department = ref_filter(Department, "department_id")
    search = _search("name")

    class Meta:
        model = Category
        fields = ["department", "search"]


class SubcategoryFilterSet(CatalogFilterSet):
    category = ref_filter(Category, "category_id")
    department = ref_filter(Department, "category__department_id")
    search = _search("name")

    class Meta:
        model = Subcategory
        fields = ["category", "department", "search"]


class UnitFilterSet(CatalogFilterSet):
    search = _search("name")

    class Meta:
        model = Unit
        fields = ["search"]


class QualityFilterSet(CatalogFilterSet):
    search = _search("name")

    class Meta:
        model = Quality
        fields = ["search"]


class BrandFilterSet(CatalogFilterSet):
    search = _search("name")
    is_active = BooleanFilter(method="filter_is_active", help_text="admins only")

    class Meta:
        model = Brand
        fields = ["search", "is_active"]


class ProductFilterSet(CatalogFilterSet):
    store = IdFilter(
        method="filter_store",
        validators=[MinValueValidator(1), MaxValueValidator(MAX_ID)],
        help_text="stock and availability at this store only",
    )
    availability = BooleanFilter(method="filter_availability", help_text="in stock (true) or not (false)")
    in_stock = BooleanFilter(method="filter_availability", help_text="alias of availability")
    brand = ref_filter(Brand, "brand_id")
    department = RefsFilter(method=_by_taxonomy("departments"), help_text="ids or slugs")
    category = RefsFilter(method=_by_taxonomy("categories"), help_text="ids or slugs")
    subcategory = ref_filter(Subcategory, "subcategory_id")
    unit = ref_filter(Unit, "unit_id")
    min_price = AmountFilter(field_name="price", lookup_expr="gte")
    max_price = AmountFilter(field_name="price", lookup_expr="lte")
    search = _search("name", "sku", "brand__name")
    is_active = BooleanFilter(method="filter_is_active", help_text="admins only")

    class Meta:
        model = Product
        fields = [
            "store", "availability", "in_stock", "brand", "department", "category", "subcategory", "unit",
            "min_price", "max_price", "search", "is_active",
        ]  # fmt: skip

    def filter_store(self, qs: QuerySet[Product], name: str, value: int | None) -> QuerySet[Product]:
        if value is None:
            return qs
        stock, in_stock = inventory_sel.product_stock(
            active_variants_only=not sel.is_admin(self.actor()), store_id=value
        )
        return qs.annotate(stock=stock, in_stock=in_stock)

    def filter_availability(self, qs: QuerySet[Product], name: str, value: bool | None) -> QuerySet[Product]:
        return qs if value is None else qs.filter(in_stock=value)  # type: ignore[misc]  # an annotation


def _as_json_number(value: str) -> int | float | None:
    """The number `value` spells, if a stored JSON number could equal it (64-bit integer or finite float)."""
    if not _NUMBER.fullmatch(value):
        return None
    number = Decimal(value)
    if number == number.to_integral_value() and abs(number) <= MAX_ID:
        return int(number)
    as_float = float(number)
    return as_float if math.isfinite(as_float) else None


def attribute_condition(qs: QuerySet[Variant], key: str, value: str, index: int) -> QuerySet[Variant]:
    """Exact match on one attribute; `128` also matches the number 128 and `true` the boolean."""
    alias = f"_attribute_{index}"
    qs = qs.alias(**{alias: KeyTransform(key, "attributes")})
    condition = Q(**{alias: value})
    number = _as_json_number(value)
    if number is not None:
        condition |= Q(**{alias: number})
    elif value.lower() in ("true", "false"):
        condition |= Q(**{alias: value.lower() == "true"})
    return qs.filter(condition)


class VariantFilterSet(CatalogFilterSet):
    store = IdFilter(
        method="filter_store",
        validators=[MinValueValidator(1), MaxValueValidator(MAX_ID)],
        help_text="stock and availability at this store only",
    )
    product = ref_filter(Product, "product_id")
    brand = ref_filter(Brand, "product__brand_id")
    min_price = AmountFilter(field_name="price", lookup_expr="gte")
    max_price = AmountFilter(field_name="price", lookup_expr="lte")
    search = _search("name", "sku")
    is_active = BooleanFilter(method="filter_is_active", help_text="admins only")

    class Meta:
        model = Variant
        fields = ["store", "product", "brand", "min_price", "max_price", "search", "is_active"]

    def filter_store(self, qs: QuerySet[Variant], name: str, value: int | None) -> QuerySet[Variant]:
        return qs if value is None else qs.annotate(stock=inventory_sel.variant_stock(store_id=value))

    def filter_queryset(self, queryset: QuerySet[Variant]) -> QuerySet[Variant]:
        qs = super().filter_queryset(queryset)
        keys = sorted(
            k for k in self.data if k.startswith(ATTRIBUTE_PREFIX) and len(k) > len(ATTRIBUTE_PREFIX)
        )
        for index, key in enumerate(keys):
            qs = attribute_condition(qs, key[len(ATTRIBUTE_PREFIX) :], self.data[key], index)
        return qs


class SpareFilterSet(CatalogFilterSet):
    search = _search("name", "sku")
    brand = ref_filter(Brand, "brand_id")
    quality = ref_filter(Quality, "quality_id")
    product = RefsFilter(method="filter_product", help_text="product ids or slugs")
    variant = RefsFilter(method="filter_variant", help_text="variant ids or slugs")
    min_price = AmountFilter(method="filter_min_price", help_text="staff only")
    max_price = AmountFilter(method="filter_max_price", help_text="staff only")
    is_active = BooleanFilter(method="filter_is_active", help_text="admins only")

    class Meta:
        model = Spare
        fields = ["search", "brand", "quality", "product", "variant", "min_price", "max_price", "is_active"]

    def filter_product(self, qs: QuerySet[Spare], name: str, value: str) -> QuerySet[Spare]:
        ids = sel.resolve_ids(Product, value)
        return sel.spares_compatible_with(qs, products=ids, variants=[]) if ids else qs.none()

    def filter_variant(self, qs: QuerySet[Spare], name: str, value: str) -> QuerySet[Spare]:
        ids = sel.resolve_ids(Variant, value)
        return sel.spares_compatible_with(qs, products=[], variants=ids) if ids else qs.none()

    # Prices are staff-only; for anyone else these are ignored so that prices cannot be probed.
    def filter_min_price(self, qs: QuerySet[Spare], name: str, value: Decimal) -> QuerySet[Spare]:
        return qs.filter(price__gte=value) if sel.is_staff(self.actor()) else qs

    def filter_max_price(self, qs: QuerySet[Spare], name: str, value: Decimal) -> QuerySet[Spare]:
        return qs.filter(price__lte=value) if sel.is_staff(self.actor()) else qs
