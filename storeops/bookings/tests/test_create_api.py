"""POST /api/bookings: the public form (spec 04 §2, acceptance checks 1 and 2)."""

import pytest

from storeops.accounts.roles import Role
from storeops.accounts.tests.factories import UserFactory
from storeops.activity.models import ActivityEvent
from storeops.bookings.models import Booking, CustomerResponse
from storeops.bookings.services.bookings import REFERENCE_ALPHABET
from storeops.notifications.models import Notification

URL = "/api/bookings"
KEYS = [
    "id", "reference", "name", "email", "phone", "address", "message", "store", "store_name", "date", "time",
    "status", "reason", "attendant", "attendant_name", "user", "details", "responses", "status_history",
    "created_at", "updated_at", "status_changed_at",
]  # fmt: skip


def test_the_seed_body_creates_a_pending_booking_with_details_and_responses(api, seed_body, issues, captcha):
    response = api().post(URL, {**seed_body, "status": "approved", "reason": "x", "user": 1}, format="json")
    assert response.status_code == 201, response.json()
    body = response.json()
    assert list(body) == KEYS
    assert body["reference"].startswith("BK-") and len(body["reference"]) == 11
    assert set(body["reference"][3:]) <= set(REFERENCE_ALPHABET)
    assert body["status"] == "pending" and body["reason"] == "" and body["user"] is None
    assert body["time"] == "10:00:00" and body["date"] == "2024-01-01"
    assert body["phone"] is None and body["address"] == "" and body["store"] is None
    assert body["details"] == {
        "issues": [{"id": issues[0].pk, "name": "Screen"}, {"id": issues[1].pk, "name": "Battery"}],
        "other_issues": [],
        "brand": "Apple",
        "product": "iPhone",
    }
    assert [(r["question_set_name"], r["question"], r["response"]) for r in body["responses"]] == [
        ("A", "Is it working?", "Yes")
    ]
    assert list(body["responses"][0]) == ["id", "question_set_name", "question", "response", "created_at"]
    assert body["status_history"] == []
    booking = Booking.objects.get()
    assert booking.status == "pending" and CustomerResponse.objects.get().booking == booking
    event = ActivityEvent.objects.get(action="bookings.booking.created")
    assert event.entity_id == str(booking.pk) and event.changes["responses"] == 1
    assert "captcha_token" not in event.changes


def test_the_captcha_token_is_sent_to_the_provider(api, seed_body, captcha, siteverify):
    assert api().post(URL, seed_body, format="json").status_code == 201
    assert siteverify.hits == [
        ("/ok", {"secret": "server-secret", "response": "token", "remoteip": "127.0.0.1"})
    ]


def test_invalid_captcha_is_400_and_stores_nothing(api, seed_body, captcha, nothing_written):
    captcha("/fail")
    with nothing_written():
        response = api().post(URL, seed_body, format="json")
    assert response.status_code == 400
    assert response.json() == {"captcha_token": ["Invalid captcha."]}


def test_missing_captcha_token_is_400(api, seed_body, captcha, nothing_written):
    with nothing_written():
        response = api().post(
            URL, {k: v for k, v in seed_body.items() if k != "captcha_token"}, format="json"
        )
    assert response.status_code == 400 and "captcha_token" in response.json()


def test_captcha_provider_down_is_503_and_stores_nothing(api, seed_body, captcha, settings, nothing_written):
    from storeops.api.tests.conftest import free_port_closed

    settings.CAPTCHA_VERIFY_URL = f"http://127.0.0.1:{free_port_closed()}/siteverify"
    with nothing_written():
        response = api().post(URL, seed_body, format="json")
    assert response.status_code == 503
    assert response.json()["code"] == "captcha_unavailable" and response["Retry-After"]


def test_captcha_provider_error_is_503(api, seed_body, captcha, nothing_written):
    captcha("/error")
    with nothing_written():
        assert api().post(URL, seed_body, format="json").status_code == 503


@pytest.mark.parametrize("role", [Role.SYSTEM_ADMIN, Role.BRANCH_HEAD, Role.ADVISOR])
def test_staff_need_no_captcha(api, seed_body, captcha, siteverify, store, role):
    captcha("/fail")
    user = UserFactory(role=role, store=None if role == Role.SYSTEM_ADMIN else store)
    body = {k: v for k, v in seed_body.items() if k != "captcha_token"}
    assert api(user).post(URL, body, format="json").status_code == 201
    assert siteverify.hits == []
    assert Booking.objects.get().user is None


def test_customers_need_the_captcha_and_become_the_booking_user(api, seed_body, captcha, customer):
    captcha("/fail")
    assert api(customer).post(URL, seed_body, format="json").status_code == 400
    captcha("/ok")
    response = api(customer).post(URL, seed_body, format="json")
    assert response.status_code == 201 and response.json()["user"] == customer.pk


def test_neither_email_nor_phone_is_400(api, seed_body, nothing_written):
    body = {k: v for k, v in seed_body.items() if k != "email"}
    with nothing_written():
        response = api().post(URL, body, format="json")
    assert response.status_code == 400
    assert response.json() == {"email": ["Give an e-mail address or a phone number."]}


def test_a_phone_alone_is_enough_and_is_normalised(api, seed_body):
    body = {**{k: v for k, v in seed_body.items() if k != "email"}, "phone": "98765 43210"}
    response = api().post(URL, body, format="json")
    assert response.status_code == 201 and response.json()["phone"] == "9876543210"
    assert response.json()["email"] is None


def test_time_with_seconds_is_kept(api, seed_body):
    assert api().post(URL, {**seed_body, "time": "09:30:15"}, format="json").json()["time"] == "09:30:15"


def test_email_is_lower_cased(api, seed_body):
    assert api().post(URL, {**seed_body, "email": "John@Example.COM"}, format="json").json()["email"] == (
        "john@example.com"
    )


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": ""}, "name"),
        ({"date": "2024-13-01"}, "date"),
        ({"time": "25:00"}, "time"),
        ({"time": 10}, "time"),
        ({"time": "9:30"}, "time"),
        ({"time": "10:00:00.5"}, "time"),
        ({"time": "10:00+05:30"}, "time"),
        ({"phone": "12"}, "phone"),
        ({"store": 999999}, "store"),
        ({"message": "x" * 2001}, "message"),
        ({"responses": [{"question": ""}]}, "responses"),
        ({"responses": [{"question": "q"}] * 51}, "responses"),
    ],
)
def test_invalid_fields_are_400_naming_the_field(api, seed_body, change, field, nothing_written):
    with nothing_written():
        response = api().post(URL, {**seed_body, **change}, format="json")
    assert response.status_code == 400
    assert field in response.json()


def test_unknown_or_inactive_issue_is_400_nested_under_details(api, seed_body, issues, nothing_written):
    issues[1].is_active = False
    issues[1].save()
    with nothing_written():
        response = api().post(
            URL, {**seed_body, "details": {"issues": [issues[0].pk, issues[1].pk]}}, format="json"
        )
    assert response.status_code == 400
    assert response.json() == {"details": {"issues": [f"Unknown issue: {issues[1].pk}."]}}
    response = api().post(URL, {**seed_body, "details": {"other_issues": [7]}}, format="json")
    assert response.json() == {"details": {"other_issues": ["Unknown other issue: 7."]}}


def test_inactive_store_is_400(api, seed_body, store, nothing_written):
    store.is_active = False
    store.save()
    with nothing_written():
        response = api().post(URL, {**seed_body, "store": store.pk}, format="json")
    assert response.status_code == 400 and list(response.json()) == ["store"]


def test_active_store_is_kept_and_named(api, seed_body, store):
    body = api().post(URL, {**seed_body, "store": store.pk}, format="json").json()
    assert body["store"] == store.pk and body["store_name"] == "MG Road"


def test_details_is_null_when_never_given(api, seed_body):
    body = api().post(URL, {k: v for k, v in seed_body.items() if k != "details"}, format="json").json()
    assert body["details"] is None


def test_form_encoded_body_is_accepted(api, seed_body):
    body = {k: v for k, v in seed_body.items() if k not in ("details", "responses")}
    response = api().post(URL, body, format="multipart")
    assert response.status_code == 201, response.json()


def test_create_writes_notification_rows_in_the_same_transaction(api, seed_body, admin_user):
    api().post(URL, seed_body, format="json")
    rows = Notification.objects.filter(event="booking.created")
    assert sorted(rows.values_list("recipient", "audience")) == [
        ("admin@example.com", "staff"),
        ("j@example.com", "customer"),
    ]


def test_anonymous_sixth_booking_in_an_hour_is_429(api, seed_body, frozen_clock):
    client = api()
    for _ in range(5):
        assert client.post(URL, seed_body, format="json").status_code == 201
    response = client.post(URL, seed_body, format="json")
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    assert Booking.objects.count() == 5


def test_customers_are_throttled_too(api, seed_body, customer, frozen_clock):
    client = api(customer)
    statuses = [client.post(URL, seed_body, format="json").status_code for _ in range(6)]
    assert statuses == [201] * 5 + [429]


def test_an_admin_creating_ten_is_never_throttled_and_needs_no_captcha(api, seed_body, admin_user, captcha,
                                                                       frozen_clock):  # fmt: skip
    captcha("/fail")
    client = api(admin_user)
    body = {k: v for k, v in seed_body.items() if k != "captcha_token"}
    assert [client.post(URL, body, format="json").status_code for _ in range(10)] == [201] * 10


def test_booking_throttle_on_redis(api, seed_body, redis_throttle, frozen_clock):
    statuses = [api().post(URL, seed_body, format="json").status_code for _ in range(6)]
    assert statuses == [201] * 5 + [429]


def test_delete_is_405(admin_api, seed_body, api):
    booking_id = api().post(URL, seed_body, format="json").json()["id"]
    assert admin_api.delete(f"{URL}/{booking_id}").status_code == 405
    assert Booking.objects.filter(pk=booking_id).exists()


def test_a_retried_create_with_the_same_idempotency_key_stores_one_booking(api, seed_body):
    client = api()
    first = client.post(URL, seed_body, format="json", HTTP_IDEMPOTENCY_KEY="form-submit-1")
    again = client.post(URL, seed_body, format="json", HTTP_IDEMPOTENCY_KEY="form-submit-1")
    assert first.status_code == again.status_code == 201
    assert again["Idempotent-Replayed"] == "true" and again.json()["reference"] == first.json()["reference"]
    assert Booking.objects.count() == 1 and Notification.objects.filter(event="booking.created").count() == 1
