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
        **extra,
    }


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
