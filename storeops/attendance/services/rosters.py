"""Roster writes (spec 05 §2, §13): shifts, schedules, week-offs and exceptions. Every write is audited.

Changing a roster never touches existing attendance rows: their shift window was frozen when they were created.
"""

import datetime as dt
from collections.abc import Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone

from storeops.activity import actions
from storeops.activity.services import record, snapshot
from storeops.attendance.models import RosterException, RuleType, Schedule, Shift, WeekOff
from storeops.attendance.selectors.punches import CACHE
from storeops.attendance.services.common import (
    active_shift_get,
    advisor_get,
    deactivate,
    excluding,
    ref_id,
    unique_or,
)
from storeops.core.cache import namespace_changed
from storeops.core.errors import Conflict
from storeops.core.locking import lock
from storeops.core.services import model_update

SHIFT_FIELDS = ("name", "start_time", "end_time", "is_active")
SCHEDULE_FIELDS = (
    "user",
    "rule_type",
    "default_shift",
    "anchor_monday",
    "parity_offset",
    "week_even_shift",
    "week_odd_shift",
    "is_active",
)
WEEKOFF_FIELDS = ("user", "weekday", "is_active")
EXCEPTION_FIELDS = ("user", "store", "date", "mark_off", "override_shift", "reason")

SHIFT_NAME_TAKEN = {"name": ["A shift with this name already exists."]}
SCHEDULE_TAKEN = {"user": ["This advisor already has a schedule."]}
WEEKOFF_TAKEN = {"weekday": ["This advisor already has a week-off on this weekday."]}


# ----- shifts ---------------------------------------------------------------------------------------------


def _check_shift_name(name: str, *, exclude: int | None = None) -> None:
    taken = Shift.objects.annotate(lower=Lower("name")).filter(lower=name.lower())
    if taken.exclude(pk__in=[exclude] if exclude else []).exists():
        raise ValidationError(SHIFT_NAME_TAKEN)


def shift_usage(shift: Shift, *, today: dt.date | None = None) -> dict[str, int]:
    """What keeps a shift from being deactivated: active schedules using it, exceptions dated today or later."""
    today = today or timezone.localdate()
    schedules = Schedule.objects.filter(is_active=True).filter(
        Q(rule_type=RuleType.FIXED, default_shift=shift)
        | Q(rule_type=RuleType.ALTERNATE_WEEKLY) & (Q(week_even_shift=shift) | Q(week_odd_shift=shift))
    )
    exceptions = RosterException.objects.filter(override_shift=shift, date__gte=today)
    usage = {"schedules": schedules.count(), "exceptions": exceptions.count()}
    return {name: count for name, count in usage.items() if count}


def _refuse_if_in_use(shift: Shift) -> None:
    usage = shift_usage(shift)
    if usage:
        raise Conflict(
            "This shift is used by an active schedule or an upcoming exception.", "shift_in_use", usage=usage
        )


@transaction.atomic
def shift_create(*, data: Mapping[str, Any], actor: Any) -> Shift:
    _check_shift_name(data["name"])
    shift = Shift(**{name: data[name] for name in SHIFT_FIELDS if name in data})
    with unique_or(SHIFT_NAME_TAKEN):
        shift.save()
    record(actor=actor, action=actions.SHIFT_CREATED, entity=shift, changes=snapshot(shift))
    return shift


@transaction.atomic
def shift_update(*, shift: Shift, data: Mapping[str, Any], actor: Any) -> Shift:
    shift = lock(shift)
    if "name" in data and data["name"].lower() != shift.name.lower():
        _check_shift_name(data["name"], exclude=shift.pk)
    if data.get("is_active") is False and shift.is_active:
        _refuse_if_in_use(shift)
    with unique_or(SHIFT_NAME_TAKEN):
        shift, changes = model_update(instance=shift, fields=SHIFT_FIELDS, data=data)
    if "name" in changes:  # records and requests show the shift's name
        namespace_changed(CACHE)
    if changes:
        record(actor=actor, action=actions.SHIFT_UPDATED, entity=shift, changes=changes)
    return shift


@transaction.atomic
def shift_deactivate(*, shift: Shift, actor: Any) -> Shift:
    """DELETE deactivates; refused (409 `shift_in_use`) while an active schedule or upcoming exception uses it."""
    shift = lock(shift)
    if shift.is_active:
        _refuse_if_in_use(shift)
    deactivate(shift, action=actions.SHIFT_DEACTIVATED, actor=actor)
    return shift


# ----- schedules ------------------------------------------------------------------------------------------

_ALTERNATE_REQUIRED = ("anchor_monday", "week_even_shift", "week_odd_shift")


def _check_schedule_rule(values: Mapping[str, Any]) -> None:
    """Fields a rule type needs (spec 05 §2); the Monday rule of the anchor is a field check of the input."""
    if values["rule_type"] == RuleType.FIXED:
        if values.get("default_shift") is None:
            raise ValidationError({"default_shift": ["Required for a fixed schedule."]})
        return
    missing = {name: ["Required for an alternate-week schedule."] for name in _ALTERNATE_REQUIRED}
    missing = {name: msg for name, msg in missing.items() if values.get(name) is None}
    if missing:
        raise ValidationError(missing)


def _schedule_values(data: Mapping[str, Any], base: Schedule | None) -> dict[str, Any]:
    """The schedule's fields after the write (input over current), with written shifts checked and locked."""
    values = {name: data[name] for name in SCHEDULE_FIELDS if name in data}
    if "user" in values and (base is None or values["user"] != base.user_id):
        advisor_get(values["user"], active=True)
        if excluding(Schedule.objects.filter(user_id=values["user"]), base).exists():
            raise ValidationError(SCHEDULE_TAKEN)
    for name in ("default_shift", "week_even_shift", "week_odd_shift"):
        if values.get(name) is not None and (
            base is None or ref_id(values[name]) != getattr(base, f"{name}_id")
        ):
            values[name] = active_shift_get(ref_id(values[name]), field=name)
    merged = {name: values.get(name, getattr(base, name, None)) for name in SCHEDULE_FIELDS}
    _check_schedule_rule(merged)
    return values


@transaction.atomic
def schedule_create(*, data: Mapping[str, Any], actor: Any) -> Schedule:
    values = _schedule_values(data, None)
    values["user_id"] = values.pop("user")
    schedule = Schedule(**values)
    with unique_or(SCHEDULE_TAKEN):
        schedule.save()
    record(actor=actor, action=actions.SCHEDULE_CREATED, entity=schedule, changes=snapshot(schedule))
    return schedule


@transaction.atomic
def schedule_update(*, schedule: Schedule, data: Mapping[str, Any], actor: Any) -> Schedule:
    schedule = lock(schedule)
    values = _schedule_values(data, schedule)
    with unique_or(SCHEDULE_TAKEN):
        schedule, changes = model_update(instance=schedule, fields=SCHEDULE_FIELDS, data=values)
    if changes:
        record(actor=actor, action=actions.SCHEDULE_UPDATED, entity=schedule, changes=changes)
    return schedule


@transaction.atomic
def schedule_deactivate(*, schedule: Schedule, actor: Any) -> Schedule:
    schedule = lock(schedule)
    deactivate(schedule, action=actions.SCHEDULE_DEACTIVATED, actor=actor)
    return schedule


# ----- week-offs ------------------------------------------------------------------------------------------


def _check_weekoff(values: Mapping[str, Any], base: WeekOff | None) -> None:
    user_id = values.get("user", getattr(base, "user_id", None))
    weekday = values.get("weekday", getattr(base, "weekday", None))
    if "user" in values and (base is None or values["user"] != base.user_id):
        advisor_get(values["user"])
    duplicate = excluding(WeekOff.objects.filter(user_id=user_id, weekday=weekday), base)
    if duplicate.exists():
        raise ValidationError(WEEKOFF_TAKEN)


@transaction.atomic
def weekoff_create(*, data: Mapping[str, Any], actor: Any) -> WeekOff:
    values = {name: data[name] for name in WEEKOFF_FIELDS if name in data}
    _check_weekoff(values, None)
    values["user_id"] = values.pop("user")
    weekoff = WeekOff(**values)
    with unique_or(WEEKOFF_TAKEN):
        weekoff.save()
    record(actor=actor, action=actions.WEEKOFF_CREATED, entity=weekoff, changes=snapshot(weekoff))
    return weekoff


@transaction.atomic
def weekoff_update(*, weekoff: WeekOff, data: Mapping[str, Any], actor: Any) -> WeekOff:
    weekoff = lock(weekoff)
    values = {name: data[name] for name in WEEKOFF_FIELDS if name in data}
    _check_weekoff(values, weekoff)
    with unique_or(WEEKOFF_TAKEN):
        weekoff, changes = model_update(instance=weekoff, fields=WEEKOFF_FIELDS, data=values)
    if changes:
        record(actor=actor, action=actions.WEEKOFF_UPDATED, entity=weekoff, changes=changes)
    return weekoff


@transaction.atomic
def weekoff_deactivate(*, weekoff: WeekOff, actor: Any) -> WeekOff:
    weekoff = lock(weekoff)
    deactivate(weekoff, action=actions.WEEKOFF_DEACTIVATED, actor=actor)
    return weekoff
