"""Store type: HQ or BRANCH, written by admins, shown to everyone, and only a branch store has a branch head."""

import pytest
from django.core.exceptions import ValidationError

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.accounts.tests.factories import UserFactory
from storeops.accounts.tests.helpers import events
from storeops.activity import actions
from storeops.stores.models import Store, StoreType
from storeops.stores.services import store_update
from storeops.stores.tests.factories import StoreFactory

URL = "/api/stores"


@pytest.fixture
def hq(db):  # type: ignore[no-untyped-def]
    return StoreFactory(name="Head Office", code="HQ", store_type=StoreType.HQ)


@pytest.fixture
def free_head(db):  # type: ignore[no-untyped-def]
    return UserFactory(username="free.head", role=Role.BRANCH_HEAD, store=None)


def test_existing_and_new_stores_default_to_branch(api, admin_user, store):
    response = api(admin_user).post(URL, {"name": "New", "code": "NEW"}, format="json")

    assert response.status_code == 201, response.content
    assert response.json()["store_type"] == "BRANCH"
    assert Store.objects.get(pk=store.pk).store_type == StoreType.BRANCH


def test_store_type_is_shown_to_everyone(api, hq, store):
    rows = api().get(URL).json()["results"]

    assert {row["code"]: row["store_type"] for row in rows} == {"HQ": "HQ", "MGR": "BRANCH"}
    assert api().get(f"{URL}/{hq.pk}").json()["store_type"] == "HQ"


def test_admin_creates_hq_store(api, admin_user):
    response = api(admin_user).post(
        URL, {"name": "Head Office", "code": "HQ", "store_type": "HQ"}, format="json"
    )

    assert response.status_code == 201, response.content
    assert response.json()["store_type"] == "HQ"
    assert Store.objects.get(code="HQ").store_type == StoreType.HQ
    assert events(actions.STORE_CREATED).get().changes["store_type"] == "HQ"


@pytest.mark.parametrize("method", ["put", "patch"])
def test_admin_changes_store_type_with_an_audit_event(api, admin_user, store, method):
    body = {"store_type": "HQ"} | ({"name": store.name, "code": store.code} if method == "put" else {})

    response = getattr(api(admin_user), method)(f"{URL}/{store.pk}", body, format="json")

    assert response.status_code == 200, response.content
    assert response.json()["store_type"] == "HQ"
    store.refresh_from_db()
    assert store.store_type == StoreType.HQ
    assert events(actions.STORE_UPDATED).get().changes == {"store_type": ["BRANCH", "HQ"]}


def test_unknown_store_type_is_400(api, admin_user, store, unchanged):
    with unchanged(Store.objects.all()):
        response = api(admin_user).patch(f"{URL}/{store.pk}", {"store_type": "SHOP"}, format="json")

    assert response.status_code == 400
    assert set(response.json()) == {"store_type"}


@pytest.mark.parametrize(("value", "expected"), [("HQ", ["Head Office"]), ("BRANCH", ["MG Road"])])
def test_filter_by_store_type(api, hq, store, value, expected):
    response = api().get(URL, {"store_type": value})

    assert response.status_code == 200
    assert [row["name"] for row in response.json()["results"]] == expected


def test_filter_by_unknown_store_type_is_400(api, hq, store):
    assert api().get(URL, {"store_type": "SHOP"}).status_code == 400


def test_store_type_filter_is_indexed():
    indexed = [index.fields for index in Store._meta.indexes]
    assert ["store_type", "name", "id"] in indexed


def test_stores_api_refuses_a_head_for_an_hq_store(api, admin_user, hq, free_head, unchanged):
    with unchanged(Store.objects.all(), User.objects.all()):
        response = api(admin_user).patch(f"{URL}/{hq.pk}", {"branch_head": free_head.pk}, format="json")

    assert response.status_code == 400
    assert response.json() == {"branch_head": ["An HQ store cannot have a branch head."]}


def test_stores_api_refuses_creating_an_hq_store_with_a_head(api, admin_user, free_head, unchanged):
    body = {"name": "Head Office", "code": "HQ", "store_type": "HQ", "branch_head": free_head.pk}
    with unchanged(Store.objects.all(), User.objects.all()):
        response = api(admin_user).post(URL, body, format="json")

    assert response.status_code == 400
    assert response.json() == {"branch_head": ["An HQ store cannot have a branch head."]}


def test_store_with_a_head_cannot_become_hq(api, admin_user, branch_head, store, unchanged):
    with unchanged(Store.objects.all(), User.objects.all()):
        response = api(admin_user).patch(f"{URL}/{store.pk}", {"store_type": "HQ"}, format="json")

    assert response.status_code == 400
    assert response.json() == {"store_type": ["Remove the branch head before making this store HQ."]}


def test_store_becomes_hq_when_its_head_is_removed_in_the_same_request(api, admin_user, branch_head, store):
    response = api(admin_user).patch(
        f"{URL}/{store.pk}", {"store_type": "HQ", "branch_head": None}, format="json"
    )

    assert response.status_code == 200, response.content
    store.refresh_from_db()
    branch_head.refresh_from_db()
    assert (store.store_type, store.branch_head_id, branch_head.store_id) == (StoreType.HQ, None, None)


def test_refusal_codes_name_the_rule(admin_user, branch_head, store, hq, free_head):
    with pytest.raises(ValidationError) as to_hq:
        store_update(store=store, data={"store_type": "HQ"}, actor=admin_user)
    with pytest.raises(ValidationError) as head_on_hq:
        store_update(store=hq, data={"branch_head": free_head.pk}, actor=admin_user)

    assert to_hq.value.error_dict["store_type"][0].code == "store_has_branch_head"
    assert head_on_hq.value.error_dict["branch_head"][0].code == "hq_store_branch_head"


def test_users_api_refuses_a_branch_head_in_an_hq_store(api, admin_user, hq, free_head, unchanged):
    with unchanged(Store.objects.all(), User.objects.all()):
        response = api(admin_user).patch(f"/api/users/{free_head.pk}", {"store": hq.pk}, format="json")

    assert response.status_code == 400
    assert response.json() == {"store": ["A branch head can belong only to a branch store, not an HQ store."]}


def test_users_api_refuses_promoting_an_hq_member_to_branch_head(api, admin_user, hq, unchanged):
    member = UserFactory(role=Role.ADVISOR, store=hq)
    with unchanged(Store.objects.all(), User.objects.all()):
        response = api(admin_user).patch(f"/api/users/{member.pk}", {"role": "branch_head"}, format="json")

    assert response.status_code == 400
    assert set(response.json()) == {"store"}


def test_users_api_refuses_creating_a_branch_head_in_an_hq_store(api, admin_user, hq, unchanged):
    body = {
        "username": "new.head",
        "email": "new.head@example.com",
        "password": "a-long-Secret-9",
        "role": "branch_head",
        "store": hq.pk,
    }
    with unchanged(Store.objects.all(), User.objects.all()):
        response = api(admin_user).post("/api/users", body, format="json")

    assert response.status_code == 400
    assert set(response.json()) == {"store"}


def test_advisors_may_belong_to_an_hq_store(api, admin_user, hq):
    body = {
        "username": "hq.advisor",
        "email": "hq.advisor@example.com",
        "password": "a-long-Secret-9",
        "role": "advisor",
        "store": hq.pk,
    }
    response = api(admin_user).post("/api/users", body, format="json")

    assert response.status_code == 201, response.content
    assert response.json()["store"] == hq.pk
