"""Demo data of the inventory module, through `seed_demo`."""

from django.core.management import call_command

from storeops.bookings.models import BookingStatus
from storeops.inventory.demo import seed_booking_sales
from storeops.inventory.models import EntryType, StockEntry


def test_seed_demo_sells_a_part_for_an_in_progress_booking_once(db, settings):
    settings.DEBUG = True
    call_command("seed_demo", "--password", "Demo-pass-2024!")
    entry = StockEntry.objects.select_related("booking").get(booking__isnull=False)
    assert entry.entry_type == EntryType.SALE and entry.booking.status == BookingStatus.IN_PROGRESS
    assert entry.store_id == entry.booking.store_id
    assert seed_booking_sales() == {"stock entries for bookings": (0, 1)}
    call_command("seed_demo", "--password", "Demo-pass-2024!")
    assert StockEntry.objects.filter(booking__isnull=False).count() == 1
