"""Write rules shared by every catalog model: case-insensitive names and SKUs, normalisation, audit.

The generic parts (slugs and inserts with retry, locks, reference-checked deletes) live in `storeops.core`.
"""

from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction

from storeops.activity import actions
from storeops.activity.services import record, snapshot
from storeops.catalog import selectors
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
from storeops.core.cache import namespace_changed
from storeops.core.services import changed_columns, label_of

CENT = Decimal("0.01")
REQUIRED = "This field is required."
BLANK = "This field may not be blank."

# Model → (field the name is unique within, or None for global; message of a duplicate).
NAME_SCOPES: dict[type[models.Model], tuple[str | None, str]] = {
    Department: (None, "A department with this name already exists."),
    Category: ("department", "A category with this name already exists in this department."),
    Subcategory: ("category", "A subcategory with this name already exists in this category."),
    Unit: (None, "A unit with this name already exists."),
    Quality: (None, "A quality with this name already exists."),
    Brand: (None, "A brand with this name already exists."),
    Variant: ("product", "A variant with this name already exists for this product."),
}
SKU_MESSAGES: dict[type[models.Model], str] = {
    Product: "A product with this SKU already exists.",
    Variant: "A variant with this SKU already exists.",
    Spare: "A spare with this SKU already exists.",
}


# ----- field normalisation -----------------------------------------------------------------------------


def refuse_slug_change(instance: models.Model, data: Mapping[str, Any]) -> None:
    if "slug" in data and data["slug"] != instance.slug:  # type: ignore[attr-defined]
        raise ValidationError({"slug": ["Slug cannot be changed."]})


def require(data: Mapping[str, Any], fields: Iterable[str]) -> None:
    missing = {name: [REQUIRED] for name in fields if data.get(name) is None}
    if missing:
        raise ValidationError(missing)


def clean_text(value: Any, field: str, *, blank: bool = False) -> str:
    text = str(value or "").strip()
    if not text and not blank:
        raise ValidationError({field: [BLANK]})
    return text


def clean_sku(value: Any) -> str | None:
    text = str(value or "").strip()
    return text or None


def clean_price(value: Any, field: str = "price") -> Decimal:
    try:
        price = Decimal(str(value)).quantize(CENT)
    except (InvalidOperation, ValueError):
        raise ValidationError({field: ["A valid number is required."]})
    if price < 0:
        raise ValidationError({field: ["Ensure this value is greater than or equal to 0."]})
    return price


def normalize(data: Mapping[str, Any]) -> dict[str, Any]:
    """Trim names and SKUs, quantize prices; leaves absent keys absent."""
    values = dict(data)
    if "name" in values:
        values["name"] = clean_text(values["name"], "name")
    if "sku" in values:
        values["sku"] = clean_sku(values["sku"])
    if "description" in values:
        values["description"] = clean_text(values["description"], "description", blank=True)
    if values.get("price") is not None:
        values["price"] = clean_price(values["price"])
    if "slug" in values and values["slug"] in ("", None):
        values.pop("slug")
    return values


# ----- uniqueness and saving ---------------------------------------------------------------------------


def check_unique(instance: models.Model) -> None:
    """Duplicate names (per scope, ignoring case) and SKUs → 400 naming the field."""
    model = type(instance)
    others = model._default_manager.exclude(pk=instance.pk) if instance.pk else model._default_manager.all()
    errors: dict[str, list[str]] = {}
    if model in NAME_SCOPES:
        scope, message = NAME_SCOPES[model]
        lookup: dict[str, Any] = {"name__iexact": instance.name}  # type: ignore[attr-defined]
        if scope:
            lookup[f"{scope}_id"] = getattr(instance, f"{scope}_id")
        if others.filter(**lookup).exists():
            errors["name"] = [message]
    sku = getattr(instance, "sku", None)
    if model in SKU_MESSAGES and sku is not None and others.filter(sku__iexact=sku).exists():
        errors["sku"] = [SKU_MESSAGES[model]]
    if errors:
        raise ValidationError(errors)


def save_changes(instance: models.Model, changes: dict[str, list[Any]]) -> None:
    if not changes:
        return
    check_unique(instance)
    try:
        with transaction.atomic():
            instance.save(update_fields=changed_columns(instance, changes))
    except IntegrityError:
        check_unique(instance)
        raise


# ----- side effects ------------------------------------------------------------------------------------


def catalog_changed() -> None:
    """Discard every cached catalog read, now and when the transaction commits. Every catalog write calls it."""
    namespace_changed(selectors.CACHE)


# ----- audit -------------------------------------------------------------------------------------------


def catalog_action(instance: models.Model, verb: str) -> str:
    """`catalog.<model>.<verb>`, the audit action of a write to this row."""
    return actions.catalog(label_of(instance), verb)


def record_created(instance: models.Model, *, actor: Any, extra: dict[str, Any] | None = None) -> None:
    changes = {**snapshot(instance), **(extra or {})}
    record(actor=actor, action=catalog_action(instance, "created"), entity=instance, changes=changes)


def record_updated(
    instance: models.Model, changes: dict[str, list[Any]], *, actor: Any, reason: str = ""
) -> None:
    if changes:
        record(
            actor=actor,
            action=catalog_action(instance, "updated"),
            entity=instance,
            changes=changes,
            reason=reason,
        )
