"""Deleting rows that others may still reference: count the references, refuse with 409, audit the delete."""

from typing import Any

from django.db import IntegrityError, models, transaction

from storeops.activity.services import record, snapshot
from storeops.core.errors import Conflict
from storeops.core.services import label_of


def protected_references(instance: models.Model) -> dict[str, int]:
    """Count the rows whose PROTECT/RESTRICT foreign keys point at `instance`, by related name.

    A referencing model may narrow what counts with a `reference_condition` Q class attribute (e.g. only non-zero
    stock balances block a delete). Models added later are counted without changes here.
    """
    counts: dict[str, int] = {}
    for rel in instance._meta.related_objects:
        if getattr(rel, "on_delete", None) not in (models.PROTECT, models.RESTRICT):
            continue
        rows = rel.related_model._base_manager.filter(**{rel.field.name: instance})
        condition = getattr(rel.related_model, "reference_condition", None)
        if condition is not None:
            rows = rows.filter(condition)
        count = rows.count()
        if count:
            name = rel.get_accessor_name() or rel.name
            counts[name] = counts.get(name, 0) + count
    return counts


def drop_non_references(instance: models.Model) -> None:
    """Delete the rows a `reference_condition` says do not count (e.g. zero stock balances), so they go first."""
    for rel in instance._meta.related_objects:
        condition = getattr(rel.related_model, "reference_condition", None)
        if condition is None or getattr(rel, "on_delete", None) not in (models.PROTECT, models.RESTRICT):
            continue
        rel.related_model._base_manager.filter(**{rel.field.name: instance}).exclude(condition).delete()


def refuse_if_referenced(instance: models.Model, references: dict[str, int]) -> None:
    """409 `protected` with the counts, when there are any."""
    if references:
        raise Conflict(
            f"This {label_of(instance)} is still referenced; deactivate it instead.",
            "protected",
            references=references,
        )


def delete_row(
    instance: models.Model, *, action: str, actor: Any, extra: dict[str, Any] | None = None
) -> None:
    """Audit (`action`, the row's last values plus `extra`) then hard-delete one row.

    Runs inside the caller's transaction, after its reference check (and usually its lock).
    """
    changes = {**snapshot(instance), **(extra or {})}
    record(actor=actor, action=action, entity=instance, changes=changes)
    try:
        with transaction.atomic():
            drop_non_references(instance)
            instance.delete()
    except (models.ProtectedError, models.RestrictedError, IntegrityError):
        # A reference appeared after the check; the caller's transaction rolls the audit event back.
        refuse_if_referenced(instance, protected_references(instance) or {"unknown": 1})
        raise


def delete_checked(
    instance: models.Model, *, action: str, actor: Any, extra: dict[str, Any] | None = None
) -> None:
    """Refuse while referenced, else audit and delete."""
    refuse_if_referenced(instance, protected_references(instance))
    delete_row(instance, action=action, actor=actor, extra=extra)
