"""Schedule resolution (spec 05 §3): fixed examples, the batch form, and a property test against the rules."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storeops.accounts.roles import Role
from storeops.accounts.tests.factories import UserFactory
from storeops.attendance.models import RosterException, RuleType, Schedule, Shift, WeekOff
from storeops.attendance.selectors.schedule import planned_shift, planned_shifts, schedule_preview
from storeops.attendance.tests.conftest import ANCHOR
from storeops.attendance.tests.factories import (
    ExceptionFactory,
    ScheduleFactory,
    ShiftFactory,
    WeekOffFactory,
)


@pytest.fixture
def even(db):  # type: ignore[no-untyped-def]
    return ShiftFactory(name="Even", start_time=dt.time(9), end_time=dt.time(17))


@pytest.fixture
def odd(db):  # type: ignore[no-untyped-def]
    return ShiftFactory(name="Odd", start_time=dt.time(13), end_time=dt.time(21))


def alternate(user, even, odd, offset=0, **extra):  # type: ignore[no-untyped-def]
    return ScheduleFactory(
        user=user,
        rule_type=RuleType.ALTERNATE_WEEKLY,
        default_shift=None,
        anchor_monday=ANCHOR,
        parity_offset=offset,
        week_even_shift=even,
        week_odd_shift=odd,
        **extra,
    )


def test_alternate_weeks_follow_the_anchor_example(advisor, even, odd):  # type: ignore[no-untyped-def]
    alternate(advisor, even, odd)
    assert planned_shift(advisor, dt.date(2025, 8, 11)).shift == even
    assert planned_shift(advisor, dt.date(2025, 8, 17)).shift == even
    assert planned_shift(advisor, dt.date(2025, 8, 18)).shift == odd
    assert planned_shift(advisor, dt.date(2025, 8, 25)).shift == even
    # Before the anchor the week count is 0: the even shift.
    assert planned_shift(advisor, dt.date(2025, 8, 4)).shift == even


def test_parity_offset_one_swaps_the_weeks(advisor, even, odd):  # type: ignore[no-untyped-def]
    alternate(advisor, even, odd, offset=1)
    assert planned_shift(advisor, dt.date(2025, 8, 11)).shift == odd
    assert planned_shift(advisor, dt.date(2025, 8, 18)).shift == even


def test_fixed_schedule_gives_its_shift_with_source_schedule(advisor, day_shift):  # type: ignore[no-untyped-def]
    ScheduleFactory(user=advisor, default_shift=day_shift)
    day = planned_shift(advisor, dt.date(2025, 8, 12))
    assert (day.shift, day.source, day.day_off_reason, day.is_day_off) == (day_shift, "schedule", None, False)


def test_week_off_beats_the_schedule(advisor, day_shift):  # type: ignore[no-untyped-def]
    ScheduleFactory(user=advisor, default_shift=day_shift)
    WeekOffFactory(user=advisor, weekday=1)  # Tuesday
    day = planned_shift(advisor, dt.date(2025, 8, 12))
    assert (day.shift, day.day_off_reason) == (None, "week_off")
    assert planned_shift(advisor, dt.date(2025, 8, 13)).shift == day_shift


def test_inactive_week_off_and_inactive_schedule_do_not_count(advisor, day_shift):  # type: ignore[no-untyped-def]
    ScheduleFactory(user=advisor, default_shift=day_shift, is_active=False)
    WeekOffFactory(user=advisor, weekday=1, is_active=False)
    day = planned_shift(advisor, dt.date(2025, 8, 12))
    assert (day.shift, day.day_off_reason) == (None, "none")


def test_user_exception_marks_off_or_overrides(advisor, day_shift, night_shift):  # type: ignore[no-untyped-def]
    ScheduleFactory(user=advisor, default_shift=day_shift)
    ExceptionFactory(user=advisor, date=dt.date(2025, 8, 12), mark_off=True)
    ExceptionFactory(user=advisor, date=dt.date(2025, 8, 13), mark_off=False, override_shift=night_shift)
    off = planned_shift(advisor, dt.date(2025, 8, 12))
    assert (off.shift, off.day_off_reason) == (None, "exception")
    override = planned_shift(advisor, dt.date(2025, 8, 13))
    assert (override.shift, override.source) == (night_shift, "exception")


def test_store_holiday_and_user_override_on_it(advisor, store, day_shift, night_shift):  # type: ignore[no-untyped-def]
    ScheduleFactory(user=advisor, default_shift=day_shift)
    ExceptionFactory(store=store, date=dt.date(2025, 8, 15), mark_off=True)
    holiday = planned_shift(advisor, dt.date(2025, 8, 15))
    assert (holiday.shift, holiday.day_off_reason) == (None, "holiday")
    ExceptionFactory(user=advisor, date=dt.date(2025, 8, 15), mark_off=False, override_shift=night_shift)
    assert planned_shift(advisor, dt.date(2025, 8, 15)).shift == night_shift


def test_store_override_beats_week_off(advisor, store, day_shift, night_shift):  # type: ignore[no-untyped-def]
    WeekOffFactory(user=advisor, weekday=4)
    ExceptionFactory(store=store, date=dt.date(2025, 8, 15), mark_off=False, override_shift=night_shift)
    day = planned_shift(advisor, dt.date(2025, 8, 15))
    assert (day.shift, day.source) == (night_shift, "holiday")


def test_another_stores_holiday_does_not_apply(advisor, other_store, day_shift):  # type: ignore[no-untyped-def]
    ScheduleFactory(user=advisor, default_shift=day_shift)
    ExceptionFactory(store=other_store, date=dt.date(2025, 8, 15), mark_off=True)
    assert planned_shift(advisor, dt.date(2025, 8, 15)).shift == day_shift


def test_batch_uses_three_queries_whatever_the_size(store, day_shift, django_assert_num_queries):  # type: ignore[no-untyped-def]
    users = [UserFactory(role=Role.ADVISOR, store=store) for _ in range(5)]
    for user in users:
        ScheduleFactory(user=user, default_shift=day_shift)
        WeekOffFactory(user=user, weekday=6)
    ExceptionFactory(store=store, date=dt.date(2025, 8, 15))
    ExceptionFactory(user=users[0], date=dt.date(2025, 8, 14))
    start = dt.date(2025, 8, 1)
    with django_assert_num_queries(3):
        one = planned_shifts(users=users[:1], start=start, end=start)
    with django_assert_num_queries(3):
        many = planned_shifts(users=users, start=start, end=dt.date(2025, 8, 31))
    assert len(one) == 1 and len(many) == 5 * 31
    assert many[(users[1].pk, dt.date(2025, 8, 15))].source == "holiday"
    assert many[(users[0].pk, dt.date(2025, 8, 14))].source == "exception"
    assert many[(users[2].pk, dt.date(2025, 8, 17))].source == "week_off"
    assert many[(users[3].pk, dt.date(2025, 8, 18))].shift == day_shift
    # Shifts come with the rows: reading them costs nothing more.
    with django_assert_num_queries(0):
        names = {day.shift.name for day in many.values() if day.shift is not None}
    assert names == {"Day"}


def test_preview_applies_an_inactive_schedule(advisor, even, odd):  # type: ignore[no-untyped-def]
    schedule = alternate(advisor, even, odd, is_active=False)
    assert planned_shift(advisor, ANCHOR).source == "none"
    days = schedule_preview(schedule=schedule, start=ANCHOR, end=ANCHOR + dt.timedelta(days=7))
    assert [d.shift for d in days] == [even] * 7 + [odd]


# ----- property: the selector against a direct transcription of §3 ----------------------------------------


def reference(day, *, user_exc, store_exc, week_offs, schedule):  # type: ignore[no-untyped-def]
    """Spec 05 §3 read literally. Exceptions are (mark_off, shift name); schedule a dict or None."""
    if user_exc is not None:
        return (None, "exception") if user_exc[0] else (user_exc[1], "exception")
    if store_exc is not None:
        return (None, "holiday") if store_exc[0] else (store_exc[1], "holiday")
    if day.weekday() in week_offs:
        return (None, "week_off")
    if schedule is not None and schedule["is_active"]:
        if schedule["rule_type"] == "fixed":
            return (schedule["default"], "schedule")
        weeks = max(0, (day - schedule["anchor"]).days // 7)
        parity = (weeks % 2) ^ schedule["offset"]
        return (schedule["even"] if parity == 0 else schedule["odd"], "schedule")
    return (None, "none")


NAMES = ["A", "B", "C"]
START = dt.date(2025, 7, 28)
DAYS = 28
exception_st = st.one_of(
    st.none(), st.tuples(st.just(True), st.none()), st.tuples(st.just(False), st.sampled_from(NAMES))
)
schedule_st = st.one_of(
    st.none(),
    st.fixed_dictionaries(
        {
            "rule_type": st.sampled_from(["fixed", "alternate_weekly"]),
            "default": st.sampled_from(NAMES),
            "even": st.sampled_from(NAMES),
            "odd": st.sampled_from(NAMES),
            "anchor": st.integers(-6, 6).map(lambda w: ANCHOR + dt.timedelta(weeks=w)),
            "offset": st.integers(0, 1),
            "is_active": st.booleans(),
        }
    ),
)


@pytest.mark.django_db
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    user_excs=st.dictionaries(st.integers(0, DAYS - 1), exception_st, max_size=6),
    store_excs=st.dictionaries(st.integers(0, DAYS - 1), exception_st, max_size=6),
    week_offs=st.dictionaries(st.integers(0, 6), st.booleans(), max_size=3),
    schedule=schedule_st,
)
def test_resolution_matches_the_rules(store, advisor, user_excs, store_excs, week_offs, schedule):  # type: ignore[no-untyped-def]
    RosterException.objects.all().delete()
    WeekOff.objects.all().delete()
    Schedule.objects.all().delete()
    Shift.objects.all().delete()
    shifts = {name: ShiftFactory(name=name) for name in NAMES}
    for offset, exc in user_excs.items():
        if exc is not None:
            ExceptionFactory(
                user=advisor,
                date=START + dt.timedelta(offset),
                mark_off=exc[0],
                override_shift=shifts.get(exc[1]),
            )
    for offset, exc in store_excs.items():
        if exc is not None:
            ExceptionFactory(
                store=store,
                date=START + dt.timedelta(offset),
                mark_off=exc[0],
                override_shift=shifts.get(exc[1]),
            )
    for weekday, active in week_offs.items():
        WeekOffFactory(user=advisor, weekday=weekday, is_active=active)
    if schedule is not None:
        fixed = schedule["rule_type"] == "fixed"
        Schedule.objects.create(
            user=advisor,
            rule_type=schedule["rule_type"],
            default_shift=shifts[schedule["default"]],
            anchor_monday=None if fixed else schedule["anchor"],
            parity_offset=schedule["offset"],
            week_even_shift=None if fixed else shifts[schedule["even"]],
            week_odd_shift=None if fixed else shifts[schedule["odd"]],
            is_active=schedule["is_active"],
        )
    got = planned_shifts(users=[advisor], start=START, end=START + dt.timedelta(DAYS - 1))
    active_week_offs = {weekday for weekday, active in week_offs.items() if active}
    for offset in range(DAYS):
        day = START + dt.timedelta(offset)
        expected = reference(
            day,
            user_exc=user_excs.get(offset),
            store_exc=store_excs.get(offset),
            week_offs=active_week_offs,
            schedule=schedule,
        )
        planned = got[(advisor.pk, day)]
        assert (planned.shift.name if planned.shift else None, planned.source) == expected, day
        assert planned_shift(advisor, day) == planned


def test_report_sized_batch_150_advisors_31_days_in_three_queries(
    store, other_store, day_shift, django_assert_num_queries
):  # type: ignore[no-untyped-def]
    users = UserFactory.create_batch(150, role=Role.ADVISOR, store=store)
    users[-1].store = other_store
    users[-1].save(update_fields=["store"])
    Schedule.objects.bulk_create(
        Schedule(user=u, rule_type=RuleType.FIXED, default_shift=day_shift) for u in users
    )
    WeekOff.objects.bulk_create(WeekOff(user=u, weekday=6) for u in users[::2])
    ExceptionFactory(store=store, date=dt.date(2025, 8, 15))
    with django_assert_num_queries(3):
        month = planned_shifts(users=users, start=dt.date(2025, 8, 1), end=dt.date(2025, 8, 31))
    assert len(month) == 150 * 31
    assert month[(users[0].pk, dt.date(2025, 8, 15))].source == "holiday"
    assert month[(users[-1].pk, dt.date(2025, 8, 15))].source == "schedule"  # another store's holiday
    assert month[(users[0].pk, dt.date(2025, 8, 17))].source == "week_off"
    assert month[(users[1].pk, dt.date(2025, 8, 17))].source == "schedule"


def test_advisor_without_a_store_follows_the_rest_of_the_rules(day_shift):  # type: ignore[no-untyped-def]
    loner = UserFactory(role=Role.ADVISOR, store=None)
    ScheduleFactory(user=loner, default_shift=day_shift)
    ExceptionFactory(user=loner, date=dt.date(2025, 8, 13))
    assert planned_shift(loner, dt.date(2025, 8, 12)).shift == day_shift
    assert planned_shift(loner, dt.date(2025, 8, 13)).day_off_reason == "exception"
