"""Catalog for `seed_scale`: taxonomy, brands and products with one variant each, all in bulk.

At scale 1: 5 departments x 10 categories x 10 subcategories, 200 brands, 20 000 products. The scale multiplies
departments, brands and products; each department keeps 10 x 10 children. Department slugs start with the
fixed names below (`phones`, `laptops`, …), which the benchmark filters on.
"""

from datetime import timedelta
from decimal import Decimal

from django.db.models import DateTimeField, DurationField, ExpressionWrapper, F, Value
from django.utils import timezone

from storeops.catalog.models import Brand, Category, Department, Product, Subcategory, Variant
from storeops.catalog.services.common import catalog_changed
from storeops.core.scale import BATCH_SIZE, ScaleContext

DEPARTMENTS = {
    # name: (category stems, price range in rupees)
    "Phones": (["Smartphones", "Feature Phones", "Foldables", "Rugged", "Refurbished"], (4_000, 150_000)),
    "Laptops": (["Ultrabooks", "Gaming", "Business", "Chromebooks", "Workstations"], (20_000, 250_000)),
    "Audio": (["Earbuds", "Headphones", "Speakers", "Soundbars", "Microphones"], (500, 40_000)),
    "Wearables": (
        ["Smartwatches", "Fitness Bands", "Smart Rings", "Kids Watches", "Straps"],
        (1_000, 60_000),
    ),
    "Accessories": (["Chargers", "Cables", "Cases", "Power Banks", "Screen Guards"], (100, 8_000)),
}
EXTRA_STEMS = ["Pro", "Lite", "Plus", "Max", "Mini"]
SUB_STEMS = [
    "Entry",
    "Mid-range",
    "Premium",
    "Flagship",
    "Budget",
    "Value",
    "Compact",
    "Classic",
    "Neo",
    "Edge",
]
BRAND_ROOTS = [
    "Nova",
    "Zenith",
    "Orbit",
    "Pulse",
    "Vertex",
    "Lumen",
    "Quanta",
    "Aero",
    "Helix",
    "Nimbus",
    "Strata",
    "Kinetic",
    "Ember",
    "Polar",
    "Sonic",
    "Vivid",
    "Apex",
    "Cobalt",
    "Fusion",
    "Radiant",
]
BRAND_SUFFIXES = [
    "",
    " Mobile",
    " Labs",
    " Tech",
    " Digital",
    " Audio",
    " Systems",
    " Electronics",
    " One",
    " Go",
]
SERIES = ["X", "S", "A", "M", "Note", "Pro", "Air", "Ultra", "Neo", "Edge"]
STORAGE = ["32GB", "64GB", "128GB", "256GB", "512GB", "1TB"]
COLOURS = ["Black", "White", "Blue", "Green", "Silver", "Graphite", "Red", "Gold"]


Pick = tuple[Subcategory, tuple[int, int]]


def _taxonomy(ctx: ScaleContext) -> list[Pick]:
    names = list(DEPARTMENTS)
    departments = []
    for index in range(ctx.count(len(names))):
        base = names[index % len(names)]
        round_ = index // len(names)
        name = base if round_ == 0 else f"{base} {round_ + 1}"
        departments.append(Department(name=name, slug=name.lower().replace(" ", "-")))
    Department.objects.bulk_create(departments, batch_size=BATCH_SIZE)
    categories = []
    for department in departments:
        stems = DEPARTMENTS[department.name.split(" ")[0]][0]
        for c in range(10):
            label = stems[c % 5] if c < 5 else f"{stems[c % 5]} {EXTRA_STEMS[c - 5]}"
            categories.append(
                Category(department=department, name=label, slug=f"{department.slug}-{_slug(label)}")
            )
    Category.objects.bulk_create(categories, batch_size=BATCH_SIZE)
    subcategories = [
        Subcategory(category=category, name=f"{stem} {category.name}", slug=f"{category.slug}-{_slug(stem)}")
        for category in categories
        for stem in SUB_STEMS
    ]
    Subcategory.objects.bulk_create(subcategories, batch_size=BATCH_SIZE)
    prices = {d.pk: DEPARTMENTS[d.name.split(" ")[0]][1] for d in departments}
    return [(s, prices[s.category.department.pk]) for s in subcategories]


def _slug(text: str) -> str:
    return text.lower().replace(" ", "-")


def _brands(ctx: ScaleContext) -> list[Brand]:
    brands = []
    for index in range(ctx.count(200)):
        root = BRAND_ROOTS[index % len(BRAND_ROOTS)]
        suffix = BRAND_SUFFIXES[(index // len(BRAND_ROOTS)) % len(BRAND_SUFFIXES)]
        round_ = index // (len(BRAND_ROOTS) * len(BRAND_SUFFIXES))
        name = f"{root}{suffix}" + (f" {round_ + 1}" if round_ else "")
        brands.append(Brand(name=name, slug=_slug(name), is_active=ctx.rng.random() > 0.05))
    return Brand.objects.bulk_create(brands, batch_size=BATCH_SIZE)


def _product(
    ctx: ScaleContext, number: int, brands: list[Brand], subcategories: list[Pick]
) -> tuple[Product, Variant]:
    rng = ctx.rng
    brand = rng.choice(brands)
    subcategory, (low, high) = rng.choice(subcategories)
    model = f"{rng.choice(SERIES)}{rng.randint(1, 99)}"
    storage = rng.choice(STORAGE)
    name = f"{brand.name} {model} {storage}"
    price = Decimal(rng.randint(low * 100, high * 100)) / 100
    product = Product(
        name=name,
        slug=f"{_slug(name)}-{number}",
        brand=brand,
        subcategory=subcategory,
        sku=f"SKU-{number:07d}",
        description=f"{name}: {subcategory.name.lower()} from {brand.name}.",
        price=price,
        is_active=rng.random() > 0.1,
    )
    colour = rng.choice(COLOURS)
    variant = Variant(
        product=product,
        name=f"{storage} {colour}",
        slug=f"{product.slug}-{_slug(colour)}",
        sku=f"SKU-{number:07d}-1",
        price=price,
        attributes={"storage": storage, "colour": colour},
        is_active=True,
    )
    return product, variant


def seed_catalog(ctx: ScaleContext) -> dict[str, int]:
    subcategories = _taxonomy(ctx)
    brands = _brands(ctx)
    total = ctx.count(20_000)
    for start in range(0, total, BATCH_SIZE):
        pairs = [
            _product(ctx, number, brands, subcategories)
            for number in range(start + 1, min(start + BATCH_SIZE, total) + 1)
        ]
        Product.objects.bulk_create([p for p, _ in pairs])
        for product, variant in pairs:
            variant.product = product
        Variant.objects.bulk_create([v for _, v in pairs])
    # Creation times one minute apart (newest = highest id), so ordering by date_created is realistic.
    newest = Product.objects.order_by("-id").values_list("id", flat=True).first() or 0
    age = ExpressionWrapper(
        (Value(newest) - F("id")) * Value(timedelta(minutes=1)), output_field=DurationField()
    )
    Product.objects.update(date_created=Value(timezone.now(), output_field=DateTimeField()) - age)
    # Bulk rows bypass the services, so the cached catalog reads are discarded here.
    catalog_changed()
    return {
        "departments": Department.objects.count(),
        "categories": Category.objects.count(),
        "subcategories": Subcategory.objects.count(),
        "brands": len(brands),
        "products": total,
        "variants": total,
    }
