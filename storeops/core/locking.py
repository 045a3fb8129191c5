"""Row locks taken in one global order, so two transactions never wait for each other in a cycle.

The order is: model label (`accounts.user` before `stores.store`), then primary key. A service that locks more
than one row takes all of them through `lock_rows` (or `lock_related_rows` when which rows it needs depends on
the rows themselves) before it takes any other lock.
"""

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from django.db import models, transaction

from storeops.core.errors import Conflict

M = TypeVar("M", bound=models.Model)
# A row to lock: an instance, or (model, pk). None (or a None pk) is skipped, so optional rows read naturally.
LockTarget = models.Model | tuple[type[models.Model], Any] | None
RowKey = tuple[str, Any]

LOCK_ATTEMPTS = 5


def lock(instance: M) -> M:
    """The instance's row, locked, read again from the database."""
    return type(instance)._default_manager.select_for_update().get(pk=instance.pk)


def _keys(targets: Iterable[LockTarget]) -> dict[RowKey, type[models.Model]]:
    keys: dict[RowKey, type[models.Model]] = {}
    for target in targets:
        if target is None:
            continue
        model, pk = (type(target), target.pk) if isinstance(target, models.Model) else target
        if pk is not None:
            keys[(model._meta.label_lower, pk)] = model
    return keys


def lock_rows(*targets: LockTarget) -> list[models.Model]:
    """Lock the rows in the global order (model label, then pk) and return them in that order.

    One query per model; `ORDER BY pk` makes PostgreSQL lock the rows in pk order. `of=("self",)` keeps the lock
    off joined tables: PostgreSQL refuses FOR UPDATE on the nullable side of an outer join, which a model's
    default manager may add.
    """
    by_model: dict[str, tuple[type[models.Model], list[Any]]] = {}
    for (label, pk), model in sorted(_keys(targets).items(), key=lambda item: item[0]):
        by_model.setdefault(label, (model, []))[1].append(pk)
    locked: list[models.Model] = []
    for model, pks in by_model.values():
        locked += model._default_manager.select_for_update(of=("self",)).filter(pk__in=pks).order_by("pk")
    return locked


def lock_related_rows(collect: Callable[[], Iterable[LockTarget]], *, attempts: int = LOCK_ATTEMPTS) -> None:
    """Lock the rows `collect()` names, when that set depends on the rows themselves.

    `collect` reads which rows a write will touch (say, the store a user heads). It runs before the locks and
    again under them; if a concurrent commit changed the answer in between, the locks are given back (savepoint
    rollback releases them on PostgreSQL) and taken again for the new set, so none is ever taken out of order.
    Must run inside a transaction, before the caller takes any other lock.
    """
    for _ in range(attempts):
        wanted = _keys(collect())
        savepoint = transaction.savepoint()
        lock_rows(*((model, pk) for (_, pk), model in wanted.items()))
        if _keys(collect()).keys() <= wanted.keys():
            transaction.savepoint_commit(savepoint)
            return
        transaction.savepoint_rollback(savepoint)
    raise Conflict("The records changed while they were being locked; try again.", "lock_conflict")
