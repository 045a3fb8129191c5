"""Ledger, rollup, price logs, configuration; permissions; query-count guards on every list."""

import datetime as dt

import pytest
from django.utils import timezone

from storeops.bookings.tests.factories import BookingFactory
from storeops.catalog.models import PriceLog
from storeops.catalog.tests.factories import ProductFactory, VariantFactory
from storeops.inventory.models import InventoryConfig, Serial, StockBalance, StockEntry
from storeops.inventory.services import stock_entry_create
from storeops.stores.tests.factories import StoreFactory

ROUTES = [
    ("get", "/api/stock-ledgers"),
    ("get", "/api/stock-ledgers/rollup"),
    ("get", "/api/stock-entries"),
    ("post", "/api/stock-entries"),
    ("get", "/api/serials"),
    ("get", "/api/price-logs"),
    ("get", "/api/inventory-config"),
    ("patch", "/api/inventory-config"),
    ("put", "/api/inventory-config"),
]


def stock(store, variant, quantity: int, entry_type: str = "purchase") -> StockEntry:  # type: ignore[no-untyped-def]
    return stock_entry_create(
        data={"entry_type": entry_type, "store": store.pk, "variant": variant, "quantity": quantity},
        actor=None,
    )


@pytest.mark.parametrize(("method", "path"), ROUTES)
def test_inventory_routes_are_admin_only(api, unchanged, admin_user, customer, advisor, branch_head, store, variant,
                                         method, path):  # fmt: skip
    body = {"entry_type": "purchase", "store": store.pk, "variant": variant.pk, "quantity": 1,
            "low_stock_threshold": 9}  # fmt: skip
    tables = (StockEntry.objects.all(), StockBalance.objects.all(), InventoryConfig.objects.all())
    with unchanged(*tables):
        assert getattr(api(), method)(path, body, format="json").status_code == 401
        for user in (customer, advisor, branch_head):
            assert getattr(api(user), method)(path + "/", body, format="json").status_code == 403
    assert getattr(api(admin_user), method)(path, body, format="json").status_code in (200, 201)


def test_other_methods_answer_405(admin_api, store, variant):
    balance_id = stock(store, variant, 1).pk and StockBalance.objects.get().pk
    log = PriceLog.objects.create(product=variant.product, old_price=1, new_price=2)
    assert admin_api.post("/api/stock-ledgers", {}, format="json").status_code == 405
    assert admin_api.delete(f"/api/stock-ledgers/{balance_id}").status_code == 405
    assert admin_api.delete(f"/api/price-logs/{log.pk}").status_code == 405
    assert admin_api.post("/api/inventory-config", {}, format="json").status_code == 405
    assert admin_api.delete("/api/inventory-config").status_code == 405


def test_ledger_low_stock_and_filters(admin_api, store, other_store, variant):
    big = VariantFactory(name="Big", product=variant.product)
    stock(store, variant, 5)
    stock(store, big, 6)
    stock(other_store, variant, 1)
    low = admin_api.get("/api/stock-ledgers?low_stock=true").json()
    assert {(r["store"], r["variant"], r["quantity"]) for r in low["results"]} == {
        (store.pk, variant.pk, 5), (other_store.pk, variant.pk, 1)
    }  # fmt: skip
    assert all(r["low_stock"] for r in low["results"])
    assert admin_api.get("/api/stock-ledgers?low_stock=false").json()["count"] == 1
    assert admin_api.get(f"/api/stock-ledgers?store={store.pk},{other_store.pk}").json()["count"] == 3
    assert admin_api.get(f"/api/stock-ledgers?store={other_store.pk}").json()["count"] == 1
    assert admin_api.get(f"/api/stock-ledgers?variant={big.slug}").json()["count"] == 1
    assert admin_api.get(f"/api/stock-ledgers?product={variant.product.slug}").json()["count"] == 3
    assert admin_api.get("/api/stock-ledgers?search=big").json()["count"] == 1
    assert admin_api.get("/api/stock-ledgers?ordering=-quantity").json()["results"][0]["quantity"] == 6
    row = admin_api.get(f"/api/stock-ledgers/{StockBalance.objects.get(variant=big).pk}/").json()
    assert set(row) == {"id", "store", "store_code", "store_name", "variant", "variant_slug", "variant_name",
                        "product", "product_slug", "product_name", "sku", "quantity", "low_stock",
                        "last_movement_at"}  # fmt: skip


def test_rollup_sums_over_stores_and_honours_store(admin_api, store, other_store, variant):
    stock(store, variant, 4)
    stock(other_store, variant, 3)
    rows = admin_api.get("/api/stock-ledgers/rollup").json()["results"]
    assert [(r["variant"], r["quantity"], r["stores"], r["low_stock"]) for r in rows] == [
        (variant.pk, 7, 2, False)
    ]
    one = admin_api.get(f"/api/stock-ledgers/rollup/?store={other_store.pk}").json()["results"]
    assert [(r["quantity"], r["stores"], r["low_stock"]) for r in one] == [(3, 1, True)]
    assert admin_api.get("/api/stock-ledgers/rollup?low_stock=true").json()["count"] == 0
    assert admin_api.get(f"/api/stock-ledgers/rollup?variant={variant.pk}").json()["count"] == 1


def test_config_get_put_patch_and_audit(admin_api, admin_user, variant):
    category = variant.product.subcategory.category
    body = admin_api.get("/api/inventory-config").json()
    assert body["low_stock_threshold"] == 5 and body["allow_negative_stock"] is False
    response = admin_api.put("/api/inventory-config/", {"low_stock_threshold": 2}, format="json")
    assert response.json()["low_stock_threshold"] == 2 and response.json()["allow_negative_stock"] is False
    response = admin_api.patch(
        "/api/inventory-config", {"serial_tracked_categories": [category.slug]}, format="json"
    )
    assert response.json()["serial_tracked_categories"] == [
        {"id": category.pk, "slug": category.slug, "name": category.name}
    ]
    assert response.json()["updated_by"] == admin_user.pk
    unknown = admin_api.patch("/api/inventory-config", {"serial_tracked_categories": ["nope"]}, format="json")
    assert unknown.status_code == 400 and "serial_tracked_categories" in unknown.json()
    from storeops.activity.models import ActivityEvent

    assert ActivityEvent.objects.filter(action="inventory.config.updated").count() == 2


def test_price_logs_written_by_catalog_changes(admin_api, admin_user):
    variant = VariantFactory(price="10.00")
    path = f"/api/variants/{variant.slug}"
    admin_api.patch(path, {"price": "12.00", "price_change_reason": "supplier"}, format="json")
    admin_api.patch(path, {"price": "12", "name": "Renamed"}, format="json")
    admin_api.patch(f"/api/products/{variant.product.slug}", {"price": "99.00"}, format="json")
    logs = admin_api.get("/api/price-logs").json()["results"]
    assert len(logs) == 2
    product_log, variant_log = logs
    assert product_log["variant"] is None and product_log["new_price"] == "99.00"
    assert variant_log["changed_by"] == admin_user.pk and variant_log["reason"] == "supplier"
    assert variant_log["old_price"] == "10.00" and variant_log["changed_by_name"] == admin_user.full_name
    assert admin_api.get(f"/api/price-logs?product={variant.product.slug}").json()["count"] == 2
    assert admin_api.get(f"/api/price-logs?variant={variant.pk}").json()["count"] == 1
    assert admin_api.get(f"/api/price-logs?changed_by={admin_user.pk}").json()["count"] == 2
    today = timezone.localdate()
    assert admin_api.get(f"/api/price-logs?date_from={today}&date_to={today}").json()["count"] == 2
    yesterday = today - dt.timedelta(days=1)
    assert admin_api.get(f"/api/price-logs?date_to={yesterday}").json()["count"] == 0
    assert admin_api.get(f"/api/price-logs/{variant_log['id']}").status_code == 200


LISTS = [
    "/api/stock-ledgers",
    "/api/stock-ledgers/rollup",
    "/api/stock-entries",
    "/api/serials",
    "/api/price-logs",
]


@pytest.mark.parametrize("path", LISTS)
def test_list_queries_do_not_grow_with_page_size(
    admin_api, django_assert_max_num_queries, path, tracked_variant
):
    stores = [StoreFactory() for _ in range(3)]
    for index in range(6):
        variant = VariantFactory(product=ProductFactory())
        variant.product.price = 1
        PriceLog.objects.create(product=variant.product, variant=variant, old_price=1, new_price=2)
        for store in stores:
            stock(store, variant, index + 1)
            stock_entry_create(
                data={"entry_type": "purchase", "store": store.pk, "variant": tracked_variant, "quantity": 1,
                      "serial_numbers": [f"Q{index}-{store.pk}"]},
                actor=None,
            )  # fmt: skip
            # Entries linked to bookings: their references are read with the page, not per row.
            stock_entry_create(
                data={"entry_type": "sale", "store": store.pk, "variant": variant, "quantity": 1,
                      "booking": BookingFactory(store=store).pk},
                actor=None,
            )  # fmt: skip
    assert Serial.objects.count() == 18
    for size in (1, 100):
        with django_assert_max_num_queries(6):
            response = admin_api.get(f"{path}?page_size={size}")
        assert response.status_code == 200 and len(response.json()["results"]) >= 1
        if path == "/api/stock-entries":
            booked = [row for row in response.json()["results"] if row["booking_reference"]]
            assert len(booked) == min(size, 18)


def test_catalog_availability_from_stock(api, admin_api, customer, store, other_store, variant):
    product = variant.product
    public = api().get(f"/api/products/{product.slug}").json()
    assert public["in_stock"] is False and "stock" not in public
    stock(store, variant, 2)
    stock(other_store, variant, 3)
    assert api(customer).get(f"/api/variants/{variant.slug}").json()["in_stock"] is True
    assert admin_api.get(f"/api/products/{product.slug}").json()["stock"] == 5
    assert admin_api.get(f"/api/variants/{variant.slug}?store={other_store.pk}").json()["stock"] == 3
    assert admin_api.get(f"/api/products?store={other_store.pk}").json()["results"][0]["stock"] == 3
    assert api().get("/api/products?availability=true").json()["count"] == 1
    assert api().get("/api/products?in_stock=false").json()["count"] == 0
    stock(store, variant, 2, "sale")
    stock(other_store, variant, 3, "sale")
    assert api().get("/api/products?availability=false").json()["count"] == 1
    other_store.is_active = False
    from storeops.stores.services import store_deactivate

    stock(other_store, variant, 4)
    store_deactivate(store=other_store, actor=None)
    assert admin_api.get(f"/api/variants/{variant.slug}").json()["stock"] == 0


def test_deleting_a_variant_with_stock_is_refused_but_zero_balance_does_not_block(admin_api, store, variant):
    entry = stock(store, variant, 2)
    refused = admin_api.delete(f"/api/variants/{variant.slug}")
    assert refused.status_code == 409
    assert refused.json()["references"]["stock_balances"] == 1
    admin_api.delete(f"/api/stock-entries/{entry.pk}")
    assert StockBalance.objects.get(variant=variant).quantity == 0
    assert admin_api.delete(f"/api/variants/{variant.slug}").status_code == 204
    assert not StockBalance.objects.exists()
