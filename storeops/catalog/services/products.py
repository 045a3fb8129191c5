"""Products and variants, with the price log written whenever a stored price changes."""

import math
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from storeops.catalog.models import PriceLog, Product, Variant
from storeops.catalog.services.common import (
    catalog_action,
    catalog_changed,
    check_unique,
    normalize,
    record_created,
    record_updated,
    refuse_slug_change,
    require,
    save_changes,
)
from storeops.catalog.services.inputs import ProductInput, VariantInput
from storeops.core.deletion import delete_row, protected_references, refuse_if_referenced
from storeops.core.locking import lock
from storeops.core.services import changes_apply
from storeops.core.slugs import insert

PRODUCT_FIELDS = ("name", "brand", "subcategory", "unit", "sku", "description", "price", "is_active")
PRODUCT_REQUIRED = ("name", "brand", "subcategory", "price")
VARIANT_FIELDS = ("name", "sku", "price", "attributes", "is_active")
VARIANT_REQUIRED = ("product", "name", "price")

MAX_ATTRIBUTES = 20
MAX_ATTRIBUTE_KEY = 50
MAX_ATTRIBUTE_TEXT = 100


def validate_attributes(value: Any) -> dict[str, Any]:
    """A flat object: ≤20 keys of ≤50 chars; values are strings ≤100 chars, numbers or booleans."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValidationError({"attributes": ["Must be a JSON object."]})
    errors: list[str] = []
    if len(value) > MAX_ATTRIBUTES:
        errors.append(f"At most {MAX_ATTRIBUTES} attributes are allowed.")
    for key, item in value.items():
        if not isinstance(key, str) or not key.strip() or len(key) > MAX_ATTRIBUTE_KEY:
            errors.append(f"Attribute names must be 1–{MAX_ATTRIBUTE_KEY} characters.")
        elif isinstance(item, str):
            if len(item) > MAX_ATTRIBUTE_TEXT:
                errors.append(f"Attribute '{key}' must be at most {MAX_ATTRIBUTE_TEXT} characters.")
        elif isinstance(item, bool | int) or (isinstance(item, float) and math.isfinite(item)):
            continue
        else:
            errors.append(f"Attribute '{key}' must be a string, a number or a boolean.")
    if errors:
        raise ValidationError({"attributes": errors})
    return value


def _log_price(
    *, product_id: int, variant: Variant | None, old: Decimal, new: Decimal, actor: Any, reason: str
) -> None:
    PriceLog.objects.create(
        product_id=product_id,
        variant=variant,
        old_price=old,
        new_price=new,
        changed_by=actor if getattr(actor, "is_authenticated", False) else None,
        reason=(reason or "")[:255],
    )


@transaction.atomic
def product_create(*, data: ProductInput, actor: Any) -> Product:
    require(data, PRODUCT_REQUIRED)
    values = normalize(data)
    product = Product(**{name: values[name] for name in PRODUCT_FIELDS if name in values})
    insert(product, slug_text=product.name, chosen_slug=values.get("slug"), check_unique=check_unique)
    record_created(product, actor=actor)
    catalog_changed()
    return product


@transaction.atomic
def product_update(*, product: Product, data: ProductInput, actor: Any) -> Product:
    product = lock(product)
    refuse_slug_change(product, data)
    values = normalize({k: v for k, v in data.items() if k != "slug"})
    require(values, [name for name in PRODUCT_REQUIRED if name in values])
    changes = changes_apply(product, values, PRODUCT_FIELDS)
    save_changes(product, changes)
    reason = values.get("price_change_reason") or ""
    if "price" in changes:
        old, new = changes["price"]
        _log_price(product_id=product.pk, variant=None, old=old, new=new, actor=actor, reason=reason)
    record_updated(product, changes, actor=actor, reason=reason if "price" in changes else "")
    catalog_changed()
    return product


@transaction.atomic
def product_delete(*, product: Product, actor: Any) -> None:
    """Refused while the product or any of its variants is referenced; otherwise takes its variants along."""
    product = lock(product)
    variants = list(Variant.objects.select_for_update().filter(product=product).order_by("pk"))
    references = protected_references(product)
    for variant in variants:
        for name, count in protected_references(variant).items():
            references[name] = references.get(name, 0) + count
    refuse_if_referenced(product, references)
    for variant in variants:
        delete_row(variant, action=catalog_action(variant, "deleted"), actor=actor)
    delete_row(product, action=catalog_action(product, "deleted"), actor=actor)
    catalog_changed()


@transaction.atomic
def variant_create(*, data: VariantInput, actor: Any) -> Variant:
    require(data, VARIANT_REQUIRED)
    values = normalize(data)
    values["attributes"] = validate_attributes(values.get("attributes"))
    variant = Variant(product=values["product"], **{k: values[k] for k in VARIANT_FIELDS if k in values})
    insert(
        variant,
        slug_text=f"{variant.product.slug}-{variant.name}",
        chosen_slug=values.get("slug"),
        check_unique=check_unique,
    )
    record_created(variant, actor=actor)
    catalog_changed()
    return variant


@transaction.atomic
def variant_update(*, variant: Variant, data: VariantInput, actor: Any) -> Variant:
    variant = lock(variant)
    refuse_slug_change(variant, data)
    product = data.get("product")
    if "product" in data and getattr(product, "pk", product) != variant.product_id:
        raise ValidationError({"product": ["Product cannot be changed."]})
    values = normalize({k: v for k, v in data.items() if k not in ("slug", "product")})
    require(values, [name for name in VARIANT_REQUIRED if name in values])
    if "attributes" in values:
        values["attributes"] = validate_attributes(values["attributes"])
    changes = changes_apply(variant, values, VARIANT_FIELDS)
    save_changes(variant, changes)
    reason = values.get("price_change_reason") or ""
    if "price" in changes:
        old, new = changes["price"]
        _log_price(
            product_id=variant.product_id, variant=variant, old=old, new=new, actor=actor, reason=reason
        )
    record_updated(variant, changes, actor=actor, reason=reason if "price" in changes else "")
    catalog_changed()
    return variant


@transaction.atomic
def variant_delete(*, variant: Variant, actor: Any) -> None:
    variant = lock(variant)
    refuse_if_referenced(variant, protected_references(variant))
    delete_row(variant, action=catalog_action(variant, "deleted"), actor=actor)
    catalog_changed()
