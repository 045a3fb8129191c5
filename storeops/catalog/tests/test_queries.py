"""Lists do not grow their SQL with the page size."""

import pytest

from storeops.catalog.tests.factories import (
    BrandFactory,
    CategoryFactory,
    DepartmentFactory,
    ProductFactory,
    QualityFactory,
    SpareFactory,
    SubcategoryFactory,
    UnitFactory,
    VariantFactory,
)

PATHS = {
    "departments": 2,
    "categories": 2,
    "subcategories": 2,
    "units": 2,
    "qualities": 2,
    "brands": 2,
    "products": 2,
    "variants": 2,
    "spares": 4,
    "products?department=department-0,department-1&min_price=1&ordering=-date_created": 5,
    "spares?product=product-0&variant=variant-0": 7,
}


@pytest.fixture
def many(db):  # type: ignore[no-untyped-def]
    DepartmentFactory.reset_sequence(0)
    ProductFactory.reset_sequence(0)
    VariantFactory.reset_sequence(0)
    departments = DepartmentFactory.create_batch(3)
    for index in range(12):
        subcategory = SubcategoryFactory(category=CategoryFactory(department=departments[index % 3]))
        product = ProductFactory(subcategory=subcategory, unit=UnitFactory())
        variant = VariantFactory(product=product)
        spare = SpareFactory(unit=UnitFactory(), quality=QualityFactory())
        spare.compatible_products.add(product)
        spare.compatible_variants.add(variant)
    BrandFactory.create_batch(3)


@pytest.mark.parametrize(("path", "limit"), list(PATHS.items()))
@pytest.mark.parametrize("who", ["anonymous", "admin_user"])
def test_list_queries_constant(api, request, many, django_assert_max_num_queries, path, limit, who):
    if who == "anonymous" and path in ("units", "qualities"):
        who = "customer"  # these two need a login
    user = None if who == "anonymous" else request.getfixturevalue(who)
    client = api(user)
    # The admin's token lookup adds one query per request.
    allowed = limit + (0 if user is None else 1)
    separator = "&" if "?" in path else "?"
    for size in (1, 100):
        with django_assert_max_num_queries(allowed):
            response = client.get(f"/api/{path}{separator}page_size={size}")
        assert response.status_code == 200, response.content
        assert len(response.json()["results"]) == min(size, response.json()["count"])
        assert response.json()["count"] >= 1
