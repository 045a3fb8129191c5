"""Checks shared by the roster write services: who a `user` field may name, which shifts may be referenced,
turning a lost unique-key race into the same 400 as the check that lost it, and deactivation."""

import contextlib
from collections.abc import Iterator
from typing import Any, TypeVar

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import QuerySet

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.activity.services import record
from storeops.attendance.models import Shift
from storeops.stores.models import Store

M = TypeVar("M", bound=models.Model)

SHIFT_UNAVAILABLE = "Unknown or inactive shift."


def advisor_get(user_id: int, *, field: str = "user", active: bool = False) -> User:
    """The advisor named by a `user` field; anyone else is a 400 under that field."""
    user = User.objects.filter(pk=user_id).first()
    if user is None:
        raise ValidationError({field: [f"No user with id {user_id}."]})
    if user.role != Role.ADVISOR:
        raise ValidationError({field: ["Must be an advisor."]})
    if active and not user.is_active:
        raise ValidationError({field: ["Must be an active advisor."]})
    return user


def store_get(store_id: int, *, field: str = "store") -> Store:
    store = Store.objects.filter(pk=store_id).first()
    if store is None:
        raise ValidationError({field: [f"No store with id {store_id}."]})
    return store


def active_shift_get(shift_id: int, *, field: str) -> Shift:
    """A shift being written into a roster row: it must exist and be active. The row is locked so a concurrent
    deactivation waits for this write and then sees the new reference."""
    shift = Shift.objects.select_for_update().filter(pk=shift_id).first()
    if shift is None or not shift.is_active:
        raise ValidationError({field: [SHIFT_UNAVAILABLE]})
    return shift


def deactivate(row: Any, *, action: str, actor: Any) -> None:
    """DELETE of a roster row: turn it off and record it once; a row already off is left as it is."""
    if row.is_active:
        row.is_active = False
        row.save(update_fields=["is_active", "updated_at"])
        record(actor=actor, action=action, entity=row, changes={"is_active": [True, False]})


@contextlib.contextmanager
def unique_or(errors: dict[str, list[str]]) -> Iterator[None]:
    """Run a write in a savepoint; a unique-key violation (a concurrent duplicate) becomes `errors` as a 400."""
    try:
        with transaction.atomic():
            yield
    except IntegrityError as exc:
        raise ValidationError(errors) from exc


def ref_id(value: Any) -> Any:
    """An id from a foreign-key value given as a row or an id."""
    return getattr(value, "pk", value)


def excluding(queryset: QuerySet[M], row: models.Model | None) -> QuerySet[M]:
    """`queryset` without `row` (the row being updated), for duplicate checks."""
    return queryset if row is None else queryset.exclude(pk=row.pk)
