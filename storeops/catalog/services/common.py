"""Write rules shared by every catalog model: slugs, case-insensitive names and SKUs, references, audit."""

import itertools
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils.text import slugify

from storeops.activity import actions
from storeops.activity.services import record, snapshot
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
from storeops.core.errors import Conflict
from storeops.core.services import changed_columns

M = TypeVar("M", bound=models.Model)

SLUG_MAX_LENGTH = 80
CLIENT_SLUG_MAX_LENGTH = 100
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*\Z")
# Each attempt loses to one concurrent insert at most, so this bounds the racers, not the collisions.
MAX_SLUG_ATTEMPTS = 50
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


def label_of(model: type[models.Model] | models.Model) -> str:
    return model._meta.model_name or ""


def has_slug(model: type[models.Model]) -> bool:
    return any(f.name == "slug" for f in model._meta.fields)


# ----- slugs ---------------------------------------------------------------------------------------------


def _ascii_slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", slugify(text or "")).strip("-")


def slug_base(text: str, model: type[models.Model]) -> str:
    """ASCII, lower-case, ≤80 chars, no trailing '-', always with a letter (the model name fills in)."""
    name = label_of(model)
    base = _ascii_slug(text)[:SLUG_MAX_LENGTH].strip("-")
    if not base:
        return name
    if not any(c.isalpha() for c in base):
        base = f"{name}-{base}"[:SLUG_MAX_LENGTH].strip("-")
    return base


def _with_suffix(base: str, number: int) -> str:
    if number == 1:
        return base
    suffix = f"-{number}"
    return base[: SLUG_MAX_LENGTH - len(suffix)].rstrip("-") + suffix


def next_free_slug(model: type[models.Model], base: str) -> str:
    stem = base[: SLUG_MAX_LENGTH - 8]
    taken = set(model._default_manager.filter(slug__startswith=stem).values_list("slug", flat=True))
    for number in itertools.count(1):
        candidate = _with_suffix(base, number)
        if candidate not in taken:
            return candidate
    raise AssertionError("unreachable")


def validate_client_slug(model: type[models.Model], slug: str) -> None:
    if (
        len(slug) > CLIENT_SLUG_MAX_LENGTH
        or not SLUG_PATTERN.match(slug)
        or not any(c.isalpha() for c in slug)
    ):
        raise ValidationError(
            {
                "slug": [
                    "Enter a valid slug: lower-case letters, digits and single hyphens, with at least one letter."
                ]
            }
        )
    if model._default_manager.filter(slug=slug).exists():
        raise ValidationError({"slug": [f"A {label_of(model)} with this slug already exists."]})


def refuse_slug_change(instance: models.Model, data: dict[str, Any]) -> None:
    if "slug" in data and data["slug"] != instance.slug:  # type: ignore[attr-defined]
        raise ValidationError({"slug": ["Slug cannot be changed."]})


# ----- field normalisation -----------------------------------------------------------------------------


def require(data: dict[str, Any], fields: Iterable[str]) -> None:
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


def normalize(data: dict[str, Any]) -> dict[str, Any]:
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


def insert(instance: models.Model, *, slug_text: str | None = None, chosen_slug: str | None = None) -> None:
    """Save a new row; an automatic slug takes the first free suffix and a concurrent taker is retried."""
    model = type(instance)
    check_unique(instance)
    automatic = has_slug(model) and not chosen_slug
    if chosen_slug:
        validate_client_slug(model, chosen_slug)
        instance.slug = chosen_slug  # type: ignore[attr-defined]
    base = slug_base(slug_text or "", model) if automatic else ""
    for _ in range(MAX_SLUG_ATTEMPTS):
        if automatic:
            instance.slug = next_free_slug(model, base)  # type: ignore[attr-defined]
        try:
            with transaction.atomic():
                instance.save(force_insert=True)
            return
        except IntegrityError:
            instance.pk = None
            check_unique(instance)
            slug_taken = has_slug(model) and model._default_manager.filter(slug=instance.slug).exists()  # type: ignore[attr-defined]
            if not slug_taken:
                raise
            if not automatic:
                raise ValidationError({"slug": [f"A {label_of(model)} with this slug already exists."]})
    raise Conflict("Could not choose a free slug; try again.", "slug_conflict")


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


def lock(instance: M) -> M:
    return type(instance)._default_manager.select_for_update().get(pk=instance.pk)


# ----- audit -------------------------------------------------------------------------------------------


def record_created(instance: models.Model, *, actor: Any, extra: dict[str, Any] | None = None) -> None:
    changes = {**snapshot(instance), **(extra or {})}
    record(
        actor=actor, action=actions.catalog(label_of(instance), "created"), entity=instance, changes=changes
    )


def record_updated(
    instance: models.Model, changes: dict[str, list[Any]], *, actor: Any, reason: str = ""
) -> None:
    if changes:
        record(
            actor=actor,
            action=actions.catalog(label_of(instance), "updated"),
            entity=instance,
            changes=changes,
            reason=reason,
        )


# ----- deletion ----------------------------------------------------------------------------------------


def protected_references(instance: models.Model) -> dict[str, int]:
    """Count the rows whose PROTECT/RESTRICT foreign keys point at `instance`, by related name.

    A referencing model may narrow what counts with a `catalog_reference_condition` Q (e.g. only non-zero
    stock balances block a delete).
    """
    counts: dict[str, int] = {}
    for rel in instance._meta.related_objects:
        if getattr(rel, "on_delete", None) not in (models.PROTECT, models.RESTRICT):
            continue
        rows = rel.related_model._base_manager.filter(**{rel.field.name: instance})
        condition = getattr(rel.related_model, "catalog_reference_condition", None)
        if condition is not None:
            rows = rows.filter(condition)
        count = rows.count()
        if count:
            name = rel.get_accessor_name() or rel.name
            counts[name] = counts.get(name, 0) + count
    return counts


def refuse_if_referenced(instance: models.Model, references: dict[str, int]) -> None:
    if references:
        raise Conflict(
            f"This {label_of(instance)} is still referenced; deactivate it instead.",
            "protected",
            references=references,
        )


def delete_row(instance: models.Model, *, actor: Any, extra: dict[str, Any] | None = None) -> None:
    """Audit then hard-delete one row (inside the caller's transaction, after its reference check)."""
    changes = {**snapshot(instance), **(extra or {})}
    record(
        actor=actor, action=actions.catalog(label_of(instance), "deleted"), entity=instance, changes=changes
    )
    try:
        with transaction.atomic():
            instance.delete()
    except (models.ProtectedError, models.RestrictedError, IntegrityError):
        # A reference appeared after the check; the caller's transaction rolls the audit event back.
        refuse_if_referenced(instance, protected_references(instance) or {"unknown": 1})
        raise


def delete_checked(instance: models.Model, *, actor: Any, extra: dict[str, Any] | None = None) -> None:
    refuse_if_referenced(instance, protected_references(instance))
    delete_row(instance, actor=actor, extra=extra)
