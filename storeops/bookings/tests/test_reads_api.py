"""GET /api/bookings: who reads what, filters, ordering, query counts (spec 04 §3, acceptance checks 3, 6)."""

import datetime as dt

import pytest
from django.utils import timezone

from storeops.accounts.roles import Role
from storeops.accounts.tests.factories import UserFactory
from storeops.activity.models import ActivityEvent
from storeops.bookings.models import Booking, CustomerResponse
from storeops.bookings.services import booking_update
from storeops.bookings.tests.factories import BookingFactory, IssueFactory, OtherIssueFactory

URL = "/api/bookings"


def ids(response) -> list[int]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.json()
    return [row["id"] for row in response.json()["results"]]


def test_anonymous_read_is_401(api):
    booking = BookingFactory()
    assert api().get(URL).status_code == 401
    assert api().get(f"{URL}/{booking.pk}").status_code == 401


def test_admin_sees_all(admin_api, store, other_store):
    rows = [BookingFactory(store=store), BookingFactory(store=other_store), BookingFactory()]
    assert sorted(ids(admin_api.get(URL))) == sorted(b.pk for b in rows)


def test_branch_head_sees_only_their_store(api, store, other_store, branch_head):
    mine = BookingFactory(store=store)
    theirs = BookingFactory(store=other_store)
    BookingFactory()
    client = api(branch_head)
    assert ids(client.get(URL)) == [mine.pk]
    assert client.get(f"{URL}/{mine.pk}").status_code == 200
    assert client.get(f"{URL}/{theirs.pk}").status_code == 404


def test_branch_head_scope_follows_the_store_they_head_now(api, store, other_store, branch_head):
    BookingFactory(store=store)
    theirs = BookingFactory(store=other_store)
    client = api(branch_head)
    assert len(ids(client.get(URL))) == 1
    store.branch_head = None
    store.save()
    other_store.branch_head = branch_head
    other_store.save()
    assert ids(client.get(URL)) == [theirs.pk]  # not the answer cached before the move


def test_advisor_sees_only_assigned(api, store, advisor, store_advisor):
    mine = BookingFactory(store=store, attendant=advisor)
    other = BookingFactory(store=store, attendant=store_advisor)
    BookingFactory(store=store)
    client = api(advisor)
    assert ids(client.get(URL)) == [mine.pk]
    assert client.get(f"{URL}/{other.pk}").status_code == 404


def test_customer_sees_own_bookings_and_guest_ones_only_after_verifying(api, customer):
    own = BookingFactory(user=customer, email="other@example.com")
    guest = BookingFactory(email=customer.email)
    BookingFactory(email="stranger@example.com")
    BookingFactory(user=UserFactory(role=Role.CUSTOMER), email=customer.email)  # another account's
    client = api(customer)
    assert ids(client.get(URL)) == [own.pk]
    assert client.get(f"{URL}/{guest.pk}").status_code == 404
    customer.email_verified = True
    customer.save()
    assert sorted(ids(client.get(URL))) == sorted([own.pk, guest.pk])
    assert client.get(f"{URL}/{guest.pk}").status_code == 200


def test_customer_never_sees_another_customers_booking(api, customer):
    other = BookingFactory(user=UserFactory(role=Role.CUSTOMER))
    assert api(customer).get(f"{URL}/{other.pk}").status_code == 404
    assert ids(api(customer).get(URL)) == []


def test_customers_get_no_actor_in_history_staff_do(api, customer, admin_user):
    booking = BookingFactory(user=customer)
    booking_update(booking=booking, data={"status": "approved"}, actor=admin_user)
    assert api(customer).get(f"{URL}/{booking.pk}").json()["status_history"][0]["changed_by"] is None
    assert (
        api(admin_user).get(f"{URL}/{booking.pk}").json()["status_history"][0]["changed_by"] == admin_user.pk
    )


def test_reads_change_nothing(admin_api, api, customer):
    booking = BookingFactory(user=customer, date=dt.date(2000, 1, 1))
    before = Booking.objects.get(pk=booking.pk).updated_at
    events = ActivityEvent.objects.count()
    admin_api.get(URL)
    admin_api.get(f"{URL}/{booking.pk}")
    api(customer).get(URL)
    after = Booking.objects.get(pk=booking.pk)
    assert after.updated_at == before and after.status == "pending"
    assert ActivityEvent.objects.count() == events


def test_detail_keys_match_the_list_row(admin_api):
    booking = BookingFactory()
    row = admin_api.get(URL).json()["results"][0]
    assert admin_api.get(f"{URL}/{booking.pk}").json() == row


def test_a_write_is_visible_at_once_to_cached_readers(admin_api):
    booking = BookingFactory()
    assert admin_api.get(URL).json()["results"][0]["status"] == "pending"
    assert admin_api.patch(f"{URL}/{booking.pk}", {"status": "approved"}, format="json").status_code == 200
    assert admin_api.get(URL).json()["results"][0]["status"] == "approved"


# ----- filters -------------------------------------------------------------------------------------------


@pytest.fixture
def pair(store, other_store, store_advisor, customer):  # type: ignore[no-untyped-def]
    """Two bookings that differ in every filtered field; filters must pick `a` and leave `b`."""
    a = BookingFactory(
        status="approved", store=store, attendant=store_advisor, user=customer, date=dt.date(2026, 5, 10),
        reference="BK-AAAA2222", name="Asha Rao", email="asha@example.com", phone="9800000001",
    )  # fmt: skip
    b = BookingFactory(
        status="pending", store=other_store, date=dt.date(2026, 6, 10),
        reference="BK-BBBB3333", name="Ravi", email="ravi@example.com", phone="9800000002",
    )  # fmt: skip
    Booking.objects.filter(pk=a.pk).update(created_at=timezone.now() - dt.timedelta(days=10))
    return a, b


@pytest.mark.parametrize(
    "query",
    [
        lambda a: {"status": "approved"},
        lambda a: {"status": "approved,rejected"},
        lambda a: {"store": a.store_id},
        lambda a: {"attendant": a.attendant_id},
        lambda a: {"user": a.user_id},
        lambda a: {"date_from": "2026-05-10", "date_to": "2026-05-10"},
        lambda a: {"date_to": "2026-05-31"},
        lambda a: {"created_before": (timezone.now() - dt.timedelta(days=5)).isoformat()},
        lambda a: {"reference": "bk-aaaa2222"},
        lambda a: {"search": "asha"},
        lambda a: {"search": "AAAA22"},
        lambda a: {"search": "9800000001"},
    ],
)
def test_each_filter_selects_only_matching_rows(admin_api, pair, query):
    a, _ = pair
    assert ids(admin_api.get(URL, query(a))) == [a.pk]


def test_created_after_and_date_from(admin_api, pair):
    _, b = pair
    assert ids(
        admin_api.get(URL, {"created_after": (timezone.now() - dt.timedelta(days=5)).isoformat()})
    ) == [b.pk]
    assert ids(admin_api.get(URL, {"date_from": "2026-06-01"})) == [b.pk]


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ({"status": "done"}, "status"),
        ({"store": "abc"}, "store"),
        ({"attendant": "0"}, "attendant"),
        ({"user": "-1"}, "user"),
        ({"date_from": "tomorrow"}, "date_from"),
        ({"created_after": "yesterday"}, "created_after"),
    ],
)
def test_invalid_filter_values_are_400_naming_the_parameter(admin_api, query, name):
    response = admin_api.get(URL, query)
    assert response.status_code == 400 and name in response.json()


def test_filters_apply_inside_the_scope(api, pair, branch_head):
    _, b = pair
    assert ids(api(branch_head).get(URL, {"store": b.store_id})) == []


def test_default_ordering_is_newest_first_and_ordering_param_works(admin_api, pair):
    a, b = pair
    assert ids(admin_api.get(URL)) == [b.pk, a.pk]
    assert ids(admin_api.get(URL, {"ordering": "created_at"})) == [a.pk, b.pk]
    assert ids(admin_api.get(URL, {"ordering": "-date"})) == [b.pk, a.pk]
    assert ids(admin_api.get(URL, {"ordering": "status"})) == [a.pk, b.pk]


def test_date_ordering_uses_time_within_a_day(admin_api):
    late = BookingFactory(date=dt.date(2026, 1, 1), time=dt.time(18, 0))
    early = BookingFactory(date=dt.date(2026, 1, 1), time=dt.time(9, 0))
    assert ids(admin_api.get(URL, {"ordering": "date"})) == [early.pk, late.pk]


# ----- query counts --------------------------------------------------------------------------------------


def _rich_bookings(n: int, store, advisor, customer) -> None:  # type: ignore[no-untyped-def]
    issues = [IssueFactory(), IssueFactory()]
    other = OtherIssueFactory()
    for _i in range(n):
        booking = BookingFactory(store=store, attendant=advisor, user=customer, has_details=True)
        booking.issues.set(issues)
        booking.other_issues.set([other])
        CustomerResponse.objects.create(booking=booking, question="Q?", response="A")
        booking_update(booking=booking, data={"status": "approved"}, actor=None)


@pytest.mark.parametrize("page_size", [1, 100])
@pytest.mark.parametrize("role", ["admin", "branch_head", "advisor", "customer"])
def test_list_query_count_does_not_grow_with_the_page(api, admin_user, branch_head, store_advisor, customer,
                                                      store, django_assert_max_num_queries, page_size, role):  # fmt: skip
    _rich_bookings(100, store, store_advisor, customer)
    user = {"admin": admin_user, "branch_head": branch_head, "advisor": store_advisor, "customer": customer}[
        role
    ]
    client = api(user)
    with django_assert_max_num_queries(10):
        response = client.get(URL, {"page_size": page_size})
    assert response.status_code == 200 and len(response.json()["results"]) == page_size
    assert response.json()["results"][0]["details"]["issues"]


def test_detail_query_count(admin_api, store, store_advisor, customer, django_assert_max_num_queries):
    _rich_bookings(1, store, store_advisor, customer)
    booking = Booking.objects.get()
    with django_assert_max_num_queries(10):
        assert admin_api.get(f"{URL}/{booking.pk}").status_code == 200
