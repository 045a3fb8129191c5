"""Reads of attendance rows and requests, scoped to the caller (spec 05 §5), and the advisor's day (§9).

Scope: a system admin sees everything; a branch head the rows whose `store` is the store they head; an advisor
their own rows (the approvals queue: none). Anything outside scope is the same 404 as a missing row.
"""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from storeops.accounts.roles import Role
from storeops.attendance.models import Attendance, AttendanceRequest, Shift
from storeops.attendance.rules import Policy, checkin_opens_at, shift_window
from storeops.attendance.selectors.schedule import planned_shift
from storeops.core.errors import NotFound
from storeops.core.time import zone
from storeops.stores.models import Geofence, Store

PHOTO_FIELDS = {"in": "check_in_photo", "out": "check_out_photo"}
# The cache namespace of attendance records and the approvals queue (`storeops.core.cache`): every write of an
# attendance row or request, and a shift rename, changes it.
CACHE = "attendance"


def attendance_scope(actor: Any) -> QuerySet[Attendance]:
    rows = Attendance.objects.all()
    role = getattr(actor, "role", None)
    if role == Role.SYSTEM_ADMIN:
        return rows
    if role == Role.BRANCH_HEAD:
        return rows.filter(store__branch_head=actor)
    if role == Role.ADVISOR:
        return rows.filter(user=actor)
    return rows.none()


def attendance_list(*, actor: Any) -> QuerySet[Attendance]:
    requests = AttendanceRequest.objects.only("id", "type", "status", "attendance_id").order_by("id")
    return (
        attendance_scope(actor)
        .select_related("user", "store", "shift")
        .prefetch_related(Prefetch("requests", queryset=requests))
        .order_by("-date", "-id")
    )


def attendance_get(*, actor: Any, id: int) -> Attendance:
    row = attendance_list(actor=actor).filter(pk=id).first()
    if row is None:
        raise NotFound()
    return row


def attendance_photo_name(*, actor: Any, id: int, phase: str) -> str:
    """The stored name of the row's check-in (`in`) or check-out (`out`) photo; 404 when unseen or absent."""
    field = PHOTO_FIELDS.get(phase)
    name = attendance_scope(actor).filter(pk=id).values_list(field, flat=True).first() if field else None
    if not name:
        raise NotFound()
    return name


def approvals_scope(actor: Any) -> QuerySet[AttendanceRequest]:
    rows = AttendanceRequest.objects.all()
    role = getattr(actor, "role", None)
    if role == Role.SYSTEM_ADMIN:
        return rows
    if role == Role.BRANCH_HEAD:
        return rows.filter(attendance__store__branch_head=actor)
    return rows.none()


_REQUEST_RELATED = ("attendance", "attendance__user", "attendance__store", "attendance__shift", "decided_by")


def approval_list(*, actor: Any) -> QuerySet[AttendanceRequest]:
    return approvals_scope(actor).select_related(*_REQUEST_RELATED).order_by("-created_at", "-id")


def approval_get(*, actor: Any, id: int) -> AttendanceRequest:
    row = approval_list(actor=actor).filter(pk=id).first()
    if row is None:
        raise NotFound()
    return row


def own_request_list(*, actor: Any) -> QuerySet[AttendanceRequest]:
    return (
        AttendanceRequest.objects.filter(attendance__user=actor)
        .select_related(*_REQUEST_RELATED)
        .order_by("-created_at", "-id")
    )


# ----- the advisor's day -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Today:
    """Everything `GET /api/attendance/me/today` shows (§9)."""

    date: dt.date
    store: Store | None
    day_off: bool
    day_off_reason: str | None
    shift: Shift | None
    shift_window: tuple[dt.datetime, dt.datetime] | None
    can_check_in_from: dt.datetime | None
    early_checkin_window_min: int
    cta_state: str
    attendance: Attendance | None
    geofence: Geofence | None
    server_time: dt.datetime


def _cta(actor: Any, today: dt.date, now: dt.datetime) -> tuple[str, Attendance | None]:
    rows = Attendance.objects.filter(user=actor)
    open_row = (
        rows.filter(check_in__isnull=False, check_out__isnull=True, shift_end__gt=now)
        .order_by("-check_in", "-id")
        .first()
    )
    if open_row is not None:
        return "end", open_row
    done = rows.filter(date=today, check_out__isnull=False).order_by("-check_out", "-id").first()
    if done is not None:
        return "complete", done
    return "start", rows.filter(date=today).order_by("-id").first()


def today_view(*, actor: Any) -> Today:
    policy = Policy.current()
    store = Store.objects.filter(pk=actor.store_id, is_active=True).first() if actor.store_id else None
    tz = zone(store.timezone if store else None)
    now = timezone.now().astimezone(tz)
    today = now.date()
    if store is None:
        return Today(
            today, None, False, None, None, None, None, policy.early_checkin, "start", None, None, now
        )
    planned = planned_shift(actor, today)
    window = (
        shift_window(today, planned.shift.start_time, planned.shift.end_time, tz) if planned.shift else None
    )
    cta, row = _cta(actor, today, now)
    return Today(
        date=today,
        store=store,
        day_off=planned.is_day_off,
        day_off_reason=planned.day_off_reason,
        shift=planned.shift,
        shift_window=window,
        can_check_in_from=checkin_opens_at(window[0], policy) if window else None,
        early_checkin_window_min=policy.early_checkin,
        cta_state=cta,
        attendance=row,
        geofence=Geofence.objects.filter(store=store, is_active=True).first(),
        server_time=now,
    )
