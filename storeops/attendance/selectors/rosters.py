"""Reads of the roster admin API. Every list is for system admins, who see all rows."""

from typing import Any

from django.db.models import QuerySet

from storeops.attendance.models import PayrollProfile, RosterException, Schedule, Shift, WeekOff
from storeops.stores.models import Geofence


def shift_list(*, actor: Any) -> QuerySet[Shift]:
    return Shift.objects.all()


def schedule_list(*, actor: Any) -> QuerySet[Schedule]:
    return Schedule.objects.select_related("user")


def weekoff_list(*, actor: Any) -> QuerySet[WeekOff]:
    return WeekOff.objects.select_related("user")


def exception_list(*, actor: Any) -> QuerySet[RosterException]:
    return RosterException.objects.select_related("user", "store")


def geofence_list(*, actor: Any) -> QuerySet[Geofence]:
    return Geofence.objects.select_related("store")


def payroll_list(*, actor: Any) -> QuerySet[PayrollProfile]:
    return PayrollProfile.objects.select_related("user")
