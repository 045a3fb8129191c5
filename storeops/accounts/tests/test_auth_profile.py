"""/api/auth/me, /api/auth/password and e-mail verification."""

import re
import time

import pytest
from django.core import signing

from storeops.accounts.models import RefreshTokenRecord, User
from storeops.accounts.roles import Role
from storeops.accounts.services.verification import verification_token_make
from storeops.accounts.tests.factories import PASSWORD, UserFactory
from storeops.accounts.tests.helpers import assert_no_secret_in_events, bearer, events, login, refresh
from storeops.activity import actions
from storeops.notifications.models import Notification
from storeops.stores.tests.factories import GeofenceFactory

ME = "/api/auth/me"
NEW_PASSWORD = "Brand-new-pass-77"
ME_KEYS = {
    "id", "username", "email", "email_verified", "first_name", "last_name", "full_name", "phone", "role",
    "store", "store_name", "is_active", "date_joined", "last_login", "geofence",
}  # fmt: skip


# ---------- GET /api/auth/me ----------


def test_me_returns_profile_with_store_and_geofence(api, advisor, store):
    GeofenceFactory(store=store, latitude="12.971600", longitude="77.594600", radius_m=150)
    User.objects.filter(pk=advisor.pk).update(phone="9876543210", email_verified=True)

    response = api(advisor).get(ME)

    assert response.status_code == 200
    body = response.json()
    assert set(body) == ME_KEYS
    assert body["id"] == advisor.pk
    assert body["full_name"] == f"Test {advisor.last_name}"
    assert (body["role"], body["store"], body["store_name"]) == ("advisor", store.pk, "MG Road")
    assert (body["email_verified"], body["is_active"], body["phone"]) == (True, True, "9876543210")
    assert body["geofence"] == {
        "store": store.pk,
        "latitude": "12.971600",
        "longitude": "77.594600",
        "radius_m": 150,
    }


def test_me_without_store_has_null_store_name_and_geofence(api, customer):
    body = api(customer).get(ME).json()

    assert (body["store"], body["store_name"], body["geofence"]) == (None, None, None)


def test_me_geofence_null_when_inactive(api, advisor, store):
    GeofenceFactory(store=store, is_active=False)

    assert api(advisor).get(ME).json()["geofence"] is None


def test_full_name_falls_back_to_username(api):
    user = UserFactory(username="plain", first_name="", last_name="")

    assert api(user).get(ME).json()["full_name"] == "plain"


@pytest.mark.parametrize("method", ["put", "delete"])
def test_me_put_and_delete_are_405(api, advisor, unchanged, method):
    with unchanged(User.objects.all()):
        response = getattr(api(advisor), method)(ME, {"first_name": "X"}, format="json")

    assert response.status_code == 405


# ---------- PATCH /api/auth/me ----------


def test_patch_me_ignores_role_active_store_and_flags(api, customer, store, unchanged):
    with unchanged(User.objects.all()):
        response = api(customer).patch(
            ME,
            {"role": "system_admin", "is_active": False, "store": store.pk, "email_verified": True,
             "username": "renamed", "is_staff": True, "token_version": 9},
            format="json",
        )  # fmt: skip

    assert response.status_code == 200
    assert (response.json()["role"], response.json()["store"]) == ("customer", None)


def test_patch_me_updates_names_and_phone_with_event(api, advisor):
    response = api(advisor).patch(ME, {"first_name": "Asha", "last_name": "Rao", "phone": "98765 43210"})

    assert response.status_code == 200
    assert (response.json()["full_name"], response.json()["phone"]) == ("Asha Rao", "9876543210")
    event = events(actions.USER_UPDATED).get()
    assert (event.actor_id, event.entity_id) == (advisor.pk, str(advisor.pk))
    assert event.changes == {
        "first_name": ["Test", "Asha"],
        "last_name": [advisor.last_name, "Rao"],
        "phone": [None, "9876543210"],
    }


def test_patch_me_with_same_values_writes_nothing(api, advisor, unchanged):
    with unchanged(User.objects.all()):
        response = api(advisor).patch(ME, {"first_name": advisor.first_name}, format="json")
    assert response.status_code == 200


def test_email_change_resets_verification_and_queues_mail(api, advisor):
    User.objects.filter(pk=advisor.pk).update(email_verified=True)

    response = api(advisor).patch(ME, {"email": " New.Address@Example.com "}, format="json")

    assert response.status_code == 200
    assert (response.json()["email"], response.json()["email_verified"]) == ("new.address@example.com", False)
    advisor.refresh_from_db()
    assert (advisor.email, advisor.email_verified) == ("new.address@example.com", False)
    Notification.objects.get(event="account.verify_email", recipient="new.address@example.com")
    event = events(actions.USER_UPDATED).get()
    assert event.changes == {
        "email": ["advisor@example.com", "new.address@example.com"],
        "email_verified": [True, False],
    }


@pytest.mark.parametrize(
    ("data", "errors"),
    [
        ({"email": "CUSTOMER@example.com"}, {"email": ["A user with this e-mail already exists."]}),
        ({"email": "nope"}, None),
        ({"phone": "123"}, {"phone": ["Enter a valid phone number."]}),
    ],
)
def test_patch_me_refuses_invalid_values(api, advisor, customer, unchanged, data, errors):
    with unchanged(User.objects.all(), Notification.objects.all()):
        response = api(advisor).patch(ME, data, format="json")

    assert response.status_code == 400
    assert list(response.json()) == list(data)
    if errors:
        assert response.json() == errors


# ---------- POST /api/auth/password ----------


def test_password_change_returns_working_pair_and_kills_old_tokens(api, advisor):
    client = api(advisor)
    old_refresh = client.refresh_token
    other_session = login("advisor").json()

    response = client.post(
        "/api/auth/password", {"current_password": PASSWORD, "new_password": NEW_PASSWORD}, format="json"
    )

    assert response.status_code == 200
    pair = response.json()
    assert set(pair) == {"access", "refresh"}
    assert bearer(pair["access"]).get(ME).status_code == 200
    assert client.get(ME).status_code == 401
    assert bearer(other_session["access"]).get(ME).status_code == 401
    assert refresh(old_refresh).status_code == 401
    assert refresh(other_session["refresh"]).status_code == 401
    assert refresh(pair["refresh"]).status_code == 200
    assert login("advisor", PASSWORD).status_code == 401
    assert login("advisor", NEW_PASSWORD).status_code == 200
    reasons = set(RefreshTokenRecord.objects.filter(user=advisor).values_list("blacklist_reason", flat=True))
    assert "revoked" in reasons


def test_password_change_writes_event_without_secrets(api, advisor):
    pair = (
        api(advisor)
        .post(
            "/api/auth/password", {"current_password": PASSWORD, "new_password": NEW_PASSWORD}, format="json"
        )
        .json()
    )

    event = events(actions.USER_PASSWORD_CHANGED).get()
    assert (event.actor_id, event.entity_id, event.changes) == (advisor.pk, str(advisor.pk), {})
    assert_no_secret_in_events(PASSWORD, NEW_PASSWORD, pair["access"], pair["refresh"])


def test_password_change_wrong_current_is_400(api, advisor, unchanged):
    client = api(advisor)
    with unchanged(User.objects.all(), RefreshTokenRecord.objects.all()):
        response = client.post(
            "/api/auth/password",
            {"current_password": "Not-my-pass-1", "new_password": NEW_PASSWORD},
            format="json",
        )

    assert response.status_code == 400
    assert response.json() == {"current_password": ["Incorrect password."]}
    assert client.get(ME).status_code == 200


@pytest.mark.parametrize("new_password", ["1234567890", "abc", "password1", "advisor123"])
def test_password_change_refuses_weak_password(api, advisor, unchanged, new_password):
    client = api(advisor)
    with unchanged(User.objects.all(), RefreshTokenRecord.objects.all()):
        response = client.post(
            "/api/auth/password", {"current_password": PASSWORD, "new_password": new_password}, format="json"
        )

    assert response.status_code == 400
    assert list(response.json()) == ["new_password"]


def test_password_change_missing_fields(api, advisor, unchanged):
    with unchanged(User.objects.all()):
        response = api(advisor).post("/api/auth/password", {}, format="json")

    assert response.status_code == 400
    assert set(response.json()) == {"current_password", "new_password"}


# ---------- e-mail verification ----------


def _token_from_outbox(email: str) -> str:
    row = Notification.objects.filter(event="account.verify_email", recipient=email).latest("id")
    match = re.search(r"token=([\w:.\-]+)", row.body)
    assert match, row.body
    return match.group(1)


def test_verify_email_with_token_from_outbox(api):
    api().post(
        "/api/auth/register",
        {"username": "nia", "email": "nia@example.com", "password": PASSWORD},
        format="json",
    )
    token = _token_from_outbox("nia@example.com")

    response = api().post("/api/auth/verify-email", {"token": token}, format="json")

    assert response.status_code == 200
    assert response.json() == {"email_verified": True}
    user = User.objects.get(username="nia")
    assert user.email_verified is True
    event = events(actions.USER_EMAIL_VERIFIED).get()
    assert (event.actor_id, event.entity_id, event.changes) == (
        user.pk,
        str(user.pk),
        {"email_verified": [False, True]},
    )
    assert_no_secret_in_events(token)


def test_verify_email_again_writes_no_second_event(api, customer):
    token = verification_token_make(user=customer)
    api().post("/api/auth/verify-email", {"token": token}, format="json")

    assert api().post("/api/auth/verify-email", {"token": token}, format="json").status_code == 200
    assert events(actions.USER_EMAIL_VERIFIED).count() == 1


def _token_made_hours_ago(user, hours, monkeypatch):  # type: ignore[no-untyped-def]
    real = time.time
    with monkeypatch.context() as patch:
        patch.setattr(signing.time, "time", lambda: real() - hours * 3600)
        return verification_token_make(user=user)


INVALID_TOKEN = {"token": ["Invalid or expired token."]}


def test_verify_email_token_expires_after_max_age(api, customer, monkeypatch, unchanged):
    fresh_enough = _token_made_hours_ago(customer, 47, monkeypatch)
    too_old = _token_made_hours_ago(customer, 49, monkeypatch)

    with unchanged(User.objects.all()):
        response = api().post("/api/auth/verify-email", {"token": too_old}, format="json")
    assert (response.status_code, response.json()) == (400, INVALID_TOKEN)
    assert api().post("/api/auth/verify-email", {"token": fresh_enough}, format="json").status_code == 200


def test_verify_email_max_age_comes_from_settings(api, customer, monkeypatch, settings, unchanged):
    settings.EMAIL_VERIFICATION_MAX_AGE_HOURS = 1
    token = _token_made_hours_ago(customer, 2, monkeypatch)

    with unchanged(User.objects.all()):
        response = api().post("/api/auth/verify-email", {"token": token}, format="json")
    assert response.status_code == 400


def test_verify_email_token_for_previous_address_is_refused(api, customer, unchanged):
    token = verification_token_make(user=customer)
    api(customer).patch(ME, {"email": "moved@example.com"}, format="json")

    with unchanged(User.objects.all()):
        response = api().post("/api/auth/verify-email", {"token": token}, format="json")

    assert (response.status_code, response.json()) == (400, INVALID_TOKEN)


@pytest.mark.parametrize("token", ["garbage", "a:b:c", ""])
def test_verify_email_garbage_token(api, customer, unchanged, token):
    with unchanged(User.objects.all()):
        response = api().post("/api/auth/verify-email", {"token": token}, format="json")

    assert response.status_code == 400
    assert list(response.json()) == ["token"]


def test_verify_email_token_of_inactive_user_is_refused(api, customer):
    token = verification_token_make(user=customer)
    User.objects.filter(pk=customer.pk).update(is_active=False)

    response = api().post("/api/auth/verify-email", {"token": token}, format="json")

    assert (response.status_code, response.json()) == (400, INVALID_TOKEN)


def test_resend_queues_a_new_mail(api, customer):
    response = api(customer).post("/api/auth/verify-email/resend")

    assert response.status_code == 202
    assert response.json() == {"detail": "Verification e-mail queued."}
    token = _token_from_outbox(customer.email)
    assert api().post("/api/auth/verify-email", {"token": token}, format="json").status_code == 200


def test_resend_when_verified_is_409(api, customer, unchanged):
    User.objects.filter(pk=customer.pk).update(email_verified=True)

    with unchanged(Notification.objects.all()):
        response = api(customer).post("/api/auth/verify-email/resend")

    assert response.status_code == 409
    assert response.json() == {"detail": "E-mail already verified.", "code": "already_verified"}


def test_staff_roles_have_me_too(api, admin_user, branch_head):
    assert api(admin_user).get(ME).json()["role"] == Role.SYSTEM_ADMIN
    assert api(branch_head).get(ME).json()["store_name"] == "MG Road"
