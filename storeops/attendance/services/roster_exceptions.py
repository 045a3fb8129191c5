"""Exception writes (spec 05 §2, §13): one day off or another shift, for one advisor or a whole store."""

from collections.abc import Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from storeops.activity import actions
from storeops.activity.services import record, snapshot
from storeops.attendance.models import RosterException
from storeops.attendance.services.common import (
    active_shift_get,
    advisor_get,
    excluding,
    ref_id,
    store_get,
    unique_or,
)
from storeops.core.deletion import delete_row
from storeops.core.locking import lock
from storeops.core.services import model_update

EXCEPTION_FIELDS = ("user", "store", "date", "mark_off", "override_shift", "reason")
USER_TAKEN = {"date": ["This advisor already has an exception on this date."]}
STORE_TAKEN = {"date": ["This store already has an exception on this date."]}


def _merged(values: Mapping[str, Any], base: RosterException | None) -> dict[str, Any]:
    return {
        name: values[name] if name in values else getattr(base, f"{name}_id" if name in _FKS else name, None)
        for name in EXCEPTION_FIELDS
    }


_FKS = frozenset({"user", "store", "override_shift"})


def _check_exception(values: dict[str, Any], base: RosterException | None) -> None:
    """Exactly one of user/store and of mark_off/override_shift; references valid; one per (user|store, date)."""
    merged = _merged(values, base)
    if merged["user"] is not None and merged["store"] is not None:
        raise ValidationError({"store": ["Give either user or store, not both."]})
    if merged["user"] is None and merged["store"] is None:
        raise ValidationError({"user": ["Give either user or store."]})
    if merged["mark_off"] and merged["override_shift"] is not None:
        raise ValidationError({"override_shift": ["Give either mark_off or override_shift, not both."]})
    if not merged["mark_off"] and merged["override_shift"] is None:
        raise ValidationError({"override_shift": ["Give either mark_off=true or override_shift."]})
    if values.get("user") is not None and values["user"] != getattr(base, "user_id", None):
        advisor_get(values["user"])
    if values.get("store") is not None and values["store"] != getattr(base, "store_id", None):
        store_get(values["store"])
    shift = values.get("override_shift")
    if shift is not None and ref_id(shift) != getattr(base, "override_shift_id", None):
        values["override_shift"] = active_shift_get(ref_id(shift), field="override_shift")
    others = excluding(RosterException.objects.filter(date=merged["date"]), base)
    if merged["user"] is not None and others.filter(user_id=merged["user"]).exists():
        raise ValidationError(USER_TAKEN)
    if merged["store"] is not None and others.filter(store_id=merged["store"]).exists():
        raise ValidationError(STORE_TAKEN)


def _taken(values: Mapping[str, Any], base: RosterException | None) -> dict[str, list[str]]:
    return USER_TAKEN if _merged(values, base)["user"] is not None else STORE_TAKEN


@transaction.atomic
def exception_create(*, data: Mapping[str, Any], actor: Any) -> RosterException:
    values = {name: data[name] for name in EXCEPTION_FIELDS if name in data}
    _check_exception(values, None)
    exception = RosterException(
        user_id=values.get("user"),
        store_id=values.get("store"),
        date=values["date"],
        mark_off=bool(values.get("mark_off", False)),
        override_shift=values.get("override_shift"),
        reason=values.get("reason", ""),
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    with unique_or(_taken(values, None)):
        exception.save()
    record(actor=actor, action=actions.EXCEPTION_CREATED, entity=exception, changes=snapshot(exception))
    return exception


@transaction.atomic
def exception_update(*, exception: RosterException, data: Mapping[str, Any], actor: Any) -> RosterException:
    exception = lock(exception)
    values = {name: data[name] for name in EXCEPTION_FIELDS if name in data}
    _check_exception(values, exception)
    with unique_or(_taken(values, exception)):
        exception, changes = model_update(instance=exception, fields=EXCEPTION_FIELDS, data=values)
    if changes:
        record(actor=actor, action=actions.EXCEPTION_UPDATED, entity=exception, changes=changes)
    return exception


@transaction.atomic
def exception_delete(*, exception: RosterException, actor: Any) -> None:
    """DELETE removes the exception; the audit event keeps its last values."""
    delete_row(lock(exception), action=actions.EXCEPTION_DELETED, actor=actor)
