import pytest
from django.db import transaction

from storeops.notifications.models import Notification
from storeops.notifications.services import Recipient, notify

pytestmark = pytest.mark.django_db


def _notify(recipients, channels=("email", "sms"), **kwargs):  # type: ignore[no-untyped-def]
    return notify(
        event="lead.created",
        template="lead_contact",
        channels=channels,
        recipients=recipients,
        context={"lead": {"name": "Ravi", "mobile_no": "+919800000001", "message": "Hi"}},
        **kwargs,
    )


def test_notify_writes_rows_in_the_callers_transaction_and_schedules_after_commit(
    django_capture_on_commit_callbacks, admin_user
):
    with django_capture_on_commit_callbacks() as callbacks, transaction.atomic():
        rows = _notify(
            [Recipient(email="boss@example.com", user=admin_user, audience="staff")], entity=admin_user
        )
        # Visible inside the same transaction, before commit.
        assert Notification.objects.filter(pk=rows[0].pk).exists()
    assert len(callbacks) == 1
    row = Notification.objects.get()
    assert (row.event, row.channel, row.recipient, row.recipient_user_id, row.audience) == (
        "lead.created",
        "email",
        "boss@example.com",
        admin_user.pk,
        "staff",
    )
    assert (row.status, row.attempts, row.entity_type, row.entity_id) == (
        "pending",
        0,
        "user",
        str(admin_user.pk),
    )
    assert row.subject == "New contact request from Ravi"
    assert "Mobile: +919800000001" in row.body


def test_notify_leaves_no_row_when_the_caller_rolls_back(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks, pytest.raises(RuntimeError), transaction.atomic():
        _notify([Recipient(email="boss@example.com", audience="staff")])
        raise RuntimeError("the change failed")
    assert Notification.objects.count() == 0
    assert callbacks == []


def test_notify_merges_identical_channel_and_address(settings):
    settings.SMS_GATEWAY_URL = "http://127.0.0.1:9/send"
    rows = _notify(
        [
            Recipient(email="Asha@Example.com", phone="+919800000001", audience="staff"),
            Recipient(email="asha@example.com", phone="+919800000001", audience="customer"),
            Recipient(email="other@example.com", audience="staff"),
        ]
    )
    assert sorted((r.channel, r.recipient, r.audience) for r in rows) == [
        ("email", "Asha@Example.com", "staff"),
        ("email", "other@example.com", "staff"),
        ("sms", "+919800000001", "staff"),
    ]
    assert Notification.objects.count() == 3


def test_notify_writes_sms_rows_only_with_a_gateway(settings):
    recipient = Recipient(email="boss@example.com", phone="+919800000001", audience="staff")
    settings.SMS_GATEWAY_URL = ""
    assert [r.channel for r in _notify([recipient])] == ["email"]
    settings.SMS_GATEWAY_URL = "http://127.0.0.1:9/send"
    assert sorted(r.channel for r in _notify([recipient])) == ["email", "sms"]
    assert Notification.objects.filter(channel="sms").count() == 1


def test_notify_skips_missing_addresses_and_unknown_channels(settings):
    settings.SMS_GATEWAY_URL = "http://127.0.0.1:9/send"
    rows = _notify([Recipient(email="", phone=None, audience="staff")], channels=["email", "sms", "fax"])
    assert rows == []
    assert Notification.objects.count() == 0


def test_notify_accepts_a_one_shot_channel_iterable():
    rows = _notify(
        [
            Recipient(email="a@example.com", audience="staff"),
            Recipient(email="b@example.com", audience="staff"),
        ],
        channels=iter(["email"]),
    )
    assert [r.recipient for r in rows] == ["a@example.com", "b@example.com"]
