"""POST /api/auth/login."""

import json

import pytest

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.accounts.services import auth as auth_services
from storeops.accounts.tests.factories import PASSWORD, UserFactory
from storeops.accounts.tests.helpers import bearer, events, login
from storeops.activity import actions

USER_KEYS = {"id", "username", "email", "first_name", "last_name", "phone", "role", "store"}
INVALID = {"detail": "Invalid username/email or password.", "code": "invalid_credentials"}


@pytest.fixture
def asha(store):  # type: ignore[no-untyped-def]
    return UserFactory(
        username="asha", email="asha@example.com", first_name="Asha", last_name="Rao",
        phone="9876543210", role=Role.ADVISOR, store=store,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("field", "identifier"),
    [
        ("username", "asha"),
        ("username", "ASHA"),
        ("username", "asha@example.com"),
        ("username", "Asha@Example.COM"),
        ("email", "asha@example.com"),
        ("email", "ASHA@EXAMPLE.COM"),
    ],
)
def test_login_returns_documented_body(asha, store, field, identifier):
    response = login(identifier, field=field)

    assert response.status_code == 200, response.content
    body = response.json()
    assert set(body) == {"access", "refresh", "user", "username", "role", "store"}
    assert body["user"] == {
        "id": asha.pk, "username": "asha", "email": "asha@example.com", "first_name": "Asha",
        "last_name": "Rao", "phone": "9876543210", "role": "advisor", "store": store.pk,
    }  # fmt: skip
    assert (body["username"], body["role"], body["store"]) == ("asha", "advisor", store.pk)
    assert bearer(body["access"]).get("/api/auth/me").json()["id"] == asha.pk


def test_login_store_is_null_without_store(customer):
    body = login("customer").json()

    assert body["store"] is None
    assert body["user"]["store"] is None
    assert set(body["user"]) == USER_KEYS


def test_login_prefers_username_when_both_sent(asha, customer):
    response = login_both(username="customer", email="asha@example.com")

    assert response.status_code == 200
    assert response.json()["user"]["id"] == customer.pk


def login_both(**data):  # type: ignore[no-untyped-def]
    from rest_framework.test import APIClient

    return APIClient().post("/api/auth/login", {**data, "password": PASSWORD}, format="json")


@pytest.mark.parametrize(
    ("data", "field"),
    [({"username": "asha"}, "password"), ({"password": PASSWORD}, "username"), ({}, "password")],
)
def test_login_missing_field_is_400_field_map(api, asha, data, field, unchanged):
    with unchanged(User.objects.all()):
        response = api().post("/api/auth/login", data, format="json")

    assert response.status_code == 400
    assert response.json()[field] == ["This field is required."]


def test_login_failures_have_byte_identical_bodies(asha):
    inactive = UserFactory(username="gone", is_active=False)

    wrong = login("asha", "Wrong-pass-2024")
    unknown = login("nobody", PASSWORD)
    unknown_email = login("nobody@example.com", PASSWORD)
    disabled = login(inactive.username, PASSWORD)

    for response in (wrong, unknown, unknown_email, disabled):
        assert response.status_code == 401
        assert response.content == wrong.content
    assert json.loads(wrong.content) == INVALID


def test_unknown_account_costs_a_password_check(db, monkeypatch):
    calls = []
    real = auth_services.check_password
    monkeypatch.setattr(auth_services, "check_password", lambda *a, **k: calls.append(a) or real(*a, **k))

    assert login("nobody").status_code == 401
    assert len(calls) == 1


def test_sixth_login_in_a_minute_from_one_ip_is_throttled(asha):
    statuses = [login("asha", "Wrong-pass-2024", ip="10.9.9.9").status_code for _ in range(5)]
    sixth = login("asha", PASSWORD, ip="10.9.9.9")

    assert statuses == [401] * 5
    assert sixth.status_code == 429
    assert 1 <= int(sixth["Retry-After"]) <= 60
    assert sixth.json()["code"] == "throttled"
    assert login("asha", PASSWORD, ip="10.9.9.10").status_code == 200


def test_throttled_login_writes_no_event_and_no_last_login(asha, unchanged):
    for _ in range(5):
        login("asha", ip="10.8.8.8")
    with unchanged(User.objects.all()):
        assert login("asha", ip="10.8.8.8").status_code == 429


def test_last_login_changes_only_on_success(asha):
    assert login("asha", "Wrong-pass-2024").status_code == 401
    asha.refresh_from_db()
    assert asha.last_login is None

    assert login("asha").status_code == 200
    asha.refresh_from_db()
    first = asha.last_login
    assert first is not None

    assert login("asha", "Wrong-pass-2024").status_code == 401
    asha.refresh_from_db()
    assert asha.last_login == first


def test_successful_login_writes_event(asha):
    login("asha")

    event = events(actions.LOGIN_SUCCEEDED).get()
    assert (event.actor_id, event.entity_type, event.entity_id) == (asha.pk, "user", str(asha.pk))
    assert not events(actions.LOGIN_FAILED).exists()


def test_failed_login_event_names_identifier_and_user_never_password(asha):
    secret = "Wrong-pass-that-is-secret"
    login("ASHA", secret)

    event = events(actions.LOGIN_FAILED).get()
    assert (event.actor_id, event.actor_label) == (None, "anonymous")
    assert (event.entity_type, event.entity_id) == ("user", str(asha.pk))
    assert event.metadata == {"identifier": "ASHA"}
    assert secret not in json.dumps([event.changes, event.metadata, event.reason])
    assert not events(actions.LOGIN_SUCCEEDED).exists()


def test_failed_login_for_unknown_account_truncates_identifier(db):
    login("x" * 200)

    event = events(actions.LOGIN_FAILED).get()
    assert (event.entity_type, event.entity_id) == ("user", "")
    assert event.metadata == {"identifier": "x" * 150}


def test_inactive_user_cannot_log_in_and_failure_is_recorded(asha):
    User.objects.filter(pk=asha.pk).update(is_active=False)

    assert login("asha").status_code == 401
    assert events(actions.LOGIN_FAILED).get().entity_id == str(asha.pk)
    asha.refresh_from_db()
    assert asha.last_login is None


def test_login_answers_with_and_without_trailing_slash(asha):
    from rest_framework.test import APIClient

    response = APIClient().post("/api/auth/login/", {"username": "asha", "password": PASSWORD}, format="json")
    assert response.status_code == 200


def test_login_accepts_form_body(asha):
    from rest_framework.test import APIClient

    response = APIClient().post("/api/auth/login", {"email": "asha@example.com", "password": PASSWORD})
    assert response.status_code == 200
    assert response.json()["username"] == "asha"
