"""Outbox rows of booking events (spec 04 §7.1, acceptance checks 7 and 8)."""

import pytest
from django.db import transaction

from storeops.accounts.roles import Role
from storeops.accounts.tests.factories import UserFactory, make_branch_head
from storeops.bookings.models import Booking
from storeops.bookings.services import booking_create, booking_update
from storeops.bookings.tests.factories import BookingFactory
from storeops.notifications.models import Notification


def _patch(api, user, booking, body):  # type: ignore[no-untyped-def]
    return api(user).patch(f"/api/bookings/{booking.pk}", body, format="json")


def test_approval_notifies_customer_store_head_and_active_admins_only(api, admin_user, store, other_store,
                                                                     branch_head, store_advisor, sms_gateway):  # fmt: skip
    admin_user.phone = "9800000009"
    admin_user.save()
    second_admin = UserFactory(role=Role.SYSTEM_ADMIN)
    UserFactory(role=Role.SYSTEM_ADMIN, is_active=False)
    make_branch_head(other_store)
    booking = BookingFactory(
        store=store, attendant=store_advisor, email="cust@example.com", phone="9800000001"
    )
    assert _patch(api, admin_user, booking, {"status": "approved"}).status_code == 200
    rows = Notification.objects.filter(event="booking.status_changed")
    assert sorted(rows.values_list("channel", "recipient", "audience")) == sorted([
        ("email", "cust@example.com", "customer"),
        ("sms", "9800000001", "customer"),
        ("email", branch_head.email, "staff"),
        ("email", admin_user.email, "staff"),
        ("sms", "9800000009", "staff"),
        ("email", second_admin.email, "staff"),
    ])  # fmt: skip
    for row in rows:
        assert booking.reference in row.body and "Approved" in row.body
        assert row.entity_type == "booking" and row.entity_id == str(booking.pk)
        assert row.status == "pending"
    assert rows.get(channel="email", recipient="cust@example.com").recipient_user is None


def test_cancel_message_contains_the_reason(api, admin_user):
    booking = BookingFactory()
    _patch(api, admin_user, booking, {"status": "cancelled", "reason": "Parts discontinued"})
    row = Notification.objects.get(event="booking.status_changed", audience="customer")
    assert "Parts discontinued" in row.body and "cancelled" in row.subject


def test_customer_without_booking_email_is_reached_at_their_account_address(api, admin_user, customer):
    booking = BookingFactory(user=customer, email=None, phone="9800000001")
    _patch(api, admin_user, booking, {"status": "approved"})
    assert Notification.objects.get(audience="customer", channel="email").recipient == customer.email


def test_sms_rows_only_with_a_gateway_and_channels_follow_the_setting(api, admin_user, settings):
    settings.SMS_GATEWAY_URL = ""
    booking = BookingFactory(phone="9800000001")
    _patch(api, admin_user, booking, {"status": "approved"})
    assert not Notification.objects.filter(channel="sms").exists()
    settings.BOOKING_NOTIFICATION_CHANNELS = []
    _patch(api, admin_user, booking, {"status": "in_progress"})
    assert Notification.objects.count() == 2  # the two e-mails of the approval


def test_the_winning_transition_alone_notifies(api, admin_user):
    booking = BookingFactory()
    _patch(api, admin_user, booking, {"status": "approved"})
    count = Notification.objects.count()
    assert _patch(api, admin_user, booking, {"status": "approved"}).status_code == 409
    assert _patch(api, admin_user, booking, {"name": "Renamed"}).status_code == 200
    assert Notification.objects.count() == count


def test_a_rolled_back_booking_leaves_no_notification_row(db, admin_user, seed_body):
    data = {**seed_body, "details": None, "responses": []}
    with pytest.raises(RuntimeError), transaction.atomic():
        booking_create(data=data, actor=None)
        assert Notification.objects.exists()  # written inside the transaction…
        raise RuntimeError("a later step of the same transaction failed")
    assert not Notification.objects.exists() and not Booking.objects.exists()  # …and gone with it


def test_a_rolled_back_transition_leaves_no_notification_row(db, admin_user):
    booking = BookingFactory()
    with pytest.raises(RuntimeError), transaction.atomic():
        booking_update(booking=booking, data={"status": "approved"}, actor=admin_user)
        raise RuntimeError("rolled back")
    assert not Notification.objects.exists()
    assert Booking.objects.get(pk=booking.pk).status == "pending"


def test_smtp_down_never_fails_the_request_and_the_row_retries(api, admin_user, smtp_down,
                                                               django_capture_on_commit_callbacks):  # fmt: skip
    booking = BookingFactory()
    with django_capture_on_commit_callbacks(execute=True):
        response = _patch(api, admin_user, booking, {"status": "approved"})
    assert response.status_code == 200
    row = Notification.objects.get(audience="customer")
    assert row.status == "pending" and row.attempts == 1 and row.last_error


def test_delivered_after_commit_by_email_and_sms(api, admin_user, smtp_server, sms_gateway,
                                                 django_capture_on_commit_callbacks):  # fmt: skip
    booking = BookingFactory(email="cust@example.com", phone="9800000001")
    with django_capture_on_commit_callbacks(execute=True):
        assert _patch(api, admin_user, booking, {"status": "approved"}).status_code == 200
    assert set(Notification.objects.values_list("status", flat=True)) == {"sent"}
    assert any(booking.reference in m["Subject"] for m in smtp_server.messages)
    assert sms_gateway.requests[0]["to"] == ["9800000001"] and sms_gateway.requests[0]["token"] == [
        "gw-token"
    ]
    assert booking.reference in sms_gateway.requests[0]["message"][0]


def test_created_booking_of_a_store_tells_its_head(api, store, branch_head, seed_body):
    api().post("/api/bookings", {**seed_body, "store": store.pk}, format="json")
    rows = Notification.objects.filter(event="booking.created")
    assert rows.get(recipient=branch_head.email).audience == "staff"
    customer_row = rows.get(audience="customer")
    assert Booking.objects.get().reference in customer_row.subject and "MG Road" in customer_row.body


def test_customer_phone_falls_back_to_the_account(api, admin_user, customer, sms_gateway):
    customer.phone = "9800000077"
    customer.save()
    booking = BookingFactory(user=customer, email="cust@example.com", phone=None)
    _patch(api, admin_user, booking, {"status": "approved"})
    assert Notification.objects.get(audience="customer", channel="sms").recipient == "9800000077"
