"""Admin site: bookings and taxonomies are written through the services."""

import pytest
from django.test import Client

from storeops.activity.models import ActivityEvent
from storeops.bookings.models import Booking, BookingStatusChange, CustomerResponse, Issue
from storeops.bookings.tests.factories import BookingFactory, IssueFactory

BOOKINGS = "/admin/bookings/booking/"


@pytest.fixture
def site(admin_user) -> Client:
    client = Client()
    client.force_login(admin_user)
    return client


def _form(booking: Booking, **changes: str) -> dict[str, str]:
    data = {
        "name": booking.name, "email": booking.email or "", "phone": booking.phone or "", "address": "",
        "message": "", "store": "", "date": booking.date.isoformat(), "time": "14:30:00",
        "status": booking.status, "reason": "", "attendant": "",
        "status_history-TOTAL_FORMS": "0", "status_history-INITIAL_FORMS": "0",
        "responses-TOTAL_FORMS": "0", "responses-INITIAL_FORMS": "0",
    }  # fmt: skip
    return {**data, **changes}


def test_every_model_has_an_admin_page(site):
    for path in ("booking", "issue", "otherissue", "question", "customerresponse"):
        assert site.get(f"/admin/bookings/{path}/").status_code == 200


def test_admin_transition_goes_through_the_workflow(site):
    booking = BookingFactory()
    response = site.post(f"{BOOKINGS}{booking.pk}/change/", _form(booking, status="approved"))
    assert response.status_code == 302, response.content[:2000]
    assert Booking.objects.get().status == "approved"
    assert BookingStatusChange.objects.get().to_status == "approved"
    assert ActivityEvent.objects.filter(action="bookings.booking.approved").count() == 1


def test_admin_refused_transition_changes_nothing(site):
    booking = BookingFactory()
    response = site.post(f"{BOOKINGS}{booking.pk}/change/", _form(booking, status="completed", name="Other"))
    assert (
        response.status_code == 200 and b"Cannot change status from pending to completed." in response.content
    )
    assert Booking.objects.get().status == "pending" and Booking.objects.get().name == booking.name
    assert not ActivityEvent.objects.exists()


def test_admin_add_creates_a_pending_booking_with_normalised_contact(site):
    data = _form(BookingFactory.build(), name="Walk-in", email="Walk@Example.com", phone="98450 00001")
    response = site.post(f"{BOOKINGS}add/", data)
    assert response.status_code == 302, response.content[:2000]
    booking = Booking.objects.get()
    assert (booking.status, booking.email, booking.phone) == ("pending", "walk@example.com", "9845000001")
    assert booking.reference.startswith("BK-")


def test_bookings_and_responses_cannot_be_deleted_in_the_admin(site):
    booking = BookingFactory()
    row = CustomerResponse.objects.create(booking=booking, question="Q")
    assert site.post(f"{BOOKINGS}{booking.pk}/delete/", {"post": "yes"}).status_code == 403
    assert site.post(f"/admin/bookings/customerresponse/{row.pk}/delete/", {"post": "yes"}).status_code == 403
    assert Booking.objects.exists() and CustomerResponse.objects.exists()


def test_admin_issue_delete_refused_while_used(site):
    issue = IssueFactory()
    BookingFactory().issues.add(issue)
    site.post(
        "/admin/bookings/issue/", {"action": "delete_selected", "_selected_action": [issue.pk], "post": "yes"}
    )
    assert Issue.objects.filter(pk=issue.pk).exists()
    free = IssueFactory()
    site.post(f"/admin/bookings/issue/{free.pk}/delete/", {"post": "yes"})
    assert not Issue.objects.filter(pk=free.pk).exists()
    assert ActivityEvent.objects.filter(action="bookings.issue.deleted").count() == 1
