import datetime as dt
from types import SimpleNamespace

import pytest

from storeops.notifications.rendering import SMS_MAX, render

STATUSES = ["created", "approved", "rejected", "cancelled", "in_progress", "completed"]


def _booking(status: str, store: bool = True) -> SimpleNamespace:
    return SimpleNamespace(
        reference="BK-7KQ2M9XP",
        status=status,
        date=dt.date(2026, 3, 5),
        time=dt.time(14, 30),
        store=SimpleNamespace(name="MG Road", address="12 MG Road") if store else None,
        name="Asha O'Brien",
        email="asha@example.com",
        phone="+919800000001",
        message="Screen cracked & dead",
    )


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("channel", ["email", "sms"])
@pytest.mark.parametrize("audience", ["customer", "staff"])
def test_booking_messages_name_reference_status_date_time_store_and_reason(status, channel, audience):
    booking_status = "pending" if status == "created" else status
    subject, body = render(
        template=f"booking_{status}",
        channel=channel,
        audience=audience,
        context={"booking": _booking(booking_status), "reason": "Parts unavailable"},
    )
    text = subject + "\n" + body
    for part in (
        "BK-7KQ2M9XP",
        booking_status,
        "14:30",
        "MG Road",
        "Reason: Parts unavailable",
        "Asha O'Brien",
    ):
        if part == "Asha O'Brien" and channel == "sms" and audience == "customer":
            continue
        assert part in text, (part, text)
    assert "5 Mar" in text or "5 March" in text
    if channel == "email":
        assert "BK-7KQ2M9XP" in subject
        assert "&#x27;" not in body and "&amp;" not in body
    else:
        assert subject == ""
        assert len(body) <= SMS_MAX


def test_booking_message_without_store_or_reason_omits_those_lines():
    _, body = render(
        template="booking_approved",
        channel="email",
        audience="customer",
        context={"booking": _booking("approved", False)},
    )
    assert "Store:" not in body
    assert "Reason:" not in body
    assert "\n\n\n" not in body


def test_sms_is_cut_at_320_characters_keeping_the_essentials():
    _, body = render(
        template="booking_rejected",
        channel="sms",
        audience="customer",
        context={"booking": _booking("rejected"), "reason": "long " * 200},
    )
    assert len(body) == SMS_MAX
    assert "BK-7KQ2M9XP" in body and "14:30" in body and "MG Road" in body


@pytest.mark.parametrize("key", ["lead_contact", "lead_call"])
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_lead_messages_render_for_staff(key, channel):
    lead = SimpleNamespace(
        name="Ravi",
        mobile_no="+919800000002",
        email="ravi@example.com",
        message="Please call",
        date=dt.date(2026, 3, 6),
        time=dt.time(10, 15),
        created_at=None,
    )
    subject, body = render(template=key, channel=channel, audience="staff", context={"lead": lead})
    assert "Ravi" in subject + body and "+919800000002" in body
    if key == "lead_call":
        assert "10:15" in body
    assert len(body) <= SMS_MAX or channel == "email"


def test_verify_email_message():
    user = SimpleNamespace(full_name="Asha", email="asha@example.com")
    subject, body = render(
        template="verify_email",
        channel="email",
        audience="customer",
        context={"user": user, "link": "https://shop.example/verify?token=a&b=c"},
    )
    assert subject == "Confirm your e-mail address for StoreOps"
    assert "https://shop.example/verify?token=a&b=c" in body
