"""Slugs made once from a name, and inserting a row whose unique slug another request may take first."""

import itertools
import re
from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils.text import slugify

from storeops.core.errors import Conflict
from storeops.core.services import label_of

SLUG_MAX_LENGTH = 80
CLIENT_SLUG_MAX_LENGTH = 100
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*\Z")
# Each attempt loses to one concurrent insert at most, so this bounds the racers, not the collisions.
MAX_SLUG_ATTEMPTS = 50


def has_slug(model: type[models.Model]) -> bool:
    return any(f.name == "slug" for f in model._meta.fields)


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
    """`base`, else `base-2`, `base-3`… the first one no row holds yet."""
    stem = base[: SLUG_MAX_LENGTH - 8]
    taken = set(model._default_manager.filter(slug__startswith=stem).values_list("slug", flat=True))
    for number in itertools.count(1):
        candidate = _with_suffix(base, number)
        if candidate not in taken:
            return candidate
    raise AssertionError("unreachable")


SLUG_MESSAGE = "Enter a valid slug: lower-case letters, digits and single hyphens, with at least one letter."


def validate_client_slug(model: type[models.Model], slug: str) -> None:
    """A slug chosen by the client: well-formed, with a letter, and free."""
    if (
        len(slug) > CLIENT_SLUG_MAX_LENGTH
        or not SLUG_PATTERN.match(slug)
        or not any(c.isalpha() for c in slug)
    ):
        raise ValidationError({"slug": [SLUG_MESSAGE]})
    if model._default_manager.filter(slug=slug).exists():
        raise ValidationError({"slug": [f"A {label_of(model)} with this slug already exists."]})


def _no_check(instance: models.Model) -> None:
    return None


def insert(
    instance: models.Model,
    *,
    slug_text: str | None = None,
    chosen_slug: str | None = None,
    check_unique: Callable[[models.Model], None] = _no_check,
) -> None:
    """Save a new row; an automatic slug takes the first free suffix and a concurrent taker is retried.

    `check_unique` raises the module's own duplicate errors (a name, a SKU); it runs before the insert and again
    after a unique-index failure, so a concurrent duplicate gets the same 400 as a sequential one. Runs in a
    savepoint, so the caller's transaction survives a lost race.
    """
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
