"""Catalog writes. Every path (API, admin site, commands, demo data) goes through these functions."""

from storeops.catalog.services.brands import brand_create, brand_delete, brand_update
from storeops.catalog.services.products import (
    product_create,
    product_delete,
    product_update,
    variant_create,
    variant_delete,
    variant_update,
)
from storeops.catalog.services.spares import spare_create, spare_delete, spare_update
from storeops.catalog.services.taxonomy import (
    category_create,
    category_delete,
    category_update,
    department_create,
    department_delete,
    department_update,
    quality_create,
    quality_delete,
    quality_update,
    subcategory_create,
    subcategory_delete,
    subcategory_update,
    unit_create,
    unit_delete,
    unit_update,
)

__all__ = [
    "brand_create",
    "brand_delete",
    "brand_update",
    "category_create",
    "category_delete",
    "category_update",
    "department_create",
    "department_delete",
    "department_update",
    "product_create",
    "product_delete",
    "product_update",
    "quality_create",
    "quality_delete",
    "quality_update",
    "spare_create",
    "spare_delete",
    "spare_update",
    "subcategory_create",
    "subcategory_delete",
    "subcategory_update",
    "unit_create",
    "unit_delete",
    "unit_update",
    "variant_create",
    "variant_delete",
    "variant_update",
]
