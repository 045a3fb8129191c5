"""Roster volume for `seed_scale`: every advisor gets a schedule, a week-off and a pay rate; every store a
geofence and a holiday, so attendance reads (planned shifts, reports) run against realistic rosters."""

import datetime as dt
from decimal import Decimal

from django.utils import timezone

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.attendance.models import PayrollProfile, RosterException, RuleType, Schedule, Shift, WeekOff
from storeops.core.scale import BATCH_SIZE, ScaleContext
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
