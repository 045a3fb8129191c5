"""GET /api/logs and /api/logs/{id}: admin only, read-only, every filter of spec 07 §3."""

import pytest

from storeops.activity import actions
from storeops.activity.models import ActivityEvent
from storeops.activity.tests.factories import EventFactory, local

KEYS = {
    "id",
    "occurred_at",
    "actor",
    "actor_label",
    "actor_role",
    "action",
    "entity_type",
    "entity_id",
    "entity_label",
    "store",
    "changes",
    "reason",
    "metadata",
    "request_id",
    "ip",
}
PATHS = ["/api/logs", "/api/logs/", "/api/logs/export", "/api/logs/export/"]


@pytest.fixture
def admin_api(api, admin_user):  # type: ignore[no-untyped-def]
    return api(admin_user)


def ids(response) -> list[int]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def test_list_happy_path_with_exact_keys(admin_api, admin_user, store):
    event = EventFactory(
        actor=admin_user,
        actor_label="admin",
        actor_role="system_admin",
        store=store,
        changes={"name": ["A", "B"]},
        reason="why",
        metadata={"n": 1},
        request_id="req-1",
        ip="203.0.113.5",
        occurred_at=local(2025, 8, 31, 23, 59, 59),
    )
    for path in ("/api/logs", "/api/logs/"):
        body = admin_api.get(path).json()
        assert body["count"] == 1 and set(body) == {"count", "next", "previous", "results"}
        assert body["results"][0] == {
            "id": event.pk,
            "occurred_at": "2025-08-31T23:59:59+05:30",
            "actor": admin_user.pk,
            "actor_label": "admin",
            "actor_role": "system_admin",
            "action": "catalog.brand.updated",
            "entity_type": "brand",
            "entity_id": event.entity_id,
            "entity_label": event.entity_label,
            "store": store.pk,
            "changes": {"name": ["A", "B"]},
            "reason": "why",
            "metadata": {"n": 1},
            "request_id": "req-1",
            "ip": "203.0.113.5",
        }


def test_detail(admin_api):
    event = EventFactory()
    for path in (f"/api/logs/{event.pk}", f"/api/logs/{event.pk}/"):
        response = admin_api.get(path)
        assert response.status_code == 200
        assert set(response.json()) == KEYS and response.json()["id"] == event.pk


@pytest.mark.parametrize("path", ["/api/logs/999999", "/api/logs/abc", "/api/logs/99999999999999999999"])
def test_detail_unknown_is_404(admin_api, path):
    EventFactory()
    response = admin_api.get(path)
    assert response.status_code == 404 and response.json()["detail"]


@pytest.mark.parametrize("path", PATHS + ["/api/logs/{id}"])
def test_anonymous_gets_401_and_nothing_is_recorded(api, path, unchanged):
    path = path.format(id=EventFactory().pk)
    with unchanged():
        response = api().get(path)
    assert response.status_code == 401 and response.json()["code"] == "not_authenticated"


@pytest.mark.parametrize("path", PATHS + ["/api/logs/{id}"])
@pytest.mark.parametrize("who", ["branch_head", "advisor", "customer"])
def test_other_roles_get_403_and_no_export_event(api, request, path, who, unchanged):
    path = path.format(id=EventFactory().pk)
    client = api(request.getfixturevalue(who))
    with unchanged():
        response = client.get(path, {"format": "csv"})
    assert response.status_code == 403
    assert not ActivityEvent.objects.filter(action=actions.LOG_EXPORTED).exists()


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("path", PATHS + ["/api/logs/{id}", "/api/logs/{id}/"])
def test_writes_are_405(admin_api, path, method, unchanged):
    event = EventFactory()
    with unchanged(ActivityEvent.objects.all()):
        response = getattr(admin_api, method)(path.format(id=event.pk), {"action": "x"}, format="json")
    assert response.status_code == 405, response.content


# ----- filters: one positive and one negative case each ---------------------------------------------------


def test_filter_entity_single_and_comma_list(admin_api):
    brand = EventFactory(entity_type="brand")
    store_event = EventFactory(entity_type="store")
    EventFactory(entity_type="user")
    assert ids(admin_api.get("/api/logs", {"entity": "brand"})) == [brand.pk]
    assert sorted(ids(admin_api.get("/api/logs", {"entity": "brand,store"}))) == [brand.pk, store_event.pk]
    assert ids(admin_api.get("/api/logs", {"entity": "product"})) == []


def test_filter_entity_id(admin_api):
    hit = EventFactory(entity_type="brand", entity_id="42")
    EventFactory(entity_type="brand", entity_id="420")
    assert ids(admin_api.get("/api/logs", {"entity": "brand", "entity_id": "42"})) == [hit.pk]
    assert ids(admin_api.get("/api/logs", {"entity_id": "4"})) == []


def test_filter_actor_by_id_and_system(admin_api, admin_user, advisor):
    mine = EventFactory(actor=advisor, actor_label="advisor")
    system = EventFactory(actor=None)
    EventFactory(actor=admin_user, actor_label="admin")
    assert ids(admin_api.get("/api/logs", {"actor": advisor.pk})) == [mine.pk]
    assert ids(admin_api.get("/api/logs", {"actor": "system"})) == [system.pk]
    assert ids(admin_api.get("/api/logs", {"actor": 987654})) == []


def test_filter_action_exact_and_prefix(admin_api):
    approved = EventFactory(action="bookings.booking.approved")
    rejected = EventFactory(action="bookings.booking.rejected")
    EventFactory(action="bookings.response.created")
    EventFactory(action="bookings_booking_x")  # `_` is not a wildcard
    assert ids(admin_api.get("/api/logs", {"action": "bookings.booking.approved"})) == [approved.pk]
    assert sorted(ids(admin_api.get("/api/logs", {"action": "bookings.booking.*"}))) == [
        approved.pk,
        rejected.pk,
    ]
    # Without `.*` a prefix is not enough.
    assert ids(admin_api.get("/api/logs", {"action": "bookings.booking"})) == []
    assert ids(admin_api.get("/api/logs", {"action": "bookings.book.*"})) == []


def test_filter_store(admin_api, store, other_store):
    here = EventFactory(store=store)
    EventFactory(store=other_store)
    EventFactory(store=None)
    assert ids(admin_api.get("/api/logs", {"store": store.pk})) == [here.pk]
    assert ids(admin_api.get("/api/logs", {"store": 987654})) == []


def test_filter_request_id(admin_api):
    first = EventFactory(request_id="req-a")
    second = EventFactory(request_id="req-a")
    EventFactory(request_id="req-b")
    EventFactory(request_id=None)
    assert ids(admin_api.get("/api/logs", {"request_id": "req-a"})) == [second.pk, first.pk]
    assert ids(admin_api.get("/api/logs", {"request_id": "req-c"})) == []


@pytest.fixture
def around_august(db):  # type: ignore[no-untyped-def]
    """Events on the boundaries of 2025-08-01 .. 2025-08-31 in local time."""
    return {
        "before": EventFactory(occurred_at=local(2025, 7, 31, 23, 59, 59, 999999)),
        "first": EventFactory(occurred_at=local(2025, 8, 1, 0, 0)),
        "last": EventFactory(occurred_at=local(2025, 8, 31, 23, 59, 59, 999999)),
        "after": EventFactory(occurred_at=local(2025, 9, 1, 0, 0)),
    }


def test_filter_date_from_and_to_are_inclusive_local_days(admin_api, around_august):
    e = around_august
    both = {"date_from": "2025-08-01", "date_to": "2025-08-31"}
    assert ids(admin_api.get("/api/logs", both)) == [e["last"].pk, e["first"].pk]
    assert ids(admin_api.get("/api/logs", {"date_from": "2025-09-01"})) == [e["after"].pk]
    assert ids(admin_api.get("/api/logs", {"date_to": "2025-07-31"})) == [e["before"].pk]
    assert ids(admin_api.get("/api/logs", {"date_from": "2025-09-02"})) == []


def test_filter_created_after_and_before(admin_api, around_august):
    e = around_august
    # `created_after` is ≥, `created_before` is <; a value without offset is local time.
    window = {"created_after": "2025-08-01T00:00:00", "created_before": "2025-09-01T00:00:00+05:30"}
    assert ids(admin_api.get("/api/logs", window)) == [e["last"].pk, e["first"].pk]
    utc = {"created_after": "2025-08-31T18:29:59.999999Z"}
    assert ids(admin_api.get("/api/logs", utc)) == [e["after"].pk, e["last"].pk]
    assert ids(admin_api.get("/api/logs", {"created_before": "2025-07-31T23:59:59.999999"})) == []


def test_filters_combine_with_and(admin_api, store):
    hit = EventFactory(entity_type="brand", store=store, action="catalog.brand.created")
    EventFactory(entity_type="brand", store=None, action="catalog.brand.created")
    EventFactory(entity_type="brand", store=store, action="catalog.brand.deleted")
    query = {"entity": "brand", "store": store.pk, "action": "catalog.brand.created"}
    assert ids(admin_api.get("/api/logs", query)) == [hit.pk]


def test_empty_filter_values_mean_no_filter(admin_api):
    event = EventFactory()
    names = ["entity", "entity_id", "actor", "action", "store", "date_from", "date_to", "request_id"]
    assert ids(admin_api.get("/api/logs", dict.fromkeys(names, ""))) == [event.pk]


def test_far_dates_are_answered_without_error(admin_api):
    event = EventFactory()
    query = {"date_from": "0001-01-01", "date_to": "9999-12-31"}
    assert ids(admin_api.get("/api/logs", query)) == [event.pk]
    far = {"created_after": "0001-01-01T00:00:00+05:30", "created_before": "9999-12-31T23:59:59-12:00"}
    assert ids(admin_api.get("/api/logs", far)) == [event.pk]
    assert ids(admin_api.get("/api/logs", {"created_before": "0001-01-01T00:00:00+05:30"})) == []
    assert ids(admin_api.get("/api/logs", {"created_after": "9999-12-31T23:59:59-12:00"})) == []


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"date_from": "2025-13-01"}, "date_from"),
        ({"date_to": "yesterday"}, "date_to"),
        ({"created_after": "2025-08-01T25:00"}, "created_after"),
        ({"created_before": "soon"}, "created_before"),
        ({"actor": "nobody"}, "actor"),
        ({"actor": "0"}, "actor"),
        ({"actor": " 5"}, "actor"),
        ({"actor": "99999999999999999999"}, "actor"),
        ({"store": "abc"}, "store"),
        ({"store": "9223372036854775808"}, "store"),
    ],
)
def test_invalid_filter_values_are_400_naming_the_field(admin_api, query, field):
    response = admin_api.get("/api/logs", query)
    assert response.status_code == 400
    assert list(response.json()) == [field]


def test_date_from_after_date_to_is_400(admin_api):
    response = admin_api.get("/api/logs", {"date_from": "2025-09-01", "date_to": "2025-08-31"})
    assert response.status_code == 400
    assert response.json() == {"date_to": ["Must not be before date_from."]}
    same_day = admin_api.get("/api/logs", {"date_from": "2025-09-01", "date_to": "2025-09-01"})
    assert same_day.status_code == 200


def test_ordering_default_newest_first_ties_by_id(admin_api):
    moment = local(2025, 8, 1, 12, 0)
    a, b = EventFactory(occurred_at=moment), EventFactory(occurred_at=moment)
    older = EventFactory(occurred_at=local(2025, 7, 1, 12, 0))
    assert ids(admin_api.get("/api/logs")) == [b.pk, a.pk, older.pk]
    assert ids(admin_api.get("/api/logs", {"ordering": "-occurred_at"})) == [b.pk, a.pk, older.pk]
    assert ids(admin_api.get("/api/logs", {"ordering": "occurred_at"})) == [older.pk, a.pk, b.pk]


def test_pagination(admin_api):
    EventFactory.create_batch(3)
    body = admin_api.get("/api/logs", {"page_size": 2}).json()
    assert body["count"] == 3 and len(body["results"]) == 2 and body["next"]
    assert admin_api.get("/api/logs", {"page": 9}).status_code == 404


def test_list_query_count_does_not_grow_with_page_size(
    admin_api, admin_user, advisor, store, django_assert_max_num_queries
):
    for index in range(120):
        EventFactory(actor=advisor if index % 2 else None, store=store if index % 3 else None)
    # Token lookup, count, page.
    for size in (1, 100):
        with django_assert_max_num_queries(3):
            response = admin_api.get("/api/logs", {"page_size": size, "entity": "brand", "actor": advisor.pk})
        assert response.status_code == 200 and len(response.json()["results"]) == min(size, 60)


@pytest.mark.parametrize("value", ["json", "csv", "api"])
def test_format_parameter_never_turns_the_list_into_a_404(admin_api, value):
    event = EventFactory()
    assert ids(admin_api.get("/api/logs", {"format": value})) == [event.pk]
    detail = admin_api.get(f"/api/logs/{event.pk}", {"format": value})
    assert detail.status_code == 200 and detail["Content-Type"] == "application/json"
