"""/api/responses (spec 04 §6, acceptance check 10)."""

import pytest

from storeops.activity.models import ActivityEvent
from storeops.bookings.models import CustomerResponse
from storeops.bookings.tests.factories import BookingFactory

URL = "/api/responses"


def test_anyone_adds_a_response_to_a_booking_by_reference_any_case(api, store):
    booking = BookingFactory(reference="BK-7K3QX9MD", store=store)
    body = {"booking": "bk-7k3qx9md", "question_set_name": "A", "question": "Is it on?", "response": ""}
    response = api().post(URL, body, format="json")
    assert response.status_code == 201, response.json()
    row = response.json()
    assert list(row) == ["id", "booking", "question_set_name", "question", "response", "created_at"]
    assert row["booking"] == "BK-7K3QX9MD" and row["response"] == ""
    assert CustomerResponse.objects.get().booking == booking
    event = ActivityEvent.objects.get(action="bookings.response.created")
    assert event.store_id == store.pk and event.entity_id == str(row["id"])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"question": "Q"}, {"booking": ["This field is required."]}),
        ({"booking": "BK-NOPE2222", "question": "Q"}, {"booking": ["Unknown booking reference."]}),
        ({"booking": "", "question": "Q"}, {"booking": ["This field may not be blank."]}),
    ],
)
def test_missing_or_unknown_reference_is_400(api, body, expected, unchanged):
    with unchanged(CustomerResponse.objects.all()):
        response = api().post(URL, body, format="json")
    assert response.status_code == 400 and response.json() == expected


def test_question_is_required(api):
    BookingFactory(reference="BK-22222222")
    response = api().post(URL, {"booking": "BK-22222222"}, format="json")
    assert response.status_code == 400 and list(response.json()) == ["question"]


def test_too_many_responses_is_409(api, settings, unchanged):
    settings.BOOKING_MAX_RESPONSES = 2
    booking = BookingFactory()
    for _ in range(2):
        assert (
            api().post(URL, {"booking": booking.reference, "question": "Q"}, format="json").status_code == 201
        )
    with unchanged(CustomerResponse.objects.all()):
        response = api().post(URL, {"booking": booking.reference, "question": "Q"}, format="json")
    assert response.status_code == 409 and response.json()["code"] == "too_many_responses"


def test_responses_throttle(api, settings, frozen_clock):
    booking = BookingFactory()
    body = {"booking": booking.reference, "question": "Q"}
    statuses = [api().post(URL, body, format="json").status_code for _ in range(31)]
    assert statuses == [201] * 30 + [429]


def test_reads_are_admin_only(api, customer, advisor, branch_head):
    booking = BookingFactory()
    row = CustomerResponse.objects.create(booking=booking, question="Q")
    assert api().get(URL).status_code == 401
    for user in (customer, advisor, branch_head):
        assert api(user).get(URL).status_code == 403
        assert api(user).get(f"{URL}/{row.pk}").status_code == 403


def test_admin_reads_with_booking_id_and_filters(admin_api):
    a, b = BookingFactory(), BookingFactory()
    ra = CustomerResponse.objects.create(booking=a, question="Q", question_set_name="S1")
    rb = CustomerResponse.objects.create(booking=b, question="Q", question_set_name="S2")
    body = admin_api.get(f"{URL}/{ra.pk}").json()
    assert body["booking_id"] == a.pk and body["booking"] == a.reference

    def ids(query):  # type: ignore[no-untyped-def]
        return [r["id"] for r in admin_api.get(URL, query).json()["results"]]

    assert ids({}) == [rb.pk, ra.pk]
    assert ids({"booking": a.pk}) == [ra.pk]
    assert ids({"booking": a.reference.lower()}) == [ra.pk]
    assert ids({"question_set_name": "S2"}) == [rb.pk]
    assert ids({"created_after": "2999-01-01T00:00:00Z"}) == []
    assert ids({"created_before": "2999-01-01T00:00:00Z"}) == [rb.pk, ra.pk]


@pytest.mark.parametrize("page_size", [1, 100])
def test_response_list_query_count(admin_api, django_assert_max_num_queries, page_size):
    for _ in range(100):
        CustomerResponse.objects.create(booking=BookingFactory(), question="Q")
    with django_assert_max_num_queries(4):
        response = admin_api.get(URL, {"page_size": page_size})
    assert len(response.json()["results"]) == page_size


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_changes_are_405(admin_api, method):
    row = CustomerResponse.objects.create(booking=BookingFactory(), question="Q")
    response = getattr(admin_api, method)(f"{URL}/{row.pk}", {"response": "x"}, format="json")
    assert response.status_code == 405
    assert CustomerResponse.objects.get().response == ""
