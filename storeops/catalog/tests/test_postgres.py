"""PostgreSQL-only: slug races under real concurrency, and the shop query staying on indexes."""

from decimal import Decimal

import pytest
from django.db import connection

from storeops.activity.models import ActivityEvent
from storeops.catalog import selectors
from storeops.catalog.filters import ProductFilterSet
from storeops.catalog.models import Product
from storeops.catalog.services import department_create, product_create
from storeops.catalog.tests.factories import (
    BrandFactory,
    CategoryFactory,
    DepartmentFactory,
    SubcategoryFactory,
    VariantFactory,
)
from storeops.core.testing import all_returned, race

pytestmark = [pytest.mark.postgres]


@pytest.mark.django_db(transaction=True)
def test_ten_concurrent_creates_get_ten_distinct_slugs():
    brand = BrandFactory()
    subcategory = SubcategoryFactory()

    def create(_: int) -> str:
        data = {"name": "Case", "brand": brand, "subcategory": subcategory, "price": Decimal("5")}
        return product_create(data=data, actor=None).slug

    slugs = all_returned(race(create, 10))
    assert sorted(slugs) == sorted(["case", *[f"case-{n}" for n in range(2, 11)]])
    assert Product.objects.count() == 10
    assert ActivityEvent.objects.filter(action="catalog.product.created").count() == 10


@pytest.mark.django_db(transaction=True)
def test_concurrent_duplicate_names_give_one_row_and_clean_errors():
    from django.core.exceptions import ValidationError

    def create(_: int) -> str:
        try:
            return department_create(data={"name": "Phones"}, actor=None).slug
        except ValidationError as exc:
            return str(exc.message_dict["name"][0])

    results = all_returned(race(create, 5))
    assert results.count("phones") == 1
    assert results.count("A department with this name already exists.") == 4


@pytest.mark.django_db
def test_attribute_filter_on_postgres(api):
    black = VariantFactory(attributes={"color": "Black", "storage": 128, "5g": True})
    VariantFactory(attributes={"color": "Blue", "storage": "256GB"})

    def ids(query: str) -> list[int]:
        return [row["id"] for row in api().get(f"/api/variants?{query}").json()["results"]]

    assert ids("attribute.color=Black") == [black.pk]
    assert ids("attribute.storage=128") == [black.pk]
    assert ids("attribute.5g=true") == [black.pk]
    assert ids("attribute.color=black") == []


def _bulk_products(count: int) -> None:
    departments = [DepartmentFactory(slug=slug) for slug in ("phones", "laptops", "audio", "wearables")]
    subcategories = [
        SubcategoryFactory(category=CategoryFactory(department=departments[d % 4])) for d in range(40)
    ]
    brands = BrandFactory.create_batch(20)
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO catalog_product
                (name, slug, brand_id, subcategory_id, unit_id, sku, description, price, is_active,
                 date_created, date_modified)
            SELECT 'Product ' || g, 'product-' || g,
                   (%s::bigint[])[1 + g %% 20], (%s::bigint[])[1 + (g * 7) %% 40], NULL, NULL, '',
                   (g * 37) %% 2000, g %% 10 <> 0,
                   now() - (g || ' minutes')::interval, now()
            FROM generate_series(1, %s) AS g
            """,
            [[b.pk for b in brands], [s.pk for s in subcategories], count],
        )
        cursor.execute("ANALYZE catalog_product")
        cursor.execute("ANALYZE catalog_subcategory")
        cursor.execute("ANALYZE catalog_category")


@pytest.mark.django_db
@pytest.mark.parametrize("ordering", ["-date_created", "price", "-price"])
def test_shop_query_uses_indexes(rf, ordering):
    _bulk_products(20_000)
    request = rf.get("/api/products")
    request.user = None
    params = {"department": "phones", "min_price": "100", "max_price": "900"}
    filterset = ProductFilterSet(params, queryset=selectors.product_list(actor=None), request=request)
    assert filterset.is_valid(), filterset.errors
    qs = filterset.qs.order_by(ordering, "id" if not ordering.startswith("-") else "-id")
    plan = qs[:20].explain()
    assert "Seq Scan on catalog_product" not in plan, plan
    assert qs.count() > 0
