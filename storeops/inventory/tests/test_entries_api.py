"""Stock entries through the API: the acceptance walk-through, refusals, transfers."""

import pytest

from storeops.activity.models import ActivityEvent
from storeops.inventory.models import StockBalance, StockEntry
from storeops.inventory.services import config_update


def balance(store, variant) -> int:  # type: ignore[no-untyped-def]
    row = StockBalance.objects.filter(store=store, variant=variant).first()
    return row.quantity if row else 0


def events(action: str) -> int:
    return ActivityEvent.objects.filter(action=action).count()


def test_purchase_sale_patch_delete_walkthrough(post, admin_api, admin_user, customer, store, variant):
    created = post({"entry_type": "purchase", "store": store.pk, "variant": variant.slug, "quantity": 5,
                    "entered_by": customer.pk})  # fmt: skip
    assert created.status_code == 201, created.json()
    assert created.json()["entered_by"] == admin_user.pk
    assert created.json()["delta"] == 5 and created.json()["direction"] == "in"
    assert balance(store, variant) == 5
    sale = post(
        {"entry_type": "sale", "store": store.pk, "variant": variant.pk, "quantity": 2, "unit_price": "9.50"}
    )
    assert sale.status_code == 201
    assert sale.json()["amount"] == "19.00" and sale.json()["delta"] == -2
    assert balance(store, variant) == 3
    sale_id = sale.json()["id"]
    assert admin_api.patch(f"/api/stock-entries/{sale_id}", {"quantity": 4}, format="json").status_code == 200
    assert balance(store, variant) == 1
    assert events("inventory.stock_entry.updated") == 1
    assert admin_api.delete(f"/api/stock-entries/{sale_id}/").status_code == 204
    assert balance(store, variant) == 5
    deleted = ActivityEvent.objects.get(action="inventory.stock_entry.deleted")
    assert deleted.changes["quantity"] == 4
    assert admin_api.delete(f"/api/stock-entries/{created.json()['id']}").status_code == 204
    assert balance(store, variant) == 0
    assert events("inventory.stock_entry.created") == 2
    assert events("inventory.stock_entry.deleted") == 2


def test_sale_refused_when_stock_would_go_negative(post, unchanged, store, variant):
    assert (
        post({"entry_type": "purchase", "store": store.pk, "variant": variant.pk, "quantity": 5}).status_code
        == 201
    )
    with unchanged(StockEntry.objects.all(), StockBalance.objects.all()):
        response = post({"entry_type": "sale", "store": store.pk, "variant": variant.pk, "quantity": 6})
    assert response.status_code == 409
    assert response.json() == {"detail": "Not enough stock.", "code": "insufficient_stock", "store": store.pk,
                               "variant": variant.pk, "available": 5, "requested": 6}  # fmt: skip
    config_update(data={"allow_negative_stock": True}, actor=None)
    assert (
        post({"entry_type": "sale", "store": store.pk, "variant": variant.pk, "quantity": 6}).status_code
        == 201
    )
    assert balance(store, variant) == -1


def test_deleting_a_purchase_whose_stock_was_sold_is_refused(post, admin_api, unchanged, store, variant):
    purchase = post(
        {"entry_type": "purchase", "store": store.pk, "variant": variant.pk, "quantity": 3}
    ).json()
    post({"entry_type": "sale", "store": store.pk, "variant": variant.pk, "quantity": 2})
    with unchanged(StockEntry.objects.all(), StockBalance.objects.all()):
        response = admin_api.delete(f"/api/stock-entries/{purchase['id']}")
    assert response.status_code == 409
    assert response.json()["code"] == "insufficient_stock"
    assert response.json()["available"] == 1 and response.json()["requested"] == 3


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"quantity": 0}, "quantity"),
        ({"quantity": -1}, "quantity"),
        ({"unit_price": "-1"}, "unit_price"),
        ({"entry_type": "adjustment", "note": "lost"}, "direction"),
        ({"entry_type": "adjustment", "direction": "out"}, "note"),
        ({"entry_type": "transfer_out"}, "counterpart_store"),
        ({"entry_date": "2999-01-01"}, "entry_date"),
        ({"store": 999999}, "store"),
        ({"variant": "nope"}, "variant"),
        ({"booking": 5}, "booking"),
        ({"entry_type": "bogus"}, "entry_type"),
    ],
)
def test_invalid_entry_names_the_field(post, unchanged, store, variant, body, field):
    base = {"entry_type": "purchase", "store": store.pk, "variant": variant.pk, "quantity": 1}
    with unchanged(StockEntry.objects.all(), StockBalance.objects.all()):
        response = post({**base, **body})
    assert response.status_code == 400
    assert field in response.json()


def test_quantity_zero_message(post, store, variant):
    response = post({"entry_type": "purchase", "store": store.pk, "variant": variant.pk, "quantity": 0})
    assert response.json() == {"quantity": ["Ensure this value is greater than or equal to 1."]}


def test_adjustment_in_and_out(post, store, variant):
    body = {
        "entry_type": "adjustment",
        "store": store.pk,
        "variant": variant.pk,
        "quantity": 2,
        "note": "count",
    }
    assert post({**body, "direction": "in"}).json()["delta"] == 2
    assert post({**body, "direction": "out", "quantity": 1}).json()["delta"] == -1
    assert balance(store, variant) == 1


def test_transfer_creates_two_linked_entries_and_deletes_as_a_pair(
    post, admin_api, store, other_store, variant
):
    post({"entry_type": "purchase", "store": store.pk, "variant": variant.pk, "quantity": 5})
    response = post({"entry_type": "transfer_out", "store": store.pk, "counterpart_store": other_store.pk,
                     "variant": variant.pk, "quantity": 3, "reference": "T-1"})  # fmt: skip
    assert response.status_code == 201, response.json()
    out_leg = response.json()
    in_leg = StockEntry.objects.get(pk=out_leg["counterpart_entry"])
    assert in_leg.entry_type == "transfer_in" and in_leg.store_id == other_store.pk
    assert str(in_leg.transfer_id) == out_leg["transfer_id"] and in_leg.counterpart_entry_id == out_leg["id"]
    assert in_leg.reference == "T-1"
    assert (balance(store, variant), balance(other_store, variant)) == (2, 3)
    # Editing one leg edits both.
    assert (
        admin_api.patch(f"/api/stock-entries/{in_leg.pk}", {"quantity": 4}, format="json").status_code == 200
    )
    assert (balance(store, variant), balance(other_store, variant)) == (1, 4)
    assert StockEntry.objects.get(pk=out_leg["id"]).quantity == 4
    refused = admin_api.patch(f"/api/stock-entries/{in_leg.pk}", {"entry_type": "purchase"}, format="json")
    assert refused.json() == {"entry_type": ["A transfer cannot change type."]}
    assert admin_api.delete(f"/api/stock-entries/{in_leg.pk}").status_code == 204
    assert StockEntry.objects.filter(transfer_id=out_leg["transfer_id"]).count() == 0
    assert (balance(store, variant), balance(other_store, variant)) == (5, 0)


def test_transfer_in_posts_from_the_counterpart(post, store, other_store, variant):
    post({"entry_type": "purchase", "store": other_store.pk, "variant": variant.pk, "quantity": 2})
    response = post({"entry_type": "transfer_in", "store": store.pk, "counterpart_store": other_store.pk,
                     "variant": variant.pk, "quantity": 2})  # fmt: skip
    assert response.status_code == 201
    assert response.json()["entry_type"] == "transfer_in"
    assert (balance(store, variant), balance(other_store, variant)) == (2, 0)


def test_transfer_to_the_same_store_is_refused(post, store, variant):
    response = post({"entry_type": "transfer_out", "store": store.pk, "counterpart_store": store.pk,
                     "variant": variant.pk, "quantity": 1})  # fmt: skip
    assert response.status_code == 400 and "counterpart_store" in response.json()


def test_put_changes_the_type_and_reposts(post, admin_api, store, variant):
    entry = post({"entry_type": "purchase", "store": store.pk, "variant": variant.pk, "quantity": 5}).json()
    body = {"entry_type": "return_in", "store": store.pk, "variant": variant.pk, "quantity": 2}
    response = admin_api.put(f"/api/stock-entries/{entry['id']}/", body, format="json")
    assert response.status_code == 200 and response.json()["entry_type"] == "return_in"
    assert balance(store, variant) == 2


def test_update_refused_when_the_repost_would_go_negative(post, admin_api, unchanged, store, variant):
    post({"entry_type": "purchase", "store": store.pk, "variant": variant.pk, "quantity": 2})
    sale = post({"entry_type": "sale", "store": store.pk, "variant": variant.pk, "quantity": 1}).json()
    with unchanged(StockEntry.objects.all(), StockBalance.objects.all()):
        response = admin_api.patch(f"/api/stock-entries/{sale['id']}", {"quantity": 3}, format="json")
    assert response.status_code == 409
    assert response.json()["available"] == 2 and response.json()["requested"] == 3


def test_list_filters(post, admin_api, store, other_store, variant):
    post({"entry_type": "purchase", "store": store.pk, "variant": variant.pk, "quantity": 2})
    post({"entry_type": "purchase", "store": other_store.pk, "variant": variant.pk, "quantity": 1})
    post({"entry_type": "sale", "store": store.pk, "variant": variant.pk, "quantity": 1})
    assert admin_api.get(f"/api/stock-entries?store={store.pk}").json()["count"] == 2
    assert admin_api.get("/api/stock-entries?entry_type=sale,purchase").json()["count"] == 3
    assert admin_api.get("/api/stock-entries?entry_type=sale").json()["count"] == 1
    assert admin_api.get("/api/stock-entries?entry_type=nope").json()["count"] == 0
    assert admin_api.get("/api/stock-entries?store=0").json()["count"] == 0
    assert admin_api.get("/api/stock-entries?entered_by=0").status_code == 400
    assert admin_api.get(f"/api/stock-entries?variant={variant.slug}").json()["count"] == 3
    assert admin_api.get(f"/api/stock-entries?product={variant.product.slug}").json()["count"] == 3
    assert admin_api.get("/api/stock-entries?booking=1").json()["count"] == 0
    first = admin_api.get("/api/stock-entries?ordering=quantity").json()["results"][0]
    assert first["quantity"] == 1
    today = StockEntry.objects.first().entry_date.isoformat()
    assert admin_api.get(f"/api/stock-entries?date_from={today}&date_to={today}").json()["count"] == 3
    assert admin_api.get("/api/stock-entries?date_to=2000-01-01").json()["count"] == 0
