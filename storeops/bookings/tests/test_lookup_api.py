"""POST /api/bookings/lookup: a visitor finds their booking by reference and e-mail address."""

from storeops.activity.models import ActivityEvent
from storeops.bookings.models import Booking

URL = "/api/bookings/lookup"
NOT_FOUND = {"detail": "No booking matches this reference and e-mail address.", "code": "not_found"}


def _booked(api, seed_body, admin_user):  # type: ignore[no-untyped-def]
    """A guest booking that an admin has approved, so it has a history entry with a staff id."""
    body = api().post("/api/bookings", seed_body, format="json").json()
    approved = api(admin_user).patch(f"/api/bookings/{body['id']}", {"status": "approved"}, format="json")
    assert approved.status_code == 200
    return body


def test_reference_and_email_in_any_case_answer_the_booking_as_to_a_customer(api, seed_body, admin_user):
    booking = _booked(api, seed_body, admin_user)
    events = ActivityEvent.objects.count()
    response = api().post(
        URL, {"reference": booking["reference"].lower(), "email": " J@Example.com "}, format="json"
    )
    assert response.status_code == 200, response.json()
    body = response.json()
    assert list(body) == list(booking)
    assert body["reference"] == booking["reference"] and body["status"] == "approved"
    assert [(h["from_status"], h["to_status"], h["changed_by"]) for h in body["status_history"]] == [
        ("pending", "approved", None)
    ]
    assert ActivityEvent.objects.count() == events  # reading writes nothing


def test_a_wrong_address_and_an_unknown_reference_answer_the_same_404(api, seed_body, admin_user):
    booking = _booked(api, seed_body, admin_user)
    wrong_email = api().post(
        URL, {"reference": booking["reference"], "email": "other@example.com"}, format="json"
    )
    unknown = api().post(URL, {"reference": "BK-ZZZZZZZZ", "email": "j@example.com"}, format="json")
    assert (wrong_email.status_code, wrong_email.json()) == (404, NOT_FOUND)
    assert (unknown.status_code, unknown.json()) == (404, NOT_FOUND)


def test_a_booking_without_an_email_address_is_never_found(api, seed_body):
    body = {**seed_body, "email": None, "phone": "9800012345"}
    booking = api().post("/api/bookings", body, format="json").json()
    assert booking["email"] is None
    response = api().post(URL, {"reference": booking["reference"], "email": "j@example.com"}, format="json")
    assert response.status_code == 404


def test_missing_or_malformed_fields_are_400_naming_them(api, db):
    response = api().post(URL, {"email": "not-an-address"}, format="json")
    assert response.status_code == 400
    assert set(response.json()) == {"reference", "email"}


def test_get_is_405(api, db):
    assert api().get(URL).status_code == 405


def test_the_twenty_first_lookup_in_an_hour_is_429(api, seed_body, frozen_clock):
    reference = api().post("/api/bookings", seed_body, format="json").json()["reference"]
    client = api()
    statuses = [
        client.post(URL, {"reference": reference, "email": "j@example.com"}, format="json").status_code
        for _ in range(21)
    ]
    assert statuses == [200] * 20 + [429]
    assert Booking.objects.count() == 1
