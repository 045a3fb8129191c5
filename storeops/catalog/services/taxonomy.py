"""Departments → categories → subcategories, and the flat units and qualities."""

from collections.abc import Mapping
from typing import Any, TypeVar

from django.db import models, transaction

from storeops.catalog.models import Category, Department, Quality, Subcategory, Unit
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
from storeops.catalog.services.inputs import CategoryInput, NamedInput, SubcategoryInput
from storeops.core.deletion import delete_checked
from storeops.core.locking import lock
from storeops.core.services import changes_apply
from storeops.core.slugs import insert

T = TypeVar("T", Department, Category, Subcategory, Unit, Quality)

# Writable fields of each model beyond the slug.
FIELDS: dict[type[models.Model], tuple[str, ...]] = {
    Department: ("name",),
    Category: ("name", "department"),
    Subcategory: ("name", "category"),
    Unit: ("name",),
    Quality: ("name",),
}


def _create(model: type[T], *, data: Mapping[str, Any], actor: Any) -> T:
    fields = FIELDS[model]
    require(data, fields)
    values = normalize(data)
    instance = model(**{name: values[name] for name in fields})
    insert(instance, slug_text=instance.name, chosen_slug=values.get("slug"), check_unique=check_unique)
    record_created(instance, actor=actor)
    catalog_changed()
    return instance


def _update(instance: T, *, data: Mapping[str, Any], actor: Any) -> T:
    instance = lock(instance)
    refuse_slug_change(instance, data)
    values = normalize({k: v for k, v in data.items() if k != "slug"})
    require(values, [k for k in FIELDS[type(instance)] if k in values])
    changes = changes_apply(instance, values, FIELDS[type(instance)])
    save_changes(instance, changes)
    record_updated(instance, changes, actor=actor)
    catalog_changed()
    return instance


def _delete(instance: models.Model, *, actor: Any) -> None:
    delete_checked(lock(instance), action=catalog_action(instance, "deleted"), actor=actor)
    catalog_changed()


@transaction.atomic
def department_create(*, data: NamedInput, actor: Any) -> Department:
    return _create(Department, data=data, actor=actor)


@transaction.atomic
def department_update(*, department: Department, data: NamedInput, actor: Any) -> Department:
    return _update(department, data=data, actor=actor)


@transaction.atomic
def department_delete(*, department: Department, actor: Any) -> None:
    _delete(department, actor=actor)


@transaction.atomic
def category_create(*, data: CategoryInput, actor: Any) -> Category:
    return _create(Category, data=data, actor=actor)


@transaction.atomic
def category_update(*, category: Category, data: CategoryInput, actor: Any) -> Category:
    return _update(category, data=data, actor=actor)


@transaction.atomic
def category_delete(*, category: Category, actor: Any) -> None:
    _delete(category, actor=actor)


@transaction.atomic
def subcategory_create(*, data: SubcategoryInput, actor: Any) -> Subcategory:
    return _create(Subcategory, data=data, actor=actor)


@transaction.atomic
def subcategory_update(*, subcategory: Subcategory, data: SubcategoryInput, actor: Any) -> Subcategory:
    return _update(subcategory, data=data, actor=actor)


@transaction.atomic
def subcategory_delete(*, subcategory: Subcategory, actor: Any) -> None:
    _delete(subcategory, actor=actor)


@transaction.atomic
def unit_create(*, data: NamedInput, actor: Any) -> Unit:
    return _create(Unit, data=data, actor=actor)


@transaction.atomic
def unit_update(*, unit: Unit, data: NamedInput, actor: Any) -> Unit:
    return _update(unit, data=data, actor=actor)


@transaction.atomic
def unit_delete(*, unit: Unit, actor: Any) -> None:
    _delete(unit, actor=actor)


@transaction.atomic
def quality_create(*, data: NamedInput, actor: Any) -> Quality:
    return _create(Quality, data=data, actor=actor)


@transaction.atomic
def quality_update(*, quality: Quality, data: NamedInput, actor: Any) -> Quality:
    return _update(quality, data=data, actor=actor)


@transaction.atomic
def quality_delete(*, quality: Quality, actor: Any) -> None:
    _delete(quality, actor=actor)
