"""Reads of bookings, responses and taxonomies; scoping to what the caller may see happens here."""

from typing import Any

from django.db.models import Prefetch, Q, QuerySet

from storeops.accounts.roles import Role
from storeops.bookings.models import (
    Booking,
    BookingStatusChange,
    CustomerResponse,
    Issue,
    OtherIssue,
    Question,
)

# The cache namespace of booking reads (`storeops.core.cache`): every write of this module changes it.
CACHE = "bookings"


def role_of(actor: Any) -> str | None:
    if actor is None or not getattr(actor, "is_authenticated", False):
        return None
    return getattr(actor, "role", None)


def booking_scope(actor: Any) -> Q | None:
    """The rows `actor` may read (spec 04 §3); None means all, an empty `Q(pk__in=[])` none."""
    role = role_of(actor)
    if role == Role.SYSTEM_ADMIN:
        return None
    if role == Role.BRANCH_HEAD:
        return Q(store__isnull=False, store__branch_head=actor)
    if role == Role.ADVISOR:
        return Q(attendant=actor)
    if role == Role.CUSTOMER:
        mine = Q(user=actor)
        if actor.email_verified and actor.email:
            mine |= Q(user__isnull=True, email=actor.email.strip().lower())
        return mine
    return Q(pk__in=[])


def booking_rows() -> QuerySet[Booking]:
    """Every booking with what its output needs, in a fixed number of queries for any page size."""
    return Booking.objects.select_related("store", "attendant").prefetch_related(
        Prefetch("issues", queryset=Issue.objects.order_by("id")),
        Prefetch("other_issues", queryset=OtherIssue.objects.order_by("id")),
        Prefetch("responses", queryset=CustomerResponse.objects.order_by("created_at", "id")),
        Prefetch("status_history", queryset=BookingStatusChange.objects.order_by("changed_at", "id")),
    )


def booking_list(*, actor: Any) -> QuerySet[Booking]:
    scope = booking_scope(actor)
    rows = booking_rows()
    return rows if scope is None else rows.filter(scope)


def booking_lookup(*, reference: str, email: str) -> Booking | None:
    """The booking with this reference (any case) whose e-mail address is `email` (any case), if any."""
    return booking_rows().filter(reference=reference.strip().upper(), email=email.strip().lower()).first()


def response_list(*, actor: Any) -> QuerySet[CustomerResponse]:
    if role_of(actor) != Role.SYSTEM_ADMIN:
        return CustomerResponse.objects.none()
    return CustomerResponse.objects.select_related("booking").order_by("-created_at", "-id")


def issue_list(*, actor: Any) -> QuerySet[Issue]:
    return Issue.objects.order_by("name", "id")


def other_issue_list(*, actor: Any) -> QuerySet[OtherIssue]:
    return OtherIssue.objects.order_by("name", "id")


def question_list(*, actor: Any) -> QuerySet[Question]:
    return Question.objects.order_by("question_set_name", "position", "id")


def booking_form(*, question_set_name: str | None = None) -> dict[str, list[Any]]:
    """The active taxonomies the public booking form offers."""
    questions = Question.objects.filter(is_active=True)
    if question_set_name:
        questions = questions.filter(question_set_name=question_set_name)
    return {
        "issues": list(Issue.objects.filter(is_active=True).order_by("name", "id")),
        "other_issues": list(OtherIssue.objects.filter(is_active=True).order_by("name", "id")),
        "questions": list(questions.order_by("question_set_name", "position", "id")),
    }
