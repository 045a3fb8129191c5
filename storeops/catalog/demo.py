"""Demo catalog of a phone shop for `seed_demo`, created through the services; a second run creates nothing."""

from collections import defaultdict
from decimal import Decimal
from typing import Any

from django.db import models

from storeops.catalog import services
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

BRANDS = ["Apple", "Samsung", "OnePlus", "Xiaomi", "Google", "Realme", "boAt", "Anker"]
UNITS = ["Piece", "Pair", "Set"]
QUALITIES = ["Original", "Premium", "Compatible"]
TAXONOMY = {
    "Phones": {"Smartphones": ["Android phones", "iPhones"], "Feature phones": ["Basic phones"]},
    "Accessories": {
        "Cases & protection": ["Back covers", "Screen guards"],
        "Power": ["Chargers", "Power banks", "Cables"],
        "Audio": ["Earbuds", "Headphones"],
    },
    "Spares": {"Displays": ["Display assemblies"], "Batteries": ["Phone batteries"]},
}
# (name, brand, subcategory, price, sku, [(variant name, price, attributes)])
PRODUCTS: list[tuple[str, str, str, str, str, list[tuple[str, str, dict[str, Any]]]]] = [
    (
        "iPhone 15",
        "Apple",
        "iPhones",
        "79900.00",
        "APL-IP15",
        [
            ("128GB Black", "79900.00", {"storage": "128GB", "color": "Black"}),
            ("256GB Blue", "89900.00", {"storage": "256GB", "color": "Blue"}),
        ],
    ),
    (
        "Galaxy S24",
        "Samsung",
        "Android phones",
        "74999.00",
        "SAM-S24",
        [
            ("8GB 256GB Onyx Black", "74999.00", {"storage": "256GB", "ram": "8GB", "color": "Onyx Black"}),
            ("8GB 512GB Marble Grey", "84999.00", {"storage": "512GB", "ram": "8GB", "color": "Marble Grey"}),
        ],
    ),
    (
        "OnePlus 12",
        "OnePlus",
        "Android phones",
        "64999.00",
        "OPL-12",
        [
            (
                "12GB 256GB Flowy Emerald",
                "64999.00",
                {"storage": "256GB", "ram": "12GB", "color": "Flowy Emerald"},
            ),
        ],
    ),
    (
        "Redmi Note 13",
        "Xiaomi",
        "Android phones",
        "17999.00",
        "XMI-RN13",
        [
            (
                "6GB 128GB Midnight Black",
                "17999.00",
                {"storage": "128GB", "ram": "6GB", "color": "Midnight Black"},
            ),
            (
                "8GB 256GB Arctic White",
                "19999.00",
                {"storage": "256GB", "ram": "8GB", "color": "Arctic White"},
            ),
        ],
    ),
    (
        "Pixel 8",
        "Google",
        "Android phones",
        "75999.00",
        "GGL-PX8",
        [
            ("128GB Obsidian", "75999.00", {"storage": "128GB", "color": "Obsidian"}),
        ],
    ),
    ("20W USB-C Power Adapter", "Apple", "Chargers", "1900.00", "APL-20W", []),
    (
        "Airdopes 141",
        "boAt",
        "Earbuds",
        "1299.00",
        "BOAT-AD141",
        [
            ("Bold Black", "1299.00", {"color": "Bold Black"}),
            ("Pure White", "1299.00", {"color": "Pure White"}),
        ],
    ),
    ("PowerCore 10000", "Anker", "Power banks", "2199.00", "ANK-PC10K", []),
    (
        "Galaxy S24 Silicone Case",
        "Samsung",
        "Back covers",
        "2499.00",
        "SAM-S24-CASE",
        [
            ("Black", "2499.00", {"color": "Black"}),
        ],
    ),
]
# (name, sku, brand, quality, price, compatible product names)
SPARES = [
    ("iPhone 15 Display Assembly", "SP-IP15-DSP-OR", "Apple", "Original", "24500.00", ["iPhone 15"]),
    ("iPhone 15 Display Assembly", "SP-IP15-DSP-CP", None, "Compatible", "8900.00", ["iPhone 15"]),
    ("iPhone 15 Battery", "SP-IP15-BAT-PR", None, "Premium", "3900.00", ["iPhone 15"]),
    ("Galaxy S24 AMOLED Display", "SP-S24-DSP-OR", "Samsung", "Original", "18500.00", ["Galaxy S24"]),
    ("Galaxy S24 Battery", "SP-S24-BAT-OR", "Samsung", "Original", "3200.00", ["Galaxy S24"]),
    ("Redmi Note 13 Battery", "SP-RN13-BAT-CP", None, "Compatible", "1100.00", ["Redmi Note 13"]),
    ("OnePlus 12 Back Glass", "SP-OP12-BG-PR", None, "Premium", "1600.00", ["OnePlus 12"]),
]


class _Tally:
    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])

    def get_or_create(self, kind: str, existing: models.Model | None, create: Any) -> Any:
        if existing is not None:
            self.counts[kind][1] += 1
            return existing
        self.counts[kind][0] += 1
        return create()

    def result(self) -> dict[str, tuple[int, int]]:
        return {kind: (created, existing) for kind, (created, existing) in self.counts.items()}


def seed_catalog(*, actor: Any = None) -> dict[str, tuple[int, int]]:
    """Returns `{type name: (created, existing)}`."""
    tally = _Tally()
    brands = {
        name: tally.get_or_create(
            "brands",
            Brand.objects.filter(name__iexact=name).first(),
            lambda n=name: services.brand_create(data={"name": n}, actor=actor),
        )
        for name in BRANDS
    }
    for name in UNITS:
        tally.get_or_create(
            "units",
            Unit.objects.filter(name__iexact=name).first(),
            lambda n=name: services.unit_create(data={"name": n}, actor=actor),
        )
    qualities = {
        name: tally.get_or_create(
            "qualities",
            Quality.objects.filter(name__iexact=name).first(),
            lambda n=name: services.quality_create(data={"name": n}, actor=actor),
        )
        for name in QUALITIES
    }
    piece = Unit.objects.get(name__iexact="Piece")
    subcategories = _seed_taxonomy(tally, actor)
    products = _seed_products(tally, actor, brands=brands, subcategories=subcategories, unit=piece)
    for name, sku, brand, quality, price, fits in SPARES:
        tally.get_or_create(
            "spares",
            Spare.objects.filter(sku__iexact=sku).first(),
            lambda n=name, s=sku, b=brand, q=quality, p=price, f=fits: services.spare_create(
                data={
                    "name": n,
                    "sku": s,
                    "brand": brands[b] if b else None,
                    "quality": qualities[q],
                    "unit": piece,
                    "price": Decimal(p),
                    "compatible_products": [products[x] for x in f],
                },
                actor=actor,
            ),
        )
    return tally.result()


def _seed_taxonomy(tally: _Tally, actor: Any) -> dict[str, Subcategory]:
    subcategories: dict[str, Subcategory] = {}
    for dept_name, categories in TAXONOMY.items():
        department = tally.get_or_create(
            "departments",
            Department.objects.filter(name__iexact=dept_name).first(),
            lambda n=dept_name: services.department_create(data={"name": n}, actor=actor),
        )
        for cat_name, subs in categories.items():
            category = tally.get_or_create(
                "categories",
                Category.objects.filter(department=department, name__iexact=cat_name).first(),
                lambda n=cat_name, d=department: services.category_create(
                    data={"name": n, "department": d}, actor=actor
                ),
            )
            for sub_name in subs:
                subcategories[sub_name] = tally.get_or_create(
                    "subcategories",
                    Subcategory.objects.filter(category=category, name__iexact=sub_name).first(),
                    lambda n=sub_name, c=category: services.subcategory_create(
                        data={"name": n, "category": c}, actor=actor
                    ),
                )
    return subcategories


def _seed_products(
    tally: _Tally, actor: Any, *, brands: dict[str, Brand], subcategories: dict[str, Subcategory], unit: Unit
) -> dict[str, Product]:
    products: dict[str, Product] = {}
    for name, brand, sub, price, sku, variants in PRODUCTS:
        product = tally.get_or_create(
            "products",
            Product.objects.filter(sku__iexact=sku).first(),
            lambda n=name, b=brand, s=sub, p=price, k=sku: services.product_create(
                data={
                    "name": n,
                    "brand": brands[b],
                    "subcategory": subcategories[s],
                    "unit": unit,
                    "price": Decimal(p),
                    "sku": k,
                    "description": f"{b} {n}",
                },
                actor=actor,
            ),
        )
        products[name] = product
        for variant_name, variant_price, attributes in variants:
            tally.get_or_create(
                "variants",
                Variant.objects.filter(product=product, name__iexact=variant_name).first(),
                lambda v=variant_name, p=variant_price, a=attributes, pr=product: services.variant_create(
                    data={"product": pr, "name": v, "price": Decimal(p), "attributes": a}, actor=actor
                ),
            )
    return products
