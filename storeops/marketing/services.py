"""Lead writes: storing a submission (audit event and admin notifications in the same transaction) and the
status workflow of the lead inbox."""

import datetime as dt
from typing import Any, TypedDict, TypeVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.activity import actions
from storeops.activity.services import record, snapshot
from storeops.core.cache import namespace_changed
from storeops.core.errors import Conflict
from storeops.core.locking import lock
from storeops.core.time import local_now, zone
from storeops.marketing.models import TRANSITIONS, CallRequest, ContactRequest, Lead
from storeops.notifications.models import Notification
from storeops.notifications.services import Recipient, notify

# Cached reads of the lead inbox (`storeops.api.fastpath`); every lead write discards them.
CACHE = "marketing"

DATE_PAST = "Choose today or a later date."
DATE_TOO_FAR = "Choose a date at most {days} days ahead."
TIME_PAST = "Choose a time in the future."
NOTHING_GIVEN = "Give a status or a note."

L = TypeVar("L", bound=Lead)


class ContactInput(TypedDict, total=False):
    name: str
    mobile_no: str
    email: str
    message: str


class CallRequestInput(TypedDict, total=False):
    name: str
    mobile_no: str
    date: dt.date
    time: dt.time
    message: str


class LeadUpdateInput(TypedDict, total=False):
    status: str
    note: str


# ----- submissions ---------------------------------------------------------------------------------------


def call_slot_check(*, date: dt.date, time: dt.time) -> None:
    """Refuse a call slot in the past or too far ahead, in `TIME_ZONE` (the site has no store to go by)."""
    now = local_now()
    if date < now.date():
        raise ValidationError({"date": [DATE_PAST]})
    days = settings.SCHEDULE_CALL_MAX_DAYS_AHEAD
    if date > now.date() + dt.timedelta(days=days):
        raise ValidationError({"date": [DATE_TOO_FAR.format(days=days)]})
    if dt.datetime.combine(date, time, tzinfo=zone()) <= now:
        raise ValidationError({"time": [TIME_PAST]})


def _admin_recipients() -> list[Recipient]:
    admins = User.objects.filter(role=Role.SYSTEM_ADMIN, is_active=True).order_by("pk")
    return [
        Recipient(email=user.email, phone=user.phone, user=user, audience=Notification.Audience.STAFF)
        for user in admins
    ]


def _lead_created(lead: Lead, *, action: str, template: str, fields: list[str], actor: Any) -> None:
    record(actor=actor, action=action, entity=lead, changes=snapshot(lead, fields))
    notify(
        event="lead.created",
        template=template,
        channels=settings.LEAD_NOTIFICATION_CHANNELS,
        recipients=_admin_recipients(),
        context={"lead": lead},
        entity=lead,
    )
    namespace_changed(CACHE)


@transaction.atomic
def contact_create(*, data: ContactInput, actor: Any) -> ContactRequest:
    """Store a contact request; every active system admin is notified after commit."""
    lead = ContactRequest.objects.create(
        name=data["name"],
        mobile_no=data["mobile_no"],
        email=data.get("email") or "",
        message=data["message"],
    )
    _lead_created(
        lead,
        action=actions.CONTACT_CREATED,
        template="lead_contact",
        fields=["name", "mobile_no", "email", "message", "status"],
        actor=actor,
    )
    return lead


@transaction.atomic
def call_request_create(*, data: CallRequestInput, actor: Any) -> CallRequest:
    """Store a call request for a future slot; every active system admin is notified after commit."""
    call_slot_check(date=data["date"], time=data["time"])
    lead = CallRequest.objects.create(
        name=data["name"],
        mobile_no=data["mobile_no"],
        date=data["date"],
        time=data["time"],
        message=data.get("message") or "",
    )
    _lead_created(
        lead,
        action=actions.CALL_REQUEST_CREATED,
        template="lead_call",
        fields=["name", "mobile_no", "date", "time", "message", "status"],
        actor=actor,
    )
    return lead


# ----- the inbox workflow --------------------------------------------------------------------------------

_EVENTS = {
    ContactRequest: (actions.CONTACT_STATUS_CHANGED, actions.CONTACT_NOTED),
    CallRequest: (actions.CALL_REQUEST_STATUS_CHANGED, actions.CALL_REQUEST_NOTED),
}


def _history_entry(*, old: str, new: str, note: str, actor: Any) -> dict[str, Any]:
    return {
        "from_status": old,
        "to_status": new,
        "note": note,
        "changed_by": getattr(actor, "pk", None),
        "changed_by_name": getattr(actor, "full_name", "") or "",
        "changed_at": timezone.now().isoformat(),
    }


@transaction.atomic
def lead_update(*, lead: L, data: LeadUpdateInput, actor: Any) -> L:
    """Move a lead along its workflow and/or add a note; one history entry and one audit event per call.

    The row is locked and its status read under the lock, so of concurrent changes one wins and the others
    are judged against the status it left.
    """
    status = data.get("status")
    note = (data.get("note") or "").strip()
    if status is None and not note:
        raise ValidationError({"status": [NOTHING_GIVEN]})
    row = lock(lead)
    old = row.status
    if status is not None and status == old:
        raise Conflict(f"The lead is already {old}.", "status_unchanged")
    if status is not None and status not in TRANSITIONS[old]:
        raise ValidationError({"status": [f"Cannot change status from {old} to {status}."]})
    new = status or old
    row.status = new
    row.history = [*row.history, _history_entry(old=old, new=new, note=note, actor=actor)]
    row.save(update_fields=["status", "history", "updated_at"])
    changed, noted = _EVENTS[type(row)]
    record(
        actor=actor,
        action=changed if new != old else noted,
        entity=row,
        changes={"status": [old, new]} if new != old else {},
        reason=note,
    )
    namespace_changed(CACHE)
    return row
