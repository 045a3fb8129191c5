"""Demo rosters for `seed_demo`: shifts, a schedule and a week-off per demo advisor (fixed and alternate-week),
a store holiday and pay rates, all through the services. The geofences around the demo stores are created with
the stores themselves (`accounts/demo.py`)."""

import datetime as dt
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

from django.db import models
from django.utils import timezone

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.attendance.models import PayrollProfile, RosterException, RuleType, Schedule, Shift, WeekOff
from storeops.attendance.services.payroll import payroll_create
from storeops.attendance.services.roster_exceptions import exception_create
from storeops.attendance.services.rosters import schedule_create, shift_create, weekoff_create
from storeops.stores.models import Store

M = TypeVar("M", bound=models.Model)

SHIFTS = [
    ("Day", dt.time(9), dt.time(18)),
    ("Evening", dt.time(13), dt.time(22)),
    ("Night", dt.time(22), dt.time(6)),
]


class _Tally:
    def __init__(self) -> None:
        self.created: Counter[str] = Counter()
        self.existing: Counter[str] = Counter()

    def get_or_create(self, kind: str, found: M | None, create: Callable[[], M]) -> M:
        if found is not None:
            self.existing[kind] += 1
            return found
        self.created[kind] += 1
        return create()

    def result(self) -> dict[str, tuple[int, int]]:
        kinds = list(dict.fromkeys([*self.created, *self.existing]))
        return {kind: (self.created[kind], self.existing[kind]) for kind in kinds}


def _next_holiday(today: dt.date) -> dt.date:
    """15 August, this year's or next year's: always ahead of the demo's today."""
    day = dt.date(today.year, 8, 15)
    return day if day >= today else dt.date(today.year + 1, 8, 15)


def seed_attendance(*, actor: Any = None) -> dict[str, tuple[int, int]]:
    """Returns `{type name: (created, existing)}`; a second run creates nothing."""
    tally = _Tally()
    shifts = {
        name: tally.get_or_create(
            "shifts",
            Shift.objects.filter(name__iexact=name).first(),
            lambda name=name, start=start, end=end: shift_create(  # type: ignore[misc]
                data={"name": name, "start_time": start, "end_time": end}, actor=actor
            ),
        )
        for name, start, end in SHIFTS
    }
    today = timezone.localdate()
    monday = today - dt.timedelta(days=today.weekday())
    advisors = User.objects.filter(role=Role.ADVISOR, username__startswith="advisor").order_by(
        "username", "id"
    )
    for index, advisor in enumerate(advisors):
        _seed_advisor(tally, advisor, index, shifts, monday, actor)
    store = Store.objects.filter(code="MGR").first()
    if store is not None:
        holiday = _next_holiday(today)
        tally.get_or_create(
            "store holidays",
            RosterException.objects.filter(store=store, date=holiday).first(),
            lambda: exception_create(
                data={"store": store.pk, "date": holiday, "mark_off": True, "reason": "Independence Day"},
                actor=actor,
            ),
        )
    return tally.result()


def _seed_advisor(
    tally: _Tally, advisor: User, index: int, shifts: dict[str, Shift], monday: dt.date, actor: Any
) -> None:
    """Even advisors work the day shift; odd ones alternate day and evening weeks. Sundays are off."""
    if index % 2 == 0:
        rule: dict[str, Any] = {"rule_type": RuleType.FIXED, "default_shift": shifts["Day"]}
    else:
        rule = {
            "rule_type": RuleType.ALTERNATE_WEEKLY,
            "anchor_monday": monday,
            "week_even_shift": shifts["Day"],
            "week_odd_shift": shifts["Evening"],
        }
    tally.get_or_create(
        "schedules",
        Schedule.objects.filter(user=advisor).first(),
        lambda: schedule_create(data={"user": advisor.pk, **rule}, actor=actor),
    )
    tally.get_or_create(
        "week-offs",
        WeekOff.objects.filter(user=advisor, weekday=6).first(),
        lambda: weekoff_create(data={"user": advisor.pk, "weekday": 6}, actor=actor),
    )
    tally.get_or_create(
        "payroll profiles",
        PayrollProfile.objects.filter(user=advisor).first(),
        lambda: payroll_create(
            data={
                "user": advisor.pk,
                "hourly_rate": Decimal("150.00") + 10 * index,
                "ot_multiplier": Decimal("1.50"),
                "effective_from": monday.replace(day=1),
            },
            actor=actor,
        ),
    )
