"""Writes of the bookings module: bookings and their workflow, responses, taxonomies."""

from storeops.bookings.services.bookings import (
    booking_cancel_by_customer,
    booking_create,
    booking_update,
    new_reference,
)
from storeops.bookings.services.responses import response_create
from storeops.bookings.services.taxonomy import (
    issue_create,
    issue_delete,
    issue_update,
    other_issue_create,
    other_issue_delete,
    other_issue_update,
    question_create,
    question_delete,
    question_update,
)

__all__ = [
    "booking_cancel_by_customer",
    "booking_create",
    "booking_update",
    "issue_create",
    "issue_delete",
    "issue_update",
    "new_reference",
    "other_issue_create",
    "other_issue_delete",
    "other_issue_update",
    "question_create",
    "question_delete",
    "question_update",
    "response_create",
]
