"""Generic write helpers used by every app's services."""

from collections.abc import Iterable
from typing import Any, TypeVar

from django.db import models

M = TypeVar("M", bound=models.Model)


def model_update(
    *, instance: M, fields: Iterable[str], data: dict[str, Any]
) -> tuple[M, dict[str, list[Any]]]:
    """Apply the listed fields present in `data`; save only what changed.

    Returns the instance and `{field: [old, new]}` for the audit trail (empty when nothing changed).
    """
    changes: dict[str, list[Any]] = {}
    for field in fields:
        if field not in data:
            continue
        old = getattr(instance, field)
        new = data[field]
        if old != new:
            changes[field] = [old, new]
            setattr(instance, field, new)
    if changes:
        update_fields = [instance._meta.get_field(name).attname for name in changes]  # type: ignore[union-attr]
        if any(f.name == "updated_at" for f in instance._meta.concrete_fields):
            update_fields.append("updated_at")
        instance.full_clean(exclude=[f.name for f in instance._meta.fields if f.name not in changes])
        instance.save(update_fields=update_fields)
    return instance, changes
