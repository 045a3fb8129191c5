"""The public lead forms: validation, captcha against a local provider, audit, admin notifications."""

import datetime as dt

import pytest
from django.utils import timezone

from storeops.accounts.roles import Role
from storeops.accounts.tests.factories import UserFactory
from storeops.activity.models import ActivityEvent
from storeops.api.tests.conftest import free_port_closed
from storeops.marketing import services
from storeops.marketing.models import CallRequest, ContactRequest
from storeops.marketing.tests.conftest import call_body, contact_body
from storeops.notifications.models import Notification

pytestmark = pytest.mark.django_db

CONTACT = "/api/marketing/contact/"
CALL = "/api/marketing/schedule-call/"
INVALID_CAPTCHA = {"captcha_token": ["Invalid captcha."]}


def _nothing_stored() -> None:
    assert ContactRequest.objects.count() == 0
    assert CallRequest.objects.count() == 0
    assert ActivityEvent.objects.count() == 0
    assert Notification.objects.count() == 0


# ----- contact -------------------------------------------------------------------------------------------


def test_contact_with_a_valid_captcha_is_stored(api, captcha, siteverify):
    response = api().post(CONTACT, contact_body(), REMOTE_ADDR="203.0.113.7")
    assert response.status_code == 201
    lead = ContactRequest.objects.get()
    assert response.json() == {
        "id": lead.pk,
        "name": "Asha Rao",
        "mobile_no": "+919800000001",
        "email": "asha@example.com",
        "message": "Please call me about a cracked screen.",
        "created_at": response.json()["created_at"],
    }
    assert (lead.status, lead.history) == ("new", [])
    assert siteverify.hits == [
        ("/ok", {"secret": "server-secret", "response": "tok", "remoteip": "203.0.113.7"})
    ]


def test_contact_with_an_invalid_phone_is_400_and_stores_nothing(api, captcha, siteverify):
    response = api().post(CONTACT, contact_body(mobile_no="12ab"))
    assert response.status_code == 400
    assert response.json() == {"mobile_no": ["Enter a valid phone number."]}
    _nothing_stored()
    assert siteverify.hits == [], "the provider is not asked for a form that is refused anyway"


def test_contact_with_an_invalid_captcha_is_400_and_stores_nothing(api, captcha):
    captcha("/refuse")
    response = api().post(CONTACT, contact_body())
    assert response.status_code == 400
    assert response.json() == INVALID_CAPTCHA
    _nothing_stored()


@pytest.mark.parametrize("token", [None, ""])
def test_contact_without_a_captcha_token_is_400(api, captcha, siteverify, token):
    body = contact_body()
    if token is None:
        del body["captcha_token"]
    else:
        body["captcha_token"] = token
    response = api().post(CONTACT, body)
    assert response.status_code == 400
    assert response.json() == INVALID_CAPTCHA
    assert siteverify.hits == []
    _nothing_stored()


def test_contact_when_the_captcha_provider_is_down_is_503_and_stores_nothing(api, captcha, settings):
    settings.CAPTCHA_VERIFY_URL = f"http://127.0.0.1:{free_port_closed()}/siteverify"
    response = api().post(CONTACT, contact_body())
    assert response.status_code == 503
    assert response.json()["code"] == "captcha_unavailable"
    assert int(response["Retry-After"]) > 0
    _nothing_stored()


def test_contact_when_the_captcha_provider_errors_is_503(api, captcha):
    captcha("/error")
    response = api().post(CONTACT, contact_body())
    assert response.status_code == 503
    _nothing_stored()


@pytest.mark.parametrize("role", [Role.SYSTEM_ADMIN, Role.BRANCH_HEAD, Role.ADVISOR])
def test_staff_submit_without_a_captcha(api, captcha, siteverify, role):
    captcha("/refuse")
    user = UserFactory(role=role)
    body = contact_body()
    del body["captcha_token"]
    response = api(user).post(CONTACT, body)
    assert response.status_code == 201
    assert set(response.json()) == {"id", "name", "mobile_no", "email", "message", "created_at"}
    assert siteverify.hits == []


def test_a_customer_needs_the_captcha(api, customer, captcha):
    captcha("/refuse")
    response = api(customer).post(CONTACT, contact_body())
    assert response.status_code == 400
    assert response.json() == INVALID_CAPTCHA


def test_admin_fields_in_a_public_body_are_ignored(api, captcha):
    body = contact_body(
        status="closed", history=[{"note": "x"}], notes="hi", updated_at="2020-01-01T00:00:00Z", id=999
    )
    response = api().post(CONTACT, body)
    assert response.status_code == 201
    lead = ContactRequest.objects.get()
    assert (lead.status, lead.history) == ("new", [])
    assert response.json()["id"] == lead.pk
    assert lead.updated_at >= lead.created_at


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "   ", "This field may not be blank."),
        ("name", "x" * 256, "Ensure this field has no more than 255 characters."),
        ("message", "", "This field may not be blank."),
        ("message", "x" * 2001, "Ensure this field has no more than 2000 characters."),
        ("email", "not-an-address", "Enter a valid email address."),
        ("mobile_no", "", "This field may not be blank."),
        ("mobile_no", "   ", "This field may not be blank."),
        ("mobile_no", "+1234567", "Enter a valid phone number."),
    ],
)
def test_contact_field_errors_name_the_field(api, captcha, field, value, message):
    response = api().post(CONTACT, contact_body(**{field: value}))
    assert response.status_code == 400
    assert response.json() == {field: [message]}
    _nothing_stored()


@pytest.mark.parametrize("field", ["name", "mobile_no", "message"])
def test_contact_required_fields(api, captcha, field):
    body = contact_body()
    del body[field]
    response = api().post(CONTACT, body)
    assert response.status_code == 400
    assert response.json() == {field: ["This field is required."]}


def test_contact_email_is_optional(api, captcha):
    body = contact_body()
    del body["email"]
    response = api().post(CONTACT, body)
    assert response.status_code == 201
    assert response.json()["email"] == ""
    assert api().post(CONTACT, contact_body(email="")).status_code == 201


def test_contact_accepts_a_form_body(api, captcha):
    response = api().post(CONTACT, contact_body(), format="multipart")
    assert response.status_code == 201
    response = api().post(
        CONTACT.rstrip("/"),
        "name=Asha&mobile_no=9800000001&message=Hi&captcha_token=tok",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 201
    assert ContactRequest.objects.count() == 2


def test_contact_writes_one_audit_event(api, captcha):
    response = api().post(CONTACT, contact_body(), HTTP_X_REQUEST_ID="req-contact-1")
    event = ActivityEvent.objects.get()
    assert event.action == "marketing.contact.created"
    assert (event.entity_type, event.entity_id) == ("contact_request", str(response.json()["id"]))
    assert event.actor is None and event.actor_label == "anonymous"
    assert event.changes["mobile_no"] == "+919800000001"
    assert "captcha_token" not in event.changes
    assert event.request_id == "req-contact-1"


# ----- schedule a call -----------------------------------------------------------------------------------


def test_call_for_tomorrow_at_ten_is_stored(api, captcha):
    response = api().post(CALL, call_body())
    assert response.status_code == 201
    lead = CallRequest.objects.get()
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    assert response.json() == {
        "id": lead.pk,
        "name": "Ravi Kumar",
        "mobile_no": "9800000002",
        "date": tomorrow.isoformat(),
        "time": "10:00:00",
        "message": "Battery swap",
        "created_at": response.json()["created_at"],
    }
    assert lead.status == "new"
    event = ActivityEvent.objects.get()
    assert event.action == "marketing.call_request.created"
    assert (event.entity_type, event.entity_id) == ("call_request", str(lead.pk))


def test_call_for_yesterday_is_400_on_date(api, captcha):
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    response = api().post(CALL, call_body(date=yesterday.isoformat()))
    assert response.status_code == 400
    assert response.json() == {"date": ["Choose today or a later date."]}
    _nothing_stored()


@pytest.fixture
def local_noon(monkeypatch):  # type: ignore[no-untyped-def]
    """The site's clock stopped at 12:00:30 local time today, so "a minute ago" is still today."""
    noon = timezone.localtime().replace(hour=12, minute=0, second=30, microsecond=0)
    monkeypatch.setattr(services, "local_now", lambda: noon)
    return noon


def test_call_for_one_minute_ago_today_is_400_on_time(api, captcha, local_noon):
    response = api().post(CALL, call_body(date=local_noon.date().isoformat(), time="11:59"))
    assert response.status_code == 400
    assert response.json() == {"time": ["Choose a time in the future."]}
    _nothing_stored()


def test_call_later_today_is_accepted(api, captcha, local_noon):
    response = api().post(CALL, call_body(date=local_noon.date().isoformat(), time="12:01:00"))
    assert response.status_code == 201
    assert response.json()["time"] == "12:01:00"


def test_call_at_most_90_days_ahead(api, captcha, settings):
    assert settings.SCHEDULE_CALL_MAX_DAYS_AHEAD == 90
    today = timezone.localdate()
    far = api().post(CALL, call_body(date=(today + dt.timedelta(days=91)).isoformat()))
    assert far.status_code == 400
    assert far.json() == {"date": ["Choose a date at most 90 days ahead."]}
    edge = api().post(CALL, call_body(date=(today + dt.timedelta(days=90)).isoformat()))
    assert edge.status_code == 201
    settings.SCHEDULE_CALL_MAX_DAYS_AHEAD = 7
    assert api().post(CALL, call_body(date=(today + dt.timedelta(days=8)).isoformat())).status_code == 400


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("date", "02/12/2030"),
        ("date", "2030-02-30"),
        ("time", "25:00"),
        ("time", "10"),
        ("time", "10:00:00+05:30"),
        ("message", "x" * 1001),
    ],
)
def test_call_field_errors_name_the_field(api, captcha, field, value):
    response = api().post(CALL, call_body(**{field: value}))
    assert response.status_code == 400
    assert list(response.json()) == [field]
    _nothing_stored()


def test_call_message_is_optional_and_defaults_to_blank(api, captcha):
    body = call_body()
    del body["message"]
    response = api().post(CALL, body)
    assert response.status_code == 201
    assert response.json()["message"] == ""


def test_call_with_an_invalid_captcha_is_400_and_stores_nothing(api, captcha):
    captcha("/refuse")
    response = api().post(CALL, call_body())
    assert response.status_code == 400
    assert response.json() == INVALID_CAPTCHA
    _nothing_stored()


def test_call_when_the_captcha_provider_is_down_is_503_and_stores_nothing(api, captcha, settings):
    settings.CAPTCHA_VERIFY_URL = f"http://127.0.0.1:{free_port_closed()}/siteverify"
    response = api().post(CALL, call_body())
    assert response.status_code == 503
    _nothing_stored()


def test_call_status_in_the_body_is_ignored(api, captcha):
    assert api().post(CALL, call_body(status="closed")).status_code == 201
    assert CallRequest.objects.get().status == "new"
