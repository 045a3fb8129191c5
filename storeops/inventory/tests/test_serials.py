"""Serial numbers: the lifecycle through entries, duplicates as 400, history, manual status changes."""

from storeops.activity.models import ActivityEvent
from storeops.inventory.models import Serial, SerialMovement, StockBalance, StockEntry
from storeops.inventory.services import config_update
from storeops.inventory.services.serials import STATUS_MESSAGE


def test_serial_lifecycle_acceptance(post, admin_api, unchanged, store, tracked_variant):
    base = {"store": store.pk, "variant": tracked_variant.pk}
    purchase = {"entry_type": "purchase", **base, "quantity": 2}
    with unchanged(StockEntry.objects.all(), Serial.objects.all(), StockBalance.objects.all()):
        wrong_count = post({**purchase, "serial_numbers": ["A1"]})
        repeated = post({**purchase, "serial_numbers": ["A1", "a1 "]})
    assert wrong_count.json() == {"serial_numbers": ["Give exactly 2 serial numbers, one per unit."]}
    assert repeated.json() == {"serial_numbers": ["Repeated serial numbers: A1."]}
    assert post({**purchase, "serial_numbers": ["a1", "A2"]}).status_code == 201
    assert set(Serial.objects.values_list("serial_no", "status")) == {
        ("A1", "available"),
        ("A2", "available"),
    }
    again = post({**purchase, "quantity": 1, "serial_numbers": ["A1"]})
    assert again.status_code == 400 and again.json() == {"serial_numbers": ["Already registered: A1."]}
    sale = {"entry_type": "sale", **base, "quantity": 1, "serial_numbers": ["A1"]}
    assert post(sale).status_code == 201
    assert Serial.objects.get(serial_no="A1").status == "sold"
    assert post(sale).json() == {"serial_numbers": ["Not in stock at this store: A1."]}
    assert post({**sale, "entry_type": "return_in"}).status_code == 201
    serial = Serial.objects.get(serial_no="A1")
    assert serial.status == "available"
    detail = admin_api.get(f"/api/serials/{serial.pk}").json()
    assert [m["action"] for m in detail["movements"]] == ["received", "sold", "returned_in"]
    assert [m["to_status"] for m in detail["movements"]] == ["available", "sold", "available"]
    assert StockBalance.objects.get(store=store, variant=tracked_variant).quantity == 2


def test_untracked_variant_refuses_serials(post, store, variant):
    response = post({"entry_type": "purchase", "store": store.pk, "variant": variant.pk, "quantity": 1,
                     "serial_numbers": ["X1"]})  # fmt: skip
    assert response.json() == {"serial_numbers": ["This variant is not serial-tracked."]}


def test_serial_of_another_variant_is_refused(post, store, tracked_variant):
    from storeops.catalog.tests.factories import VariantFactory

    sibling = VariantFactory(product=tracked_variant.product)
    post(
        {
            "entry_type": "purchase",
            "store": store.pk,
            "variant": sibling.pk,
            "quantity": 1,
            "serial_numbers": ["S1"],
        }
    )
    post({"entry_type": "purchase", "store": store.pk, "variant": tracked_variant.pk, "quantity": 1,
          "serial_numbers": ["S2"]})  # fmt: skip
    response = post({"entry_type": "sale", "store": store.pk, "variant": tracked_variant.pk, "quantity": 1,
                     "serial_numbers": ["S1"]})  # fmt: skip
    assert response.json() == {"serial_numbers": ["Belongs to another variant: S1."]}


def test_transfer_moves_serials_and_in_transit_arrives_available(
    post, admin_api, store, other_store, tracked_variant
):
    post({"entry_type": "purchase", "store": store.pk, "variant": tracked_variant.pk, "quantity": 1,
          "serial_numbers": ["T1"]})  # fmt: skip
    serial = Serial.objects.get(serial_no="T1")
    assert (
        admin_api.patch(f"/api/serials/{serial.pk}", {"status": "in_transit"}, format="json").status_code
        == 200
    )
    response = post({"entry_type": "transfer_out", "store": store.pk, "counterpart_store": other_store.pk,
                     "variant": tracked_variant.pk, "quantity": 1, "serial_numbers": ["T1"]})  # fmt: skip
    assert response.status_code == 201, response.json()
    serial.refresh_from_db()
    assert (serial.store_id, serial.status) == (other_store.pk, "available")


def test_reversal_restores_serials_and_removes_created_ones(post, admin_api, store, tracked_variant):
    # Negative stock allowed, so that the serial rule (not the balance rule) is what refuses.
    config_update(data={"allow_negative_stock": True}, actor=None)
    purchase = post({"entry_type": "purchase", "store": store.pk, "variant": tracked_variant.pk, "quantity": 1,
                     "serial_numbers": ["R1"]}).json()  # fmt: skip
    sale = post({"entry_type": "sale", "store": store.pk, "variant": tracked_variant.pk, "quantity": 1,
                 "serial_numbers": ["R1"]}).json()  # fmt: skip
    moved = admin_api.delete(f"/api/stock-entries/{purchase['id']}")
    assert moved.status_code == 409
    assert moved.json()["code"] == "serials_moved" and moved.json()["serials"] == ["R1"]
    assert admin_api.delete(f"/api/stock-entries/{sale['id']}").status_code == 204
    serial = Serial.objects.get(serial_no="R1")
    assert serial.status == "available" and serial.last_entry_id == purchase["id"]
    assert SerialMovement.objects.filter(serial=serial, action="reversed").count() == 1
    assert admin_api.delete(f"/api/stock-entries/{purchase['id']}").status_code == 204
    assert not Serial.objects.filter(serial_no="R1").exists()


def test_update_changing_serials_reposts_them(post, admin_api, store, tracked_variant):
    purchase = post({"entry_type": "purchase", "store": store.pk, "variant": tracked_variant.pk, "quantity": 1,
                     "serial_numbers": ["U1"]}).json()  # fmt: skip
    response = admin_api.patch(
        f"/api/stock-entries/{purchase['id']}", {"serial_numbers": ["U2"]}, format="json"
    )
    assert response.status_code == 200, response.json()
    assert list(Serial.objects.values_list("serial_no", flat=True)) == ["U2"]
    note_only = admin_api.patch(f"/api/stock-entries/{purchase['id']}", {"note": "x"}, format="json")
    assert note_only.status_code == 200
    assert Serial.objects.get().serial_no == "U2"


def test_manual_status_change_rules(admin_api, post, unchanged, store, tracked_variant):
    post({"entry_type": "purchase", "store": store.pk, "variant": tracked_variant.pk, "quantity": 1,
          "serial_numbers": ["M1"]})  # fmt: skip
    serial = Serial.objects.get()
    response = admin_api.patch(
        f"/api/serials/{serial.pk}/", {"status": "defective", "note": "cracked"}, format="json"
    )
    assert response.status_code == 200
    assert response.json()["status"] == "defective" and response.json()["note"] == "cracked"
    assert ActivityEvent.objects.get(action="inventory.serial.updated").changes["status"] == [
        "available",
        "defective",
    ]
    with unchanged(Serial.objects.all()):
        refused = admin_api.patch(f"/api/serials/{serial.pk}", {"status": "sold"}, format="json")
    assert refused.json() == {"status": [STATUS_MESSAGE]}
    for method in ("post", "put", "delete"):
        path = "/api/serials" if method == "post" else f"/api/serials/{serial.pk}"
        assert getattr(admin_api, method)(path, {}, format="json").status_code == 405


def test_enabling_tracking_with_stock_is_refused(post, admin_api, unchanged, store, variant):
    post({"entry_type": "purchase", "store": store.pk, "variant": variant.pk, "quantity": 1})
    category = variant.product.subcategory.category
    response = admin_api.patch(
        "/api/inventory-config", {"serial_tracked_categories": [category.pk]}, format="json"
    )
    assert response.status_code == 409
    assert response.json()["code"] == "untracked_stock" and response.json()["variants"] == [variant.pk]
    config_update(data={"serial_tracked_categories": []}, actor=None)


def test_serial_list_filters(admin_api, post, store, tracked_variant):
    post({"entry_type": "purchase", "store": store.pk, "variant": tracked_variant.pk, "quantity": 2,
          "serial_numbers": ["F1", "G2"]})  # fmt: skip
    assert admin_api.get("/api/serials?serial_no=f1").json()["count"] == 1
    assert admin_api.get("/api/serials?search=2").json()["count"] == 1
    assert admin_api.get("/api/serials?status=available,sold").json()["count"] == 2
    assert admin_api.get("/api/serials?status=sold").json()["count"] == 0
    assert admin_api.get(f"/api/serials?store={store.pk}").json()["count"] == 2
    assert admin_api.get(f"/api/serials?variant={tracked_variant.slug}").json()["count"] == 2
    assert admin_api.get(f"/api/serials?product={tracked_variant.product_id}").json()["count"] == 2
    assert admin_api.get("/api/serials?ordering=-serial_no").json()["results"][0]["serial_no"] == "G2"
