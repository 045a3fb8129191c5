"""PUT/PATCH /api/bookings/{id}: the status workflow and admin updates (spec 04 §4, acceptance check 4)."""

import pytest

from storeops.accounts.roles import Role
from storeops.accounts.tests.factories import UserFactory, make_branch_head
from storeops.activity.models import ActivityEvent
from storeops.bookings.models import Booking, BookingStatusChange
from storeops.bookings.tests.factories import BookingFactory, OtherIssueFactory
from storeops.notifications.models import Notification
from storeops.stores.tests.factories import StoreFactory

STATUSES = ["pending", "approved", "rejected", "cancelled", "in_progress", "completed"]
# The table of the spec, written out rather than read from the code under test.
ALLOWED = {
    ("pending", "approved"),
    ("pending", "rejected"),
    ("pending", "cancelled"),
    ("approved", "in_progress"),
    ("approved", "cancelled"),
    ("in_progress", "completed"),
    ("in_progress", "cancelled"),
}
TERMINAL = {"completed", "cancelled", "rejected"}


def url(booking: Booking) -> str:
    return f"/api/bookings/{booking.pk}"


@pytest.mark.parametrize("source", STATUSES)
@pytest.mark.parametrize("target", STATUSES)
def test_every_transition_of_the_table(admin_api, source, target, nothing_written):
    booking = BookingFactory(status=source)
    body = {"status": target, "reason": "Parts unavailable"}
    if (source, target) in ALLOWED:
        response = admin_api.patch(url(booking), body, format="json")
        assert response.status_code == 200, response.json()
        assert response.json()["status"] == target
        history = BookingStatusChange.objects.get(booking=booking)
        assert (history.from_status, history.to_status) == (source, target)
        assert ActivityEvent.objects.get(action=f"bookings.booking.{target}").reason == "Parts unavailable"
        return
    with nothing_written():
        response = admin_api.patch(url(booking), body, format="json")
    if source == target:
        assert response.status_code == 409
        assert response.json()["code"] == "status_unchanged"
    elif source in TERMINAL:
        assert response.status_code == 409
        assert response.json() == {"detail": "The booking is closed.", "code": "booking_closed"}
    else:
        assert response.status_code == 400
        assert response.json() == {"status": [f"Cannot change status from {source} to {target}."]}


def test_same_status_message_names_it(admin_api):
    booking = BookingFactory(status="approved")
    response = admin_api.patch(url(booking), {"status": "approved"}, format="json")
    assert response.json() == {"detail": "The booking is already approved.", "code": "status_unchanged"}


def test_disallowed_example_of_the_spec(admin_api):
    response = admin_api.patch(url(BookingFactory()), {"status": "completed"}, format="json")
    assert response.status_code == 400
    assert response.json() == {"status": ["Cannot change status from pending to completed."]}


def test_unknown_status_value_is_400(admin_api, nothing_written):
    booking = BookingFactory()
    with nothing_written():
        response = admin_api.patch(url(booking), {"status": "done"}, format="json")
    assert response.status_code == 400 and response.json() == {"status": ['"done" is not a valid choice.']}


@pytest.mark.parametrize("target", ["cancelled", "rejected"])
@pytest.mark.parametrize("reason", [None, "", "   "])
def test_cancel_or_reject_needs_a_reason(admin_api, target, reason, nothing_written):
    booking = BookingFactory()
    body = {"status": target} if reason is None else {"status": target, "reason": reason}
    with nothing_written():
        response = admin_api.patch(url(booking), body, format="json")
    assert response.status_code == 400
    assert response.json() == {"reason": ["A reason is required to cancel or reject a booking."]}


def test_reason_is_stored_on_the_booking_and_in_the_history(admin_api, admin_user):
    booking = BookingFactory()
    body = admin_api.patch(url(booking), {"status": "rejected", "reason": "No parts"}, format="json").json()
    assert body["reason"] == "No parts"
    assert [{k: v for k, v in h.items() if k != "changed_at"} for h in body["status_history"]] == [
        {"from_status": "pending", "to_status": "rejected", "reason": "No parts", "changed_by": admin_user.pk}
    ]
    assert list(body["status_history"][0]) == [
        "from_status",
        "to_status",
        "reason",
        "changed_at",
        "changed_by",
    ]


def test_reason_without_a_status_change_is_ignored(admin_api):
    booking = BookingFactory()
    response = admin_api.patch(url(booking), {"reason": "whatever", "name": "New"}, format="json")
    assert (
        response.status_code == 200 and response.json()["reason"] == "" and response.json()["name"] == "New"
    )
    assert not BookingStatusChange.objects.exists()


def test_editing_a_completed_booking_is_409(admin_api, nothing_written):
    booking = BookingFactory(status="completed")
    with nothing_written():
        response = admin_api.patch(url(booking), {"name": "Other"}, format="json")
    assert response.status_code == 409 and response.json()["code"] == "booking_closed"


def test_field_update_writes_an_updated_event_and_no_transition(admin_api, issues):
    booking = BookingFactory()
    other = OtherIssueFactory(name="Data recovery", estimated_price="1500.00")
    response = admin_api.patch(
        url(booking),
        {"message": "Call first", "details": {"issues": [issues[0].pk], "other_issues": [other.pk]}},
        format="json",
    )
    assert response.status_code == 200
    assert response.json()["details"] == {
        "issues": [{"id": issues[0].pk, "name": "Screen"}],
        "other_issues": [{"id": other.pk, "name": "Data recovery", "estimated_price": "1500.00"}],
        "brand": "",
        "product": "",
    }
    event = ActivityEvent.objects.get(action="bookings.booking.updated")
    assert event.changes["message"] == ["", "Call first"] and event.changes["issues"] == [[], [issues[0].pk]]
    assert not Notification.objects.filter(event="booking.status_changed").exists()
    # A present key replaces, an absent key is kept, an empty list clears.
    response = admin_api.patch(url(booking), {"details": {"issues": [], "brand": "Apple"}}, format="json")
    assert response.json()["details"]["issues"] == [] and response.json()["details"]["brand"] == "Apple"
    assert len(response.json()["details"]["other_issues"]) == 1


def test_put_needs_the_required_fields(admin_api):
    booking = BookingFactory()
    response = admin_api.put(url(booking), {"status": "approved"}, format="json")
    assert response.status_code == 400 and {"name", "date", "time"} <= set(response.json())
    body = {
        "name": "A",
        "email": "a@example.com",
        "date": "2026-01-02",
        "time": "09:30",
        "status": "approved",
    }
    response = admin_api.put(url(booking), body, format="json")
    assert response.status_code == 200 and response.json()["status"] == "approved"


def test_clearing_both_contacts_is_400(admin_api):
    booking = BookingFactory(phone=None)
    response = admin_api.patch(url(booking), {"email": ""}, format="json")
    assert response.status_code == 400 and response.json() == {
        "email": ["Give an e-mail address or a phone number."]
    }


# ----- assignment ----------------------------------------------------------------------------------------


def test_assigning_store_and_advisor_writes_an_assigned_event(admin_api, store, store_advisor):
    booking = BookingFactory()
    response = admin_api.patch(
        url(booking), {"store": store.pk, "attendant": store_advisor.pk}, format="json"
    )
    assert response.status_code == 200
    body = response.json()
    assert body["store"] == store.pk and body["attendant"] == store_advisor.pk
    assert body["attendant_name"] == store_advisor.get_full_name()
    event = ActivityEvent.objects.get(action="bookings.booking.assigned")
    assert event.changes == {"store": [None, store.pk], "attendant": [None, store_advisor.pk]}
    assert event.store_id == store.pk


def test_advisor_of_another_store_is_400(admin_api, store, other_store, nothing_written):
    booking = BookingFactory(store=store)
    elsewhere = UserFactory(role=Role.ADVISOR, store=other_store)
    with nothing_written():
        response = admin_api.patch(url(booking), {"attendant": elsewhere.pk}, format="json")
    assert response.status_code == 400 and list(response.json()) == ["attendant"]


@pytest.mark.parametrize("kind", ["customer", "inactive", "head", "missing"])
def test_attendant_must_be_an_active_advisor(admin_api, store, kind, nothing_written):
    booking = BookingFactory()
    target = {
        "customer": lambda: UserFactory(role=Role.CUSTOMER).pk,
        "inactive": lambda: UserFactory(role=Role.ADVISOR, store=store, is_active=False).pk,
        "head": lambda: make_branch_head(StoreFactory()).pk,
        "missing": lambda: 999999,
    }[kind]()
    with nothing_written():
        response = admin_api.patch(url(booking), {"attendant": target}, format="json")
    assert response.status_code == 400 and list(response.json()) == ["attendant"]


def test_inactive_store_is_400_on_update(admin_api, other_store, nothing_written):
    other_store.is_active = False
    other_store.save()
    booking = BookingFactory()
    with nothing_written():
        response = admin_api.patch(url(booking), {"store": other_store.pk}, format="json")
    assert response.status_code == 400 and list(response.json()) == ["store"]


def test_transition_and_assignment_in_one_request(admin_api, store, store_advisor):
    booking = BookingFactory(store=store)
    body = {"status": "approved", "attendant": store_advisor.pk}
    assert admin_api.patch(url(booking), body, format="json").status_code == 200
    assert set(ActivityEvent.objects.values_list("action", flat=True)) == {
        "bookings.booking.approved",
        "bookings.booking.assigned",
    }


# ----- other callers -------------------------------------------------------------------------------------


def test_anonymous_update_is_401(api):
    assert api().patch(url(BookingFactory()), {"status": "approved"}, format="json").status_code == 401


def test_branch_head_and_advisor_get_403_in_scope_and_404_outside(api, store, other_store, branch_head, advisor,
                                                                  nothing_written):  # fmt: skip
    mine = BookingFactory(store=store, attendant=advisor)
    theirs = BookingFactory(store=other_store)
    with nothing_written():
        for user in (branch_head, advisor):
            assert api(user).patch(url(mine), {"status": "approved"}, format="json").status_code == 403
            assert api(user).put(url(mine), {"status": "approved"}, format="json").status_code == 403
            assert api(user).patch(url(theirs), {"status": "approved"}, format="json").status_code == 404


# ----- customer cancellation -----------------------------------------------------------------------------


@pytest.mark.parametrize("source", ["pending", "approved"])
def test_customer_cancels_their_own_booking(api, customer, source):
    booking = BookingFactory(user=customer, status=source)
    body = {"status": "cancelled", "reason": "Fixed it myself", "name": "Hacked", "store": 5}
    response = api(customer).patch(url(booking), body, format="json")
    assert response.status_code == 200, response.json()
    assert response.json()["status"] == "cancelled" and response.json()["name"] == booking.name
    assert response.json()["status_history"][0]["changed_by"] is None
    assert BookingStatusChange.objects.get().changed_by == customer
    event = ActivityEvent.objects.get(action="bookings.booking.cancelled")
    assert event.actor == customer and event.reason == "Fixed it myself"


def test_customer_cancel_needs_a_reason(api, customer, nothing_written):
    booking = BookingFactory(user=customer)
    with nothing_written():
        response = api(customer).patch(url(booking), {"status": "cancelled"}, format="json")
    assert response.status_code == 400 and list(response.json()) == ["reason"]


@pytest.mark.parametrize("source", ["in_progress", "completed", "rejected"])
def test_customer_cannot_cancel_once_work_started_or_closed(api, customer, source, nothing_written):
    booking = BookingFactory(user=customer, status=source)
    with nothing_written():
        response = api(customer).patch(url(booking), {"status": "cancelled", "reason": "x"}, format="json")
    assert response.status_code == 400
    assert response.json() == {"status": [f"Cannot change status from {source} to cancelled."]}


@pytest.mark.parametrize(
    "body", [{"status": "approved"}, {"name": "x"}, {"status": "completed", "reason": "x"}]
)
def test_customer_other_changes_are_403(api, customer, body, nothing_written):
    booking = BookingFactory(user=customer)
    with nothing_written():
        response = api(customer).patch(url(booking), body, format="json")
    if "status" in body:
        assert response.status_code == 403
    else:  # nothing but cancellation is a customer's to send
        assert response.status_code == 400 and list(response.json()) == ["status"]


def test_customer_put_is_403(api, customer, nothing_written):
    booking = BookingFactory(user=customer)
    with nothing_written():
        response = api(customer).put(url(booking), {"status": "cancelled", "reason": "x"}, format="json")
    assert response.status_code == 403


def test_customer_cannot_cancel_another_customers_booking(api, customer, nothing_written):
    booking = BookingFactory(user=UserFactory(role=Role.CUSTOMER))
    with nothing_written():
        response = api(customer).patch(url(booking), {"status": "cancelled", "reason": "x"}, format="json")
    assert response.status_code == 404


def test_moving_a_booking_to_a_store_where_its_advisor_does_not_work_is_400(admin_api, store, other_store,
                                                                           store_advisor, nothing_written):  # fmt: skip
    booking = BookingFactory(store=store, attendant=store_advisor)
    with nothing_written():
        response = admin_api.patch(url(booking), {"store": other_store.pk}, format="json")
    assert response.status_code == 400 and list(response.json()) == ["attendant"]
    response = admin_api.patch(url(booking), {"store": other_store.pk, "attendant": None}, format="json")
    assert response.status_code == 200 and response.json()["attendant"] is None
