"""Check-in and check-out (spec 05 §6, §7), and the recomputation that ends every change of an attendance.

A punch is one durable transaction wrapped by `files_removed_on_rollback()`: the selfie is decoded and cleaned
before the transaction (no lock is held while Pillow works), saved inside it, and deleted again if the
transaction does not commit. Concurrent punches of one advisor are serialised on the advisor's user row.
"""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from storeops.accounts.models import User
from storeops.activity import actions
from storeops.activity.services import record
from storeops.attendance.geo import GeofenceCheck, store_geofence_check
from storeops.attendance.models import (
    Attendance,
    AttendanceRequest,
    Phase,
    RequestStatus,
    RequestType,
    Shift,
)
from storeops.attendance.photos import CleanPhoto, files_removed_on_rollback
from storeops.attendance.rules import (
    Candidate,
    Policy,
    compute_metrics,
    day_status,
    pick_checkin,
    shift_window,
)
from storeops.attendance.selectors.punches import CACHE
from storeops.attendance.selectors.schedule import planned_shift
from storeops.core.cache import namespace_changed
from storeops.core.errors import ApplicationError, Conflict, NotFound
from storeops.core.locking import lock_rows
from storeops.core.services import changed_columns, changes_apply
from storeops.core.time import zone
from storeops.stores.models import Store

METRIC_FIELDS = ("worked_minutes", "late_minutes", "early_out_minutes", "ot_minutes", "status")


@dataclass(frozen=True)
class Fix:
    """A GPS fix as the device reported it."""

    latitude: Decimal
    longitude: Decimal
    accuracy_m: Decimal | None = None


# ----- recomputation ---------------------------------------------------------------------------------------


def attendance_recompute(attendance: Attendance) -> dict[str, list[Any]]:
    """Set metrics and status from the row and its requests (§4); returns the changes, unsaved."""
    requests = list(attendance.requests.values_list("type", "status", "meta"))
    approved_ot = [
        int(meta.get("requested_minutes") or 0)
        for kind, status, meta in requests
        if kind == RequestType.OT and status == RequestStatus.APPROVED
    ]
    policy = Policy.current()
    metrics = compute_metrics(
        shift_start=attendance.shift_start,
        shift_end=attendance.shift_end,
        check_in=attendance.check_in,
        check_out=attendance.check_out,
        late_excused=attendance.late_excused,
        approved_ot=max(approved_ot, default=None),
        policy=policy,
    )
    status = day_status(
        any_pending=any(status == RequestStatus.PENDING for _, status, _ in requests),
        has_check_in=attendance.check_in is not None,
        has_check_out=attendance.check_out is not None,
        geofence_rejected=any(
            kind == RequestType.OUTSIDE_GEOFENCE and status == RequestStatus.REJECTED
            for kind, status, _ in requests
        ),
        worked=metrics.worked_minutes,
        policy=policy,
    )
    values = {**metrics.__dict__, "status": str(status)}
    return changes_apply(attendance, values, METRIC_FIELDS)


def save_changes(attendance: Attendance, changes: dict[str, list[Any]]) -> None:
    if changes:
        attendance.save(update_fields=changed_columns(attendance, changes))
        namespace_changed(CACHE)


def append_note(attendance: Attendance, line: str, changes: dict[str, list[Any]]) -> None:
    line = line.strip()
    if not line:
        return
    old = attendance.notes
    attendance.notes = f"{old}\n{line}" if old else line
    changes["notes"] = [old, attendance.notes]


def request_create(
    *,
    attendance: Attendance,
    type: str,
    meta: dict[str, Any],
    reason: str,
    actor: Any,
    phase: str = Phase.NONE,
) -> AttendanceRequest:
    request = AttendanceRequest.objects.create(
        attendance=attendance,
        type=type,
        phase=phase,
        meta=meta,
        reason=reason[:500],
        requested_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    namespace_changed(CACHE)
    record(
        actor=actor,
        action=actions.ATTENDANCE_REQUEST_CREATED,
        entity=request,
        store=attendance.store_id,
        changes={"type": type, "meta": meta, "reason": request.reason, "attendance": attendance.pk},
    )
    return request


# ----- check-in --------------------------------------------------------------------------------------------


def active_store_of(user: Any) -> Store:
    store = Store.objects.filter(pk=user.store_id, is_active=True).first() if user.store_id else None
    if store is None:
        raise ApplicationError("You are not assigned to an active store.", "no_store")
    return store


def _chosen_shift(shift_id: int | None) -> Shift | None:
    if shift_id is None:
        return None
    shift = Shift.objects.filter(pk=shift_id, is_active=True).first()
    if shift is None:
        raise ValidationError({"shift_id": ["Unknown or inactive shift."]})
    return shift


def _candidate(day: dt.date, shift: Shift, store: Store) -> Candidate[Shift]:
    start, end = shift_window(day, shift.start_time, shift.end_time, zone(store.timezone))
    return Candidate(day=day, shift=shift, start=start, end=end)


def _pick(actor: Any, store: Store, chosen: Shift | None, now: dt.datetime) -> Candidate[Shift]:
    """Today's shift, else last night's overnight one, whose check-in window holds `now` (§6 step 3)."""
    today = now.astimezone(zone(store.timezone)).date()
    yesterday = today - dt.timedelta(days=1)
    today_shift = chosen or planned_shift(actor, today).shift
    last_shift = chosen or planned_shift(actor, yesterday).shift
    today_candidate = _candidate(today, today_shift, store) if today_shift else None
    candidates = [today_candidate] if today_candidate else []
    if last_shift is not None and last_shift.is_overnight:
        candidates.append(_candidate(yesterday, last_shift, store))
    pick = pick_checkin(now, candidates, Policy.current(), today=today_candidate)
    if pick.candidate is not None:
        return pick.candidate
    if pick.refusal == "too_early" and pick.opens_at is not None:
        opens = pick.opens_at.astimezone(zone(store.timezone))
        raise ApplicationError(f"Check-in opens at {opens:%H:%M}.", "too_early", opens_at=opens.isoformat())
    if pick.refusal == "shift_over":
        raise ApplicationError("Today's shift is over.", "shift_over")
    raise ApplicationError("No shift is planned for you today.", "no_planned_shift")


def _refuse_open_rows(actor: Any, candidate: Candidate[Shift], now: dt.datetime) -> Attendance | None:
    """The existing row for the pick (reusable only without a check-in); 409 when a punch already exists."""
    row = Attendance.objects.filter(user=actor, date=candidate.day, shift=candidate.shift).first()
    if row is not None and row.check_in is not None:
        raise Conflict("Already checked in.", "already_checked_in", attendance_id=row.pk)
    others = Attendance.objects.filter(
        user=actor, check_in__isnull=False, check_out__isnull=True, shift_end__gt=now
    )
    if row is not None:
        others = others.exclude(pk=row.pk)
    other = others.order_by("-check_in", "-id").first()
    if other is not None:
        raise Conflict(
            "You have another attendance that is still open.",
            "open_attendance_exists",
            attendance_id=other.pk,
        )
    return row


def _geofence(attendance: Attendance, fix: Fix) -> GeofenceCheck | None:
    return store_geofence_check(
        store_id=attendance.store_id,
        latitude=fix.latitude,
        longitude=fix.longitude,
        accuracy_m=fix.accuracy_m,
    )


def _outside_request(
    attendance: Attendance, check: GeofenceCheck | None, fix: Fix, phase: str, note: str, actor: Any
) -> None:
    if check is None or check.inside:
        return
    meta = {
        "phase": phase,
        "distance_m": check.distance_m,
        "accuracy_m": None if fix.accuracy_m is None else str(fix.accuracy_m),
        "radius_m": check.radius_m,
    }
    request_create(
        attendance=attendance,
        type=RequestType.OUTSIDE_GEOFENCE,
        phase=phase,
        meta=meta,
        reason=note,
        actor=actor,
    )


def _save_punch(attendance: Attendance, prefix: str) -> None:
    """Insert a new row; on an existing one write only what a punch sets."""
    namespace_changed(CACHE)
    if attendance.pk is None:
        attendance.save()
        return
    fields = [prefix, *(f"{prefix}_{name}" for name in ("latitude", "longitude", "accuracy_m"))]
    fields += [f"{prefix}_distance_m", f"{prefix}_photo", "store", "notes", *METRIC_FIELDS]
    attendance.save(update_fields=changed_columns(attendance, dict.fromkeys(fields, [])))


def _punch_values(prefix: str, fix: Fix, photo_name: str, check: GeofenceCheck | None) -> dict[str, Any]:
    return {
        f"{prefix}_latitude": fix.latitude,
        f"{prefix}_longitude": fix.longitude,
        f"{prefix}_accuracy_m": fix.accuracy_m,
        f"{prefix}_distance_m": None if check is None else check.distance_m,
        f"{prefix}_photo": photo_name,
    }


def _new_or_reused_row(
    row: Attendance | None, actor: Any, store: Store, candidate: Candidate[Shift]
) -> Attendance:
    if row is not None:
        row.store = store
        return row
    return Attendance(
        user=actor,
        store=store,
        date=candidate.day,
        shift=candidate.shift,
        shift_start=candidate.start,
        shift_end=candidate.end,
    )


def attendance_check_in(
    *, actor: Any, fix: Fix, photo: CleanPhoto, shift_id: int | None = None, note: str = ""
) -> Attendance:
    """§6: pick the (date, shift), record the punch, raise LATE / OUTSIDE_GEOFENCE requests, recompute."""
    store = active_store_of(actor)
    chosen = _chosen_shift(shift_id)
    now = timezone.now()
    candidate = _pick(actor, store, chosen, now)
    with files_removed_on_rollback() as files, transaction.atomic(durable=True):
        lock_rows((User, actor.pk))
        row = _refuse_open_rows(actor, candidate, now)
        attendance = _new_or_reused_row(row, actor, store, candidate)
        check = _geofence(attendance, fix)
        name = files.save(photo, when=now.astimezone(zone(store.timezone)))
        attendance.check_in = now
        for field, value in _punch_values("check_in", fix, name, check).items():
            setattr(attendance, field, value)
        _check_in_notes(attendance, actor, chosen, note)
        _save_punch(attendance, "check_in")
        _outside_request(attendance, check, fix, Phase.CHECK_IN, note, actor)
        _late_request(attendance, note, actor)
        save_changes(attendance, attendance_recompute(attendance))
        record(
            actor=actor,
            action=actions.ATTENDANCE_CHECKED_IN,
            entity=attendance,
            changes=_punch_changes(attendance, "check_in", check),
        )
    return attendance


def _check_in_notes(attendance: Attendance, actor: Any, chosen: Shift | None, note: str) -> None:
    changes: dict[str, list[Any]] = {}
    if chosen is not None:
        planned = planned_shift(actor, attendance.date).shift
        if planned is None or planned.pk != chosen.pk:
            append_note(attendance, f"Planned shift: {planned.name if planned else 'none'}.", changes)
    if note:
        append_note(attendance, f"Check-in note: {note}", changes)


def _late_request(attendance: Attendance, note: str, actor: Any) -> None:
    metrics = compute_metrics(
        shift_start=attendance.shift_start,
        shift_end=attendance.shift_end,
        check_in=attendance.check_in,
        check_out=None,
        late_excused=False,
        approved_ot=None,
        policy=Policy.current(),
    )
    # A LATE request only for at least one whole minute past the grace: "late by 0 minutes" asks nothing.
    if metrics.late_minutes > 0:
        request_create(
            attendance=attendance,
            type=RequestType.LATE,
            meta={"late_minutes": metrics.late_minutes},
            reason=note,
            actor=actor,
        )


def _punch_changes(attendance: Attendance, prefix: str, check: GeofenceCheck | None) -> dict[str, Any]:
    fields = (prefix, f"{prefix}_latitude", f"{prefix}_longitude", f"{prefix}_accuracy_m")
    changes: dict[str, Any] = {name: [None, getattr(attendance, name)] for name in fields}
    if check is not None:
        changes[f"{prefix}_distance_m"] = [None, check.distance_m]
    changes["status"] = [None, attendance.status]
    return changes


# ----- check-out -------------------------------------------------------------------------------------------


def _open_row(actor: Any, attendance_id: int | None) -> Attendance:
    if attendance_id is not None:
        row = Attendance.objects.filter(pk=attendance_id, user=actor).first()
        if row is None:
            raise NotFound()
        return row
    row = (
        Attendance.objects.filter(user=actor, check_in__isnull=False, check_out__isnull=True)
        .order_by("-check_in", "-id")
        .first()
    )
    if row is None:
        raise Conflict("You have no open attendance to check out of.", "no_open_attendance")
    return row


def attendance_check_out(
    *,
    actor: Any,
    fix: Fix,
    photo: CleanPhoto,
    attendance_id: int | None = None,
    ot_request_minutes: int | None = None,
    note: str = "",
) -> Attendance:
    """§7: close the open row, raise OUTSIDE_GEOFENCE / OT requests, recompute."""
    now = timezone.now()
    with files_removed_on_rollback() as files, transaction.atomic(durable=True):
        lock_rows((User, actor.pk))
        attendance = _open_row(actor, attendance_id)
        lock_rows(attendance)
        attendance.refresh_from_db()
        if attendance.check_in is None or attendance.check_out is not None:
            raise Conflict("Attendance is not open.", "not_open")
        name = files.save(photo, when=now.astimezone(zone(attendance.store.timezone)))
        check = _geofence(attendance, fix)
        _outside_request(attendance, check, fix, Phase.CHECK_OUT, note, actor)
        attendance.check_out = now
        for field, value in _punch_values("check_out", fix, name, check).items():
            setattr(attendance, field, value)
        if ot_request_minutes:
            request_create(
                attendance=attendance,
                type=RequestType.OT,
                meta={"requested_minutes": ot_request_minutes},
                reason=note,
                actor=actor,
            )
        append_note(attendance, f"Check-out note: {note}" if note else "", {})
        attendance_recompute(attendance)
        _save_punch(attendance, "check_out")
        record(
            actor=actor,
            action=actions.ATTENDANCE_CHECKED_OUT,
            entity=attendance,
            changes=_punch_changes(attendance, "check_out", check),
        )
    return attendance
