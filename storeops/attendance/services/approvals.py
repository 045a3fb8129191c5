"""ADJUST requests and the decisions on any request (spec 05 §10).

A decision locks the attendance and then the request (the global lock order), reads the request again under the
lock and refuses it when it is no longer pending: of concurrent decisions on one request exactly one applies.
"""

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from storeops.activity import actions
from storeops.activity.services import record
from storeops.attendance import policy
from storeops.attendance.models import Attendance, AttendanceRequest, RequestStatus, RequestType
from storeops.attendance.selectors.punches import CACHE, approvals_scope
from storeops.attendance.services.punches import attendance_recompute, request_create, save_changes
from storeops.core.cache import namespace_changed
from storeops.core.errors import Conflict, NotFound
from storeops.core.locking import lock_rows
from storeops.core.time import local_today, zone

# ----- ADJUST ----------------------------------------------------------------------------------------------


def _aware(value: dt.datetime | None, attendance: Attendance) -> dt.datetime | None:
    """A time without offset is local to the attendance's store."""
    if value is None or timezone.is_aware(value):
        return value
    return value.replace(tzinfo=zone(attendance.store.timezone))


def adjust_problems(
    attendance: Attendance, set_check_in: dt.datetime | None, set_check_out: dt.datetime | None
) -> dict[str, list[str]]:
    """What is wrong with applying these times to the row as it is now; empty when they are valid."""
    check_in = set_check_in or attendance.check_in
    check_out = set_check_out or attendance.check_out
    margin = dt.timedelta(hours=policy.adjust_window_hours())
    earliest, latest = attendance.shift_start - margin, attendance.shift_end + margin
    now = timezone.now()
    problems: dict[str, list[str]] = {}
    for name, value in (("set_check_in", set_check_in), ("set_check_out", set_check_out)):
        if value is None:
            continue
        if value > now:
            problems[name] = ["This time is in the future."]
        elif not earliest <= value <= latest:
            problems[name] = [f"Give a time within {policy.adjust_window_hours()} hours of the shift window."]
    if problems:
        return problems
    if check_out is not None and check_in is None:
        return {"set_check_out": ["A check-out needs a check-in."]}
    if check_in is not None and check_out is not None and check_in >= check_out:
        field = "set_check_out" if set_check_out is not None else "set_check_in"
        return {field: ["The check-in must be before the check-out."]}
    return {}


def adjust_request_create(
    *,
    actor: Any,
    attendance_id: int,
    set_check_in: dt.datetime | None,
    set_check_out: dt.datetime | None,
    reason: str,
) -> AttendanceRequest:
    """§10.1: ask for corrected punch times on one of the caller's own rows."""
    attendance = Attendance.objects.select_related("store").filter(pk=attendance_id, user=actor).first()
    if attendance is None:
        raise NotFound()
    if set_check_in is None and set_check_out is None:
        raise ValidationError({"set_check_in": ["Give set_check_in, set_check_out or both."]})
    oldest = local_today(attendance.store.timezone) - dt.timedelta(days=policy.adjust_max_age_days())
    if attendance.date < oldest:
        raise ValidationError({"attendance": ["This attendance is too old to adjust."]})
    set_check_in, set_check_out = _aware(set_check_in, attendance), _aware(set_check_out, attendance)
    problems = adjust_problems(attendance, set_check_in, set_check_out)
    if problems:
        raise ValidationError(problems)
    with transaction.atomic():
        lock_rows(attendance)
        pending = attendance.requests.filter(type=RequestType.ADJUST, status=RequestStatus.PENDING)
        if pending.exists():
            raise Conflict("This attendance already has a pending adjustment.", "pending_request_exists")
        meta = {
            "set_check_in": set_check_in.isoformat() if set_check_in else None,
            "set_check_out": set_check_out.isoformat() if set_check_out else None,
        }
        request = request_create(
            attendance=attendance, type=RequestType.ADJUST, meta=meta, reason=reason, actor=actor
        )
        _recompute_and_record(attendance, {}, actor)
    return request


# ----- decisions -------------------------------------------------------------------------------------------


def _parse(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _apply(request: AttendanceRequest, attendance: Attendance, approve: bool) -> dict[str, list[Any]]:
    """The request type's effect on the row (§10.3); OT and OUTSIDE_GEOFENCE act through the recomputation."""
    changes: dict[str, list[Any]] = {}
    if not approve:
        return changes
    if request.type == RequestType.LATE and not attendance.late_excused:
        changes["late_excused"] = [False, True]
        attendance.late_excused = True
    elif request.type == RequestType.ADJUST:
        set_in, set_out = _parse(request.meta.get("set_check_in")), _parse(request.meta.get("set_check_out"))
        if adjust_problems(attendance, set_in, set_out):
            raise Conflict(
                "The adjustment no longer fits this attendance.", "invalid_adjustment", request_id=request.pk
            )
        for name, value in (("check_in", set_in), ("check_out", set_out)):
            if value is not None and getattr(attendance, name) != value:
                changes[name] = [getattr(attendance, name), value]
                setattr(attendance, name, value)
    return changes


def _recompute_and_record(attendance: Attendance, changes: dict[str, list[Any]], actor: Any) -> None:
    changes = {**changes, **attendance_recompute(attendance)}
    save_changes(attendance, changes)
    if changes:
        record(actor=actor, action=actions.ATTENDANCE_UPDATED, entity=attendance, changes=changes)


def request_decide(*, actor: Any, request_id: int, approve: bool, note: str = "") -> AttendanceRequest:
    """§10.3: approve or reject a pending request the caller can see; 404 outside scope, 409 when decided."""
    attendance_id = (
        approvals_scope(actor).filter(pk=request_id).values_list("attendance_id", flat=True).first()
    )
    if attendance_id is None:
        raise NotFound()
    with transaction.atomic():
        lock_rows((Attendance, attendance_id), (AttendanceRequest, request_id))
        request = AttendanceRequest.objects.get(pk=request_id)
        attendance = Attendance.objects.select_related("store").get(pk=attendance_id)
        if request.status != RequestStatus.PENDING:
            raise Conflict("This request was already decided.", "already_decided")
        changes = _apply(request, attendance, approve)
        request.status = RequestStatus.APPROVED if approve else RequestStatus.REJECTED
        request.decided_by = actor
        request.decided_at = timezone.now()
        request.decision_note = note[:500]
        request.save(update_fields=["status", "decided_by", "decided_at", "decision_note", "updated_at"])
        namespace_changed(CACHE)
        record(
            actor=actor,
            action=actions.ATTENDANCE_REQUEST_APPROVED if approve else actions.ATTENDANCE_REQUEST_REJECTED,
            entity=request,
            store=attendance.store_id,
            changes={"status": [RequestStatus.PENDING, request.status], "decision_note": [None, note]},
        )
        _recompute_and_record(attendance, changes, actor)
    return request
