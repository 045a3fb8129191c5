"""What each catalog write accepts. Keys are optional: an update changes only the keys it is given."""

from decimal import Decimal
from typing import Any, TypedDict

from django.core.files.uploadedfile import UploadedFile

from storeops.catalog.models import Brand, Category, Department, Product, Quality, Subcategory, Unit, Variant


class NamedInput(TypedDict, total=False):
    """Departments, units and qualities."""

    name: str
    slug: str | None


class CategoryInput(NamedInput, total=False):
    department: Department


class SubcategoryInput(NamedInput, total=False):
    category: Category


class BrandInput(NamedInput, total=False):
    logo: UploadedFile | None
    is_active: bool


class ProductInput(TypedDict, total=False):
    name: str
    slug: str | None
    brand: Brand
    subcategory: Subcategory
    unit: Unit | None
    sku: str | None
    description: str
    price: Decimal
    is_active: bool
    price_change_reason: str


class VariantInput(TypedDict, total=False):
    product: Product
    name: str
    slug: str | None
    sku: str | None
    price: Decimal
    attributes: dict[str, Any] | None
    is_active: bool
    price_change_reason: str


class SpareInput(TypedDict, total=False):
    name: str
    sku: str
    brand: Brand | None
    quality: Quality | None
    unit: Unit | None
    compatible_products: list[Product | int]
    compatible_variants: list[Variant | int]
    price: Decimal
    is_active: bool
