"""Plain-function renderings of catalog rows for the fast read path (`storeops.api.fastpath`).

Each `<entity>_row` renders one `.values(*<ENTITY>_COLUMNS)` row with exactly the keys, order and text of the
matching output serializer in `serializers.py`, which stays the documented schema
(`tests/test_fast_outputs.py` compares the two byte for byte).
"""

from typing import Any

from storeops.api.fastpath import Row, datetime_text, money_text
from storeops.catalog.selectors import is_admin, is_staff


def audience(actor: Any) -> str:
    """Who sees what in the catalog: admins see inactive rows, staff see spare prices, the public neither."""
    if is_admin(actor):
        return "admin"
    return "staff" if is_staff(actor) else "public"


_DEPARTMENT = "subcategory__category__department"

PRODUCT_COLUMNS = (
    "id", "name", "slug", "brand_id", "brand__slug", "brand__name",
    "subcategory_id", "subcategory__slug", "subcategory__name",
    "subcategory__category_id", "subcategory__category__slug", "subcategory__category__name",
    f"{_DEPARTMENT}_id", f"{_DEPARTMENT}__slug", f"{_DEPARTMENT}__name",
    "unit_id", "unit__slug", "unit__name",
    "sku", "description", "price", "is_active", "variant_count", "in_stock", "stock",
    "date_created", "date_modified",
)  # fmt: skip


def product_row(r: Row) -> Row:
    return {
        "id": r["id"],
        "name": r["name"],
        "slug": r["slug"],
        "brand": r["brand_id"],
        "brand_slug": r["brand__slug"],
        "brand_name": r["brand__name"],
        "subcategory": r["subcategory_id"],
        "subcategory_slug": r["subcategory__slug"],
        "subcategory_name": r["subcategory__name"],
        "category": r["subcategory__category_id"],
        "category_slug": r["subcategory__category__slug"],
        "category_name": r["subcategory__category__name"],
        "department": r[f"{_DEPARTMENT}_id"],
        "department_slug": r[f"{_DEPARTMENT}__slug"],
        "department_name": r[f"{_DEPARTMENT}__name"],
        "unit": r["unit_id"],
        "unit_slug": r["unit__slug"],
        "unit_name": r["unit__name"],
        "sku": r["sku"],
        "description": r["description"],
        "price": money_text(r["price"]),
        "is_active": r["is_active"],
        "variant_count": r["variant_count"],
        "in_stock": r["in_stock"],
        "date_created": datetime_text(r["date_created"]),
        "date_modified": datetime_text(r["date_modified"]),
    }


def product_staff_row(r: Row) -> Row:
    """Staff also see the stock."""
    return {**product_row(r), "stock": r["stock"]}


NAMED_COLUMNS = ("id", "name", "slug", "date_created", "date_modified")


def named_row(r: Row) -> Row:
    """Departments, units and qualities."""
    return {
        "id": r["id"],
        "name": r["name"],
        "slug": r["slug"],
        "date_created": datetime_text(r["date_created"]),
        "date_modified": datetime_text(r["date_modified"]),
    }
