"""Demo and scale data of the bookings module."""

from django.core.management import call_command

from storeops.accounts.roles import Role
from storeops.accounts.tests.factories import UserFactory
from storeops.activity.models import ActivityEvent
from storeops.bookings.demo import seed_bookings as seed_demo
from storeops.bookings.models import TRANSITIONS, Booking, BookingStatusChange, Issue
from storeops.bookings.scale import seed_bookings as seed_scale
from storeops.core.scale import ScaleContext


def test_demo_seeds_every_status_through_the_services_and_is_idempotent(db, store, store_advisor):
    customer = UserFactory(username="customer1", role=Role.CUSTOMER)
    counts = seed_demo()
    assert counts["bookings"] == (6, 0) and counts["issues"][0] > 0
    assert set(Booking.objects.values_list("status", flat=True)) == set(TRANSITIONS)
    assert ActivityEvent.objects.filter(action="bookings.booking.created").count() == 6
    assert Booking.objects.filter(user=customer).count() == 2
    again = seed_demo()
    assert again["bookings"] == (0, 6) and again["issues"][0] == 0
    assert Booking.objects.count() == 6


def test_seed_demo_command_includes_bookings(db, settings):
    settings.DEBUG = True
    call_command("seed_demo", "--password", "Demo-pass-2024!")
    assert Booking.objects.filter(status="completed").exists()


def test_scale_seed_writes_valid_workflow_histories(db, store, store_advisor, customer):
    counts = seed_scale(ScaleContext(scale=0.002, password="x"))
    assert counts["bookings"] == Booking.objects.count() == 100
    assert Issue.objects.exists()
    for booking in Booking.objects.prefetch_related("status_history"):
        status = "pending"
        for change in booking.status_history.all():
            assert change.from_status == status and change.to_status in TRANSITIONS[status]
            status = change.to_status
        assert status == booking.status
    assert BookingStatusChange.objects.exists()
