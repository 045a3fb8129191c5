"""Payroll profile writes (spec 05 §2, §13): an advisor's effective-dated history of pay rates."""

from collections.abc import Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from storeops.activity import actions
from storeops.activity.services import record, snapshot
from storeops.attendance.models import PayrollProfile
from storeops.attendance.services.common import advisor_get, excluding, unique_or
from storeops.core.deletion import delete_row
from storeops.core.locking import lock
from storeops.core.services import model_update

PAYROLL_FIELDS = ("user", "hourly_rate", "ot_multiplier", "effective_from")
TAKEN = {"effective_from": ["This advisor already has a profile effective from this date."]}


def _check_profile(values: Mapping[str, Any], base: PayrollProfile | None) -> None:
    if "user" in values and values["user"] != getattr(base, "user_id", None):
        advisor_get(values["user"])
    user_id = values.get("user", getattr(base, "user_id", None))
    effective_from = values.get("effective_from", getattr(base, "effective_from", None))
    if effective_from is None:
        return  # the model default (today) applies; the unique key still guards it
    duplicate = PayrollProfile.objects.filter(user_id=user_id, effective_from=effective_from)
    if excluding(duplicate, base).exists():
        raise ValidationError(TAKEN)


@transaction.atomic
def payroll_create(*, data: Mapping[str, Any], actor: Any) -> PayrollProfile:
    values = {name: data[name] for name in PAYROLL_FIELDS if name in data}
    if values.get("effective_from") is None:
        values.pop("effective_from", None)
    _check_profile(values, None)
    values["user_id"] = values.pop("user")
    profile = PayrollProfile(**values)
    if "effective_from" not in values:
        _check_profile({"user": profile.user_id, "effective_from": profile.effective_from}, None)
    with unique_or(TAKEN):
        profile.save()
    record(actor=actor, action=actions.PAYROLL_CREATED, entity=profile, changes=snapshot(profile))
    return profile


@transaction.atomic
def payroll_update(*, profile: PayrollProfile, data: Mapping[str, Any], actor: Any) -> PayrollProfile:
    profile = lock(profile)
    values = {name: data[name] for name in PAYROLL_FIELDS if name in data and data[name] is not None}
    _check_profile(values, profile)
    with unique_or(TAKEN):
        profile, changes = model_update(instance=profile, fields=PAYROLL_FIELDS, data=values)
    if changes:
        record(actor=actor, action=actions.PAYROLL_UPDATED, entity=profile, changes=changes)
    return profile


@transaction.atomic
def payroll_delete(*, profile: PayrollProfile, actor: Any) -> None:
    delete_row(lock(profile), action=actions.PAYROLL_DELETED, actor=actor)
