"""Role × endpoint matrix for the accounts and stores endpoints."""

import pytest

from storeops.accounts.models import RefreshTokenRecord, User
from storeops.accounts.services.verification import verification_token_make
from storeops.accounts.tests.factories import PASSWORD, UserFactory
from storeops.activity.models import ActivityEvent
from storeops.notifications.models import Notification
from storeops.stores.models import Store
from storeops.stores.tests.factories import StoreFactory

CALLERS = ["anonymous", "customer", "advisor", "branch_head", "admin_user"]
NON_ADMINS = ["customer", "advisor", "branch_head"]
NOT_AUTHENTICATED = {"detail": "Authentication credentials were not provided.", "code": "not_authenticated"}


@pytest.fixture
def everyone(customer, advisor, branch_head, admin_user):  # type: ignore[no-untyped-def]
    return {"anonymous": None, "customer": customer, "advisor": advisor, "branch_head": branch_head,
            "admin_user": admin_user}  # fmt: skip


def assert_refused(response, caller: str) -> None:  # type: ignore[no-untyped-def]
    if caller == "anonymous":
        assert (response.status_code, response.json()) == (401, NOT_AUTHENTICATED)
        assert response["WWW-Authenticate"].startswith("Bearer")
    else:
        assert response.status_code == 403
        assert response.json()["code"] == "permission_denied"


# ---------- public auth endpoints: anyone, signed in or not ----------


@pytest.mark.parametrize("caller", CALLERS)
def test_public_auth_endpoints_open_to_everyone(api, everyone, caller):
    client = api(everyone[caller])
    target = UserFactory(username="target")
    pair = client.post("/api/auth/login", {"username": "target", "password": PASSWORD}, format="json",
                       REMOTE_ADDR="10.1.1.1")  # fmt: skip
    assert pair.status_code == 200
    pair = pair.json()

    assert client.post("/api/token/verify", {"token": pair["access"]}, format="json").status_code == 200
    rotated = client.post("/api/token/refresh", {"refresh": pair["refresh"]}, format="json")
    assert rotated.status_code == 200
    token = verification_token_make(user=target)
    assert client.post("/api/auth/verify-email", {"token": token}, format="json").status_code == 200
    registered = client.post(
        "/api/auth/register",
        {"username": "fresh", "email": "fresh@example.com", "password": PASSWORD},
        format="json",
    )
    assert registered.status_code == 201
    if caller == "anonymous":
        assert (
            client.post("/api/auth/logout", {"refresh": rotated.json()["refresh"]}, format="json").status_code
            == 205
        )
    else:
        own = client.refresh_token
        assert client.post("/api/auth/logout", {"refresh": own}, format="json").status_code == 205


# ---------- auth/me, auth/password, verify-email/resend: signed in only ----------


@pytest.mark.parametrize("caller", CALLERS)
def test_me(api, everyone, caller, unchanged):
    client = api(everyone[caller])
    if caller == "anonymous":
        with unchanged(User.objects.all()):
            assert_refused(client.get("/api/auth/me"), caller)
            assert_refused(client.patch("/api/auth/me", {"first_name": "X"}, format="json"), caller)
        return
    assert client.get("/api/auth/me").json()["id"] == everyone[caller].pk
    assert client.patch("/api/auth/me", {"first_name": "X"}, format="json").json()["first_name"] == "X"


@pytest.mark.parametrize("caller", CALLERS)
def test_password_change(api, everyone, caller, unchanged):
    client = api(everyone[caller])
    body = {"current_password": PASSWORD, "new_password": "Brand-new-pass-77"}
    if caller == "anonymous":
        with unchanged(User.objects.all(), RefreshTokenRecord.objects.all()):
            assert_refused(client.post("/api/auth/password", body, format="json"), caller)
        return
    assert client.post("/api/auth/password", body, format="json").status_code == 200


@pytest.mark.parametrize("caller", CALLERS)
def test_verify_email_resend(api, everyone, caller, unchanged):
    client = api(everyone[caller])
    if caller == "anonymous":
        with unchanged(Notification.objects.all()):
            assert_refused(client.post("/api/auth/verify-email/resend"), caller)
        return
    assert client.post("/api/auth/verify-email/resend").status_code == 202
    assert (
        Notification.objects.filter(event="account.verify_email", recipient_user=everyone[caller]).count()
        == 1
    )


# ---------- /api/users*: system_admin only ----------


def users_requests(target_id: int):  # type: ignore[no-untyped-def]
    new = {"username": "made", "email": "made@example.com", "password": PASSWORD}
    return [
        ("get", "/api/users", None),
        ("get", f"/api/users/{target_id}", None),
        ("post", "/api/users", new),
        ("put", f"/api/users/{target_id}", {"username": "renamed", "email": "renamed@example.com"}),
        ("patch", f"/api/users/{target_id}", {"first_name": "Changed"}),
        ("delete", f"/api/users/{target_id}", None),
    ]


@pytest.mark.parametrize("caller", ["anonymous", *NON_ADMINS])
@pytest.mark.parametrize("scope", ["own_store", "other_store"])
def test_users_api_refused_for_non_admins(api, everyone, other_store, caller, scope, unchanged):
    target = UserFactory(
        store=other_store if scope == "other_store" else everyone["advisor"].store, role="advisor"
    )
    client = api(everyone[caller])

    for method, url, data in users_requests(target.pk):
        with unchanged(User.objects.all(), Store.objects.all()):
            response = getattr(client, method)(url, data, format="json")
        assert_refused(response, caller)


def test_users_api_allowed_for_admin(api, admin_user, other_store):
    target = UserFactory(store=other_store, role="advisor")
    client = api(admin_user)
    expected = {"get": 200, "post": 201, "put": 200, "patch": 200, "delete": 204}

    for method, url, data in users_requests(target.pk):
        response = getattr(client, method)(url, data, format="json")
        assert response.status_code == expected[method], (method, url, response.content)
    assert ActivityEvent.objects.filter(action="accounts.user.deactivated", entity_id=str(target.pk)).exists()


# ---------- stores ----------


@pytest.mark.parametrize("caller", CALLERS)
def test_stores_read(api, everyone, store, other_store, caller):
    closed = StoreFactory(is_active=False)
    client = api(everyone[caller])

    listed = {row["id"] for row in client.get("/api/stores").json()["results"]}
    for shop in (store, other_store):
        detail = client.get(f"/api/stores/{shop.pk}")
        assert detail.status_code == 200
        assert ("branch_head" in detail.json()) is (caller == "admin_user")
    if caller == "admin_user":
        assert listed == {store.pk, other_store.pk, closed.pk}
        assert client.get(f"/api/stores/{closed.pk}").status_code == 200
    else:
        assert listed == {store.pk, other_store.pk}
        assert client.get(f"/api/stores/{closed.pk}").status_code == 404


def stores_writes(store_id: int):  # type: ignore[no-untyped-def]
    return [
        ("post", "/api/stores", {"name": "New", "code": "NEW"}),
        ("put", f"/api/stores/{store_id}", {"name": "Renamed", "code": "REN"}),
        ("patch", f"/api/stores/{store_id}", {"name": "Patched"}),
        ("delete", f"/api/stores/{store_id}", None),
    ]


@pytest.mark.parametrize("caller", ["anonymous", *NON_ADMINS])
@pytest.mark.parametrize("scope", ["own_store", "other_store"])
def test_stores_write_refused_for_non_admins(api, everyone, store, other_store, caller, scope, unchanged):
    client = api(everyone[caller])
    target = store if scope == "own_store" else other_store

    for method, url, data in stores_writes(target.pk):
        with unchanged(Store.objects.all(), User.objects.all()):
            response = getattr(client, method)(url, data, format="json")
        assert_refused(response, caller)


def test_stores_write_allowed_for_admin(api, admin_user, store):
    client = api(admin_user)
    expected = {"post": 201, "put": 200, "patch": 200, "delete": 204}

    for method, url, data in stores_writes(store.pk):
        response = getattr(client, method)(url, data, format="json")
        assert response.status_code == expected[method], (method, url, response.content)
    store.refresh_from_db()
    assert (store.name, store.code, store.is_active) == ("Patched", "REN", False)
