"""Creating bookings and moving them through the workflow (spec 04 §2 and §4).

Every write is one transaction: the booking row is locked and read again, rules are checked against that fresh
state, then the rows, the audit events and the outbox rows are written together.
"""

import secrets
from collections.abc import Mapping, Sequence
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from rest_framework import serializers

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.activity import actions
from storeops.activity.services import record, snapshot
from storeops.bookings import selectors
from storeops.bookings.models import (
    REASON_REQUIRED,
    TERMINAL,
    TRANSITIONS,
    Booking,
    BookingIssue,
    BookingOtherIssue,
    BookingStatus,
    BookingStatusChange,
    CustomerResponse,
    Issue,
    OtherIssue,
)
from storeops.bookings.services.notifications import CREATED, STATUS_CHANGED, booking_notify
from storeops.core.cache import namespace_changed
from storeops.core.errors import ApplicationError, Conflict
from storeops.core.services import changed_columns, changes_apply
from storeops.core.validators import normalize_phone
from storeops.stores.models import Store

REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
REFERENCE_ATTEMPTS = 8
CONTACT_REQUIRED = "Give an e-mail address or a phone number."
REASON_MISSING = "A reason is required to cancel or reject a booking."
# Customers may cancel their own booking while staff have not started the work (spec 04 §4.4).
CUSTOMER_CANCELLABLE = frozenset({BookingStatus.PENDING, BookingStatus.APPROVED})

CONTACT_FIELDS = ("name", "email", "phone", "address", "message", "date", "time")
ASSIGNMENT_FIELDS = ("store", "attendant")


def new_reference() -> str:
    return "BK-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))


# ----- checks of referenced rows -------------------------------------------------------------------------


def active_store(value: Any) -> Store | None:
    """The active store named by an id or instance; None stays None."""
    if value is None:
        return None
    pk = value.pk if isinstance(value, Store) else value
    store = Store.objects.filter(pk=pk, is_active=True).first()
    if store is None:
        raise ValidationError({"store": [f"Unknown or inactive store: {pk}."]})
    return store


def active_advisor(value: Any) -> User | None:
    if value is None:
        return None
    pk = value.pk if isinstance(value, User) else value
    advisor = User.objects.filter(pk=pk, role=Role.ADVISOR, is_active=True).first()
    if advisor is None:
        raise ValidationError({"attendant": [f"Unknown or inactive advisor: {pk}."]})
    return advisor


def _check_attendant_store(booking: Booking) -> None:
    if booking.attendant_id and booking.store_id and booking.attendant.store_id != booking.store_id:  # type: ignore[union-attr]
        raise ValidationError({"attendant": ["The advisor does not work at the booking's store."]})


def _contact(values: dict[str, Any]) -> None:
    """Normalise e-mail and phone as the API inputs do, for callers that bypass them (admin site, scripts)."""
    if "email" in values:
        values["email"] = (values["email"] or "").strip().lower() or None
    if "phone" in values:
        try:
            values["phone"] = normalize_phone(values["phone"])
        except ValidationError as exc:
            raise ValidationError({"phone": exc.messages})


def _require_contact(booking: Booking) -> None:
    if not booking.email and not booking.phone:
        raise ValidationError({"email": [CONTACT_REQUIRED]})


def _active_rows(
    model: type[Issue] | type[OtherIssue], ids: Sequence[int], key: str, label: str
) -> list[Any]:
    rows = {row.pk: row for row in model.objects.filter(pk__in=set(ids), is_active=True)}
    for pk in ids:
        if pk not in rows:
            # Nested like the input (`details.issues`), which Django's ValidationError cannot express.
            raise serializers.ValidationError({"details": {key: [f"Unknown {label}: {pk}."]}})
    return [rows[pk] for pk in dict.fromkeys(ids)]


# ----- details -------------------------------------------------------------------------------------------


def _apply_details(booking: Booking, details: Mapping[str, Any] | None) -> dict[str, list[Any]]:
    """Replace each given key of `details`; returns the audit changes. The booking must be saved."""
    if details is None:
        return {}
    changes: dict[str, list[Any]] = {}
    if not booking.has_details:
        booking.has_details = True
        changes["has_details"] = [False, True]
    for key in ("brand", "product"):
        if key in details and getattr(booking, key) != details[key]:
            changes[key] = [getattr(booking, key), details[key]]
            setattr(booking, key, details[key])
    for key, model, link, label in (
        ("issues", Issue, BookingIssue, "issue"),
        ("other_issues", OtherIssue, BookingOtherIssue, "other issue"),
    ):
        if key not in details:
            continue
        rows = _active_rows(model, details[key], key, label)
        field = "issue" if model is Issue else "other_issue"
        old = sorted(getattr(booking, key).values_list("pk", flat=True)) if booking.pk else []
        new = sorted(row.pk for row in rows)
        if old == new:
            continue
        link.objects.filter(booking=booking).delete()  # type: ignore[attr-defined]
        new_links: list[Any] = [link(booking=booking, **{field: row}) for row in rows]
        link.objects.bulk_create(new_links)  # type: ignore[attr-defined]
        changes[key] = [old, new]
    return changes


# ----- create --------------------------------------------------------------------------------------------


def _insert(booking: Booking) -> None:
    """Save with a fresh random reference, drawing again on the rare collision."""
    for _ in range(REFERENCE_ATTEMPTS):
        booking.reference = new_reference()
        try:
            with transaction.atomic():
                booking.save()
            return
        except IntegrityError:
            if not Booking.objects.filter(reference=booking.reference).exists():
                raise
    raise ApplicationError(
        "Could not allocate a booking reference; try again.", "reference_exhausted", status=503
    )


@transaction.atomic
def booking_create(*, data: Mapping[str, Any], actor: Any) -> Booking:
    """Store a new pending booking with its details and responses; `status`, `user`… are never taken from data."""
    is_customer = selectors.role_of(actor) == Role.CUSTOMER
    contact = {"email": data.get("email"), "phone": data.get("phone")}
    _contact(contact)
    booking = Booking(
        name=data["name"],
        email=contact["email"],
        phone=contact["phone"],
        address=data.get("address") or "",
        message=data.get("message") or "",
        store=active_store(data.get("store")),
        date=data["date"],
        time=data["time"],
        user=actor if is_customer else None,
        status_changed_at=timezone.now(),
    )
    _require_contact(booking)
    details = data.get("details")
    if details is not None:  # check the ids before anything is written
        _active_rows(Issue, details.get("issues", []), "issues", "issue")
        _active_rows(OtherIssue, details.get("other_issues", []), "other_issues", "other issue")
    _insert(booking)
    detail_changes = _apply_details(booking, details)
    if detail_changes:
        booking.save(update_fields=["has_details", "brand", "product"])
    responses = CustomerResponse.objects.bulk_create(
        CustomerResponse(
            booking=booking,
            question_set_name=item.get("question_set_name") or "",
            question=item["question"],
            response=item.get("response") or "",
        )
        for item in data.get("responses") or []
    )
    changes = {
        **snapshot(booking),
        "issues": detail_changes.get("issues", [[], []])[1],
        "other_issues": detail_changes.get("other_issues", [[], []])[1],
        "responses": len(responses),
    }
    record(actor=actor, action=actions.BOOKING_CREATED, entity=booking, changes=changes)
    booking_notify(booking=booking, event=CREATED, template="booking_created")
    namespace_changed(selectors.CACHE)
    return booking


# ----- update and transitions ----------------------------------------------------------------------------


def _check_status(booking: Booking, target: str | None, reason: str, *, has_changes: bool) -> None:
    """The workflow rules, against the freshly locked status (spec 04 §4.2)."""
    current = booking.status
    if target is not None and target == current:
        label = BookingStatus(current).label.lower()
        raise Conflict(f"The booking is already {label}.", "status_unchanged")
    if current in TERMINAL and (has_changes or target is not None):
        raise Conflict("The booking is closed.", "booking_closed")
    if target is None:
        return
    if target not in TRANSITIONS[current]:
        raise ValidationError({"status": [f"Cannot change status from {current} to {target}."]})
    if target in REASON_REQUIRED and not reason.strip():
        raise ValidationError({"reason": [REASON_MISSING]})


def _transition(booking: Booking, target: str, reason: str, actor: Any) -> dict[str, list[Any]]:
    now = timezone.now()
    changes: dict[str, list[Any]] = {"status": [booking.status, target]}
    if reason != booking.reason:
        changes["reason"] = [booking.reason, reason]
    BookingStatusChange.objects.create(
        booking=booking,
        from_status=booking.status,
        to_status=target,
        reason=reason,
        changed_at=now,
        changed_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    booking.status, booking.reason, booking.status_changed_at = target, reason, now
    return changes


def _lock(booking: Booking) -> Booking:
    # `of=self`: the select_related joins are outer joins, which PostgreSQL cannot lock.
    return (
        Booking.objects.select_related("store", "attendant", "user")
        .select_for_update(of=("self",))
        .get(pk=booking.pk)
    )


@transaction.atomic
def booking_update(*, booking: Booking, data: Mapping[str, Any], actor: Any) -> Booking:
    """An admin's change: fields, assignment, details and at most one transition, all or nothing."""
    booking = _lock(booking)
    target = data.get("status")
    reason = (data.get("reason") or "").strip()
    values = {k: data[k] for k in (*CONTACT_FIELDS, *ASSIGNMENT_FIELDS) if k in data}
    has_changes = bool(values) or data.get("details") is not None
    _check_status(booking, target, reason, has_changes=has_changes)
    if "store" in values:
        values["store"] = active_store(values["store"])
    if "attendant" in values:
        values["attendant"] = active_advisor(values["attendant"])
    _contact(values)
    for key in ("address", "message"):
        if key in values:
            values[key] = values[key] or ""
    field_changes = changes_apply(booking, values, CONTACT_FIELDS)
    assignment = changes_apply(booking, values, ASSIGNMENT_FIELDS)
    _require_contact(booking)
    if assignment:
        _check_attendant_store(booking)
    field_changes |= _apply_details(booking, data.get("details"))
    status_changes = _transition(booking, target, reason, actor) if target else {}
    all_changes = {**field_changes, **assignment, **status_changes}
    if not all_changes:
        return booking
    columns = changed_columns(
        booking, {k: v for k, v in all_changes.items() if k not in ("issues", "other_issues")}
    )
    if "status" in status_changes:
        columns.append("status_changed_at")
    booking.save(update_fields=columns)
    _audit(booking, actor, field_changes, assignment, status_changes)
    if target:
        booking_notify(booking=booking, event=STATUS_CHANGED, template=f"booking_{target}", reason=reason)
    namespace_changed(selectors.CACHE)
    return booking


def _audit(
    booking: Booking,
    actor: Any,
    fields: dict[str, list[Any]],
    assignment: dict[str, list[Any]],
    status: dict[str, list[Any]],
) -> None:
    if assignment:
        record(actor=actor, action=actions.BOOKING_ASSIGNED, entity=booking, changes=assignment)
    if fields:
        record(actor=actor, action=actions.BOOKING_UPDATED, entity=booking, changes=fields)
    if status:
        record(
            actor=actor,
            action=actions.booking_status(booking.status),
            entity=booking,
            changes=status,
            reason=booking.reason,
        )


@transaction.atomic
def booking_cancel_by_customer(*, booking: Booking, reason: str, actor: Any) -> Booking:
    """A customer cancels their own booking before the repair has started."""
    locked = _lock(booking)
    if locked.status != BookingStatus.CANCELLED and locked.status not in CUSTOMER_CANCELLABLE:
        raise ValidationError(
            {"status": [f"Cannot change status from {locked.status} to {BookingStatus.CANCELLED}."]}
        )
    return booking_update(
        booking=locked, data={"status": BookingStatus.CANCELLED, "reason": reason}, actor=actor
    )
