"""Roster data (spec 05 §2): shifts, schedules, week-offs, exceptions and payroll profiles."""

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone

from storeops.core.models import TimeStampedModel


class Shift(TimeStampedModel):
    """A named working window; overnight when it ends at or before its start (the end is on the next day)."""

    name = models.CharField(max_length=64)
    start_time = models.TimeField()
    end_time = models.TimeField()
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="attendance_shift_name_ci_unique"),
        ]
        indexes = [models.Index(fields=["is_active", "name", "id"], name="attendance_shift_active_idx")]

    def __str__(self) -> str:
        return f"{self.name} {self.start_time:%H:%M}–{self.end_time:%H:%M}"

    @property
    def is_overnight(self) -> bool:
        return self.end_time <= self.start_time

    @property
    def total_minutes(self) -> int:
        return shift_minutes(self.start_time, self.end_time)

    def window(self, day: dt.date, tz_name: str | None = None) -> tuple[dt.datetime, dt.datetime]:
        """The aware [start, end] of this shift on local date `day` (the date it starts) in zone `tz_name`
        (default `TIME_ZONE`); the end is on the next day for an overnight shift."""
        return shift_window(self.start_time, self.end_time, day, tz_name)


def shift_minutes(start: dt.time, end: dt.time) -> int:
    """Length in minutes of a start–end window, the end on the next day when it is not after the start."""
    start_min = start.hour * 60 + start.minute
    end_min = end.hour * 60 + end.minute
    if end <= start:
        end_min += 24 * 60
    return end_min - start_min


def shift_window(
    start: dt.time, end: dt.time, day: dt.date, tz_name: str | None = None
) -> tuple[dt.datetime, dt.datetime]:
    """Aware start and end datetimes of a start–end window starting on local date `day` in zone `tz_name`."""
    zone = ZoneInfo(tz_name or settings.TIME_ZONE)
    end_day = day + dt.timedelta(days=1) if end <= start else day
    return dt.datetime.combine(day, start, tzinfo=zone), dt.datetime.combine(end_day, end, tzinfo=zone)


class RuleType(models.TextChoices):
    FIXED = "fixed", "Fixed"
    ALTERNATE_WEEKLY = "alternate_weekly", "Alternate weekly"


class Schedule(TimeStampedModel):
    """An advisor's standing rule: the same shift every day, or two shifts alternating by week."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attendance_schedule"
    )
    rule_type = models.CharField(max_length=20, choices=RuleType.choices)
    default_shift = models.ForeignKey(
        Shift, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    anchor_monday = models.DateField(null=True, blank=True)
    parity_offset = models.PositiveSmallIntegerField(default=0)
    week_even_shift = models.ForeignKey(
        Shift, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    week_odd_shift = models.ForeignKey(
        Shift, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["user_id", "id"]
        constraints = [
            models.UniqueConstraint(fields=["user"], name="attendance_schedule_user_unique"),
            models.CheckConstraint(
                condition=models.Q(parity_offset__in=[0, 1]), name="attendance_schedule_parity_offset_range"
            ),
            models.CheckConstraint(
                condition=~models.Q(rule_type=RuleType.FIXED) | models.Q(default_shift__isnull=False),
                name="attendance_schedule_fixed_needs_shift",
            ),
            models.CheckConstraint(
                condition=~models.Q(rule_type=RuleType.ALTERNATE_WEEKLY)
                | models.Q(
                    anchor_monday__isnull=False, week_even_shift__isnull=False, week_odd_shift__isnull=False
                ),
                name="attendance_schedule_alternate_needs_fields",
            ),
            models.CheckConstraint(
                condition=models.Q(rule_type__in=RuleType.values), name="attendance_schedule_rule_type_valid"
            ),
        ]
        indexes = [models.Index(fields=["rule_type", "id"], name="attendance_schedule_rule_idx")]

    def __str__(self) -> str:
        return f"Schedule of user {self.user_id} ({self.rule_type})"


class WeekOff(TimeStampedModel):
    """A weekday (0 = Monday) on which an advisor never works."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attendance_weekoffs"
    )
    weekday = models.PositiveSmallIntegerField()
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["user_id", "weekday", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "weekday"], name="attendance_weekoff_user_weekday_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(weekday__gte=0, weekday__lte=6), name="attendance_weekoff_weekday_range"
            ),
        ]
        indexes = [models.Index(fields=["weekday", "id"], name="attendance_weekoff_weekday_idx")]

    def __str__(self) -> str:
        return f"Week-off of user {self.user_id} on weekday {self.weekday}"


class RosterException(TimeStampedModel):
    """One day that departs from the rule, for one advisor or a whole store: off, or another shift."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="attendance_exceptions",
    )
    store = models.ForeignKey(
        "stores.Store", null=True, blank=True, on_delete=models.CASCADE, related_name="attendance_exceptions"
    )
    date = models.DateField()
    mark_off = models.BooleanField(default=False)
    override_shift = models.ForeignKey(
        Shift, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reason = models.CharField(max_length=500, blank=True, default="")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = "exception"
        ordering = ["-date", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(user__isnull=False, store__isnull=True)
                | models.Q(user__isnull=True, store__isnull=False),
                name="attendance_exception_user_xor_store",
            ),
            models.CheckConstraint(
                condition=models.Q(mark_off=True, override_shift__isnull=True)
                | models.Q(mark_off=False, override_shift__isnull=False),
                name="attendance_exception_off_xor_override",
            ),
            models.UniqueConstraint(
                fields=["user", "date"],
                condition=models.Q(user__isnull=False),
                name="attendance_exception_user_date_unique",
            ),
            models.UniqueConstraint(
                fields=["store", "date"],
                condition=models.Q(store__isnull=False),
                name="attendance_exception_store_date_unique",
            ),
        ]
        indexes = [models.Index(fields=["date", "id"], name="attendance_exception_date_idx")]

    def __str__(self) -> str:
        who = f"user {self.user_id}" if self.user_id else f"store {self.store_id}"
        return f"Exception for {who} on {self.date}"


def local_today() -> dt.date:
    return timezone.localdate()


class PayrollProfile(TimeStampedModel):
    """An advisor's pay rates from `effective_from` until the next profile takes over."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="payroll_profiles"
    )
    hourly_rate = models.DecimalField(max_digits=8, decimal_places=2)
    ot_multiplier = models.DecimalField(max_digits=4, decimal_places=2, default=Decimal("1.00"))
    effective_from = models.DateField(default=local_today)

    class Meta:
        ordering = ["user_id", "-effective_from", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "effective_from"], name="attendance_payroll_user_from_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(hourly_rate__gte=0), name="attendance_payroll_rate_gte_0"
            ),
            models.CheckConstraint(
                condition=models.Q(ot_multiplier__gt=0, ot_multiplier__lte=5),
                name="attendance_payroll_ot_multiplier_range",
            ),
        ]

    def __str__(self) -> str:
        return f"Pay of user {self.user_id} from {self.effective_from}"
