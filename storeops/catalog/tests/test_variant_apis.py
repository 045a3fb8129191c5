from decimal import Decimal

import pytest

from storeops.activity.models import ActivityEvent
from storeops.catalog.models import PriceLog, Variant
from storeops.catalog.tests.factories import PriceLogFactory, ProductFactory, VariantFactory

VARIANT_KEYS = {
    "id", "product", "product_slug", "product_name", "name", "slug", "sku", "price", "attributes", "is_active",
    "brand", "brand_slug", "brand_name", "unit", "unit_slug", "unit_name", "in_stock", "stock", "date_created",
    "date_modified",
}  # fmt: skip


def ids(response) -> list[int]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def test_variant_create_slug_from_product_and_attributes_round_trip(api, admin_user, shop):
    attributes = {"color": "Black", "storage": "128GB", "dual_sim": True, "ram_gb": 8}
    response = api(admin_user).post(
        "/api/variants", {"product": "phone", "name": "128GB Black", "price": "700", "attributes": attributes}
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert set(body) == VARIANT_KEYS
    assert body["slug"] == "phone-128gb-black"
    assert body["attributes"] == attributes
    assert body["product"] == shop["phone"].pk
    assert (body["brand"], body["brand_name"]) == (shop["apple"].pk, "Apple")
    assert body["unit_slug"] == shop["phone"].unit.slug
    assert api(admin_user).get(f"/api/variants/{body['slug']}").json()["attributes"] == attributes
    event = ActivityEvent.objects.get()
    assert event.action == "catalog.variant.created"
    assert event.changes["attributes"] == attributes


@pytest.mark.parametrize(
    "attributes",
    [
        {"nested": {"a": 1}},
        {"list": [1, 2]},
        {"none": None},
        {"k" * 51: "x"},
        {"long": "x" * 101},
        {f"k{i}": i for i in range(21)},
        ["not", "an", "object"],
    ],
)
def test_bad_attributes_are_400(api, admin_user, shop, unchanged, attributes):
    with unchanged(Variant.objects.all()):
        response = api(admin_user).post(
            "/api/variants", {"product": "phone", "name": "V", "price": "1", "attributes": attributes}
        )
    assert response.status_code == 400
    assert list(response.json()) == ["attributes"]


def test_variant_name_unique_per_product_ignoring_case(api, admin_user, shop):
    VariantFactory(product=shop["phone"], name="Black")
    VariantFactory(product=shop["cheap"], name="Red")
    response = api(admin_user).post("/api/variants", {"product": "phone", "name": "BLACK", "price": "1"})
    assert response.status_code == 400
    assert response.json() == {"name": ["A variant with this name already exists for this product."]}
    other = api(admin_user).post("/api/variants", {"product": "phone", "name": "Red", "price": "1"})
    assert other.status_code == 201


def test_variant_product_cannot_change(api, admin_user, shop, unchanged):
    variant = VariantFactory(product=shop["phone"], slug="v1")
    with unchanged(Variant.objects.all()):
        response = api(admin_user).patch("/api/variants/v1", {"product": "cheap-case"})
    assert response.status_code == 400
    assert response.json() == {"product": ["Product cannot be changed."]}
    same = api(admin_user).put("/api/variants/v1", {"product": "phone", "name": "New", "price": "10"})
    assert same.status_code == 200, same.content
    assert same.json()["product"] == variant.product_id


def test_variant_price_change_logs(api, admin_user, shop):
    variant = VariantFactory(product=shop["phone"], slug="v1", price="10.00")
    response = api(admin_user).patch("/api/variants/v1", {"price": "12.00", "price_change_reason": "Festive"})
    assert response.status_code == 200
    log = PriceLog.objects.get()
    assert (log.product_id, log.variant_id) == (shop["phone"].pk, variant.pk)
    assert (log.old_price, log.new_price, log.reason) == (Decimal("10.00"), Decimal("12.00"), "Festive")
    event = ActivityEvent.objects.get()
    assert event.action == "catalog.variant.updated"
    assert event.changes == {"price": ["10.00", "12.00"]}
    api(admin_user).patch("/api/variants/v1", {"price": "12"})
    assert PriceLog.objects.count() == 1
    assert ActivityEvent.objects.count() == 1


def test_variant_sku_unique_ignoring_case(api, admin_user, shop):
    VariantFactory(sku="SKU-1")
    response = api(admin_user).post(
        "/api/variants", {"product": "phone", "name": "X", "price": "1", "sku": "sku-1"}
    )
    assert response.json() == {"sku": ["A variant with this SKU already exists."]}


def test_attribute_filter_exact(api, shop):
    black = VariantFactory(product=shop["phone"], attributes={"color": "Black", "storage": 128, "5g": True})
    VariantFactory(product=shop["phone"], attributes={"color": "Blue", "storage": "256GB"})
    VariantFactory(product=shop["phone"], attributes={})
    assert ids(api().get("/api/variants?attribute.color=Black")) == [black.pk]
    assert ids(api().get("/api/variants?attribute.color=black")) == []
    assert ids(api().get("/api/variants?attribute.color=Bla")) == []
    assert ids(api().get("/api/variants?attribute.storage=128")) == [black.pk]
    assert ids(api().get("/api/variants?attribute.5g=true")) == [black.pk]
    assert ids(api().get("/api/variants?attribute.color=Black&attribute.storage=256GB")) == []
    assert ids(api().get("/api/variants?attribute.missing=x")) == []


def test_variant_filters(api, shop):
    mine = VariantFactory(product=shop["phone"], name="Alpha", sku="AL-1", price="100.00")
    other = VariantFactory(product=shop["cheap"], name="Beta", sku="BE-1", price="5.00")
    assert ids(api().get("/api/variants?product=phone")) == [mine.pk]
    assert ids(api().get(f"/api/variants?product={shop['cheap'].pk},phone")) == [mine.pk, other.pk]
    assert ids(api().get("/api/variants?product=nope")) == []
    assert ids(api().get("/api/variants?brand=samsung")) == [other.pk]
    assert ids(api().get("/api/variants?brand=nope")) == []
    assert ids(api().get("/api/variants?min_price=50")) == [mine.pk]
    assert ids(api().get("/api/variants?max_price=50")) == [other.pk]
    assert ids(api().get("/api/variants?search=al-1")) == [mine.pk]
    assert ids(api().get("/api/variants?search=beta")) == [other.pk]
    assert api().get("/api/variants?min_price=x").json() == {"min_price": ["Enter a number."]}
    assert ids(api().get("/api/variants?ordering=-price")) == [mine.pk, other.pk]
    assert ids(api().get("/api/variants?ordering=price")) == [other.pk, mine.pk]
    assert ids(api().get("/api/variants?ordering=-date_created")) == [other.pk, mine.pk]
    assert ids(api().get("/api/variants?ordering=-name")) == [other.pk, mine.pk]


def test_variant_visibility_needs_active_product(api, admin_user, customer, shop):
    hidden_product = ProductFactory(is_active=False)
    under_hidden = VariantFactory(product=hidden_product, slug="under-hidden")
    inactive = VariantFactory(product=shop["phone"], slug="inactive", is_active=False)
    visible = VariantFactory(product=shop["phone"])
    for client in (api(), api(customer)):
        assert ids(client.get("/api/variants?is_active=false")) == [visible.pk]
        assert client.get("/api/variants/under-hidden").status_code == 404
        assert client.get("/api/variants/inactive").status_code == 404
    assert ids(api(admin_user).get("/api/variants?is_active=false")) == [inactive.pk]
    assert api(admin_user).get("/api/variants/under-hidden").json()["id"] == under_hidden.pk


def test_delete_variant_with_references_is_409(api, admin_user, shop, unchanged):
    variant = VariantFactory(product=shop["phone"], slug="v1")
    PriceLogFactory(product=shop["phone"], variant=variant)
    with unchanged(Variant.objects.all()):
        response = api(admin_user).delete("/api/variants/v1")
    assert response.status_code == 409
    assert response.json() == {
        "detail": "This variant is still referenced; deactivate it instead.",
        "code": "protected",
        "references": {"price_logs": 1},
    }


def test_delete_unreferenced_variant(api, admin_user, shop):
    variant = VariantFactory(product=shop["phone"], slug="v1")
    assert api(admin_user).delete("/api/variants/v1").status_code == 204
    assert not Variant.objects.exists()
    event = ActivityEvent.objects.get()
    assert (event.action, event.entity_id) == ("catalog.variant.deleted", str(variant.pk))
