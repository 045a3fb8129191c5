"""Audit trail of accounts and stores: one event per change, request context, never a secret."""

from rest_framework.test import APIClient

from storeops.accounts.models import User
from storeops.accounts.services.verification import verification_token_make
from storeops.accounts.tests.factories import PASSWORD
from storeops.accounts.tests.helpers import EventLog, assert_no_secret_in_events, events, login, refresh
from storeops.activity import actions
from storeops.activity.models import ActivityEvent

SECOND = "Second-pass-2025"
THIRD = "Third-pass-2026"
ADMIN_SET = "Admin-set-pass-31"


def test_no_event_ever_carries_a_password_or_token(api, admin_user, store):
    secrets = [PASSWORD, SECOND, THIRD, ADMIN_SET, "Typo-pass-99"]
    anon = APIClient()
    anon.post("/api/auth/register", {"username": "nia", "email": "nia@example.com", "password": PASSWORD},
              format="json")  # fmt: skip
    nia = User.objects.get(username="nia")
    login("nia", "Typo-pass-99")
    first = login("nia").json()
    secrets += [first["access"], first["refresh"]]
    rotated = refresh(first["refresh"]).json()
    secrets += [rotated["access"], rotated["refresh"]]
    refresh(first["refresh"])  # reuse → family revoked
    second = login("nia").json()
    secrets += [second["access"], second["refresh"]]
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {second['access']}")
    changed = client.post("/api/auth/password", {"current_password": PASSWORD, "new_password": SECOND},
                          format="json").json()  # fmt: skip
    secrets += [changed["access"], changed["refresh"]]
    anon.post("/api/auth/logout", {"refresh": changed["refresh"]}, format="json")
    token = verification_token_make(user=nia)
    secrets.append(token)
    anon.post("/api/auth/verify-email", {"token": token}, format="json")
    admin = api(admin_user)
    admin.post("/api/users", {"username": "staff", "email": "s@example.com", "password": THIRD, "role": "advisor",
                              "store": store.pk}, format="json")  # fmt: skip
    admin.patch(f"/api/users/{nia.pk}", {"password": ADMIN_SET, "first_name": "Nia"}, format="json")

    assert ActivityEvent.objects.count() == 11
    assert_no_secret_in_events(*secrets)
    for action in (
        actions.USER_REGISTERED, actions.LOGIN_FAILED, actions.TOKEN_REUSE_DETECTED, actions.LOGOUT,
        actions.USER_EMAIL_VERIFIED, actions.USER_CREATED,
    ):  # fmt: skip
        events(action).get()
    assert events(actions.USER_PASSWORD_CHANGED).count() == 2
    assert events(actions.LOGIN_SUCCEEDED).count() == 2


def test_events_carry_request_id_and_client_ip(advisor):
    response = APIClient().post(
        "/api/auth/login", {"username": "advisor", "password": PASSWORD}, format="json",
        REMOTE_ADDR="10.4.4.4", HTTP_X_REQUEST_ID="req-login-1",
    )  # fmt: skip

    event = events(actions.LOGIN_SUCCEEDED).get()
    assert event.ip == "10.4.4.4"
    assert event.request_id == response["X-Request-ID"]
    assert (event.actor_label, event.actor_role, event.entity_label) == ("advisor", "advisor", "advisor")


def test_state_change_writes_exactly_one_event_with_actor_and_entity(api, admin_user, advisor, store):
    log = EventLog()
    api(admin_user).patch(
        f"/api/users/{advisor.pk}", {"last_name": "Rao", "phone": "9876543210"}, format="json"
    )

    assert log.actions() == [(actions.USER_UPDATED, "user", str(advisor.pk))]
    event = log.get(actions.USER_UPDATED, advisor.pk)
    assert (event.actor_id, event.actor_role, event.store_id) == (admin_user.pk, "system_admin", store.pk)
    assert event.changes == {"last_name": [advisor.last_name, "Rao"], "phone": [None, "9876543210"]}


def test_refused_requests_write_nothing(api, advisor, customer, unchanged):
    client = api(customer)
    with unchanged(User.objects.all()):
        client.patch(f"/api/users/{advisor.pk}", {"first_name": "X"}, format="json")
        client.delete(f"/api/users/{advisor.pk}")
        client.post("/api/stores", {"name": "S", "code": "S"}, format="json")
