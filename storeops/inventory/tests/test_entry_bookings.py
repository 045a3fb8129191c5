"""Stock entries linked to repair bookings: the rules, the output, the filter, the audit trail."""

import pytest

from storeops.activity.models import ActivityEvent
from storeops.bookings.tests.factories import BookingFactory
from storeops.inventory.models import StockBalance, StockEntry
from storeops.inventory.services import stock_entry_create


@pytest.fixture
def stocked(store, other_store, variant):  # type: ignore[no-untyped-def]
    for where in (store, other_store):
        data = {"entry_type": "purchase", "store": where.pk, "variant": variant, "quantity": 10}
        stock_entry_create(data=data, actor=None)
    return variant


def sale(store, variant, **extra):  # type: ignore[no-untyped-def]
    return {"entry_type": "sale", "store": store.pk, "variant": variant.pk, "quantity": 1, **extra}


def test_sale_for_a_booking_shows_its_id_and_reference(post, admin_api, store, stocked):
    booking = BookingFactory(store=store)
    response = post(sale(store, stocked, booking=booking.pk))
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["booking"] == booking.pk and body["booking_reference"] == booking.reference
    assert StockEntry.objects.get(pk=body["id"]).booking_id == booking.pk
    event = ActivityEvent.objects.get(action="inventory.stock_entry.created", entity_id=str(body["id"]))
    assert event.changes["booking"] == booking.pk
    detail = admin_api.get(f"/api/stock-entries/{body['id']}").json()
    assert detail["booking_reference"] == booking.reference


def test_entry_without_a_booking_reads_null(post, store, stocked):
    body = post(sale(store, stocked)).json()
    assert body["booking"] is None and body["booking_reference"] is None


def test_booking_without_a_store_fits_any_store(post, other_store, stocked):
    booking = BookingFactory(store=None)
    response = post(sale(other_store, stocked, booking=booking.pk))
    assert response.status_code == 201 and response.json()["booking"] == booking.pk


def test_unknown_booking_is_refused(post, unchanged, store, stocked):
    with unchanged(StockEntry.objects.all(), StockBalance.objects.all()):
        response = post(sale(store, stocked, booking=999999))
    assert response.status_code == 400
    assert response.json()["booking"] == ["No booking with id 999999."]


@pytest.mark.parametrize("entry_type", ["transfer_out", "transfer_in"])
def test_transfer_with_a_booking_is_refused(post, unchanged, store, other_store, stocked, entry_type):
    booking = BookingFactory(store=store)
    body = {"entry_type": entry_type, "store": store.pk, "counterpart_store": other_store.pk,
            "variant": stocked.pk, "quantity": 1, "booking": booking.pk}  # fmt: skip
    with unchanged(StockEntry.objects.all(), StockBalance.objects.all()):
        response = post(body)
    assert response.status_code == 400
    assert response.json()["booking"] == ["Transfers cannot belong to a booking."]


def test_booking_of_another_store_is_refused_and_nothing_is_written(
    post, unchanged, store, other_store, stocked
):
    booking = BookingFactory(store=other_store)
    with unchanged(StockEntry.objects.all(), StockBalance.objects.all()):
        response = post(sale(store, stocked, booking=booking.pk))
    assert response.status_code == 400
    assert response.json()["booking"] == [
        f"The booking is for store {other_store.pk}; the entry's store must be the same."
    ]


def test_update_links_moves_and_unlinks_with_the_rules(
    admin_api, unchanged, post, store, other_store, stocked
):
    booking = BookingFactory(store=store)
    entry = post(sale(store, stocked)).json()
    url = f"/api/stock-entries/{entry['id']}"
    linked = admin_api.patch(url, {"booking": booking.pk}, format="json")
    assert linked.status_code == 200 and linked.json()["booking_reference"] == booking.reference
    event = ActivityEvent.objects.get(action="inventory.stock_entry.updated")
    assert event.changes == {"booking": [None, booking.pk]}
    with unchanged(StockEntry.objects.all(), StockBalance.objects.all()):
        moved = admin_api.patch(url, {"store": other_store.pk}, format="json")
    assert moved.status_code == 400 and "booking" in moved.json()
    # A booking reassigned since does not block edits that keep the entry's store and booking.
    booking.store = other_store
    booking.save(update_fields=["store"])
    assert admin_api.patch(url, {"quantity": 2}, format="json").status_code == 200
    unlinked = admin_api.patch(url, {"booking": None}, format="json")
    assert unlinked.status_code == 200 and unlinked.json()["booking"] is None
    assert StockEntry.objects.get(pk=entry["id"]).booking_id is None


def test_booking_filter(post, admin_api, store, stocked):
    booking, other = BookingFactory(store=store), BookingFactory(store=store)
    linked = post(sale(store, stocked, booking=booking.pk)).json()
    post(sale(store, stocked))
    found = admin_api.get(f"/api/stock-entries?booking={booking.pk}").json()
    assert [row["id"] for row in found["results"]] == [linked["id"]]
    assert admin_api.get(f"/api/stock-entries?booking={other.pk}").json()["count"] == 0
    assert admin_api.get("/api/stock-entries?booking=abc").status_code == 400
