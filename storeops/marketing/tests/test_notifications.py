"""New leads notify every active system admin through the outbox; delivery never changes the 201."""

import pytest

from storeops.accounts.roles import Role
from storeops.accounts.tests.factories import UserFactory, make_branch_head
from storeops.marketing.models import CallRequest, ContactRequest
from storeops.marketing.tests.conftest import call_body, contact_body
from storeops.notifications.models import Notification
from storeops.notifications.tests.conftest import body_of

pytestmark = pytest.mark.django_db

CONTACT = "/api/marketing/contact/"
CALL = "/api/marketing/schedule-call/"


@pytest.fixture
def people(store, other_store):  # type: ignore[no-untyped-def]
    return {
        "admins": [
            UserFactory(username="boss1", email="boss1@example.com", role=Role.SYSTEM_ADMIN),
            UserFactory(username="boss2", email="boss2@example.com", role=Role.SYSTEM_ADMIN),
        ],
        "inactive_admin": UserFactory(
            username="gone", email="gone@example.com", role=Role.SYSTEM_ADMIN, is_active=False
        ),
        "head": make_branch_head(store, username="head1", email="head1@example.com"),
        "advisor": UserFactory(username="adv", email="adv@example.com", role=Role.ADVISOR, store=store),
        "customer": UserFactory(username="cust", email="cust@example.com", role=Role.CUSTOMER),
    }


@pytest.mark.parametrize(
    ("url", "body", "model", "entity_type", "subject"),
    [
        (CONTACT, contact_body, ContactRequest, "contact_request", "New contact request from Asha Rao"),
        (CALL, call_body, CallRequest, "call_request", "Call requested by Ravi Kumar"),
    ],
)
def test_a_new_lead_writes_one_row_per_active_admin_and_none_for_others(
    api, people, url, body, model, entity_type, subject, smtp_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = api().post(url, body())
    assert response.status_code == 201
    lead = model.objects.get()
    rows = Notification.objects.order_by("recipient")
    assert [(r.recipient, r.channel, r.audience, r.event) for r in rows] == [
        ("boss1@example.com", "email", "staff", "lead.created"),
        ("boss2@example.com", "email", "staff", "lead.created"),
    ]
    assert {(r.entity_type, r.entity_id) for r in rows} == {(entity_type, str(lead.pk))}
    assert {r.recipient_user_id for r in rows} == {u.pk for u in people["admins"]}
    assert {r.status for r in rows} == {"sent"}
    assert sorted(m["To"] for m in smtp_server.messages) == ["boss1@example.com", "boss2@example.com"]
    assert all(m["Subject"].startswith(subject) for m in smtp_server.messages)
    assert "9800000" in body_of(smtp_server.messages[0])


def test_the_contact_message_names_the_sender_and_the_message(
    api, people, smtp_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        api().post(CONTACT, contact_body())
    text = body_of(smtp_server.messages[0])
    assert "Asha Rao" in text and "+919800000001" in text and "asha@example.com" in text
    assert "Please call me about a cracked screen." in text


def test_sms_rows_only_when_the_channel_is_enabled_and_a_gateway_is_set(
    api, people, settings, sms_gateway, smtp_server, django_capture_on_commit_callbacks
):
    people["admins"][0].phone = "+919811111111"
    people["admins"][0].save(update_fields=["phone"])
    with django_capture_on_commit_callbacks(execute=True):
        api().post(CONTACT, contact_body())
    assert set(Notification.objects.values_list("channel", flat=True)) == {"email"}
    settings.LEAD_NOTIFICATION_CHANNELS = ["email", "sms"]
    with django_capture_on_commit_callbacks(execute=True):
        api().post(CALL, call_body())
    sms = Notification.objects.get(channel="sms")
    assert (sms.recipient, sms.status) == ("+919811111111", "sent")
    assert sms_gateway.requests[0]["to"] == ["+919811111111"]
    assert "Ravi Kumar" in sms_gateway.requests[0]["message"][0]


def test_smtp_down_does_not_change_the_201_and_the_row_waits_for_a_retry(
    api, people, smtp_down, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = api().post(CONTACT, contact_body())
    assert response.status_code == 201
    assert ContactRequest.objects.filter(pk=response.json()["id"]).exists()
    rows = list(Notification.objects.all())
    assert len(rows) == 2
    assert {(r.status, r.attempts) for r in rows} == {("pending", 1)}
    assert all(r.last_error for r in rows)


def test_a_hanging_sms_gateway_leaves_the_row_pending_and_the_lead_saved(
    api, people, settings, sms_gateway, smtp_server, django_capture_on_commit_callbacks
):
    settings.LEAD_NOTIFICATION_CHANNELS = ["sms"]
    settings.SMS_GATEWAY_TIMEOUT = 0.2
    sms_gateway.delay = 0.6
    people["admins"][0].phone = "+919811111111"
    people["admins"][0].save(update_fields=["phone"])
    with django_capture_on_commit_callbacks(execute=True):
        response = api().post(CALL, call_body())
    assert response.status_code == 201
    assert CallRequest.objects.filter(pk=response.json()["id"]).exists()
    row = Notification.objects.get()
    assert (row.channel, row.status, row.attempts) == ("sms", "pending", 1)
    assert "unreachable" in row.last_error or "timed out" in row.last_error.lower()


def test_a_refused_submission_writes_no_notification(
    api, people, captcha, django_capture_on_commit_callbacks
):
    captcha("/refuse")
    with django_capture_on_commit_callbacks(execute=True):
        assert api().post(CONTACT, contact_body()).status_code == 400
        assert api().post(CONTACT, contact_body(captcha_token="x", mobile_no="12ab")).status_code == 400
    assert Notification.objects.count() == 0
