"""Catalog reads: visibility per role, related rows fetched up front, references resolved to ids."""

from collections.abc import Iterable
from typing import Any

from django.db import models
from django.db.models import Count, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from storeops.accounts.roles import STAFF_ROLES, Role
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
from storeops.core.ids import is_digits, parse_id
from storeops.inventory.selectors import product_stock, variant_stock

# The namespace of cached catalog reads (`storeops.core.cache`): every catalog write discards them.
CACHE = "catalog"


def is_admin(actor: Any) -> bool:
    return (
        bool(getattr(actor, "is_authenticated", False)) and getattr(actor, "role", None) == Role.SYSTEM_ADMIN
    )


def is_staff(actor: Any) -> bool:
    return bool(getattr(actor, "is_authenticated", False)) and getattr(actor, "role", None) in STAFF_ROLES


def split_refs(value: str | Iterable[str]) -> tuple[list[int], list[str]]:
    """`"1,apple"` → ([1], ["apple"]): ASCII digits are an id, anything else a slug.

    Digits outside the id range name nothing and are dropped (the API refuses them before this point).
    """
    items = value.split(",") if isinstance(value, str) else list(value)
    ids: list[int] = []
    slugs: list[str] = []
    for raw in items:
        item = str(raw).strip()
        if not item:
            continue
        if is_digits(item):
            number = parse_id(item)
            if number is not None:
                ids.append(number)
        else:
            slugs.append(item)
    return ids, slugs


def resolve_ids(model: type[models.Model], value: str | Iterable[str]) -> list[int]:
    """Ids of the rows named by an id/slug list; unknown names simply resolve to nothing."""
    ids, slugs = split_refs(value)
    if not ids and not slugs:
        return []
    has_slug = any(f.name == "slug" for f in model._meta.fields)
    condition = Q(pk__in=ids)
    if slugs and has_slug:
        condition |= Q(slug__in=slugs)
    return list(model._default_manager.filter(condition).order_by().values_list("pk", flat=True))


def subcategory_ids_under(
    *, departments: list[int] | None = None, categories: list[int] | None = None
) -> list[int]:
    """Literal subcategory ids keep the product query on its (subcategory, price) index."""
    qs = Subcategory.objects.order_by()
    if departments is not None:
        qs = qs.filter(category__department_id__in=departments)
    if categories is not None:
        qs = qs.filter(category_id__in=categories)
    return list(qs.values_list("pk", flat=True))


def department_list(*, actor: Any = None) -> QuerySet[Department]:
    return Department.objects.order_by("name", "id")


def category_list(*, actor: Any = None) -> QuerySet[Category]:
    return Category.objects.select_related("department").order_by("name", "id")


def subcategory_list(*, actor: Any = None) -> QuerySet[Subcategory]:
    return Subcategory.objects.select_related("category__department").order_by("name", "id")


def unit_list(*, actor: Any = None) -> QuerySet[Unit]:
    return Unit.objects.order_by("name", "id")


def quality_list(*, actor: Any = None) -> QuerySet[Quality]:
    return Quality.objects.order_by("name", "id")


def brand_list(*, actor: Any) -> QuerySet[Brand]:
    qs = Brand.objects.order_by("name", "id")
    return qs if is_admin(actor) else qs.filter(is_active=True)


def product_list(*, actor: Any) -> QuerySet[Product]:
    """Non-admins see active products only; `variant_count` counts the variants the caller may see."""
    variants = Variant.objects.filter(product=OuterRef("pk"))
    if not is_admin(actor):
        variants = variants.filter(is_active=True)
    # A correlated count is evaluated for the rows of one page only, unlike a join + GROUP BY over all.
    count = variants.order_by().values("product").annotate(n=Count("pk")).values("n")
    stock, in_stock = product_stock(active_variants_only=not is_admin(actor))
    qs = (
        Product.objects.select_related("brand", "unit", "subcategory__category__department")
        .annotate(variant_count=Coalesce(Subquery(count, output_field=IntegerField()), Value(0)))
        .annotate(stock=stock, in_stock=in_stock)
        .order_by("name", "id")
    )
    return qs if is_admin(actor) else qs.filter(is_active=True)


def variant_list(*, actor: Any) -> QuerySet[Variant]:
    qs = Variant.objects.select_related("product__brand", "product__unit").order_by("name", "id")
    qs = qs.annotate(stock=variant_stock())
    return qs if is_admin(actor) else qs.filter(is_active=True, product__is_active=True)


def spare_list(*, actor: Any) -> QuerySet[Spare]:
    products = Product.objects.only("id", "slug", "name").order_by("name", "id")
    variants = Variant.objects.only("id", "slug", "name", "product_id").order_by("name", "id")
    qs = Spare.objects.select_related("brand", "quality", "unit").order_by("name", "id")
    if not is_admin(actor):
        qs = qs.filter(is_active=True)
        products = products.filter(is_active=True)
        variants = variants.filter(is_active=True, product__is_active=True)
    return qs.prefetch_related(
        Prefetch("compatible_products", queryset=products), Prefetch("compatible_variants", queryset=variants)
    )


def spares_compatible_with(
    qs: QuerySet[Spare], *, products: list[int], variants: list[int]
) -> QuerySet[Spare]:
    """Spares fitting any of `products` (or their variants) or any of `variants` (or their products)."""
    links_p = Spare.compatible_products.through.objects
    links_v = Spare.compatible_variants.through.objects
    product_ids = set(products) | set(
        Variant.objects.filter(pk__in=variants).values_list("product_id", flat=True)
    )
    return qs.filter(
        Q(pk__in=links_p.filter(product_id__in=product_ids).values("spare_id"))
        | Q(pk__in=links_v.filter(variant_id__in=variants).values("spare_id"))
        | Q(pk__in=links_v.filter(variant__product_id__in=products).values("spare_id"))
    )


def search(qs: QuerySet[Any], term: str, fields: Iterable[str]) -> QuerySet[Any]:
    term = term.strip()
    if not term:
        return qs
    condition = Q()
    for field in fields:
        condition |= Q(**{f"{field}__icontains": term})
    return qs.filter(condition)
