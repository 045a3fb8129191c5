"""Customer responses sent after a booking was made (spec 04 §6)."""

from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction

from storeops.activity import actions
from storeops.activity.services import record, snapshot
from storeops.bookings import selectors
from storeops.bookings.models import Booking, CustomerResponse
from storeops.core.cache import namespace_changed
from storeops.core.errors import Conflict

UNKNOWN_REFERENCE = "Unknown booking reference."


@transaction.atomic
def response_create(*, data: Mapping[str, Any], actor: Any) -> CustomerResponse:
    """Attach a response to the booking its reference names; the booking row is locked to cap the count."""
    reference = str(data["booking"]).strip().upper()
    booking = Booking.objects.select_for_update().filter(reference=reference).first()
    if booking is None:
        raise ValidationError({"booking": [UNKNOWN_REFERENCE]})
    limit = settings.BOOKING_MAX_RESPONSES
    if CustomerResponse.objects.filter(booking=booking).count() >= limit:
        raise Conflict(f"This booking already has the maximum of {limit} responses.", "too_many_responses")
    response = CustomerResponse.objects.create(
        booking=booking,
        question_set_name=data.get("question_set_name") or "",
        question=data["question"],
        response=data.get("response") or "",
    )
    record(
        actor=actor,
        action=actions.RESPONSE_CREATED,
        entity=response,
        store=booking.store_id,
        changes=snapshot(response),
    )
    namespace_changed(selectors.CACHE)
    return response
