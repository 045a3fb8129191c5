"""Who is told about a booking event, and the outbox rows written for it (spec 04 §7.1)."""

from django.conf import settings

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.bookings.models import Booking
from storeops.notifications.models import Notification
from storeops.notifications.services import Recipient, notify

CREATED = "booking.created"
STATUS_CHANGED = "booking.status_changed"


def booking_recipients(booking: Booking) -> list[Recipient]:
    """The customer first (their wording wins a shared address), the store's active head, active admins."""
    account = booking.user
    customer = Recipient(
        email=booking.email or (account.email if account else None),
        phone=booking.phone or (account.phone if account else None),
        user=account,
        audience=Notification.Audience.CUSTOMER,
    )
    staff: list[User] = []
    head = booking.store.branch_head if booking.store_id and booking.store else None
    if head is not None and head.is_active:
        staff.append(head)
    staff += User.objects.filter(role=Role.SYSTEM_ADMIN, is_active=True).order_by("pk")
    return [customer] + [
        Recipient(email=u.email, phone=u.phone, user=u, audience=Notification.Audience.STAFF) for u in staff
    ]


def booking_notify(*, booking: Booking, event: str, template: str, reason: str = "") -> list[Notification]:
    """Write the event's outbox rows inside the caller's transaction; they are delivered after commit."""
    return notify(
        event=event,
        template=template,
        channels=settings.BOOKING_NOTIFICATION_CHANNELS,
        recipients=booking_recipients(booking),
        context={"booking": booking, "reason": reason},
        entity=booking,
    )
