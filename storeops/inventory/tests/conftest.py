import pytest

from storeops.catalog.tests.factories import (
    CategoryFactory,
    ProductFactory,
    SubcategoryFactory,
    VariantFactory,
)
from storeops.inventory.services import config_update


@pytest.fixture
def admin_api(api, admin_user):  # type: ignore[no-untyped-def]
    return api(admin_user)


@pytest.fixture
def variant(db):  # type: ignore[no-untyped-def]
    return VariantFactory(
        name="Black", slug="phone-black", product=ProductFactory(name="Phone", slug="phone")
    )


@pytest.fixture
def tracked_variant(db):  # type: ignore[no-untyped-def]
    category = CategoryFactory(name="Handsets", slug="handsets")
    product = ProductFactory(
        name="Handset", slug="handset", subcategory=SubcategoryFactory(category=category)
    )
    variant = VariantFactory(name="Blue", slug="handset-blue", product=product)
    config_update(data={"serial_tracked_categories": [category]}, actor=None)
    return variant


@pytest.fixture
def post(admin_api):  # type: ignore[no-untyped-def]
    def send(body, **extra):  # type: ignore[no-untyped-def]
        return admin_api.post("/api/stock-entries", body, format="json", **extra)

    return send
