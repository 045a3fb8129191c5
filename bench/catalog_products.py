"""Shop product query on a large catalog: 100 000 products on PostgreSQL, EXPLAIN must show no Seq Scan.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/storeops python bench/catalog_products.py [--rows N] [--keep]

Works in a scratch database `<name>_bench_catalog` next to the one in DATABASE_URL and drops it afterwards.
"""

import argparse
import os
import random
import sys
import time
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = {
    "shop, newest first": {
        "department": "phones",
        "min_price": "100",
        "max_price": "900",
        "ordering": "-date_created",
    },
    "shop, cheapest first": {
        "department": "phones",
        "min_price": "100",
        "max_price": "900",
        "ordering": "price",
    },
    "brand + department": {"brand": "brand-3", "department": "phones", "ordering": "-price"},
    "default listing": {},
}


def scratch_url(url: str) -> tuple[str, str, str]:
    parts = urlparse(url)
    if parts.scheme not in ("postgres", "postgresql"):
        sys.exit("DATABASE_URL must point at PostgreSQL.")
    name = parts.path.lstrip("/") or "postgres"
    scratch = f"{name}_bench_catalog"
    admin = urlunparse(parts._replace(path="/postgres"))
    return admin, urlunparse(parts._replace(path=f"/{scratch}")), scratch


def admin_execute(admin_url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(sql)


def seed(rows: int) -> None:
    from django.db import connection

    from storeops.catalog.models import Brand, Category, Department, Product, Subcategory

    departments = [
        Department.objects.create(name=name, slug=name.lower())
        for name in ("Phones", "Laptops", "Audio", "Wearables", "Accessories", "Spares", "Tablets", "Cameras")
    ]
    subcategories = []
    for index in range(80):
        category = Category.objects.create(
            department=departments[index % len(departments)],
            name=f"Category {index}",
            slug=f"category-{index}",
        )
        subcategories.append(
            Subcategory.objects.create(category=category, name=f"Sub {index}", slug=f"sub-{index}")
        )
    brands = [Brand.objects.create(name=f"Brand {i}", slug=f"brand-{i}") for i in range(40)]
    rng = random.Random(7)
    started = time.monotonic()
    batch: list[Product] = []
    for number in range(1, rows + 1):
        batch.append(
            Product(
                name=f"Product {number}",
                slug=f"product-{number}",
                brand=rng.choice(brands),
                subcategory=rng.choice(subcategories),
                price=Decimal(rng.randint(0, 200_000)) / 100,
                is_active=rng.random() > 0.1,
            )
        )
        if len(batch) == 5000:
            Product.objects.bulk_create(batch)
            batch = []
    Product.objects.bulk_create(batch)
    # Spread creation times so ordering by date_created is realistic.
    with connection.cursor() as cursor:
        cursor.execute("UPDATE catalog_product SET date_created = now() - (id || ' minutes')::interval")
        cursor.execute("ANALYZE")
    print(f"seeded {rows} products in {time.monotonic() - started:.1f}s")


def explain_all() -> list[str]:
    from django.test import RequestFactory

    from storeops.api.filters import WhitelistOrderingFilter
    from storeops.catalog.apis import ProductViewSet
    from storeops.catalog.filters import ProductFilterSet
    from storeops.catalog.selectors import product_list

    failures = []
    for title, params in QUERIES.items():
        request = RequestFactory().get("/api/products", params)
        request.user = None
        request.query_params = request.GET  # the ordering filter reads DRF's name for it
        view = ProductViewSet()
        view.request = request
        filterset = ProductFilterSet(request.GET, queryset=product_list(actor=None), request=request)
        assert filterset.is_valid(), filterset.errors
        qs = WhitelistOrderingFilter().filter_queryset(request, filterset.qs, view)
        started = time.monotonic()
        page = list(qs[:20])
        total = qs.count()
        elapsed = (time.monotonic() - started) * 1000
        plan = qs[:20].explain(analyze=True)
        print(f"\n== {title}: {params}  ({len(page)} of {total} rows, {elapsed:.1f} ms page+count)\n{plan}")
        if "Seq Scan on catalog_product" in plan:
            failures.append(title)
    return failures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    admin_url, bench_url, scratch = scratch_url(url)
    admin_execute(admin_url, f'DROP DATABASE IF EXISTS "{scratch}"')
    admin_execute(admin_url, f'CREATE DATABASE "{scratch}"')
    os.environ["DATABASE_URL"] = bench_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    failures: list[str] = []
    try:
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connections

        call_command("migrate", verbosity=0)
        seed(args.rows)
        failures = explain_all()
        connections.close_all()
    finally:
        if not args.keep:
            admin_execute(admin_url, f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')
    if failures:
        sys.exit(f"Seq Scan on catalog_product in: {', '.join(failures)}")
    print("\nOK: no sequential scan of catalog_product.")


if __name__ == "__main__":
    main()
