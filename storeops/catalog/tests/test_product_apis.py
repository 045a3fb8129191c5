from decimal import Decimal

import pytest

from storeops.activity.models import ActivityEvent
from storeops.catalog.models import PriceLog, Product, Variant
from storeops.catalog.tests.factories import (
    BrandFactory,
    PriceLogFactory,
    ProductFactory,
    SpareFactory,
    SubcategoryFactory,
    UnitFactory,
    VariantFactory,
)

PRODUCT_KEYS = {
    "id", "name", "slug", "brand", "brand_slug", "brand_name", "subcategory", "subcategory_slug",
    "subcategory_name", "category", "category_slug", "category_name", "department", "department_slug",
    "department_name", "unit", "unit_slug", "unit_name", "sku", "description", "price", "is_active",
    "variant_count", "in_stock", "stock", "date_created", "date_modified",
}  # fmt: skip


def ids(response) -> list[int]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def create_body(shop, **extra):  # type: ignore[no-untyped-def]
    return {"name": "Case", "brand": "apple", "subcategory": shop["silicone"].pk, "price": "12.5", **extra}


def test_product_create_exact_keys_and_references(api, admin_user, shop):
    response = api(admin_user).post("/api/products", create_body(shop, sku=" ab-1 "))
    assert response.status_code == 201, response.content
    body = response.json()
    assert set(body) == PRODUCT_KEYS
    assert body["slug"] == "case"
    assert body["price"] == "12.50"
    assert body["sku"] == "ab-1"
    assert (body["brand"], body["brand_slug"], body["brand_name"]) == (shop["apple"].pk, "apple", "Apple")
    assert body["category"] == shop["cases"].pk
    assert body["category_slug"] == "cases"
    assert (body["department"], body["department_name"]) == (shop["accessories"].pk, "Accessories")
    assert (body["unit"], body["unit_slug"], body["unit_name"]) == (None, None, None)
    assert body["variant_count"] == 0
    assert body["is_active"] is True
    assert body["description"] == ""
    event = ActivityEvent.objects.get()
    assert event.action == "catalog.product.created"
    assert event.changes["price"] == "12.50"
    assert not PriceLog.objects.exists()


def test_two_products_named_case_get_distinct_slugs(api, admin_user, shop):
    client = api(admin_user)
    first = client.post("/api/products", create_body(shop))
    second = client.post("/api/products", create_body(shop))
    assert (first.json()["slug"], second.json()["slug"]) == ("case", "case-2")


def test_digit_only_name_gets_a_slug_with_a_letter(api, admin_user, shop):
    response = api(admin_user).post("/api/products", create_body(shop, name="2024"))
    assert response.json()["slug"] == "product-2024"


def test_form_body_create_keeps_is_active_default(api, admin_user, shop):
    response = api(admin_user).post("/api/products", create_body(shop), format="multipart")
    assert response.status_code == 201, response.content
    assert response.json()["is_active"] is True


def test_negative_price_is_400(api, admin_user, shop, unchanged):
    with unchanged(Product.objects.all()):
        response = api(admin_user).post("/api/products", create_body(shop, price="-1"))
    assert response.status_code == 400
    assert response.json() == {"price": ["Ensure this value is greater than or equal to 0."]}


def test_duplicate_sku_ignoring_case_is_400(api, admin_user, shop):
    ProductFactory(sku="ABC-1")
    response = api(admin_user).post("/api/products", create_body(shop, sku="abc-1"))
    assert response.status_code == 400
    assert response.json() == {"sku": ["A product with this SKU already exists."]}
    blank = api(admin_user).post("/api/products", create_body(shop, sku=""))
    assert blank.status_code == 201
    assert blank.json()["sku"] is None


def test_product_missing_required_fields(api, admin_user):
    response = api(admin_user).post("/api/products", {})
    assert response.status_code == 400
    assert set(response.json()) == {"name", "brand", "subcategory", "price"}


def test_price_change_writes_price_log_and_event(api, admin_user, shop):
    response = api(admin_user).patch(
        "/api/products/phone", {"price": "12", "price_change_reason": "Supplier increase"}
    )
    assert response.status_code == 200, response.content
    assert response.json()["price"] == "12.00"
    log = PriceLog.objects.get()
    assert (log.product, log.variant, log.old_price, log.new_price) == (
        shop["phone"],
        None,
        Decimal("10"),
        Decimal("12"),
    )
    assert log.changed_by == admin_user
    assert log.reason == "Supplier increase"
    event = ActivityEvent.objects.get()
    assert event.action == "catalog.product.updated"
    assert event.changes == {"price": ["10.00", "12.00"]}


def test_numerically_equal_price_is_no_change(api, admin_user, shop):
    response = api(admin_user).patch("/api/products/phone", {"price": "10", "price_change_reason": "x"})
    assert response.status_code == 200
    assert not PriceLog.objects.exists()
    assert not ActivityEvent.objects.exists()


def test_product_slug_immutable_and_same_slug_ok(api, admin_user, shop, unchanged):
    with unchanged(Product.objects.all()):
        refused = api(admin_user).patch("/api/products/phone", {"slug": "other", "name": "New"})
    assert refused.status_code == 400
    assert refused.json() == {"slug": ["Slug cannot be changed."]}
    ok = api(admin_user).patch("/api/products/phone", {"slug": "phone", "name": "New"})
    assert ok.status_code == 200
    assert ok.json()["slug"] == "phone"


def test_put_requires_full_body(api, admin_user, shop):
    response = api(admin_user).put("/api/products/phone", {"name": "X"})
    assert response.status_code == 400
    assert set(response.json()) == {"brand", "subcategory", "price"}


def test_filter_brand_by_id_slug_and_list(api, shop):
    apple, samsung = shop["apple"], shop["samsung"]
    phone, cheap = shop["phone"], shop["cheap"]
    assert ids(api().get(f"/api/products?brand={apple.pk}")) == [phone.pk]
    assert ids(api().get("/api/products?brand=apple")) == [phone.pk]
    assert ids(api().get(f"/api/products?brand={samsung.pk},apple")) == [cheap.pk, phone.pk]
    assert ids(api().get("/api/products?brand=nokia")) == []


@pytest.mark.parametrize(
    ("param", "key_match", "key_other"),
    [
        ("department", "phones", "accessories"),
        ("category", "smartphones", "cases"),
        ("subcategory", "android", "silicone"),
    ],
)
def test_taxonomy_filters_match_through_the_tree(api, shop, param, key_match, key_other):
    assert ids(api().get(f"/api/products?{param}={key_match}")) == [shop["phone"].pk]
    assert ids(api().get(f"/api/products?{param}={shop[key_other].pk}")) == [shop["cheap"].pk]
    assert ids(api().get(f"/api/products?{param}=unknown")) == []


def test_filter_unit(api, shop):
    unit = shop["phone"].unit
    assert ids(api().get(f"/api/products?unit={unit.slug}")) == [shop["phone"].pk]
    assert ids(api().get(f"/api/products?unit={UnitFactory().pk}")) == []


def test_min_and_max_price_split(api, shop):
    assert ids(api().get("/api/products?min_price=6")) == [shop["phone"].pk]
    assert ids(api().get("/api/products?max_price=6")) == [shop["cheap"].pk]


def test_malformed_price_filter_is_400(api, shop):
    response = api().get("/api/products?min_price=abc")
    assert response.status_code == 400
    assert response.json() == {"min_price": ["Enter a number."]}
    assert api().get("/api/products?max_price=1e").json() == {"max_price": ["Enter a number."]}


def test_search_name_sku_and_brand(api, shop):
    ProductFactory(name="Other", sku="ZX-9")
    assert ids(api().get("/api/products?search=cheap")) == [shop["cheap"].pk]
    assert ids(api().get("/api/products?search=zx-")) == [Product.objects.get(sku="ZX-9").pk]
    assert ids(api().get("/api/products?search=APPLE")) == [shop["phone"].pk]
    assert ids(api().get("/api/products?search=nothing")) == []


def test_ordering(api, shop):
    phone, cheap = shop["phone"].pk, shop["cheap"].pk
    assert ids(api().get("/api/products")) == [cheap, phone]
    assert ids(api().get("/api/products?ordering=-price")) == [phone, cheap]
    assert ids(api().get("/api/products?ordering=price")) == [cheap, phone]
    assert ids(api().get("/api/products?ordering=-date_created")) == [phone, cheap]
    assert ids(api().get("/api/products?ordering=-name")) == [phone, cheap]
    assert ids(api().get("/api/products?ordering=date_modified")) == [cheap, phone]
    assert ids(api().get("/api/products?ordering=bogus")) == [cheap, phone]


def test_shop_example_query(api, shop):
    response = api().get("/api/products?brand=apple&department=phones&min_price=5&ordering=-date_created")
    assert ids(response) == [shop["phone"].pk]


def test_inactive_products_invisible_to_non_admins(api, customer, advisor, admin_user, shop):
    hidden = ProductFactory(slug="hidden", is_active=False)
    for client in (api(), api(customer), api(advisor)):
        assert client.get("/api/products/hidden").status_code == 404
        assert hidden.pk not in ids(client.get("/api/products?is_active=false"))
    assert api(admin_user).get("/api/products/hidden").status_code == 200
    assert ids(api(admin_user).get("/api/products?is_active=false")) == [hidden.pk]
    assert hidden.pk not in ids(api(admin_user).get("/api/products?is_active=true"))


def test_variant_count_counts_visible_variants(api, admin_user, shop):
    VariantFactory(product=shop["phone"])
    VariantFactory(product=shop["phone"], is_active=False)
    public = api().get("/api/products/phone").json()
    assert public["variant_count"] == 1
    assert api(admin_user).get("/api/products/phone").json()["variant_count"] == 2


def test_delete_product_with_price_logs_is_409(api, admin_user, shop, unchanged):
    PriceLogFactory(product=shop["phone"])
    with unchanged(Product.objects.all()):
        response = api(admin_user).delete("/api/products/phone")
    assert response.status_code == 409
    assert response.json()["references"] == {"price_logs": 1}


def test_delete_product_with_protected_variant_is_409(api, admin_user, shop, unchanged):
    variant = VariantFactory(product=shop["phone"])
    PriceLogFactory(product=shop["phone"], variant=variant)
    with unchanged(Product.objects.all(), Variant.objects.all()):
        response = api(admin_user).delete("/api/products/phone")
    assert response.status_code == 409
    assert response.json()["code"] == "protected"
    # The variant-level log points at the product too.
    assert response.json()["references"] == {"price_logs": 2}


def test_delete_product_takes_variants_and_spare_links(api, admin_user, shop):
    variants = VariantFactory.create_batch(2, product=shop["phone"])
    spare = SpareFactory()
    spare.compatible_products.add(shop["phone"])
    spare.compatible_variants.add(variants[0])
    response = api(admin_user).delete("/api/products/phone")
    assert response.status_code == 204
    assert not Product.objects.filter(slug="phone").exists()
    assert not Variant.objects.exists()
    assert spare.compatible_products.count() == 0
    assert spare.compatible_variants.count() == 0
    actions = sorted(ActivityEvent.objects.values_list("action", flat=True))
    assert actions == ["catalog.product.deleted", "catalog.variant.deleted", "catalog.variant.deleted"]


def test_product_update_reference_by_slug(api, admin_user, shop):
    other = SubcategoryFactory(slug="ios")
    brand = BrandFactory(slug="nokia", is_active=False)
    response = api(admin_user).patch("/api/products/phone", {"subcategory": "ios", "brand": "nokia"})
    assert response.status_code == 200
    assert response.json()["subcategory"] == other.pk
    assert response.json()["brand"] == brand.pk
    event = ActivityEvent.objects.get()
    assert event.changes == {
        "brand": [shop["apple"].pk, brand.pk],
        "subcategory": [shop["android"].pk, other.pk],
    }


def test_unit_can_be_cleared(api, admin_user, shop):
    response = api(admin_user).patch("/api/products/phone", {"unit": None})
    assert response.status_code == 200
    assert response.json()["unit"] is None
    assert response.json()["unit_name"] is None
