"""/api/users: list, output, create/update rules, deactivation."""

from datetime import timedelta

import pytest
from django.utils import timezone

from storeops.accounts.models import RefreshTokenRecord, User
from storeops.accounts.roles import Role
from storeops.accounts.tests.factories import PASSWORD, UserFactory
from storeops.accounts.tests.helpers import assert_no_secret_in_events, bearer, events, login, refresh
from storeops.activity import actions
from storeops.stores.tests.factories import StoreFactory

URL = "/api/users"
USER_KEYS = {
    "id", "username", "email", "email_verified", "first_name", "last_name", "full_name", "phone", "role",
    "store", "store_name", "headed_store", "is_active", "date_joined", "last_login",
}  # fmt: skip
NEW_PASSWORD = "Brand-new-pass-77"


def ids(response) -> list[int]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


# ---------- list ----------


def test_list_output_keys_and_values(api, admin_user, branch_head, store):
    body = api(admin_user).get(URL, {"search": "head"}).json()

    assert body["count"] == 1
    row = body["results"][0]
    assert set(row) == USER_KEYS
    assert row["id"] == branch_head.pk
    assert (row["role"], row["store"], row["store_name"], row["headed_store"]) == (
        "branch_head",
        store.pk,
        "MG Road",
        store.pk,
    )
    assert row["full_name"] == f"Test {branch_head.last_name}"
    assert "password" not in row


def test_list_nulls_for_user_without_store(api, admin_user, customer):
    row = api(admin_user).get(f"{URL}/{customer.pk}").json()

    assert (row["store"], row["store_name"], row["headed_store"]) == (None, None, None)


def test_list_default_ordering_is_newest_first(api, admin_user):
    now = timezone.now()
    older = UserFactory(date_joined=now - timedelta(days=2))
    same_a = UserFactory(date_joined=now - timedelta(days=1))
    same_b = UserFactory(date_joined=now - timedelta(days=1))
    User.objects.filter(pk=admin_user.pk).update(date_joined=now - timedelta(days=3))

    assert ids(api(admin_user).get(URL)) == [same_b.pk, same_a.pk, older.pk, admin_user.pk]


@pytest.mark.parametrize(
    ("ordering", "expected"),
    [
        ("username", ["admin", "bravo", "charlie", "delta"]),
        ("-username", ["delta", "charlie", "bravo", "admin"]),
        ("last_login", ["delta", "charlie", "bravo", "admin"]),
        ("-last_login", ["admin", "bravo", "charlie", "delta"]),
        ("date_joined", ["admin", "delta", "charlie", "bravo"]),
        ("id", ["admin", "charlie", "delta", "bravo"]),
        ("-id", ["bravo", "delta", "charlie", "admin"]),
    ],
)
def test_list_ordering(api, admin_user, ordering, expected):
    now = timezone.now()
    for offset, name in enumerate(["charlie", "delta", "bravo"], start=1):
        UserFactory(username=name, date_joined=now - timedelta(days=10 - offset))
    User.objects.filter(pk=admin_user.pk).update(date_joined=now - timedelta(days=20))
    for hours, name in [(1, "admin"), (2, "bravo"), (3, "charlie"), (4, "delta")]:
        User.objects.filter(username=name).update(last_login=now - timedelta(hours=hours))
    # date_joined order: admin (-20d), charlie (-9d), delta (-8d), bravo (-7d).
    if ordering == "date_joined":
        expected = ["admin", "charlie", "delta", "bravo"]

    response = api(admin_user).get(URL, {"ordering": ordering})

    assert [row["username"] for row in response.json()["results"]] == expected


@pytest.mark.parametrize("ordering", ["password", "email", "token_version", "-role"])
def test_list_ignores_ordering_outside_whitelist(api, admin_user, ordering):
    now = timezone.now()
    first = UserFactory(username="zulu", email="a@example.com", date_joined=now - timedelta(days=1))
    second = UserFactory(username="alpha", email="z@example.com", date_joined=now)
    User.objects.filter(pk=admin_user.pk).update(date_joined=now - timedelta(days=2))

    assert ids(api(admin_user).get(URL, {"ordering": ordering})) == [second.pk, first.pk, admin_user.pk]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"role": "advisor"}, {"advisor", "other"}),
        ({"role": "advisor,branch_head"}, {"advisor", "head", "other"}),
        ({"role": "system_admin"}, {"admin"}),
        ({"role": "customer"}, {"customer", "quiet"}),
        ({"role": "nonsense"}, set()),
        ({"is_active": "false"}, {"quiet"}),
        ({"is_active": "true"}, {"admin", "advisor", "head", "customer", "other"}),
        ({"search": "MG ROAD"}, {"advisor", "head"}),
        ({"search": "indira"}, {"other"}),
        ({"search": "QUIET"}, {"quiet"}),
        ({"search": "hidden@EXAMPLE"}, {"quiet"}),
        ({"search": "Ranganathan"}, {"customer"}),
        ({"search": "Kavya"}, {"other"}),
        ({"search": "98450"}, {"advisor"}),
        ({"search": "   "}, {"admin", "advisor", "head", "customer", "other", "quiet"}),
        ({"role": "advisor", "search": "indira"}, {"other"}),
        ({"role": "customer", "search": "indira"}, set()),
        ({"is_active": "false", "role": "customer"}, {"quiet"}),
    ],
)
def test_list_filters(api, admin_user, advisor, branch_head, customer, other_store, params, expected):
    UserFactory(username="quiet", email="hidden@example.com", is_active=False)
    UserFactory(username="other", first_name="Kavya", role=Role.ADVISOR, store=other_store)
    User.objects.filter(pk=customer.pk).update(last_name="Ranganathan")
    User.objects.filter(pk=advisor.pk).update(phone="9845012345")

    response = api(admin_user).get(URL, params)

    assert response.status_code == 200
    assert {row["username"] for row in response.json()["results"]} == expected


def test_list_filter_by_store(api, admin_user, advisor, branch_head, other_store):
    UserFactory(role=Role.ADVISOR, store=other_store)

    assert set(ids(api(admin_user).get(URL, {"store": advisor.store_id}))) == {advisor.pk, branch_head.pk}


@pytest.mark.parametrize("page_size", [1, 100])
def test_list_query_count_does_not_grow(
    api, admin_user, store, other_store, django_assert_max_num_queries, page_size
):
    for index in range(30):
        UserFactory(role=Role.ADVISOR, store=store if index % 2 else other_store)
    from storeops.accounts.tests.factories import make_branch_head

    make_branch_head(store)
    client = api(admin_user)

    with django_assert_max_num_queries(4):
        response = client.get(URL, {"page_size": page_size})

    assert len(response.json()["results"]) == min(page_size, 32)


def test_retrieve_unknown_is_404(api, admin_user):
    assert api(admin_user).get(f"{URL}/999999").status_code == 404


# ---------- create ----------


def create_body(**overrides):  # type: ignore[no-untyped-def]
    return {"username": "newstaff", "email": "NewStaff@Example.com", "password": PASSWORD, **overrides}


def test_create_defaults_to_active_customer(api, admin_user):
    response = api(admin_user).post(URL, create_body(), format="json")

    assert response.status_code == 201, response.content
    body = response.json()
    assert set(body) == USER_KEYS
    user = User.objects.get(username="newstaff")
    assert body["id"] == user.pk
    assert (body["role"], body["is_active"], body["email"], body["email_verified"]) == (
        "customer",
        True,
        "newstaff@example.com",
        False,
    )
    assert user.check_password(PASSWORD)
    assert (user.is_staff, user.is_superuser) == (False, False)
    event = events(actions.USER_CREATED).get()
    assert (event.actor_id, event.entity_id) == (admin_user.pk, str(user.pk))
    assert event.changes["username"] == "newstaff"
    assert "password" not in event.changes
    assert_no_secret_in_events(PASSWORD)


def test_create_advisor_in_store(api, admin_user, store):
    response = api(admin_user).post(
        URL, create_body(role="advisor", store=store.pk, phone="+91 98450 12345"), format="json"
    )

    assert response.status_code == 201
    assert (response.json()["store"], response.json()["store_name"], response.json()["phone"]) == (
        store.pk,
        "MG Road",
        "+919845012345",
    )


def test_create_system_admin_gets_admin_site_access(api, admin_user):
    api(admin_user).post(URL, create_body(role="system_admin"), format="json")

    user = User.objects.get(username="newstaff")
    assert (user.is_staff, user.is_superuser) == (True, True)


def test_create_ignores_unknown_and_read_only_keys(api, admin_user):
    long_ago = "2001-01-01T00:00:00Z"
    response = api(admin_user).post(
        URL,
        create_body(id=4242, date_joined=long_ago, last_login=long_ago, is_staff=True, is_superuser=True,
                    token_version=7, headed_store=1, full_name="Nope"),
        format="json",
    )  # fmt: skip

    assert response.status_code == 201
    user = User.objects.get(username="newstaff")
    assert user.pk != 4242
    assert (user.is_staff, user.is_superuser, user.token_version, user.last_login) == (False, False, 0, None)
    assert user.date_joined.year == timezone.now().year


def test_create_requires_password(api, admin_user, unchanged):
    with unchanged(User.objects.all()):
        response = api(admin_user).post(URL, {"username": "x", "email": "x@example.com"}, format="json")

    assert response.status_code == 400
    assert response.json() == {"password": ["This field is required."]}


@pytest.mark.parametrize(
    ("overrides", "errors"),
    [
        ({"username": "ADVISOR"}, {"username": ["A user with this username already exists."]}),
        ({"email": "Advisor@EXAMPLE.com"}, {"email": ["A user with this e-mail already exists."]}),
        ({"username": "quiet"}, {"username": ["A user with this username already exists."]}),
        ({"role": "customer", "store": "STORE"}, {"store": ["Customers cannot belong to a store."]}),
        ({"store": "STORE"}, {"store": ["Customers cannot belong to a store."]}),
        ({"role": "advisor", "store": "INACTIVE"}, {"store": ["Choose an active store."]}),
        ({"role": "advisor", "store": 999999}, {"store": ["Choose an active store."]}),
        ({"role": "wizard"}, None),
        ({"password": "12345678"}, None),
        ({"phone": "12"}, {"phone": ["Enter a valid phone number."]}),
    ],
)
def test_create_refusals(api, admin_user, advisor, store, unchanged, overrides, errors):
    UserFactory(username="quiet", is_active=False)
    inactive = StoreFactory(is_active=False)
    overrides = {k: {"STORE": store.pk, "INACTIVE": inactive.pk}.get(v, v) for k, v in overrides.items()}

    with unchanged(User.objects.all()):
        response = api(admin_user).post(URL, create_body(**overrides), format="json")

    assert response.status_code == 400
    key = next(iter(overrides))
    assert list(response.json()) == [key if key != "role" or "store" not in overrides else "store"]
    if errors:
        assert response.json() == errors


# ---------- update ----------


def test_patch_updates_fields_with_one_event(api, admin_user, advisor):
    response = api(admin_user).patch(
        f"{URL}/{advisor.pk}", {"first_name": "Asha", "email_verified": True}, format="json"
    )

    assert response.status_code == 200
    assert (response.json()["first_name"], response.json()["email_verified"]) == ("Asha", True)
    event = events(actions.USER_UPDATED).get()
    assert (event.actor_id, event.entity_id) == (admin_user.pk, str(advisor.pk))
    assert event.changes == {"first_name": ["Test", "Asha"], "email_verified": [False, True]}


def test_patch_without_changes_writes_no_event(api, admin_user, advisor, unchanged):
    with unchanged(User.objects.all()):
        response = api(admin_user).patch(f"{URL}/{advisor.pk}", {"first_name": "Test"}, format="json")

    assert response.status_code == 200


def test_patch_email_resets_verification_unless_sent(api, admin_user, advisor):
    User.objects.filter(pk=advisor.pk).update(email_verified=True)
    client = api(admin_user)

    assert (
        client.patch(f"{URL}/{advisor.pk}", {"email": "a2@example.com"}, format="json").json()[
            "email_verified"
        ]
        is False
    )
    body = client.patch(
        f"{URL}/{advisor.pk}", {"email": "a3@example.com", "email_verified": True}, format="json"
    ).json()
    assert (body["email"], body["email_verified"]) == ("a3@example.com", True)


def test_patch_ignores_unknown_and_read_only_keys(api, admin_user, advisor, unchanged):
    with unchanged(User.objects.all()):
        response = api(admin_user).patch(
            f"{URL}/{advisor.pk}",
            {"id": 999, "is_staff": True, "is_superuser": True, "token_version": 5, "date_joined": "2001-01-01",
             "last_login": "2001-01-01T00:00:00Z", "headed_store": 3},
            format="json",
        )  # fmt: skip

    assert response.status_code == 200


def test_put_requires_username_and_email(api, admin_user, advisor, unchanged):
    with unchanged(User.objects.all()):
        response = api(admin_user).put(f"{URL}/{advisor.pk}", {"first_name": "X"}, format="json")

    assert response.status_code == 400
    assert set(response.json()) == {"username", "email"}


def test_put_replaces_fields_without_password(api, admin_user, advisor, store):
    response = api(admin_user).put(
        f"{URL}/{advisor.pk}",
        {"username": "asha", "email": "asha@example.com", "role": "advisor", "store": store.pk},
        format="json",
    )

    assert response.status_code == 200
    advisor.refresh_from_db()
    assert (advisor.username, advisor.email) == ("asha", "asha@example.com")
    assert advisor.check_password(PASSWORD)


@pytest.mark.parametrize(
    ("data", "errors"),
    [
        ({"username": "Customer"}, {"username": ["A user with this username already exists."]}),
        ({"email": "CUSTOMER@example.com"}, {"email": ["A user with this e-mail already exists."]}),
        ({"role": "customer", "store": "STORE"}, {"store": ["Customers cannot belong to a store."]}),
        ({"store": "INACTIVE"}, {"store": ["Choose an active store."]}),
        ({"store": 999999}, {"store": ["Choose an active store."]}),
        ({"password": "123"}, None),
    ],
)
def test_update_refusals_change_nothing(api, admin_user, advisor, customer, store, unchanged, data, errors):
    inactive = StoreFactory(is_active=False)
    data = {k: {"STORE": store.pk, "INACTIVE": inactive.pk}.get(v, v) for k, v in data.items()}
    client = api(admin_user)

    with unchanged(User.objects.all(), RefreshTokenRecord.objects.all()):
        response = client.patch(f"{URL}/{advisor.pk}", data, format="json")

    assert response.status_code == 400
    if errors:
        assert response.json() == errors
    else:
        assert list(response.json()) == list(data)


def test_customer_keeps_refusing_store(api, admin_user, customer, store, unchanged):
    with unchanged(User.objects.all()):
        response = api(admin_user).patch(f"{URL}/{customer.pk}", {"store": store.pk}, format="json")

    assert (response.status_code, response.json()) == (
        400,
        {"store": ["Customers cannot belong to a store."]},
    )


def test_demoting_advisor_to_customer_clears_store(api, admin_user, advisor):
    response = api(admin_user).patch(f"{URL}/{advisor.pk}", {"role": "customer"}, format="json")

    assert response.status_code == 200
    assert (response.json()["role"], response.json()["store"]) == ("customer", None)
    event = events(actions.USER_UPDATED).get()
    assert event.changes == {"role": ["advisor", "customer"], "store": [advisor.store_id, None]}


def test_role_change_syncs_admin_site_access(api, admin_user, advisor):
    client = api(admin_user)
    client.patch(f"{URL}/{advisor.pk}", {"role": "system_admin", "store": None}, format="json")
    advisor.refresh_from_db()
    assert (advisor.is_staff, advisor.is_superuser) == (True, True)

    client.patch(f"{URL}/{advisor.pk}", {"role": "customer"}, format="json")
    advisor.refresh_from_db()
    assert (advisor.is_staff, advisor.is_superuser) == (False, False)


def test_admin_setting_password_kills_tokens(api, admin_user, advisor):
    session = login("advisor").json()

    response = api(admin_user).patch(f"{URL}/{advisor.pk}", {"password": NEW_PASSWORD}, format="json")

    assert response.status_code == 200
    assert bearer(session["access"]).get("/api/auth/me").status_code == 401
    assert refresh(session["refresh"]).status_code == 401
    assert not RefreshTokenRecord.objects.filter(user=advisor, blacklisted_at=None).exists()
    assert login("advisor", NEW_PASSWORD).status_code == 200
    event = events(actions.USER_PASSWORD_CHANGED).get()
    assert (event.actor_id, event.entity_id, event.changes) == (admin_user.pk, str(advisor.pk), {})
    assert not events(actions.USER_UPDATED).exists()
    assert_no_secret_in_events(NEW_PASSWORD)


# ---------- deactivation ----------


@pytest.mark.parametrize("how", ["patch", "delete"])
def test_deactivation_kills_access_and_refresh_at_once(api, admin_user, advisor, how):
    session = login("advisor").json()
    victim = bearer(session["access"])
    assert victim.get("/api/auth/me").status_code == 200
    client = api(admin_user)

    if how == "patch":
        response = client.patch(f"{URL}/{advisor.pk}", {"is_active": False}, format="json")
        assert response.status_code == 200
        assert response.json()["is_active"] is False
    else:
        response = client.delete(f"{URL}/{advisor.pk}")
        assert (response.status_code, response.content) == (204, b"")

    assert victim.get("/api/auth/me").status_code == 401
    assert refresh(session["refresh"]).status_code == 401
    assert login("advisor").status_code == 401
    advisor.refresh_from_db()
    assert (advisor.is_active, advisor.username, advisor.email) == (False, "advisor", "advisor@example.com")
    assert advisor.store_id is not None
    event = events(actions.USER_DEACTIVATED).get()
    assert (event.actor_id, event.entity_id, event.changes) == (
        admin_user.pk,
        str(advisor.pk),
        {"is_active": [True, False]},
    )
    assert set(
        RefreshTokenRecord.objects.filter(user=advisor).values_list("blacklist_reason", flat=True)
    ) == {"revoked"}
    assert advisor.pk in ids(client.get(URL, {"is_active": "false"}))


def test_reactivation_allows_login(api, admin_user, advisor):
    client = api(admin_user)
    client.delete(f"{URL}/{advisor.pk}")

    response = client.patch(f"{URL}/{advisor.pk}", {"is_active": True}, format="json")

    assert response.status_code == 200
    assert login("advisor").status_code == 200
    event = events(actions.USER_UPDATED).get()
    assert event.changes == {"is_active": [False, True]}


def test_delete_inactive_user_is_204_without_event(api, admin_user, unchanged):
    user = UserFactory(is_active=False)

    with unchanged(User.objects.all()):
        response = api(admin_user).delete(f"{URL}/{user.pk}")

    assert response.status_code == 204


def test_delete_unknown_is_404(api, admin_user):
    assert api(admin_user).delete(f"{URL}/999999").status_code == 404


# ---------- self rules ----------


@pytest.mark.parametrize(
    ("data", "errors"),
    [
        ({"is_active": False}, {"is_active": ["You cannot deactivate your own account."]}),
        ({"role": "advisor"}, {"role": ["You cannot change your own role."]}),
        ({"role": "customer", "first_name": "Changed"}, {"role": ["You cannot change your own role."]}),
    ],
)
def test_admin_cannot_deactivate_or_demote_self(api, admin_user, unchanged, data, errors):
    client = api(admin_user)
    with unchanged(User.objects.all(), RefreshTokenRecord.objects.all()):
        response = client.patch(f"{URL}/{admin_user.pk}", data, format="json")

    assert (response.status_code, response.json()) == (400, errors)
    assert client.get("/api/auth/me").status_code == 200


def test_admin_cannot_delete_self(api, admin_user, unchanged):
    client = api(admin_user)
    with unchanged(User.objects.all(), RefreshTokenRecord.objects.all()):
        response = client.delete(f"{URL}/{admin_user.pk}")

    assert response.status_code == 400
    assert response.json() == {"detail": "You cannot delete your own account.", "code": "self_delete"}
    assert client.get("/api/auth/me").status_code == 200


def test_admin_may_edit_own_names_and_keep_role(api, admin_user):
    response = api(admin_user).patch(
        f"{URL}/{admin_user.pk}",
        {"first_name": "Root", "role": "system_admin", "is_active": True},
        format="json",
    )

    assert response.status_code == 200
    assert response.json()["first_name"] == "Root"


def test_admin_may_deactivate_another_admin(api, admin_user):
    other = UserFactory(role=Role.SYSTEM_ADMIN)

    assert api(admin_user).delete(f"{URL}/{other.pk}").status_code == 204
    other.refresh_from_db()
    assert other.is_active is False


# ---------- request formats and paths ----------


def test_form_create_without_is_active_makes_active_user(api, admin_user, store):
    response = api(admin_user).post(
        URL, {"username": "formy", "email": "formy@example.com", "password": PASSWORD, "role": "advisor",
              "store": store.pk},
    )  # fmt: skip

    assert response.status_code == 201, response.content
    assert (response.json()["is_active"], response.json()["email_verified"]) == (True, False)


def test_form_patch_omitting_flags_keeps_them(api, admin_user, advisor):
    User.objects.filter(pk=advisor.pk).update(email_verified=True)

    response = api(admin_user).patch(f"{URL}/{advisor.pk}", {"first_name": "Formed"})

    assert response.status_code == 200
    advisor.refresh_from_db()
    assert (advisor.first_name, advisor.is_active, advisor.email_verified) == ("Formed", True, True)


def test_routes_answer_with_trailing_slash(api, admin_user, advisor):
    client = api(admin_user)

    assert client.get(f"{URL}/").status_code == 200
    assert client.get(f"{URL}/{advisor.pk}/").json()["id"] == advisor.pk
    assert client.patch(f"{URL}/{advisor.pk}/", {"first_name": "S"}, format="json").status_code == 200


def test_page_past_the_end_is_404(api, admin_user):
    response = api(admin_user).get(URL, {"page": 5})

    assert (response.status_code, response.json()["detail"]) == (404, "Invalid page.")
