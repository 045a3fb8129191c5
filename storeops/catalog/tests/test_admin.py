from decimal import Decimal

import pytest
from django.test import Client

from storeops.activity.models import ActivityEvent
from storeops.catalog.models import Department, PriceLog, Product, Variant
from storeops.catalog.tests.factories import (
    BrandFactory,
    CategoryFactory,
    DepartmentFactory,
    PriceLogFactory,
    ProductFactory,
    SpareFactory,
    SubcategoryFactory,
    VariantFactory,
)


@pytest.fixture
def admin_client(admin_user):  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(admin_user)
    return client


def product_form(brand, subcategory, **extra):  # type: ignore[no-untyped-def]
    return {
        "name": "Galaxy S24",
        "brand": brand.pk,
        "subcategory": subcategory.pk,
        "unit": "",
        "sku": "",
        "description": "",
        "price": "100.00",
        "price_change_reason": "",
        "is_active": "on",
        **variant_rows(),
        **extra,
    }


def variant_rows(*rows, initial=0):  # type: ignore[no-untyped-def]
    """The variants inline of the product page: management form plus one dict per row."""
    data = {
        "variants-TOTAL_FORMS": str(len(rows)),
        "variants-INITIAL_FORMS": str(initial),
        "variants-MIN_NUM_FORMS": "0",
        "variants-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        data |= {f"variants-{index}-{key}": value for key, value in row.items()}
    return data


def test_admin_add_product_goes_through_service(admin_client, admin_user):
    brand, subcategory = BrandFactory(), SubcategoryFactory()
    ProductFactory(name="Galaxy S24", slug="galaxy-s24")
    response = admin_client.post("/admin/catalog/product/add/", product_form(brand, subcategory))
    assert response.status_code == 302, response.content.decode()[:3000]
    product = Product.objects.get(slug="galaxy-s24-2")
    assert product.price == Decimal("100.00")
    event = ActivityEvent.objects.get(action="catalog.product.created")
    assert event.actor == admin_user
    assert event.entity_id == str(product.pk)


def test_admin_change_product_price_writes_price_log(admin_client, admin_user):
    product = ProductFactory(name="Galaxy", slug="galaxy", price="100.00")
    data = product_form(
        product.brand,
        product.subcategory,
        name="Galaxy Renamed",
        price="120.00",
        price_change_reason="Admin change",
        unit=product.unit_id,
    )
    response = admin_client.post(f"/admin/catalog/product/{product.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    product.refresh_from_db()
    assert (product.name, product.slug, product.price) == ("Galaxy Renamed", "galaxy", Decimal("120.00"))
    log = PriceLog.objects.get()
    assert (log.old_price, log.new_price, log.changed_by, log.reason) == (
        Decimal("100.00"),
        Decimal("120.00"),
        admin_user,
        "Admin change",
    )
    event = ActivityEvent.objects.get()
    assert event.action == "catalog.product.updated"
    assert event.changes == {"name": ["Galaxy", "Galaxy Renamed"], "price": ["100.00", "120.00"]}


def test_admin_duplicate_department_shows_form_error(admin_client):
    DepartmentFactory(name="Phones")
    response = admin_client.post("/admin/catalog/department/add/", {"name": "phones"})
    assert response.status_code == 200
    assert "A department with this name already exists." in response.content.decode()
    assert Department.objects.count() == 1


def test_admin_add_variant_slug_from_product(admin_client):
    product = ProductFactory(slug="galaxy")
    response = admin_client.post(
        "/admin/catalog/variant/add/",
        {
            "product": product.pk,
            "name": "256GB",
            "sku": "",
            "price": "5",
            "attributes": '{"storage": "256GB"}',
            "is_active": "on",
            "price_change_reason": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    variant = Variant.objects.get()
    assert variant.slug == "galaxy-256gb"
    assert variant.attributes == {"storage": "256GB"}
    assert ActivityEvent.objects.get().action == "catalog.variant.created"


def test_admin_delete_refused_while_referenced(admin_client):
    department = DepartmentFactory()
    CategoryFactory(department=department)
    response = admin_client.post(
        "/admin/catalog/department/",
        {"action": "delete_selected", "_selected_action": [department.pk], "post": "yes"},
    )
    assert response.status_code in (200, 302)
    assert Department.objects.filter(pk=department.pk).exists()
    assert not ActivityEvent.objects.exists()


def test_admin_delete_goes_through_service(admin_client):
    department = DepartmentFactory()
    response = admin_client.post(f"/admin/catalog/department/{department.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Department.objects.exists()
    assert ActivityEvent.objects.get().action == "catalog.department.deleted"


@pytest.mark.parametrize(
    "model",
    [
        "department",
        "category",
        "subcategory",
        "unit",
        "quality",
        "brand",
        "product",
        "variant",
        "spare",
        "pricelog",
    ],
)
def test_admin_pages_render(admin_client, model):
    VariantFactory()
    SpareFactory()
    PriceLogFactory()
    assert admin_client.get(f"/admin/catalog/{model}/").status_code == 200
    if model != "pricelog":
        assert admin_client.get(f"/admin/catalog/{model}/add/").status_code == 200


def test_price_logs_are_read_only_in_admin(admin_client):
    log = PriceLogFactory()
    assert admin_client.get("/admin/catalog/pricelog/add/").status_code == 403
    admin_client.post(f"/admin/catalog/pricelog/{log.pk}/delete/", {"post": "yes"})
    assert PriceLog.objects.filter(pk=log.pk).exists()


def _row(**extra):  # type: ignore[no-untyped-def]
    return {"name": "128GB", "sku": "", "price": "50.00", "attributes": "{}", "is_active": "on", **extra}


def test_admin_change_with_an_invalid_variant_row_writes_nothing(admin_client, unchanged):
    product = ProductFactory(name="Galaxy", slug="galaxy", price="100.00")
    data = product_form(
        product.brand,
        product.subcategory,
        name="Galaxy Renamed",
        price="120.00",
        unit=product.unit_id,
        **variant_rows(_row(price="not a price")),
    )

    with unchanged(Product.objects.all(), Variant.objects.all(), PriceLog.objects.all()):
        response = admin_client.post(f"/admin/catalog/product/{product.pk}/change/", data)

    assert response.status_code == 200
    assert "Enter a number." in response.content.decode()


def test_admin_add_with_an_invalid_variant_row_writes_nothing(admin_client, unchanged):
    brand, subcategory = BrandFactory(), SubcategoryFactory()
    data = product_form(brand, subcategory, **variant_rows(_row(name="")))

    with unchanged(Product.objects.all(), Variant.objects.all()):
        response = admin_client.post("/admin/catalog/product/add/", data)

    assert response.status_code == 200
    assert "This field is required." in response.content.decode()


def test_admin_service_refusal_still_shows_on_the_form(admin_client, unchanged):
    ProductFactory(name="Taken", sku="SKU-1")
    product = ProductFactory(name="Galaxy", slug="galaxy")
    data = product_form(product.brand, product.subcategory, name="Galaxy", sku="sku-1", unit=product.unit_id)

    with unchanged(Product.objects.all()):
        response = admin_client.post(f"/admin/catalog/product/{product.pk}/change/", data)

    assert response.status_code == 200
    assert "A product with this SKU already exists." in response.content.decode()


def test_admin_adds_a_product_with_variants_through_the_services(admin_client, admin_user):
    brand, subcategory = BrandFactory(), SubcategoryFactory()
    data = product_form(brand, subcategory, **variant_rows(_row(), _row(name="256GB", price="60.00")))

    response = admin_client.post("/admin/catalog/product/add/", data)

    assert response.status_code == 302, response.content.decode()[:3000]
    product = Product.objects.get(slug="galaxy-s24")
    assert sorted(product.variants.values_list("slug", "price")) == [
        ("galaxy-s24-128gb", Decimal("50.00")),
        ("galaxy-s24-256gb", Decimal("60.00")),
    ]
    created = ActivityEvent.objects.filter(actor=admin_user).values_list("action", flat=True)
    assert sorted(created) == [
        "catalog.product.created",
        "catalog.variant.created",
        "catalog.variant.created",
    ]


def test_admin_changes_and_deletes_variants_through_the_services(admin_client):
    product = ProductFactory(name="Galaxy", slug="galaxy")
    keep = VariantFactory(product=product, name="128GB", price="50.00")
    drop = VariantFactory(product=product, name="256GB", price="60.00")
    rows = variant_rows(
        _row(id=keep.pk, product=product.pk, price="55.00"),
        _row(id=drop.pk, product=product.pk, name="256GB", price="60.00", DELETE="on"),
        initial=2,
    )
    data = product_form(product.brand, product.subcategory, name="Galaxy", unit=product.unit_id, **rows)

    response = admin_client.post(f"/admin/catalog/product/{product.pk}/change/", data)

    assert response.status_code == 302, response.content.decode()[:3000]
    assert list(product.variants.values_list("pk", "price")) == [(keep.pk, Decimal("55.00"))]
    variant_events = ActivityEvent.objects.filter(action__startswith="catalog.variant.")
    assert sorted(variant_events.values_list("action", "entity_id")) == [
        ("catalog.variant.deleted", str(drop.pk)),
        ("catalog.variant.updated", str(keep.pk)),
    ]
