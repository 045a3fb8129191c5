"""Branch-head rules of the users API. Invariants are checked after each test."""

import pytest

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.accounts.tests.factories import PASSWORD, UserFactory, make_branch_head
from storeops.accounts.tests.helpers import EventLog
from storeops.activity import actions
from storeops.stores.models import Store
from storeops.stores.tests.factories import StoreFactory
from storeops.stores.tests.invariants import assert_branch_head_invariants

URL = "/api/users"
ASSIGNED, REMOVED = actions.STORE_BRANCH_HEAD_ASSIGNED, actions.STORE_BRANCH_HEAD_REMOVED


def state(*objs):  # type: ignore[no-untyped-def]
    for obj in objs:
        obj.refresh_from_db()
    return objs


def patch(api, admin, user, data):  # type: ignore[no-untyped-def]
    return api(admin).patch(f"{URL}/{user.pk}", data, format="json")


# ---------- create ----------


def test_create_branch_head_for_headless_store_heads_it(api, admin_user, store):
    log = EventLog()
    response = api(admin_user).post(
        URL,
        {"username": "boss", "email": "boss@example.com", "password": PASSWORD, "role": "branch_head",
         "store": store.pk},
        format="json",
    )  # fmt: skip

    assert response.status_code == 201, response.content
    user = User.objects.get(username="boss")
    assert (response.json()["store"], response.json()["headed_store"]) == (store.pk, store.pk)
    assert Store.objects.get(pk=store.pk).branch_head_id == user.pk
    assert log.actions() == [
        (actions.USER_CREATED, "user", str(user.pk)),
        (ASSIGNED, "store", str(store.pk)),
    ]
    assert log.get(ASSIGNED, store.pk).changes == {"branch_head": [None, user.pk]}
    assert_branch_head_invariants()


def test_create_branch_head_without_store_heads_nothing(api, admin_user):
    response = api(admin_user).post(
        URL,
        {"username": "boss", "email": "b@example.com", "password": PASSWORD, "role": "branch_head"},
        format="json",
    )

    assert response.status_code == 201
    assert (response.json()["store"], response.json()["headed_store"]) == (None, None)
    assert_branch_head_invariants()


def test_create_branch_head_for_headed_store_is_409(api, admin_user, branch_head, store, unchanged):
    client = api(admin_user)
    with unchanged(User.objects.all(), Store.objects.all()):
        response = client.post(
            URL,
            {"username": "boss", "email": "b@example.com", "password": PASSWORD, "role": "branch_head",
             "store": store.pk},
            format="json",
        )  # fmt: skip

    assert response.status_code == 409
    body = response.json()
    assert set(body) == {"detail", "code", "store"}
    assert (body["code"], body["store"]) == ("store_has_branch_head", store.pk)
    assert_branch_head_invariants()


def test_create_inactive_branch_head_with_store_heads_nothing(api, admin_user, store):
    response = api(admin_user).post(
        URL,
        {"username": "boss", "email": "b@example.com", "password": PASSWORD, "role": "branch_head",
         "store": store.pk, "is_active": False},
        format="json",
    )  # fmt: skip

    assert response.status_code == 201
    assert Store.objects.get(pk=store.pk).branch_head_id is None
    assert response.json()["headed_store"] is None
    assert_branch_head_invariants()


# ---------- promote / assign ----------


def test_promote_advisor_in_headless_store(api, admin_user, advisor, store):
    log = EventLog()
    response = patch(api, admin_user, advisor, {"role": "branch_head"})

    assert response.status_code == 200
    assert response.json()["headed_store"] == store.pk
    assert Store.objects.get(pk=store.pk).branch_head_id == advisor.pk
    assert log.actions() == [
        (actions.USER_UPDATED, "user", str(advisor.pk)),
        (ASSIGNED, "store", str(store.pk)),
    ]
    assert_branch_head_invariants()


def test_promote_advisor_in_headed_store_is_409(api, admin_user, advisor, branch_head, store, unchanged):
    client = api(admin_user)
    with unchanged(User.objects.all(), Store.objects.all()):
        response = client.patch(f"{URL}/{advisor.pk}", {"role": "branch_head"}, format="json")

    assert response.status_code == 409
    assert response.json()["code"] == "store_has_branch_head"
    assert response.json()["store"] == store.pk
    assert_branch_head_invariants()


def test_branch_head_without_store_given_headless_store(api, admin_user, store):
    user = UserFactory(role=Role.BRANCH_HEAD)

    response = patch(api, admin_user, user, {"store": store.pk})

    assert response.json()["headed_store"] == store.pk
    assert_branch_head_invariants()


def test_reactivated_branch_head_given_store_heads_it(api, admin_user, store):
    user = UserFactory(role=Role.BRANCH_HEAD, is_active=False)

    response = patch(api, admin_user, user, {"is_active": True, "store": store.pk})

    assert response.status_code == 200
    assert Store.objects.get(pk=store.pk).branch_head_id == user.pk
    assert_branch_head_invariants()


def test_branch_head_to_inactive_store_is_400(api, admin_user, branch_head, unchanged):
    closed = StoreFactory(is_active=False)
    client = api(admin_user)

    with unchanged(User.objects.all(), Store.objects.all()):
        response = client.patch(f"{URL}/{branch_head.pk}", {"store": closed.pk}, format="json")

    assert (response.status_code, response.json()) == (400, {"store": ["Choose an active store."]})
    assert_branch_head_invariants()


# ---------- detach ----------


@pytest.mark.parametrize("role", ["advisor", "customer", "system_admin"])
def test_demoting_head_detaches(api, admin_user, branch_head, store, role):
    log = EventLog()
    response = patch(api, admin_user, branch_head, {"role": role})

    assert response.status_code == 200, response.content
    head, shop = state(branch_head, store)
    assert (head.role, head.store_id, shop.branch_head_id) == (role, None, None)
    assert response.json()["headed_store"] is None
    assert sorted(log.actions()) == sorted([
        (REMOVED, "store", str(store.pk)),
        (actions.USER_UPDATED, "user", str(branch_head.pk)),
    ])  # fmt: skip
    assert log.get(REMOVED, store.pk).changes == {"branch_head": [branch_head.pk, None]}
    assert log.get(actions.USER_UPDATED, branch_head.pk).changes == {
        "role": ["branch_head", role],
        "store": [store.pk, None],
    }
    assert_branch_head_invariants()


def test_demoting_head_to_advisor_of_same_store_keeps_store(api, admin_user, branch_head, store):
    response = patch(api, admin_user, branch_head, {"role": "advisor", "store": store.pk})

    assert response.status_code == 200
    head, shop = state(branch_head, store)
    assert (head.role, head.store_id, shop.branch_head_id) == ("advisor", store.pk, None)
    assert_branch_head_invariants()


@pytest.mark.parametrize("how", ["patch", "patch_with_store", "delete"])
def test_deactivating_head_detaches(api, admin_user, branch_head, store, other_store, how):
    log = EventLog()
    client = api(admin_user)
    if how == "delete":
        assert client.delete(f"{URL}/{branch_head.pk}").status_code == 204
    else:
        data = {"is_active": False} | ({"store": other_store.pk} if how == "patch_with_store" else {})
        assert client.patch(f"{URL}/{branch_head.pk}", data, format="json").status_code == 200

    head, shop, other = state(branch_head, store, other_store)
    assert (head.is_active, head.store_id, shop.branch_head_id, other.branch_head_id) == (
        False,
        None,
        None,
        None,
    )
    assert sorted(log.actions()) == sorted([
        (REMOVED, "store", str(store.pk)),
        (actions.USER_DEACTIVATED, "user", str(branch_head.pk)),
    ])  # fmt: skip
    assert log.get(actions.USER_DEACTIVATED, branch_head.pk).changes == {
        "is_active": [True, False],
        "store": [store.pk, None],
    }
    assert_branch_head_invariants()


def test_moving_head_to_headless_store(api, admin_user, branch_head, store, other_store):
    log = EventLog()
    response = patch(api, admin_user, branch_head, {"store": other_store.pk})

    assert response.status_code == 200
    head, shop, other = state(branch_head, store, other_store)
    assert (head.store_id, shop.branch_head_id, other.branch_head_id) == (
        other_store.pk,
        None,
        branch_head.pk,
    )
    assert sorted(log.actions()) == sorted([
        (REMOVED, "store", str(store.pk)),
        (actions.USER_UPDATED, "user", str(branch_head.pk)),
        (ASSIGNED, "store", str(other_store.pk)),
    ])  # fmt: skip
    assert log.get(actions.USER_UPDATED, branch_head.pk).changes == {"store": [store.pk, other_store.pk]}
    assert_branch_head_invariants()


def test_moving_head_to_headed_store_is_409_and_changes_nothing(
    api, admin_user, branch_head, store, other_store, unchanged
):
    make_branch_head(other_store, username="otherhead")
    client = api(admin_user)

    with unchanged(User.objects.all(), Store.objects.all()):
        response = client.patch(f"{URL}/{branch_head.pk}", {"store": other_store.pk}, format="json")

    assert response.status_code == 409
    body = response.json()
    assert (body["code"], body["store"]) == ("store_has_branch_head", other_store.pk)
    assert_branch_head_invariants()


def test_head_store_set_to_null_detaches(api, admin_user, branch_head, store):
    response = patch(api, admin_user, branch_head, {"store": None})

    assert response.status_code == 200
    head, shop = state(branch_head, store)
    assert (head.role, head.store_id, shop.branch_head_id) == ("branch_head", None, None)
    assert_branch_head_invariants()


def test_editing_head_names_keeps_heading(api, admin_user, branch_head, store):
    log = EventLog()
    response = patch(
        api, admin_user, branch_head, {"first_name": "Ravi", "store": store.pk, "role": "branch_head"}
    )

    assert response.status_code == 200
    assert Store.objects.get(pk=store.pk).branch_head_id == branch_head.pk
    assert log.actions() == [(actions.USER_UPDATED, "user", str(branch_head.pk))]
    assert_branch_head_invariants()
