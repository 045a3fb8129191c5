"""Repair spares and the products/variants they fit."""

from typing import Any

from django.db import transaction

from storeops.catalog.models import Product, Spare, Variant
from storeops.catalog.services.common import (
    catalog_action,
    catalog_changed,
    check_unique,
    normalize,
    record_created,
    record_updated,
    require,
    save_changes,
)
from storeops.catalog.services.inputs import SpareInput
from storeops.core.deletion import delete_row
from storeops.core.locking import lock
from storeops.core.services import changes_apply
from storeops.core.slugs import insert

SPARE_FIELDS = ("name", "sku", "brand", "quality", "unit", "price", "is_active")
SPARE_REQUIRED = ("name", "sku", "price")
LINKS = {"compatible_products": Product, "compatible_variants": Variant}


def _ids(items: Any) -> list[int]:
    return sorted({getattr(item, "pk", item) for item in items or []})


def _links_of(spare: Spare) -> dict[str, list[int]]:
    return {name: sorted(getattr(spare, name).values_list("pk", flat=True)) for name in LINKS}


@transaction.atomic
def spare_create(*, data: SpareInput, actor: Any) -> Spare:
    require(data, SPARE_REQUIRED)
    values = normalize(data)
    require(values, ["sku"])
    spare = Spare(**{name: values[name] for name in SPARE_FIELDS if name in values})
    insert(spare, check_unique=check_unique)
    links = {name: _ids(values.get(name)) for name in LINKS}
    for name, ids in links.items():
        if ids:
            getattr(spare, name).set(ids)
    record_created(spare, actor=actor, extra=links)
    catalog_changed()
    return spare


@transaction.atomic
def spare_update(*, spare: Spare, data: SpareInput, actor: Any) -> Spare:
    spare = lock(spare)
    values = normalize(data)
    require(values, [name for name in SPARE_REQUIRED if name in values])
    changes = changes_apply(spare, values, SPARE_FIELDS)
    save_changes(spare, changes)
    current = _links_of(spare)
    for name in LINKS:
        if name in values and _ids(values[name]) != current[name]:
            changes[name] = [current[name], _ids(values[name])]
            getattr(spare, name).set(_ids(values[name]))
    record_updated(spare, changes, actor=actor)
    catalog_changed()
    return spare


@transaction.atomic
def spare_delete(*, spare: Spare, actor: Any) -> None:
    spare = lock(spare)
    delete_row(spare, action=catalog_action(spare, "deleted"), actor=actor, extra=_links_of(spare))
    catalog_changed()
