import datetime as dt
from decimal import Decimal

import factory

from storeops.attendance.models import PayrollProfile, RosterException, RuleType, Schedule, Shift, WeekOff


class ShiftFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Shift

    name = factory.Sequence(lambda n: f"Shift {n}")
    start_time = dt.time(9, 0)
    end_time = dt.time(18, 0)


class ScheduleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Schedule

    rule_type = RuleType.FIXED
    default_shift = factory.SubFactory(ShiftFactory)


class WeekOffFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WeekOff

    weekday = 6


class ExceptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RosterException

    date = dt.date(2025, 8, 12)
    mark_off = True


class PayrollProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PayrollProfile

    hourly_rate = Decimal("100.00")
    effective_from = dt.date(2025, 8, 1)
