"""Schedule resolution (spec 05 §3): the planned shift of an advisor on a local date, or why the day is off.

`planned_shift(user, date)` answers one day; `planned_shifts(users, start, end)` answers every (user, day) of a
range in a constant number of queries (three, whatever the number of users and days), for reports, the schedule
preview and the nightly auto-close. Both go through `resolve()`, the one transcription of the precedence rules.
"""

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.db.models import Q

from storeops.attendance.models import RosterException, RuleType, Schedule, Shift, WeekOff

SOURCE_EXCEPTION = "exception"
SOURCE_HOLIDAY = "holiday"
SOURCE_WEEK_OFF = "week_off"
SOURCE_SCHEDULE = "schedule"
SOURCE_NONE = "none"
SOURCES = (SOURCE_EXCEPTION, SOURCE_HOLIDAY, SOURCE_WEEK_OFF, SOURCE_SCHEDULE, SOURCE_NONE)


@dataclass(frozen=True)
class PlannedDay:
    """What the roster says for one advisor on one local date: a shift, or a day off and its reason."""

    date: dt.date
    shift: Shift | None
    source: str

    @property
    def is_day_off(self) -> bool:
        return self.shift is None

    @property
    def day_off_reason(self) -> str | None:
        """`exception`, `holiday`, `week_off` or `none` on a day off; None when a shift is planned."""
        return None if self.shift is not None else self.source


def schedule_shift(schedule: Schedule, day: dt.date) -> Shift | None:
    """The shift a schedule's rule gives on `day` (whether or not the schedule is active)."""
    if schedule.rule_type == RuleType.FIXED:
        return schedule.default_shift
    anchor = schedule.anchor_monday
    if anchor is None:
        return None
    weeks = max(0, (day - anchor).days // 7)
    parity = (weeks % 2) ^ schedule.parity_offset
    return schedule.week_even_shift if parity == 0 else schedule.week_odd_shift


def resolve(
    *,
    day: dt.date,
    user_exception: RosterException | None,
    store_exception: RosterException | None,
    week_off_days: frozenset[int],
    schedule: Schedule | None,
    schedule_applies: bool | None = None,
) -> PlannedDay:
    """First match wins: user exception, store exception, week-off, schedule, nothing.

    `schedule_applies` (default: the schedule's `is_active`) lets the preview apply an inactive schedule's rule.
    """
    for exception, source in ((user_exception, SOURCE_EXCEPTION), (store_exception, SOURCE_HOLIDAY)):
        if exception is not None:
            shift = None if exception.mark_off else exception.override_shift
            return PlannedDay(day, shift, source)
    if day.weekday() in week_off_days:
        return PlannedDay(day, None, SOURCE_WEEK_OFF)
    applies = schedule.is_active if schedule is not None and schedule_applies is None else schedule_applies
    if schedule is not None and applies:
        shift = schedule_shift(schedule, day)
        if shift is not None:
            return PlannedDay(day, shift, SOURCE_SCHEDULE)
    return PlannedDay(day, None, SOURCE_NONE)


def dates_between(start: dt.date, end: dt.date) -> list[dt.date]:
    """Every date from `start` to `end`, both included."""
    return [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]


@dataclass(frozen=True)
class RosterData:
    """Everything the rules read for some users over a date range, loaded in three queries."""

    user_exceptions: Mapping[tuple[int, dt.date], RosterException]
    store_exceptions: Mapping[tuple[int, dt.date], RosterException]
    week_offs: Mapping[int, frozenset[int]]
    schedules: Mapping[int, Schedule]


def roster_data(
    *, user_ids: Iterable[int], store_ids: Iterable[int], start: dt.date, end: dt.date
) -> RosterData:
    users = sorted(set(user_ids))
    stores = sorted(set(store_ids))
    in_range = Q(date__gte=start, date__lte=end)
    user_exceptions: dict[tuple[int, dt.date], RosterException] = {}
    store_exceptions: dict[tuple[int, dt.date], RosterException] = {}
    if users or stores:
        rows = RosterException.objects.filter(in_range & (Q(user_id__in=users) | Q(store_id__in=stores)))
        for row in rows.select_related("override_shift"):
            if row.user_id is not None:
                user_exceptions[(row.user_id, row.date)] = row
            elif row.store_id is not None:
                store_exceptions[(row.store_id, row.date)] = row
    week_offs: dict[int, set[int]] = {}
    for user_id, weekday in WeekOff.objects.filter(user_id__in=users, is_active=True).values_list(
        "user_id", "weekday"
    ):
        week_offs.setdefault(user_id, set()).add(weekday)
    schedules = Schedule.objects.filter(user_id__in=users).select_related(
        "default_shift", "week_even_shift", "week_odd_shift"
    )
    return RosterData(
        user_exceptions=user_exceptions,
        store_exceptions=store_exceptions,
        week_offs={user_id: frozenset(days) for user_id, days in week_offs.items()},
        schedules={schedule.user_id: schedule for schedule in schedules},
    )


def planned_shifts(
    *, users: Iterable[Any], start: dt.date, end: dt.date
) -> dict[tuple[int, dt.date], PlannedDay]:
    """`{(user_id, date): PlannedDay}` for every user and every date of [start, end], in three queries.

    `users` are user rows (or anything with `pk` and `store_id`); the store exceptions used are those of each
    user's current store.
    """
    people = list(users)
    data = roster_data(
        user_ids=[u.pk for u in people],
        store_ids=[u.store_id for u in people if u.store_id is not None],
        start=start,
        end=end,
    )
    days = dates_between(start, end)
    return {
        (user.pk, day): _resolve_from(data, user.pk, user.store_id, day, data.schedules.get(user.pk), None)
        for user in people
        for day in days
    }


def planned_shift(user: Any, day: dt.date) -> PlannedDay:
    """The planned shift of `user` on local date `day`, or the reason it is a day off."""
    return planned_shifts(users=[user], start=day, end=day)[(user.pk, day)]


def schedule_preview(*, schedule: Schedule, start: dt.date, end: dt.date) -> list[PlannedDay]:
    """The full resolution for the schedule's advisor over [start, end], with this schedule's rule applied even
    when it is inactive."""
    user = schedule.user
    data = roster_data(
        user_ids=[user.pk],
        store_ids=[user.store_id] if user.store_id is not None else [],
        start=start,
        end=end,
    )
    return [
        _resolve_from(data, user.pk, user.store_id, day, schedule, True) for day in dates_between(start, end)
    ]


def _resolve_from(
    data: RosterData,
    user_id: int,
    store_id: int | None,
    day: dt.date,
    schedule: Schedule | None,
    schedule_applies: bool | None,
) -> PlannedDay:
    return resolve(
        day=day,
        user_exception=data.user_exceptions.get((user_id, day)),
        store_exception=data.store_exceptions.get((store_id, day)) if store_id is not None else None,
        week_off_days=data.week_offs.get(user_id, frozenset()),
        schedule=schedule,
        schedule_applies=schedule_applies,
    )
