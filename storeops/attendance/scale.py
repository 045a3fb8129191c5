"""Roster and punch volume for `seed_scale`.

`seed_rosters`: every advisor gets a schedule, a week-off and a pay rate; every store a geofence and a holiday,
so attendance reads (planned shifts, reports) run against realistic rosters. `seed_punches`: every advisor's
attendance rows for the last 30 days as those rosters plan them (about 3 900 at scale 1), and the LATE, OT and
OUTSIDE_GEOFENCE requests they raised, most of the last week's still pending (the approvals queue).
Both write in bulk: no audit events or notifications (volume data, not a record of changes).
"""

import datetime as dt
from decimal import Decimal
from typing import Any

from django.utils import timezone

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.attendance.models import (
    Attendance,
    AttendanceRequest,
    PayrollProfile,
    Phase,
    RequestStatus,
    RequestType,
    RosterException,
    RuleType,
    Schedule,
    Shift,
    WeekOff,
)
from storeops.attendance.rules import AttendanceStatus, shift_window
from storeops.attendance.selectors.punches import CACHE
from storeops.attendance.selectors.schedule import dates_between, planned_shifts
from storeops.core.cache import namespace_changed
from storeops.core.scale import BATCH_SIZE, ScaleContext
from storeops.core.time import zone
from storeops.stores.models import Geofence, Store

SHIFTS = [
    ("Day", dt.time(9), dt.time(18)),
    ("Evening", dt.time(13), dt.time(22)),
    ("Night", dt.time(22), dt.time(6)),
]


def seed_rosters(ctx: ScaleContext) -> dict[str, int]:
    shifts = Shift.objects.bulk_create(Shift(name=n, start_time=s, end_time=e) for n, s, e in SHIFTS)
    day, evening = shifts[0], shifts[1]
    today = timezone.localdate()
    anchor = today - dt.timedelta(days=today.weekday() + 28)
    advisors = list(User.objects.filter(role=Role.ADVISOR).order_by("id"))
    schedules = [
        Schedule(user=user, rule_type=RuleType.FIXED, default_shift=day)
        if index % 2 == 0
        else Schedule(
            user=user,
            rule_type=RuleType.ALTERNATE_WEEKLY,
            anchor_monday=anchor,
            week_even_shift=day,
            week_odd_shift=evening,
        )
        for index, user in enumerate(advisors)
    ]
    Schedule.objects.bulk_create(schedules, batch_size=BATCH_SIZE)
    week_offs = [WeekOff(user=user, weekday=ctx.rng.randrange(7)) for user in advisors]
    WeekOff.objects.bulk_create(week_offs, batch_size=BATCH_SIZE)
    first_of_last_month = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    profiles = [
        PayrollProfile(
            user=user,
            hourly_rate=Decimal(100 + ctx.rng.randrange(100)),
            ot_multiplier=Decimal("1.50"),
            effective_from=first_of_last_month,
        )
        for user in advisors
    ]
    PayrollProfile.objects.bulk_create(profiles, batch_size=BATCH_SIZE)
    stores = list(Store.objects.order_by("id"))
    fences = [
        Geofence(store=s, latitude=s.latitude or 0, longitude=s.longitude or 0, radius_m=200) for s in stores
    ]
    Geofence.objects.bulk_create(fences, batch_size=BATCH_SIZE, ignore_conflicts=True)
    holidays = [
        RosterException(store=s, date=today.replace(day=15), mark_off=True, reason="Holiday") for s in stores
    ]
    RosterException.objects.bulk_create(holidays, batch_size=BATCH_SIZE)
    return {
        "shifts": len(shifts),
        "schedules": len(schedules),
        "week-offs": len(week_offs),
        "payroll profiles": len(profiles),
        "geofences": Geofence.objects.count(),
        "store holidays": len(holidays),
    }


def _punched_row(ctx: ScaleContext, user: User, day: dt.date, shift: Shift, tz: Any) -> Attendance:
    start, end = shift_window(day, shift.start_time, shift.end_time, tz)
    roll = ctx.rng.random()
    if roll < 0.06:  # absent: no punch at all
        return Attendance(user=user, store=user.store, date=day, shift=shift, shift_start=start,
                          shift_end=end, status=AttendanceStatus.ABSENT)  # fmt: skip
    late = ctx.rng.choice([0, 0, 0, 0, 5, 20, 45])
    check_in = start + dt.timedelta(minutes=late - 5 + ctx.rng.randrange(5))
    check_out = end + dt.timedelta(minutes=ctx.rng.randrange(-30, 90))
    worked = int((check_out - check_in).total_seconds() // 60)
    full = int((end - start).total_seconds() // 60)
    return Attendance(
        user=user, store=user.store, date=day, shift=shift, shift_start=start, shift_end=end,
        check_in=check_in, check_out=check_out, check_in_latitude=Decimal("12.971600"),
        check_in_longitude=Decimal("77.594600"), check_in_accuracy_m=Decimal("12.50"), check_in_distance_m=40,
        check_out_latitude=Decimal("12.971650"), check_out_longitude=Decimal("77.594550"),
        check_out_accuracy_m=Decimal("9.00"), check_out_distance_m=35,
        check_in_photo=f"attendance/bench/{user.pk}-{day:%Y%m%d}-in.jpg",
        worked_minutes=worked, late_minutes=max(0, late - 10), early_out_minutes=max(0, full - worked),
        ot_minutes=max(0, worked - full - 30), late_excused=False,
        status=AttendanceStatus.PRESENT if worked >= full // 2 else AttendanceStatus.HALF_DAY,
    )  # fmt: skip


def _requests_for(ctx: ScaleContext, row: Attendance, head: int | None, now: dt.datetime) -> list[Any]:
    """The requests a branch head would have seen for this day; the last week's are mostly still pending."""
    wanted: list[tuple[str, str, str, dict[str, Any]]] = []
    if row.late_minutes:
        wanted.append((RequestType.LATE, "", "Traffic", {"late_minutes": row.late_minutes}))
    if row.ot_minutes:
        wanted.append((RequestType.OT, "", "Customer in store", {"requested_minutes": row.ot_minutes}))
    if row.check_in is not None and ctx.rng.random() < 0.03:
        wanted.append(
            (RequestType.OUTSIDE_GEOFENCE, Phase.CHECK_IN, "", {"phase": "check_in", "distance_m": 450})
        )
    recent = (now.date() - row.date).days < 7
    made = []
    for kind, phase, reason, meta in wanted:
        pending = recent and ctx.rng.random() < 0.8
        decided = row.shift_end + dt.timedelta(hours=ctx.rng.randint(1, 20))
        made.append(AttendanceRequest(
            attendance=row, type=kind, phase=phase, reason=reason, meta=meta, requested_by_id=row.user_id,
            status=RequestStatus.PENDING if pending else ctx.rng.choice([RequestStatus.APPROVED, RequestStatus.REJECTED]),
            decided_by_id=None if pending else head, decided_at=None if pending else decided,
        ))  # fmt: skip
    return made


def seed_punches(ctx: ScaleContext) -> dict[str, int]:
    """Every advisor's attendance for the last 30 days as their rosters plan it, with the requests it raised."""
    today = timezone.localdate()
    start = today - dt.timedelta(days=30)
    advisors = list(User.objects.filter(role=Role.ADVISOR, store__isnull=False).select_related("store"))
    plan = planned_shifts(users=advisors, start=start, end=today - dt.timedelta(days=1))
    heads = dict(Store.objects.values_list("pk", "branch_head_id"))
    now = timezone.now()
    counts = {"attendance rows": 0, "attendance requests": 0, "pending requests": 0}
    batch: list[Attendance] = []

    def flush() -> None:
        rows = Attendance.objects.bulk_create(batch)
        requests = [r for row in rows for r in _requests_for(ctx, row, heads.get(row.store_id), now)]
        AttendanceRequest.objects.bulk_create(requests, batch_size=BATCH_SIZE)
        counts["attendance rows"] += len(rows)
        counts["attendance requests"] += len(requests)
        counts["pending requests"] += sum(r.status == RequestStatus.PENDING for r in requests)
        batch.clear()

    for user in advisors:
        tz = zone(user.store.timezone)
        for day in dates_between(start, today - dt.timedelta(days=1)):
            planned = plan[(user.pk, day)]
            if planned.shift is not None:
                batch.append(_punched_row(ctx, user, day, planned.shift, tz))
        if len(batch) >= BATCH_SIZE:
            flush()
    flush()
    namespace_changed(CACHE)  # bulk rows bypass the services, which would have said so
    return counts
