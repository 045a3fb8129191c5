"""The global inventory configuration: thresholds, negative stock, serial-tracked categories."""

from typing import Any

from django.db import transaction

from storeops.activity import actions
from storeops.activity.services import record
from storeops.catalog.models import Variant
from storeops.core.errors import Conflict
from storeops.core.locking import lock
from storeops.inventory.models import CONFIG_ID, InventoryConfig, StockBalance
from storeops.inventory.services.inputs import InventoryConfigInput


def config_get() -> InventoryConfig:
    """The configuration row, created with the defaults on first use."""
    config, _ = InventoryConfig.objects.get_or_create(pk=CONFIG_ID)
    return config


def tracked_category_ids(config: InventoryConfig) -> set[int]:
    return set(config.serial_tracked_categories.values_list("pk", flat=True))


def is_serial_tracked(variant: Variant, category_ids: set[int]) -> bool:
    return bool(category_ids) and variant.product.subcategory.category_id in category_ids


def _refuse_untracked_stock(category_ids: set[int]) -> None:
    """Tracking starts only where no stock exists without serials."""
    if not category_ids:
        return
    variants = sorted(
        set(
            StockBalance.objects.filter(variant__product__subcategory__category_id__in=category_ids)
            .exclude(quantity=0)
            .values_list("variant_id", flat=True)
        )
    )
    if variants:
        raise Conflict(
            "These categories have stock without serial numbers; bring it to zero with adjustments first.",
            "untracked_stock",
            variants=variants,
        )


@transaction.atomic
def config_update(*, data: InventoryConfigInput, actor: Any) -> InventoryConfig:
    config = lock(config_get())
    changes: dict[str, list[Any]] = {}
    for name in ("low_stock_threshold", "allow_negative_stock"):
        if name in data and getattr(config, name) != data[name]:  # type: ignore[literal-required]
            changes[name] = [getattr(config, name), data[name]]  # type: ignore[literal-required]
            setattr(config, name, data[name])  # type: ignore[literal-required]
    if "serial_tracked_categories" in data:
        old = tracked_category_ids(config)
        new = {category.pk for category in data["serial_tracked_categories"]}
        if old != new:
            _refuse_untracked_stock(new - old)
            config.serial_tracked_categories.set(sorted(new))
            changes["serial_tracked_categories"] = [sorted(old), sorted(new)]
    if changes:
        config.updated_by = actor if getattr(actor, "is_authenticated", False) else None
        config.save(update_fields=["low_stock_threshold", "allow_negative_stock", "updated_by", "updated_at"])
        record(actor=actor, action=actions.INVENTORY_CONFIG_UPDATED, entity=config, changes=changes)
    return config
