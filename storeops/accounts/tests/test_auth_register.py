"""POST /api/auth/register."""

import pytest

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.accounts.tests.factories import PASSWORD, UserFactory
from storeops.accounts.tests.helpers import assert_no_secret_in_events, events, login
from storeops.activity import actions
from storeops.notifications.models import Notification

URL = "/api/auth/register"


def body(**overrides):  # type: ignore[no-untyped-def]
    return {"username": "newbie", "email": "newbie@example.com", "password": PASSWORD, **overrides}


def test_register_ignores_role_store_and_flags(api, store):
    response = api().post(
        URL,
        body(role="system_admin", store=store.pk, is_active=False, email_verified=True, is_staff=True),
        format="json",
    )

    assert response.status_code == 201, response.content
    user = User.objects.get(username="newbie")
    assert response.json() == {
        "id": user.pk, "username": "newbie", "email": "newbie@example.com", "first_name": "",
        "last_name": "", "phone": None, "role": "customer", "store": None, "email_verified": False,
    }  # fmt: skip
    assert (user.role, user.store_id, user.is_active, user.email_verified) == (
        Role.CUSTOMER,
        None,
        True,
        False,
    )
    assert (user.is_staff, user.is_superuser) == (False, False)
    assert user.check_password(PASSWORD)
    assert "access" not in response.json()


def test_register_form_body_is_accepted(api):
    response = api().post(URL, body(first_name="Nia"))

    assert response.status_code == 201
    assert User.objects.get(username="newbie").first_name == "Nia"


def test_registered_user_can_log_in(api):
    api().post(URL, body(), format="json")

    assert login("newbie").status_code == 200


def test_register_normalises_email_and_phone(api):
    response = api().post(URL, body(email="  NewBie@Example.COM ", phone="(987) 654-3210"), format="json")

    assert response.status_code == 201
    assert (response.json()["email"], response.json()["phone"]) == ("newbie@example.com", "9876543210")


def test_register_writes_event_and_queues_verification(api):
    api().post(URL, body(), format="json")

    user = User.objects.get(username="newbie")
    event = events(actions.USER_REGISTERED).get()
    assert (event.actor_id, event.entity_id) == (user.pk, str(user.pk))
    assert event.changes["role"] == "customer"
    assert event.changes["email"] == "newbie@example.com"
    assert "password" not in event.changes
    row = Notification.objects.get(event="account.verify_email", recipient="newbie@example.com")
    assert row.recipient_user_id == user.pk
    assert_no_secret_in_events(PASSWORD)


@pytest.mark.parametrize(
    ("overrides", "errors"),
    [
        ({"email": "TAKEN@example.COM"}, {"email": ["A user with this e-mail already exists."]}),
        ({"username": "Taken"}, {"username": ["A user with this username already exists."]}),
    ],
)
def test_register_refuses_duplicates_in_any_case(api, unchanged, overrides, errors):
    UserFactory(username="taken", email="taken@example.com")

    with unchanged(User.objects.all(), Notification.objects.all()):
        response = api().post(URL, body(**overrides), format="json")

    assert response.status_code == 400
    assert response.json() == errors


@pytest.mark.parametrize("password", ["short1!", "password123", "12345678901", "newbie-example"])
def test_register_refuses_weak_password(api, unchanged, password):
    with unchanged(User.objects.all(), Notification.objects.all()):
        response = api().post(URL, body(password=password), format="json")

    assert response.status_code == 400
    assert list(response.json()) == ["password"]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"phone": "12345"}, "phone"),
        ({"username": "a@b"}, "username"),
        ({"username": "with space"}, "username"),
        ({"email": "not-an-email"}, "email"),
        ({"username": ""}, "username"),
    ],
)
def test_register_refuses_invalid_fields(api, unchanged, overrides, field):
    with unchanged(User.objects.all(), Notification.objects.all()):
        response = api().post(URL, body(**overrides), format="json")

    assert response.status_code == 400
    assert field in response.json()
    if field == "phone":
        assert response.json()["phone"] == ["Enter a valid phone number."]


def test_register_missing_fields(api, unchanged):
    with unchanged(User.objects.all()):
        response = api().post(URL, {}, format="json")

    assert response.status_code == 400
    assert set(response.json()) == {"username", "email", "password"}


def test_signed_in_caller_may_register_and_gets_a_customer(api, admin_user):
    response = api(admin_user).post(URL, body(role="system_admin"), format="json")

    assert response.status_code == 201
    assert User.objects.get(username="newbie").role == Role.CUSTOMER


def test_register_is_throttled_per_ip(api):
    client = api()
    statuses = [client.post(URL, {}, format="json", REMOTE_ADDR="10.7.7.7").status_code for _ in range(10)]
    eleventh = client.post(URL, body(), format="json", REMOTE_ADDR="10.7.7.7")

    assert statuses == [400] * 10
    assert eleventh.status_code == 429
    assert "Retry-After" in eleventh
    assert not User.objects.filter(username="newbie").exists()


def test_register_race_on_unique_email_is_a_400_not_a_500(api, customer, monkeypatch, unchanged):
    """Two concurrent registrations both pass the pre-check; the loser must still get the field error."""
    from storeops.accounts.models import User
    from storeops.accounts.services import auth

    monkeypatch.setattr(auth, "user_unique_check", lambda **kwargs: None)
    body = {"username": "another", "email": customer.email.upper(), "password": "Sturdy-pass-2024"}
    with unchanged(User.objects.all()):
        response = api().post("/api/auth/register", body)
    assert response.status_code == 400
    assert response.json() == {"email": ["A user with this e-mail already exists."]}
