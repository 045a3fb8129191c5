"""/api/stores: directory, admin writes and branch-head assignment."""

from datetime import timedelta

import pytest
from django.utils import timezone

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.accounts.tests.factories import UserFactory, make_branch_head
from storeops.accounts.tests.helpers import EventLog, events
from storeops.activity import actions
from storeops.stores.models import Store
from storeops.stores.tests.factories import StoreFactory
from storeops.stores.tests.invariants import assert_branch_head_invariants

URL = "/api/stores"
PUBLIC_KEYS = {
    "id",
    "name",
    "code",
    "address",
    "phone",
    "email",
    "latitude",
    "longitude",
    "timezone",
    "store_type",
    "is_active",
}
ADMIN_KEYS = PUBLIC_KEYS | {
    "branch_head",
    "branch_head_name",
    "branch_head_email",
    "created_at",
    "updated_at",
}
ASSIGNED, REMOVED = actions.STORE_BRANCH_HEAD_ASSIGNED, actions.STORE_BRANCH_HEAD_REMOVED


@pytest.fixture
def closed(db):  # type: ignore[no-untyped-def]
    return StoreFactory(name="Closed", code="OLD", is_active=False)


def names(response) -> list[str]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.content
    return [row["name"] for row in response.json()["results"]]


# ---------- read ----------


def test_anonymous_list_shows_active_stores_without_head_fields(api, branch_head, store, other_store, closed):
    response = api().get(URL)

    assert names(response) == ["Indiranagar", "MG Road"]
    for row in response.json()["results"]:
        assert set(row) == PUBLIC_KEYS
    row = response.json()["results"][1]
    assert row == {
        "id": store.pk, "name": "MG Road", "code": "MGR", "address": "1 Main Road", "phone": None, "email": None,
        "latitude": "12.971600", "longitude": "77.594600", "timezone": "Asia/Kolkata", "store_type": "BRANCH",
        "is_active": True,
    }  # fmt: skip


@pytest.mark.parametrize("role", [Role.CUSTOMER, Role.ADVISOR, Role.BRANCH_HEAD])
def test_signed_in_non_admins_see_public_view(api, store, closed, role):
    user = UserFactory(role=role, store=None)

    response = api(user).get(URL, {"is_active": "false"})

    assert names(response) == ["MG Road"]
    assert set(response.json()["results"][0]) == PUBLIC_KEYS
    assert set(api(user).get(f"{URL}/{store.pk}").json()) == PUBLIC_KEYS


def test_admin_list_shows_inactive_and_head_fields(api, admin_user, branch_head, store, closed):
    response = api(admin_user).get(URL)

    assert names(response) == ["Closed", "MG Road"]
    rows = {row["code"]: row for row in response.json()["results"]}
    assert set(rows["MGR"]) == ADMIN_KEYS
    assert (
        rows["MGR"]["branch_head"],
        rows["MGR"]["branch_head_name"],
        rows["MGR"]["branch_head_email"],
    ) == (branch_head.pk, branch_head.full_name, "head@example.com")
    assert (
        rows["OLD"]["branch_head"],
        rows["OLD"]["branch_head_name"],
        rows["OLD"]["branch_head_email"],
    ) == (None, None, None)
    assert rows["OLD"]["is_active"] is False


@pytest.mark.parametrize(("value", "expected"), [("false", ["Closed"]), ("true", ["MG Road"])])
def test_admin_filters_is_active(api, admin_user, store, closed, value, expected):
    assert names(api(admin_user).get(URL, {"is_active": value})) == expected


@pytest.mark.parametrize(
    ("term", "expected"),
    [("mg ro", ["MG Road"]), ("ind", ["Indiranagar"]), ("brigade", ["Indiranagar"]), ("zzz", [])],
)
def test_search_over_name_code_and_address(api, store, other_store, term, expected):
    Store.objects.filter(pk=other_store.pk).update(address="12 Brigade Road")

    assert names(api().get(URL, {"search": term})) == expected


def test_search_by_code(api, store, other_store):
    Store.objects.filter(pk=store.pk).update(name="Alpha")
    Store.objects.filter(pk=other_store.pk).update(name="Beta", code="XYZ-9")

    assert names(api().get(URL, {"search": "xyz"})) == ["Beta"]


@pytest.mark.parametrize(
    ("ordering", "expected"),
    [
        (None, ["Alpha", "Beta", "Gamma"]),
        ("name", ["Alpha", "Beta", "Gamma"]),
        ("-name", ["Gamma", "Beta", "Alpha"]),
        ("code", ["Gamma", "Alpha", "Beta"]),
        ("-code", ["Beta", "Alpha", "Gamma"]),
        ("created_at", ["Beta", "Gamma", "Alpha"]),
        ("-created_at", ["Alpha", "Gamma", "Beta"]),
        ("id", ["Gamma", "Alpha", "Beta"]),
        ("-id", ["Beta", "Alpha", "Gamma"]),
        ("branch_head", ["Alpha", "Beta", "Gamma"]),
        ("address", ["Alpha", "Beta", "Gamma"]),
    ],
)
def test_ordering(api, ordering, expected):
    now = timezone.now()
    for name, code, days in [("Gamma", "AAA", 2), ("Alpha", "BBB", 1), ("Beta", "CCC", 3)]:
        shop = StoreFactory(name=name, code=code, address=f"{4 - days} Road")
        Store.objects.filter(pk=shop.pk).update(created_at=now - timedelta(days=days))

    params = {"ordering": ordering} if ordering else {}
    assert names(api().get(URL, params)) == expected


def test_default_ordering_breaks_name_ties_by_id(api):
    first, second = StoreFactory(name="Same"), StoreFactory(name="Same")

    assert [row["id"] for row in api().get(URL).json()["results"]] == [first.pk, second.pk]


@pytest.mark.parametrize("page_size", [1, 100])
def test_list_query_count_does_not_grow(api, admin_user, django_assert_max_num_queries, page_size):
    for index in range(25):
        make_branch_head(StoreFactory(), username=f"head{index}")
    client = api(admin_user)

    with django_assert_max_num_queries(4):
        response = client.get(URL, {"page_size": page_size})

    assert len(response.json()["results"]) == min(page_size, 25)


def test_inactive_store_detail_is_404_for_non_admins(api, closed, customer, advisor, branch_head, admin_user):
    for client in (api(), api(customer), api(advisor), api(branch_head)):
        assert client.get(f"{URL}/{closed.pk}").status_code == 404
    response = api(admin_user).get(f"{URL}/{closed.pk}")
    assert (response.status_code, set(response.json())) == (200, ADMIN_KEYS)


def test_unknown_store_is_404(api):
    assert api().get(f"{URL}/999999").status_code == 404


# ---------- create ----------


def test_create_store(api, admin_user, settings):
    response = api(admin_user).post(
        URL,
        {"name": "Koramangala", "code": " kor-1 ", "address": "80 Ft Road", "phone": "(080) 4123-456",
         "email": "KOR@Example.com", "latitude": "12.935200", "longitude": "77.624500"},
        format="json",
    )  # fmt: skip

    assert response.status_code == 201, response.content
    body = response.json()
    assert set(body) == ADMIN_KEYS
    shop = Store.objects.get(pk=body["id"])
    assert (body["code"], shop.code) == ("KOR-1", "KOR-1")
    assert (body["phone"], body["email"]) == ("0804123456", "kor@example.com")
    assert (body["timezone"], body["is_active"], body["branch_head"]) == (settings.TIME_ZONE, True, None)
    assert (body["store_type"], shop.store_type) == ("BRANCH", "BRANCH")
    event = events(actions.STORE_CREATED).get()
    assert (event.actor_id, event.entity_id, event.store_id) == (admin_user.pk, str(shop.pk), shop.pk)
    assert event.changes["code"] == "KOR-1"
    assert event.changes["name"] == "Koramangala"


def test_create_store_via_form_body(api, admin_user):
    response = api(admin_user).post(URL, {"name": "Form", "code": "frm", "timezone": "Europe/Berlin"})

    assert response.status_code == 201
    assert (response.json()["code"], response.json()["timezone"], response.json()["is_active"]) == (
        "FRM",
        "Europe/Berlin",
        True,
    )


@pytest.mark.parametrize(
    ("data", "errors"),
    [
        ({"timezone": "Mars/Olympus"}, {"timezone": ["Unknown time zone."]}),
        ({"code": "mgr"}, {"code": ["A store with this code already exists."]}),
        ({"code": "MGR"}, {"code": ["A store with this code already exists."]}),
        ({"code": "old"}, {"code": ["A store with this code already exists."]}),
        ({"latitude": "12.5"}, {"longitude": ["Give latitude and longitude together."]}),
        ({"longitude": "77.5"}, {"latitude": ["Give latitude and longitude together."]}),
        ({"latitude": "91", "longitude": "77"}, "latitude"),
        ({"longitude": "181", "latitude": "12"}, "longitude"),
        ({"code": "BAD CODE"}, "code"),
        ({"phone": "12"}, {"phone": ["Enter a valid phone number."]}),
        ({"name": ""}, "name"),
        ({"email": "nope"}, "email"),
    ],
)
def test_create_refusals(api, admin_user, store, closed, unchanged, data, errors):
    client = api(admin_user)
    body = {"name": "New", "code": "NEW", "latitude": None, "longitude": None} | data
    body = {k: v for k, v in body.items() if v is not None}

    with unchanged(Store.objects.all()):
        response = client.post(URL, body, format="json")

    assert response.status_code == 400
    if isinstance(errors, dict):
        assert response.json() == errors
    else:
        assert list(response.json()) == [errors]


def test_create_requires_name_and_code(api, admin_user, unchanged):
    client = api(admin_user)
    with unchanged(Store.objects.all()):
        response = client.post(URL, {}, format="json")

    assert (response.status_code, set(response.json())) == (400, {"name", "code"})


def test_create_ignores_read_only_keys(api, admin_user):
    response = api(admin_user).post(
        URL, {"name": "N", "code": "N1", "id": 777, "created_at": "2001-01-01T00:00:00Z"}, format="json"
    )

    assert response.status_code == 201
    assert response.json()["id"] != 777
    assert response.json()["created_at"][:4] == str(timezone.now().year)


def test_create_with_head_moves_them(api, admin_user, branch_head, store):
    log = EventLog()
    response = api(admin_user).post(
        URL, {"name": "New", "code": "NEW", "branch_head": branch_head.pk}, format="json"
    )

    assert response.status_code == 201
    new = Store.objects.get(code="NEW")
    branch_head.refresh_from_db()
    assert (response.json()["branch_head"], branch_head.store_id) == (branch_head.pk, new.pk)
    assert Store.objects.get(pk=store.pk).branch_head_id is None
    assert sorted(log.actions()) == sorted([
        (actions.STORE_CREATED, "store", str(new.pk)),
        (REMOVED, "store", str(store.pk)),
        (ASSIGNED, "store", str(new.pk)),
        (actions.USER_UPDATED, "user", str(branch_head.pk)),
    ])  # fmt: skip
    assert_branch_head_invariants()


# ---------- update ----------


def test_patch_store_writes_one_event(api, admin_user, store):
    response = api(admin_user).patch(
        f"{URL}/{store.pk}", {"name": "MG Road East", "code": "mgr"}, format="json"
    )

    assert response.status_code == 200
    assert (response.json()["name"], response.json()["code"]) == ("MG Road East", "MGR")
    event = events(actions.STORE_UPDATED).get()
    assert (event.actor_id, event.entity_id, event.changes) == (
        admin_user.pk,
        str(store.pk),
        {"name": ["MG Road", "MG Road East"]},
    )


def test_patch_without_changes_writes_nothing(api, admin_user, store, unchanged):
    client = api(admin_user)
    with unchanged(Store.objects.all()):
        assert client.patch(f"{URL}/{store.pk}", {"name": "MG Road"}, format="json").status_code == 200


@pytest.mark.parametrize(
    ("data", "errors"),
    [
        ({"code": "ind"}, {"code": ["A store with this code already exists."]}),
        ({"timezone": "Asia/Nowhere"}, {"timezone": ["Unknown time zone."]}),
        ({"latitude": None}, {"latitude": ["Give latitude and longitude together."]}),
        ({"branch_head": "ADVISOR"}, {"branch_head": ["Choose an active user with the branch_head role."]}),
        ({"branch_head": "CUSTOMER"}, {"branch_head": ["Choose an active user with the branch_head role."]}),
        (
            {"branch_head": "INACTIVE_HEAD"},
            {"branch_head": ["Choose an active user with the branch_head role."]},
        ),
        ({"branch_head": 999999}, {"branch_head": ["Choose an active user with the branch_head role."]}),
        (
            {"name": "Renamed", "branch_head": "ADVISOR"},
            {"branch_head": ["Choose an active user with the branch_head role."]},
        ),
    ],
)
def test_update_refusals_change_nothing(
    api, admin_user, store, other_store, advisor, customer, unchanged, data, errors
):
    inactive_head = UserFactory(role=Role.BRANCH_HEAD, is_active=False)
    ids = {"ADVISOR": advisor.pk, "CUSTOMER": customer.pk, "INACTIVE_HEAD": inactive_head.pk}
    data = {k: ids.get(v, v) if isinstance(v, str) else v for k, v in data.items()}
    client = api(admin_user)

    with unchanged(Store.objects.all(), User.objects.all()):
        response = client.patch(f"{URL}/{store.pk}", data, format="json")

    assert (response.status_code, response.json()) == (400, errors)
    assert_branch_head_invariants()


def test_put_requires_name_and_code(api, admin_user, store, unchanged):
    client = api(admin_user)
    with unchanged(Store.objects.all()):
        response = client.put(f"{URL}/{store.pk}", {"address": "x"}, format="json")

    assert (response.status_code, set(response.json())) == (400, {"name", "code"})


def test_delete_deactivates(api, admin_user, branch_head, advisor, store):
    response = api(admin_user).delete(f"{URL}/{store.pk}")

    assert (response.status_code, response.content) == (204, b"")
    store.refresh_from_db()
    assert store.is_active is False
    assert store.branch_head_id == branch_head.pk
    assert User.objects.get(pk=advisor.pk).store_id == store.pk
    event = events(actions.STORE_DEACTIVATED).get()
    assert (event.actor_id, event.entity_id, event.changes) == (
        admin_user.pk,
        str(store.pk),
        {"is_active": [True, False]},
    )
    assert api().get(f"{URL}/{store.pk}").status_code == 404
    assert_branch_head_invariants()


def test_delete_twice_writes_one_event(api, admin_user, store):
    client = api(admin_user)
    client.delete(f"{URL}/{store.pk}")

    assert client.delete(f"{URL}/{store.pk}").status_code == 204
    assert events(actions.STORE_DEACTIVATED).count() == 1


def test_patch_reactivates_and_deactivates(api, admin_user, closed):
    client = api(admin_user)

    assert client.patch(f"{URL}/{closed.pk}", {"is_active": True}, format="json").json()["is_active"] is True
    assert events(actions.STORE_UPDATED).get().changes == {"is_active": [False, True]}
    client.patch(f"{URL}/{closed.pk}", {"is_active": False}, format="json")
    assert events(actions.STORE_DEACTIVATED).get().changes == {"is_active": [True, False]}


def test_inactive_store_cannot_receive_users(api, admin_user, closed, advisor, unchanged):
    client = api(admin_user)
    with unchanged(User.objects.all()):
        response = client.patch(f"/api/users/{advisor.pk}", {"store": closed.pk}, format="json")

    assert response.status_code == 400
    assert list(response.json()) == ["store"]


# ---------- branch-head assignment ----------


def test_assigning_head_moves_them_and_detaches_previous_head(api, admin_user, store, other_store):
    previous = make_branch_head(store, username="previous")
    mover = make_branch_head(other_store, username="mover")
    log = EventLog()

    response = api(admin_user).patch(f"{URL}/{store.pk}", {"branch_head": mover.pk}, format="json")

    assert response.status_code == 200, response.content
    assert (response.json()["branch_head"], response.json()["branch_head_name"]) == (
        mover.pk,
        mover.full_name,
    )
    previous.refresh_from_db()
    mover.refresh_from_db()
    assert (mover.store_id, previous.store_id, previous.role) == (store.pk, None, Role.BRANCH_HEAD)
    assert Store.objects.get(pk=store.pk).branch_head_id == mover.pk
    assert Store.objects.get(pk=other_store.pk).branch_head_id is None
    assert sorted(log.actions()) == sorted([
        (ASSIGNED, "store", str(store.pk)),
        (REMOVED, "store", str(other_store.pk)),
        (actions.USER_UPDATED, "user", str(previous.pk)),
        (actions.USER_UPDATED, "user", str(mover.pk)),
    ])  # fmt: skip
    assert log.get(ASSIGNED, store.pk).changes == {"branch_head": [previous.pk, mover.pk]}
    assert log.get(REMOVED, other_store.pk).changes == {"branch_head": [mover.pk, None]}
    assert log.get(actions.USER_UPDATED, previous.pk).changes == {"store": [store.pk, None]}
    assert log.get(actions.USER_UPDATED, mover.pk).changes == {"store": [other_store.pk, store.pk]}
    assert_branch_head_invariants()


def test_assigning_storeless_head_to_headless_store(api, admin_user, store):
    user = UserFactory(role=Role.BRANCH_HEAD)
    log = EventLog()

    response = api(admin_user).patch(f"{URL}/{store.pk}", {"branch_head": user.pk}, format="json")

    assert response.json()["branch_head"] == user.pk
    assert User.objects.get(pk=user.pk).store_id == store.pk
    assert sorted(log.actions()) == sorted([
        (ASSIGNED, "store", str(store.pk)),
        (actions.USER_UPDATED, "user", str(user.pk)),
    ])  # fmt: skip
    assert_branch_head_invariants()


def test_clearing_head_detaches_them(api, admin_user, branch_head, store):
    log = EventLog()

    response = api(admin_user).patch(f"{URL}/{store.pk}", {"branch_head": None}, format="json")

    assert response.json()["branch_head"] is None
    assert User.objects.get(pk=branch_head.pk).store_id is None
    assert sorted(log.actions()) == sorted([
        (REMOVED, "store", str(store.pk)),
        (actions.USER_UPDATED, "user", str(branch_head.pk)),
    ])  # fmt: skip
    assert_branch_head_invariants()


def test_assigning_current_head_again_changes_nothing(api, admin_user, branch_head, store, unchanged):
    client = api(admin_user)
    with unchanged(Store.objects.all(), User.objects.all()):
        response = client.patch(f"{URL}/{store.pk}", {"branch_head": branch_head.pk}, format="json")

    assert response.status_code == 200
    assert_branch_head_invariants()


def test_clearing_head_of_headless_store_changes_nothing(api, admin_user, store, unchanged):
    client = api(admin_user)
    with unchanged(Store.objects.all(), User.objects.all()):
        assert client.patch(f"{URL}/{store.pk}", {"branch_head": None}, format="json").status_code == 200


def test_form_patch_omitting_is_active_keeps_store_active(api, admin_user, store):
    response = api(admin_user).patch(f"{URL}/{store.pk}", {"address": "2 Main Road"})

    assert response.status_code == 200
    store.refresh_from_db()
    assert (store.address, store.is_active) == ("2 Main Road", True)


@pytest.mark.parametrize(("value", "form"), [("on", True), ("1", True), ("no", True), (1, False), (0, False)])
def test_is_active_takes_only_true_or_false(api, admin_user, store, unchanged, value, form):
    """What the schema's boolean says: JSON booleans, or the words in a form body; not `on`, `1` or JSON 1."""
    with unchanged(Store.objects.all()):
        response = api(admin_user).patch(
            f"{URL}/{store.pk}", {"is_active": value}, format="multipart" if form else "json"
        )
    assert response.status_code == 400
    assert response.json() == {"is_active": ["Must be a valid boolean."]}


@pytest.mark.parametrize(
    ("value", "form", "expected"), [("false", True, False), ("TRUE", True, True), (False, False, False)]
)
def test_is_active_takes_true_and_false_in_json_and_forms(api, admin_user, store, value, form, expected):
    response = api(admin_user).patch(
        f"{URL}/{store.pk}", {"is_active": value}, format="multipart" if form else "json"
    )
    assert response.status_code == 200
    store.refresh_from_db()
    assert store.is_active is expected


def test_store_routes_answer_with_trailing_slash(api, store):
    assert api().get(f"{URL}/").status_code == 200
    assert api().get(f"{URL}/{store.pk}/").json()["id"] == store.pk
